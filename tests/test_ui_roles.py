"""Issue 12 finding 2: the 役職 cell replaces its text on typing and never completes
to a title the clerk did not choose. Titles the clerk chose (the usual roles, the
presets' roles and titles, those already in the report) are offered in a popup list;
Enter keeps exactly what was typed unless a listed title is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.model.presets import CommitteePreset, Presets, member_roles, staff_titles
from desktop.model.report import Member, PersonName, Report, Staff
from formkit import make_form

PRESETS = Presets(staff=[Staff("議事課主査", PersonName("花谷", "禎久"))], committees=[
    CommitteePreset("総務委員会", [Member("委員長職務代理者", PersonName("林", "真一郎"))],
                    staff=[Staff("議会事務局次長", PersonName("山田", "一郎"))])])


@pytest.fixture
def roster(qtbot):
    form = make_form(qtbot)
    form.ctx.presets = lambda: PRESETS
    form.set_report(Report())
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


def offered() -> list[str]:
    """The titles listed in the completion popup now shown (none: [])."""
    popup = QApplication.activePopupWidget()
    if popup is None or not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_prefix_is_not_completed_to_a_longer_title(roster, qtbot):
    members = roster.members
    _type_into_cell(qtbot, members, 0, 0, "委")
    _type(QApplication.focusWidget(), "員")
    assert offered() == ["委員長", "委員", "委員長職務代理者"]  # offered, not filled in
    assert QApplication.focusWidget().currentText() == "委員"
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


def test_typing_the_start_of_a_title_offers_the_titles_chosen(roster, qtbot):
    _type_into_cell(qtbot, roster.members, 0, 0, "副")
    assert offered() == ["副委員長"]
    assert QApplication.focusWidget().currentText() == "副"  # nothing filled in inline


def test_choosing_an_offered_title_takes_it(roster, qtbot):
    members = roster.members
    _type_into_cell(qtbot, members, 0, 0, "副")
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Down)
    _enter(qtbot)
    qtbot.waitUntil(lambda: roster.form.report().members[0].role == "副委員長")
    assert QApplication.focusWidget() is members.table


def test_roles_already_in_the_report_are_offered_and_others_not(roster, qtbot):
    members = roster.members
    roster.form.report().members[0].role = "オブザーバー"  # typed by the clerk earlier
    members.add_button.click()
    _type_into_cell(qtbot, members, 1, 0, "オ")
    assert offered() == ["オブザーバー"]
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Backspace)
    assert QApplication.focusWidget().currentText() == ""
    _type(QApplication.focusWidget(), "議")
    assert offered() == []  # 議長 is no one's choice here: nothing is offered
    _enter(qtbot)
    qtbot.waitUntil(lambda: roster.form.report().members[1].role == "議")


def test_staff_titles_from_the_presets_are_offered_and_enter_keeps_the_typed_text(roster, qtbot):
    staff = roster.staff
    staff.add_button.click()
    _type_into_cell(qtbot, staff, 0, 0, "議")
    assert offered() == ["議事課主査", "議会事務局次長"]
    _type(QApplication.focusWidget(), "事")
    assert offered() == ["議事課主査"]
    _enter(qtbot)
    qtbot.waitUntil(lambda: roster.form.report().staff[0].title == "議事")
    assert staff.table.item(0, 0).text() == "議事"


def test_the_candidates_are_the_usual_roles_the_presets_and_the_report():
    report = Report(members=[Member("委員", PersonName("a", "b")), Member("オブザーバー", PersonName())],
                    staff=[Staff("書記", PersonName()), Staff("議事課主査", PersonName())])
    assert member_roles(PRESETS, report) == ["委員長", "副委員長", "委員", "委員長職務代理者", "オブザーバー"]
    assert member_roles(None, None) == ["委員長", "副委員長", "委員"]
    assert staff_titles(PRESETS, report) == ["議事課主査", "議会事務局次長", "書記"]
    assert staff_titles(None, Report()) == []


def test_tab_with_the_list_open_keeps_the_typed_text_and_edits_the_next_cell(roster, qtbot):
    members = roster.members
    _type_into_cell(qtbot, members, 0, 0, "副")
    assert offered() == ["副委員長"]
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: roster.form.report().members[0].role == "副")
    assert members.table.currentColumn() == 1 and QApplication.focusWidget() is not None
    qtbot.waitUntil(lambda: members.table.state() == members.table.State.EditingState)
