"""半角→全角 conversion and the half-width finder for the problems panel."""

import string
import unicodedata
from pathlib import Path

import pytest

from desktop.jtext import (
    HALFWIDTH_CONVERTED,
    find_halfwidth,
    fullwidth_number,
    to_fullwidth,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cases written as they appear in the Japanese fixture
        ("458,005人", "４５８，００５人"),
        ("NPO", "ＮＰＯ"),
        ("STEAM教育", "ＳＴＥＡＭ教育"),
        ("68.03%", "６８．０３％"),
        ("IoT", "ＩｏＴ"),
        ("(人口 約45万1千人 面積 約469㎢)", "（人口 約４５万１千人 面積 約４６９㎢）"),
        ("e-加賀市民", "ｅ-加賀市民"),  # hyphen-minus stays half-width
        ("web", "ｗｅｂ"),
        ("1990年には8万人", "１９９０年には８万人"),
        # left unchanged
        ("", ""),
        ("ひらがな カタカナ 漢字", "ひらがな カタカナ 漢字"),
        ("４５８，００５人", "４５８，００５人"),
        ("a\tb\nc", "ａ\tｂ\nｃ"),
        ("-+:;!?&/ \"'#$*<=>@[]^_`{|}~\\", "-+:;!?&/ \"'#$*<=>@[]^_`{|}~\\"),
        ("ｱｲｳ", "ｱｲｳ"),  # half-width katakana is not touched
    ],
)
def test_to_fullwidth(text, expected):
    assert to_fullwidth(text) == expected


def test_converted_set_is_exactly_digits_letters_and_five_signs():
    """Written out independently of the module: the digits, the Latin letters and ,.%()
    become their FULLWIDTH forms (as Unicode names them); nothing else in Unicode changes."""
    expected = set(string.digits + string.ascii_letters + ",.%()")
    changed = {chr(c): to_fullwidth(chr(c)) for c in range(0x110000)
               if to_fullwidth(chr(c)) != chr(c)}
    assert set(changed) == expected
    for c, wide in changed.items():
        assert unicodedata.name(wide) == "FULLWIDTH " + unicodedata.name(c)
        assert unicodedata.normalize("NFKC", wide) == c
    assert set(HALFWIDTH_CONVERTED) == expected  # the constant the module documents


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "０"), (5, "５"), (45, "４５"), (2023, "２０２３"), (-3, "－３")],
)
def test_fullwidth_number(n, expected):
    assert fullwidth_number(n) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("令和５年（2023年）", [(5, "2"), (6, "0"), (7, "2"), (8, "3")]),
        ("総人口45万", [(3, "4"), (4, "5")]),
        ("NPO等", [(0, "N"), (1, "P"), (2, "O")]),
        ("68.03%", [(0, "6"), (1, "8"), (2, "."), (3, "0"), (4, "3"), (5, "%")]),
        ("1,000", [(0, "1"), (1, ","), (2, "0"), (3, "0"), (4, "0")]),
        ("(a)", [(0, "("), (1, "a"), (2, ")")]),
        ("ｅ-加賀", []),
        ("全角のみ４５８，００５人", []),
    ],
)
def test_find_halfwidth(text, expected):
    assert find_halfwidth(text) == expected


@pytest.mark.parametrize(
    "text", ["458,005人", "ｅ-加賀 web", "😀x𠮷1", "１２３", "(人口)", "a-b+c"]
)
def test_find_halfwidth_agrees_with_to_fullwidth(text):
    found = find_halfwidth(text)
    assert (found == []) == (to_fullwidth(text) == text)
    chars = list(text)
    for i, c in found:
        assert text[i] == c
        chars[i] = to_fullwidth(c)
    assert "".join(chars) == to_fullwidth(text)


def test_fixture_body_has_no_halfwidth_digits():
    for line in (Path(__file__).parent / "shimonoseki-2023-soumu.txt").read_text(encoding="utf-8").splitlines():
        if "2023年" in line:  # the submission date's Western year is half-width
            line = line.replace("2023", "")
        assert to_fullwidth(line) == line
