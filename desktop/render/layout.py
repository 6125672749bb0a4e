"""Page geometry and the drawing operations a laid-out page is made of.

All lengths are in points, origin at the top-left corner of the A4 sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from desktop.geometry import (
    BODY_PT,
    BOTTOM_PT,
    CELL_PT,
    LEFT_PT,
    LINE_PITCH_PT,
    LINES_PER_PAGE,
    PAGE_H_PT,
    PAGE_W_PT,
    RIGHT_PT,
    TEXT_W_PT,
    TOP_PT,
)

PAGE_W = PAGE_W_PT
PAGE_H = PAGE_H_PT
LEFT = LEFT_PT
TOP = TOP_PT
BOTTOM = BOTTOM_PT
TEXT_W = TEXT_W_PT
"""The text area is the whole width between the margins (425.2 pt): 39 grid cells."""
RIGHT = RIGHT_PT
CH = CELL_PT
"""One grid cell: the advance of a full-width body character and one character of indent."""
FONT_PT = BODY_PT
PITCH = LINE_PITCH_PT
LINES = LINES_PER_PAGE


def line_top(line: int) -> float:
    return TOP + line * PITCH


def baseline(line: int, size: float, ascent: float, descent: float, lines: int = 1) -> float:
    """Baseline of text of ``size`` centred in ``lines`` grid lines from ``line``."""
    box = lines * PITCH
    return line_top(line) + (box - (ascent + descent)) / 2 + ascent


@dataclass(frozen=True)
class TextOp:
    """Characters of one line at given x positions on one baseline."""

    text: str
    xs: tuple[float, ...]
    y: float
    size: float


@dataclass(frozen=True)
class RuleOp:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5


@dataclass(frozen=True)
class ImageOp:
    x: float
    y: float
    w: float
    h: float
    image: QImage | None  # None: the photo could not be read; a frame is drawn


Op = TextOp | RuleOp | ImageOp


def positions(advances: list[float], x: float, extra: float = 0.0) -> tuple[float, ...]:
    """x of each character from ``x``, ``extra`` spread over the gaps between them."""
    n = len(advances)
    gap = extra / (n - 1) if n > 1 and extra > 0 else 0.0
    out = []
    for adv in advances:
        out.append(x)
        x += adv + gap
    return tuple(out)


def spread_positions(advances: list[float], x: float, width: float) -> tuple[float, ...]:
    """均等割り付け: first character at ``x``, last ending at ``x + width``."""
    natural = sum(advances)
    if len(advances) == 1 and natural < width:
        return (x + (width - natural) / 2,)
    return positions(advances, x, max(0.0, width - natural))
