"""Issue 12 finding 3: dates typed as clerks type them (pure Python parsing)."""

from datetime import date

import pytest

from desktop.jtext import format_era_date, format_submission_date
from desktop.jtext.dateparse import DateParseError, parse_date

NOV20 = date(2024, 11, 20)


@pytest.mark.parametrize("text, expected", [
    ("2024/11/20", NOV20), ("2024-11-20", NOV20), ("20241120", NOV20), ("2024.11.20", NOV20),
    ("2024年11月20日", NOV20), ("２０２４／１１／２０", NOV20), (" 2024/11/20 ", NOV20),
    ("R6.11.20", NOV20), ("r6/11/20", NOV20), ("Ｒ６．１１．２０", NOV20),
    ("令和6年11月20日", NOV20), ("令和６年１１月２０日", NOV20), ("令和 6 年 11 月 20 日", NOV20),
    ("令和元年5月1日", date(2019, 5, 1)), ("R1.5.1", date(2019, 5, 1)),
    ("H31.4.30", date(2019, 4, 30)), ("平成31年4月30日", date(2019, 4, 30)),
    ("S64.1.7", date(1989, 1, 7)), ("H1.1.8", date(1989, 1, 8)),
    ("令和６年（2024年）１１月２０日", NOV20),
    ("2024/2/29", date(2024, 2, 29)),
])
def test_accepted_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("value", [NOV20, date(2019, 5, 1), date(1989, 1, 7)])
def test_display_forms_read_back(value):
    assert parse_date(format_era_date(value)) == value
    assert parse_date(format_submission_date(value)) == value


def test_empty_is_none():
    assert parse_date("") is None
    assert parse_date("　 ") is None


@pytest.mark.parametrize("text", [
    "2024/13/01", "2023/2/29", "H31.5.1", "R1.4.30", "令和0年1月1日", "0241120", "未設定0241120",
    "明日", "2024/11", "X6.11.20", "令和６年（2023年）１１月２０日",
])
def test_refused_with_a_message(text):
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    assert info.value.ja and info.value.en
    assert text.strip() in info.value.ja
