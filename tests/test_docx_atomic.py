"""write_docx is atomic: a target it cannot write gives ExportError, the old file stays."""

from __future__ import annotations

import os

import pytest

from conftest import SAMPLE, module_scope_but_per_test_under_mutmut
from docxread import open_docx
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.docx import write_docx
from desktop.writers.errors import ExportError


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def document():
    return build_document(load_draft(SAMPLE))


def test_writes_a_docx(tmp_path, document):
    target = tmp_path / "報告書.docx"
    write_docx(document, target)
    assert open_docx(target.read_bytes()).tables
    assert [p.name for p in tmp_path.iterdir()] == ["報告書.docx"]


def test_target_is_a_directory(tmp_path, document):
    target = tmp_path / "報告書.docx"
    target.mkdir()
    with pytest.raises(ExportError) as info:
        write_docx(document, target)
    assert info.value.path == target and info.value.ja and info.value.en
    assert target.is_dir() and [p.name for p in tmp_path.iterdir()] == ["報告書.docx"]


def test_locked_target_keeps_the_old_file_and_leaves_no_temp(tmp_path, document, monkeypatch):
    """Word holding the file open makes the replace fail with PermissionError (Windows)."""
    target = tmp_path / "報告書.docx"
    target.write_bytes(b"old contents")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as info:
        write_docx(document, target)
    assert "Word" in info.value.en and "書き込めません" in info.value.ja
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["報告書.docx"]


def test_read_only_folder(tmp_path, document):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "報告書.docx"
    target.write_bytes(b"old contents")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions: make the folder unusable
            folder.chmod(0o755)
            target.unlink()
            folder.rmdir()
            folder.write_bytes(b"")  # a file where the folder should be
            target = folder / "報告書.docx"
            with pytest.raises(ExportError):
                write_docx(document, target)
            assert folder.read_bytes() == b""
        else:
            with pytest.raises(ExportError) as info:
                write_docx(document, target)
            assert "書き込めません" in info.value.ja
            assert target.read_bytes() == b"old contents"
            assert [p.name for p in folder.iterdir()] == ["報告書.docx"]
    finally:
        if folder.is_dir():
            folder.chmod(0o755)


def test_missing_folder(tmp_path, document):
    with pytest.raises(ExportError) as info:
        write_docx(document, tmp_path / "ない" / "報告書.docx")
    assert "フォルダー" in info.value.ja
