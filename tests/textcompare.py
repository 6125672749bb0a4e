"""Compare an output's text with the reference report, white space aside.

Shared by the tests that check the built document, the DOCX text and the PDF
text against the fixture: ``assert_same_text(actual, fixture_text)``.

White space is every character for which ``str.isspace()`` is true (spaces,
U+3000, line breaks): the fixture is PDF text, whose line breaks and spacing
say nothing about the words. The one known deviation (docs: report layout) is
applied to the expected side: the second visit's topic is printed "３．" where
the reference printed "２．", because numbering is derived from the 用務 list.
"""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "shimonoseki-2023-soumu.txt"

KNOWN_DEVIATION = (
    "２．スマートシティ加賀の取組について【石川県加賀市】",
    "３．スマートシティ加賀の取組について【石川県加賀市】",
)
"""(as in the fixture, as the builder prints it), white space removed."""

WINDOW = 60


def fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def squeeze(text: str) -> str:
    """The text without any white space."""
    return "".join(c for c in text if not c.isspace())


def expected_from_fixture(text: str) -> str:
    """The reference text without white space, with the known deviation applied."""
    squeezed = squeeze(text)
    old, new = KNOWN_DEVIATION
    count = squeezed.count(old)
    assert count == 1, f"the known deviation {old!r} occurs {count} times in the reference, not once"
    return squeezed.replace(old, new)


def first_difference(a: str, b: str) -> int | None:
    """Index of the first character where a and b differ, or None if they are equal."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return None if len(a) == len(b) else min(len(a), len(b))


def difference_message(actual: str, expected: str, window: int = WINDOW) -> str:
    """Where two squeezed texts first differ, with ``window`` characters each side."""
    at = first_difference(actual, expected)
    if at is None:
        return "texts are equal"
    lo = max(0, at - window)

    def around(s: str) -> str:
        return f"…{s[lo:at]}⟦{s[at:at + window]}⟧…"

    return (
        f"texts differ at character {at:,} (white space removed; "
        f"actual {len(actual):,} chars, expected {len(expected):,}):\n"
        f"  actual:   {around(actual)}\n"
        f"  expected: {around(expected)}\n"
        "(⟦ marks the first difference)"
    )


def assert_same_text(actual: str, expected: str) -> None:
    """Assert that ``actual`` says exactly what the reference ``expected`` says.

    Both are compared without white space; ``expected`` is the reference text
    as read from the fixture (the known deviation is applied to it here).
    """
    got = squeeze(actual)
    want = expected_from_fixture(expected)
    if got != want:
        raise AssertionError(difference_message(got, want))
