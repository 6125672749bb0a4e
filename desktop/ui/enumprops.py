"""Setting a widget's ``Qt::`` enum property by key name, through Qt's property system.

The first use of any member of PySide's ``Qt`` namespace, even
``from PySide6.QtCore import Qt``, builds all of its ~90 enums as Python enums:
13 ms on the reference machine, a tenth of the editor's start-up. Everything
built and painted before the window first shows therefore keeps off ``Qt``:
it sets its few ``Qt::`` enum properties by key name, which Qt converts in C++
(``set_enum(splitter, "orientation", "Vertical")``). Code that runs once the
window shows uses ``Qt`` as usual. ``tests/test_ui_startup.py`` keeps it so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum(obj: QObject, name: str, keys: str) -> None:
    """Set the enum (or flags, ``"A|B"``) property ``name`` of ``obj`` to ``keys``.

    Raises ValueError for a property ``obj`` does not have or a key its enum
    does not know, rather than leaving the widget silently unchanged.
    """
    meta = obj.metaObject()
    index = meta.indexOfProperty(name)
    if index < 0 or not meta.property(index).isEnumType():
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r}")
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__}.{name}: unknown key in {keys!r}")
