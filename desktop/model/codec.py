"""Report <-> plain JSON data, with strict validation, from the model's own fields.

The draft format is written down once, in ``desktop/model/report.py``: each
model class's fields, their types and the facts given with ``spec()`` (JSON
name, range, description...). This module reads and writes every class from
that description; ``desktop/model/schema.py`` turns the same description into
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
import sys
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from types import UnionType
from typing import Any, get_args

from desktop.model.report import (  # noqa: F401  (the limits are part of this module's API)
    ALLOWED_CHILDREN,
    IMAGE_MIMES,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    Block,
    Image,
    Report,
)

MAX_TEXT = 100_000
"""Characters in one text field (a whole report is about 20,000)."""
MAX_ITEMS = 5_000
"""Entries in one list (members, topics, blocks, Q&A pairs...)."""
MAX_BASE64 = MAX_IMAGE_BYTES * 4 // 3 + 4
BLOCK_CLASSES: tuple[type, ...] = get_args(Block)
BLOCK_TYPES = tuple(cls.__name__.lower() for cls in BLOCK_CLASSES)
"""The ``type`` of each block class in JSON: its class name in lower case."""
_BLOCK_BY_TYPE = dict(zip(BLOCK_TYPES, BLOCK_CLASSES))
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


# -- the shape of each model class, from its fields -------------------------------------


class Field:
    """One field of a model class as the format sees it.

    ``kind`` is text, flag, integer, number, date, bytes, record, block or list;
    ``of`` is the record class, the classes a block may be, or the (kind, of)
    of a list's entries.
    """

    __slots__ = ("name", "key", "kind", "of", "default", "factory", "facts", "required", "flatten")

    def __init__(self, name, key, kind, of, default, factory, facts):
        self.name, self.key, self.kind, self.of = name, key, kind, of
        self.default, self.factory, self.facts = default, factory, facts
        self.required = bool(facts.get("required"))
        self.flatten = bool(facts.get("flatten"))


_SCALARS = {"str": "text", "bool": "flag", "int": "integer", "float": "number", "bytes": "bytes"}
_SHAPES: dict[type, list[Field]] = {}
_KEYS: dict[type, frozenset[str]] = {}


def _kind(hint: str, owner: type) -> tuple[str, Any]:
    """What an annotation of the model (a string: the module has postponed annotations) is.

    Read by hand rather than with ``typing.get_type_hints``, which costs the
    editor's start-up 0.5 ms for the model's few forms: a scalar, ``list[X]``,
    ``date | None``, a record class or the ``Block`` union.
    """
    hint = hint.strip()
    if hint in _SCALARS:
        return _SCALARS[hint], None
    if hint.startswith("list[") and hint.endswith("]"):
        return "list", _kind(hint[5:-1], owner)
    if hint == "date | None":
        return "date", None
    found = vars(sys.modules[owner.__module__]).get(hint)
    if isinstance(found, type) and is_dataclass(found):
        return "record", found
    if isinstance(found, UnionType) and all(is_dataclass(a) for a in get_args(found)):
        return "block", ALLOWED_CHILDREN.get(owner, get_args(found))
    raise TypeError(f"the draft format has no form for {hint!r} in {owner.__name__}")


def shape(cls: type) -> list[Field]:
    """The fields of a model class, in order (worked out once per class)."""
    found = _SHAPES.get(cls)
    if found is None:
        found = []
        for f in fields(cls):
            kind, of = _kind(f.type, cls)
            found.append(Field(f.name, f.metadata.get("key", f.name), kind, of,
                               f.default, f.default_factory, f.metadata))
        _SHAPES[cls] = found
    return found


def json_keys(cls: type) -> frozenset[str]:
    """The keys of a class's JSON object (a block's ``type`` and flattened fields included)."""
    keys = _KEYS.get(cls)
    if keys is None:
        names: set[str] = {"type"} if cls in BLOCK_CLASSES else set()
        for f in shape(cls):
            names |= json_keys(f.of) if f.flatten else {f.key}
        keys = _KEYS[cls] = frozenset(names)
    return keys


def block_type(cls: type) -> str:
    return cls.__name__.lower()


# -- writing -----------------------------------------------------------------


def _record_out(obj: Any) -> dict:
    cls = type(obj)
    out: dict[str, Any] = {"type": block_type(cls)} if cls in BLOCK_CLASSES else {}
    for f in shape(cls):
        value = getattr(obj, f.name)
        if f.flatten:
            out.update(_record_out(value))
        else:
            out[f.key] = _value_out(f.kind, f.of, value)
    return out


def _value_out(kind: str, of: Any, value: Any) -> Any:
    if kind == "list":
        return [_value_out(of[0], of[1], v) for v in value]
    if kind in ("record", "block"):
        return _record_out(value)
    if kind == "date":
        return value.isoformat() if value else None
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


def report_to_data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    return _record_out(report)


# -- reading -----------------------------------------------------------------

_TYPE_JA = {str: "文字列", bool: "真偽値", list: "配列", dict: "オブジェクト", int: "整数", float: "数値"}
_TYPE_EN = {str: "a string", bool: "true or false", list: "an array", dict: "an object",
            int: "an integer", float: "a number"}
_BAD = object()
"""A value that could not be read (its problem is recorded)."""


def _image_rules(reader: _Reader, image: Image, path: str) -> None:
    """What an image's fields cannot say on their own."""
    if image.width * image.height > MAX_IMAGE_PIXELS:
        reader.fail(path, "画像の画素数が多すぎます", "image has too many pixels")
    elif not image.data.startswith(IMAGE_MIMES[image.mime]):
        reader.fail(f"{path}.data", "画像データが形式と合いません", f"image data is not {image.mime}")


_RULES = {Image: _image_rules}


class _Reader:
    """Walks JSON data, converting it and collecting problems with their paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, ja: str, en: str) -> None:
        self.problems.append(Problem(path, ja, en))

    def _typed(self, value: Any, kind: type, path: str) -> bool:
        if type(value) is kind:  # the common case, quickly (a bool is not an int here)
            return True
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            self.fail(path, f"{_TYPE_JA[kind]}でなければなりません",
                      f"must be {_TYPE_EN[kind]}, not {type(value).__name__}")
        return ok

    def _bad(self, f: Field, path: str, ja: str, en: str) -> Any:
        ja, en = f.facts.get("bad", (ja, en))
        self.fail(path, ja, en)
        return _BAD

    def record(self, cls: type, value: Any, path: str) -> Any:
        if not self._typed(value, dict, path):
            return _BAD
        keys = json_keys(cls)
        for key in value:
            if key not in keys:
                self.fail(f"{path}.{_short(key)}", "この項目は書式にありません", "unknown field")
        return self._fields(cls, value, path)

    def _fields(self, cls: type, data: dict, path: str) -> Any:
        before = len(self.problems)
        values = {}
        for f in shape(cls):
            if f.flatten:
                values[f.name] = self._fields(f.of, data, path)
            elif f.key in data:
                value = self.value(f, f.kind, f.of, data[f.key], f"{path}.{f.key}", cls)
                if value is not _BAD:
                    values[f.name] = value
            elif f.required:
                self._bad(f, f"{path}.{f.key}", "この項目が必要です", "a required field is missing")
        obj = cls(**values)
        rules = _RULES.get(cls)
        if rules is not None and len(self.problems) == before:
            rules(self, obj, path)
        return obj

    def value(self, f: Field, kind: str, of: Any, value: Any, path: str, owner: type) -> Any:
        if kind == "text":
            return self.text(f, value, path)
        if kind == "list":
            return self.entries(f, of, value, path, owner)
        if kind == "record":
            return self.record(of, value, path)
        if kind == "block":
            return self.block(of, value, path)
        if kind == "flag":
            return value if self._typed(value, bool, path) else _BAD
        if kind == "date":
            return self.day(value, path)
        if kind == "bytes":
            return self.base64(f, value, path)
        return self.number(f, kind, value, path)

    def text(self, f: Field, value: Any, path: str) -> Any:
        if not self._typed(value, str, path):
            return _BAD
        if len(value) > MAX_TEXT:
            self.fail(path, f"文字数が多すぎます ({len(value):,} 字、上限 {MAX_TEXT:,} 字)",
                      f"text too long ({len(value):,} characters, limit {MAX_TEXT:,})")
            return _BAD
        facts = f.facts
        if facts:
            if not value and facts.get("or_default"):
                return f.default
            if not value and facts.get("nonempty"):
                return self._bad(f, path, "空にはできません", "must not be empty")
            choices = facts.get("choices")
            if choices is not None and value not in choices:
                return self._bad(f, path, f"使えない値です: {_short(value)!r}",
                                 f"must be one of {', '.join(choices)}")
        return value

    def number(self, f: Field, kind: str, value: Any, path: str) -> Any:
        if kind == "integer":
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # 640.0 is an integer to JSON Schema too
            if not self._typed(value, int, path):
                return _BAD
        elif not self._typed(value, float, path):
            return _BAD
        lo, hi = f.facts.get("lo"), f.facts.get("hi")
        if lo is not None and not lo <= value <= hi:
            return self._bad(f, path, f"{lo}〜{hi} の範囲にありません", f"out of range {lo}..{hi}")
        return value if kind == "integer" else float(value)

    def day(self, value: Any, path: str) -> Any:
        if value is None:
            return None
        if not self._typed(value, str, path):
            return _BAD
        try:
            # Exactly YYYY-MM-DD: date.fromisoformat alone also takes 2023-W27-3 and 20230705.
            if not _ISO_DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(path, f"日付は YYYY-MM-DD で書きます: {value[:40]!r}",
                      "a date must be written YYYY-MM-DD")
            return _BAD

    def base64(self, f: Field, value: Any, path: str) -> Any:
        if not self._typed(value, str, path):
            return _BAD
        limit = f.facts.get("max_bytes", MAX_IMAGE_BYTES)
        if len(value) > limit * 4 // 3 + 4:
            self.fail(path, "画像が大きすぎます", f"image larger than {limit // 2**20} MB")
            return _BAD
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            self.fail(path, "画像データ (base64) が壊れています", "image data is not valid base64")
            return _BAD

    def entries(self, f: Field, of: tuple[str, Any], value: Any, path: str, owner: type) -> Any:
        if not self._typed(value, list, path):
            return _BAD
        if len(value) > MAX_ITEMS:
            self.fail(path, f"項目が多すぎます ({len(value):,} 件、上限 {MAX_ITEMS:,} 件)",
                      f"too many entries ({len(value):,}, limit {MAX_ITEMS:,})")
            return _BAD
        kind, inner = of
        out = []
        for index, entry in enumerate(value):
            converted = self.value(f, kind, inner, entry, f"{path}[{index}]", owner)
            if converted is not _BAD:
                out.append(converted)
        return out

    def block(self, allowed: tuple[type, ...], value: Any, path: str) -> Any:
        if not self._typed(value, dict, path):
            return _BAD
        kind = value.get("type")
        cls = _BLOCK_BY_TYPE.get(kind) if isinstance(kind, str) else None
        if cls is None:
            # Never str() an arbitrary value: a deeply nested list would recurse.
            shown = _short(kind) if isinstance(kind, str) else type(kind).__name__
            self.fail(f"{path}.type", f"ブロックの種類が不明です: {shown!r}",
                      f"block type must be {', '.join(BLOCK_TYPES[:-1])} or {BLOCK_TYPES[-1]}")
            return _BAD
        if cls not in allowed:
            self.fail(path, f"{kind} はここに置けません", f"a {kind} cannot be placed here")
            return _BAD
        return self.record(cls, value, path)

    def report(self, value: Any, path: str = "$") -> Report:
        report = self.record(Report, value, path)
        if report is _BAD:
            return Report()
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
