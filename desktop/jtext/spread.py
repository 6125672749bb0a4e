"""均等割り付け (distributed alignment) of short texts such as names and titles.

The writers do the spreading itself (character spacing in DOCX, glyph
placement in the renderer); this module decides how wide a column is, and the
document builder asks it for the header's role, title and name columns.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["spread_width"]


def spread_width(texts: Iterable[str], minimum: int = 0) -> int:
    """Number of characters to spread a column to: the longest text, at least *minimum*."""
    return max(minimum, max((len(t) for t in texts), default=0))
