"""均等割り付け: column width and the plain-text rendering."""

import pytest

from desktop.jtext import spread_plain, spread_width

NAMES = ["林真一郎", "坂本晴美", "片山房一", "井川典子", "山野陽生", "秋山賢治", "早川幸汰"]


@pytest.mark.parametrize(
    ("texts", "minimum", "expected"),
    [
        (NAMES, 0, 4),
        (["委員長", "副委員長", "委員"], 0, 4),
        (["委員"], 4, 4),
        (["議事課主査"], 4, 5),
        ([], 0, 0),
        ([], 3, 3),
        (iter(["a", "abc"]), 0, 3),  # any iterable, consumed once
        (["𠮷野家"], 0, 3),  # a supplementary character is one character
    ],
)
def test_spread_width(texts, minimum, expected):
    assert spread_width(texts, minimum) == expected


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("林真一郎", 4, "林 真 一 郎"),
        ("委員", 4, "委 　 　 員"),
        ("委員長", 4, "委 　 員 長"),  # 1.5 rounds up to cell 2
        ("委員", 3, "委 　 員"),
        ("委", 3, "　 委 　"),
        ("委", 4, "　 委 　 　"),
        ("委", 1, "委"),
        ("議事課主査", 4, "議 事 課 主 査"),  # longer than width: not cut
        ("", 4, ""),
    ],
)
def test_spread_plain(text, width, expected):
    assert spread_plain(text, width) == expected


@pytest.mark.parametrize("width", [2, 3, 4, 5, 7, 10])
@pytest.mark.parametrize("text", ["委", "委員", "委員長", "副委員長", "議事課主査"])
def test_spread_plain_keeps_order_and_width(text, width):
    out = spread_plain(text, width)
    assert out.replace(" ", "").replace("\u3000", "") == text
    if len(text) <= width:
        assert len(out) == 2 * width - 1
        cells = out.split(" ")
        assert len(cells) == width
        if len(text) > 1:
            assert cells[0] == text[0] and cells[-1] == text[-1]
