"""PDF export through the Qt renderer: PDF/A-1b by default, plain PDF on request.

Qt renders into memory (a QBuffer: Qt's own file writing ignores a full disk);
the bytes are checked to be a finished PDF (header, ``startxref`` pointing at the
cross-reference table, ``%%EOF``) and then written beside the target and moved
into place only when the file on disk has the same size and ending
(desktop.model.atomic): a failure, a full disk included, leaves no partial file,
an older file untouched, and a message saying why. Qt embeds a subset of the bundled Mincho; the PDF holds no
JavaScript and no actions, and photos are flattened (see desktop.render.photos).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from desktop.document.elements import Document
from desktop.model.atomic import IncompleteWrite, atomic_write_bytes, check_target, resolve_target
from desktop.render import Renderer, ensure_app
from desktop.writers.errors import ExportError, os_error_message

RESOLUTION = 1200
CREATOR = "shutcho"


def _writer(device, document: Document, pdf_a: bool) -> QPdfWriter:
    writer = QPdfWriter(device)
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


def pdf_is_complete(data: bytes) -> bool:
    """True when ``data`` is a finished PDF: header, trailer and a valid ``startxref``."""
    if not data.startswith(b"%PDF-"):
        return False
    tail = data[-1024:].rstrip()
    if not tail.endswith(b"%%EOF"):
        return False
    at = tail.rfind(b"startxref")
    if at < 0:
        return False
    try:
        offset = int(tail[at + 9:-5].strip())
    except ValueError:
        return False
    return 0 < offset < len(data) and data[offset:offset + 4] == b"xref"


def _verify_file(expected_tail: bytes):
    def verify(tmp: Path) -> None:
        with open(tmp, "rb") as handle:
            handle.seek(-len(expected_tail), 2)
            if handle.read() != expected_tail:
                raise IncompleteWrite(5, "the PDF on disk does not end as written", str(tmp))
    return verify


def pdf_bytes(document: Document, *, pdf_a: bool = True, renderer: Renderer | None = None,
              path: Path | None = None) -> bytes:
    """The whole PDF in memory, checked to be complete."""
    ensure_app()
    renderer = renderer or Renderer(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, document, pdf_a)
    try:
        render_to(writer, renderer, path or Path("report.pdf"))
    finally:
        del writer  # finishes the PDF (trailer) in the buffer
    data = bytes(buffer.data())
    buffer.close()
    if not pdf_is_complete(data):
        raise ExportError(path or Path("report.pdf"), "PDF を最後まで作れませんでした",
                          "the PDF could not be made completely")
    return data


def write_pdf(document: Document, path: str | Path, *, pdf_a: bool = True,
              renderer: Renderer | None = None) -> None:
    """Write ``document`` to ``path`` as PDF/A-1b (or plain PDF 1.6 with ``pdf_a=False``).

    Raises ExportError (naming the file) when it cannot be written.
    """
    path = Path(path)
    try:
        check_target(resolve_target(path))  # before rendering: a folder, a read-only file...
        data = pdf_bytes(document, pdf_a=pdf_a, renderer=renderer, path=path)
        atomic_write_bytes(path, data, verify=_verify_file(data[-64:]))
    except ExportError:
        raise
    except OSError as exc:
        raise os_error_message(path, exc) from None
