"""The print preview window shows the PDF's pages (printing itself: test_printing.py)."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from conftest import SAMPLE
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.pdf import write_pdf
from desktop.writers.printing import make_preview_dialog, print_document
from linecompare import pdf_pages
from pdfcheck import page_count, pdftotext
from textcompare import assert_same_text, fixture_text


@pytest.fixture(scope="module")
def document():
    return build_document(load_draft(SAMPLE))


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture(scope="module")
def exported(document, tmp_path_factory):
    """The PDF export of the same document, to compare printing with (read by poppler)."""
    path = tmp_path_factory.mktemp("export") / "export.pdf"
    write_pdf(document, path)
    return path


def test_preview_dialog_shows_the_same_page_count(qtbot, document, exported):
    dialog = make_preview_dialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == page_count(exported)
    dialog.close()
