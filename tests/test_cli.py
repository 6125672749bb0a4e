"""The command line: export, check, --version, exit codes, messages, and no Qt where none is needed."""

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE
from desktop import __version__
from desktop.cli import main
from desktop.model.codec import report_to_data
from desktop.model.draft import load_report_file

NO_QT = ("import sys\n"
         "from desktop.cli import main\n"
         "code = main(sys.argv[1:])\n"
         "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
         "print('QT-MODULES:' + ','.join(qt))\n"
         "sys.exit(code)\n")


def shutcho(*args, cwd=ROOT):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def shutcho_no_qt(*args):
    """Run main(args) in a fresh interpreter; return (result, Qt modules that got imported)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", NO_QT, *map(str, args)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    marker = [line for line in result.stdout.splitlines() if line.startswith("QT-MODULES:")]
    assert marker, result.stderr
    return result, [m for m in marker[0].split(":", 1)[1].split(",") if m]


def pdf_text(path: Path) -> str:
    """The PDF's text without white space (the title is spread: 出 張 報 告 書)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return "".join(text.split())


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "壊れた下書き.shutcho"
    path.write_text('{"format": "shutcho-draft", "version": 1, "report": {"title": "出張', encoding="utf-8")
    return path


@pytest.fixture
def bare_json(tmp_path):
    """The sample as a bare report document (no draft wrapper)."""
    path = tmp_path / "report.json"
    data = report_to_data(load_report_file(SAMPLE))
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- --version -------------------------------------------------------------------


def test_version_prints_the_version_without_qt():
    result, qt = shutcho_no_qt("--version")
    assert result.returncode == 0
    assert f"shutcho {__version__}" in result.stdout
    assert qt == []


def test_python_m_desktop_runs_the_cli():
    result = shutcho("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"shutcho {__version__}"


# -- check -----------------------------------------------------------------------


def test_check_accepts_the_sample_without_qt():
    result, qt = shutcho_no_qt("check", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert SAMPLE.name in result.stderr
    assert qt == []


def test_check_accepts_a_bare_report_json(bare_json):
    result = shutcho("check", bare_json)
    assert result.returncode == 0, result.stderr


def test_check_refuses_a_broken_file_naming_it(broken):
    result = shutcho("check", broken)
    assert result.returncode == 1
    assert broken.name in result.stderr
    assert "JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_refuses_a_missing_file(tmp_path):
    missing = tmp_path / "ない.shutcho"
    result = shutcho("check", missing)
    assert result.returncode == 1
    assert missing.name in result.stderr
    assert "見つかりません" in result.stderr and "not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_prints_every_problem_of_an_invalid_report(tmp_path, capsys):
    path = tmp_path / "wrong.shutcho"
    path.write_text(json.dumps({"format": "shutcho-draft", "version": 1,
                                "report": {"title": 5, "members": "nobody", "committee": []}}),
                    encoding="utf-8")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    problem_lines = [line for line in err.splitlines() if line.lstrip().startswith("- ")]
    assert len(problem_lines) >= 3
    for field in ("title", "members", "committee"):
        assert any(field in line for line in problem_lines), err


def _sample_with(tmp_path, **changes):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["report"].update(changes)
    path = tmp_path / "changed.shutcho"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_check_fails_on_an_error_finding_and_prints_each_finding(tmp_path):
    path = _sample_with(tmp_path, end="2023-07-01", addressee="")  # the trip ends before it starts
    result = shutcho("check", path)
    assert result.returncode == 1
    assert "error" in result.stderr and "2023-07-01" in result.stderr
    assert "warning" in result.stderr and "addressee" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_passes_with_warnings_only(tmp_path):
    result = shutcho("check", _sample_with(tmp_path, addressee=""))
    assert result.returncode == 0
    assert "warning" in result.stderr and "addressee" in result.stderr


# -- export ----------------------------------------------------------------------


def test_export_writes_docx_and_pdf_of_the_sample(tmp_path):
    docx_out, pdf_out = tmp_path / "報告書.docx", tmp_path / "報告書.pdf"
    result = shutcho("export", SAMPLE, "--docx", docx_out, "--pdf", pdf_out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    text = pdf_text(pdf_out)
    assert "出張報告書" in text
    assert "地域コミュニティ活性化推進計画" in text

    import docx

    body = "".join(p.text for p in docx.Document(str(docx_out)).paragraphs)
    assert "地域コミュニティ活性化推進計画" in body


def test_export_plain_pdf_from_a_bare_report_json(tmp_path, bare_json):
    out = tmp_path / "plain.pdf"
    assert main(["export", str(bare_json), "--pdf", str(out), "--plain-pdf"]) == 0
    assert "出張報告書" in pdf_text(out)


def test_docx_export_does_not_import_qt(tmp_path):
    out = tmp_path / "out.docx"
    result, qt = shutcho_no_qt("export", SAMPLE, "--docx", out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert qt == []


@pytest.mark.parametrize("fmt", ["--docx", "--pdf"])
def test_export_to_an_unwritable_target_says_so(tmp_path, fmt):
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x")
    target = not_a_folder / "out.bin"
    result = shutcho("export", SAMPLE, fmt, target)
    assert result.returncode == 1
    assert target.name in result.stderr
    assert "Traceback" not in result.stderr


def test_export_to_a_folder_says_so(tmp_path, capsys):
    assert main(["export", str(SAMPLE), "--docx", str(tmp_path)]) == 1
    assert "フォルダー" in capsys.readouterr().err


def test_export_of_a_broken_draft_fails_without_writing(tmp_path, broken):
    out = tmp_path / "out.docx"
    result = shutcho("export", broken, "--docx", out)
    assert result.returncode == 1
    assert broken.name in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_missing_writer_is_reported_as_unavailable(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "desktop.writers.docx", None)
    out = tmp_path / "out.docx"
    assert main(["export", str(SAMPLE), "--docx", str(out)]) == 2
    err = capsys.readouterr().err
    assert "DOCX" in err and "not available" in err
    assert not out.exists()


# -- usage -----------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["export", "SAMPLE"],                                       # no output at all
    ["export"],                                                 # no draft
    ["export", "SAMPLE", "--docx", "a.docx", "--plain-pdf"],    # --plain-pdf without --pdf
    ["export", "SAMPLE", "--docx", "same", "--pdf", "same"],    # one file for both
    ["export", "SAMPLE", "--pdf", "SAMPLE"],                    # would overwrite the draft
    ["export", "SAMPLE", "--docx", "a.docx", "--bogus"],
    ["check"],
    ["export", "SAMPLE", "SAMPLE", "--docx", "a.docx"],        # many drafts need --out-dir
    ["export", "SAMPLE", "--out-dir", "o", "--format", "odt"],
    ["exprot", "SAMPLE"],                                       # a mistyped verb
    ["--version", "SAMPLE"],
])
def test_usage_errors_exit_2(args, tmp_path):
    args = [str(SAMPLE) if a == "SAMPLE" else a for a in args]
    result = shutcho(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "usage" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert SAMPLE.stat().st_size > 0


# -- the editor ------------------------------------------------------------------


def test_a_file_argument_opens_it_in_the_editor(monkeypatch):
    opened = []
    module = types.ModuleType("desktop.ui.app")
    module.run_editor = lambda path=None: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "desktop.ui.app", module)
    assert main([str(SAMPLE)]) == 0
    assert main([]) == 0
    assert opened == [str(SAMPLE), None]


# -- CI and packaging stay in step -------------------------------------------------


def test_ci_runs_the_readme_test_command_and_the_bundle_check():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- test-command -->\n", 1)[1].split("<!-- /test-command -->", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("```")]
    assert len(commands) == 1 and "pytest" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci and 'eval "$test_command"' in ci
    assert "tools/check_bundle.sh" in ci


def test_windows_version_info_matches_the_app_version():
    info = (ROOT / "packaging" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in __version__.split("."))
    quad = "(" + ", ".join(map(str, (numbers + (0, 0, 0, 0))[:4])) + ")"
    assert f"filevers={quad}" in info and f"prodvers={quad}" in info
    assert info.count(f"'{__version__}'") == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are Linux's")
def test_the_editor_without_a_display_says_so_instead_of_aborting():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "desktop", str(SAMPLE)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "shutcho export" in result.stderr
