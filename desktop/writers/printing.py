"""Printing and print preview through the one renderer.

``print_document`` paints onto any QPrinter (the one the system print dialog
configured, or the preview's); ``make_preview_dialog`` returns a
QPrintPreviewDialog wired to it. Neither shows a dialog by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.document.elements import Document
from desktop.render import Renderer, ensure_app
from desktop.writers.errors import ExportError


def prepare_printer(printer: QPrinter, document: Document) -> None:
    """A4 portrait, painting from the sheet's corner (our margins are in the layout)."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(document.meta.title)
    printer.setCreator("shutcho")


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """0-based pages the user chose (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        last = last or count
        return [i for i in range(first - 1, min(last, count))]
    return list(range(count))


def print_document(document: Document, printer: QPrinter,
                   renderer: Renderer | None = None) -> None:
    """Paint the chosen pages of ``document`` on ``printer``."""
    ensure_app()
    renderer = renderer or Renderer(document)
    prepare_printer(printer, document)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(printer.outputFileName() or printer.printerName() or "printer",
                          "印刷を開始できません", "the printer could not be started")
    try:
        rect = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale_x = rect.width() / Renderer.page_size_pt().width()
        scale_y = rect.height() / Renderer.page_size_pt().height()
        scale = min(scale_x, scale_y)
        for n, index in enumerate(pages_to_print(printer, renderer.page_count())):
            if n and not printer.newPage():
                raise ExportError(printer.outputFileName() or "printer",
                                  "ページを送れません", "could not start a new page")
            painter.resetTransform()
            painter.scale(scale, scale)
            renderer.paint_page(painter, index)
    finally:
        painter.end()


def make_preview_dialog(document: Document, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of ``document`` (call .exec() or .open() to show it)."""
    ensure_app()
    renderer = Renderer(document)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"印刷プレビュー - {document.meta.title}")
    dialog.paintRequested.connect(lambda p: print_document(document, p, renderer))
    dialog._shutcho_printer = printer  # the dialog does not own the printer: keep it alive
    dialog._shutcho_renderer = renderer
    return dialog
