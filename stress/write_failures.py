"""Write failures for every kind of file: each errno of issue 11, for save, DOCX and PDF.

    .venv/bin/python stress/write_failures.py

For each kind (draft save, DOCX export, PDF export) and each failure — a full disk
(ENOSPC, at 1 to 256 KiB free), no permission (EACCES, EPERM), a
read-only drive (EROFS), a name too long (ENAMETOOLONG), a file open in Word
(Windows: PermissionError on replace), a folder as the target and a read-only
target, a missing folder (ENOENT, ENOTDIR) — it tries to write over a good old file and counts:

- tracebacks: any exception but the clerk's DraftError / ExportError;
- success messages for a bad file: the write "succeeded" and the file is not whole;
- old files not intact: the previous bytes changed though the write failed;
- messages that do not name the cause (disk full, read-only, close it, ...).

As root on Linux the full disk and the read-only drive are real (a small tmpfs,
remounted read-only); otherwise, and for EACCES/EPERM (root ignores permissions)
and the Windows lock, the failure is injected where the system would raise it.
Prints the counts; figures in docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from _common import say

from desktop import export
from desktop.model import atomic
from desktop.model.draft import DraftError, load_draft, save_draft
from desktop.writers.errors import ExportError
from desktop.writers.pdf import pdf_is_complete

SUFFIX = {"draft": ".shutcho", "docx": ".docx", "pdf": ".pdf"}
CAUSE = {"ENOSPC": "disk is full", "EACCES": "permission", "EPERM": "permission",
         "EROFS": "drive is read-only", "ENAMETOOLONG": "too long", "locked": "close it",
         "folder": "folder", "read-only target": "read-only", "ENOENT": "does not exist",
         "ENOTDIR": "does not exist"}


def report():
    from conftest import SAMPLE
    return load_draft(SAMPLE)


def write(kind: str, path: Path) -> str | None:
    """None on success, else the message; a traceback propagates."""
    try:
        if kind == "draft":
            save_draft(REPORT, path)
        else:
            export.EXPORTERS[kind](REPORT, path)
    except (DraftError, ExportError) as exc:
        return f"{exc.ja} / {exc.en}"
    return None


def whole(kind: str, path: Path) -> bool:
    try:
        if kind == "draft":
            load_draft(path)
            return True
        if kind == "docx":
            with zipfile.ZipFile(path) as archive:
                return archive.testzip() is None
        return pdf_is_complete(path.read_bytes())
    except Exception:  # noqa: BLE001
        return False


@contextlib.contextmanager
def tmpfs(size_kib: int):
    folder = Path(tempfile.mkdtemp(prefix="shutcho-fs-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
                   check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


def can_mount() -> bool:
    if os.geteuid() != 0 or not sys.platform.startswith("linux"):
        return False
    try:
        with tmpfs(64):
            return True
    except (OSError, subprocess.CalledProcessError):
        return False


def fill(folder: Path, free_kib: int) -> None:
    """Leave about ``free_kib`` KiB free in ``folder``'s file system."""
    stat = os.statvfs(folder)
    spare = stat.f_bavail * stat.f_frsize - free_kib * 1024
    if spare > 0:
        (folder / "filler").write_bytes(b"\0" * spare)


@contextlib.contextmanager
def injected(name: str):
    """The failure raised where the system would raise it."""
    import tempfile as tempfile_module
    if name in ("EACCES", "EPERM", "EROFS"):
        code = getattr(errno, name)
        real = tempfile_module.mkstemp

        def refuse(*args, **kwargs):
            raise OSError(code, os.strerror(code)) if name == "EROFS" else \
                PermissionError(code, os.strerror(code))
        tempfile_module.mkstemp = refuse
        try:
            yield
        finally:
            tempfile_module.mkstemp = real
    elif name == "locked":
        real_replace = os.replace

        def locked(src, dst):
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        os.replace = locked
        try:
            yield
        finally:
            os.replace = real_replace
    elif name == "ENOSPC":
        real_open = open

        class Full:
            def __init__(self, handle):
                self.handle, self.left = handle, FREE[0] * 1024

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def fileno(self):
                return self.handle.fileno()

            def flush(self):
                self.handle.flush()

            def write(self, data):
                if len(data) > self.left:
                    self.handle.write(data[:self.left])
                    raise OSError(errno.ENOSPC, "No space left on device")
                self.left -= len(data)
                return self.handle.write(data)

        atomic.open = lambda f, mode="r", *a, **k: (Full(real_open(f, mode, *a, **k))
                                                    if "w" in mode else real_open(f, mode, *a, **k))
        try:
            yield
        finally:
            del atomic.open
    else:
        yield


FREE = [0]


def main() -> int:
    global REPORT
    REPORT = report()
    real_fs = can_mount()
    counts = {"runs": 0, "tracebacks": 0, "bad success": 0, "old changed": 0, "cause missing": 0,
              "refused": 0}
    old = b"the good old file"

    def record(kind: str, case: str, target: Path, old_bytes: bytes | None, setup=None):
        counts["runs"] += 1
        try:
            message = write(kind, target)
        except Exception as exc:  # noqa: BLE001 - the count
            counts["tracebacks"] += 1
            say(f"  TRACEBACK {kind} {case}: {type(exc).__name__}: {exc}")
            return
        if message is None:
            if case.startswith("ENOSPC") and whole(kind, target):
                return  # there was room enough: a whole file is a success
            counts["bad success"] += 1
            say(f"  SUCCESS for a bad file: {kind} {case}")
            return
        counts["refused"] += 1
        if CAUSE[case.split()[0] if case.startswith("ENOSPC") else case] not in message:
            counts["cause missing"] += 1
            say(f"  cause not named: {kind} {case}: {message}")
        if old_bytes is not None and target.exists() and not target.is_dir() \
                and target.read_bytes() != old_bytes:
            counts["old changed"] += 1
            say(f"  OLD FILE CHANGED: {kind} {case}")

    for kind in ("draft", "docx", "pdf"):
        name = f"報告書{SUFFIX[kind]}"
        for free in (1, 2, 4, 8, 16, 32, 64, 128, 256):
            FREE[0] = free
            if real_fs:
                with tmpfs(free + 64) as folder:
                    target = folder / name
                    target.write_bytes(old)
                    fill(folder, free)
                    record(kind, f"ENOSPC {free} KiB (tmpfs)", target, old)
            else:
                with tempfile.TemporaryDirectory() as tmp, injected("ENOSPC"):
                    target = Path(tmp) / name
                    target.write_bytes(old)
                    record(kind, f"ENOSPC {free} KiB (injected)", target, old)
        if real_fs:
            with tmpfs(1024) as folder:
                target = folder / name
                target.write_bytes(old)
                subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
                record(kind, "EROFS", target, old)
        for case in ("EACCES", "EPERM", "locked") + (() if real_fs else ("EROFS",)):
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / name
                target.write_bytes(old)
                with injected(case):
                    record(kind, case, target, old)
        with tempfile.TemporaryDirectory() as tmp:
            record(kind, "ENAMETOOLONG", Path(tmp) / ("長" * 90 + SUFFIX[kind]), None)
            folder_target = Path(tmp) / name
            folder_target.mkdir()
            record(kind, "folder", folder_target, None)
            record(kind, "ENOENT", Path(tmp) / "ない" / name, None)
            blocker = Path(tmp) / "file-not-folder"
            blocker.write_bytes(old)
            record(kind, "ENOTDIR", blocker / name, None)
            ro = Path(tmp) / f"読取専用{SUFFIX[kind]}"
            ro.write_bytes(old)
            ro.chmod(0o444)
            record(kind, "read-only target", ro, old)
    say(f"file systems: {'real tmpfs (ENOSPC, EROFS)' if real_fs else 'injected failures only'}")
    say(f"write-failure runs: {counts['runs']} (refused with a message: {counts['refused']})")
    say(f"tracebacks: {counts['tracebacks']}")
    say(f"success messages for a bad file: {counts['bad success']}")
    say(f"old files not intact: {counts['old changed']}")
    say(f"messages not naming the cause: {counts['cause missing']}")
    return 0 if counts["tracebacks"] == counts["bad success"] == counts["old changed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
