"""Printed lines -> paragraphs: undo the line breaks of a printed report.

A report printed at 39 characters a line breaks its paragraphs wherever the line
is full; text taken from a PDF (or ``pdftotext``) keeps those breaks. A line
continues into the next one unless

- it is a heading, label, Ｑ/Ａ or other structural line and the next one is too
  (or this one is short: headings rarely wrap),
- it ends a sentence (。 ？ ！, possibly followed by closing brackets),
- it is short while its neighbours are not: a last line. Lines beside a photo
  are short too, but alike in length: a run of them continues.

Lines from a Word document are whole paragraphs already (``hard``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FULL = 35
"""A printed line this long (visible characters) was filled by the line breaker."""
SHORT = 31

STRUCTURE = re.compile(
    r"^(?:[０-９0-9]{1,2}[．.）)]|[①-⑳㉑-㉟㊱-㊿]|【|[ＱＡQA][\s\u3000．.：:]|[ＱＡ]$)")
_SENTENCE_END = re.compile(r"[。？！?!][」』）)】]*$")


@dataclass
class Line:
    """One line of the source: its text, and whether it is a whole paragraph already."""

    text: str
    hard: bool = False
    blank: bool = False
    """A blank line printed in the report (not a separator added by the text extraction)."""
    indent: float = 0.0
    """The paragraph's own indent in characters, for a Word paragraph (its w:ind)."""

    @property
    def visible(self) -> str:
        return self.text.strip()


def is_structural(text: str) -> bool:
    return bool(STRUCTURE.match(text.strip()))


def _similar_short(a: str, b: str) -> bool:
    return len(a) < SHORT and len(b) < SHORT and abs(len(a) - len(b)) <= 3


def ends_paragraph(previous: list[str], index: int) -> bool:
    """Does the line at ``index`` end its paragraph (its successor starts a new one)?"""
    line = previous[index]
    after = previous[index + 1] if index + 1 < len(previous) else ""
    if not after:
        return True
    if is_structural(after):
        return True
    if line.startswith("【") and line.endswith("】"):
        return True
    if _SENTENCE_END.search(line):
        # (A full line may end with a sentence inside its paragraph, too: the
        # text cannot tell, and a paragraph end is the likelier.)
        return True
    if len(line) >= FULL:
        return False
    if is_structural(line):
        return True
    before = previous[index - 1] if index > 0 else ""
    if before and _similar_short(before, line):
        return False  # beside a photo
    if _similar_short(line, after):
        return False
    return len(line) < SHORT


class Text(str):
    """A paragraph's text, and the indent its source showed (None: not known).

    Only a whole paragraph (a Word paragraph) tells its indent: its leading spaces,
    a full-width one counting 1. Printed lines taken from a PDF do not: their leading
    spaces are as uneven as the reference's.
    """

    indent: float | None = None

    @classmethod
    def of(cls, text: str, indent: float | None) -> "Text":
        made = cls(text)
        made.indent = indent
        return made


def leading_indent(text: str) -> float:
    width = 0.0
    for char in text:
        if char in "\u3000\t":
            width += 1.0
        elif char == " ":
            width += 0.5
        else:
            break
    return width


def join_lines(lines: list[Line]) -> list[Text]:
    """The paragraphs of ``lines``; a printed blank line gives an empty string."""
    kept = [line for line in lines if line.visible or line.blank]
    texts = [line.visible for line in kept]
    visible = [t for t in texts if t]  # the neighbours a line is judged by, blanks aside
    position = {i: n for n, i in enumerate(i for i, t in enumerate(texts) if t)}
    out: list[Text] = []
    current, indent = "", None
    for i, line in enumerate(kept):
        if line.blank:
            if current:
                out.append(Text.of(current, indent))
                current = ""
            if out and out[-1]:
                out.append(Text.of("", None))
            continue
        if not current:
            indent = leading_indent(line.text) + line.indent if line.hard else None
        current += texts[i]
        if line.hard or ends_paragraph(visible, position[i]) \
                or (i + 1 < len(kept) and kept[i + 1].blank):
            out.append(Text.of(current, indent))
            current = ""
    if current:
        out.append(Text.of(current, indent))
    return out
