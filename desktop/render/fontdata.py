"""The bundled font's bytes as Qt gets them: its 'prep' program skipped when it is moot.

Qt's PDF engine (FreeType) reads every glyph it embeds at 2048 ppem (the font's
units per em) and switches sizes between glyphs, so FreeType runs the font's
'prep' program again for every glyph: BIZ UD明朝's prep calls ~200 functions,
about 50 µs a glyph, two thirds of a PDF export. That prep's first act is to
switch glyph hinting off above 2047 ppem (INSTCTRL), so everything else it does
is unused there. ``skip_moot_prep`` wraps it as

    IF ppem > 2047: INSTCTRL(1, TRUE)  ELSE: <the font's prep>  EIF

which gives the same outlines at every size, only without the wasted work.
Nothing else in the file changes.
"""

from __future__ import annotations

import struct

HUGE_PPEM = 2047
"""The font's own limit: its prep disables glyph instructions above this."""

# MPPEM; PUSHW 2047; GT; IF; PUSHB 1, 1; INSTCTRL; ELSE ... EIF
_PREFIX = b"\x4b\xb8" + struct.pack(">H", HUGE_PPEM) + b"\x52\x58\xb1\x01\x01\x8e\x1b"
_SUFFIX = b"\x59"


def _checksum(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def skip_moot_prep(data: bytes) -> bytes:
    """``data`` (a TrueType font) with its prep program skipped above HUGE_PPEM.

    Returns ``data`` unchanged when it is not a TrueType font with a 'prep' table.
    """
    if len(data) < 12 or data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        return data
    count = struct.unpack_from(">H", data, 4)[0]
    for index in range(count):
        record = 12 + 16 * index
        if record + 16 > len(data):
            return data
        tag, _, offset, length = struct.unpack_from(">4sIII", data, record)
        if tag != b"prep":
            continue
        if offset + length > len(data):
            return data
        prep = _PREFIX + data[offset:offset + length] + _SUFFIX
        out = bytearray(data)
        out += b"\0" * (-len(out) % 4)
        new_offset = len(out)
        out += prep + b"\0" * (-len(prep) % 4)
        struct.pack_into(">III", out, record + 4, _checksum(prep), new_offset, len(prep))
        return bytes(out)
    return data
