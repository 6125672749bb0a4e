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
        (["𠮷野家"], 0, 3),  # a supplementary character is one character
    ],
)
def test_spread_width(texts, minimum, expected):
    assert spread_width(texts, minimum) == expected


def test_spread_width_takes_any_iterable_once():
    # (made here, not in the parameters: a parameter's iterator is spent after one run)
    assert spread_width(iter(["a", "abc"])) == 3
    assert spread_width((t for t in ("委員", "副委員長")), 2) == 4


def test_spread_width_of_nothing_is_zero():
    assert spread_width([]) == 0
    assert spread_width([""]) == 0
