"""Issue 12: ``shutcho new --from`` and ``shutcho export`` refusing errors unless --force."""

from __future__ import annotations

from datetime import date

from conftest import ROOT, SAMPLE
from desktop.cli import INVALID, OK, USAGE, main
from desktop.model.draft import load_draft, save_draft

EXAMPLE_PRESETS = ROOT / "docs" / "examples" / "shutcho-presets.json"


def test_new_from_last_time(tmp_path, capsys):
    out = tmp_path / "next.shutcho"
    assert main(["new", "--from", str(SAMPLE), "-o", str(out)]) == OK
    old, new = load_draft(SAMPLE), load_draft(out)
    assert (new.addressee, new.committee, new.members, new.secretariat, new.staff) == (
        old.addressee, old.committee, old.members, old.secretariat, old.staff)
    assert new.topics == [] and new.destinations == [] and new.start is None and new.submitted is None
    assert "作りました" in capsys.readouterr().err


def test_new_never_overwrites(tmp_path, capsys):
    out = tmp_path / "exists.shutcho"
    out.write_text("keep")
    assert main(["new", "--from", str(SAMPLE), "-o", str(out)]) == INVALID
    assert out.read_text() == "keep" and "すでにあります" in capsys.readouterr().err
    assert main(["new", "--from", str(SAMPLE), "-o", str(SAMPLE)]) == USAGE


def test_new_from_presets_and_bad_sources(tmp_path, capsys):
    out = tmp_path / "blank"
    assert main(["new", "--presets", str(EXAMPLE_PRESETS), "-o", str(out)]) == OK
    report = load_draft(tmp_path / "blank.shutcho")
    assert report.addressee == "下関市議会議長" and report.destinations == []
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert main(["new", "--presets", str(bad), "-o", str(tmp_path / "x.shutcho")]) == INVALID
    assert main(["new", "--from", str(bad), "-o", str(tmp_path / "y.shutcho")]) == INVALID
    assert not (tmp_path / "x.shutcho").exists() and not (tmp_path / "y.shutcho").exists()
    assert "JSON" in capsys.readouterr().err


def _broken(tmp_path):
    """The finding's report: it ends before it starts (an error in the checks)."""
    report = load_draft(SAMPLE)
    report.start, report.end = date(2024, 10, 15), date(2024, 10, 14)
    path = tmp_path / "broken.shutcho"
    save_draft(report, path)
    return path


def test_export_refuses_errors(tmp_path, capsys):
    path = _broken(tmp_path)
    out = tmp_path / "out.docx"
    assert main(["export", str(path), "--docx", str(out)]) == INVALID
    err = capsys.readouterr().err
    assert not out.exists() and "--force" in err and "エラー" in err


def test_export_force_writes_anyway(tmp_path, capsys):
    path = _broken(tmp_path)
    out = tmp_path / "out.docx"
    assert main(["export", str(path), "--docx", str(out), "--force"]) == OK
    assert out.exists() and "--force" in capsys.readouterr().err


def test_sound_report_exports_without_force(tmp_path):
    out = tmp_path / "ok.docx"
    assert main(["export", str(SAMPLE), "--docx", str(out)]) == OK and out.exists()
