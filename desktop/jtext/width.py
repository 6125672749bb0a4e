"""Half-width / full-width (半角・全角) rules for report body text.

Japanese official documents write numbers, Latin letters and the punctuation
that goes with numbers in full-width form: ``458,005人`` → ``４５８，００５人``,
``NPO`` → ``ＮＰＯ``, ``68.03%`` → ``６８．０３％``.

The set converted by :func:`to_fullwidth` is deliberately small:

* ASCII digits ``0``–``9``           → ``０``–``９``
* ASCII letters ``A``–``Z``, ``a``–``z`` → ``Ａ``–``Ｚ``, ``ａ``–``ｚ``
* ``,`` ``.`` ``%`` ``(`` ``)``       → ``，`` ``．`` ``％`` ``（`` ``）``

Everything else is left alone: spaces, hyphen-minus (the reports write
``ｅ-加賀``), other ASCII punctuation, kana, kanji, characters that are already
full-width, unit symbols such as ``㎢``, newlines and tabs.
"""

from __future__ import annotations

import re

__all__ = ["HALFWIDTH_CONVERTED", "to_fullwidth", "fullwidth_number", "find_halfwidth"]

#: Exactly the characters that :func:`to_fullwidth` changes.
HALFWIDTH_CONVERTED: str = (
    "0123456789"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "abcdefghijklmnopqrstuvwxyz"
    ",.%()"
)

# ASCII U+0021..U+007E maps to U+FF01..U+FF5E by a fixed offset.
_TABLE = {ord(c): ord(c) + 0xFEE0 for c in HALFWIDTH_CONVERTED}
_FIND = re.compile(r"[0-9A-Za-z,.%()]")


def to_fullwidth(text: str) -> str:
    """Return *text* with the characters in :data:`HALFWIDTH_CONVERTED` made full-width."""
    return text.translate(_TABLE)


def fullwidth_number(n: int) -> str:
    """Write an integer in full-width digits: ``45`` → ``"４５"``, ``-3`` → ``"－３"``."""
    n = int(n)
    sign = "－" if n < 0 else ""
    return sign + to_fullwidth(str(abs(n)))


def find_halfwidth(text: str) -> list[tuple[int, str]]:
    """Positions (str indices) and characters that :func:`to_fullwidth` would change.

    Used by the editor's problems panel ("half-width digits in body text").
    The result is empty exactly when ``to_fullwidth(text) == text``.
    """
    return [(m.start(), m.group()) for m in _FIND.finditer(text)]
