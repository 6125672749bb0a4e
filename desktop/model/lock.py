"""Who has a draft open: a lock file beside it naming the user, machine and time.

As office suites do (LibreOffice's ``.~lock.NAME#``, Word's ``~$NAME``), an editor
that opens ``報告書.shutcho`` writes ``.~lock.報告書.shutcho#`` beside it, holding
one JSON object::

    {"app": "shutcho", "user": "yamada", "host": "PC-GIKAI-07", "pid": 4242,
     "since": "2026-11-29T10:15:00"}

A second window, or a colleague on the shared drive, finds the file and is told
who has the draft since when; they may open it read-only (or take it over, when
the lock is plainly left over). The lock is created with O_EXCL, so two editors
racing for it cannot both win. A lock whose process is gone (same machine, the
pid no longer runs) is stale and is taken over silently; on another machine
nothing can be known, so the clerk decides.

Why not ``filelock`` or ``portalocker``: they hold an OS lock (flock / LockFileEx)
on a file, which cannot tell anyone *who* holds it, is unreliable on SMB/NFS
shares, and vanishes with the process; the design here needs a file whose
content names its owner. Pure Python, no Qt.

A folder where the lock cannot be written (a read-only share, a name at the
length limit) opens the draft without a lock rather than not at all.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

PREFIX = ".~lock."
SUFFIX = "#"
MAX_LOCK_BYTES = 4096
_HELD: set[Path] = set()
"""Lock files this process holds (another window of this process is "someone" too)."""


class Owner(NamedTuple):
    """Who holds a lock, as its file says."""

    user: str
    host: str
    pid: int
    since: str

    def text(self) -> tuple[str, str]:
        """("山田 (PC-GIKAI-07) が 2026-11-29 10:15 から開いています", English)."""
        when = self.since.replace("T", " ")[:16] if self.since else "?"
        return (f"{self.user or '不明な利用者'}（{self.host or '不明なコンピューター'}）が "
                f"{when} から開いています",
                f"opened by {self.user or 'an unknown user'} on {self.host or 'an unknown computer'} "
                f"since {when}")


class DraftLocked(Exception):
    """The draft is open elsewhere; ``owner`` says by whom."""

    def __init__(self, draft: Path, owner: Owner):
        self.draft = draft
        self.owner = owner
        ja, en = owner.text()
        super().__init__(f"{draft.name}: {ja} ({en})")


def lock_path(draft: str | Path) -> Path:
    """``.~lock.<name>#`` beside the draft (a short hashed name when that would be too long)."""
    draft = Path(draft)
    name = f"{PREFIX}{draft.name}{SUFFIX}"
    if len(name.encode("utf-8", "surrogatepass")) > 255:
        import hashlib  # here: it loads OpenSSL (25 ms), and only a very long name needs it

        digest = hashlib.sha1(draft.name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        name = f"{PREFIX}{digest}{SUFFIX}"
    return draft.parent / name


def _host() -> str:
    # The editor opens a draft before its first frame: os.uname's node name is what
    # gethostname() returns on POSIX, without importing socket (~3 ms, more with PySide6
    # loaded); Windows has no os.uname.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    # What getpass.getuser() does, without importing getpass (and termios) before the
    # editor's first frame: these variables in this order, then the password database.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    try:
        import pwd  # POSIX only

        return pwd.getpwuid(os.getuid()).pw_name
    except Exception:  # noqa: BLE001 - no user name anywhere (or Windows without USERNAME)
        return ""


def me() -> Owner:
    user = _user()
    return Owner(user, _host(), os.getpid(),
                 datetime.now().isoformat(timespec="seconds"))


def read_owner(draft: str | Path) -> Owner | None:
    """The owner named by the draft's lock file, or None when there is none.

    A lock file that cannot be read or parsed still means "someone has it".
    """
    path = lock_path(draft)
    try:
        raw = path.read_bytes()[:MAX_LOCK_BYTES]
    except FileNotFoundError:
        return None
    except OSError:
        return Owner("", "", 0, "")
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError
        pid = data.get("pid")
        return Owner(str(data.get("user", ""))[:64], str(data.get("host", ""))[:64],
                     pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
                     str(data.get("since", ""))[:32])
    except (ValueError, UnicodeDecodeError):
        return Owner("", "", 0, "")


def is_stale(owner: Owner) -> bool:
    """True when the owner is a process of this machine that no longer runs."""
    if owner.host != _host() or owner.pid <= 0 or os.name != "posix":
        return False
    if owner.pid == os.getpid():
        return False
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _hide(path: Path) -> None:
    """Windows: mark the lock file hidden, as office suites do (a dot does not hide it there)."""
    if os.name == "nt":
        with contextlib.suppress(Exception):
            import ctypes
            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN


class DraftLock:
    """This editor's lock on one draft; ``release`` removes the file if it is still ours."""

    def __init__(self, draft: Path, path: Path | None, owner: Owner):
        self.draft = draft
        self.path = path  # None: the folder would not take a lock file
        self.owner = owner

    @property
    def held(self) -> bool:
        return self.path is not None

    def release(self) -> None:
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            if read_owner(self.draft) == self.owner:
                self.path.unlink()
        _HELD.discard(self.path)
        self.path = None


def acquire(draft: str | Path, *, take_over: bool = False) -> DraftLock:
    """Lock ``draft`` for this editor, or raise DraftLocked naming who has it.

    A stale lock (its process is gone) is taken over; ``take_over`` takes any lock
    (the clerk chose to). Our own lock (this process) is simply reused.
    """
    draft = Path(draft)
    path = lock_path(draft)
    owner = me()
    payload = json.dumps({"app": "shutcho", "user": owner.user, "host": owner.host,
                          "pid": owner.pid, "since": owner.since}, ensure_ascii=False)
    for _ in range(3):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_owner(draft)
            if holder is None:
                continue  # removed meanwhile: try again
            ours = holder.host == owner.host and holder.pid == owner.pid and path not in _HELD
            if take_over or ours or is_stale(holder):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            raise DraftLocked(draft, holder) from None
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                raise
            return DraftLock(draft, None, owner)  # read-only share, name too long...
        try:
            os.write(fd, payload.encode("utf-8", "surrogatepass"))
        finally:
            os.close(fd)
        _hide(path)
        _HELD.add(path)
        return DraftLock(draft, path, owner)
    return DraftLock(draft, None, owner)


class DiskStamp(NamedTuple):
    """What the draft on disk looked like when it was opened or saved."""

    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        try:
            info = os.stat(path)
        except OSError:
            return None
        return cls(info.st_mtime_ns, info.st_size)


def changed_on_disk(path: str | Path, stamp: DiskStamp | None) -> bool:
    """True when ``path`` is not the file it was at ``stamp`` (rewritten or removed)."""
    return stamp is not None and DiskStamp.of(path) != stamp
