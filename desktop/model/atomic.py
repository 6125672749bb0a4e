"""Atomic file replacement: check the target, write beside it, verify, fsync, replace.

Every save and export goes through here (drafts, DOCX, PDF, the recovery file and
its side file). If anything fails, the previous file is untouched, no temporary
file is left behind, and the OSError raised says what went wrong
(``describe_os_error`` turns it into one Japanese + English sentence).

The rules, the same for every kind of file:

- **Checked first.** A folder, a read-only file, a missing folder or an impossible
  name is refused before anything is written (``check_target``).
- **Short temporary names.** The temporary file is ``.shutcho-XXXXXXXX.tmp`` beside
  the target (21 bytes), so every name the file system accepts can be saved.
- **Verified before it replaces anything.** The written size must be what was
  meant to be written, and a caller may verify the content (a PDF must end with
  its trailer); a short file is an ``IncompleteWrite``, never a replacement.
- **Symlinks are followed, for saves and exports alike.** Saving to a link
  replaces the file the link points to (atomically, beside that file); the link
  stays a link. A dangling link names the file to create.
- **A locked target** (Windows: ``os.replace`` fails with PermissionError while
  Word has the file open) becomes ``TargetLocked``: "close it in Word".
- **Stale temporary files of ours** (our prefix, in the folder we write to) are
  removed on each write: a crash or a kill mid-save leaves one. On POSIX a writer holds
  an exclusive lock (``flock``) on its temporary file for as long as it lives, so one
  nobody holds, untouched for a minute, is left over and goes at the next save; where no lock
  can tell (Windows, a network drive without locks) it goes when it is a day old.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Read once: os.umask can only be read by setting it, which is not thread-safe
# (autosave writes from a timer while the UI may create files).
_UMASK = os.umask(0)
os.umask(_UMASK)

TEMP_PREFIX = ".shutcho-"
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 24 * 3600
"""A temporary file of ours untouched this long is left over from a crash: removed."""
ORPHAN_SECONDS = 60.0
"""A temporary file of ours that no live writer holds is removed once it is untouched this
long. A writer takes its lock a moment after creating the file, and on a network drive whose
locks are only local (CIFS from Linux) a colleague's save never pauses a minute between its
last write and its replace."""
_OLD_TEMP_SUFFIX = ".tmp"  # earlier versions named them ".<target name>.XXXXXXXX.tmp"


class TargetLocked(PermissionError):
    """The target is open in another program (Windows refuses to replace it)."""


class TargetReadOnly(PermissionError):
    """The target file is marked read-only: it is not overwritten."""


class IncompleteWrite(OSError):
    """The temporary file is not complete (short, or its content failed verification)."""


def resolve_target(target: str | Path) -> Path:
    """The file a save to ``target`` replaces: symlinks followed (see the module doc)."""
    target = Path(target)
    try:
        if target.is_symlink():
            return Path(os.path.realpath(target))
    except (OSError, ValueError):
        pass
    return target


def check_target(target: str | Path) -> None:
    """Raise an OSError (never anything else) if ``target`` cannot be written.

    IsADirectoryError for a folder, TargetReadOnly for a read-only file,
    FileNotFoundError / NotADirectoryError for a missing folder, and whatever
    the system says (ENAMETOOLONG, EACCES) when it cannot even look.
    """
    target = Path(target)
    if "\0" in str(target):
        raise OSError(errno.EINVAL, "invalid file name", str(target))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        parent = os.stat(target.parent)  # raises for a missing folder
        if not stat.S_ISDIR(parent.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target.parent)) from None
        return
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "the target is a folder", str(target))
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        if _read_only_drive(target.parent):
            raise OSError(errno.EROFS, "read-only file system", str(target))
        raise TargetReadOnly(errno.EACCES, "the file is read-only", str(target))


def _read_only_drive(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def remove_stale_temporaries(folder: str | Path, now: float | None = None) -> int:
    """Delete our temporary files in ``folder`` older than STALE_SECONDS; return how many."""
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not name.endswith(TEMP_SUFFIX) or not _is_our_temporary(name):
            continue
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            age = now - info.st_mtime
            if stat.S_ISREG(info.st_mode) and (
                    age > STALE_SECONDS or (age > ORPHAN_SECONDS and _writer_gone(entry.path))):
                os.unlink(entry.path)
                removed += 1
    return removed


def _hold(fd: int) -> int | None:
    """Mark a temporary file as being written: an exclusive lock for as long as ``fd`` is
    open (released by the system when the process dies, however it dies). Returns the
    descriptor to close at the end, or None (closed now)."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be replaced; only the age rule there
        os.close(fd)
        return None
    with contextlib.suppress(OSError):  # a drive without locks: the age rule applies
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _writer_gone(path: str) -> bool:
    """True when no live process holds the lock on this temporary file of ours."""
    try:
        import fcntl
    except ImportError:
        return False  # Windows: no lock to ask; the age rule applies
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:  # held (or the drive cannot tell): keep it
        return False
    finally:
        os.close(fd)


def _is_our_temporary(name: str) -> bool:
    if name.startswith(TEMP_PREFIX):
        return len(name) == len(TEMP_PREFIX) + 8 + len(TEMP_SUFFIX)
    # the earlier naming: ".<name>.<8 random characters>.tmp" beside a draft or an export
    parts = name[:-len(_OLD_TEMP_SUFFIX)].rsplit(".", 1)
    return (name.startswith(".") and len(parts) == 2 and len(parts[1]) == 8
            and parts[0].endswith((".shutcho", ".docx", ".pdf", ".json")))


@contextlib.contextmanager
def atomic_path(target: str | Path, verify: Callable[[Path], None] | None = None,
                size: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    For writers that need a file name. The caller writes the whole file to the
    yielded path; this checks its size (``size`` if known), runs ``verify(tmp)``
    (which raises IncompleteWrite for an unfinished file), fsyncs and replaces.
    """
    target = resolve_target(target)
    check_target(target)
    remove_stale_temporaries(target.parent)
    import tempfile  # here, not at the top: it costs the editor's start-up ~2 ms

    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    held = _hold(fd)  # kept open until the end (POSIX): the file is ours while we live
    tmp = Path(tmp_name)
    try:
        yield tmp
        written = tmp.stat().st_size if tmp.exists() else 0
        if written == 0 or (size is not None and written != size):
            raise IncompleteWrite(errno.EIO, f"the file was not written completely "
                                             f"({written:,} of {size or '?'} bytes)", str(target))
        if verify is not None:
            verify(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        _keep_mode(target, tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            # The folder is writable (the temporary file is there): the target itself is
            # held, on Windows by the program that has it open.
            raise TargetLocked(exc.errno or errno.EACCES, "the file is open in another program",
                               str(target)) from exc
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if held is not None:
            os.close(held)


def atomic_write_bytes(target: str | Path, data: bytes,
                       verify: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` to ``target`` atomically (its size is checked before the replace)."""
    with atomic_path(target, verify=verify, size=len(data)) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # a full disk may only say so here (delayed allocation)


def atomic_write_with(target: str | Path, write: Callable[[Path], None],
                      verify: Callable[[Path], None] | None = None) -> None:
    """Call ``write(tmp_path)`` and put the result in place atomically."""
    with atomic_path(target, verify=verify) as tmp:
        write(tmp)


def describe_os_error(exc: OSError) -> tuple[str, str]:
    """One sentence for the clerk, (Japanese, English), for an OSError from a write."""
    code = exc.errno
    kept_ja, kept_en = "元のファイルはそのままです。", " The old file is unchanged."
    if isinstance(exc, TargetLocked) or getattr(exc, "winerror", None) in (32, 33):
        return ("書き込めません。ファイルが他のプログラム（Word など）で開かれています。"
                "そのプログラムで閉じてから、もう一度保存してください。" + kept_ja,
                "the file is open in another program (Word?): close it there and save again."
                + kept_en)
    if isinstance(exc, TargetReadOnly):
        return ("読み取り専用のファイルなので上書きしません。別の名前で保存してください。" + kept_ja,
                "the file is read-only, so it was not overwritten; save under another name."
                + kept_en)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or getattr(exc, "winerror", None) == 112:
        return ("ディスクの空き容量が足りません。空きを作ってから、もう一度保存してください。" + kept_ja,
                "the disk is full: free some space and save again." + kept_en)
    if code == errno.EROFS:
        return ("読み取り専用のドライブ（またはメディア）には保存できません。別の場所を選んでください。"
                + kept_ja, "the drive is read-only: choose another place." + kept_en)
    if code == errno.ENAMETOOLONG:
        return ("ファイル名（またはフォルダーの名前）が長すぎます。短い名前にしてください。",
                "the file name (or its folder's) is too long: choose a shorter name.")
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return ("保存先がフォルダーです。ファイル名を指定してください。",
                "the target is a folder: give a file name.")
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return "保存先のフォルダーがありません。", "the target folder does not exist."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return ("書き込めません。このフォルダーに書き込む権限がありません。" + kept_ja,
                "cannot write: no permission to write in this folder." + kept_en)
    if isinstance(exc, IncompleteWrite):
        return ("ファイルを最後まで書き込めませんでした（ディスクの空き容量が足りないか、"
                "保存先に問題があります）。" + kept_ja,
                "the file could not be written completely (the disk may be full, or the "
                "place is faulty)." + kept_en)
    if code == errno.EINVAL:
        return "ファイル名が不正です。", "invalid file name."
    return (f"書き込めませんでした: {exc.strerror or exc}。" + kept_ja,
            f"could not write: {exc.strerror or exc}." + kept_en)


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions (mkstemp makes it 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
