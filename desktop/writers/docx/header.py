"""Page 1's header block: the spread title, the addressee/date line, the ruled table.

Spreading (均等割り付け) is ``w:fitText`` on the run: Word fits the run's
characters into exactly that width. Roster columns also get tab stops so that
names line up even where a reader ignores fitText.
"""

from __future__ import annotations

from desktop.document.elements import (
    AddresseeLine,
    HeaderLine,
    HeaderTable,
    Style,
    Title,
)
from desktop.geometry import BODY_PT, HEADER_LEFT_TW, HEADER_RIGHT_TW, TITLE_PT
from desktop.writers.docx.page import TEXT_WIDTH, chars_twips
from desktop.writers.docx.styles import CELL_MARGIN, TABLE_STYLE_ID, add_ind, style_id
from desktop.writers.docx.xml import FitIds, add_run, sub


def _paragraph(parent, style: Style):
    p = sub(parent, "p")
    ppr = sub(p, "pPr")
    sub(ppr, "pStyle", val=style_id(style))
    return p, ppr


def _spread_run(p, text: str, width_chars: float, ids: FitIds, pt: float = BODY_PT) -> None:
    if not text:
        return
    if width_chars and len(text) > 1:
        ids.spread(p, text, width_chars, pt)
    else:
        add_run(p, text)


def write_title(body, title: Title, ids: FitIds) -> None:
    p, _ = _paragraph(body, Style.TITLE)
    _spread_run(p, title.text, title.spread, ids, TITLE_PT)


def write_addressee(body, line: AddresseeLine, ids: FitIds) -> None:
    """Addressee spread at the left, then a tab to the right tab stop, then the date."""
    p, _ = _paragraph(body, Style.ADDRESSEE)
    _spread_run(p, line.addressee, line.spread, ids)
    if line.date:
        add_run(p, "\t" + line.date)


def _header_line(tc, line: HeaderLine, ids: FitIds) -> None:
    p, ppr = _paragraph(tc, Style.ROSTER)
    hanging = float(len(line.label))
    if len(line.parts) > 1:
        tabs = sub(ppr, "tabs")
        pos = line.indent + hanging
        for part in line.parts[:-1]:
            pos += (part.width or len(part.text)) + line.gap
            sub(tabs, "tab", val="left", pos=chars_twips(pos))
    if line.indent or hanging:
        add_ind(ppr, line.indent, hanging, 0.0)
    if line.label:
        add_run(p, line.label)
    for i, part in enumerate(line.parts):
        if i:
            add_run(p, "\t")
        _spread_run(p, part.text, part.width, ids)


def _cell(tr, width: int, lines, ids: FitIds, merge: str | None = None) -> None:
    tc = sub(tr, "tc")
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", w=width, type="dxa")
    if merge:
        sub(tcpr, "vMerge", **({"val": merge} if merge == "restart" else {}))
    for line in lines:
        _header_line(tc, line, ids)
    if not lines:
        _paragraph(tc, Style.ROSTER)


def write_header_table(body, table: HeaderTable, ids: FitIds) -> None:
    """Two columns: 職氏名 in one left cell spanning all rows; 用務/期間/出張先 stacked at the right."""
    left_w, right_w = HEADER_LEFT_TW, HEADER_RIGHT_TW
    tbl = sub(body, "tbl")
    tpr = sub(tbl, "tblPr")
    sub(tpr, "tblStyle", val=TABLE_STYLE_ID)
    sub(tpr, "tblW", w=TEXT_WIDTH, type="dxa")
    sub(tpr, "tblLayout", type="fixed")
    mar = sub(tpr, "tblCellMar")
    sub(mar, "left", w=CELL_MARGIN, type="dxa")
    sub(mar, "right", w=CELL_MARGIN, type="dxa")
    sub(tpr, "tblLook", val="0000", firstRow=0, lastRow=0, firstColumn=0, lastColumn=0,
        noHBand=1, noVBand=1)
    grid = sub(tbl, "tblGrid")
    sub(grid, "gridCol", w=left_w)
    sub(grid, "gridCol", w=right_w)
    right = table.right or ((),)
    for i, cell in enumerate(right):
        tr = sub(tbl, "tr")
        merge = None if len(right) == 1 else ("restart" if i == 0 else "continue")
        _cell(tr, left_w, table.left if i == 0 else (), ids, merge)
        _cell(tr, right_w, cell, ids)
