"""Starting the editor: the first report, the language, and nothing heavy imported."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from desktop.model.draft import load_report_file, save_draft
from desktop.model.report import Report
from desktop.resources import resource_path
from desktop.ui.settings import AppSettings
from desktop.ui.main_window import MainWindow
from freshwindow import run_with_window


def _settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_start_without_a_file_is_a_blank_report_not_the_sample(qtbot, tmp_path):
    """Issue 12 finding 1: an empty home starts with a blank, untitled report."""
    from desktop.ui.app import create_window

    win = create_window(None, _settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    assert win.form.report() == Report()
    assert win.form.report() != load_report_file(SAMPLE)
    assert win.controller.path is None and not win.controller.modified
    assert win.windowTitle() == "無題[*] - 出張報告書エディタ"


def test_start_fills_the_blank_report_from_the_presets(qtbot, tmp_path):
    import shutil

    from conftest import ROOT
    from desktop.ui.app import create_window

    shutil.copy(ROOT / "docs" / "examples" / "shutcho-presets.json", tmp_path / "shutcho-presets.json")
    win = create_window(None, _settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    report = win.form.report()
    assert report.addressee == "下関市議会議長" and report.staff and report.destinations == []
    assert not win.controller.modified


def test_the_sample_opens_from_the_help_menu(qtbot, tmp_path):
    from desktop.ui.app import create_window

    win = create_window(None, _settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    action = next(a for a in win.help_menu.actions() if "見本" in a.text())
    action.trigger()
    assert win.form.report() == load_report_file(SAMPLE) and win.controller.path is None


def test_start_opens_a_file_given_on_the_command_line(qtbot, tmp_path):
    from desktop.ui.app import create_window

    path = tmp_path / "開く.shutcho"
    save_draft(Report(committee="総務委員会"), path)
    win = create_window(str(path), _settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    assert win.form.report().committee == "総務委員会"
    assert win.windowTitle() == "開く.shutcho[*] - 出張報告書エディタ"
    assert str(path.resolve()) not in win.settings.recent_files()  # written after the first frame
    qtbot.waitUntil(lambda: str(path.resolve()) in win.settings.recent_files(), timeout=20000)


def test_a_broken_file_at_start_is_reported_and_a_blank_report_opens(qtbot, tmp_path, monkeypatch):
    from desktop.ui import app as app_module

    errors = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, message: errors.append(message))
    missing = tmp_path / "無い.shutcho"
    win = app_module.create_window(str(missing), _settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    assert errors and "無い.shutcho" in errors[0]
    assert win.form.report() == Report()


def test_english_translation_changes_the_menus(qtbot, tmp_path):
    from desktop.ui.app import install_language

    assert resource_path("i18n", "shutcho_en.qm").is_file()
    app = QApplication.instance()
    try:
        assert install_language(app, "en")
        settings = _settings(tmp_path)
        settings.set_language("en")
        win = MainWindow(settings, tmp_path / "recovery")
        qtbot.addWidget(win)
        assert win.file_menu.title() == "&File"
        assert win.edit_menu.title() == "&Edit"
        assert win.windowTitle().endswith(" - Trip Report Editor")
        assert win.problems.title.text() == "Problems"
        assert win.problems_action.text() == "Problems Panel"
    finally:
        install_language(app, "ja")
    win = MainWindow(_settings(tmp_path), tmp_path / "recovery")
    qtbot.addWidget(win)
    assert win.file_menu.title() == "ファイル(&F)"


def test_language_setting_is_kept(tmp_path):
    settings = _settings(tmp_path)
    assert settings.language() == "ja"
    settings.set_language("en")
    settings.sync()
    assert _settings(tmp_path).language() == "en"


def test_startup_does_not_import_python_docx_or_the_writers(tmp_path):
    """python-docx is imported only when a DOCX is written (a fresh process)."""
    out = run_with_window(tmp_path, """
        win.show()
        app.processEvents()
        heavy = [m for m in ("docx", "lxml", "desktop.writers.docx", "desktop.writers.pdf",
                             "PySide6.QtPrintSupport") if m in sys.modules]
        print("HEAVY", heavy)
    """)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_shutcho_with_an_empty_home_shows_a_blank_report(tmp_path):
    """Issue 12: a fresh process with an empty home (no settings, no presets, no recovery)."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from desktop.ui.app import make_application, create_window\n"
        "from desktop.model.report import Report\n"
        "app = make_application()\n"
        "win = create_window(None)\n"
        "print('BLANK', win.form.report() == Report(), win.controller.path, win.windowTitle())\n"
        "print('PRESETS', win.settings.presets_path())\n"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    assert "BLANK True None 無題[*] - 出張報告書エディタ" in out.stdout, out.stdout + out.stderr
    assert str(home) in out.stdout.split("PRESETS", 1)[1]  # the presets are looked for in that home
