"""A reusable editor for a list of entries shown as table rows.

Add, remove, move up/down buttons; Ctrl+Up/Ctrl+Down (or Alt+Up/Down) and
drag-and-drop reorder rows. Every change is an undo command. Cells edit one
field of the row's entry (text, a combo with free text, or a check box), or
only display it (``kind="display"``, edited elsewhere in a detail editor).

Typing into a cell replaces its text. A text or combo column with ``completions``
offers, as a popup list under the cell, the words it was given that start with what
was typed (the role and title cells: titles the clerk chose). Nothing is completed
inline: Enter keeps exactly what was typed (委員 stays 委員 while 委員長 is offered);
a listed title is taken only by choosing it (↓ then Enter, or a click).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.form.commands import InsertItem, MoveItem, RemoveItem, SetValue
from desktop.ui.form.context import EditContext


@dataclass
class Column:
    header: str
    target: Callable[[Any], tuple[Any, str]]
    """Row entry -> (object, attribute) the cell edits."""
    kind: str = "text"  # text | combo | check | display
    choices: tuple[str, ...] = ()
    width: int = 0  # 0: stretch
    display: Callable[[Any], str] | None = None  # for kind="display"
    completions: Callable[[], list[str]] | None = None
    """For text and combo cells: the words offered in a popup as the clerk types."""


def field(*path: str) -> Callable[[Any], tuple[Any, str]]:
    """``field("name", "family")`` -> row.name, "family"."""
    def target(row):
        obj = row
        for name in path[:-1]:
            obj = getattr(obj, name)
        return obj, path[-1]
    return target


class _EnterCommits(QObject):
    """Enter (or Tab) in the completion popup commits the cell at once: the chosen title if
    one is highlighted, else exactly the typed text; Tab then edits the next cell.
    (QCompleter alone only hides the popup and hands the key to the line edit past the
    delegate: the first Enter did nothing, and Tab lost the keyboard focus.)"""

    def __init__(self, completer: QCompleter, delegate: QAbstractItemDelegate, editor) -> None:
        super().__init__(completer)
        self.completer, self.delegate, self.editor = completer, delegate, editor

    HINTS = {Qt.Key.Key_Return: QAbstractItemDelegate.EndEditHint.NoHint,
             Qt.Key.Key_Enter: QAbstractItemDelegate.EndEditHint.NoHint,
             Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
             Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.KeyPress and event.key() in self.HINTS:
            popup = self.completer.popup()
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                if isinstance(self.editor, QComboBox):
                    self.editor.setEditText(index.data())
                else:
                    self.editor.setText(index.data())
            self.editor.setFocus()  # the popup had the keyboard: give it back before closing
            self.delegate.commitData.emit(self.editor)
            self.delegate.closeEditor.emit(self.editor, self.HINTS[event.key()])
            return True
        return False


def _offer(line_edit: QLineEdit, completions: Callable[[], list[str]] | None,
           delegate: QAbstractItemDelegate, editor) -> None:
    """Offer ``completions()`` starting with the typed text in a popup list (never inline)."""
    if completions is None:
        return
    completer = QCompleter(completions(), line_edit)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    line_edit.setCompleter(completer)
    completer.popup().installEventFilter(_EnterCommits(completer, delegate, editor))


class _TextDelegate(QStyledItemDelegate):
    """A line edit for a cell, offering the column's completions in a popup."""

    def __init__(self, completions: Callable[[], list[str]], parent=None) -> None:
        super().__init__(parent)
        self.completions = completions

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt)
        edit = QLineEdit(parent)
        edit.setFrame(False)
        _offer(edit, self.completions, self, edit)
        return edit

    def setEditorData(self, editor, index):  # noqa: N802 (Qt)
        editor.setText(index.data() or "")
        editor.selectAll()  # typing replaces the cell, as in a spreadsheet

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt)
        model.setData(index, editor.text())


class _ComboDelegate(QStyledItemDelegate):
    """An editable combo box for a cell: listed choices or free text."""

    def __init__(self, choices: tuple[str, ...], completions: Callable[[], list[str]] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.completions = completions

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        combo.setMaxVisibleItems(20)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No inline completion: 委員 + Enter stays 委員 (never 委員長). Longer titles the
        # clerk chose are offered in a popup (and in the list, Alt+↓ or F4), never guessed.
        combo.setCompleter(None)
        _offer(combo.lineEdit(), self.completions, self, combo)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 (Qt)
        editor.setEditText(index.data() or "")
        editor.lineEdit().selectAll()  # typing replaces the cell, as in a spreadsheet

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt)
        model.setData(index, editor.currentText())


class RowTable(QTableWidget):
    """A table whose rows move with Ctrl/Alt+Up/Down and drag and drop."""

    move_requested = Signal(int, int)
    delete_requested = Signal()
    resized = Signal()
    typed_when_empty = Signal(str)
    """Text typed while the table has no row (the editor adds one and puts the text in)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the table (arrows move between cells); while a cell is being edited,
        # Tab still commits it and edits the next cell.
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        row = self.currentRow()
        if mods and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= target < self.rowCount():
                self.move_requested.emit(row, target)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not mods and row >= 0:
            self.delete_requested.emit()
            event.accept()
            return
        text = event.text()
        if self.rowCount() == 0 and text and text.isprintable() and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.typed_when_empty.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.resized.emit()

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt)
        """Tab in the last cell (Shift+Tab in the first) commits it and leaves the table,
        instead of wrapping round to edit the first cell again, where the next words
        typed would replace what was just written."""
        Hint = QAbstractItemDelegate.EndEditHint
        row, col, last = self.currentRow(), self.currentColumn(), self.columnCount() - 1
        leave = ((hint == Hint.EditNextItem and row == self.rowCount() - 1 and col == last)
                 or (hint == Hint.EditPreviousItem and row == 0 and col == 0))
        super().closeEditor(editor, Hint.SubmitModelCache if leave else hint)
        if leave:
            self.focusNextPrevChild(hint == Hint.EditNextItem)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.source() is not self:
            event.ignore()
            return
        source = self.currentRow()
        pos = event.position().toPoint()
        target = self.rowAt(pos.y())
        if target < 0:
            target = self.rowCount() - 1
        else:
            rect = self.visualRect(self.model().index(target, 0))
            if pos.y() > rect.center().y() and target < source:
                target += 1
            elif pos.y() < rect.center().y() and target > source:
                target -= 1
        # Copy action: the view must not remove the dragged row itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if source >= 0 and target != source:
            self.move_requested.emit(source, target)


class ListEditor(QWidget):
    """Rows of a model list, with buttons. ``current_changed`` gives the selected row (-1: none)."""

    current_changed = Signal(int)
    added = Signal(int)
    """A row was added by the clerk (its index); an editor without editable cells
    moves the focus to its detail fields."""

    def __init__(self, ctx: EditContext, columns: list[Column], factory: Callable[[], Any],
                 noun: str, numbering: Callable[[int], str] | None = None,
                 visible_rows: int = 5, parent=None) -> None:
        super().__init__(parent)
        self.remover: Callable[[int], bool] | None = None
        """Removes row ``i`` itself (asking first, removing what goes with it); True if
        it handled the removal, even by the clerk declining."""
        self.ctx, self.columns, self.factory, self.noun = ctx, columns, factory, noun
        self.numbering = numbering
        self.items: list | None = None
        self.owner = ctx.binder.new_owner()
        self.destroyed.connect(lambda *_: ctx.binder.drop(self.owner))
        self._updating = False

        self.table = RowTable()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for i, col in enumerate(columns):
            if col.kind == "combo":
                self.table.setItemDelegateForColumn(
                    i, _ComboDelegate(col.choices, col.completions, self.table))
            elif col.kind == "text" and col.completions is not None:
                self.table.setItemDelegateForColumn(i, _TextDelegate(col.completions, self.table))
            if col.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(i, col.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        vheader = self.table.verticalHeader()
        vheader.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.visible_rows = visible_rows
        self.table.itemChanged.connect(self._item_changed)
        self.table.move_requested.connect(self.move)
        self.table.typed_when_empty.connect(self._typed_when_empty)
        self.table.delete_requested.connect(self.remove)
        self.table.resized.connect(self._fit_columns)
        self.table.currentCellChanged.connect(lambda row, *_: self._current(row))

        self.add_button = QPushButton(self.tr("追加"))
        self.remove_button = QPushButton(self.tr("削除"))
        self.up_button = QPushButton(self.tr("上へ"))
        self.down_button = QPushButton(self.tr("下へ"))
        self.up_button.setToolTip(self.tr("上へ移動 (Ctrl+↑)"))
        self.down_button.setToolTip(self.tr("下へ移動 (Ctrl+↓)"))
        self.remove_button.setToolTip(self.tr("削除 (Delete)"))
        # Tab goes table → 追加 → the next field; the other buttons have keys in the table.
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fit_height()
        self._enable()

    # -- model ---------------------------------------------------------------

    def set_list(self, items: list | None) -> None:
        self.ctx.binder.drop(self.owner)
        self.items = items
        self.setEnabled(items is not None)
        self._rebuild()

    def current_row(self) -> int:
        return self.table.currentRow()

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, column)

    def add(self) -> None:
        if self.items is None:
            return
        row = self.current_row()
        index = row + 1 if row >= 0 else len(self.items)
        self.ctx.push(InsertItem(self.ctx, self.items, index, self.factory(),
                                 self.tr("追加: ") + self.noun))
        column = self._first_editable()
        self.select_row(index, column)
        self.table.setFocus()
        if self.columns[column].kind in ("text", "combo"):
            self.table.editItem(self.table.item(index, column))  # the caret in the new row
        self.added.emit(index)

    def _typed_when_empty(self, text: str) -> None:
        from PySide6.QtWidgets import QApplication, QLineEdit

        self.add()
        editor = QApplication.focusWidget()
        if isinstance(editor, QComboBox) and editor.isEditable():
            editor = editor.lineEdit()
        if isinstance(editor, QLineEdit):
            editor.insert(text)

    def remove(self) -> None:
        row = self.current_row()
        if self.items is None or not 0 <= row < len(self.items):
            return
        if self.remover is not None and self.remover(row):
            self.select_row(min(row, len(self.items) - 1))
            return
        self.ctx.push(RemoveItem(self.ctx, self.items, row, self.tr("削除: ") + self.noun))
        self.select_row(min(row, len(self.items) - 1))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.move(row, row + step)

    def move(self, source: int, target: int) -> None:
        if self.items is None or not (0 <= source < len(self.items) and 0 <= target < len(self.items)):
            return
        column = max(self.table.currentColumn(), 0)
        self.ctx.push(MoveItem(self.ctx, self.items, source, target, self.tr("並べ替え: ") + self.noun))
        self.select_row(target, column)

    # -- view ----------------------------------------------------------------

    def _first_editable(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.kind in ("text", "combo")), 0)

    def _fit_columns(self) -> None:
        """Fixed-width columns shrink in proportion when the table is narrower than they
        need, so every column stays in view without a horizontal scroll bar (issue 12,
        finding 6); each stretching column keeps at least 48 px."""
        fixed = [(i, c.width) for i, c in enumerate(self.columns) if c.width]
        if not fixed:
            return
        stretch = len(self.columns) - len(fixed)
        room = self.table.viewport().width() - 48 * stretch
        wanted = sum(width for _i, width in fixed)
        scale = min(1.0, max(room, 0) / wanted) if wanted else 1.0
        for i, width in fixed:
            self.table.setColumnWidth(i, max(24, int(width * scale)))

    def _fit_height(self) -> None:
        rows = max(self.visible_rows, min(self.table.rowCount() + 1, 12))
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.table.setMinimumHeight(height)
        self.table.setMaximumHeight(height)

    def _rebuild(self) -> None:
        binder = self.ctx.binder
        binder.drop(self.owner)
        current = self.current_row()
        self._updating = True
        try:
            items = self.items or []
            self.table.setRowCount(len(items))
            for row, entry in enumerate(items):
                for col, column in enumerate(self.columns):
                    self._fill(row, col, entry)
                    obj, attr = column.target(entry)
                    binder.watch(obj, attr, lambda e=entry, c=col: self._refresh_cell(e, c), self.owner)
            self._number_rows()
        finally:
            self._updating = False
        if self.items is not None:
            binder.watch(self.items, None, self._rebuild, self.owner)
        self._fit_height()
        if items and current >= len(items):
            self.select_row(len(items) - 1)
        self._enable()
        self.current_changed.emit(self.current_row() if items else -1)

    def _number_rows(self) -> None:
        number = self.numbering or str
        self.table.setVerticalHeaderLabels([number(i) for i in range(1, self.table.rowCount() + 1)])

    def _fill(self, row: int, col: int, entry: Any) -> None:
        column = self.columns[col]
        obj, attr = column.target(entry)
        value = getattr(obj, attr)
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if column.kind == "check":
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif column.kind == "display":
            item.setFlags(flags)
            text = column.display(entry) if column.display else str(value)
            item.setText(text)
            item.setToolTip(str(value))
        else:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
            item.setText(value)

    def _refresh_cell(self, entry: Any, col: int) -> None:
        if self.items is None:
            return
        row = next((i for i, e in enumerate(self.items) if e is entry), -1)
        if row < 0 or row >= self.table.rowCount():
            return
        self._updating = True
        try:
            self._fill(row, col, entry)
        finally:
            self._updating = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or self.items is None:
            return
        row, col = item.row(), item.column()
        column = self.columns[col]
        if not 0 <= row < len(self.items) or column.kind == "display":
            return
        obj, attr = column.target(self.items[row])
        if column.kind == "check":
            value: Any = item.checkState() == Qt.CheckState.Checked
        else:
            value = item.text()
        if value != getattr(obj, attr):
            self.ctx.push(SetValue(self.ctx, obj, attr, value,
                                   self.tr("編集: ") + f"{self.noun} {column.header}"))

    def _current(self, row: int) -> None:
        self._enable()
        if not self._updating:
            self.current_changed.emit(row)

    def _enable(self) -> None:
        row = self.current_row()
        count = self.table.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        hint = super().sizeHint()
        return QSize(max(hint.width(), 320), hint.height())

    def focus_entry(self, row: Any, attr: Any = None) -> bool:
        """Select a row (and the cell of ``attr``) and focus the table; False if no such row."""
        if self.items is None or not isinstance(row, int) or not 0 <= row < len(self.items):
            return False
        col = 0
        if attr is not None:
            col = next((i for i, c in enumerate(self.columns)
                        if c.target(self.items[row])[1] == attr), self._first_editable())
        else:
            col = self._first_editable()
        from desktop.ui.form.page import focus_widget
        self.select_row(row, col)
        focus_widget(self.table)
        return True
