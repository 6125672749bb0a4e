"""The draft format's JSON Schema, made from the model's fields (as the codec reads them).

``resources/schema/report.schema.json`` is this module's output, and a test keeps
the two equal. After changing the model, write it again:

    python -m desktop.model.schema

What a schema cannot say (unique topic ids, sections referring to topics, real
calendar dates, the pixel count) only the loader checks; docs/draft-format.md
lists it.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from typing import Any

from desktop.model.codec import (
    BLOCK_CLASSES,
    BLOCK_TYPES,
    MAX_ITEMS,
    MAX_TEXT,
    Field,
    block_type,
    shape,
)
from desktop.model.draft import FORMAT, VERSION
from desktop.model.report import IMAGE_MIMES, MAX_IMAGE_BYTES, Image, Report, TopicSection

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "resources" / "schema" / "report.schema.json"
_BASE64 = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
_NAMES = {TopicSection: "section"}
"""$defs names that are not the class name in lower case."""


def _name(cls: type) -> str:
    return _NAMES.get(cls, cls.__name__.lower())


def _ref(cls: type) -> dict:
    return {"$ref": f"#/$defs/{_name(cls)}"}


def _doc(cls: type) -> str | None:
    """The first paragraph of a class's docstring, on one line."""
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return " ".join(doc.split()) or None


def _value(f: Field, kind: str, of: Any) -> dict:
    facts = f.facts
    if kind == "text":
        if "choices" in facts:
            return {"enum": list(facts["choices"])}
        if facts.get("nonempty"):
            return {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
        return {"$ref": "#/$defs/text"}
    if kind == "flag":
        return {"type": "boolean"}
    if kind in ("integer", "number"):
        out: dict[str, Any] = {"type": kind}
        if "lo" in facts:
            out.update(minimum=facts["lo"], maximum=facts["hi"])
        return out
    if kind == "date":
        return {"$ref": "#/$defs/date"}
    if kind == "bytes":
        limit = facts.get("max_bytes", MAX_IMAGE_BYTES)
        return {"type": "string", "contentEncoding": "base64", "maxLength": limit * 4 // 3 + 4,
                "pattern": _BASE64}
    if kind == "record":
        return _ref(of)
    if kind == "block":
        if set(of) == set(BLOCK_CLASSES):
            return {"$ref": "#/$defs/block"}
        return {"oneOf": [_ref(cls) for cls in of]}
    return {"type": "array", "maxItems": MAX_ITEMS, "items": _value(f, *of)}


def _field(f: Field) -> dict:
    out = _value(f, f.kind, f.of)
    # Defaults worth stating: not "" and not those of fields a document must give anyway.
    if f.kind in ("text", "flag", "number") and f.default != "" and not f.required:
        out["default"] = f.default
    if "doc" in f.facts:
        out["description"] = f.facts["doc"]
    return out


def _properties(cls: type, props: dict, required: list) -> None:
    for f in shape(cls):
        if f.flatten:
            _properties(f.of, props, required)
            continue
        props[f.key] = _field(f)
        if f.required:
            required.append(f.key)


def _object(cls: type) -> dict:
    props: dict[str, Any] = {}
    required: list[str] = []
    if cls in BLOCK_CLASSES:
        props["type"] = {"const": block_type(cls)}
        required.append("type")
    _properties(cls, props, required)
    out: dict[str, Any] = {"type": "object"}
    if _doc(cls):
        out["description"] = _doc(cls)
    if required:
        out["required"] = required
    out["properties"] = props
    out["additionalProperties"] = False
    if cls is Image:
        out["allOf"] = [_image_kind(mime, magic) for mime, magic in IMAGE_MIMES.items()]
    return out


def _image_kind(mime: str, magic: bytes) -> dict:
    """The data of an image of this type starts with its magic bytes (whole base64 groups)."""
    start = base64.b64encode(magic[: len(magic) // 3 * 3]).decode("ascii")
    return {"if": {"properties": {"mime": {"const": mime}}},
            "then": {"properties": {"data": {"pattern": "^" + start.replace("+", "\\+"),
                                             "contentMediaType": mime}}}}


def _classes(cls: type, found: list[type]) -> None:
    """Every record class reachable from ``cls`` (flattened ones excepted), in field order."""
    if cls in found:
        return
    found.append(cls)
    for f in shape(cls):
        kind, of = (f.of if f.kind == "list" else (f.kind, f.of))
        if f.flatten:
            continue
        if kind == "record":
            _classes(of, found)
        elif kind == "block":
            for block in of:
                _classes(block, found)


def report_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a .shutcho draft or a bare report document."""
    defs: dict[str, Any] = {
        "draft": {
            "type": "object",
            "description": "The draft file wrapper.",
            "required": ["format", "version", "report"],
            "properties": {
                "format": {"const": FORMAT},
                "version": {"type": "integer", "minimum": 1, "maximum": VERSION,
                            "description": "Format version. Older versions load; a newer one is refused."},
                "report": {"$ref": "#/$defs/report"},
            },
            "additionalProperties": False,
        },
        "text": {"type": "string", "maxLength": MAX_TEXT,
                 "description": "Plain text; line breaks separate paragraphs."},
        "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                 "format": "date",
                 "description": "YYYY-MM-DD (a real calendar date), or null when not set."},
        "block": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"enum": list(BLOCK_TYPES)}},
            "oneOf": [_ref(cls) for cls in BLOCK_CLASSES],
        },
    }
    classes: list[type] = []
    _classes(Report, classes)
    for cls in classes:
        defs[_name(cls)] = _object(cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"出張報告書 draft (shutcho format version {VERSION})",
        "description": "A .shutcho draft {format, version, report} or a bare report document. "
                       "See docs/draft-format.md, including the rules a schema cannot express "
                       "(unique topic ids, sections referring to topics, real calendar dates, "
                       "image pixel count).",
        "oneOf": [{"$ref": "#/$defs/draft"}, {"$ref": "#/$defs/report"}],
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    SCHEMA_FILE.write_text(schema_text(), "utf-8")
    print(f"wrote {SCHEMA_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
