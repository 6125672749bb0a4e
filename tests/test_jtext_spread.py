"""均等割り付け: the width of a spread column (the builder's header columns use it)."""

import pytest

from desktop.jtext import spread_width

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
