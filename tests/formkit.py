"""Helpers for the form tests: build a ReportForm and edit it through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.ui.form import ReportForm


def make_form(qtbot, report=None) -> ReportForm:
    stack = QUndoStack()
    form = ReportForm(stack)
    form.stack_ = stack  # keep the stack alive with the form
    qtbot.addWidget(form)
    if report is not None:
        form.set_report(report)
    errors: list[str] = []
    form.errors = errors
    form.show_error = errors.append
    form.ask_photo_path = lambda: None
    return form


def set_cell(editor, row: int, col: int, text: str) -> None:
    """Edit a table cell as a delegate commits it."""
    editor.table.item(row, col).setText(text)


def type_date(field, text: str) -> None:
    """Type ``text`` into a DateField and press Enter, as a clerk does."""
    field.edit.setText(text)
    field.edit.returnPressed.emit()
    assert not field.message.text(), field.message.text()


def check_cell(editor, row: int, col: int, on: bool) -> None:
    editor.table.item(row, col).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def cells(editor, col: int) -> list[str]:
    return [editor.table.item(r, col).text() for r in range(editor.table.rowCount())]


def row_labels(editor) -> list[str]:
    table = editor.table
    return [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]


def tree_labels(tree) -> list[str]:
    """Labels of the block tree, depth-first, indented by two spaces a level."""
    out: list[str] = []

    def walk(item, depth):
        for i in range(item.childCount()):
            child = item.child(i)
            out.append("  " * depth + child.text(0))
            walk(child, depth + 1)

    walk(tree.tree.invisibleRootItem(), 0)
    return out


def write_png(path, width: int, height: int) -> str:
    from PIL import Image

    Image.new("RGB", (width, height), (200, 120, 40)).save(path)
    return str(path)
