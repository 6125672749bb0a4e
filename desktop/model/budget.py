"""The export budget: what a draft may hold so that every output stays bounded.

Loading refuses a report over this budget (``DraftError`` from
``desktop.model.draft``), so ``shutcho check``, the editor's open and every export
see only reports that export within the time and memory written in
docs/draft-format.md ("Limits"): on the reference machine (2 cores) a report at
the budget exports as PDF in about 7 s and 0.3 GB, far inside the promised
60 s and 1 GB. Pure Python; photos' sizes are read from their headers.
"""

from __future__ import annotations

import functools
from dataclasses import fields, is_dataclass

from desktop.model.codec import MAX_IMAGE_PIXELS

MAX_PRINTED_CHARS = 2_000_000
"""Characters in all printed fields together: 100 times the reference report (about
20,000), some 1,400 pages."""
MAX_PHOTOS = 200
MAX_PHOTO_PIXELS = 500_000_000
"""Pixels of all usable photos together, as their own headers say (the declared size is
not trusted): decoding them all is the slow part of an export."""

_NOT_PRINTED = {"id", "topic_id", "settings", "image"}


def printed_texts(obj, key: tuple = ()):
    """(key, text) of every printed string field of a report (a key is a path of names
    and 0-based indices into the model)."""
    for f in fields(obj):
        name = f.name
        if name in _NOT_PRINTED:
            continue
        value = getattr(obj, name)
        if isinstance(value, str):
            yield key + (name,), value
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if is_dataclass(item):
                    yield from printed_texts(item, key + (name, i))
        elif is_dataclass(value):
            yield from printed_texts(value, key + (name,))


@functools.lru_cache(maxsize=None)
def _printed_fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in _NOT_PRINTED)


def printed_strings(obj):
    """The strings of :func:`printed_texts` in the same order, without their keys: the
    fast walk for what looks at the whole text at once (about 5 times faster)."""
    for name in _printed_fields(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                if hasattr(item, "__dataclass_fields__"):
                    yield from printed_strings(item)
        elif hasattr(value, "__dataclass_fields__"):
            yield from printed_strings(value)


def photos(obj):
    """Every Photo of a report, in reading order."""
    from desktop.model.report import Photo

    for dest in obj.destinations:
        for section in dest.visit.sections:
            stack = list(reversed(section.blocks))
            while stack:
                block = stack.pop()
                if isinstance(block, Photo):
                    yield block
                stack.extend(reversed(getattr(block, "children", [])))


def header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR or a JPEG's SOF marker, without decoding (and without
    Pillow: loading a draft at the editor's start-up must stay cheap). None when unreadable."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        length = int.from_bytes(data[at + 2:at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[at + 7:at + 9], "big"), int.from_bytes(data[at + 5:at + 7], "big")
        if marker == 0xDA or length < 2:
            return None
        at += 2 + length
    return None


def _header_pixels(data: bytes) -> int:
    """Pixels of a picture as its header says (0 when unreadable or over the one-photo limit,
    which make the photo unusable: left out of the outputs, reported by ``check``)."""
    size = header_size(data)
    if size is None:
        return 0
    pixels = size[0] * size[1]
    return pixels if pixels <= MAX_IMAGE_PIXELS else 0


def over_budget(report) -> tuple[str, str] | None:
    """Why ``report`` is over the export budget, (ja, en), or None when it is within."""
    chars = sum(map(len, printed_strings(report)))
    if chars > MAX_PRINTED_CHARS:
        return (f"文字数が多すぎます（印刷される文字が合計 {chars:,} 字、上限 {MAX_PRINTED_CHARS:,} 字）。"
                "書き出しに時間とメモリーがかかりすぎるため、読み込みません",
                f"too much text ({chars:,} printed characters, limit {MAX_PRINTED_CHARS:,}); "
                "exporting it would take too long and too much memory, so it is not loaded")
    with_data = [p for p in photos(report) if p.image.data]
    if len(with_data) > MAX_PHOTOS:
        return (f"写真が多すぎます（{len(with_data):,} 枚、上限 {MAX_PHOTOS} 枚）",
                f"too many photos ({len(with_data):,}, limit {MAX_PHOTOS})")
    if with_data:
        pixels = sum(_header_pixels(p.image.data) for p in with_data)
        if pixels > MAX_PHOTO_PIXELS:
            return (f"写真の画素数が合計で多すぎます（{pixels / 1e6:,.0f} メガピクセル、上限 "
                    f"{MAX_PHOTO_PIXELS // 1_000_000} メガピクセル）",
                    f"the photos are too large together ({pixels / 1e6:,.0f} megapixels, limit "
                    f"{MAX_PHOTO_PIXELS // 1_000_000})")
    return None
