"""Reading a date as a clerk types it (pure Python, next to the era rules).

Accepted, with half- or full-width digits and any spaces::

    2024/11/20   2024-11-20   2024.11.20   2024年11月20日   20241120
    R6.11.20     R6/11/20     令和6年11月20日   令和元年5月1日   H31.4.30

Era letters are M (明治), T (大正), S (昭和), H (平成) and R (令和), in either case.
The era year must fall inside that era (``H31.5.1`` is refused: that day is
令和元年５月１日). The editor's own display forms (``令和６年１１月２０日`` and
``令和６年（2024年）１１月２０日``) read back as well; when both an era year and a
Western year are given they must agree.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .era import ERAS, Era

__all__ = ["DateParseError", "parse_date", "parse_era_date", "ERA_LETTERS"]

ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}


class DateParseError(ValueError):
    """Text that is not a date; ``ja`` and ``en`` say why, for the clerk."""

    def __init__(self, ja: str, en: str):
        super().__init__(f"{ja} ({en})")
        self.ja, self.en = ja, en


_SEP = r"\s*[/\-.．・]\s*"
_WESTERN = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$")
_WESTERN_KANJI = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ERA_NAMES = "|".join(e.name for e in ERAS)
_ERA_SHORT = re.compile(rf"^([MTSHR])\s*(\d{{1,2}}|元){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$",
                        re.IGNORECASE)
_ERA_KANJI_PARTS = (
    rf"({_ERA_NAMES})\s*(\d{{1,2}}|元)\s*(?:年|{_SEP})\s*(?:[(（]\s*(\d{{4}})\s*年?\s*[)）]\s*)?"
    rf"(\d{{1,2}})\s*(?:月|{_SEP})\s*(\d{{1,2}})\s*日?")
_ERA_KANJI = re.compile(rf"^{_ERA_KANJI_PARTS}$")
_ERA_WRITTEN = re.compile(  # as printed in a report: 年, 月 and 日 written out
    rf"({_ERA_NAMES})\s*(\d{{1,2}}|元)\s*年\s*(?:[(（]\s*(\d{{4}})\s*年?\s*[)）]\s*)?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, letters and slashes into their ASCII forms.
    return unicodedata.normalize("NFKC", text).strip().replace("\u3000", " ")


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(
            f"「{text}」という日付はありません（{month}月{day}日を確かめてください）",
            f"'{text}' is not a day of the calendar (check month {month}, day {day})") from None


def _era_date(era_name: str, era_year: str, month: int, day: int, text: str) -> date:
    index = next(i for i, e in enumerate(ERAS) if e.name == era_name)
    era: Era = ERAS[index]
    number = 1 if era_year == "元" else int(era_year)
    if number < 1:
        raise DateParseError(f"「{text}」: 年は元年（1年）からです",
                             f"'{text}': an era year starts at 1")
    result = _make(era.start.year + number - 1, month, day, text)
    following = ERAS[index + 1].start if index + 1 < len(ERAS) else None
    if result < era.start or (following is not None and result >= following):
        raise DateParseError(
            f"「{text}」は{era.name}の期間にない日付です",
            f"'{text}' is not within the {era.name} era")
    return result


def parse_date(text: str) -> date | None:
    """The date ``text`` stands for; None for empty text.

    Raises :class:`DateParseError` (with a Japanese and an English message) for
    anything else.
    """
    raw = text.strip()
    s = _normalise(text)
    if not s:
        return None
    if m := _WESTERN.match(s) or _WESTERN_KANJI.match(s) or _COMPACT.match(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _ERA_SHORT.match(s):
        return _era_date(ERA_LETTERS[m[1].upper()], m[2], int(m[3]), int(m[4]), raw)
    if m := _ERA_KANJI.match(s):
        result = _era_date(m[1], m[2], int(m[4]), int(m[5]), raw)
        if m[3] and int(m[3]) != result.year:
            raise DateParseError(f"「{raw}」: 和暦と西暦の年が合いません",
                                 f"'{raw}': the era year and the Western year disagree")
        return result
    raise DateParseError(
        f"「{raw}」は日付として読めません。例: 2024/11/20、R6.11.20、令和6年11月20日",
        f"'{raw}' is not a date; type e.g. 2024/11/20, R6.11.20 or 令和6年11月20日")


def parse_era_date(text: str) -> date | None:
    """The first era date written out in ``text`` (a report's printed line), or None.

    ``"令和元年５月１日から"`` → ``date(2019, 5, 1)``; digits half- or full-width, the
    year may be 元年, a Western year in parentheses may follow the era year
    (``令和５年（2023年）８月１６日``), spaces between the parts are ignored. A date
    that does not exist or lies outside its era (平成32年, 令和元年4月1日) gives None.
    The importer reads dates back with it; the era rules are :func:`parse_date`'s.
    """
    m = _ERA_WRITTEN.search(_normalise(text))
    if m is None:
        return None
    try:
        result = _era_date(m[1], m[2], int(m[4]), int(m[5]), m[0])
    except DateParseError:
        return None
    return None if m[3] and int(m[3]) != result.year else result
