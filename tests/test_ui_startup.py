"""The editor's first frame keeps off PySide's ``Qt`` namespace (13 ms of start-up
to build; see desktop.ui.enumprops), and the enum properties set by name instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter

from desktop.ui.enumprops import set_enum
from freshwindow import run_with_window


def test_first_frame_does_not_build_the_qt_namespace(tmp_path):
    """A fresh process: the window with the sample, shown and painted (every widget,
    the preview's placeholder page too), has not needed ``Qt``; the preview's layout
    afterwards does, and works."""
    out = run_with_window(tmp_path, """
        QtCore = sys.modules["PySide6.QtCore"]
        win.show()
        app.processEvents()
        frame = win.grab()  # paints the window and all its children now
        print("PAINTED", not frame.isNull(), win.preview.canvas.pages == [])
        print("QT-BUILT-AT-FIRST-FRAME", "Qt" in vars(QtCore))
        from PySide6.QtTest import QTest
        for _ in range(200):
            if win.preview.page_count():
                break
            QTest.qWait(25)
        print("PAGES", win.preview.page_count())
    """)
    assert "PAINTED True True" in out.stdout, out.stdout + out.stderr
    assert "QT-BUILT-AT-FIRST-FRAME False" in out.stdout, out.stdout + out.stderr
    pages = [line for line in out.stdout.splitlines() if line.startswith("PAGES")]
    assert pages and int(pages[0].split()[1]) >= 10, out.stdout + out.stderr


def test_set_enum_sets_enum_and_flag_properties_by_key(qapp):
    splitter = QSplitter()
    set_enum(splitter, "orientation", "Vertical")
    assert splitter.orientation() == Qt.Orientation.Vertical
    label = QLabel()
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    view = QListWidget()
    set_enum(view, "textElideMode", "ElideRight")
    set_enum(view, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


@pytest.mark.parametrize("name, keys, message", [
    ("orientation", "Sideways", "unknown key"),
    ("orientatoin", "Vertical", "no enum property"),
    ("opaqueResize", "true", "no enum property"),  # a property, but not an enum
])
def test_set_enum_refuses_what_would_silently_do_nothing(qapp, name, keys, message):
    splitter = QSplitter()
    with pytest.raises(ValueError, match=message):
        set_enum(splitter, name, keys)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert name not in [bytes(p).decode() for p in splitter.dynamicPropertyNames()]
