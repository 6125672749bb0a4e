"""Issue 12 finding 3: dates typed from the keyboard, and the wheel over unfocused fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.model.report import Report
from formkit import make_form

FORMS = ["2024/11/20", "2024-11-20", "20241120", "R6.11.20", "令和6年11月20日"]


@pytest.fixture
def form(qtbot):
    form = make_form(qtbot, Report())
    form.resize(900, 800)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    return form


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.mark.parametrize("typed", FORMS)
def test_typed_date_into_an_empty_field_then_tab(form, qtbot, typed):
    basic = form.page("basic")
    edit = basic.submitted.edit
    _focus(qtbot, edit)
    if typed.isascii():
        qtbot.keyClicks(edit, typed)
    else:
        edit.insert(typed)  # kanji come through the input method, not key events
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.report().submitted == date(2024, 11, 20)
    assert edit.text() == "令和６年（2024年）１１月２０日"
    assert QApplication.focusWidget() is not edit  # Tab moved on


@pytest.mark.parametrize("typed, expected", [("令和元年5月1日", date(2019, 5, 1)),
                                             ("H31.4.30", date(2019, 4, 30))])
def test_era_forms_on_the_trip_page(form, qtbot, typed, expected):
    start = form.page("trip").start
    _focus(qtbot, start.edit)
    start.edit.insert(typed)
    qtbot.keyClick(start.edit, Qt.Key.Key_Return)
    assert form.report().start == expected


def test_typing_into_a_set_date_replaces_it(form, qtbot):
    form.report().submitted = date(2023, 8, 16)
    form.set_report(form.report())
    edit = form.page("basic").submitted.edit
    _focus(qtbot, edit)
    qtbot.wait(10)  # the focus selects the whole date
    qtbot.keyClicks(edit, "R6.11.20")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.report().submitted == date(2024, 11, 20)


def test_invalid_date_keeps_the_focus_with_a_message_and_changes_nothing(form, qtbot):
    basic = form.page("basic")
    field = basic.submitted
    _focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "2024/13/40")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.edit)
    assert field.edit.text() == "2024/13/40"  # never a silent reset
    assert "2024/13/40" in field.message.text()
    assert form.report().submitted is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)  # Escape brings the old date back
    assert field.edit.text() == "" and not field.message.text()


def test_undo_of_a_typed_date(form, qtbot):
    field = form.page("trip").end
    _focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "2024/11/22")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert form.report().end == date(2024, 11, 22)
    form.stack_.undo()
    assert form.report().end is None and field.edit.text() == ""


def _wheel(widget):
    center = QPointF(widget.rect().center())
    event = QWheelEvent(center, QPointF(widget.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_never_changes_an_unfocused_field(form, qtbot):
    basic = form.page("basic")
    _focus(qtbot, basic.title_edit)
    before = basic.honorific.currentText()
    _wheel(basic.honorific)
    assert basic.honorific.currentText() == before
    assert form.report().honorific == before
    settings = form.page("settings")
    _focus(qtbot, settings.findChild(type(basic.title_edit)) or basic.title_edit)
    font = settings.font.currentText()
    _wheel(settings.font)
    assert settings.font.currentText() == font


def test_tab_reads_the_date_even_in_a_window_that_is_not_active(form, qtbot):
    """Under X without a window manager (and whenever another window is active) Qt sends
    no focus-out events: Tab itself must read the date and stay on a wrong one."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

    field = form.page("basic").submitted
    _focus(qtbot, field.edit)
    field.edit.setText("2024/13/40")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not form.isActiveWindow())
    QApplication.sendEvent(field.edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab,
                                                 Qt.KeyboardModifier.NoModifier))
    assert "2024/13/40" in field.message.text() and form.report().submitted is None
    assert form.focusWidget() is field.edit
    field.edit.setText("2024/11/20")
    QApplication.sendEvent(field.edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab,
                                                 Qt.KeyboardModifier.NoModifier))
    assert form.report().submitted == date(2024, 11, 20) and form.focusWidget() is not field.edit


def test_a_date_after_2099_is_not_called_before_meiji(qtbot):
    from datetime import date as _date

    from desktop.ui.form.fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.set_value(_date(2100, 1, 1))
    assert "2099年より後" in field.message.text() and "明治" not in field.message.text()
    field.set_value(_date(1850, 1, 1))
    assert "明治より前" in field.message.text()
