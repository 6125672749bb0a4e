"""The alignment of an edited DOCX's paragraphs with those at export
(desktop/model/textrefs.py: ``_opcodes``, ``_patience``, ``align``), held to difflib's
opcode contract over many random lists, and to what each edit makes of the targets."""

from __future__ import annotations

import difflib
import random

import pytest

from desktop.model import textrefs
from desktop.model.textrefs import _opcodes, _patience, align, paragraph_hash

TAGS = {"equal", "replace", "delete", "insert"}


def check_opcodes(ops: list[tuple], a: list, b: list) -> None:
    """difflib's contract: the opcodes cover both lists contiguously from 0 to the end,
    no range is empty on both sides, "equal" ranges are equal element by element and of one
    length, and each tag matches its ranges."""
    ia = jb = 0
    for op in ops:
        tag, a0, a1, b0, b1 = op
        assert tag in TAGS, op
        assert (a0, b0) == (ia, jb), (op, ops)
        assert a0 <= a1 and b0 <= b1, op
        assert a1 > a0 or b1 > b0, ("empty opcode", op)
        if tag == "equal":
            assert a[a0:a1] == b[b0:b1], op
        elif tag == "replace":
            assert a1 > a0 and b1 > b0, op
        elif tag == "delete":
            assert a1 > a0 and b1 == b0, op
        else:
            assert a1 == a0 and b1 > b0, op
        ia, jb = a1, b1
    assert (ia, jb) == (len(a), len(b)), ops


def matched(ops: list[tuple]) -> set[tuple[int, int]]:
    """The (i, j) pairs that the opcodes take for equal."""
    return {(a0 + k, b0 + k) for tag, a0, a1, b0, b1 in ops if tag == "equal"
            for k in range(a1 - a0)}


def random_pair(rnd: random.Random) -> tuple[list, list]:
    """Two lists of small integers (many repeats) of lengths 0..12, b often an edit of a."""
    a = [rnd.randrange(6) for _ in range(rnd.randrange(13))]
    if rnd.random() < 0.5:
        b = [rnd.randrange(6) for _ in range(rnd.randrange(13))]
    else:
        b = list(a)
        for _ in range(rnd.randrange(4)):
            where = rnd.randrange(len(b) + 1)
            kind = rnd.randrange(3)
            if kind == 0:
                b.insert(where, rnd.randrange(6))
            elif b and kind == 1:
                del b[min(where, len(b) - 1)]
            elif b:
                b[min(where, len(b) - 1)] = rnd.randrange(6)
    return a, b


def fillers(rnd: random.Random) -> list[int]:
    """Integers that come in pairs, so that none occurs once in a list."""
    return [x for _ in range(rnd.randrange(3)) for x in [rnd.randrange(3)] * 2]


def with_common_subsequence(rnd: random.Random) -> tuple[list, list, list[tuple[int, int]]]:
    """Two lists whose elements that occur once in each (strings "u…") are the same, in
    the same order, among repeated ones (integers); the places of the "u…" are returned."""
    uniques = [f"u{n}" for n in range(rnd.randrange(1, 8))]
    a, b, places = [], [], []
    for u in uniques:
        a += fillers(rnd)
        b += fillers(rnd)
        places.append((len(a), len(b)))
        a.append(u)
        b.append(u)
    a += fillers(rnd)
    b += fillers(rnd)
    if rnd.random() < 0.5:  # once in a, not in b: no anchor
        at = rnd.randrange(len(a) + 1)
        a.insert(at, "only-in-a")
        places = [(i + (i >= at), j) for i, j in places]
    return a, b, places


def test_patience_gives_valid_opcodes_for_thousands_of_random_lists():
    rnd = random.Random(15)
    for _ in range(3000):
        a, b = random_pair(rnd)
        check_opcodes(_patience(a, b), a, b)


def test_patience_matches_the_unique_common_elements_in_order():
    """The longest increasing run of the elements that occur once in each list is matched as
    equal, whatever repeats around it."""
    rnd = random.Random(1513)
    for _ in range(3000):
        a, b, places = with_common_subsequence(rnd)
        ops = _patience(a, b)
        check_opcodes(ops, a, b)
        assert set(places) <= matched(ops), (a, b, ops)


def test_patience_picks_the_longest_run_of_unique_anchors_over_a_crossing_one():
    """u0 u1 u2 u3 against u3 u0 u1 u2: the three in order are the anchors, not u3."""
    a = ["u0", "u1", "u2", "u3", 7]
    b = ["u3", "u0", "u1", "u2", 8]
    ops = _patience(a, b)
    check_opcodes(ops, a, b)
    assert ops == [("insert", 0, 0, 0, 1), ("equal", 0, 3, 1, 4), ("replace", 3, 5, 4, 5)]


def test_patience_on_lists_with_nothing_unique_pairs_the_rest_in_order():
    a, b = [1, 1, 2, 2], [2, 2, 1, 1, 1]
    assert _patience(a, b) == [("replace", 0, 4, 0, 5)]
    assert _patience([], []) == []
    assert _patience([], [1, 1]) == [("insert", 0, 0, 0, 2)]
    assert _patience([1, 1], []) == [("delete", 0, 2, 0, 0)]


def test_patience_joins_equal_neighbours_of_an_anchor_and_pairs_the_gaps():
    # anchor "u" with equal repeated neighbours on both sides, then a deletion at the end
    a = [1, 1, "u", 2, 2, 3, 3]
    b = [1, 1, "u", 2, 2]
    assert _patience(a, b) == [("equal", 0, 2, 0, 2), ("equal", 2, 5, 2, 5), ("delete", 5, 7, 5, 5)]
    # an insertion at the end, and one between two anchors
    assert _patience(["u", "v"], ["u", 9, "v", 9]) == [
        ("equal", 0, 1, 0, 1), ("insert", 1, 1, 1, 2), ("equal", 1, 2, 2, 3),
        ("insert", 2, 2, 3, 4)]
    # a replacement between anchors, with equal elements at the gap's start joined
    assert _patience(["u", 5, 6, "v"], ["u", 5, 7, 7, "v"]) == [
        ("equal", 0, 2, 0, 2), ("replace", 2, 3, 2, 4), ("equal", 3, 4, 4, 5)]


def middle_product(a: list, b: list) -> int:
    """len × len of what ``_opcodes`` gives difflib or ``_patience``: the lists less their
    common start and end."""
    n = min(len(a), len(b))
    lo = 0
    while lo < n and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    return (len(a) - lo - hi) * (len(b) - lo - hi)


def difflib_opcodes(a: list, b: list) -> list[tuple]:
    """difflib (no autojunk) after the common start and end, as docs/draft-format.md says."""
    n = min(len(a), len(b))
    lo = 0
    while lo < n and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    inner = difflib.SequenceMatcher(a=a[lo:len(a) - hi], b=b[lo:len(b) - hi],
                                    autojunk=False).get_opcodes()
    return ([("equal", 0, lo, 0, lo)] if lo else []) + [
        (tag, a0 + lo, a1 + lo, b0 + lo, b1 + lo) for tag, a0, a1, b0, b1 in inner] + (
        [("equal", len(a) - hi, len(a), len(b) - hi, len(b))] if hi else [])


def test_opcodes_are_exactly_difflibs_below_the_limit():
    rnd = random.Random(13)
    for _ in range(3000):
        a, b = random_pair(rnd)
        ops = _opcodes(a, b)
        check_opcodes(ops, a, b)
        assert ops == difflib_opcodes(a, b), (a, b)
    for a, b in [([], []), ([1], [1]), ([1, 2], [1, 2, 3]), ([0, 1, 2], [1, 2]),
                 ([1], [1, 1]), ([1, 1], [1]), ([5, 1, 1, 5], [5, 1, 5])]:
        assert _opcodes(a, b) == difflib_opcodes(a, b), (a, b)


def test_opcodes_at_exactly_the_limit_are_difflibs(monkeypatch):
    """``MAX_DIFF`` is the largest product still given to difflib."""
    rnd = random.Random(4)
    differed = 0
    for _ in range(2000):
        a, b = random_pair(rnd)
        product = middle_product(a, b)
        if not product:
            continue
        monkeypatch.setattr(textrefs, "MAX_DIFF", product)
        assert _opcodes(a, b) == difflib_opcodes(a, b), (a, b)
        monkeypatch.setattr(textrefs, "MAX_DIFF", product - 1)
        above = _opcodes(a, b)
        check_opcodes(above, a, b)
        differed += above != difflib_opcodes(a, b)
    assert differed > 50  # the limit is seen: above it the alignment is another one


def test_opcodes_do_not_drop_popular_paragraphs_as_difflib_autojunk_would():
    """Over 200 paragraphs, most of them one repeated line (a row of dashes, an empty table
    cell's text): they are aligned like any other, not taken for junk."""
    a = ["—"] * 250
    b = ["new start"] + a + ["new end"]
    assert _opcodes(a, b) == [("insert", 0, 0, 0, 1), ("equal", 0, 250, 1, 251),
                              ("insert", 250, 250, 251, 252)]
    a = [n if n % 3 else "—" for n in range(300)]
    b = list(a)
    b[0], b[-1] = "new start", "new end"
    b.insert(150, "inserted")
    assert _opcodes(a, b) == [
        ("replace", 0, 1, 0, 1), ("equal", 1, 150, 1, 150), ("insert", 150, 150, 150, 151),
        ("equal", 150, 299, 151, 300), ("replace", 299, 300, 300, 301)]


def test_opcodes_above_the_limit_keep_the_common_start_and_end_and_valid_middle(monkeypatch):
    monkeypatch.setattr(textrefs, "MAX_DIFF", 0)
    rnd = random.Random(99)
    for _ in range(3000):
        a, b = random_pair(rnd)
        ops = _opcodes(a, b)
        check_opcodes(ops, a, b)
        lo = 0
        while lo < min(len(a), len(b)) and a[lo] == b[lo]:
            lo += 1
        if lo:
            assert ops[0][0] == "equal" and ops[0][2] >= lo, (a, b, ops)
    for _ in range(1000):
        a, b, places = with_common_subsequence(rnd)
        ops = _opcodes(a, b)
        check_opcodes(ops, a, b)
        assert set(places) <= matched(ops), (a, b, ops)


# -- align: what each exported paragraph became --------------------------------------------


def exported(words: list[str]) -> list[bytes]:
    return [paragraph_hash(w) for w in words]


def test_align_names_added_paragraphs_in_order_and_keeps_the_others():
    before = ["one", "two", "three"]
    now = ["one", "new A", "new B", "two", "three"]
    targets, edits = align(exported(before), now)
    assert [(t.kind, t.now) for t in targets] == [("same", 0), ("same", 3), ("same", 4)]
    assert [(e.kind, e.number, e.text) for e in edits] == [("added", 2, "new A"), ("added", 3, "new B")]


def test_align_gives_changed_paragraphs_their_place_and_text_now():
    before = ["one", "two", "three", "four"]
    now = ["one", "TWO", "THREE", "extra", "four"]
    shown = ["one", "T W O", "THREE", "e x t r a", "four"]
    targets, edits = align(exported(before), now, shown)
    assert [(t.kind, t.now) for t in targets] == [
        ("same", 0), ("changed", 1), ("changed", 2), ("same", 4)]
    assert [(e.kind, e.number, e.text) for e in edits] == [
        ("changed", 2, "T W O"), ("changed", 3, "THREE"), ("added", 4, "e x t r a")]
    assert targets[1].edit is edits[0] and targets[2].edit is edits[1]


def test_align_marks_removed_paragraphs_as_nowhere():
    before = ["one", "two", "three", "four", "five"]
    now = ["one", "CHANGED", "five"]
    targets, edits = align(exported(before), now)
    assert [(t.kind, t.now) for t in targets] == [
        ("same", 0), ("changed", 1), ("removed", -1), ("removed", -1), ("same", 2)]
    assert [(e.kind, e.number, e.text) for e in edits] == [
        ("changed", 2, "CHANGED"), ("removed", 3, ""), ("removed", 4, "")]
    assert targets[2].edit is edits[1] and targets[3].edit is edits[2]


@pytest.mark.parametrize("seed", range(3))
def test_align_accounts_for_every_paragraph_of_random_edits(seed):
    rnd = random.Random(seed)
    for _ in range(300):
        a, b = random_pair(rnd)
        before, now = [f"p{x}" for x in a], [f"p{x}" for x in b]
        targets, edits = align(exported(before), now)
        assert all(t is not None for t in targets)
        for old, t in enumerate(targets):
            if t.kind == "same":
                assert now[t.now] == before[old]
            elif t.kind == "changed":
                assert t.edit.kind == "changed" and t.edit.number == t.now + 1
                assert t.edit.text == now[t.now]
            else:
                assert t.kind == "removed" and t.edit.number == old + 1
        seen_now = sorted([t.now for t in targets if t.kind != "removed"]
                          + [e.number - 1 for e in edits if e.kind == "added"])
        assert seen_now == list(range(len(now)))
