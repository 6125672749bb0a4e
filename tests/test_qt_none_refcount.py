"""Guard against the PySide6 fault that kills the app: void calls must not steal None.

PySide6 6.12.0 on Python 3.11 decrements ``None``'s reference count on every
Qt method that returns nothing (void). None is not immortal before Python 3.12,
so after enough calls the count reaches zero and the interpreter aborts with
``Fatal Python error: none_dealloc`` — in the editor, after some minutes of
typing. pyproject.toml excludes 6.12.0; this test catches a future release with
the same fault: 1,000 void calls must leave ``sys.getrefcount(None)`` where it
was (the faulty release drops it by 1,000; a small tolerance absorbs unrelated
interpreter activity). On Python 3.12+ None is immortal and the count is fixed,
so the test passes trivially there.

The widget case runs in a fresh interpreter with its own QApplication: it does
not depend on which Qt application earlier tests left behind, and a faulty
release that aborts takes down only that process, not the test run.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

from PySide6.QtCore import QObject

from conftest import ROOT

CALLS = 1_000
TOLERANCE = 50


def drop_after_void_calls(call, calls=CALLS):
    for _ in range(10):  # warm up caches so the measurement is steady
        call()
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    return before - sys.getrefcount(None)


def test_void_qobject_method_keeps_none():
    obj = QObject()
    assert obj.setObjectName("report") is None
    assert drop_after_void_calls(lambda: obj.setObjectName("report")) < TOLERANCE


WIDGET_SCRIPT = f"import sys\nCALLS = {CALLS}\n" + inspect.getsource(drop_after_void_calls) + """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
assert widget.setWindowTitle("出張報告書エディタ") is None
print(drop_after_void_calls(lambda: widget.setWindowTitle("出張報告書エディタ")))
"""


def test_void_widget_method_keeps_none():
    result = subprocess.run([sys.executable, "-c", WIDGET_SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, f"the Qt process died: {result.stderr[-2000:]}"
    assert int(result.stdout.strip().splitlines()[-1]) < TOLERANCE
