"""The layout engine: a Document becomes pages of drawing operations.

Everything sits on the grid of desktop.geometry: 36 lines of 18 pt a
page, the line pitch fixed whatever the font size (the title takes two lines),
and 39 cells a line: a full-width character advances one cell (≈ 10.9 pt), as
on Word's character grid. Paragraphs are broken by ``linebreak`` into lines
whose width depends on the grid line (a photo at the right shortens the lines
beside it), with 、。 hanging past the margin, and justified but for their last
line. Pagination follows Word's rules as the DOCX states them: page_break_before,
space_before (dropped at the top of a page), keep_with_next and widow/orphan
control (no single line of a paragraph alone at a page's top or bottom). The
header table's rows are grid lines; a table longer than the page continues on
the next page.
"""

from __future__ import annotations

import math

from desktop.document.elements import (
    AddresseeLine,
    Document,
    Element,
    Figure,
    HeaderLine,
    HeaderTable,
    Para,
    Title,
)
from desktop.geometry import (
    CAPTION_PT,
    CELL_PAD_PT,
    HEADER_LEFT_TW,
    PHOTO_GAP_PT,
    TITLE_PT,
    photo_size_pt,
    photo_width_pt,
)
from desktop.jtext.xmlsafe import clean_text
from desktop.render.fonts import Face, face
from desktop.render.layout import (
    CH,
    FONT_PT,
    LEFT,
    LINES,
    PAGE_H,
    PAGE_W,
    PITCH,
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
from desktop.render.linebreak import break_lines, next_break, squeeze_shift, squeezed
from desktop.render.photos import aspect, flattened

CELL_PAD = CELL_PAD_PT
MIN_LINE = 4 * CH
"""Beside a photo, a line narrower than this stays empty."""
PHOTO_GAP = PHOTO_GAP_PT
FULL_WIDTH = 0.75
"""A glyph at least this many ems wide is full-width: it takes one grid cell."""

_DROP = {ord(c): None for c in map(chr, range(0x20)) if c not in "\t"}
_DROP[ord("\t")] = "\u3000"


def clean(text: str) -> str:
    """Text as drawn: what the DOCX holds too (``clean_text``: XML-safe, kana composed),
    with no control characters left (a tab shows as a full-width space)."""
    return clean_text(text).translate(_DROP)


class Flow:
    """One pass over the document's elements with a cursor (page, line)."""

    def __init__(self, document: Document):
        self.document = document
        self.body: Face = face(FONT_PT)
        self.pages: list[list[Op]] = [[]]
        self.page = 0
        self.line = 0
        self.floats: dict[int, list[tuple[int, int, float]]] = {}
        self.ruled: set[int] = set()
        self._measured: dict[int, tuple[Para, str, list[float]]] = {}
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

    def lines(self, page: int) -> int:
        """Lines the page holds: the grid's 36, or 35 on a page with header-table rules. The
        grid is the page's capacity (36 × 18 pt), and the rules' widths come on top of the
        rows, so the last line no longer fits (LibreOffice lays out so; Word's page is the
        same grid)."""
        return LINES - (page in self.ruled)

    def normalise(self) -> None:
        if self.line >= self.lines(self.page):
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
        if self.pending:  # photos after the last paragraph
            self.normalise()
            self.place_figures()
        if self.document.meta.page_numbers:
            self.page_numbers()
        return self.pages

    def advances(self, text: str) -> list[float]:
        """Advances on the character grid: a full-width character takes one cell."""
        full = FULL_WIDTH * FONT_PT
        return [CH if a >= full else a for a in self.body.advances(text)]

    def text_op(self, text: str, xs: tuple[float, ...], line: int, page: int | None = None,
                size: float = FONT_PT) -> None:
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
        adv = self.advances(text)
        self.text_op(text, spread_positions(adv, LEFT, max(sum(adv), element.spread * CH)),
                     self.line)
        date = clean(element.date)
        dadv = self.advances(date)
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
                adv = self.advances(text)
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
                ladv = self.advances(label)
                row.append((label, positions(ladv, x)))
                x += sum(ladv)
            for i, part in enumerate(hl.parts):
                text = clean(part.text)
                adv = self.advances(text)
                width = max(sum(adv), part.width * CH)
                row.append((text, spread_positions(adv, x, width) if part.width else positions(adv, x)))
                x += width + (hl.gap * CH if i < len(hl.parts) - 1 else 0)
            rows.append(row)
        return rows

    def table(self, table: HeaderTable) -> None:
        """The ruled 職氏名 | 用務/期間/出張先 table: one row a grid line; a table longer
        than the rest of the page continues on the next page, ruled on each."""
        self.normalise()
        divider = LEFT + HEADER_LEFT_TW / 20
        left_rows = self.cell_rows(table.left, LEFT + CELL_PAD, divider - CELL_PAD)
        right_cells = [self.cell_rows(cell, divider + CELL_PAD, RIGHT - CELL_PAD)
                       for cell in table.right]
        right_rows = [row for cell in right_cells for row in cell]
        group_starts = set()
        k = 0
        for cell in right_cells[:-1]:
            k += len(cell)
            group_starts.add(k)
        rows = max(len(left_rows), len(right_rows), 1)
        at: list[tuple[int, int]] = []  # (page, line) of each row
        for _ in range(rows):
            self.ruled.add(self.page)
            self.normalise()
            self.ruled.add(self.page)
            at.append((self.page, self.line))
            self.line += 1
        for cells in (left_rows, right_rows):  # cell by cell, as a reader reads the table
            for (page, line), row in zip(at, cells):
                for text, xs in row:
                    self.text_op(text, xs, line, page)
        for k in sorted(group_starts):
            page, line = at[k]
            if k and at[k - 1][0] == page:  # not at the top of a continued table
                y = line_top(line)
                self.ops(page).append(RuleOp(divider, y, RIGHT, y))
        for page in sorted({p for p, _ in at}):
            lines = [line for p, line in at if p == page]
            y0, y1 = line_top(lines[0]), line_top(lines[-1] + 1)
            self.ops(page).extend([
                RuleOp(LEFT, y0, RIGHT, y0), RuleOp(LEFT, y1, RIGHT, y1),
                RuleOp(LEFT, y0, LEFT, y1), RuleOp(RIGHT, y0, RIGHT, y1),
                RuleOp(divider, y0, divider, y1)])

    # -- paragraphs -------------------------------------------------------------

    def measure(self, para: Para) -> tuple[str, list[float]]:
        """The paragraph's text and advances; a label fills exactly ``hanging`` characters,
        so the first line's text lines up with the wrapped lines below it. (Measured once:
        keep-with-next decisions measure the paragraphs that follow.)"""
        got = self._measured.get(id(para))
        if got is not None and got[0] is para:
            return got[1], got[2]
        text, adv = self._measure(para)
        self._measured[id(para)] = (para, text, adv)
        return text, adv

    def _measure(self, para: Para) -> tuple[str, list[float]]:
        text = clean(para.full_text)
        adv = self.advances(text)
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
            if line >= self.lines(page):
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

    def widow_control(self, placed) -> str | int | None:
        """Word's widow/orphan control: no single line of the paragraph alone at the
        bottom of a page (orphan) or at the top of the next (widow). Returns "move"
        (the paragraph starts on the next page), a line count to break after (one
        more line goes over), or None."""
        if len(placed) < 2 or placed[0][0] == placed[-1][0]:
            return None
        first_page = placed[0][0]
        on_first = sum(1 for p, *_ in placed if p == first_page)
        if on_first == 1 and placed[0][1] > 0:  # orphan
            return "move"
        last_page = placed[-1][0]
        on_last = sum(1 for p, *_ in placed if p == last_page)
        before = len(placed) - on_last  # lines on the pages before the last
        if on_last == 1:
            on_prev = sum(1 for p, *_ in placed if p == last_page - 1)
            if on_prev >= 3 or (on_prev == 2 and first_page != last_page - 1):
                return before - 1  # widow: one more line goes over to the last page
            if placed[0][1] > 0 and before == 2:  # 2 + 1: the whole paragraph moves on
                return "move"
        return None

    def para(self, para: Para, elements: tuple[Element, ...], index: int) -> None:
        self.normalise()
        if para.page_break_before and self.line > 0:
            self.new_page()
        space = para.space_before if self.line > 0 else 0  # none at the top of a page
        if para.keep_with_next and self.line > 0:
            need = self.keep_lines(elements, index)
            if self.line + space + need > self.lines(self.page) and need <= LINES:
                self.new_page()
                space = 0
        top = self.line  # a photo anchored here starts at the paragraph's top, its space too
        self.line += space
        self.normalise()
        figures = self.pending
        made = self.place_figures(top if self.line >= top else self.line)
        if self.line > 0 and any(self.off_paper(entry) for entry in made):
            # a photo would run off the paper: it goes to the next page with its paragraph
            self.unplace(made)
            self.new_page()
            self.pending = figures
            made = self.place_figures(0)
        text, adv = self.measure(para)
        placed = self.plan(para, text, adv, self.page, self.line)
        rule = self.widow_control(placed)
        if rule == "move":
            self.unplace(made)
            self.new_page()
            self.pending = figures
            self.place_figures(0)
            placed = self.plan(para, text, adv, self.page, 0)
        elif rule is not None:
            placed = self.plan(para, text, adv, self.page, self.line, break_after=rule)
        label = len(clean(para.label))
        for k, (page, line, x0, x1, start, end) in enumerate(placed):
            piece = text[start:end]
            padv = squeezed(piece, adv[start:end], x1 - x0)  # 追い込み: punctuation narrowed
            extra = (x1 - x0) - sum(padv) if k < len(placed) - 1 else 0.0
            if k == 0 and 0 < label < end:  # the label keeps its place; its text is justified
                xs = positions(padv[:label], x0) + positions(padv[label:], x0 + sum(padv[:label]),
                                                             extra)
            else:
                xs = positions(padv, x0, extra)
            natural = adv[start:end]
            if padv != natural:  # squeezed marks keep their ink where it was
                xs = tuple(x - squeeze_shift(c, a, b)
                           for x, c, a, b in zip(xs, piece, natural, padv))
            self.text_op(piece, xs, line, page)
        last_page, last_line = placed[-1][0], placed[-1][1]
        self.ops(last_page)
        self.page, self.line = last_page, last_line + 1

    # -- photos -----------------------------------------------------------------

    def place_figures(self, line: int | None = None) -> list:
        """Place the photos waiting for the paragraph that starts at ``line`` of this page,
        as Word places an anchored picture: at the paragraph's top (several stack
        downwards), at the right margin, on the paragraph's page even when it runs into
        the bottom margin. Returns what was placed (see ``unplace``)."""
        pending, self.pending = self.pending, []
        made = []
        for figure in pending:
            made.append(self.figure(figure, self.line if line is None else line))
        return made

    @staticmethod
    def off_paper(made) -> bool:
        """Does a photo placed by ``figure`` (or its caption) reach past the paper's edge?"""
        _, ops, _ = made
        return any(op.y + op.h > PAGE_H if isinstance(op, ImageOp) else op.y > PAGE_H
                   for op in ops)

    def unplace(self, made: list) -> None:
        """Take photos placed by ``place_figures`` off their page again."""
        for page, ops, entry in made:
            self.pages[page] = [op for op in self.pages[page] if not any(op is o for o in ops)]
            self.floats[page].remove(entry)

    def figure(self, figure: Figure, line: int):
        image = flattened(figure.image, photo_width_pt(figure.width_mm))
        width, height = photo_size_pt(figure.width_mm, aspect(figure.image, image))
        caption = clean(figure.caption)
        cadv = face(CAPTION_PT).advances(caption)
        spans = break_lines(caption, cadv, lambda n: width) if caption else []
        photo_lines = math.ceil(height / PITCH - 1e-6)
        need = photo_lines + len(spans)
        page = self.page
        line = max(line, self.float_end(page))
        y = line_top(line)
        x = RIGHT - width
        ops: list[Op] = [ImageOp(x, y, width, height, image)]
        before = len(self.ops(page))
        self.ops(page).extend(ops)
        for k, (s, e) in enumerate(spans):
            padv = cadv[s:e]
            self.text_op(caption[s:e], positions(padv, x + (width - sum(padv)) / 2),
                         line + photo_lines + k, page, CAPTION_PT)
        ops = self.ops(page)[before:]
        entry = (line, line + need, x)
        self.floats.setdefault(page, []).append(entry)
        return page, ops, entry

    # -- page numbers -----------------------------------------------------------

    def page_numbers(self) -> None:
        f = self.body
        for number, ops in enumerate(self.pages, start=1):
            text = f"- {number} -"
            adv = f.advances(text)
            y = PAGE_H - BOTTOM / 2 + (f.ascent - f.descent) / 2
            ops.append(TextOp(text, positions(adv, (PAGE_W - sum(adv)) / 2), y, FONT_PT))


def paginate(document: Document) -> list[list[Op]]:
    """The pages of a document, each a list of drawing operations."""
    return Flow(document).run()
