"""The draft's text stored by reference to the document's own text (format version 2).

A DOCX we write holds the report twice: once as the document, once as the
embedded draft. So that the draft does not repeat the text, every run of
non-blank characters of a text field that is at least ``MIN_REF`` long and
appears in the document's text is replaced by a reference to it.

Coordinates are those of ``desktop.model.docxtext.squeezed``: the document's
paragraphs that hold text, white space removed (saving in Word or LibreOffice
changes spacing, never these). A field becomes ``{"@": [piece, ...]}``, whose
pieces are joined: a string is itself, ``[d]`` is the whole squeezed paragraph
number ``p`` (0-based), ``[d, s, t]`` that paragraph less its first ``s`` and last
``t`` characters, where ``d`` is ``p`` less the paragraph of the reference before it
(in the order of the JSON text; 0 before the first), so that the text of a report
read in order is a run of ``[1]``, which compresses to almost nothing. ``s`` and
``t`` are counts, or the characters themselves when there are at most
``MAX_CONTEXT`` of them (「１）」 before a heading). White space and short runs stay
literal, so the field comes back character for character.

Per squeezed paragraph the writer keeps a short hash (``HASH_BYTES`` of
BLAKE2b). When the document was edited in Word the hashes of the paragraphs now
are aligned with those at export (difflib; in bounded time for any input), and a
reference into an unchanged paragraph resolves exactly. A reference into a
changed paragraph takes that paragraph's text as it is now: for a field that was
part of the paragraph, what a character alignment with the kept text around it
puts in its place (``_locate``), or, where only counts were kept, the paragraph
less as many characters before and after. One into a deleted paragraph resolves
to nothing, and the line it made up is dropped. The exported text of an edited
paragraph is not in the file any more: that is the price of a small DOCX
(docs/draft-format.md).

Pure Python; no Qt, no python-docx.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import difflib
import hashlib
import itertools
from collections import Counter
from dataclasses import dataclass, field

MIN_REF = 8
"""Shortest run of non-blank characters stored as a reference (shorter runs cost more as one)."""
HASH_BYTES = 3
"""Bytes of BLAKE2b kept per paragraph: an edited paragraph taken for unchanged has odds of 1 in 16.7 million."""
REF_KEY = "@"
NOT_TEXT = frozenset({"data", "media", "sha256", "mime", "type", "id", "topic",
                      "submitted", "start", "end", "visited"})
"""Keys whose strings are never references: not the document's text, or with a form to keep
(a date after 2099 is printed as it is, but an edit in Word must not make it unreadable)."""
MAX_CONTEXT = 12
"""Longest text before or after a reference's run in its paragraph kept as text, not a count."""


class RefError(ValueError):
    """A reference that does not fit the document (out of range, malformed, hash mismatch)."""

    def __init__(self, where: str, ja: str, en: str):
        super().__init__(en)
        self.where, self.ja, self.en = where, ja, en


# -- paragraphs and their hashes -----------------------------------------------------------

def paragraph_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=HASH_BYTES).digest()


def pack_hashes(squeezed_paragraphs: list[str]) -> str:
    return base64.b64encode(b"".join(paragraph_hash(p) for p in squeezed_paragraphs)).decode("ascii")


def unpack_hashes(text: str) -> list[bytes]:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise RefError("paragraphs", "段落の照合用データが壊れています",
                       "the paragraph hashes are damaged") from None
    if len(raw) % HASH_BYTES:
        raise RefError("paragraphs", "段落の照合用データの長さが合いません",
                       "the paragraph hashes have a wrong length")
    return [raw[k:k + HASH_BYTES] for k in range(0, len(raw), HASH_BYTES)]


# -- writing -------------------------------------------------------------------------------

def _runs(value: str) -> list[tuple[bool, str]]:
    """(blank?, text) runs, blank as ``str.split`` sees it (the same as ``squeezed``)."""
    return [(blank, "".join(chars)) for blank, chars in itertools.groupby(value, str.isspace)]


class _Finder:
    """Finds runs in the document's squeezed text, preferring the place after the last find."""

    def __init__(self, paragraphs: list[str]):
        self.paragraphs = paragraphs
        self.joined = "\n".join(paragraphs)  # no squeezed paragraph holds "\n"
        self.starts, at = [], 0
        for p in paragraphs:
            self.starts.append(at)
            at += len(p) + 1
        self.cursor = 0
        self.missing: set[str] = set()
        """Runs known not to be in the text (each is looked for once)."""

    def find(self, run: str) -> list[int] | None:
        if run in self.missing:
            return None
        at = self.joined.find(run, self.cursor)
        if at < 0:
            at = self.joined.find(run, 0, self.cursor + len(run) - 1)
            if at < 0:
                self.missing.add(run)
                return None
        self.cursor = at + len(run)
        p = bisect.bisect_right(self.starts, at) - 1
        s = at - self.starts[p]
        t = len(self.paragraphs[p]) - s - len(run)
        if s == 0 and t == 0:
            return [p]
        text = self.paragraphs[p]
        # Short context is kept as text: it lets an edited paragraph be cut right (``_cut``).
        return [p, text[:s] if 0 < s <= MAX_CONTEXT else s,
                text[len(text) - t:] if 0 < t <= MAX_CONTEXT else t]


def _encode_string(value: str, finder: _Finder, min_ref: int, last: list[int]):
    pieces: list = []
    for blank, run in _runs(value):
        ref = None if blank or len(run) < min_ref else finder.find(run)
        if ref is not None:
            ref[0], last[0] = ref[0] - last[0], ref[0]
        if ref is None:
            if pieces and isinstance(pieces[-1], str):
                pieces[-1] += run
            else:
                pieces.append(run)
        else:
            pieces.append(ref)
    if all(isinstance(piece, str) for piece in pieces):
        return value
    return {REF_KEY: pieces}


def encode(data, squeezed_paragraphs: list[str], min_ref: int = MIN_REF):
    """``data`` (report JSON data) with its text replaced by references where that pays."""
    finder = _Finder(squeezed_paragraphs)
    last = [0]

    def walk(value, key=None):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str) and key not in NOT_TEXT:
            return _encode_string(value, finder, min_ref, last)
        return value

    return walk(data)


# -- reading -------------------------------------------------------------------------------

@dataclass
class Edit:
    """One paragraph changed, added or removed in Word since export (1-based among the
    paragraphs that hold text: now for changed and added, at export for removed)."""

    kind: str  # "changed" | "added" | "removed"
    number: int
    text: str = ""
    """The paragraph's text now (changed, added); empty for removed."""
    fields: list[str] = field(default_factory=list)
    """JSON paths of the draft fields that took text from it."""


@dataclass
class _Target:
    """Where an exported paragraph is now."""

    kind: str  # "same" | "changed" | "removed"
    now: int = -1
    edit: Edit | None = None


MAX_DIFF = 4_000_000
"""Largest product of the two lengths (after the common start and end) given to difflib,
whose time grows with it when paragraphs repeat; above it, ``_patience``."""


def _patience(a: list, b: list) -> list[tuple]:
    """Opcodes as difflib's, anchored on hashes that occur once in each list (their longest
    increasing run), with equal neighbours joined and the gaps paired in order. O(n log n)."""
    count_a, count_b = Counter(a), Counter(b)
    in_b = {h: j for j, h in enumerate(b) if count_b[h] == 1}
    pairs = [(i, in_b[h]) for i, h in enumerate(a) if count_a[h] == 1 and h in in_b]
    tails: list[int] = []
    ends: list[int] = []
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        x = bisect.bisect_left(tails, j)
        if x == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[x], ends[x] = j, k
        before[k] = ends[x - 1] if x else -1
    chain, k = [], ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    chain.reverse()
    ops: list[tuple] = []
    ia = jb = 0
    for i, j in chain + [(len(a), len(b))]:
        if i < ia:
            continue  # inside the equal run of the anchor before
        start_a, start_b = ia, jb
        while ia < i and jb < j and a[ia] == b[jb]:
            ia, jb = ia + 1, jb + 1
        if ia > start_a:
            ops.append(("equal", start_a, ia, start_b, jb))
        if ia < i or jb < j:
            tag = "replace" if ia < i and jb < j else "delete" if ia < i else "insert"
            ops.append((tag, ia, i, jb, j))
        ia, jb = i, j
        start_a, start_b = ia, jb
        while ia < len(a) and jb < len(b) and a[ia] == b[jb]:
            ia, jb = ia + 1, jb + 1
        if ia > start_a:
            ops.append(("equal", start_a, ia, start_b, jb))
    return ops


def _opcodes(a: list, b: list) -> list[tuple]:
    """Opcodes from ``a`` to ``b``: the common start and end, and difflib's opcodes (or,
    above ``MAX_DIFF``, ``_patience``'s) for the rest, in bounded time for any input."""
    n = min(len(a), len(b))
    lo = 0
    while lo < n and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and a[len(a) - 1 - hi] == b[len(b) - 1 - hi]:
        hi += 1
    ops: list[tuple] = [("equal", 0, lo, 0, lo)] if lo else []
    middle_a, middle_b = a[lo:len(a) - hi], b[lo:len(b) - hi]
    if middle_a or middle_b:
        if len(middle_a) * len(middle_b) <= MAX_DIFF:
            inner = difflib.SequenceMatcher(a=middle_a, b=middle_b, autojunk=False).get_opcodes()
        else:
            inner = _patience(middle_a, middle_b)
        ops += [(op, a0 + lo, a1 + lo, b0 + lo, b1 + lo) for op, a0, a1, b0, b1 in inner]
    if hi:
        ops.append(("equal", len(a) - hi, len(a), len(b) - hi, len(b)))
    return ops


def align(exported: list[bytes], now: list[str],
          shown: list[str] | None = None) -> tuple[list[_Target], list[Edit]]:
    """Each exported paragraph's place in the document now (``now``: squeezed), and the
    edits found, with the text of ``shown`` (the same paragraphs as they are)."""
    hashes = [paragraph_hash(p) for p in now]
    shown = now if shown is None else shown
    targets: list[_Target] = [None] * len(exported)  # type: ignore[list-item]
    edits: list[Edit] = []
    for op, a0, a1, b0, b1 in _opcodes(exported, hashes):
        if op == "equal":
            for k in range(a1 - a0):
                targets[a0 + k] = _Target("same", b0 + k)
            continue
        for k in range(max(a1 - a0, b1 - b0)):
            old = a0 + k if a0 + k < a1 else None
            new = b0 + k if b0 + k < b1 else None
            if old is not None and new is not None:
                edit = Edit("changed", new + 1, shown[new])
                targets[old] = _Target("changed", new, edit)
            elif new is not None:
                edit = Edit("added", new + 1, shown[new])
            else:
                edit = Edit("removed", old + 1)
                targets[old] = _Target("removed", -1, edit)
            edits.append(edit)
    return targets, edits


def _count(context) -> int:
    return len(context) if type(context) is str else context


_HOLE = "\uffff"  # XML cannot hold it, so no paragraph has it


def _locate(text: str, before: str, after: str) -> tuple[int, int]:
    """Where a field that stood between ``before`` and ``after`` is in ``text`` now: the
    characters that a character alignment (difflib) puts in its place, with those that
    replaced its neighbours of the same run (text is rather kept than lost)."""
    if (text.startswith(before) and text.endswith(after)
            and len(before) + len(after) <= len(text)):
        return len(before), len(text) - len(after)
    hole = len(before)
    matcher = difflib.SequenceMatcher(None, before + _HOLE + after, text, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if a0 <= hole < a1:
            return b0, b1 if op == "replace" else b0
    return len(text), len(text)


class Resolver:
    """Puts the text back into encoded report data, from the document's paragraphs now.

    ``squeezed_now`` and ``raw_now`` are the document's paragraphs that hold text,
    squeezed and as they are. With ``targets`` (``align``) the document was edited.
    """

    def __init__(self, exported: list[bytes], squeezed_now: list[str], raw_now: list[str],
                 targets: list[_Target] | None = None):
        self.exported = exported
        self.squeezed_now, self.raw_now = squeezed_now, raw_now
        self.targets = targets
        self.last = 0
        self.checked: set[int] = set()
        """Paragraphs whose hash was found equal."""
        """The paragraph of the reference before (references are relative to it)."""
        self.lost: list[str] = []
        """JSON paths of fields that lost text with a deleted paragraph."""

    def _place(self, ref, where: str) -> tuple:
        """A reference checked: (paragraph at export, before, after, where it is now); before
        and after are counts of characters or, when short, those characters."""
        if (not isinstance(ref, list) or len(ref) not in (1, 3) or type(ref[0]) is not int
                or not all(type(x) is int or (type(x) is str and x) for x in ref[1:])):
            raise RefError(where, "参照の形式が正しくありません", "a malformed reference")
        d, s, t = ref if len(ref) == 3 else (ref[0], 0, 0)
        p = self.last = self.last + d
        if not 0 <= p < len(self.exported):
            raise RefError(where, f"参照先の段落 {p} がありません",
                           f"a reference to paragraph {p}, which does not exist")
        if _count(s) < 0 or _count(t) < 0:
            raise RefError(where, "参照の範囲が正しくありません", "a reference with a negative range")
        target = self.targets[p] if self.targets is not None else _Target("same", p)
        if target.kind == "same":
            text = self.squeezed_now[target.now]
            if p not in self.checked and paragraph_hash(text) != self.exported[p]:
                raise RefError(where, f"参照先の段落 {p} の照合値が合いません",
                               f"paragraph {p} does not match its hash")
            if _count(s) + _count(t) >= len(text):
                raise RefError(where, f"参照が段落 {p} の範囲外です",
                               f"a reference out of the range of paragraph {p}")
            if ((type(s) is str and not text.startswith(s))
                    or (type(t) is str and not text.endswith(t))):
                raise RefError(where, f"参照の前後の文が段落 {p} と合いません",
                               f"the text around a reference does not match paragraph {p}")
            self.checked.add(p)
        elif where not in target.edit.fields:
            target.edit.fields.append(where)
        return p, s, t, target

    def _cut(self, now: int, before, after) -> str:
        """A field's part of a paragraph changed in Word (see ``_locate``)."""
        text = self.squeezed_now[now]
        if type(before) is str or type(after) is str or (before == 0 and after == 0):
            start, end = _locate(text, before if type(before) is str else "",
                                 after if type(after) is str else "")
            if type(before) is int and before:
                start = min(before, len(text))
            if type(after) is int and after:
                end = len(text) - after
        else:
            start, end = before, len(text) - after
        return self._raw_slice(now, start, max(start, end))

    def _raw_slice(self, now: int, start: int, end: int) -> str:
        """Squeezed characters start:end of a paragraph now, with its white space inside."""
        raw = self.raw_now[now]
        places = [k for k, ch in enumerate(raw) if not ch.isspace()]
        if start >= end or start >= len(places):
            return ""
        return raw[places[start]:places[end - 1] + 1]

    def string(self, value: dict, where: str) -> str:
        pieces = value.get(REF_KEY) if len(value) == 1 else None
        if not isinstance(pieces, list) or not pieces:
            raise RefError(where, "参照の形式が正しくありません", "a malformed reference")
        pieces = [piece if isinstance(piece, str) else self._place(piece, where) for piece in pieces]
        lines: list[list] = [[]]
        k = 0
        while k < len(pieces):
            piece = pieces[k]
            k += 1
            if isinstance(piece, str):
                first, *rest = piece.split("\n")
                lines[-1].append(first)
                for line in rest:
                    lines.append([line])
                continue
            p, s, t, target = piece
            if target.kind == "removed":
                lines[-1].append(None)
            elif target.kind == "same":
                text = self.squeezed_now[target.now]
                lines[-1].append(text[_count(s):len(text) - _count(t)])
            else:
                # Changed in Word: the paragraph's text now, less as many characters before
                # and after the field as it had at export. References into the same
                # paragraph with only white space between are taken as one.
                last = k - 1
                while k < len(pieces):
                    nxt = pieces[k]
                    if isinstance(nxt, str) and nxt.isspace() and "\n" not in nxt:
                        k += 1
                    elif not isinstance(nxt, str) and nxt[0] == p:
                        last = k
                        k += 1
                    else:
                        break
                k = last + 1
                lines[-1].append(self._cut(target.now, s, pieces[last][2]))
        kept = []
        for line in lines:
            if any(part is None for part in line):
                if where not in self.lost:
                    self.lost.append(where)
                if all(part is None or not part.strip() for part in line):
                    continue  # the line was the deleted paragraph's
            kept.append("".join(part for part in line if part is not None))
        return "\n".join(kept)

    def resolve(self, data):
        """``data`` with every reference put back (in place); a paragraph block whose
        whole text was in paragraphs deleted in Word is left out."""
        emptied: list[dict] = []

        def walk(value, where):
            if type(value) is dict:
                if REF_KEY in value:
                    return self.string(value, where)
                for key, item in value.items():
                    if type(item) is dict or type(item) is list:
                        value[key] = walk(item, f"{where}.{key}")
                if (value.get("type") == "paragraph" and value.get("text") == ""
                        and f"{where}.text" in self.lost):
                    emptied.append(value)
            elif type(value) is list:
                for n, item in enumerate(value):
                    if type(item) is dict or type(item) is list:
                        value[n] = walk(item, f"{where}[{n}]")
                if emptied:
                    value[:] = [item for item in value if not any(item is e for e in emptied)]
            return value

        return walk(data, "$")
