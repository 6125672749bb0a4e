"""XML-safe text: nothing XML 1.0 cannot hold survives, everything else does."""

import random
import xml.etree.ElementTree as ET

import pytest

from desktop.jtext import clean_text


def forbidden(c: str) -> bool:
    """The documented rule, written independently of the implementation."""
    cp = ord(c)
    if cp < 0x20:
        return c not in "\t\n\r"
    return 0x7F <= cp <= 0x9F or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF)


def reference(text: str) -> str:
    kept = "".join(c for c in text if not forbidden(c))
    return kept.replace("\r\n", "\n").replace("\r", "\n")


def roundtrip_stdlib(text: str) -> str:
    root = ET.Element("w")
    root.text = text
    child = ET.SubElement(root, "t")
    child.text = text
    child.tail = text
    data = ET.tostring(root, encoding="utf-8")
    parsed = ET.fromstring(data)
    assert parsed.find("t").text == parsed.text
    assert parsed.find("t").tail == parsed.text
    return parsed.text or ""


def random_text(rng: random.Random, length: int) -> str:
    """Code points from the whole range, weighted towards the interesting parts."""
    ranges = [
        (0x0000, 0x00A0),  # C0, ASCII, DEL, C1
        (0x3000, 0x9FFF),  # Japanese
        (0xD800, 0xDFFF),  # surrogates
        (0xFDD0, 0xFFFF),  # noncharacters, specials, FFFE/FFFF
        (0x10000, 0x10FFFF),  # supplementary planes
        (0x0000, 0x10FFFF),  # anything
    ]
    out = []
    for _ in range(length):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


@pytest.mark.parametrize("seed", range(20))
def test_random_text_is_cleaned_and_xml_roundtrips(seed):
    rng = random.Random(seed)
    text = random_text(rng, 2000)
    cleaned = clean_text(text)
    assert not any(forbidden(c) for c in cleaned)
    assert "\r" not in cleaned
    assert cleaned == reference(text)
    assert clean_text(cleaned) == cleaned
    assert roundtrip_stdlib(cleaned) == cleaned


@pytest.mark.parametrize("seed", range(5))
def test_random_text_roundtrips_through_lxml(seed):
    etree = pytest.importorskip("lxml.etree")
    cleaned = clean_text(random_text(random.Random(1000 + seed), 2000))
    root = etree.Element("t")
    root.text = cleaned  # lxml refuses control characters and surrogates
    assert etree.fromstring(etree.tostring(root, encoding="utf-8")).text == cleaned


def test_every_code_point():
    text = "".join(chr(cp) for cp in range(0x110000))
    cleaned = clean_text(text)
    assert cleaned == reference(text)
    removed = {ord(c) for c in text} - {ord(c) for c in cleaned}
    expected = (
        set(range(0x00, 0x09))
        | {0x0B, 0x0C}
        | set(range(0x0E, 0x20))
        | set(range(0x7F, 0xA0))
        | set(range(0xD800, 0xE000))
        | {0xFFFE, 0xFFFF}
        | {0x0D}  # the lone CR is turned into LF
    )
    assert removed == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("令和５年度総務委員会の活動方針に沿い、", "令和５年度総務委員会の活動方針に沿い、"),
        ("𠮷野家で😀", "𠮷野家で😀"),
        ("a\tb\nc", "a\tb\nc"),
        ("line1\r\nline2\rline3\n", "line1\nline2\nline3\n"),
        ("\r\r\n\n", "\n\n\n"),
        ("\r\x00\n", "\n"),  # CR and LF separated only by removed characters
        ("a\x00b\x1fc\x0bd\x0ce", "abcde"),
        ("\x7f\x80\x85\x9f残る\xa0", "残る\xa0"),
        ("x\ud842\udfb7y\udfffz", "xyz"),  # surrogates (even paired-looking) go
        ("\ufffe\uffff\ufffd", "\ufffd"),
        ("\ufdd0\U0001fffe\ue000", "\ufdd0\U0001fffe\ue000"),  # allowed by XML 1.0
        ("<&>\"'", "<&>\"'"),  # escaping is the serializer's job
    ],
)
def test_clean_text_cases(text, expected):
    assert clean_text(text) == expected
    assert roundtrip_stdlib(clean_text(text)) == expected


class _Str(str):
    pass


def test_str_subclass():
    assert clean_text(_Str("a\x00b")) == "ab"


def test_large_text_passes_through_unchanged():
    text = "令和５年度総務委員会の活動方針に沿い、所管事項の調査・研究\n" * 50_000
    assert clean_text(text) == text


@pytest.mark.parametrize("text, expected", [
    ("ハ\u309aソコン", "パソコン"),          # pasted from a Mac: decomposed
    ("か\u3099いし\u3099", "がいじ"),
    ("カ\u309a", "カ\u309a"),                # no composed カ゚ in Unicode: kept as it is
    ("\u309aだけ", "\u309aだけ"),            # a lone mark: kept
    ("\uf900豈", "\uf900豈"),                # compatibility ideographs are not normalised
])
def test_decomposed_kana_are_composed_and_nothing_else(text, expected):
    assert clean_text(text) == expected
    assert clean_text(expected) == expected
