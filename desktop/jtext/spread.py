"""均等割り付け (distributed alignment) of short texts such as names and titles.

The writers do the real spreading themselves (character spacing in DOCX,
glyph placement in PDF); this module only decides how wide a column is and
gives a plain-text rendering for plain-text output and tests.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["spread_width", "spread_plain"]

_EMPTY_CELL = "\u3000"  # ideographic space


def spread_width(texts: Iterable[str], minimum: int = 0) -> int:
    """Number of characters to spread a column to: the longest text, at least *minimum*."""
    return max(minimum, max((len(t) for t in texts), default=0))


def spread_plain(text: str, width: int) -> str:
    """Plain-text 均等割り付け of *text* over *width* character cells.

    The cells are joined by single spaces; the characters of *text* go to
    evenly spaced cells (first and last character at the two ends, positions
    in between rounded half up; a single character goes to the middle cell,
    left of centre when *width* is even) and empty cells are ideographic
    spaces::

        spread_plain("林真一郎", 4) == "林 真 一 郎"
        spread_plain("委員", 4)     == "委 　 　 員"

    So texts of up to *width* characters all render as ``width`` cells and
    ``width - 1`` spaces.  A text longer than *width* is not cut: its
    characters are simply joined by single spaces.  An empty text gives "".
    """
    n = len(text)
    if n == 0:
        return ""
    if n >= width:
        return " ".join(text)
    cells = [_EMPTY_CELL] * width
    if n == 1:
        cells[(width - 1) // 2] = text
    else:
        for i, ch in enumerate(text):
            cells[(i * (width - 1) + (n - 1) // 2) // (n - 1)] = ch
    return " ".join(cells)
