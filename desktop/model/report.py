"""The report model: everything a 出張報告書 holds, as structure.

Pure Python, no Qt (a test proves it). Numbering (１．, １）, ①) is never stored:
the document builder derives it from positions and from the 用務 topic list, so
moving a block or a topic renumbers everything.
"""

from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field
from datetime import date

MEMBER_ROLES = ("委員長", "副委員長", "委員")
"""Roles offered in the roster; any other text is allowed too."""

IMAGE_MIMES = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}
"""The image formats a photo may have, with the bytes each file starts with."""
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_IMAGE_PIXELS = 100_000_000
MAX_IMAGE_SIDE = 100_000


def spec(default=MISSING, *, factory=MISSING, **facts):
    """A field with facts for the draft format beyond its type.

    ``desktop/model/codec.py`` reads, writes and describes (JSON Schema) every
    model class from its fields, their types and these facts, so the format is
    written down here only:

    - ``key``: the JSON name, when it is not the attribute's
    - ``doc``: the description in the schema
    - ``required``: the JSON object must have it (otherwise a missing key takes the default)
    - ``flatten``: a record whose fields sit in the parent's JSON object
    - ``lo``, ``hi``: the range of a number; ``choices``: the texts allowed;
      ``nonempty``: the text may not be empty; ``max_bytes``: decoded size of bytes
    - ``or_default``: an empty text reads as the default
    - ``bad``: (ja, en), the message when a value breaks lo/hi, choices or nonempty
    """
    return field(default=default, default_factory=factory, metadata=facts)


def _eq(self, other) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, name) == getattr(other, name) for name in self.__dataclass_fields__)


def _repr(self) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
    return f"{type(self).__qualname__}({fields})"


def record(cls):
    """``@dataclass``, with one shared ``__eq__`` and ``__repr__`` for every model class.

    They compare and show the fields as a dataclass's own would (same class,
    fields equal in order; unhashable, as the classes are mutable). A dataclass
    compiles its own pair per class with ``exec``: for these 18 classes, 2 ms of
    the editor's start-up.
    """
    cls.__eq__, cls.__repr__, cls.__hash__ = _eq, _repr, None
    return dataclass(cls, repr=False, eq=False)


def new_id() -> str:
    """A short random identifier for topics (stable across reordering).

    (os.urandom rather than uuid: importing uuid costs the editor's start-up ~3 ms.)
    """
    return os.urandom(6).hex()


@record
class PersonName:
    """A name with family and given name apart, so names can be spread to one width."""

    family: str = ""
    given: str = ""

    @property
    def full(self) -> str:
        return self.family + self.given


@record
class Member:
    """A committee member: role (委員長, 副委員長, 委員 or free text) and name."""

    role: str = "委員"
    name: PersonName = spec(factory=PersonName, flatten=True)


@record
class Staff:
    """A secretariat staff member: title (議事課主査) and name."""

    title: str = ""
    name: PersonName = spec(factory=PersonName, flatten=True)


@record
class Topic:
    """One 用務 topic. Its number is its position in Report.topics."""

    title: str = ""
    id: str = spec(factory=new_id, required=True, nonempty=True,
                   doc="Unique within the report; sections refer to it.",
                   bad=("用務の識別子が空です", "a topic needs a non-empty id"))


@record
class Profile:
    """Population and area as written (約４５万１千人, 約４６９㎢)."""

    population: str = ""
    area: str = ""


@record
class Attendee:
    """One person of a host organisation.

    ``joined`` prints the person on the same line as the previous one,
    after "、". A department equal to the previous person's on that line
    prints as 同局 / 同部 / 同課 (the builder derives it).
    """

    department: str = ""
    name: str = ""
    title: str = ""
    note: str = ""
    joined: bool = False


@record
class Host:
    """A host organisation (金沢市, 金沢市議会) and its people."""

    name: str = ""
    people: list[Attendee] = field(default_factory=list)


@record
class Image:
    """Encoded image bytes (JPEG or PNG) with their pixel size (at most 100,000,000 pixels)."""

    data: bytes = spec(b"", required=True, max_bytes=MAX_IMAGE_BYTES,
                       doc="The encoded file, standard base64 with padding.")
    mime: str = spec("image/jpeg", required=True, choices=tuple(IMAGE_MIMES),
                     bad=("対応していない画像形式です", "image must be image/jpeg or image/png"))
    width: int = spec(0, required=True, lo=1, hi=MAX_IMAGE_SIDE,
                      bad=("画像の大きさが不正です", "image size out of range"))
    height: int = spec(0, required=True, lo=1, hi=MAX_IMAGE_SIDE,
                       bad=("画像の大きさが不正です", "image size out of range"))


@record
class Paragraph:
    """A paragraph of body text."""

    text: str = ""


@record
class Photo:
    """A photo floating at the right of the text, with an optional caption."""

    image: Image = spec(factory=Image, required=True)
    caption: str = ""
    width_mm: float = spec(60.0, lo=10.0, hi=150.0)


@record
class Item:
    """A numbered item ① with an optional tag such as 【国内初】, and its blocks."""

    title: str = ""
    tag: str = ""
    children: list[Block] = field(default_factory=list)


@record
class Subheading:
    """A numbered sub-heading １） and its blocks."""

    title: str = ""
    children: list[Block] = field(default_factory=list)


Block = Paragraph | Subheading | Item | Photo
"""A block of a topic section. Subheadings hold any block but a subheading;
items hold paragraphs and photos."""

ALLOWED_CHILDREN: dict[type, tuple[type, ...]] = {
    Subheading: (Paragraph, Photo, Item),
    Item: (Paragraph, Photo),
}


@record
class TopicSection:
    """The part of a visit about one 用務 topic (referenced by id)."""

    topic_id: str = spec("", key="topic", doc="The id of a topic in report.topics.")
    blocks: list[Block] = field(default_factory=list)


@record
class QA:
    """A question and its answer; each may hold several paragraphs (one per line)."""

    question: str = ""
    answer: str = ""


@record
class Visit:
    """What was learnt at one destination."""

    profile: Profile = field(default_factory=Profile)
    description: str = ""
    hosts: list[Host] = field(default_factory=list)
    overview: str = ""
    sections: list[TopicSection] = field(default_factory=list)
    qa: list[QA] = field(default_factory=list)
    visited: date | None = spec(None, doc="視察日: the day of the visit, printed under its heading")

    def covered_topic_ids(self) -> list[str]:
        return [s.topic_id for s in self.sections]


@record
class Destination:
    """One 出張先 and the visit made there."""

    prefecture: str = ""
    city: str = ""
    visit: Visit = field(default_factory=Visit)

    @property
    def place(self) -> str:
        return f"{self.prefecture}\u3000{self.city}".strip("\u3000")


@record
class Settings:
    """Output settings that travel with the report."""

    page_numbers: bool = False
    font: str = spec("ＭＳ 明朝", or_default=True)
    author: str = spec("", doc="Document author; empty means the committee name.")


@record
class Report:
    """The report. Every key is optional; a missing key takes its default."""

    title: str = "出張報告書"
    addressee: str = spec("", doc="宛先, e.g. 下関市議会議長")
    honorific: str = "殿"
    submitted: date | None = spec(None, doc="提出日")
    committee: str = spec("", doc="委員会名")
    members: list[Member] = field(default_factory=list)
    secretariat: str = "議会事務局"
    staff: list[Staff] = field(default_factory=list)
    purpose: str = "所管事項調査"
    topics: list[Topic] = spec(factory=list, doc="用務 topics in order; their numbers are their positions.")
    start: date | None = spec(None, doc="期間: first day")
    end: date | None = spec(None, doc="期間: last day")
    destinations: list[Destination] = field(default_factory=list)
    introduction: str = ""
    settings: Settings = field(default_factory=Settings)

    # -- queries used by the builder, the checks and the editor --------------

    def topic_number(self, topic_id: str) -> int | None:
        """1-based position of a topic in 用務, or None if it is not there."""
        for index, topic in enumerate(self.topics, start=1):
            if topic.id == topic_id:
                return index
        return None

    def topic(self, topic_id: str) -> Topic | None:
        number = self.topic_number(topic_id)
        return None if number is None else self.topics[number - 1]

    @property
    def author(self) -> str:
        return self.settings.author or self.committee
