"""Japanese line breaking (禁則処理) on measured characters.

Pure Python: the caller gives the advance of every character and the width of
each line. Rules (JIS X 4051, as Word applies them):
- no line starts with closing brackets, 、。，．, ・, ー, small kana, iteration
  marks, ！？ and the like (the character before is pushed down with it: 追い出し);
- no line ends with an opening bracket;
- a run of half-width letters or digits (a Latin word, 2023) is not split;
- a combining mark, a variation selector or a zero-width joiner stays with the
  character before it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

NO_LINE_START = frozenset(
    "、。，．,.：；:;？！?!‼⁇⁈⁉・･ー－‐゠–—〜～"
    "」』）】〕〉》］｝〙〗〟’”｠»)]}｣"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "ｧｨｩｪｫｯｬｭｮ"
    "ゝゞヽヾ々〻％%‰℃°′″"
)
NO_LINE_END = frozenset("「『（【〔〈《［｛〘〖〝‘“｟«([{｢")


def _wordy(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "'-_")


def _joins_before(ch: str) -> bool:
    """A combining mark (ほ + U+3099), a variation selector (葛 + U+E0100) or a zero-width
    joiner belongs to the character before it: no line starts with one."""
    return ch == "\u200d" or unicodedata.category(ch) in ("Mn", "Me", "Mc")


def can_break(text: str, i: int) -> bool:
    """May a line end before ``text[i]``?"""
    before, after = text[i - 1], text[i]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if not after.isascii() and _joins_before(after) or before == "\u200d":
        return False
    if _wordy(before) and _wordy(after):
        return False
    return True


def next_break(text: str, advances: Sequence[float], start: int, width: float) -> int:
    """End (exclusive) of the line starting at ``start`` that fits ``width``.

    Always takes at least one character, so layout never stalls.
    """
    total = 0.0
    end = start
    n = len(text)
    limit = width + 0.01
    while end < n:
        total += advances[end]
        if total > limit:
            break
        end += 1
    if end >= n:
        return n
    if end == start:
        return start + 1
    cut = end
    while cut > start + 1 and not can_break(text, cut):
        cut -= 1
    if cut == start + 1 and not can_break(text, cut):
        return end  # one unbreakable run wider than the line: cut it where it overflows
    return cut


def break_lines(text: str, advances: Sequence[float],
                width_of: Callable[[int], float]) -> list[tuple[int, int]]:
    """(start, end) of each line; ``width_of(n)`` is the width of line n."""
    lines = []
    start = 0
    while start < len(text):
        end = next_break(text, advances, start, width_of(len(lines)))
        lines.append((start, end))
        start = end
    return lines or [(0, 0)]
