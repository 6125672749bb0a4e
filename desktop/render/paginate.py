"""The layout engine: a Document becomes pages of drawing operations.

Everything sits on the 18 pt grid: 36 lines a page, the line pitch fixed
whatever the font size (the title takes two lines). Paragraphs are broken by
``linebreak`` into lines whose width depends on the grid line (a photo at the
right shortens the lines beside it) and justified but for their last line.
Pagination honours page_break_before, space_before (dropped at the top of a
page), keep_with_next and widow/orphan control (no single line left alone).
"""

from __future__ import annotations

import math

from desktop.document.elements import (
    TITLE_PT,
    AddresseeLine,
    Document,
    Element,
    Figure,
    HeaderLine,
    HeaderTable,
    Para,
    Title,
)
from desktop.render.fonts import Face, face
from desktop.render.layout import (
    CH,
    LEFT,
    LINES,
    PAGE_H,
    PAGE_W,
    PITCH,
    PT_PER_MM,
    RIGHT,
    BOTTOM,
    TEXT_W,
    ImageOp,
    Op,
    RuleOp,
    TextOp,
    baseline,
    line_top,
    positions,
    spread_positions,
)
from desktop.render.linebreak import break_lines, next_break
from desktop.render.photos import aspect, flattened

CELL_PAD = 0.19 / 2.54 * 72
"""Word's default left/right cell margin (0.19 cm)."""
MIN_LINE = 4 * CH
"""Beside a photo, a line narrower than this stays empty."""
PHOTO_GAP = CH
TABLE_PITCH = 15.0
TABLE_PAD = 1.5
"""Space between the table's rules and its first and last rows."""
"""Rows of the header table are closer than the body grid, as in the reference
report: its text reads column by column (職氏名 first, then 用務 ...), which a
PDF text extractor only sees when a cell's lines are less than 1.5 font sizes
apart (poppler's block rule; 18 pt is more)."""
PHOTO_MAX_W = 0.6 * TEXT_W

_DROP = {ord(c): None for c in map(chr, range(0x20)) if c not in "\t"}
_DROP[ord("\t")] = "\u3000"


def clean(text: str) -> str:
    """Text as drawn: no control characters (a tab shows as a full-width space)."""
    return text.translate(_DROP)


class Flow:
    """One pass over the document's elements with a cursor (page, line)."""

    def __init__(self, document: Document):
        self.document = document
        self.body: Face = face(CH)
        self.pages: list[list[Op]] = [[]]
        self.page = 0
        self.line = 0
        self.floats: dict[int, list[tuple[int, int, float]]] = {}
        self.pending: list[Figure] = []

    # -- cursor ---------------------------------------------------------------

    def ops(self, page: int) -> list[Op]:
        while len(self.pages) <= page:
            self.pages.append([])
        return self.pages[page]

    def new_page(self) -> None:
        self.page += 1
        self.line = 0
        self.ops(self.page)

    def normalise(self) -> None:
        if self.line >= LINES:
            self.new_page()

    def right_edge(self, page: int, line: int) -> float:
        edge = RIGHT
        for first, end, x in self.floats.get(page, ()):
            if first <= line < end:
                edge = min(edge, x - PHOTO_GAP)
        return edge

    def float_end(self, page: int) -> int:
        return max((end for _, end, _ in self.floats.get(page, ())), default=0)

    # -- the document ---------------------------------------------------------

    def run(self) -> list[list[Op]]:
        elements = self.document.elements
        for index, element in enumerate(elements):
            if isinstance(element, Para):
                self.para(element, elements, index)
            elif isinstance(element, Figure):
                self.pending.append(element)
            elif isinstance(element, Title):
                self.title(element)
            elif isinstance(element, AddresseeLine):
                self.addressee(element)
            elif isinstance(element, HeaderTable):
                self.table(element)
        self.place_figures()
        if self.document.meta.page_numbers:
            self.page_numbers()
        return self.pages

    def text_op(self, text: str, xs: tuple[float, ...], line: int, page: int | None = None,
                size: float = CH) -> None:
        if text.strip():
            f = face(size)
            y = baseline(line, size, f.ascent, f.descent)
            self.ops(self.page if page is None else page).append(TextOp(text, xs, y, size))

    def title(self, title: Title) -> None:
        self.normalise()
        f = face(TITLE_PT)
        text = clean(title.text)
        adv = f.advances(text)
        box = min(TEXT_W, title.spread * TITLE_PT)
        if sum(adv) >= box:
            xs = positions(adv, max(LEFT, LEFT + (TEXT_W - sum(adv)) / 2))
        else:
            xs = spread_positions(adv, LEFT + (TEXT_W - box) / 2, box)
        y = baseline(self.line, TITLE_PT, f.ascent, f.descent, lines=2)
        if text.strip():
            self.ops(self.page).append(TextOp(text, xs, y, TITLE_PT))
        self.line += 2

    def addressee(self, element: AddresseeLine) -> None:
        self.normalise()
        text = clean(element.addressee)
        adv = self.body.advances(text)
        self.text_op(text, spread_positions(adv, LEFT, max(sum(adv), element.spread * CH)),
                     self.line)
        date = clean(element.date)
        dadv = self.body.advances(date)
        self.text_op(date, positions(dadv, RIGHT - sum(dadv)), self.line)
        self.line += 1

    # -- header table -----------------------------------------------------------

    def cell_rows(self, lines: tuple[HeaderLine, ...], x0: float, x1: float):
        """Rows of a cell: each row is a list of (text, xs)."""
        rows: list[list[tuple[str, tuple[float, ...]]]] = []
        for hl in lines:
            start = x0 + hl.indent * CH
            if len(hl.parts) == 1 and not hl.parts[0].width:
                text = clean(hl.text)
                adv = self.body.advances(text)
                label_w = sum(adv[:len(hl.label)])
                spans = break_lines(text, adv, lambda n: x1 - start - (label_w if n else 0))
                for k, (s, e) in enumerate(spans):
                    x = start + (label_w if k else 0)
                    extra = (x1 - x) - sum(adv[s:e]) if k < len(spans) - 1 else 0.0
                    rows.append([(text[s:e], positions(adv[s:e], x, extra))])
                continue
            row = []
            x = start
            if hl.label:
                label = clean(hl.label)
                ladv = self.body.advances(label)
                row.append((label, positions(ladv, x)))
                x += sum(ladv)
            for i, part in enumerate(hl.parts):
                text = clean(part.text)
                adv = self.body.advances(text)
                width = max(sum(adv), part.width * CH)
                row.append((text, spread_positions(adv, x, width) if part.width else positions(adv, x)))
                x += width + (hl.gap * CH if i < len(hl.parts) - 1 else 0)
            rows.append(row)
        return rows

    def table(self, table: HeaderTable) -> None:
        """The ruled 職氏名 | 用務/期間/出張先 table, rows at TABLE_PITCH, then back on the grid."""
        self.normalise()
        total_chars = sum(table.widths) or 1.0
        divider = LEFT + TEXT_W * table.widths[0] / total_chars + CELL_PAD
        left_rows = self.cell_rows(table.left, LEFT, divider - CELL_PAD)
        right_cells = [self.cell_rows(cell, divider + CELL_PAD, RIGHT) for cell in table.right]
        rows = max(len(left_rows), sum(len(c) for c in right_cells))
        height = math.ceil((rows * TABLE_PITCH + 2 * TABLE_PAD) / PITCH)
        if self.line > 0 and self.line + height > LINES and height <= LINES:
            self.new_page()
        ops = self.ops(self.page)
        y0 = line_top(self.line)
        f = self.body
        first_baseline = y0 + TABLE_PAD + (TABLE_PITCH - (f.ascent + f.descent)) / 2 + f.ascent

        def put(row, k):
            for text, xs in row:
                if text.strip():
                    ops.append(TextOp(text, xs, first_baseline + k * TABLE_PITCH, CH))

        for k, row in enumerate(left_rows):
            put(row, k)
        k = 0
        x_left, x_right = LEFT - CELL_PAD, RIGHT + CELL_PAD
        for i, cell in enumerate(right_cells):
            for row in cell:
                put(row, k)
                k += 1
            if i < len(right_cells) - 1:
                y = y0 + TABLE_PAD + k * TABLE_PITCH
                ops.append(RuleOp(divider, y, x_right, y))
        y1 = y0 + rows * TABLE_PITCH + 2 * TABLE_PAD
        ops += [RuleOp(x_left, y0, x_right, y0), RuleOp(x_left, y1, x_right, y1),
                RuleOp(x_left, y0, x_left, y1), RuleOp(x_right, y0, x_right, y1),
                RuleOp(divider, y0, divider, y1)]
        self.line += height

    # -- paragraphs -------------------------------------------------------------

    def measure(self, para: Para) -> tuple[str, list[float]]:
        """The paragraph's text and advances; a label fills exactly ``hanging`` characters,
        so the first line's text lines up with the wrapped lines below it."""
        text = clean(para.full_text)
        adv = self.body.advances(text)
        n = len(clean(para.label))
        if n:
            adv[n - 1] += max(0.0, para.hanging * CH - sum(adv[:n]))
        return text, adv

    def para_lines(self, para: Para) -> int:
        """Lines of a paragraph at full width (for keep-with-next decisions)."""
        text, adv = self.measure(para)
        first = RIGHT - LEFT - (para.indent + para.first_line) * CH
        rest = RIGHT - LEFT - (para.indent + para.hanging) * CH
        return len(break_lines(text, adv, lambda n: rest if n else first))

    def keep_lines(self, elements: tuple[Element, ...], index: int) -> int:
        """Lines the chain of keep_with_next paragraphs from ``index`` needs on one page."""
        need = 0
        for j in range(index, len(elements)):
            el = elements[j]
            if isinstance(el, Figure):
                continue
            if not isinstance(el, Para):
                return need + 1
            if j > index:
                if el.page_break_before:
                    return need
                need += el.space_before
                if not el.keep_with_next:
                    return need + min(2, self.para_lines(el))
            need += self.para_lines(el)
        return need

    def plan(self, para: Para, text: str, adv: list[float], page: int, line: int,
             break_after: int | None = None):
        """Place the lines of a paragraph from (page, line): (page, line, x0, x1, start, end)."""
        first_x = LEFT + (para.indent + para.first_line) * CH
        rest_x = LEFT + (para.indent + para.hanging) * CH
        placed = []
        start = 0
        while True:
            if line >= LINES:
                page, line = page + 1, 0
            x0 = rest_x if placed else first_x
            x1 = self.right_edge(page, line)
            if x1 - x0 < MIN_LINE and x1 < RIGHT:
                line += 1
                continue
            end = next_break(text, adv, start, x1 - x0) if text else 0
            placed.append((page, line, x0, x1, start, end))
            line += 1
            start = end
            if start >= len(text):
                return placed
            if break_after == len(placed):
                page, line = page + 1, 0

    def para(self, para: Para, elements: tuple[Element, ...], index: int) -> None:
        self.normalise()
        if para.page_break_before and self.line > 0:
            self.new_page()
        space = para.space_before if self.line > 0 else 0  # none at the top of a page
        if para.keep_with_next and self.line > 0:
            need = self.keep_lines(elements, index)
            if self.line + space + need > LINES and need <= LINES:
                self.new_page()
                space = 0
        self.line += space
        self.normalise()
        self.place_figures()
        text, adv = self.measure(para)
        placed = self.plan(para, text, adv, self.page, self.line)
        pages = sorted({p for p, *_ in placed})
        if len(pages) == 2 and len(placed) >= 2:
            on_first = sum(1 for p, *_ in placed if p == pages[0])
            on_last = len(placed) - on_first
            if on_first == 1 and self.line > 0:  # orphan: start on the next page
                self.new_page()
                self.place_figures()
                placed = self.plan(para, text, adv, self.page, 0)
            elif on_last == 1 and on_first >= 3:  # widow: take one more line over
                placed = self.plan(para, text, adv, self.page, self.line, break_after=on_first - 1)
        label = len(clean(para.label))
        for k, (page, line, x0, x1, start, end) in enumerate(placed):
            piece = text[start:end]
            padv = adv[start:end]
            extra = (x1 - x0) - sum(padv) if k < len(placed) - 1 else 0.0
            if k == 0 and 0 < label < end:  # the label keeps its place; its text is justified
                xs = positions(padv[:label], x0) + positions(padv[label:], x0 + sum(padv[:label]),
                                                             extra)
            else:
                xs = positions(padv, x0, extra)
            self.text_op(piece, xs, line, page)
        last_page, last_line = placed[-1][0], placed[-1][1]
        self.ops(last_page)
        self.page, self.line = last_page, last_line + 1

    # -- photos -----------------------------------------------------------------

    def place_figures(self) -> None:
        pending, self.pending = self.pending, []
        for figure in pending:
            self.figure(figure)

    def figure(self, figure: Figure) -> None:
        self.normalise()
        width = min(max(figure.width_mm, 10.0) * PT_PER_MM, PHOTO_MAX_W)
        image = flattened(figure.image, width)
        ratio = aspect(figure.image, image)
        height = width * ratio
        max_h = (LINES - 4) * PITCH
        if height > max_h:
            height, width = max_h, max_h / ratio
        caption = clean(figure.caption)
        cadv = self.body.advances(caption)
        spans = break_lines(caption, cadv, lambda n: width) if caption else []
        photo_lines = math.ceil((height + 4) / PITCH)
        need = photo_lines + len(spans)
        page = self.page
        line = max(self.line, self.float_end(page))
        if line + need > LINES and line > 0:
            page += 1
            line = self.float_end(page)
        x = RIGHT - width
        self.ops(page).append(ImageOp(x, line_top(line) + 2, width, height, image))
        for k, (s, e) in enumerate(spans):
            padv = cadv[s:e]
            self.text_op(caption[s:e], positions(padv, x + (width - sum(padv)) / 2),
                         line + photo_lines + k, page)
        self.floats.setdefault(page, []).append((line, line + need, x))

    # -- page numbers -----------------------------------------------------------

    def page_numbers(self) -> None:
        f = self.body
        for number, ops in enumerate(self.pages, start=1):
            text = f"- {number} -"
            adv = f.advances(text)
            y = PAGE_H - BOTTOM / 2 + (f.ascent - f.descent) / 2
            ops.append(TextOp(text, positions(adv, (PAGE_W - sum(adv)) / 2), y, CH))


def paginate(document: Document) -> list[list[Op]]:
    """The pages of a document, each a list of drawing operations."""
    return Flow(document).run()
