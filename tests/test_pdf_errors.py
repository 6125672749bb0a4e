"""An unwritable target: a clear ExportError, the old file untouched, no temporary left."""

from __future__ import annotations

import pytest

from desktop.document.builder import build_document
from desktop.render import ensure_app
from desktop.writers import pdf as pdf_writer
from desktop.writers.errors import ExportError
from pdfcheck import small_report


@pytest.fixture()
def document():
    ensure_app()
    return build_document(small_report(paragraphs=1, photo=False))


def test_missing_folder(tmp_path, document):
    target = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(ExportError) as caught:
        pdf_writer.write_pdf(document, target)
    assert caught.value.path == target and caught.value.ja and caught.value.en
    assert not target.parent.exists()


def test_target_inside_a_file(tmp_path, document):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        pdf_writer.write_pdf(document, blocker / "report.pdf")
    assert blocker.read_text() == "x"


def test_painter_that_cannot_begin_keeps_the_old_file(tmp_path, document, monkeypatch):
    """QPainter.begin() fails (as for a locked file): ExportError, nothing changed."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF old file")
    real = pdf_writer.QPdfWriter
    monkeypatch.setattr(pdf_writer, "QPdfWriter",
                        lambda path: real(str(tmp_path / "missing" / "x.pdf")))
    with pytest.raises(ExportError) as caught:
        pdf_writer.write_pdf(document, target)
    assert "PDF" in caught.value.ja
    assert target.read_bytes() == b"%PDF old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_success_replaces_the_old_file(tmp_path, document):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    pdf_writer.write_pdf(document, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_any_pasted_unicode_exports(tmp_path):
    """Characters the bundled font lacks, controls and combining marks never break export."""
    from desktop.document.elements import Document, Meta, Para, Style
    from pdfcheck import pdftotext
    from textcompare import squeeze

    ensure_app()
    text = "絵文字😀と𠮷野家\u200bと\tタブ\x07とe\u0301と髙橋"
    document = Document(Meta("t", "a", "f", False), (Para(Style.BODY, text),))
    target = tmp_path / "any.pdf"
    pdf_writer.write_pdf(document, target)
    got = squeeze(pdftotext(target))
    for word in ("絵文字", "野家", "タブ", "髙橋"):
        assert word in got
