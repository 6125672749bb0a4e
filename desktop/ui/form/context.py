"""The editing context shared by every widget of the form.

``Binder`` connects model objects to the widgets that show them: a widget
watches ``(obj, attr)`` (``attr`` None for a list's structure) or a whole class;
every undo command calls ``EditContext.changed`` after touching the model, which
refreshes exactly the watching widgets and emits ``edited``. Widgets never
change the model themselves: they push commands.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

_tokens = itertools.count(1)


class Binder:
    """Model object -> watching callbacks, grouped by an owner token for removal."""

    def __init__(self) -> None:
        self._watch: dict[tuple[int, str | None], list[tuple[int, Any, Callable[[], None]]]] = {}
        self._types: dict[type, list[tuple[int, Callable[[Any, str | None], None]]]] = {}
        self._owned: dict[int, set] = {}

    @staticmethod
    def new_owner() -> int:
        return next(_tokens)

    def watch(self, obj: Any, attr: str | None, callback: Callable[[], None], owner: int) -> None:
        key = (id(obj), attr)
        # The entry keeps ``obj`` alive, so its id cannot be reused while watched.
        self._watch.setdefault(key, []).append((owner, obj, callback))
        self._owned.setdefault(owner, set()).add(key)

    def watch_type(self, cls: type, callback: Callable[[Any, str | None], None], owner: int) -> None:
        self._types.setdefault(cls, []).append((owner, callback))
        self._owned.setdefault(owner, set()).add(("type", cls))

    def drop(self, owner: int) -> None:
        for key in self._owned.pop(owner, ()):
            table = self._types if key[0] == "type" else self._watch
            k = key[1] if key[0] == "type" else key
            entries = [e for e in table.get(k, []) if e[0] != owner]
            if entries:
                table[k] = entries
            else:
                table.pop(k, None)

    def notify(self, obj: Any, attr: str | None) -> None:
        key = (id(obj), attr)
        for entry in list(self._watch.get(key, ())):
            if entry in self._watch.get(key, ()):  # not dropped by an earlier callback
                entry[2]()
        for entry in list(self._types.get(type(obj), ())):
            if entry in self._types.get(type(obj), ()):
                entry[1](obj, attr)

    def clear(self) -> None:
        self._watch.clear()
        self._types.clear()
        self._owned.clear()


def block_text(block) -> str:
    """A block's own text: a paragraph's, a heading's or item's title, a photo's caption."""
    for attr in ("text", "title", "caption"):
        value = getattr(block, attr, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


class EditContext(QObject):
    """Undo stack + binder + the form (for its ask-methods)."""

    edited = Signal()

    def __init__(self, undo_stack: QUndoStack, form) -> None:
        super().__init__(form)
        self.undo_stack = undo_stack
        self.binder = Binder()
        self.form = form
        self.presets = None
        """A callable giving the clerk's presets (desktop.model.presets) or None; set by the window."""

    def block_selected(self, visit, text: str) -> None:
        """A block of ``visit`` is being edited; ``text`` is what the preview looks for
        to show it (issue 12, finding 8)."""
        shown = getattr(self.form, "block_shown", None)
        if shown is None or not text.strip():
            return
        destinations = self.form.report().destinations
        index = next((i for i, d in enumerate(destinations) if d.visit is visit), -1)
        if index >= 0:
            shown.emit(index, text.strip().splitlines()[0])

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def changed(self, obj: Any, attr: str | None = None) -> None:
        """Called by commands after each change of the model (do, undo, redo)."""
        self.binder.notify(obj, attr)
        self.edited.emit()

    def changed_many(self, pairs: list[tuple[Any, str | None]]) -> None:
        for obj, attr in pairs:
            self.binder.notify(obj, attr)
        self.edited.emit()
