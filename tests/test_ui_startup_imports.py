"""What opening a draft at start-up imports before the first frame (docs/architecture.md,
the first-frame rule): the draft lock is taken without socket, getpass or hashlib
(OpenSSL), and the pure-Python modules the window needs load before PySide6, whose
import hook reads the source of every module imported after it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

from conftest import ROOT, SAMPLE

CHILD = """\
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
import desktop.ui.app as app_module  # as desktop.cli starts the editor
from PySide6.QtCore import QSettings
from desktop.model import lock
from desktop.ui.settings import AppSettings
app = app_module.make_application()
settings = AppSettings(QSettings({ini!r}, QSettings.Format.IniFormat))
win = app_module.create_window({path!r}, settings, {recovery!r})
win.show()
app.processEvents()
order = list(sys.modules)
after_qt = order[order.index("PySide6"):]
owner = lock.read_owner({path!r})
print("LOCKED", owner is not None and owner.pid == os.getpid())
print("HEAVY", [m for m in ("hashlib", "_hashlib", "socket", "getpass") if m in sys.modules])
print("PURE-AFTER-QT", [m for m in after_qt if m.startswith("desktop.") and not m.startswith("desktop.ui")])
"""


def test_a_draft_opened_at_start_is_locked_without_socket_getpass_or_hashlib(tmp_path):
    path = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    code = CHILD.format(root=str(ROOT), path=str(path), ini=str(tmp_path / "s.ini"),
                        recovery=str(tmp_path / "recovery"))
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, timeout=120)
    assert "LOCKED True" in out.stdout, out.stdout + out.stderr
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
    assert "PURE-AFTER-QT []" in out.stdout, out.stdout + out.stderr


def test_the_lock_names_the_same_user_and_host_as_the_standard_library():
    """The start-up shortcuts in desktop.model.lock give what getpass and socket give."""
    import getpass
    import socket

    from desktop.model import lock

    owner = lock.me()
    assert owner.host == socket.gethostname()
    assert owner.user == getpass.getuser()


def test_the_lock_user_without_user_variables_is_the_password_database_name(monkeypatch):
    import getpass

    from desktop.model import lock

    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    assert lock.me().user == getpass.getuser()
    monkeypatch.setenv("USER", "yamada")
    assert lock.me().user == getpass.getuser() == "yamada"
