"""The semantic document: what every output draws, with no Word or Qt types.

The builder (``desktop.document.builder``) turns a Report into a ``Document``;
the DOCX writer, the Qt renderer (PDF, print, preview) and the plain-text
writer each draw the same elements, so every output carries the same text.

Lengths are in characters: grid cells of the body font (one cell ≈ 10.9 pt, the
line is 39 cells wide; see ``desktop.geometry``, the one home of the
page's numbers). Writers convert to their own units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from desktop.model.report import Image

from desktop.geometry import (  # noqa: F401 - re-exported for older imports
    BODY_PT,
    CHARS_PER_LINE,
    LINE_PITCH_PT,
    LINES_PER_PAGE,
    MARGINS_MM,
    PAGE_MM,
    TITLE_PT,
)


class Style(str, Enum):
    """Named paragraph styles. The DOCX writer makes one Word style of each."""

    TITLE = "title"                  # 出張報告書: centred, spread, larger
    ADDRESSEE = "addressee"          # 下関市議会議長 殿 ... date at the right
    ROSTER = "roster"                # lines in the header table
    BODY = "body"                    # a paragraph of text
    TOPIC_LIST = "topic-list"        # the visit's 用務 list (１．…について)
    VISIT_HEADING = "visit-heading"  # 【石川県　金沢市】（人口…）
    LABEL = "label"                  # 【出席者等】【調査概要】【主な質疑応答】
    HOST = "host"                    # 金沢市
    ATTENDEE = "attendee"            # 市民協働推進課　山田　課長補佐
    HEADING1 = "heading-1"           # １．topic
    HEADING2 = "heading-2"           # １）sub-heading
    HEADING3 = "heading-3"           # ①item
    QA = "qa"                        # Ｑ／Ａ with a hanging indent
    CAPTION = "caption"              # a photo's caption


@dataclass(frozen=True)
class Para:
    """A paragraph.

    ``label`` (a number such as "１．" or "Ｑ　") is printed first and the text hangs
    after it: wrapped lines start at ``indent + len(label)``. ``first_line`` is an
    extra indent of the first line only (a paragraph's customary one space).
    ``tag`` (【国内初】) follows the text. ``space_before`` is in blank lines.
    """

    style: Style
    text: str
    label: str = ""
    indent: float = 0.0
    first_line: float = 0.0
    tag: str = ""
    space_before: int = 0
    page_break_before: bool = False
    keep_with_next: bool = False

    @property
    def hanging(self) -> float:
        return float(len(self.label))

    @property
    def full_text(self) -> str:
        return self.label + self.text + self.tag


@dataclass(frozen=True)
class Title:
    """The title, spread evenly (均等割り付け) over ``spread`` characters of its size."""

    text: str
    spread: int


@dataclass(frozen=True)
class AddresseeLine:
    """Addressee spread over ``spread`` characters at the left; date at the right."""

    addressee: str
    spread: int
    date: str


@dataclass(frozen=True)
class Spread:
    """Text spread evenly over ``width`` characters (0: natural width)."""

    text: str
    width: int = 0


@dataclass(frozen=True)
class HeaderLine:
    """One line of the header table: parts left to right, ``gap`` characters apart.

    A roster line is (role, name), each spread to its column's width. A 用務 topic
    has a ``label`` (１．) and hangs after it like a body heading.
    """

    parts: tuple[Spread, ...]
    indent: float = 0.0
    gap: float = 1.0
    label: str = ""

    @property
    def text(self) -> str:
        return self.label + "".join(p.text for p in self.parts)


@dataclass(frozen=True)
class HeaderTable:
    """The 職氏名 / 用務 / 期間 / 出張先 block: a ruled two-column table.

    ``left`` is one cell (職氏名); ``right`` holds cells stacked with rules between
    them (用務, 期間, 出張先). The column widths are the page's
    (``geometry.HEADER_LEFT_TW`` / ``HEADER_RIGHT_TW``).
    """

    left: tuple[HeaderLine, ...]
    right: tuple[tuple[HeaderLine, ...], ...]


@dataclass(frozen=True)
class Figure:
    """A photo floating at the right of the following paragraphs, with a caption."""

    image: Image
    caption: str
    width_mm: float


Element = Para | Title | AddresseeLine | HeaderTable | Figure


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    font: str
    page_numbers: bool


@dataclass(frozen=True)
class Document:
    meta: Meta
    elements: tuple[Element, ...] = field(default_factory=tuple)
