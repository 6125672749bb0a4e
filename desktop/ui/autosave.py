"""Autosave and crash recovery.

After the first change a single-shot timer (2 s, never restarted by further
typing) writes the report to a recovery file, so every change reaches the disk
within a few seconds. The file is ``recovery-<session>.shutcho`` (an ordinary
draft, written atomically) with a JSON sidecar holding the original file path
and the time. A lock file marks the session as alive: at the next start, only
recovery files whose session is gone (crash, kill) are offered. A normal close
or a save removes the files.

The side file is not trusted (anyone may plant one): the original path it names
is kept only when it is an absolute path to a draft (``.shutcho``) that is still
a draft file or no longer exists. Anything else is offered as untitled, so Save
after recovery asks for a name and never writes over another kind of file.
Only regular files are offered (no links, no folders).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from desktop.model.atomic import atomic_write_bytes
from desktop.model.codec import report_to_data
from desktop.model.draft import FORMAT, SUFFIX, VERSION, encode_draft_data, load_report_file
from desktop.model.report import Report

AUTOSAVE_DELAY_MS = 2000
PREFIX = "recovery-"
ENCODE_SLICE_S = 0.004
"""The JSON text is made on the UI thread in slices of at most about this long."""
_CHUNKS_PER_CHECK = 500


def _draft_json_chunks(report_data: dict):
    """The text of ``encode_draft_data(report_data)``, in the small pieces json makes it of
    (a test compares the two)."""
    document = {"format": FORMAT, "version": VERSION, "report": report_data}
    return json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(document)


def default_folder() -> Path:
    """``<AppDataLocation>/recovery`` (needs the application names set first)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass
class RecoveryInfo:
    """A recovery file left by a session that did not close normally."""

    path: Path
    original: str | None
    saved_at: datetime | None

    @property
    def original_name(self) -> str | None:
        return Path(self.original).name if self.original else None

    def load(self) -> Report:
        """The recovered report (raises DraftError if the file is damaged)."""
        return load_report_file(self.path)

    def discard(self) -> None:
        for path in _session_files(self.path):
            with contextlib.suppress(OSError):
                path.unlink()


def _session_files(draft: Path) -> tuple[Path, Path, Path]:
    return draft, draft.with_suffix(".json"), draft.with_suffix(".lock")


def _draft_original(original: object) -> str | None:
    """``original`` when it names a draft we may save over after a recovery, else None."""
    if not isinstance(original, str) or not original or "\0" in original:
        return None
    path = Path(original)
    if not path.is_absolute() or path.suffix.lower() != SUFFIX:
        return None
    try:
        if path.is_symlink():
            return None
        if not path.exists():
            return original  # a draft since deleted or moved: saving recreates it
        if not path.is_file():
            return None
        with open(path, "rb") as handle:
            head = handle.read(256)
    except (OSError, ValueError):
        return None
    return original if f'"{FORMAT}"'.encode() in head else None


def find_recoveries(folder: Path) -> list[RecoveryInfo]:
    """Recovery files of dead sessions, newest first (live sessions are skipped)."""
    if not folder.is_dir():
        return []
    found: list[RecoveryInfo] = []
    for draft in folder.glob(f"{PREFIX}*.shutcho"):
        if draft.is_symlink() or not draft.is_file():
            continue
        lock = QLockFile(str(draft.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):
            continue  # another editor is running and owns this file
        lock.unlock()
        original, saved_at = None, None
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            meta = json.loads(draft.with_suffix(".json").read_text("utf-8"))
            original = _draft_original(meta.get("original"))
            saved_at = datetime.fromisoformat(meta["saved_at"])
        if saved_at is None:
            with contextlib.suppress(OSError):
                saved_at = datetime.fromtimestamp(draft.stat().st_mtime)
        found.append(RecoveryInfo(draft, original, saved_at))
    found.sort(key=lambda info: info.saved_at or datetime.min, reverse=True)
    return found


class Autosaver(QObject):
    """Writes the current report to this session's recovery file after changes."""

    def __init__(self, folder: Path | None = None, delay_ms: int = AUTOSAVE_DELAY_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder) if folder is not None else default_folder()
        self.path = self.folder / f"{PREFIX}{os.urandom(6).hex()}.shutcho"
        self._lock: QLockFile | None = None
        self._source: Callable[[], Report] | None = None
        self.original: str | None = None
        self._pool = None  # a one-thread ThreadPoolExecutor, made at the first write
        self._pending = None
        self._encoding = None  # (chunks left, text so far, data, meta) of the snapshot being encoded
        self._encode_timer = QTimer(self)
        self._encode_timer.setSingleShot(True)
        self._encode_timer.setInterval(0)
        self._encode_timer.timeout.connect(self._encode_slice)
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    def set_source(self, source: Callable[[], Report]) -> None:
        """``source()`` returns the report to write."""
        self._source = source

    @property
    def scheduled(self) -> bool:
        """A write is waiting for its timer."""
        return self._timer.isActive()

    def changed(self) -> None:
        """Note a change; it is written when the running timer fires (not restarted)."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self._source is None:
            return
        # A snapshot of plain data on the UI thread (about 10 ms for a report 20 times the
        # sample). Its JSON text (30-40 ms there) is made on the UI thread too, in slices
        # between events: made on the writer thread, pure-Python json code held the GIL
        # and every event the UI thread handled meanwhile waited for it (stalls of 30-40
        # ms while typing). Writing (with fsync) happens on the writer thread.
        data = report_to_data(self._source())
        meta = {"original": self.original, "saved_at": datetime.now().isoformat(timespec="seconds")}
        self._ensure_lock()
        self._encoding = (_draft_json_chunks(data), [], data, meta)  # a newer snapshot wins
        self._encode_slice()

    def _encode_slice(self, to_the_end: bool = False) -> None:
        """Encode for about ENCODE_SLICE_S (or to the end), then hand the text to the writer."""
        job = self._encoding
        if job is None:
            return
        chunks, parts, data, meta = job
        started = time.perf_counter()
        while True:
            before = len(parts)
            parts.extend(islice(chunks, _CHUNKS_PER_CHECK))
            if len(parts) - before < _CHUNKS_PER_CHECK:
                break  # the end of the text
            if not to_the_end and time.perf_counter() - started > ENCODE_SLICE_S:
                self._encode_timer.start()
                return
        self._encoding = None
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        # writes stay in order
        self._pending = self._pool.submit(self._write, "".join(parts), data, meta)

    def _write(self, text: str, data: dict, meta: dict) -> None:
        try:
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: encode_draft_data's ASCII form
                raw = encode_draft_data(data)
            atomic_write_bytes(self.path, raw)
            atomic_write_bytes(self.path.with_suffix(".json"),
                               json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            self.last_error = None
        except OSError as exc:  # a full disk must not stop the editor
            self.last_error = str(exc)

    def wait(self) -> None:
        """Block until the pending write (if any) is on disk."""
        self._encode_timer.stop()
        self._encode_slice(to_the_end=True)
        if self._pending is not None:
            with contextlib.suppress(Exception):
                self._pending.result()
            self._pending = None

    def exists(self) -> bool:
        return self.path.exists()

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self.path.with_suffix(".lock")))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def remove(self) -> None:
        """Delete this session's recovery file (after a save or a normal close)."""
        self._timer.stop()
        self._encoding = None  # a snapshot not yet written is not written now
        self.wait()
        for path in _session_files(self.path)[:2]:
            with contextlib.suppress(OSError):
                path.unlink()

    def close(self) -> None:
        """Normal end of the session: remove the files and release the lock."""
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def detach(self) -> None:
        """Stop without removing anything, as a crash would (used by tests)."""
        self._timer.stop()
        self.wait()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
