"""Japanese line breaking (禁則処理) on measured characters.

Pure Python: the caller gives the advance of every character and the width of
each line. Rules (Japanese Word's standard level, desktop.document.kinsoku):
- no line starts with closing brackets, 、。，．, ・, iteration marks, ！？ and
  the like (the character before is pushed down with it: 追い出し); small kana
  and ー may start a line, as in the reference;
- a character that may not start a line is squeezed into the line above when its
  punctuation can give up the room (追い込み, half the width of each mark), else
  the last character goes down with it (追い出し);
- no line ends with an opening bracket;
- a run of half-width letters or digits (a Latin word, 2023) is not split;
- a combining mark, a variation selector or a zero-width joiner stays with the
  character before it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from desktop.document.kinsoku import COMPRESSIBLE, NO_LINE_END, NO_LINE_START


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
    if not can_break(text, end):
        more = end + 1
        while more < n and not can_break(text, more):
            more += 1
        if more - end <= 2 and squeezable(text, advances, start, more) >= total_of(
                advances, start, more) - limit:
            return more  # 追い込み
    return _back(text, start, end)


OPENING = frozenset("「『（【〔［｛〈《")
CENTRED = frozenset("・：；")


def total_of(advances: Sequence[float], start: int, end: int) -> float:
    return sum(advances[start:end])


def squeezable(text: str, advances: Sequence[float], start: int, end: int) -> float:
    """Room the line's punctuation can give up: half the width of each mark (but for an
    opening bracket that starts the line, which stays at the margin)."""
    return sum(advances[i] / 2 for i in range(start, end) if text[i] in COMPRESSIBLE
               and not (i == start and text[i] in OPENING))


def squeezed(text: str, advances: Sequence[float], width: float) -> list[float]:
    """Advances of one line made to fit ``width`` by narrowing its punctuation."""
    adv = list(advances)
    over = sum(adv) - width
    if over <= 0.01:
        return adv
    room = squeezable(text, adv, 0, len(adv))
    if room <= 0:
        return adv
    share = min(1.0, over / room)
    return [a - a / 2 * share if c in COMPRESSIBLE and not (i == 0 and c in OPENING) else a
            for i, (c, a) in enumerate(zip(text, adv))]


def squeeze_shift(ch: str, natural: float, squeezed_to: float) -> float:
    """How far left a squeezed mark is drawn: an opening bracket loses its left half,
    a centred mark half of what it gives up, a closing mark its right half (none)."""
    given = natural - squeezed_to
    if ch in OPENING:
        return given
    if ch in CENTRED:
        return given / 2
    return 0.0


def _back(text: str, start: int, end: int) -> int:
    """The last allowed break at or before ``end`` (追い出し)."""
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
