"""Issue 12: a report written from a preset with the keyboard only, as a clerk would.

Kanji arrive as an input method commits them (one key event carrying the text); every
other step is a key press. Each step checks where the focus went, so a field that
traps Tab, a page that sends Tab round the window or a table that swallows typing
fails here."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from conftest import ROOT
from desktop.ui.app import create_window
from desktop.ui.form.lists import RowTable
from desktop.ui.settings import AppSettings
from test_ui_editor import Asks

C = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def win(qtbot, tmp_path):
    shutil.copy(ROOT / "docs" / "examples" / "shutcho-presets.json", tmp_path / "shutcho-presets.json")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = create_window(None, settings, tmp_path / "recovery")
    w.asks = Asks(w)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.confirm_discard = lambda: "discard"


def test_a_report_from_a_preset_with_the_keyboard_only(win, qtbot, tmp_path):
    def focus():
        return QApplication.focusWidget()

    def key(k, mods=Qt.KeyboardModifier.NoModifier, expect=None):
        qtbot.keyClick(focus(), k, mods)
        if expect is not None:
            qtbot.waitUntil(lambda: isinstance(focus(), expect), timeout=20000)

    def type_(text, expect=None):
        if text.isascii():
            qtbot.keyClicks(focus(), text)
        else:
            QApplication.sendEvent(focus(), QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text))
        if expect is not None:
            assert isinstance(focus(), expect), focus()

    tab = Qt.Key.Key_Tab
    qtbot.waitUntil(lambda: focus() is win.form.page("basic").title_edit)
    # 基本情報: 表題 and 宛先 (from the presets), 敬称, then 提出日
    key(tab, expect=QLineEdit)
    key(tab, expect=QComboBox)
    key(tab, expect=QLineEdit)
    type_("R6.11.20")
    # 職氏名: the committee from the presets
    key(Qt.Key.Key_PageDown, C, expect=QLineEdit)
    key(tab, expect=QComboBox)
    key(Qt.Key.Key_Down)
    # 用務・期間・出張先
    key(Qt.Key.Key_PageDown, C, expect=QLineEdit)
    key(tab, expect=RowTable)
    type_("地域コミュニティについて", expect=QLineEdit)  # typing into the empty table adds a row
    key(tab, expect=QPushButton)                             # Tab leaves the last cell: 追加
    key(Qt.Key.Key_Space, expect=QLineEdit)                 # 追加: the caret in the new row
    type_("防災について")
    key(tab, expect=QPushButton)
    key(tab, expect=QLineEdit)
    type_("R6.11.18")
    key(tab, expect=QLineEdit)
    type_("2024/11/20")
    key(tab, expect=RowTable)
    type_("石川県")
    key(tab, expect=QLineEdit)
    type_("金沢市")
    key(tab, expect=QPushButton)
    # はじめに
    key(Qt.Key.Key_PageDown, C, expect=QPlainTextEdit)
    type_("令和６年度総務委員会の活動方針に沿い、金沢市において先進地視察を実施した。")
    # 金沢市: both topics, population, area, description, a host
    key(Qt.Key.Key_PageDown, C, expect=QCheckBox)
    key(Qt.Key.Key_Space)
    key(tab, expect=QCheckBox)
    key(Qt.Key.Key_Space)
    key(tab, expect=QLineEdit)
    if focus() is win.form.page("visit", 0).visited.edit:  # 視察日
        type_("R6.11.19")
        key(tab, expect=QLineEdit)
    type_("約４５万人")
    key(tab, expect=QLineEdit)
    type_("約４６９㎢")
    key(tab, expect=QPlainTextEdit)
    type_("石川県のほぼ中央に位置する。")
    key(tab, expect=RowTable)
    type_("金沢市議会")
    key(Qt.Key.Key_Return, expect=RowTable)

    report = win.form.report()
    assert report.submitted == date(2024, 11, 20)
    assert report.committee == "総務委員会" and len(report.members) == 3
    assert report.addressee == "下関市議会議長" and report.staff
    assert [t.title for t in report.topics] == ["地域コミュニティについて", "防災について"]
    assert (report.start, report.end) == (date(2024, 11, 18), date(2024, 11, 20))
    assert [(d.prefecture, d.city) for d in report.destinations] == [("石川県", "金沢市")]
    visit = report.destinations[0].visit
    assert report.introduction.startswith("令和６年度")
    assert len(visit.sections) == 2 and visit.profile.population == "約４５万人"
    assert getattr(visit, "visited", date(2024, 11, 19)) == date(2024, 11, 19)
    assert visit.profile.area == "約４６９㎢" and visit.description.startswith("石川県")
    assert [h.name for h in visit.hosts] == ["金沢市議会"]

    # Ctrl+Shift+D: the checks run first; no errors, so it asks only where to write.
    out = tmp_path / "今回.docx"
    win.asks.save_paths.append(str(out))
    key(Qt.Key.Key_D, C | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(out.exists, timeout=10000)
