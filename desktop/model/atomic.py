"""Atomic file replacement: write beside the target, flush, fsync, replace.

Every save and export goes through here. If anything fails, the previous file is
untouched and no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

# Read once: os.umask can only be read by setting it, which is not thread-safe
# (autosave writes from a timer while the UI may create files).
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    For writers that need a file name (QPdfWriter, python-docx). The caller writes
    the whole file to the yielded path; this fsyncs it and replaces the target.
    """
    target = Path(target)
    import tempfile  # here, not at the top: it costs the editor's start-up ~2 ms

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"nothing was written to {target.name}")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def atomic_write_bytes(target: str | Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()


def atomic_write_with(target: str | Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp_path)`` and put the result in place atomically."""
    with atomic_path(target) as tmp:
        write(tmp)


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions (mkstemp makes it 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
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
