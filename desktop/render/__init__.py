"""The one Qt renderer: PDF export, printing, print preview and the editor's
live preview all paint pages through ``Renderer``, so what the clerk previews
is what prints.

    renderer = Renderer(build_document(report))
    for i in range(renderer.page_count()):
        renderer.paint_page(painter, i)   # painter in points, origin top-left of A4

The layout is computed once per Renderer; repainting a page is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPainter

from desktop.document.elements import Document
from desktop.render.fonts import ensure_app, font_family, mincho
from desktop.render.layout import PAGE_H, PAGE_W, Op
from desktop.render.paginate import Flow
from desktop.render.paint import paint, prepare

__all__ = ["Renderer", "ensure_app", "font_family", "mincho", "PAGE_W", "PAGE_H"]


class Renderer:
    """Pages of one document, laid out once."""

    def __init__(self, document: Document):
        ensure_app()
        self.document = document
        self._pages: list[list[Op]] = Flow(document).run()
        self._prepared: dict[int, list[tuple]] = {}

    def page_count(self) -> int:
        return len(self._pages)

    @staticmethod
    def page_size_pt() -> QSizeF:
        return QSizeF(PAGE_W, PAGE_H)

    def page_ops(self, index: int) -> list[Op]:
        """The drawing operations of page ``index`` (for tests and tools)."""
        return self._pages[index]

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` in page coordinates of points (595.3 × 841.9)."""
        prepared = self._prepared.get(index)
        if prepared is None:
            prepared = self._prepared[index] = prepare(self._pages[index])
        paint(painter, prepared)
