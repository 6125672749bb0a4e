"""Printing paints the same pages as the PDF export, on any QPrinter (here one that writes a
PDF file, so poppler can read what was printed; no dialog, no window)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from conftest import SAMPLE
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.errors import ExportError
from desktop.writers.pdf import write_pdf
from desktop.writers.printing import make_preview_dialog, print_document
from linecompare import line_boxes, pdf_pages
from pdfcheck import page_count, pdftotext
from textcompare import assert_same_text, fixture_text


@pytest.fixture(scope="module")
def document():
    return build_document(load_draft(SAMPLE))


@pytest.fixture(scope="module")
def exported(document, tmp_path_factory):
    """The PDF export of the same document, to compare printing with (read by poppler)."""
    path = tmp_path_factory.mktemp("export") / "export.pdf"
    write_pdf(document, path)
    return path


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def printed_range(document, tmp_path, first: int, last: int, name: str = "range.pdf"):
    path = tmp_path / name
    printer = pdf_printer(path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(first, last)
    print_document(document, printer)
    return path


def page_texts(path) -> list[str]:
    return [pdftotext(path, "-f", str(n), "-l", str(n)) for n in range(1, page_count(path) + 1)]


def test_printing_gives_the_same_pages_and_text(qapp, document, tmp_path, exported):
    path = tmp_path / "printed.pdf"
    print_document(document, pdf_printer(path))
    assert pdf_pages(path) == pdf_pages(exported)  # page by page, line by line
    assert_same_text(pdftotext(path, "-raw"), fixture_text())


def test_printed_lines_stand_where_the_pdf_puts_them_on_a4(qapp, document, tmp_path, exported):
    """The whole A4 sheet is painted from its corner at the printer's resolution: every
    line is at the export's height (a margin or a scale would move them all)."""
    path = tmp_path / "printed.pdf"
    print_document(document, pdf_printer(path))
    printed, original = line_boxes(path), line_boxes(exported)
    assert [[t for _, t in page] for page in printed] == [[t for _, t in page] for page in original]
    assert all(abs(a - b) < 0.5 for pp, op in zip(printed, original)
               for (a, _), (b, _) in zip(pp, op))
    info = pdfinfo(path)
    assert info["Page size"] == "595 x 842 pts (A4)"
    assert info["Title"] == document.meta.title and info["Creator"] == "shutcho"


def test_printing_a_page_range(qapp, document, tmp_path, exported):
    path = printed_range(document, tmp_path, 2, 3)
    assert page_count(path) == 2
    whole = page_texts(exported)
    assert page_texts(path) == whole[1:3]


def test_a_range_past_the_end_or_open_ended_stops_at_the_last_page(qapp, document, tmp_path, exported):
    whole = page_texts(exported)
    assert len(whole) >= 3
    last = len(whole)
    assert page_texts(printed_range(document, tmp_path, last - 1, last + 5, "past.pdf")) == whole[-2:]
    assert page_texts(printed_range(document, tmp_path, 1, 1, "first.pdf")) == whole[:1]
    assert page_texts(printed_range(document, tmp_path, last, last, "last.pdf")) == whole[-1:]


def test_no_range_chosen_prints_every_page(qapp, document, tmp_path, exported):
    path = printed_range(document, tmp_path, 0, 0, "all.pdf")  # Qt's "from 0": no range
    assert page_texts(path) == page_texts(exported)


def test_a_printer_that_cannot_start_names_the_file(qapp, document, tmp_path):
    target = tmp_path / "no such folder" / "out.pdf"
    with pytest.raises(ExportError) as caught:
        print_document(document, pdf_printer(target))
    message = str(caught.value)
    assert "out.pdf" in message and "印刷を開始できません" in message
    assert "the printer could not be started" in message
    assert not target.exists()


def test_the_preview_paints_the_same_pages_under_the_reports_title(qapp, document, tmp_path, exported):
    dialog = make_preview_dialog(document)
    try:
        assert dialog.windowTitle() == f"印刷プレビュー - {document.meta.title}"
        path = tmp_path / "preview.pdf"
        dialog.paintRequested.emit(pdf_printer(path))
        assert pdf_pages(path) == pdf_pages(exported)
    finally:
        dialog.deleteLater()
