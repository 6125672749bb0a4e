"""Number labels for the three heading levels: １．, １）, ①.

Labels are derived from positions at build time, never stored.
"""

from __future__ import annotations

from desktop.jtext import fullwidth_number


def topic_label(number: int) -> str:
    """１． ２． … (a 用務 topic)."""
    return f"{fullwidth_number(number)}．"


def subheading_label(number: int) -> str:
    """１） ２） … (a sub-heading)."""
    return f"{fullwidth_number(number)}）"


def circled(number: int) -> str:
    """① … ⑳, ㉑ … ㊿; beyond 50 a parenthesised full-width number."""
    if 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if 21 <= number <= 35:
        return chr(0x3251 + number - 21)
    if 36 <= number <= 50:
        return chr(0x32B1 + number - 36)
    return f"（{fullwidth_number(number)}）"
