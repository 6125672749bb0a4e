"""Report <-> plain JSON data, with strict validation.

``report_to_data`` gives the JSON document described by
``resources/schema/report.schema.json`` (docs/draft-format.md).
``report_from_data`` checks every field and collects *all* problems, each with
the JSON path where it was found, before it raises one ``ReportDataError``.
Nothing is executed: the input is plain JSON values only.

Keys missing from a report object take their default (so older or hand-written
documents load); keys the format does not know and values of the wrong type are
problems.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from desktop.model.report import (
    ALLOWED_CHILDREN,
    QA,
    Attendee,
    Destination,
    Host,
    Image,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Profile,
    Report,
    Settings,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)

MAX_TEXT = 100_000
"""Characters in one text field (a whole report is about 20,000)."""
MAX_ITEMS = 5_000
"""Entries in one list (members, topics, blocks, Q&A pairs...)."""
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_IMAGE_PIXELS = 100_000_000
MAX_IMAGE_SIDE = 100_000
IMAGE_MIMES = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}
BLOCK_TYPES = ("paragraph", "subheading", "item", "photo")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a report document, and where (a JSON path)."""

    path: str
    ja: str
    en: str

    def __str__(self) -> str:
        return f"{self.path}: {self.ja} ({self.en})"


class ReportDataError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0] if problems else Problem("$", "不明な誤り", "unknown error")
        more = f" ほか{len(problems) - 1}件 (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")


# -- writing -----------------------------------------------------------------


def _date_out(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _block_out(block) -> dict:
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "text": block.text}
    if isinstance(block, Subheading):
        return {"type": "subheading", "title": block.title,
                "children": [_block_out(b) for b in block.children]}
    if isinstance(block, Item):
        return {"type": "item", "title": block.title, "tag": block.tag,
                "children": [_block_out(b) for b in block.children]}
    if isinstance(block, Photo):
        img = block.image
        return {"type": "photo", "caption": block.caption, "width_mm": block.width_mm,
                "image": {"mime": img.mime, "width": img.width, "height": img.height,
                          "data": base64.b64encode(img.data).decode("ascii")}}
    raise TypeError(f"not a block: {block!r}")


def report_to_data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    return {
        "title": report.title,
        "addressee": report.addressee,
        "honorific": report.honorific,
        "submitted": _date_out(report.submitted),
        "committee": report.committee,
        "members": [{"role": m.role, "family": m.name.family, "given": m.name.given}
                    for m in report.members],
        "secretariat": report.secretariat,
        "staff": [{"title": s.title, "family": s.name.family, "given": s.name.given}
                  for s in report.staff],
        "purpose": report.purpose,
        "topics": [{"id": t.id, "title": t.title} for t in report.topics],
        "start": _date_out(report.start),
        "end": _date_out(report.end),
        "destinations": [
            {
                "prefecture": d.prefecture,
                "city": d.city,
                "visit": {
                    "profile": {"population": d.visit.profile.population,
                                "area": d.visit.profile.area},
                    "description": d.visit.description,
                    "hosts": [
                        {"name": h.name,
                         "people": [{"department": p.department, "name": p.name,
                                     "title": p.title, "note": p.note, "joined": p.joined}
                                    for p in h.people]}
                        for h in d.visit.hosts
                    ],
                    "overview": d.visit.overview,
                    "sections": [{"topic": s.topic_id, "blocks": [_block_out(b) for b in s.blocks]}
                                 for s in d.visit.sections],
                    "qa": [{"question": q.question, "answer": q.answer} for q in d.visit.qa],
                },
            }
            for d in report.destinations
        ],
        "introduction": report.introduction,
        "settings": {"page_numbers": report.settings.page_numbers,
                     "font": report.settings.font,
                     "author": report.settings.author},
    }


# -- reading -----------------------------------------------------------------

_TYPE_JA = {str: "文字列", bool: "真偽値", list: "配列", dict: "オブジェクト", int: "整数", float: "数値"}
_TYPE_EN = {str: "a string", bool: "true or false", list: "an array", dict: "an object",
            int: "an integer", float: "a number"}


class _Reader:
    """Walks JSON data, converting it and collecting problems with their paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, ja: str, en: str) -> None:
        self.problems.append(Problem(path, ja, en))

    def _typed(self, value: Any, kind: type, path: str) -> bool:
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            self.fail(path, f"{_TYPE_JA[kind]}でなければなりません",
                      f"must be {_TYPE_EN[kind]}, not {type(value).__name__}")
        return ok

    def obj(self, value: Any, path: str, keys: set[str]) -> dict | None:
        if not self._typed(value, dict, path):
            return None
        for key in value:
            if key not in keys:
                self.fail(f"{path}.{_short(key)}", "この項目は書式にありません", "unknown field")
        return value

    def text(self, data: dict, key: str, path: str, default: str = "") -> str:
        value = data.get(key, default)
        if not self._typed(value, str, f"{path}.{key}"):
            return default
        if len(value) > MAX_TEXT:
            self.fail(f"{path}.{key}", f"文字数が多すぎます ({len(value):,} 字、上限 {MAX_TEXT:,} 字)",
                      f"text too long ({len(value):,} characters, limit {MAX_TEXT:,})")
            return default
        return value

    def flag(self, data: dict, key: str, path: str, default: bool = False) -> bool:
        value = data.get(key, default)
        return value if self._typed(value, bool, f"{path}.{key}") else default

    def number(self, data: dict, key: str, path: str, default: float, lo: float, hi: float) -> float:
        value = data.get(key, default)
        if not self._typed(value, float, f"{path}.{key}"):
            return default
        if not lo <= value <= hi:
            self.fail(f"{path}.{key}", f"{lo}〜{hi} の範囲にありません", f"out of range {lo}..{hi}")
            return default
        return float(value)

    def day(self, data: dict, key: str, path: str) -> date | None:
        value = data.get(key)
        if value is None:
            return None
        if not self._typed(value, str, f"{path}.{key}"):
            return None
        try:
            # Exactly YYYY-MM-DD: date.fromisoformat alone also takes 2023-W27-3 and 20230705.
            if not _ISO_DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{path}.{key}", f"日付は YYYY-MM-DD で書きます: {value[:40]!r}",
                      "a date must be written YYYY-MM-DD")
            return None

    def items(self, data: dict, key: str, path: str, convert: Callable[[Any, str], Any]) -> list:
        value = data.get(key, [])
        if not self._typed(value, list, f"{path}.{key}"):
            return []
        if len(value) > MAX_ITEMS:
            self.fail(f"{path}.{key}", f"項目が多すぎます ({len(value):,} 件、上限 {MAX_ITEMS:,} 件)",
                      f"too many entries ({len(value):,}, limit {MAX_ITEMS:,})")
            return []
        out = []
        for index, entry in enumerate(value):
            converted = convert(entry, f"{path}.{key}[{index}]")
            if converted is not None:
                out.append(converted)
        return out

    # -- the report's parts ---------------------------------------------------

    def member(self, value: Any, path: str) -> Member | None:
        d = self.obj(value, path, {"role", "family", "given"})
        if d is None:
            return None
        return Member(self.text(d, "role", path, "委員"),
                      PersonName(self.text(d, "family", path), self.text(d, "given", path)))

    def staff(self, value: Any, path: str) -> Staff | None:
        d = self.obj(value, path, {"title", "family", "given"})
        if d is None:
            return None
        return Staff(self.text(d, "title", path),
                     PersonName(self.text(d, "family", path), self.text(d, "given", path)))

    def topic(self, value: Any, path: str) -> Topic | None:
        d = self.obj(value, path, {"id", "title"})
        if d is None:
            return None
        topic_id = self.text(d, "id", path)
        if not topic_id:
            self.fail(f"{path}.id", "用務の識別子が空です", "a topic needs a non-empty id")
            return None
        return Topic(self.text(d, "title", path), topic_id)

    def image(self, value: Any, path: str) -> Image | None:
        d = self.obj(value, path, {"mime", "width", "height", "data"})
        if d is None:
            return None
        if not self._typed(d.get("mime"), str, f"{path}.mime"):
            return None
        mime = d["mime"]
        if mime not in IMAGE_MIMES:
            self.fail(f"{path}.mime", f"対応していない画像形式です: {mime[:40]!r}",
                      "image must be image/jpeg or image/png")
            return None
        size = []
        for key in ("width", "height"):
            v = d.get(key)
            if isinstance(v, float) and v.is_integer():
                v = int(v)  # 640.0 is an integer to JSON Schema too
            if not self._typed(v, int, f"{path}.{key}"):
                return None
            if not 1 <= v <= MAX_IMAGE_SIDE:
                self.fail(f"{path}.{key}", "画像の大きさが不正です", "image size out of range")
                return None
            size.append(v)
        if size[0] * size[1] > MAX_IMAGE_PIXELS:
            self.fail(path, "画像の画素数が多すぎます", "image has too many pixels")
            return None
        raw = d.get("data")
        if not self._typed(raw, str, f"{path}.data"):
            return None
        if len(raw) > MAX_IMAGE_BYTES * 4 // 3 + 4:
            self.fail(f"{path}.data", "画像が大きすぎます", f"image larger than {MAX_IMAGE_BYTES // 2**20} MB")
            return None
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            self.fail(f"{path}.data", "画像データ (base64) が壊れています", "image data is not valid base64")
            return None
        if not data.startswith(IMAGE_MIMES[mime]):
            self.fail(f"{path}.data", "画像データが形式と合いません", f"image data is not {mime}")
            return None
        return Image(data, mime, size[0], size[1])

    def block(self, value: Any, path: str, parent: type | None = None) -> Any:
        if not self._typed(value, dict, path):
            return None
        kind = value.get("type")
        cls = {"paragraph": Paragraph, "subheading": Subheading, "item": Item,
               "photo": Photo}.get(kind) if isinstance(kind, str) else None
        if cls is None:
            # Never str() an arbitrary value: a deeply nested list would recurse.
            shown = _short(kind) if isinstance(kind, str) else type(kind).__name__
            self.fail(f"{path}.type", f"ブロックの種類が不明です: {shown!r}",
                      "block type must be paragraph, subheading, item or photo")
            return None
        if parent is not None and cls not in ALLOWED_CHILDREN[parent]:
            self.fail(path, f"{kind} はここに置けません", f"a {kind} cannot be placed here")
            return None
        if cls is Paragraph:
            d = self.obj(value, path, {"type", "text"})
            return Paragraph(self.text(d, "text", path))
        if cls is Photo:
            d = self.obj(value, path, {"type", "caption", "width_mm", "image"})
            image = self.image(d.get("image"), f"{path}.image")
            if image is None:
                return None
            return Photo(image, self.text(d, "caption", path),
                         self.number(d, "width_mm", path, 60.0, 10.0, 150.0))
        keys = {"type", "title", "children"} | ({"tag"} if cls is Item else set())
        d = self.obj(value, path, keys)
        children = self.items(d, "children", path, lambda v, p: self.block(v, p, cls))
        if cls is Item:
            return Item(self.text(d, "title", path), self.text(d, "tag", path), children)
        return Subheading(self.text(d, "title", path), children)

    def section(self, value: Any, path: str) -> TopicSection | None:
        d = self.obj(value, path, {"topic", "blocks"})
        if d is None:
            return None
        return TopicSection(self.text(d, "topic", path),
                            self.items(d, "blocks", path, self.block))

    def person(self, value: Any, path: str) -> Attendee | None:
        d = self.obj(value, path, {"department", "name", "title", "note", "joined"})
        if d is None:
            return None
        return Attendee(self.text(d, "department", path), self.text(d, "name", path),
                        self.text(d, "title", path), self.text(d, "note", path),
                        self.flag(d, "joined", path))

    def host(self, value: Any, path: str) -> Host | None:
        d = self.obj(value, path, {"name", "people"})
        if d is None:
            return None
        return Host(self.text(d, "name", path), self.items(d, "people", path, self.person))

    def qa(self, value: Any, path: str) -> QA | None:
        d = self.obj(value, path, {"question", "answer"})
        if d is None:
            return None
        return QA(self.text(d, "question", path), self.text(d, "answer", path))

    def visit(self, value: Any, path: str) -> Visit:
        d = self.obj(value, path, {"profile", "description", "hosts", "overview", "sections", "qa"})
        if d is None:
            return Visit()
        profile = Profile()
        if "profile" in d:
            p = self.obj(d["profile"], f"{path}.profile", {"population", "area"})
            if p is not None:
                profile = Profile(self.text(p, "population", f"{path}.profile"),
                                  self.text(p, "area", f"{path}.profile"))
        return Visit(profile, self.text(d, "description", path),
                     self.items(d, "hosts", path, self.host), self.text(d, "overview", path),
                     self.items(d, "sections", path, self.section),
                     self.items(d, "qa", path, self.qa))

    def destination(self, value: Any, path: str) -> Destination | None:
        d = self.obj(value, path, {"prefecture", "city", "visit"})
        if d is None:
            return None
        return Destination(self.text(d, "prefecture", path), self.text(d, "city", path),
                           self.visit(d.get("visit", {}), f"{path}.visit"))

    def settings(self, value: Any, path: str) -> Settings:
        d = self.obj(value, path, {"page_numbers", "font", "author"})
        if d is None:
            return Settings()
        return Settings(self.flag(d, "page_numbers", path),
                        self.text(d, "font", path, Settings.font) or Settings.font,
                        self.text(d, "author", path))

    def report(self, value: Any, path: str = "$") -> Report:
        keys = {"title", "addressee", "honorific", "submitted", "committee", "members",
                "secretariat", "staff", "purpose", "topics", "start", "end", "destinations",
                "introduction", "settings"}
        d = self.obj(value, path, keys)
        if d is None:
            return Report()
        report = Report(
            title=self.text(d, "title", path, "出張報告書"),
            addressee=self.text(d, "addressee", path),
            honorific=self.text(d, "honorific", path, "殿"),
            submitted=self.day(d, "submitted", path),
            committee=self.text(d, "committee", path),
            members=self.items(d, "members", path, self.member),
            secretariat=self.text(d, "secretariat", path, "議会事務局"),
            staff=self.items(d, "staff", path, self.staff),
            purpose=self.text(d, "purpose", path, "所管事項調査"),
            topics=self.items(d, "topics", path, self.topic),
            start=self.day(d, "start", path),
            end=self.day(d, "end", path),
            destinations=self.items(d, "destinations", path, self.destination),
            introduction=self.text(d, "introduction", path),
            settings=self.settings(d.get("settings", {}), f"{path}.settings"),
        )
        self._check_references(report, path)
        return report

    def _check_references(self, report: Report, path: str) -> None:
        ids = [t.id for t in report.topics]
        if len(set(ids)) != len(ids):
            self.fail(f"{path}.topics", "用務の識別子が重複しています", "topic ids must be unique")
        known = set(ids)
        for di, dest in enumerate(report.destinations):
            seen: set[str] = set()
            for si, section in enumerate(dest.visit.sections):
                where = f"{path}.destinations[{di}].visit.sections[{si}].topic"
                if section.topic_id not in known:
                    self.fail(where, "用務にない項目を参照しています", "refers to a topic not in the topic list")
                if section.topic_id in seen:
                    self.fail(where, "同じ用務が二度あります", "the same topic appears twice in one visit")
                seen.add(section.topic_id)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def report_from_data(data: Any) -> Report:
    """Build a Report from JSON data; raise ReportDataError listing every problem."""
    reader = _Reader()
    report = reader.report(data)
    if reader.problems:
        raise ReportDataError(reader.problems)
    return report


def validate_data(data: Any) -> list[Problem]:
    """Every problem of a report document (empty when it is sound)."""
    reader = _Reader()
    reader.report(data)
    return reader.problems
