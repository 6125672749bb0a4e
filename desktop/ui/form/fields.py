"""Bindings of single fields (line, text, check, combo, spin, date) to the model.

A binding watches ``(obj, attr)``: a user edit pushes a ``SetValue`` command;
a model change (do, undo, redo) updates the widget without pushing again.
``bind`` can retarget a binding (detail editors showing the selected entry).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.jtext import EraError, format_era_date
from desktop.jtext.era import LAST_DATE
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


class _WheelOnlyFocused(QObject):
    """The mouse wheel over a combo box or spin box without the focus scrolls the page
    (to the scroll bar of the scroll area around it) and never changes the value."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() != QEvent.Type.Wheel or obj.hasFocus():
            return False
        from PySide6.QtWidgets import QAbstractScrollArea, QApplication

        parent = obj.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_WHEEL_FILTER: _WheelOnlyFocused | None = None


def wheel_only_when_focused(widget: QWidget) -> None:
    """Keep the wheel from changing ``widget`` unless it has the focus (issue 12, finding 3)."""
    global _WHEEL_FILTER
    if _WHEEL_FILTER is None:
        _WHEEL_FILTER = _WheelOnlyFocused()
    set_enum(widget, "focusPolicy", "StrongFocus")  # not WheelFocus: the wheel does not focus it
    widget.installEventFilter(_WHEEL_FILTER)


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
        wheel_only_when_focused(widget)
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
        wheel_only_when_focused(widget)
        super().__init__(ctx, widget, obj, attr, label)

    def empty(self) -> float:
        return self.widget.minimum()

    def shown(self) -> float:
        return float(self.widget.value())

    def show(self, value: float) -> None:
        self.widget.setValue(float(value))


# -- dates ---------------------------------------------------------------------


class _DateLine(QLineEdit):
    """The typed part of a DateField: it reads its text when the clerk leaves it."""

    def __init__(self, field: "DateField") -> None:
        super().__init__()
        self._field = field

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # typing replaces the date shown

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt)
        # Tab and Shift+Tab read the date first and stay on text that is not one. (Focus-out
        # events alone are not enough: a window that is not active gets none.)
        if not self._field.commit():
            return True
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusOutEvent(event)
        # Leaving by Tab or a click keeps an unreadable date focused, with its message;
        # a menu, a dialog or another window taking the focus does not.
        if not self._field.commit() and event.reason() in _keep_focus_reasons():
            QTimer.singleShot(0, self, self._refocus)

    def _refocus(self) -> None:
        if self.isVisible() and self.window().isActiveWindow():
            self.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self._field.message_shown():
            self._field.revert()
            return
        if event.key() in (Qt.Key.Key_Down,) and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self._field.open_calendar()
            return
        super().keyPressEvent(event)


def _keep_focus_reasons() -> tuple:
    from PySide6.QtCore import Qt  # not before the first frame (see desktop.ui.enumprops)

    r = Qt.FocusReason
    return (r.TabFocusReason, r.BacktabFocusReason, r.MouseFocusReason)


class DateField(QWidget):
    """A date typed as the clerk writes it (see ``desktop.jtext.dateparse``), or empty.

    The field shows the date in the era form (``era_format``). Text that is not a
    date stays in the field, focused, with a message beside it; Escape brings back
    the date it had. ``changed`` is emitted when the clerk set a new date.
    """

    changed = Signal()

    def __init__(self, era_format=format_era_date, parent=None) -> None:
        super().__init__(parent)
        self.era_format = era_format
        self._value: date | None = None
        self._calendar_menu = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        self.edit = _DateLine(self)
        self.edit.setPlaceholderText(self.tr("例: 2024/11/20、R6.11.20"))
        self.edit.setToolTip(self.tr("2024/11/20、20241120、R6.11.20、令和6年11月20日 などと入力できます"))
        # Room for 令和３０年１２月３０日; a longer form (with the Western year) takes more
        # of the row when there is room.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("令和３０年１２月３０日") + 16)
        self.pick = QToolButton(text=self.tr("暦"))
        self.pick.setToolTip(self.tr("カレンダーから選ぶ (Alt+↓)"))
        self.today = QToolButton(text=self.tr("今日"))
        self.clear = QToolButton(text=self.tr("クリア"))
        for button in (self.pick, self.today, self.clear):
            set_enum(button, "focusPolicy", "NoFocus")  # Tab goes from date to date
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)  # below the date, only while there is something to say
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.pick)
        layout.addWidget(self.today)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        self.pick.clicked.connect(self.open_calendar)
        self.today.clicked.connect(lambda: self._set_by_clerk(date.today()))
        self.clear.clicked.connect(lambda: self._set_by_clerk(None))
        self.edit.returnPressed.connect(self.commit)

    def setFocus(self, *args) -> None:  # noqa: N802 (Qt)
        self.edit.setFocus(*args)

    # -- value -------------------------------------------------------------------

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (from the model: no ``changed``)."""
        self._value = value
        self._show()

    def text_for(self, value: date | None) -> str:
        if value is None:
            return ""
        try:
            return self.era_format(value)
        except EraError:
            return value.strftime("%Y/%m/%d")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self) -> None:
        self.edit.setText(self.text_for(self._value))
        self._say("")
        if self._value is not None:
            try:
                self.era_format(self._value)
            except EraError:
                if self._value > LAST_DATE:
                    self._say(self.tr("{0}年より後の日付は和暦にできません（日付の誤りではありませんか）")
                              .format(LAST_DATE.year))
                else:
                    self._say(self.tr("明治より前の日付は和暦にできません"))

    def message_shown(self) -> bool:
        return bool(self.message.text())

    def _set_by_clerk(self, value: date | None) -> None:
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.changed.emit()

    def commit(self) -> bool:
        """Read the typed text; False (with a message shown) when it is not a date."""
        from desktop.jtext.dateparse import DateParseError, parse_date

        text = self.edit.text()
        if text == self.text_for(self._value):
            self._show()
            return True
        try:
            value = parse_date(text)
        except DateParseError as exc:
            from PySide6.QtCore import QLocale  # English once install_language chose it

            english = QLocale().language() == QLocale.Language.English
            self._say(exc.en if english else exc.ja)
            return False
        self._set_by_clerk(value)
        return True

    def revert(self) -> None:
        self._show()
        self.edit.selectAll()

    # -- calendar ----------------------------------------------------------------

    def calendar(self):
        """The calendar pop-up's QCalendarWidget, made on first use."""
        if self._calendar_menu is None:
            from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

            menu = QMenu(self)
            calendar = QCalendarWidget(menu)
            action = QWidgetAction(menu)
            action.setDefaultWidget(calendar)
            menu.addAction(action)

            def picked(qdate) -> None:
                menu.close()
                self._set_by_clerk(date(qdate.year(), qdate.month(), qdate.day()))
            calendar.activated.connect(picked)
            calendar.clicked.connect(picked)
            self._calendar_menu, self._calendar = menu, calendar
        return self._calendar

    def open_calendar(self) -> None:
        calendar = self.calendar()
        shown = self._value or date.today()
        if self._value is not None:
            calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        self._calendar_menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus()


class DateBinding(Binding):
    def __init__(self, ctx, widget: DateField, obj=None, attr=None, label=""):
        widget.changed.connect(self.user_changed)
        super().__init__(ctx, widget, obj, attr, label)

    def empty(self) -> None:
        return None

    def shown(self) -> date | None:
        return self.widget.value()

    def show(self, value: date | None) -> None:
        self.widget.set_value(value)
