"""Issue 12: the clerk's daily path in the window: start from last time, presets,
guarded output, focus and page keys. Every ask-method is replaced (no dialog opens)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from conftest import ROOT, SAMPLE
from desktop.model.draft import load_report_file, save_draft
from desktop.model.presets import load_presets
from desktop.model.report import Report
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from test_ui_editor import Asks

EXAMPLE = ROOT / "docs" / "examples" / "shutcho-presets.json"


@pytest.fixture
def win(qtbot, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(settings, tmp_path / "recovery")
    w.asks = Asks(w)
    w.asked_output: list = []
    w.output_answer = False
    w.confirm_output = lambda findings: (w.asked_output.append(findings), w.output_answer)[1]
    w.presets_paths: list = []
    w.ask_presets_path = lambda save, suggested: w.presets_paths.pop(0)
    w.ask_presets_folder = lambda current: w.presets_paths.pop(0)
    qtbot.addWidget(w)
    w.controller.new_blank()
    yield w
    w.confirm_discard = lambda: "discard"


def _action(menu, words):
    return next(a for a in menu.actions() if words in a.text())


# -- finding 1: start from last time, presets --------------------------------------


def test_new_from_last_report_keeps_the_people_and_clears_the_trip(win):
    win.asks.open_paths.append(str(SAMPLE))
    _action(win.file_menu, "前回の報告書から").trigger()
    old, new = load_report_file(SAMPLE), win.form.report()
    assert (new.addressee, new.committee, new.members, new.secretariat, new.staff) == (
        old.addressee, old.committee, old.members, old.secretariat, old.staff)
    assert new.topics == [] and new.destinations == [] and new.start is None and new.end is None
    assert win.controller.path is None and not win.controller.modified  # untitled: never over last time's


def test_presets_from_this_report_then_new_report_is_filled(win, tmp_path):
    report = win.form.report()
    win.form.page("basic").addressee.setText("下関市議会議長")
    win.form.page("roster").committee.setText("総務委員会")
    win.form.page("roster").members.add_button.click()
    _action(win.presets_menu, "プリセットに登録").trigger()
    saved = tmp_path / "shutcho-presets.json"
    assert saved.is_file() and load_presets(saved).committee_names() == ["総務委員会"]
    assert report.addressee == "下関市議会議長"
    win.confirm_discard = lambda: "discard"
    win.controller.new_blank()
    new = win.form.report()
    assert new is not report
    assert new.addressee == "下関市議会議長" and new.committee == "総務委員会" and len(new.members) == 1


def test_choosing_a_committee_fills_its_roster_in_one_undo_step(win, tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "shutcho-presets.json")
    roster = win.form.page("roster")
    roster._fill_presets()
    names = [roster.preset.itemText(i) for i in range(roster.preset.count())]
    assert names[1:] == ["総務委員会", "文教厚生委員会"]
    roster.preset.activated.emit(2)
    report = win.form.report()
    assert report.committee == "文教厚生委員会" and roster.committee.text() == "文教厚生委員会"
    assert [m.name.full for m in report.members] == ["山田花子", "田中一郎"]
    assert [s.name.full for s in report.staff] == ["石川学"]
    assert roster.members.table.rowCount() == 2
    win.undo_stack.undo()
    assert report.committee == "" and report.members == [] and report.staff == []


def test_import_export_and_a_shared_folder(win, tmp_path):
    win.presets_paths.append(str(EXAMPLE))
    _action(win.presets_menu, "読み込む").trigger()
    assert load_presets(tmp_path / "shutcho-presets.json") == load_presets(EXAMPLE)
    out = tmp_path / "out" / "exported.json"
    win.presets_paths.append(str(out))
    _action(win.presets_menu, "書き出す").trigger()
    assert load_presets(out) == load_presets(EXAMPLE)

    shared = tmp_path / "shared"
    shared.mkdir()
    bad = shared / "shutcho-presets.json"
    bad.write_text("{ broken", encoding="utf-8")
    win.presets_paths.append(str(shared))
    _action(win.presets_menu, "場所").trigger()
    assert win.asks.errors and "shutcho-presets.json" in win.asks.errors[-1]
    assert win.controller.presets() is None and len(win.asks.errors) == 1  # said once
    shutil.copy(EXAMPLE, bad)
    assert win.controller.presets() == load_presets(EXAMPLE)  # read again once it changed


def test_importing_a_bad_file_changes_nothing(win, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "shutcho-draft"}', encoding="utf-8")
    win.presets_paths.append(str(bad))
    assert not win.controller.import_presets()
    assert win.asks.errors and "プリセットのファイルではありません" in win.asks.errors[0]
    assert not (tmp_path / "shutcho-presets.json").exists()


# -- finding 4: output runs the checks first ------------------------------------------


def _broken(win):
    report = load_report_file(SAMPLE)
    report.start, report.end = date(2024, 10, 15), date(2024, 10, 14)
    win.controller._set_report(report, None)


def test_export_with_errors_asks_and_stops(win, tmp_path):
    _broken(win)
    target = tmp_path / "out.pdf"
    win.asks.save_paths.append(str(target))
    assert not win.controller.export_pdf()
    assert win.asked_output and all(f.level == "error" for f in win.asked_output[0])
    assert not target.exists() and win.asks.save_paths == [str(target)]  # not even asked where


def test_export_anyway_writes(win, tmp_path):
    _broken(win)
    win.output_answer = True  # 「このまま書き出す」
    target = tmp_path / "out.docx"
    win.asks.save_paths.append(str(target))
    assert win.controller.export_docx() and target.exists()


def test_print_with_errors_asks_first(win):
    _broken(win)
    asked = []
    win.ask_printer = lambda: asked.append(1)
    assert not win.controller.print()
    assert win.asked_output and not asked


def test_warnings_alone_do_not_ask(win, tmp_path):
    win.controller._set_report(load_report_file(SAMPLE), None)
    win.form.report().submitted = None  # a warning
    target = tmp_path / "ok.docx"
    win.asks.save_paths.append(str(target))
    assert win.controller.export_docx() and target.exists() and not win.asked_output


# -- finding 7: focus and page keys ------------------------------------------------------


@pytest.fixture
def shown(win, qtbot):
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def test_focus_is_in_the_first_field_after_launch_and_new(shown, qtbot):
    title = shown.form.page("basic").title_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    shown.form.page("trip").purpose.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.form.page("basic").title_edit)


def test_ctrl_page_keys_switch_pages_even_from_a_date(shown, qtbot):
    form = shown.form
    basic = form.page("basic")
    basic.submitted.set_value(date(2024, 11, 20))
    form.report().submitted = date(2024, 11, 20)
    basic.submitted.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is basic.submitted.edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.entries[form.nav.currentRow()].kind == "roster"
    assert form.report().submitted == date(2024, 11, 20)  # the date did not move 10 years
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.page("roster").committee)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.entries[form.nav.currentRow()].kind == "basic"


def test_tab_stays_in_the_form(shown, qtbot):
    outside = (shown.problems.list, shown.preview)
    focused = set()
    shown.form.page("basic").title_edit.setFocus()
    for _ in range(40):
        widget = QApplication.focusWidget()
        focused.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not any(w in focused for w in outside)


def test_the_presets_dialog_shows_and_removes_a_committee(win, tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "shutcho-presets.json")
    shown = []
    win.run_dialog = shown.append
    _action(win.presets_menu, "内容").trigger()
    dialog = shown[0]
    assert [dialog.committees.item(i).text() for i in range(dialog.committees.count())] == [
        "総務委員会（3）", "文教厚生委員会（2）"]
    assert "下関市議会議長" in dialog.summary.text() and "花谷禎久" in dialog.summary.text()
    dialog.committees.setCurrentRow(1)
    dialog.remove_button.click()
    assert load_presets(tmp_path / "shutcho-presets.json").committee_names() == ["総務委員会"]
    assert dialog.committees.count() == 1


def test_the_presets_dialog_without_presets(win):
    shown = []
    win.run_dialog = shown.append
    win.controller.show_presets()
    assert "まだありません" in shown[0].summary.text() and not shown[0].remove_button.isEnabled()


def test_ctrl_page_keys_from_the_page_list_and_a_table(shown, qtbot):
    form = shown.form
    form.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.nav)
    qtbot.keyClick(form.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.entries[form.nav.currentRow()].kind == "roster"
    members = form.page("roster").members
    members.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is members.table)
    qtbot.keyClick(members.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.entries[form.nav.currentRow()].kind == "trip"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.entries[form.nav.currentRow()].kind == "roster"
