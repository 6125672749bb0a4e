"""Common parts of the form's pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.form.context import EditContext


class Page(QWidget):
    """A page of the form: a column of groups. ``focus(key)`` shows a field of it."""

    title = ""

    def __init__(self, ctx: EditContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 12, 16, 16)
        self.column.setSpacing(12)

    def group(self, title: str, form: bool = False) -> tuple[QGroupBox, QFormLayout | QVBoxLayout]:
        box = QGroupBox(title)
        layout = QFormLayout(box) if form else QVBoxLayout(box)
        if form:
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.column.addWidget(box)
        return box, layout

    def finish(self) -> None:
        self.column.addStretch(1)

    def focus(self, key: tuple) -> bool:
        return False


def text_box(lines: int = 4, fixed: bool = True) -> QPlainTextEdit:
    """A multi-line text field ``lines`` lines high (at least, unless ``fixed``)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    if fixed:
        edit.setFixedHeight(height)
    else:
        edit.setMinimumHeight(height)
    return edit


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


def focus_widget(widget: QWidget) -> bool:
    """Make a widget visible in its scroll area and give it the keyboard focus."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 40, 40)
    widget.setFocus()
    return True


def first_field(page: QWidget, among: list | None = None) -> QWidget | None:
    """The first field of a page that takes the keyboard (in building order), or of
    ``among`` (widgets of the page)."""
    first = getattr(page, "first_field", None) if among is None else None
    if first is None:
        from PySide6.QtCore import Qt

        first = next((w for w in (page.findChildren(QWidget) if among is None else among)
                      if w.isEnabled() and w.isVisibleTo(page)
                      and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                      and not isinstance(w, QGroupBox)), None)
    return first
