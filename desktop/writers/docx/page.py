"""The section: A4 portrait, the margins and the 40 × 36 document grid."""

from __future__ import annotations

from desktop.document.elements import (
    BODY_PT,
    CHARS_PER_LINE,
    LINE_PITCH_PT,
    LINES_PER_PAGE,
    MARGINS_MM,
    PAGE_MM,
)
from desktop.writers.docx.xml import sub, w


def mm_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


PAGE_W, PAGE_H = (mm_twips(v) for v in PAGE_MM)            # 11906 × 16838
TOP, BOTTOM, LEFT, RIGHT = (mm_twips(MARGINS_MM[k]) for k in ("top", "bottom", "left", "right"))
TEXT_WIDTH = PAGE_W - LEFT - RIGHT                          # 8504 twips
TEXT_HEIGHT = PAGE_H - TOP - BOTTOM
LINE_PITCH = round(LINE_PITCH_PT * 20)                      # 360 twips
CHAR_SPACE = int((TEXT_WIDTH / 20 / CHARS_PER_LINE - BODY_PT) * 4096)
"""w:charSpace: 1/4096 pt added to the 10.5 pt body size so 40 cells fill the line."""
CHAR_PITCH = (BODY_PT + CHAR_SPACE / 4096) * 20
"""One grid character in twips (≈ 212.6): the unit of indents and table widths."""

assert TEXT_HEIGHT // LINE_PITCH == LINES_PER_PAGE
assert int(TEXT_WIDTH // CHAR_PITCH) == CHARS_PER_LINE


def chars_twips(chars: float) -> int:
    """``chars`` grid characters in twips."""
    return int(chars * CHAR_PITCH)  # never round up: LibreOffice snaps a hair over a cell to the next cell


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
