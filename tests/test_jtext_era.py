"""和暦: era boundaries, 元年, full-width digits and the report's date forms."""

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.jtext import (
    EraError,
    era_year_text,
    format_era_date,
    format_period,
    format_submission_date,
    to_era,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        # 明治 start (明治元年1月1日 = 1868-01-25 Gregorian)
        (date(1868, 1, 25), ("明治", 1)),
        (date(1868, 12, 31), ("明治", 1)),
        (date(1869, 1, 1), ("明治", 2)),
        # 大正
        (date(1912, 7, 29), ("明治", 45)),
        (date(1912, 7, 30), ("大正", 1)),
        # 昭和
        (date(1926, 12, 24), ("大正", 15)),
        (date(1926, 12, 25), ("昭和", 1)),
        (date(1927, 1, 1), ("昭和", 2)),
        # 平成
        (date(1989, 1, 7), ("昭和", 64)),
        (date(1989, 1, 8), ("平成", 1)),
        (date(1990, 1, 1), ("平成", 2)),
        # 令和
        (date(2019, 4, 30), ("平成", 31)),
        (date(2019, 5, 1), ("令和", 1)),
        (date(2020, 1, 1), ("令和", 2)),
        (date(2023, 7, 5), ("令和", 5)),
    ],
)
def test_to_era(d, expected):
    assert to_era(d) == expected


@pytest.mark.parametrize("d", [date(1868, 1, 24), date(1867, 12, 31), date(1, 1, 1)])
def test_before_meiji_is_refused(d):
    with pytest.raises(EraError) as info:
        to_era(d)
    message = str(info.value)
    assert "明治より前" in message
    assert d.isoformat() in message
    assert "before the Meiji era" in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "fn", [era_year_text, format_era_date, format_submission_date]
)
def test_formatters_refuse_before_meiji(fn):
    with pytest.raises(EraError):
        fn(date(1868, 1, 24))


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2023, 7, 5), "令和５年"),
        (date(2019, 5, 1), "令和元年"),
        (date(2019, 4, 30), "平成３１年"),
        (date(1989, 1, 7), "昭和６４年"),
        (date(1989, 1, 8), "平成元年"),
        (date(1926, 12, 25), "昭和元年"),
        (date(1912, 7, 30), "大正元年"),
        (date(1868, 1, 25), "明治元年"),
    ],
)
def test_era_year_text(d, expected):
    assert era_year_text(d) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2023, 7, 5), "令和５年７月５日"),
        (date(2023, 12, 31), "令和５年１２月３１日"),
        (date(2019, 5, 1), "令和元年５月１日"),
        (date(2019, 4, 30), "平成３１年４月３０日"),
        (date(1989, 1, 8), "平成元年１月８日"),
        (date(1989, 1, 7), "昭和６４年１月７日"),
    ],
)
def test_format_era_date(d, expected):
    assert format_era_date(d) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2023, 8, 16), "令和５年（2023年）８月１６日"),
        (date(2019, 5, 1), "令和元年（2019年）５月１日"),
        (date(2019, 4, 30), "平成３１年（2019年）４月３０日"),
        (date(1989, 1, 8), "平成元年（1989年）１月８日"),
    ],
)
def test_format_submission_date(d, expected):
    assert format_submission_date(d) == expected


def test_submission_date_matches_fixture():
    assert format_submission_date(date(2023, 8, 16)) in (Path(__file__).parent / "shimonoseki-2023-soumu.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (
            date(2023, 7, 5),
            date(2023, 7, 7),
            ("令和５年７月５日から", "令和５年７月７日まで"),
        ),
        (
            date(2019, 4, 30),
            date(2019, 5, 1),
            ("平成３１年４月３０日から", "令和元年５月１日まで"),
        ),
    ],
)
def test_format_period(start, end, expected):
    assert format_period(start, end) == expected


def test_datetime_is_accepted():
    assert to_era(datetime(2019, 5, 1, 0, 0)) == ("令和", 1)
    assert format_era_date(datetime(2019, 4, 30, 23, 59)) == "平成３１年４月３０日"


def test_format_period_leaves_out_a_missing_date_and_takes_a_formatter():
    assert format_period(date(2023, 7, 5), None) == ("令和５年７月５日から",)
    assert format_period(None, date(2023, 7, 7)) == ("令和５年７月７日まで",)
    assert format_period(None, None) == ()
    assert format_period(date(2023, 7, 5), date(2023, 7, 7), date.isoformat) == (
        "2023-07-05から", "2023-07-07まで")


# -- reading era dates back (the importer) ------------------------------------------

from datetime import timedelta  # noqa: E402

from desktop.jtext.dateparse import parse_era_date  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("令和５年（2023年）８月１６日", date(2023, 8, 16)),
    ("令和５年７月５日から", date(2023, 7, 5)),
    ("令和元年５月１日", date(2019, 5, 1)),
    ("平成３１年４月３０日まで", date(2019, 4, 30)),
    ("平成元年１月８日", date(1989, 1, 8)),
    ("昭和６４年１月７日", date(1989, 1, 7)),
    ("令和 6 年 12 月 1 日", date(2024, 12, 1)),
    ("提出 令和２年(2020年)1月31日 議長", date(2020, 1, 31)),
])
def test_parse_era_date(text, expected):
    assert parse_era_date(text) == expected


@pytest.mark.parametrize("text", [
    "令和元年４月１日",   # before 令和 began
    "平成３２年１月１日",  # 平成 ended in its 31st year
    "令和５年２月３０日",  # no such day
    "２０２３年７月５日",  # no era
    "",
])
def test_parse_era_date_refuses_what_is_not_an_era_date(text):
    assert parse_era_date(text) is None


def test_every_written_date_reads_back():
    day = date(1989, 1, 1)
    while day < date(2026, 1, 1):
        assert parse_era_date(format_era_date(day)) == day
        assert parse_era_date(format_submission_date(day)) == day
        day += timedelta(days=17)


def test_era_error_message_in_both_languages():
    with pytest.raises(EraError) as info:
        to_era(date(1868, 1, 24))
    assert str(info.value) == (
        "明治より前の日付は和暦にできません: 1868-01-24 "
        "(dates before the Meiji era cannot be written in the Japanese calendar)")
