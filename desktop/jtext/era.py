"""Japanese era (和暦) dates as written in 出張報告書.

Era start dates (Gregorian):

=====  ==========  ==========================================================
明治   1868-01-25  see note below
大正   1912-07-30
昭和   1926-12-25
平成   1989-01-08  1989-01-07 is 昭和64年
令和   2019-05-01  2019-04-30 is 平成31年
=====  ==========  ==========================================================

Note on 明治: the era was proclaimed on 1868-10-23 (明治元年9月8日 in the old
lunisolar calendar) and applied retroactively from 明治元年1月1日, which is
1868-01-25 in the Gregorian calendar.  Following the usual convention for
和暦 conversion, that date is taken as the start of 明治, so all of 1868 from
01-25 on is 明治元年.  Months and days are always the Gregorian ones; no
attempt is made to convert to the old calendar used before 明治6年 (1873).

The last date written in 和暦 is LAST_DATE, 2099-12-31 (令和８１年): a later date
is refused like one before 明治 (``EraError``), so 9999-12-31 is never printed as
令和７９８１年. No report of a trip has a date that far ahead; ``check`` calls it
an error and the outputs show the ISO date.

The first year of an era is written 元年, and numbers are written in
full-width digits (``令和５年７月５日``), except the Western year in the
submission date, which is half-width: ``令和５年（2023年）８月１６日``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable, NamedTuple

from .width import fullwidth_number

__all__ = [
    "Era",
    "ERAS",
    "EraError",
    "LAST_DATE",
    "to_era",
    "era_year_text",
    "format_era_date",
    "format_submission_date",
    "format_period",
]


class Era(NamedTuple):
    name: str
    start: date


#: Eras in chronological order.
ERAS: tuple[Era, ...] = (
    Era("明治", date(1868, 1, 25)),
    Era("大正", date(1912, 7, 30)),
    Era("昭和", date(1926, 12, 25)),
    Era("平成", date(1989, 1, 8)),
    Era("令和", date(2019, 5, 1)),
)


#: The last date written in the Japanese calendar (see the module doc).
LAST_DATE = date(2099, 12, 31)


class EraError(ValueError):
    """A date that cannot be written in the Japanese calendar (before 明治, after LAST_DATE)."""


def _as_date(d: date) -> date:
    # datetime is a subclass of date but does not compare with it.
    return d.date() if isinstance(d, datetime) else d


def to_era(d: date) -> tuple[str, int]:
    """Return (era name, era year): ``date(2023, 7, 5)`` → ``("令和", 5)``.

    Raises :class:`EraError` for dates before 明治 (1868-01-25) or after LAST_DATE.
    """
    d = _as_date(d)
    if d > LAST_DATE:
        raise EraError(
            f"{LAST_DATE.year}年より後の日付は和暦にできません: {d.isoformat()} "
            f"(dates after {LAST_DATE.year} are not written in the Japanese calendar)")
    for era in reversed(ERAS):
        if d >= era.start:
            return era.name, d.year - era.start.year + 1
    raise EraError(
        f"明治より前の日付は和暦にできません: {d.isoformat()} "
        "(dates before the Meiji era cannot be written in the Japanese calendar)"
    )


def era_year_text(d: date) -> str:
    """``"令和５年"``; the first year of an era is ``"令和元年"``."""
    name, year = to_era(d)
    return f"{name}{'元' if year == 1 else fullwidth_number(year)}年"


def format_era_date(d: date) -> str:
    """``"令和５年７月５日"`` (full-width digits, 元年 for the first year)."""
    d = _as_date(d)
    return f"{era_year_text(d)}{fullwidth_number(d.month)}月{fullwidth_number(d.day)}日"


def format_submission_date(d: date) -> str:
    """``"令和５年（2023年）８月１６日"``: the Western year half-width in full-width parentheses."""
    d = _as_date(d)
    return (
        f"{era_year_text(d)}（{d.year}年）"
        f"{fullwidth_number(d.month)}月{fullwidth_number(d.day)}日"
    )


def format_period(start: date | None, end: date | None,
                  form: Callable[[date], str] = format_era_date) -> tuple[str, ...]:
    """``("令和５年７月５日から", "令和５年７月７日まで")``: the lines of the 期間.

    A date not set (None) leaves its line out. *form* writes one date (the
    builder passes one that writes a date before 明治 as ISO instead of raising).
    The order of *start* and *end* is not checked; that is the model's job.
    """
    return tuple(form(d) + suffix for d, suffix in ((start, "から"), (end, "まで"))
                 if d is not None)
