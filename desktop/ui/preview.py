"""The live page preview: the pages drawn by ``desktop.render.Renderer``, fit to the width.

Edits restart a single-shot debounce timer (200 ms); when typing stops the
report is built into a Document and laid out, then the visible pages are
painted. The work is split into steps run in separate event-loop turns (build,
then layout of one part at a time, cut at the page breaks between visits), so
no single step holds the UI thread long and typing that arrives in between
cancels the stale refresh. A part equal to one laid out before keeps its
layout, so typing in one paragraph lays out only the pages of that visit.
Pages are painted only when visible and cached as pixmaps at the current width.

The preview is built and first painted before the window shows its first frame,
so that much keeps off PySide's ``Qt`` namespace (see ``desktop.ui.enumprops``).
"""

from __future__ import annotations

import sys
import time
import traceback
from collections import OrderedDict
from typing import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.geometry import PAGE_H_PT, PAGE_W_PT
from desktop.model.report import Report
from desktop.ui.enumprops import set_enum

DEBOUNCE_MS = 200
GAP_PX = 14
CACHE_PAGES = 12
STEP_BUDGET_S = 0.010
"""Layout work done in one event-loop turn before yielding to typing."""


def split_at_page_breaks(document) -> list:
    """The document cut before each element that starts a new page.

    Each part lays out independently into whole pages, so parts can be laid out
    in separate event-loop turns and their pages put one after another.
    """
    from desktop.document.elements import Document

    parts: list[list] = [[]]
    for element in document.elements:
        if getattr(element, "page_break_before", False) and parts[-1]:
            parts.append([])
        parts[-1].append(element)
    if len(parts) == 1:
        return [document]
    return [Document(document.meta, tuple(p)) for p in parts]


class _Pages(QWidget):
    """The canvas inside the scroll area: pages stacked top to bottom."""

    def __init__(self, preview: PagePreview):
        super().__init__()
        self.preview = preview
        self.pages: list[tuple[object, int]] = []  # (renderer, page index within it)
        self.message = ""
        self._cache: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()
        self.setBackgroundRole(QPalette.ColorRole.Dark)  # between the pages, filled by Qt
        self.setAutoFillBackground(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # "preparing…" on a blank page

    def set_pages(self, pages: list[tuple[object, int]]) -> None:
        self.pages = pages
        self.message = ""
        alive = {id(renderer) for renderer, _ in pages}
        for key in [k for k in self._cache if k[0] not in alive]:
            del self._cache[key]  # pages of parts laid out again
        self.relayout()
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    def page_width(self) -> int:
        """The page's width in pixels for the preview's zoom (finding 8)."""
        viewport = self.preview.viewport()
        mode = self.preview.zoom_mode
        if mode == "page":  # a whole page in view
            fit = (viewport.height() - 2 * GAP_PX) * PAGE_W_PT / PAGE_H_PT
            return max(120, min(int(fit), viewport.width() - 2 * GAP_PX))
        if mode == "100":  # actual size: points at the screen's resolution
            return max(120, round(PAGE_W_PT * self.logicalDpiX() / 72))
        return max(120, viewport.width() - 2 * GAP_PX)

    def page_height(self) -> int:
        return round(self.page_width() * PAGE_H_PT / PAGE_W_PT)

    def relayout(self) -> None:
        width = max(self.preview.viewport().width(), self.page_width() + 2 * GAP_PX)
        count = max(1, len(self.pages))
        height = GAP_PX + count * (self.page_height() + GAP_PX)
        if self.size() != QSize(width, height):
            self._cache.clear()
            self.resize(width, height)

    def page_rect(self, index: int) -> QRectF:
        top = GAP_PX + index * (self.page_height() + GAP_PX)
        left = max(GAP_PX, (self.width() - self.page_width()) // 2)  # centred when narrower
        return QRectF(left, top, self.page_width(), self.page_height())

    def _pixmap(self, index: int) -> QPixmap:
        w, h = self.page_width(), self.page_height()
        renderer, page = self.pages[index]
        key = (id(renderer), page, w)
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(w * ratio), round(h * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(w / PAGE_W_PT, h / PAGE_H_PT)
        try:
            renderer.paint_page(painter, page)
        except Exception:  # a drawing bug must not take the editor down
            traceback.print_exc(file=sys.stderr)
        finally:
            painter.end()
        self._cache[key] = pixmap
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return pixmap

    def _paint_placeholder(self, painter: QPainter) -> None:
        """A blank first page saying the preview is on its way (or why it is not).

        Painted in the window's first frame, so without ``Qt``: QPainter.fillRect and
        setPen would build it; a filled pixmap and the foreground role's pen do not.
        """
        rect = self.page_rect(0).toRect()
        blank = QPixmap(rect.size())
        blank.fill(QColor("white"))
        painter.drawPixmap(rect.topLeft(), blank)
        text = self.message or QCoreApplication.translate("PagePreview", "プレビューを準備しています…")
        metrics = painter.fontMetrics()
        painter.drawText(QPoint(rect.center().x() - metrics.horizontalAdvance(text) // 2,
                                rect.center().y() + (metrics.ascent() - metrics.descent()) // 2), text)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self.pages:
            self._paint_placeholder(painter)
            return
        visible = QRectF(event.rect())
        step = self.page_height() + GAP_PX
        first = max(0, int((visible.top() - GAP_PX) // step))
        last = min(len(self.pages) - 1, int((visible.bottom() - GAP_PX) // step))
        for index in range(first, last + 1):
            rect = self.page_rect(index)
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            painter.drawPixmap(rect.topLeft(), self._pixmap(index))
        if self.message:  # an error while refreshing: say so over the last good pages
            from PySide6.QtCore import Qt

            painter.setPen(QColor("#b00020"))
            painter.drawText(self.page_rect(first).adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.message)


class PagePreview(QScrollArea):
    """Live preview of the report taken from ``source()``."""

    refreshed = Signal()
    """A refresh finished (the problems panel refreshes with it)."""

    def __init__(self, source: Callable[[], Report], parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setWidgetResizable(False)
        set_enum(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        # Our own viewport, like QScrollArea's default one: a widget made in Python is
        # known to the bindings, while asking for Qt's own costs a one-time ~14 ms at
        # start-up (PySide resolves its class by loading every widget class).
        self._viewport = QWidget()
        self._viewport.setObjectName("qt_scrollarea_viewport")
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)
        self.canvas = _Pages(self)
        self.setWidget(self.canvas)
        self.verticalScrollBar().setSingleStep(40)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.refresh_now)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)
        self._follow: int | None = None  # a destination to scroll to once laid out
        self._follow_text: tuple[int, str] | None = None  # a block to scroll to once laid out
        self.zoom_mode = "width"  # "width", "page" (a whole page in view) or "100" (actual size)
        self._job: Iterator[None] | None = None
        self._parts: list[tuple[object, object]] = []  # (document part, its Renderer)
        self.step_ms: list[float] = []
        """Duration of each step of the last refresh, in ms (for the benchmark)."""

    @property
    def busy(self) -> bool:
        return self._job is not None or self._debounce.isActive()

    def page_count(self) -> int:
        return len(self.canvas.pages)

    def schedule(self, delay_ms: int = DEBOUNCE_MS) -> None:
        """Refresh after typing stops (restarts the debounce timer, cancels a stale refresh)."""
        self._job = None
        self._step_timer.stop()
        self._debounce.start(delay_ms)

    def schedule_now(self) -> None:
        """Refresh in the next event-loop turn (a new report, or 表示 > プレビューを更新)."""
        self.schedule(0)

    def stop(self) -> None:
        """Drop a pending or running refresh (the window is closing)."""
        self._job = None
        self._debounce.stop()
        self._step_timer.stop()

    def refresh_now(self) -> None:
        self._debounce.stop()
        self.step_ms = []
        self._job = self._refresh()
        self._step_timer.start()

    def _step(self) -> None:
        job = self._job
        if job is None:
            return
        started = time.perf_counter()
        try:
            next(job)
        except StopIteration:
            self._job = None
        except Exception as exc:  # show the problem instead of crashing the editor
            traceback.print_exc(file=sys.stderr)
            self._job = None
            self.canvas.set_message(self.tr("プレビューを作れません: {0}").format(exc))
        self.step_ms.append((time.perf_counter() - started) * 1000)
        if self._job is job:
            self._step_timer.start()

    def _refresh(self) -> Iterator[None]:
        from desktop.document import build_document
        from desktop.render import Renderer

        document = build_document(self.source())
        yield
        parts = split_at_page_breaks(document)
        if len(parts) > 1 and document.meta.page_numbers:
            parts = [document]  # page numbers need one layout of the whole document
        previous = self._parts
        done: list[tuple[object, object]] = []
        turn = time.perf_counter()
        for index, part in enumerate(parts):
            renderer = None
            if index < len(previous) and previous[index][0] == part:
                renderer = previous[index][1]
            else:  # a part moved (a visit added or removed): look for it nearby
                renderer = next((r for p, r in previous[max(0, index - 2):index + 3] if p == part), None)
            if renderer is None:
                renderer = Renderer(part)
            done.append((part, renderer))
            if time.perf_counter() - turn > STEP_BUDGET_S:
                yield
                turn = time.perf_counter()
        self._parts = done
        self.canvas.set_pages([(renderer, i) for _, renderer in done
                               for i in range(renderer.page_count())])
        if self._follow is not None:
            self.follow_destination(self._follow)
        if self._follow_text is not None:
            self.follow_block(*self._follow_text)
        self.refreshed.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.canvas.relayout()

    def first_page_of_destination(self, index: int) -> int | None:
        """The page where destination ``index`` starts, or None while unknown.

        Every visit after the first starts a page, so the laid-out parts are the
        visits (the first with the header); with page numbers on there is one part.
        """
        count = len(self.source().destinations)
        if index < 0 or count == 0:
            return 0
        if len(self._parts) != count or index >= count:
            return None
        return sum(renderer.page_count() for _, renderer in self._parts[:index])

    def follow_destination(self, index: int) -> None:
        """Show the pages of the destination being edited (-1: the first page).

        Called when the form shows another page; while a refresh is pending the
        scroll waits for it, so typing never moves the preview.
        """
        page = None if self.busy else self.first_page_of_destination(index)
        self._follow = index if page is None else None
        if page is not None:
            self.scroll_to_page(page)

    def follow_block(self, destination: int, text: str) -> None:
        """Scroll to the block being edited: the first line on the destination's pages
        that holds the start of ``text`` (else the destination's first page)."""
        first = None if self.busy else self.first_page_of_destination(destination)
        self._follow_text = (destination, text) if first is None else None
        if first is None:
            return
        found = self.find_text(destination, text)
        if found is None:
            self.scroll_to_page(first)
            return
        page, y = found
        rect = self.canvas.page_rect(page)
        top = int(rect.top() + y * rect.height() / PAGE_H_PT)
        bar = self.verticalScrollBar()
        if not bar.value() <= top <= bar.value() + self.viewport().height() - 40:
            bar.setValue(top - self.viewport().height() // 3)

    def find_text(self, destination: int, text: str) -> tuple[int, float] | None:
        """(page, y in points) of the first line starting the block ``text``, or None."""
        from desktop.render.paginate import clean

        probe = clean(text).strip().replace(" ", "").replace("\u3000", "")[:10]
        if not probe or destination >= len(self._parts):
            return None
        base = sum(renderer.page_count() for _, renderer in self._parts[:destination])
        _part, renderer = self._parts[destination]
        for page in range(renderer.page_count()):
            for op in renderer.page_ops(page):
                line = getattr(op, "text", None)
                if line and probe[:min(len(probe), 6)] in line.replace("\u3000", ""):
                    return base + page, op.y
        return None

    def set_zoom(self, mode: str) -> None:
        """"width" (page width), "page" (whole page) or "100" (actual size)."""
        if mode not in ("width", "page", "100"):
            raise ValueError(mode)
        bar = self.verticalScrollBar()
        step = self.canvas.page_height() + GAP_PX
        page = bar.value() / step if step else 0.0
        self.zoom_mode = mode
        set_enum(self, "horizontalScrollBarPolicy",
                 "ScrollBarAsNeeded" if mode == "100" else "ScrollBarAlwaysOff")
        self.canvas.relayout()
        self.canvas.update()
        bar.setValue(int(page * (self.canvas.page_height() + GAP_PX)))  # the same page in view

    def scroll_to_page(self, index: int) -> None:
        self.verticalScrollBar().setValue(int(self.canvas.page_rect(index).top()) - GAP_PX)
