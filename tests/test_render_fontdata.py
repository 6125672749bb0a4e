"""The bundled font's prep program is wrapped so Qt's PDF embedding skips it at 2048 ppem."""

import struct

from desktop.render.fontdata import HUGE_PPEM, skip_moot_prep
from desktop.resources import resource_path


def _tables(data: bytes) -> dict[bytes, tuple[int, int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for i in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        out[tag] = (checksum, offset, length)
    return out


def test_only_the_prep_entry_changes_and_wraps_the_original_program():
    original = resource_path("fonts", "BIZUDMincho-Regular.ttf").read_bytes()
    patched = skip_moot_prep(original)
    before, after = _tables(original), _tables(patched)
    assert before.keys() == after.keys()
    assert {t: v for t, v in before.items() if t != b"prep"} == \
        {t: v for t, v in after.items() if t != b"prep"}
    record = 12 + 16 * list(before).index(b"prep")
    # outside the prep record of the table directory the old bytes stay; the new prep is appended
    assert patched[:record] == original[:record]
    assert patched[record + 16:len(original)] == original[record + 16:]
    _, offset, length = before[b"prep"]
    _, new_offset, new_length = after[b"prep"]
    program = patched[new_offset:new_offset + new_length]
    assert program.startswith(b"\x4b\xb8" + struct.pack(">H", HUGE_PPEM))  # MPPEM; PUSHW 2047
    assert program.endswith(original[offset:offset + length] + b"\x59")  # ... ELSE <prep> EIF


def test_other_data_is_returned_unchanged():
    for data in (b"", b"OTTO" + b"\0" * 40, b"not a font at all", b"\x00\x01\x00\x00\x00\x00"):
        assert skip_moot_prep(data) == data


def test_the_patched_font_registers_as_the_bundled_family(qapp):
    from desktop.render.fonts import font_family, mincho

    assert font_family() == "BIZ UDMincho"
    assert mincho().family() == "BIZ UDMincho"
