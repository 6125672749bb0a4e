"""Which characters the bundled Mincho can draw, read from its cmap (pure Python, no Qt).

The PDF, print and preview draw every character from the bundled BIZ UD明朝
(desktop/render/fonts.py). ``check`` uses this module to name the characters it
cannot draw, field by field, so nothing vanishes from a report unannounced:

- a character the font has no glyph for (𠮷 U+20BB7, most emoji, private-use
  characters): the PDF shows it from a font Qt finds on the machine, or as the
  font's empty box (.notdef) when there is none;
- an ideographic variation sequence (葛󠄀 = 葛 U+845B + VS17 U+E0100) the font's
  format-14 cmap does not list: the base character prints in its usual form.
  Sequences the font lists print in the selected form (``variant_glyph``).

Fallback decision (issue 11): IPAmj明朝 (Debian fonts-ipamj-mincho, the font of the
government's 文字情報基盤) would draw almost every name character, but it is
45 MB against the 6 MB of the whole bundled font, its glyph design differs from
BIZ UD明朝 in the same line, and it is not on the clerks' Windows machines for the
DOCX. It is not bundled: what the bundled font lacks is a ``check`` warning.
"""

from __future__ import annotations

import functools
import struct
from itertools import chain
import unicodedata
from dataclasses import dataclass

from desktop.resources import resource_path

FONT_FILE = "BIZUDMincho-Regular.ttf"
_SILENT = {"Cc", "Cf", "Cs", "Zl", "Zp"}
"""Categories that print nothing anyway (controls, format characters, surrogates)."""


def is_variation_selector(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@dataclass(frozen=True)
class Coverage:
    """The code points a font maps, and its variation sequences (read from the cmap's
    format-14 subtables when first asked for: most checks never need them)."""

    chars: frozenset[int]
    uvs_tables: tuple[tuple[bytes, int], ...] = ()
    """(cmap table bytes, offset) of each format-14 subtable."""

    @functools.cached_property
    def _uvs(self) -> tuple[frozenset[tuple[int, int]], dict[tuple[int, int], int]]:
        default_uvs: set[tuple[int, int]] = set()
        variant_uvs: dict[tuple[int, int], int] = {}
        for data, at in self.uvs_tables:
            _parse_uvs(data, at, default_uvs, variant_uvs)
        return frozenset(default_uvs), variant_uvs

    @property
    def default_uvs(self) -> frozenset[tuple[int, int]]:
        """(base, selector) pairs drawn with the base character's own glyph."""
        return self._uvs[0]

    @property
    def variant_uvs(self) -> dict[tuple[int, int], int]:
        """(base, selector) -> glyph id of the selected form."""
        return self._uvs[1]

    @functools.cached_property
    def drawable(self) -> frozenset[str]:
        """The mapped characters as strings: ``set(text) - drawable`` is one C-level step."""
        return frozenset(map(chr, self.chars))

    def has_sequence(self, base: int, selector: int) -> bool:
        return (base, selector) in self.variant_uvs or (base, selector) in self.default_uvs


def _table_directory(data: bytes) -> dict[bytes, tuple[int, int]]:
    """tag -> (offset, length) from the font's header (the first 12 + 16 * n bytes)."""
    count = struct.unpack_from(">H", data, 4)[0]
    return {tag: (offset, length)
            for tag, _, offset, length in struct.iter_unpack(">4sIII", data[12:12 + 16 * count])}


def parse_cmap(data: bytes) -> Coverage:
    """The coverage of a TrueType/OpenType font from its cmap (formats 4, 12 and 14)."""
    offset, length = _table_directory(data)[b"cmap"]
    return _parse_cmap_table(data[offset:offset + length])


def _parse_cmap_table(data: bytes) -> Coverage:
    """The coverage from the bytes of a cmap table alone (offsets relative to it)."""
    cmap = 0
    chars: set[int] = set()
    uvs_tables: list[tuple[bytes, int]] = []
    subtables = struct.unpack_from(">H", data, cmap + 2)[0]
    seen: set[int] = set()
    for index in range(subtables):
        _, _, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        at = cmap + offset
        if at in seen:
            continue
        seen.add(at)
        fmt = struct.unpack_from(">H", data, at)[0]
        if fmt == 12:
            groups = struct.unpack_from(">I", data, at + 12)[0]
            chars.update(chain.from_iterable(
                range(start, end + 1)
                for start, end, _ in struct.iter_unpack(">III", data[at + 16:at + 16 + 12 * groups])))
        elif fmt == 4:
            segs = struct.unpack_from(">H", data, at + 6)[0] // 2
            ends = struct.unpack_from(f">{segs}H", data, at + 14)
            starts = struct.unpack_from(f">{segs}H", data, at + 16 + 2 * segs)
            chars.update(chain.from_iterable(
                range(start, end + 1) for start, end in zip(starts, ends) if start != 0xFFFF))
        elif fmt == 14:
            uvs_tables.append((data, at))
    return Coverage(frozenset(chars), tuple(uvs_tables))


def _parse_uvs(data: bytes, at: int, default_uvs: set, variant_uvs: dict) -> None:
    """The variation sequences of the format-14 subtable at ``at`` of a cmap table."""
    records = struct.unpack_from(">I", data, at + 6)[0]
    for r in range(records):
        rec = at + 10 + 11 * r
        selector = int.from_bytes(data[rec:rec + 3], "big")
        default_off, variant_off = struct.unpack_from(">II", data, rec + 3)
        if default_off:
            d = at + default_off
            count = struct.unpack_from(">I", data, d)[0]
            # each range: a 24-bit start and an 8-bit count of further characters
            default_uvs.update(
                (base, selector)
                for (word,) in struct.iter_unpack(">I", data[d + 4:d + 4 + 4 * count])
                for base in range(word >> 8, (word >> 8) + (word & 0xFF) + 1))
        if variant_off:
            v = at + variant_off
            count = struct.unpack_from(">I", data, v)[0]
            # each mapping: a 24-bit base and a 16-bit glyph id
            for high, low, glyph in struct.iter_unpack(">BHH", data[v + 4:v + 4 + 5 * count]):
                variant_uvs[((high << 16) | low, selector)] = glyph


@functools.lru_cache(maxsize=1)
def bundled() -> Coverage:
    """The bundled Mincho's coverage (read once: only its cmap table, a few ms)."""
    with resource_path("fonts", FONT_FILE).open("rb") as font:
        head = font.read(12)
        head += font.read(16 * struct.unpack_from(">H", head, 4)[0])
        offset, length = _table_directory(head)[b"cmap"]
        font.seek(offset)
        return _parse_cmap_table(font.read(length))


def plainly_drawable(text: str, coverage: Coverage | None = None) -> bool:
    """True when every character of ``text`` is one the font maps in the BMP (or prints
    nothing), with no variation selector: then :func:`undrawable` and
    :func:`not_copyable` both find nothing. One set difference, no step per character."""
    if text.isascii():
        return True
    if max(text) > "\uffff":
        return False
    odd = set(text) - (coverage or bundled()).drawable
    return all(unicodedata.category(c) in _SILENT for c in odd)  # a selector is Mn


def undrawable(text: str, coverage: Coverage | None = None) -> list[str]:
    """The characters (and variation sequences) of ``text`` the font cannot draw,
    each once, in order of first appearance."""
    if text.isascii():
        return []
    coverage = coverage or bundled()
    if plainly_drawable(text, coverage):
        return []  # the common case, without a Python step per character
    chars = coverage.chars
    out: list[str] = []
    seen: set[str] = set()
    previous = ""
    for ch in text:
        code = ord(ch)
        if code < 0x3000 and code in chars:
            previous = ch
            continue
        if is_variation_selector(ch):
            if previous and not coverage.has_sequence(ord(previous), code):
                item = previous + ch
                if item not in seen:
                    seen.add(item)
                    out.append(item)
        elif code not in chars and unicodedata.category(ch) not in _SILENT:
            if ch not in seen:
                seen.add(ch)
                out.append(ch)
        previous = ch
    return out


def not_copyable(text: str, coverage: Coverage | None = None) -> list[str]:
    """Characters of ``text`` the PDF prints but cannot give back as text (copy, search,
    screen readers): those outside the BMP (𩸽 U+29E3D) and variation sequences drawn in
    their selected form. Qt's PDF writer maps only BMP characters to text, and a selected
    form has no character of its own. (The DOCX holds them all.)"""
    if text.isascii():
        return []
    coverage = coverage or bundled()
    out: list[str] = []
    seen: set[str] = set()
    previous = ""
    for ch in text:
        code = ord(ch)
        item = ""
        if is_variation_selector(ch):
            if previous and (ord(previous), code) in coverage.variant_uvs:
                item = previous + ch
        elif code > 0xFFFF and code in coverage.chars:
            item = ch
        if item and item not in seen:
            seen.add(item)
            out.append(item)
        previous = ch
    return out


def variant_glyph(base: str, selector: str) -> int | None:
    """The glyph id of ``base`` + ``selector`` in the bundled font, when it has that form."""
    return bundled().variant_uvs.get((ord(base), ord(selector)))
