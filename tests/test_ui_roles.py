"""Issue 12 finding 2: the 役職 cell replaces its text on typing and never completes
to a title the clerk did not choose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.model.report import Report
from formkit import make_form


@pytest.fixture
def roster(qtbot):
    form = make_form(qtbot, Report())
    form.resize(900, 800)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    roster = form.page("roster")
    form.focus_field(("members", 0))  # show the page
    roster.members.add_button.click()  # a new member: 委員
    roster.form = form
    return roster


def _type(widget, text: str) -> None:
    """Text as an input method commits it: one key event carrying the text."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text))


def _type_into_cell(qtbot, editor, row: int, col: int, text: str) -> None:
    table = editor.table
    table.setCurrentCell(row, col)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    _type(table, text)  # the key opens the cell's editor and goes into it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)


def _enter(qtbot):
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_typing_a_role_replaces_the_default(roster, qtbot):
    members = roster.members
    assert roster.form.report().members[0].role == "委員"
    _type_into_cell(qtbot, members, 0, 0, "副委員長")
    _enter(qtbot)
    qtbot.waitUntil(lambda: roster.form.report().members[0].role == "副委員長")
    assert members.table.item(0, 0).text() == "副委員長"  # never 委員副委員長


def test_a_prefix_is_not_completed_to_a_longer_title(roster, qtbot):
    members = roster.members
    _type_into_cell(qtbot, members, 0, 0, "委")
    _type(QApplication.focusWidget(), "員")
    _enter(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is members.table)
    assert roster.form.report().members[0].role == "委員"  # never 委員長


def test_typing_replaces_a_text_cell(roster, qtbot):
    staff = roster.staff
    staff.add_button.click()
    staff.table.item(0, 0).setText("議事課主査")
    _type_into_cell(qtbot, staff, 0, 0, "議事課長")
    _enter(qtbot)
    qtbot.waitUntil(lambda: roster.form.report().staff[0].title == "議事課長")
