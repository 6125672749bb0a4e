"""PDF export through the Qt renderer: PDF/A-1b by default, plain PDF on request.

The file is written beside the target and moved into place only when it is
complete (desktop.model.atomic): a failure leaves no empty file and an older
file untouched. Qt embeds a subset of the bundled Mincho; the PDF holds no
JavaScript and no actions, and photos are flattened (see desktop.render.photos).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from desktop.document.elements import Document
from desktop.model.atomic import atomic_path
from desktop.render import Renderer, ensure_app
from desktop.writers.errors import ExportError, os_error_message

RESOLUTION = 1200
CREATOR = "shutcho"


def _writer(path: Path, document: Document, pdf_a: bool) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b if pdf_a
                         else QPagedPaintDevice.PdfVersion.PdfVersion_1_6)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(document.meta.title)
    writer.setCreator(CREATOR)
    writer.setAuthor(document.meta.author)
    return writer


def render_to(writer: QPdfWriter, renderer: Renderer, path: Path) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(path, "PDF を書き込めません。ファイルが開かれているか、書き込み権限がありません",
                          "cannot write the PDF: the file is open elsewhere or not writable")
    try:
        scale = writer.resolution() / 72.0
        for index in range(renderer.page_count()):
            if index and not writer.newPage():
                raise ExportError(path, "PDF のページを追加できません", "could not add a page to the PDF")
            painter.resetTransform()
            painter.scale(scale, scale)
            renderer.paint_page(painter, index)
    finally:
        painter.end()


def write_pdf(document: Document, path: str | Path, *, pdf_a: bool = True,
              renderer: Renderer | None = None) -> None:
    """Write ``document`` to ``path`` as PDF/A-1b (or plain PDF 1.6 with ``pdf_a=False``).

    Raises ExportError (naming the file) when it cannot be written.
    """
    path = Path(path)
    ensure_app()
    renderer = renderer or Renderer(document)
    try:
        with atomic_path(path) as tmp:
            writer = _writer(tmp, document, pdf_a)
            try:
                render_to(writer, renderer, path)
            finally:
                del writer  # closes the file before it is moved into place
    except ExportError:
        raise
    except OSError as exc:
        raise os_error_message(path, exc) from None
