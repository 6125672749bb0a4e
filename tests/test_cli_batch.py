"""``shutcho export`` and ``shutcho check`` over many drafts and folders."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from conftest import SAMPLE
from desktop.batch import Progress, expand, targets
from desktop.cli import main
from desktop.export import export_docx
from desktop.model.draft import load_report_file
from test_draft_factory import make_report

BROKEN = '{"format": "shutcho-draft", "version": 1, "rep'


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "a.shutcho")
    shutil.copy(SAMPLE, folder / "sub" / "b.shutcho")
    shutil.copy(SAMPLE, folder / "sub" / "a.shutcho")  # the same name in another folder
    (folder / "broken.shutcho").write_text(BROKEN, encoding="utf-8")
    (folder / "notes.txt").write_text("not a draft", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_export_a_folder_one_broken_draft_reported_the_rest_exported(drafts, tmp_path, capsys, jobs):
    out = tmp_path / "out"
    status = main(["export", str(drafts), "--out-dir", str(out), "--jobs", jobs])
    err = capsys.readouterr().err
    assert status == 1
    assert sorted(p.name for p in out.iterdir()) == ["a-2.docx", "a.docx", "b.docx"]
    assert "broken.shutcho" in err and "JSON" in err and "Traceback" not in err
    assert "4 件中 3 件を書き出しました。失敗 1 件" in err and "3 of 4 ok, 1 failed" in err
    assert load_report_file(out / "b.docx").introduction == load_report_file(SAMPLE).introduction


def test_export_both_formats_with_json(drafts, tmp_path, capsys):
    (drafts / "broken.shutcho").unlink()
    out = tmp_path / "out"
    status = main(["export", str(drafts / "a.shutcho"), str(drafts / "sub"), "--out-dir", str(out),
                   "--format", "docx,pdf", "--jobs", "1", "--json"])
    captured = capsys.readouterr()
    assert status == 0
    result = json.loads(captured.out)
    assert (result["total"], result["ok"], result["failed"]) == (3, 3, 0)
    assert all(len(f["outputs"]) == 2 for f in result["files"])
    assert sorted(p.name for p in out.iterdir()) == [
        "a-2.docx", "a-2.pdf", "a.docx", "a.pdf", "b.docx", "b.pdf"]


def test_check_many_drafts(drafts, tmp_path, capsys):
    status = main(["check", str(drafts), "--json"])
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert status == 1 and (result["ok"], result["failed"]) == (3, 1)
    broken = next(f for f in result["files"] if f["draft"].endswith("broken.shutcho"))
    assert broken["errors"][0]["ja"] and broken["errors"][0]["en"]
    (drafts / "broken.shutcho").unlink()
    assert main(["check", str(drafts / "a.shutcho"), str(drafts / "sub" / "b.shutcho")]) == 0
    assert "2 件中 2 件を検査しました" in capsys.readouterr().err


def test_check_of_many_reports_error_findings(tmp_path, capsys):
    from datetime import date

    report = make_report()
    report.end = date(2000, 1, 1)  # the trip ends before it starts: an error
    from desktop.model.draft import save_draft

    save_draft(report, tmp_path / "bad.shutcho")
    shutil.copy(SAMPLE, tmp_path / "good.shutcho")
    assert main(["check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.shutcho: 失敗" in err and "good.shutcho" not in err


def test_an_edited_docx_among_the_drafts_is_exported_with_a_warning(tmp_path, capsys):
    import docx

    export_docx(make_report(), tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    document.paragraphs[-1].text = "書き換えた"
    document.save(str(tmp_path / "edited.docx"))
    status = main(["export", str(tmp_path / "edited.docx"), str(SAMPLE), "--out-dir",
                   str(tmp_path / "out"), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert "Word" in result["files"][0]["warnings"][0]["ja"]


def test_names_never_collide():
    from pathlib import Path

    plan = targets([Path("x/a.shutcho"), Path("y/a.shutcho"), Path("a-2.shutcho")],
                   Path("out"), ["docx", "pdf"])
    names = [p.name for outs in plan for p in outs.values()]
    assert len(set(names)) == len(names) == 6


def test_folders_give_their_drafts_once(drafts):
    found = expand([str(drafts), str(drafts / "a.shutcho")])
    assert sorted(p.name for p in found) == ["a.shutcho", "a.shutcho", "b.shutcho", "broken.shutcho"]


def test_the_progress_bar_shows_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        progress = Progress(4, stream)
        for name in ("a", "b", "c", "d"):
            progress.step(name)
        progress.close()
    assert "\r[" in shown.getvalue() and "4/4" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_many_drafts_without_an_output_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["export", str(SAMPLE), str(SAMPLE), "--docx", str(tmp_path / "x.docx")]) == 2
    assert main(["export", str(SAMPLE), str(SAMPLE)]) == 2
    assert "--out-dir" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_draft_with_check_errors_is_not_exported_unless_forced(tmp_path, capsys):
    from datetime import date

    from desktop.model.draft import save_draft

    report = make_report()
    report.end = date(2000, 1, 1)  # the trip ends before it starts: an error
    save_draft(report, tmp_path / "bad.shutcho")
    shutil.copy(SAMPLE, tmp_path / "good.shutcho")
    assert main(["export", str(tmp_path), "--out-dir", str(tmp_path / "out")]) == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.docx"]
    assert "--force" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "--out-dir", str(tmp_path / "out"), "--force"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["bad.docx", "good.docx"]


def test_many_exports_use_the_cores_by_default_and_checks_never(monkeypatch):
    from desktop import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 4)
    assert batch.default_jobs("export", batch.POOL_FROM - 1) == 1  # a worker costs more than it saves
    assert batch.default_jobs("export", batch.POOL_FROM) == 4
    assert batch.default_jobs("export", 200) == 4
    assert batch.default_jobs("check", 200) == 1
    assert batch.cores_jobs(3) == 3 and batch.cores_jobs(100) == 4
