"""Undo commands: the only code that changes the model while editing.

Each command changes the model in ``redo``/``undo`` and then tells the context
what changed, which updates the widgets showing it (without pushing again).
Their texts (the undo menu's) are translated in the "ReportForm" context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.ui.form.context import EditContext

MERGE_ID = 0x5E7


class SetValue(QUndoCommand):
    """Set ``obj.attr``. With ``merge``, consecutive edits of one field become one step."""

    def __init__(self, ctx: EditContext, obj: Any, attr: str, value: Any, text: str = "",
                 merge: bool = False) -> None:
        super().__init__(text or QCoreApplication.translate("ReportForm", "編集"))
        self.ctx, self.obj, self.attr = ctx, obj, attr
        self.old = getattr(obj, attr)
        self.new = value
        self.merge = merge

    def id(self) -> int:
        return MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetValue) and other.merge and self.merge
                and other.obj is self.obj and other.attr == self.attr):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def _set(self, value: Any) -> None:
        setattr(self.obj, self.attr, value)
        self.ctx.changed(self.obj, self.attr)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class ReplaceList(QUndoCommand):
    """Replace every entry of the list ``items`` (the list object stays, so its views follow)."""

    def __init__(self, ctx: EditContext, items: list, entries: list, text: str = "") -> None:
        super().__init__(text)
        self.ctx, self.items, self.new, self.old = ctx, items, list(entries), list(items)

    def redo(self) -> None:
        self.items[:] = self.new
        self.ctx.changed(self.items, None)

    def undo(self) -> None:
        self.items[:] = self.old
        self.ctx.changed(self.items, None)


class InsertItem(QUndoCommand):
    """Insert ``item`` into the list ``items`` at ``index``."""

    def __init__(self, ctx: EditContext, items: list, index: int, item: Any, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("ReportForm", "追加"))
        self.ctx, self.items, self.index, self.item = ctx, items, index, item

    def redo(self) -> None:
        self.items.insert(self.index, self.item)
        self.ctx.changed(self.items)

    def undo(self) -> None:
        del self.items[self.index]
        self.ctx.changed(self.items)


class RemoveItem(QUndoCommand):
    """Remove the entry at ``index`` (kept by the command, so undo restores it whole)."""

    def __init__(self, ctx: EditContext, items: list, index: int, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("ReportForm", "削除"))
        self.ctx, self.items, self.index = ctx, items, index
        self.item = items[index]

    def redo(self) -> None:
        self.item = self.items.pop(self.index)
        self.ctx.changed(self.items)

    def undo(self) -> None:
        self.items.insert(self.index, self.item)
        self.ctx.changed(self.items)


class MoveItem(QUndoCommand):
    """Move an entry of a list from ``source`` to ``target`` (both indexes in the final list)."""

    def __init__(self, ctx: EditContext, items: list, source: int, target: int, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("ReportForm", "並べ替え"))
        self.ctx, self.items, self.source, self.target = ctx, items, source, target

    def _move(self, a: int, b: int) -> None:
        self.items.insert(b, self.items.pop(a))
        self.ctx.changed(self.items)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)


class TransferItem(QUndoCommand):
    """Move an entry from one list to another (block indent and outdent)."""

    def __init__(self, ctx: EditContext, source: list, source_index: int, target: list,
                 target_index: int, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("ReportForm", "階層の変更"))
        self.ctx = ctx
        self.source, self.source_index = source, source_index
        self.target, self.target_index = target, target_index

    def redo(self) -> None:
        self.target.insert(self.target_index, self.source.pop(self.source_index))
        self.ctx.changed_many([(self.source, None), (self.target, None)])

    def undo(self) -> None:
        self.source.insert(self.source_index, self.target.pop(self.target_index))
        self.ctx.changed_many([(self.source, None), (self.target, None)])


def toggle_topic(ctx: EditContext, report, visit, topic_id: str, on: bool) -> QUndoCommand | None:
    """Cover a 用務 topic at a visit (a new empty section) or stop covering it.

    Unchecking removes the section with all its blocks; the command keeps them,
    so undo brings them back.
    """
    from desktop.model.report import TopicSection

    index = next((i for i, s in enumerate(visit.sections) if s.topic_id == topic_id), None)
    topic = report.topic(topic_id)
    title = topic.title if topic else ""
    if on and index is None:
        number = report.topic_number(topic_id) or 0
        at = sum(1 for s in visit.sections if (report.topic_number(s.topic_id) or 0) < number)
        return InsertItem(ctx, visit.sections, at, TopicSection(topic_id=topic_id),
                          QCoreApplication.translate("ReportForm", "用務を追加: ") + title)
    if not on and index is not None:
        return RemoveItem(ctx, visit.sections, index,
                          QCoreApplication.translate("ReportForm", "用務を外す: ") + title)
    return None
