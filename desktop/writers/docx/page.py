"""The section: A4 portrait, the margins and the 39 × 36 document grid (desktop.geometry)."""

from __future__ import annotations

from desktop.geometry import (
    CELL_TW,
    CHAR_SPACE,
    LINE_PITCH_TW,
    MARGIN_TW,
    PAGE_H_TW,
    PAGE_W_TW,
    TEXT_W_TW,
    cells_twips,
)
from desktop.writers.docx.xml import sub, w

PAGE_W, PAGE_H = PAGE_W_TW, PAGE_H_TW
TOP, BOTTOM, LEFT, RIGHT = (MARGIN_TW[k] for k in ("top", "bottom", "left", "right"))
TEXT_WIDTH = TEXT_W_TW
LINE_PITCH = LINE_PITCH_TW
CHAR_PITCH = CELL_TW
"""One grid character in twips (≈ 218.0): the unit of indents."""


def chars_twips(chars: float) -> int:
    """``chars`` grid characters in twips."""
    return cells_twips(chars)


def setup_section(sect_pr) -> None:
    """Rewrite the body's w:sectPr: page size, margins, grid (footer refs kept)."""
    for child in list(sect_pr):
        if child.tag not in (w("headerReference"), w("footerReference")):
            sect_pr.remove(child)
    sub(sect_pr, "pgSz", w=PAGE_W, h=PAGE_H)
    sub(sect_pr, "pgMar", top=TOP, right=RIGHT, bottom=BOTTOM, left=LEFT,
        header=851, footer=992, gutter=0)
    sub(sect_pr, "cols", space=425)
    sub(sect_pr, "docGrid", type="linesAndChars", linePitch=LINE_PITCH, charSpace=CHAR_SPACE)
