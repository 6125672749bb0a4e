"""Atomic saves: on any failure the previous draft is byte-identical and no temporary file is left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.model import Report, atomic
from desktop.model.atomic import atomic_path, atomic_write_bytes, atomic_write_with
from desktop.model.draft import DraftError, draft_bytes, save_draft
from test_draft_factory import make_report


@pytest.fixture
def existing(tmp_path) -> tuple[Path, bytes]:
    path = tmp_path / "報告書.shutcho"
    save_draft(make_report(), path)
    return path, path.read_bytes()


def assert_untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file


def test_replace_failing_keeps_the_previous_draft(existing, monkeypatch):
    path, before = existing

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DraftError) as info:
        save_draft(Report(addressee="新しい内容"), path)
    assert path.name in str(info.value)
    assert "保存できませんでした" in info.value.ja and "could not save" in info.value.en
    assert_untouched(path, before)


def test_write_failing_half_way_keeps_the_previous_draft(existing, monkeypatch):
    path, before = existing
    real_open = open

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

        def flush(self):
            self.handle.flush()

    def opener(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Full(handle) if "w" in mode else handle

    monkeypatch.setattr(atomic, "open", opener, raising=False)
    with pytest.raises(DraftError) as info:
        save_draft(Report(addressee="新しい内容"), path)
    assert "disk is full" in info.value.en and "空き容量" in info.value.ja
    assert_untouched(path, before)


def test_fsync_failing_keeps_the_previous_draft(existing, monkeypatch):
    path, before = existing

    def broken(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(DraftError):
        save_draft(Report(addressee="新しい内容"), path)
    assert_untouched(path, before)


def test_parent_is_a_file(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    with pytest.raises(DraftError) as info:
        save_draft(make_report(), blocker / "a.shutcho")
    assert "a.shutcho" in str(info.value) and "could not save" in info.value.en
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]
    assert blocker.read_bytes() == b"x"


def test_missing_folder(tmp_path):
    with pytest.raises(DraftError):
        save_draft(make_report(), tmp_path / "nowhere" / "a.shutcho")
    assert list(tmp_path.iterdir()) == []


def test_target_is_a_folder(tmp_path):
    folder = tmp_path / "a.shutcho"
    folder.mkdir()
    with pytest.raises(DraftError):
        save_draft(make_report(), folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["a.shutcho"]


def test_writer_exception_leaves_nothing(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        atomic_write_with(target, write)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_writer_that_writes_nothing_is_a_failure(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    with pytest.raises(OSError):
        with atomic_path(target):
            pass
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_success_replaces_and_keeps_permissions(tmp_path):
    target = tmp_path / "a.shutcho"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.shutcho"]


def test_new_file_gets_ordinary_permissions(tmp_path):
    target = tmp_path / "new.shutcho"
    atomic_write_bytes(target, draft_bytes(Report()))
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~atomic._UMASK
