"""The page geometry of the official layout: the one home of every layout fact.

The DOCX writer, the Qt renderer (PDF, print, preview) and the editor's preview
all read these numbers, so the two outputs cannot drift apart. Pure Python.

Decided from the reference report (docs/report-layout.md):
- A4 portrait, margins top 35 mm, bottom 30 mm, left and right 30 mm (Word's
  Japanese default), body 10.5 pt Mincho on a grid of 36 lines of 18 pt;
- **39 characters a line**: the grid's character cell is the text width / 39
  (≈ 10.9 pt). Of the reference's lines of 35+ characters, 61 hold 39 and the 5
  that hold 40 all end in punctuation squeezed in (追い込み, desktop.document.kinsoku);
- indents are whole grid cells;
- the header table's rows sit on the body's 18 pt grid (its rules are the
  table's, not extra lines), in both outputs.
"""

from __future__ import annotations

import math

# -- paper ---------------------------------------------------------------------

PAGE_MM = (210.0, 297.0)
MARGINS_MM = {"top": 35.0, "bottom": 30.0, "left": 30.0, "right": 30.0}
PT_PER_MM = 72.0 / 25.4


def twips(pt: float) -> int:
    """Points in twips (1/20 pt), rounded."""
    return round(pt * 20)


def mm_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


PAGE_W_TW, PAGE_H_TW = (mm_twips(v) for v in PAGE_MM)            # 11906 × 16838
MARGIN_TW = {k: mm_twips(v) for k, v in MARGINS_MM.items()}       # 1984 / 1701 twips
TEXT_W_TW = PAGE_W_TW - MARGIN_TW["left"] - MARGIN_TW["right"]   # 8504 twips
TEXT_H_TW = PAGE_H_TW - MARGIN_TW["top"] - MARGIN_TW["bottom"]

PAGE_W_PT = PAGE_W_TW / 20          # 595.3
PAGE_H_PT = PAGE_H_TW / 20          # 841.9
LEFT_PT = MARGIN_TW["left"] / 20
TOP_PT = MARGIN_TW["top"] / 20
BOTTOM_PT = MARGIN_TW["bottom"] / 20
TEXT_W_PT = TEXT_W_TW / 20          # 425.2
RIGHT_PT = LEFT_PT + TEXT_W_PT

# -- type and grid -----------------------------------------------------------------

BODY_PT = 10.5
TITLE_PT = 16.0
CAPTION_PT = 9.0
"""A photo's caption, in both outputs (on the 18 pt grid like every line)."""
LINE_PITCH_PT = 18.0
LINE_PITCH_TW = twips(LINE_PITCH_PT)    # 360
LINES_PER_PAGE = 36
CHARS_PER_LINE = 39

CHAR_SPACE = math.floor((TEXT_W_PT / CHARS_PER_LINE - BODY_PT) * 4096)
"""w:docGrid w:charSpace: 1/4096 pt added to the body size, so 39 cells fill the line."""
CELL_PT = BODY_PT + CHAR_SPACE / 4096
"""One grid cell (≈ 10.90 pt): the advance of a full-width character and the unit of
indents, in the DOCX (Word and LibreOffice derive it from CHAR_SPACE) and in the renderer."""
CELL_TW = CELL_PT * 20

assert TEXT_H_TW // LINE_PITCH_TW == LINES_PER_PAGE
assert CHARS_PER_LINE * CELL_PT <= TEXT_W_PT < (CHARS_PER_LINE + 1) * CELL_PT


def cells_twips(cells: float) -> int:
    """``cells`` grid cells in twips, never rounded up (LibreOffice snaps a hair over a
    cell to the next cell: 425 twips were read as three cells, not two)."""
    return int(cells * CELL_TW + 1e-6)


def cells_pt(cells: float) -> float:
    return cells_twips(cells) / 20


# -- header table ----------------------------------------------------------------

CELL_PAD_TW = 54
"""Left and right cell margin of the header table (narrow, so 用務 lines hold 18 cells)."""
CELL_PAD_PT = CELL_PAD_TW / 20
HEADER_RIGHT_CELLS = 18
"""The 用務 / 期間 / 出張先 column holds 18 characters a line (the reference's wrap width)."""
HEADER_RIGHT_TW = cells_twips(HEADER_RIGHT_CELLS) + 2 * CELL_PAD_TW + 10
"""Right column width: 18 cells, its two margins and a hair, so the 18th character fits."""
HEADER_LEFT_TW = TEXT_W_TW - HEADER_RIGHT_TW
TABLE_ROW_PT = LINE_PITCH_PT
"""Rows of the header table are one grid line apart, as the body."""

# -- photos -----------------------------------------------------------------------

PHOTO_MIN_MM = 10.0
PHOTO_MAX_W_PT = 0.6 * TEXT_W_PT
"""A photo is at most 0.6 of the text width (about 90 mm), so text beside it keeps 15 cells."""
PHOTO_GAP_TW = cells_twips(1)
"""Space between a photo and the text wrapped beside it: one cell."""
PHOTO_GAP_PT = PHOTO_GAP_TW / 20


def photo_width_pt(width_mm: float) -> float:
    """A photo's printed width: its setting, between 10 mm and PHOTO_MAX_W_PT."""
    return min(max(width_mm, PHOTO_MIN_MM) * PT_PER_MM, PHOTO_MAX_W_PT)


PHOTO_DPI = 300
"""Pixels per inch a photo is printed at: larger photos are shrunk to it for the PDF, print
and preview (desktop.render.photos), and above twice it for the DOCX (desktop.imaging)."""
PHOTO_MAX_H_PT = (LINES_PER_PAGE - 4) * LINE_PITCH_PT
"""A photo leaves at least four lines of its page to text."""


def photo_size_pt(width_mm: float, ratio: float) -> tuple[float, float]:
    """(width, height) of a photo printed at ``width_mm`` with height/width ``ratio``."""
    width = photo_width_pt(width_mm)
    height = width * ratio
    if height > PHOTO_MAX_H_PT:
        height, width = PHOTO_MAX_H_PT, PHOTO_MAX_H_PT / ratio
    return width, height
