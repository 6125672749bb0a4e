"""Start-up tests: run a few lines against the editor's window in a fresh Python process.

What start-up imports or builds cannot be seen in the test process, which has
loaded everything already.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT, SAMPLE

PROLOGUE = """\
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path[:0] = [{root!r}, {tests!r}]
from PySide6.QtCore import QSettings
from desktop.ui.app import make_application, create_window
from desktop.ui.settings import AppSettings
app = make_application()
settings = AppSettings(QSettings({ini!r}, QSettings.Format.IniFormat))
win = create_window({path!r}, settings, {recovery!r})
"""


def run_with_window(tmp_path: Path, body: str, path: str | None = "sample") -> subprocess.CompletedProcess:
    """Make the application and the window with a copy of the sample, or ``path`` (None:
    as started without a file), (``app``, ``win``, not yet shown) in a new process with
    its settings in ``tmp_path``, then run ``body``.

    The sample is copied: the child ends without closing its window, as a crash would,
    and leaves its lock file beside the draft it opened.
    """
    if path == "sample":
        path = str(tmp_path / SAMPLE.name)
        shutil.copyfile(SAMPLE, path)
    code = PROLOGUE.format(root=str(ROOT), tests=str(ROOT / "tests"), path=path,
                           ini=str(tmp_path / "s.ini"), recovery=str(tmp_path / "recovery"))
    code += textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
