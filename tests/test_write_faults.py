"""Issue 11, findings 1, 3, 4, 5 and 11: every write verified, every failure one clear
message, the old file intact, long names saved, stale temporary files removed."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from desktop import export
from desktop.model import atomic
from desktop.model.draft import DraftError, load_draft, save_draft
from desktop.model.report import Report
from desktop.writers.errors import ExportError
from pdfcheck import small_report

OLD = b"old contents, must survive"


def _disk_full_after(monkeypatch, limit: int) -> None:
    """Every file opened for writing by atomic.py takes ``limit`` bytes, then ENOSPC."""
    real_open = open

    class Full:
        def __init__(self, handle):
            self.handle, self.left = handle, limit

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def write(self, data):
            if len(data) > self.left:
                self.handle.write(data[:self.left])
                self.left = 0
                raise OSError(errno.ENOSPC, "No space left on device")
            self.left -= len(data)
            return self.handle.write(data)

        def flush(self):
            self.handle.flush()

    def opener(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Full(handle) if "w" in mode else handle

    monkeypatch.setattr(atomic, "open", opener, raising=False)


def _save(kind: str, path: Path) -> str:
    """Save or export to ``path``; return the message (ja + en) of the refusal."""
    report = small_report(paragraphs=1, photo=False)
    try:
        if kind == "draft":
            save_draft(report, path)
        else:
            export.EXPORTERS[kind](report, path)
    except (DraftError, ExportError) as exc:
        return exc.ja + " / " + exc.en
    return ""


KINDS = ("draft", "docx", "pdf")
SUFFIXES = {"draft": ".shutcho", "docx": ".docx", "pdf": ".pdf"}


def _only(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.mark.parametrize("kind", KINDS)
def test_full_disk_says_so_and_keeps_the_old_file(tmp_path, monkeypatch, kind):
    """Finding 1: 4 KiB free; a nearly written PDF must not replace the good one."""
    target = tmp_path / f"報告書{SUFFIXES[kind]}"
    target.write_bytes(OLD)
    _disk_full_after(monkeypatch, 512)
    message = _save(kind, target)
    assert "disk is full" in message and "空き容量" in message
    assert target.read_bytes() == OLD
    _only(tmp_path, target.name)


def test_an_unfinished_pdf_is_not_a_pdf():
    """Finding 1: what Qt leaves when it cannot finish is recognised as incomplete."""
    from desktop.document.builder import build_document
    from desktop.writers.pdf import pdf_bytes, pdf_is_complete

    data = pdf_bytes(build_document(small_report(paragraphs=1, photo=False)))
    assert pdf_is_complete(data)
    for cut in (len(data) // 2, len(data) - 7, 4096):
        assert not pdf_is_complete(data[:cut])


def test_a_short_write_never_replaces(tmp_path):
    """The written size is checked: a file that came out short is IncompleteWrite."""
    target = tmp_path / "a.shutcho"
    target.write_bytes(OLD)
    with pytest.raises(atomic.IncompleteWrite):
        with atomic.atomic_path(target, size=100) as tmp:
            tmp.write_bytes(b"only 17 bytes....")
    assert target.read_bytes() == OLD
    _only(tmp_path, "a.shutcho")


@pytest.mark.parametrize("kind", ("docx", "pdf"))
def test_too_long_a_name_is_a_message_not_a_traceback(tmp_path, kind):
    """Finding 3: 90 Japanese characters (270 bytes) is more than a file name can hold."""
    message = _save(kind, tmp_path / ("長" * 90 + SUFFIXES[kind]))
    assert "too long" in message and "長すぎます" in message
    _only(tmp_path)


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_that_cannot_be_entered_is_a_message(tmp_path, monkeypatch, kind):
    """Finding 3: stat() of a target in a folder the user may not enter raises EACCES."""
    target = tmp_path / "秘密" / f"報告書{SUFFIXES[kind]}"
    real_stat = os.stat

    def guarded(path, *args, **kwargs):
        if "秘密" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", guarded)
    assert "permission" in _save(kind, target)


@pytest.mark.parametrize("kind", KINDS)
def test_longest_legal_names_save(tmp_path, kind):
    """Finding 4: a name of 251-254 bytes (82-84 Japanese characters) saves and exports."""
    suffix = SUFFIXES[kind]
    stem = "報" * ((255 - len(suffix)) // 3)
    target = tmp_path / (stem + suffix)
    assert len(target.name.encode()) > 242
    assert _save(kind, target) == ""
    assert target.stat().st_size > 0
    if kind == "draft":
        save_draft(load_draft(target), target)  # and it saves back
    _only(tmp_path, target.name)


@pytest.mark.parametrize("kind", KINDS)
def test_read_only_file_is_not_overwritten(tmp_path, kind):
    """Finding 5: a read-only target is refused, with a message; it keeps its bytes."""
    target = tmp_path / f"報告書{SUFFIXES[kind]}"
    target.write_bytes(OLD)
    target.chmod(0o444)
    message = _save(kind, target)
    assert "read-only" in message and "読み取り専用" in message
    assert target.read_bytes() == OLD
    _only(tmp_path, target.name)


@pytest.mark.parametrize("kind", KINDS)
def test_file_open_in_word_says_close_it(tmp_path, monkeypatch, kind):
    """Finding 5: on Windows the replace fails with PermissionError while Word has it."""
    target = tmp_path / f"報告書{SUFFIXES[kind]}"
    target.write_bytes(OLD)

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    message = _save(kind, target)
    assert "close it" in message and "閉じて" in message
    assert target.read_bytes() == OLD
    _only(tmp_path, target.name)


@pytest.mark.parametrize("kind", KINDS)
def test_folder_target_and_read_only_drive(tmp_path, monkeypatch, kind):
    folder = tmp_path / f"報告書{SUFFIXES[kind]}"
    folder.mkdir()
    assert "folder" in _save(kind, folder)
    assert folder.is_dir()
    target = tmp_path / f"新{SUFFIXES[kind]}"

    def read_only_drive(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    import tempfile
    monkeypatch.setattr(tempfile, "mkstemp", read_only_drive)
    assert "drive is read-only" in _save(kind, target)
    assert not target.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_symlinks_are_followed_for_saves_and_exports(tmp_path, kind):
    """One rule: the file the link points to is replaced, the link stays a link."""
    real = tmp_path / "real" / f"報告書{SUFFIXES[kind]}"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / f"link{SUFFIXES[kind]}"
    link.symlink_to(real)
    assert _save(kind, link) == ""
    assert link.is_symlink() and real.read_bytes() != OLD
    _only(tmp_path, "real", link.name)
    _only(real.parent, real.name)


def test_stale_temporaries_of_ours_are_removed(tmp_path):
    """Finding 11: left by a kill mid-save (ours: our prefix, or the older naming)."""
    old = time.time() - 2 * 24 * 3600
    stale = [tmp_path / ".shutcho-ab12cd34.tmp", tmp_path / ".報告書.shutcho.x1y2z3w4.tmp"]
    fresh = tmp_path / ".shutcho-99999999.tmp"
    foreign = tmp_path / ".someone-else.tmp"
    for path in (*stale, fresh, foreign):
        path.write_bytes(b"partial")
    for path in (*stale, foreign):
        os.utime(path, (old, old))
    save_draft(Report(), tmp_path / "報告書.shutcho")
    _only(tmp_path, "報告書.shutcho", fresh.name, foreign.name)


@pytest.mark.parametrize("kind", KINDS)
def test_existing_file_on_a_read_only_drive_says_the_drive(tmp_path, monkeypatch, kind):
    """On a read-only mount the old file is not writable because of the drive, not the file."""
    target = tmp_path / f"報告書{SUFFIXES[kind]}"
    target.write_bytes(OLD)
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, real):
            self.real = real
            self.f_flag = real.f_flag | os.ST_RDONLY

        def __getattr__(self, name):
            return getattr(self.real, name)

    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False)
    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly(real_statvfs(path)))
    message = _save(kind, target)
    assert "drive is read-only" in message
    assert target.read_bytes() == OLD


def test_a_temporary_of_a_dead_writer_goes_at_the_next_save_one_still_held_stays(tmp_path):
    """Finding 11 / the kill campaign: a kill mid-save leaves a temporary file nobody holds;
    the next save removes it at once. One a live writer holds (its lock) is kept."""
    import subprocess
    import sys

    from desktop.model.atomic import ORPHAN_SECONDS

    if sys.platform == "win32":
        pytest.skip("Windows has no flock: there the age rule alone applies")
    dead = tmp_path / ".shutcho-deadbeef.tmp"
    held = tmp_path / ".shutcho-11112222.tmp"
    for path in (dead, held):
        path.write_bytes(b"partial")
        past = time.time() - ORPHAN_SECONDS - 5
        os.utime(path, (past, past))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         f"fd = os.open({str(held)!r}, os.O_RDWR)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('held', flush=True)\n"
         "sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        save_draft(Report(), tmp_path / "報告書.shutcho")
        _only(tmp_path, "報告書.shutcho", held.name)
    finally:
        holder.communicate("", timeout=30)
    save_draft(Report(), tmp_path / "報告書.shutcho")  # the writer is gone now
    _only(tmp_path, "報告書.shutcho")
