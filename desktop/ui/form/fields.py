"""Bindings of single fields (line, text, check, combo, spin, date) to the model.

A binding watches ``(obj, attr)``: a user edit pushes a ``SetValue`` command;
a model change (do, undo, redo) updates the widget without pushing again.
``bind`` can retarget a binding (detail editors showing the selected entry).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from desktop.jtext import EraError, format_era_date
from desktop.ui.enumprops import set_enum
from desktop.ui.form.commands import SetValue
from desktop.ui.form.context import EditContext


class _UndoToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the window's undo stack instead of a widget's own undo."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


_UNDO_FILTER: _UndoToWindow | None = None


def undo_to_window(widget: QWidget) -> None:
    global _UNDO_FILTER
    if _UNDO_FILTER is None:
        _UNDO_FILTER = _UndoToWindow()
    widget.installEventFilter(_UNDO_FILTER)
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)


class Binding:
    """Base: one widget showing ``obj.attr``."""

    merge = False

    def __init__(self, ctx: EditContext, widget: QWidget, obj: Any = None, attr: str | None = None,
                 label: str = "") -> None:
        self.ctx, self.widget, self.label = ctx, widget, label
        self.owner = ctx.binder.new_owner()
        self.obj: Any = None
        self.attr: str | None = None
        self._updating = False
        widget.destroyed.connect(lambda *_: ctx.binder.drop(self.owner))
        if obj is not None:
            self.bind(obj, attr)
        else:
            widget.setEnabled(False)

    def bind(self, obj: Any, attr: str | None) -> None:
        self.ctx.binder.drop(self.owner)
        self.obj, self.attr = obj, attr
        self.widget.setEnabled(obj is not None)
        if obj is not None:
            self.ctx.binder.watch(obj, attr, self.refresh, self.owner)
        self.refresh()

    def refresh(self) -> None:
        value = getattr(self.obj, self.attr) if self.obj is not None else self.empty()
        if value != self.shown():
            self._updating = True
            try:
                self.show(value)
            finally:
                self._updating = False

    def user_changed(self, *_args) -> None:
        if self._updating or self.obj is None:
            return
        value = self.shown()
        if value != getattr(self.obj, self.attr):
            text = QCoreApplication.translate("ReportForm", "編集")
            text += f": {self.label}" if self.label else ""
            self.ctx.push(SetValue(self.ctx, self.obj, self.attr, value, text, merge=self.merge))

    # subclasses
    def empty(self) -> Any:
        return ""

    def shown(self) -> Any:
        raise NotImplementedError

    def show(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    merge = True

    def __init__(self, ctx, widget: QLineEdit, obj=None, attr=None, label=""):
        undo_to_window(widget)
        widget.textChanged.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def shown(self) -> str:
        return self.widget.text()

    def show(self, value: str) -> None:
        self.widget.setText(value)


class TextBinding(Binding):
    merge = True

    def __init__(self, ctx, widget: QPlainTextEdit, obj=None, attr=None, label=""):
        undo_to_window(widget)
        widget.textChanged.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def shown(self) -> str:
        return self.widget.toPlainText()

    def show(self, value: str) -> None:
        cursor = self.widget.textCursor()
        position = cursor.position()
        self.widget.setPlainText(value)
        cursor = self.widget.textCursor()
        cursor.setPosition(min(position, len(value)))
        self.widget.setTextCursor(cursor)


class CheckBinding(Binding):
    def __init__(self, ctx, widget: QCheckBox, obj=None, attr=None, label=""):
        widget.toggled.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def empty(self) -> bool:
        return False

    def shown(self) -> bool:
        return self.widget.isChecked()

    def show(self, value: bool) -> None:
        self.widget.setChecked(bool(value))


class ComboBinding(Binding):
    """A combo box; editable combos accept free text too."""

    def __init__(self, ctx, widget: QComboBox, obj=None, attr=None, label=""):
        widget.currentTextChanged.connect(self.user_changed)
        if widget.isEditable():
            undo_to_window(widget.lineEdit())
        super().__init__(ctx, widget, obj, attr, label)

    def shown(self) -> str:
        return self.widget.currentText()

    def show(self, value: str) -> None:
        index = self.widget.findText(value)
        if index < 0 and not self.widget.isEditable():
            self.widget.addItem(value)
            index = self.widget.count() - 1
        if index >= 0:
            self.widget.setCurrentIndex(index)
        else:
            self.widget.setEditText(value)


class SpinBinding(Binding):
    merge = True

    def __init__(self, ctx, widget: QDoubleSpinBox, obj=None, attr=None, label=""):
        widget.valueChanged.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def empty(self) -> float:
        return self.widget.minimum()

    def shown(self) -> float:
        return float(self.widget.value())

    def show(self, value: float) -> None:
        self.widget.setValue(float(value))


# -- dates ---------------------------------------------------------------------

NO_DATE = QDate(1752, 9, 14)
"""QDateEdit's minimum, shown as 未設定: the model's None."""


class _DateEdit(QDateEdit):
    """A QDateEdit that lets its field set up the calendar pop-up before it can open
    (the pop-up opens by mouse or, with the focus, by keyboard)."""

    def __init__(self, field: "DateField") -> None:
        super().__init__()
        self._field = field

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._field._watch_calendar()
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._field._watch_calendar()
        super().mousePressEvent(event)


class DateField(QWidget):
    """A date picker that can be empty, with the date in the Japanese era beside it."""

    def __init__(self, era_format=format_era_date, parent=None) -> None:
        super().__init__(parent)
        self.era_format = era_format
        self._calendar_watched = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy/MM/dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("未設定"))
        self.edit.setMinimumWidth(120)
        self.today = QToolButton(text=self.tr("今日"))
        self.clear = QToolButton(text=self.tr("クリア"))
        self.era = QLabel()
        set_enum(self.era, "textInteractionFlags", "TextSelectableByMouse")
        layout.addWidget(self.edit)
        layout.addWidget(self.today)
        layout.addWidget(self.clear)
        layout.addSpacing(8)
        layout.addWidget(self.era, 1)
        self.today.clicked.connect(lambda: self.set_value(date.today()))
        self.clear.clicked.connect(lambda: self.set_value(None))
        self.edit.dateChanged.connect(self._show_era)
        self._show_era()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        # An empty date opens its calendar at today's month, not at 1752.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = date.today()
            obj.setCurrentPage(today.year, today.month)
        return False

    def _watch_calendar(self) -> None:
        """Filter the calendar pop-up; made on first use (it costs a widget at start-up)."""
        if not self._calendar_watched:
            self._calendar_watched = True
            self.edit.calendarWidget().installEventFilter(self)

    def setFocus(self, *args) -> None:  # noqa: N802 (Qt)
        self.edit.setFocus(*args)

    def value(self) -> date | None:
        qd = self.edit.date()
        return None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def _show_era(self, *_args) -> None:
        value = self.value()
        if value is None:
            self.era.setText("")
            self.era.setStyleSheet("")
            return
        try:
            self.era.setText(self.era_format(value))
            self.era.setStyleSheet("")
        except EraError:
            self.era.setText(self.tr("明治より前の日付は和暦にできません"))
            self.era.setStyleSheet("color: #b00020;")


class DateBinding(Binding):
    def __init__(self, ctx, widget: DateField, obj=None, attr=None, label=""):
        widget.edit.dateChanged.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def empty(self) -> None:
        return None

    def shown(self) -> date | None:
        return self.widget.value()

    def show(self, value: date | None) -> None:
        self.widget.set_value(value)
