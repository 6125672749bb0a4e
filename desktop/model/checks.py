"""Problems a clerk should see before exporting: the editor's problems panel.

``check_report(report)`` returns ``Finding`` objects in the order the report
reads. Pure Python, no Qt. Loading already refused anything malformed (see
``codec``); these are problems of *content* in a well-formed report.

Levels: ``"error"`` for what makes the report wrong (end before start, a date
before 明治, a section about a topic not in 用務); ``"warning"`` for what is
missing or unusual (empty required fields, submission before the trip ends,
topics no visit covers, half-width characters in body text).

``Finding.key`` is a path into the model, a tuple of attribute names and list
indices, so the editor can jump to the field:

=====================================================  ==========================================
key                                                    field
=====================================================  ==========================================
``("addressee",)`` ``("submitted",)``                  a Report attribute (also ``"committee"``,
``("start",)`` ``("end",)`` ``("introduction",)``      ``"purpose"``)
``("members",)`` ``("topics",)`` ``("destinations",)`` the list itself (it is empty)
``("members", i, "family")``                           member *i*'s family name
``("staff", i, "family")``                             staff member *i*'s family name
``("topics", i)``                                      topic *i* (its title)
``("destinations", i, "prefecture" | "city")``         destination *i*'s place
``("destinations", i, "visit", F)``                    F = "description", "overview" or "visited"
``("destinations", i, "visit", "profile", F)``         F = "population" or "area"
``("destinations", i, "visit", "hosts", h, "name")``   a host organisation's name
``(..., "hosts", h, "people", p, F)``                  F = "department", "name", "title", "note"
``("destinations", i, "visit", "sections", s)``        topic section *s* (its topic reference)
``(..., "sections", s, "blocks", b)``                  block *b* of that section (paragraph text)
``(..., "blocks", b, "children", c)``                  a nested block; nesting repeats
``(..., <block key>, F)``                              F = "title" or "tag" (sub-heading, item)
                                                       or "caption" (photo)
``("destinations", i, "visit", "qa", q, F)``           F = "question" or "answer"
=====================================================  ==========================================

Indices are 0-based; the messages count from 1 as the clerk does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Literal

from desktop.jtext import EraError, find_halfwidth, format_era_date, to_era
from desktop.jtext.era import LAST_DATE
from desktop.model.budget import over_budget, printed_strings, printed_texts
from desktop.model.report import Item, Paragraph, Photo, Report, Subheading

Key = tuple
Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One problem: where it is (a key into the model), how bad, and what (ja, en)."""

    key: Key
    level: Level
    ja: str
    en: str
    kind: str = ""
    """"photo" for a photo that cannot be used, "glyph" for a character no font draws,
    "copy" for one the PDF prints but cannot give back as text,
    "limit" for a report over the export budget; "" for the rest."""

    def __str__(self) -> str:
        mark = "誤り" if self.level == "error" else "注意"
        return f"{mark}: {self.ja} ({self.level}: {self.en})"


def error_count(findings: Iterable[Finding]) -> int:
    """How many findings are errors (the others are warnings); ``shutcho check`` fails on any."""
    return sum(1 for f in findings if f.level == "error")


_DATES = (("submitted", "提出日", "submission date"),
          ("start", "出張の初日", "first day of the trip"),
          ("end", "出張の最終日", "last day of the trip"))

_MAX_RUNS_SHOWN = 5


def check_report(report: Report) -> list[Finding]:
    """Every problem of the report, in reading order."""
    out = _Checks(report)
    problem = over_budget(report)
    if problem:  # only a report grown in the editor: loading refuses one from a file
        out.add((), "error", problem[0], problem[1], "limit")
        return out.findings
    out.header()
    out.dates()
    out.topics()
    out.destinations()
    out.glyphs()
    return out.findings


class _Checks:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.findings: list[Finding] = []

    def add(self, key: Key, level: Level, ja: str, en: str, kind: str = "") -> None:
        self.findings.append(Finding(tuple(key), level, ja, en, kind))

    def missing(self, key: Key, ja: str, en: str) -> None:
        self.add(key, "warning", f"{ja}が入力されていません", f"{en} is empty")

    def halfwidth(self, key: Key, text: str, ja_where: str, en_where: str) -> None:
        runs = _halfwidth_runs(text)
        if not runs:
            return
        shown = runs[:_MAX_RUNS_SHOWN]
        more_ja = f" ほか{len(runs) - len(shown)}か所" if len(runs) > len(shown) else ""
        more_en = f" and {len(runs) - len(shown)} more" if len(runs) > len(shown) else ""
        self.add(key, "warning",
                 f"{ja_where}に半角の英数字・記号があります: "
                 f"{'、'.join(f'「{r}」' for r in shown)}{more_ja}（本文は全角で書きます）",
                 f"half-width characters in {en_where}: "
                 f"{', '.join(repr(r) for r in shown)}{more_en} (body text is written full-width)")

    # -- the header -----------------------------------------------------------

    def header(self) -> None:
        r = self.report
        if not r.addressee.strip():
            self.missing(("addressee",), "宛先", "the addressee")
        honorific = r.honorific.strip()
        for title in ("様", "殿"):
            if honorific and r.addressee.strip().endswith(title):
                self.add(("addressee",), "warning",
                         f"宛先「{r.addressee.strip()}」に「{title}」があり、敬称「{honorific}」も付きます",
                         f"the addressee already ends in {title} and the honorific {honorific} "
                         "is added too")
                break
        if r.submitted is None:
            self.missing(("submitted",), "提出日", "the submission date")
        if not r.committee.strip():
            self.missing(("committee",), "委員会名", "the committee name")
        if not r.members:
            self.add(("members",), "warning", "委員が一人もいません", "there are no members")
        for i, member in enumerate(r.members):
            if not member.name.family.strip():
                self.missing(("members", i, "family"), f"委員{i + 1}人目の氏名",
                             f"member {i + 1}'s name")
        for role in ("委員長", "副委員長"):
            rows = [i for i, m in enumerate(r.members) if m.role.strip() == role]
            for i in rows[1:]:
                self.add(("members", i, "role"), "warning",
                         f"{role}が二人います（{rows[0] + 1}人目と{i + 1}人目）",
                         f"two members are {role} (members {rows[0] + 1} and {i + 1})")
        for i, person in enumerate(r.staff):
            if not person.name.family.strip():
                self.missing(("staff", i, "family"), f"事務局{i + 1}人目の氏名",
                             f"secretariat member {i + 1}'s name")
        if not r.purpose.strip():
            self.missing(("purpose",), "用務", "the purpose")
        if not r.topics:
            self.add(("topics",), "warning", "用務の項目がありません", "there are no topics")

    def dates(self) -> None:
        r = self.report
        for attr, ja, en in _DATES:
            value = getattr(r, attr)
            if attr != "submitted" and value is None:
                self.missing((attr,), ja, f"the {en}")
            if value is None:
                continue
            try:
                to_era(value)
            except EraError:
                if value > LAST_DATE:
                    self.add((attr,), "error",
                             f"{ja} {value.isoformat()} は {LAST_DATE.year} 年より後で、和暦で書けません"
                             "（日付の誤りではありませんか）",
                             f"the {en} {value.isoformat()} is after {LAST_DATE.year} and is not "
                             "written in the Japanese calendar (a typing error?)")
                    continue
                self.add((attr,), "error",
                         f"{ja} {value.isoformat()} は明治より前で、和暦で書けません",
                         f"the {en} {value.isoformat()} is before the Meiji era and cannot "
                         "be written in the Japanese calendar")
        if r.start and r.end and r.end < r.start:
            self.add(("end",), "error",
                     f"出張の最終日 ({_day(r.end)}) が初日 ({_day(r.start)}) より前です",
                     f"the trip ends ({r.end.isoformat()}) before it starts ({r.start.isoformat()})")
        last = r.end or r.start
        if r.submitted and last and r.submitted < last:
            self.add(("submitted",), "warning",
                     f"提出日 ({_day(r.submitted)}) が出張の終わる日 ({_day(last)}) より前です",
                     f"the submission date ({r.submitted.isoformat()}) is before the trip ends "
                     f"({last.isoformat()})")

    # -- 用務 ---------------------------------------------------------------------

    def topics(self) -> None:
        r = self.report
        covered = {s.topic_id for d in r.destinations for s in d.visit.sections}
        for i, topic in enumerate(r.topics):
            key = ("topics", i)
            if not topic.title.strip():
                self.missing(key, f"用務{i + 1}の題目", f"topic {i + 1}'s title")
            elif topic.id not in covered:
                self.add(key, "warning",
                         f"用務{i + 1}「{_clip(topic.title)}」を扱う出張先がありません",
                         f"no visit covers topic {i + 1} ({_clip(topic.title)})")
            self.halfwidth(key, topic.title, f"用務{i + 1}", f"topic {i + 1}")

    # -- 出張先 and the visits ----------------------------------------------------

    def destinations(self) -> None:
        r = self.report
        if not r.destinations:
            self.add(("destinations",), "warning", "出張先がありません", "there are no destinations")
        for i, dest in enumerate(r.destinations):
            if not dest.prefecture.strip():
                self.missing(("destinations", i, "prefecture"), f"出張先{i + 1}の都道府県",
                             f"destination {i + 1}'s prefecture")
            if not dest.city.strip():
                self.missing(("destinations", i, "city"), f"出張先{i + 1}の市町村",
                             f"destination {i + 1}'s city")
        if r.introduction:
            self.halfwidth(("introduction",), r.introduction, "前文", "the introduction")
        for i, dest in enumerate(r.destinations):
            self.visit(i, dest)

    def visit(self, i: int, dest) -> None:
        v = dest.visit
        base = ("destinations", i, "visit")
        ja = f"出張先{i + 1}" + (f"（{dest.city}）" if dest.city.strip() else "")
        en = f"destination {i + 1}"
        if v.visited is not None:
            self.visit_date(base + ("visited",), v.visited, ja, en)
        if not (v.sections or v.overview.strip() or v.description.strip() or v.hosts or v.qa):
            self.add(base + ("overview",), "warning", f"{ja}の視察内容がまだありません",
                     f"{en} has no visit content yet")
        self.halfwidth(base + ("profile", "population"), v.profile.population,
                       f"{ja}の人口", f"{en}'s population")
        self.halfwidth(base + ("profile", "area"), v.profile.area, f"{ja}の面積", f"{en}'s area")
        self.halfwidth(base + ("description",), v.description, f"{ja}の紹介文", f"{en}'s description")
        for h, host in enumerate(v.hosts):
            hkey = base + ("hosts", h)
            self.halfwidth(hkey + ("name",), host.name, f"{ja}の出席者等", f"{en}'s attendees")
            for p, person in enumerate(host.people):
                for field in ("department", "name", "title", "note"):
                    self.halfwidth(hkey + ("people", p, field), getattr(person, field),
                                   f"{ja}の出席者等", f"{en}'s attendees")
        self.halfwidth(base + ("overview",), v.overview, f"{ja}の調査概要", f"{en}'s overview")
        seen: set[str] = set()
        for s, section in enumerate(v.sections):
            skey = base + ("sections", s)
            number = self.report.topic_number(section.topic_id)
            if number is None:
                self.add(skey, "error", f"{ja}に用務にない項目の節があります",
                         f"{en} has a section about a topic that is not in the topic list")
                where_ja, where_en = f"{ja}の節{s + 1}", f"{en}, section {s + 1}"
            else:
                if section.topic_id in seen:
                    self.add(skey, "error", f"{ja}に用務{number}の節が二つあります",
                             f"{en} has two sections about topic {number}")
                where_ja, where_en = f"{ja}の用務{number}", f"{en}, topic {number}"
            seen.add(section.topic_id)
            self.blocks(skey + ("blocks",), section.blocks, where_ja, where_en)
        for q, pair in enumerate(v.qa):
            qkey = base + ("qa", q)
            self.halfwidth(qkey + ("question",), pair.question, f"{ja}の質疑{q + 1}の質問",
                           f"{en}'s question {q + 1}")
            self.halfwidth(qkey + ("answer",), pair.answer, f"{ja}の質疑{q + 1}の答え",
                           f"{en}'s answer {q + 1}")

    def visit_date(self, key: Key, day: date, ja: str, en: str) -> None:
        """A 視察日 before 明治 is an error; one outside the trip's 期間, a warning."""
        r = self.report
        try:
            to_era(day)
        except EraError:
            if day > LAST_DATE:
                self.add(key, "error", f"{ja}の視察日 {day.isoformat()} は {LAST_DATE.year} 年より後で、"
                         "和暦で書けません（日付の誤りではありませんか）",
                         f"{en}'s visit date {day.isoformat()} is after {LAST_DATE.year} and is not "
                         "written in the Japanese calendar (a typing error?)")
            else:
                self.add(key, "error", f"{ja}の視察日 {day.isoformat()} は明治より前で、和暦で書けません",
                         f"{en}'s visit date {day.isoformat()} is before the Meiji era and cannot "
                         "be written in the Japanese calendar")
            return
        if (r.start and day < r.start) or (r.end and day > r.end):
            period_ja = "〜".join(_day(d) if d else "" for d in (r.start, r.end))
            period_en = " to ".join(d.isoformat() if d else "…" for d in (r.start, r.end))
            self.add(key, "warning", f"{ja}の視察日 ({_day(day)}) が出張の期間 ({period_ja}) の外です",
                     f"{en}'s visit date ({day.isoformat()}) is outside the trip "
                     f"({period_en})")

    def blocks(self, key: Key, blocks: list, ja: str, en: str) -> None:
        for b, block in enumerate(blocks):
            bkey = key + (b,)
            if isinstance(block, Paragraph):
                self.halfwidth(bkey, block.text, f"{ja}の本文", f"{en}, a paragraph")
            elif isinstance(block, Photo):
                self.photo(bkey, block, ja, en)
                self.halfwidth(bkey + ("caption",), block.caption, f"{ja}の写真の説明",
                               f"{en}, a photo caption")
            elif isinstance(block, (Subheading, Item)):
                self.halfwidth(bkey + ("title",), block.title, f"{ja}の見出し", f"{en}, a heading")
                if isinstance(block, Item):
                    self.halfwidth(bkey + ("tag",), block.tag, f"{ja}の見出しの付記",
                                   f"{en}, a heading's tag")
                self.blocks(bkey + ("children",), block.children, ja, en)


    def photo(self, key: Key, block: Photo, ja: str, en: str) -> None:
        """A photo the outputs cannot use (decoded from its real header; see desktop.imaging)."""
        name = f"「{_clip(block.caption)}」" if block.caption.strip() else ""
        if not block.image.data:
            return  # a photo block whose picture is not chosen yet: only its caption prints
        from desktop.imaging import photo_problem  # Pillow, only when there are photos

        problem = photo_problem(block.image)
        if problem:
            self.add(key, "error", f"{ja}の写真{name}は使えません（書き出しには入りません）: {problem[0]}",
                     f"{en}: the photo {name}cannot be used and is left out of the outputs: "
                     f"{problem[1]}", "photo")


    # -- characters the bundled font cannot draw ---------------------------------------

    def not_copyable(self, key: Key, chars: list[str]) -> None:
        _not_copyable_finding(self, key, chars)

    def glyphs(self) -> None:
        """Every printed field: characters (and variation sequences) the PDF's font lacks."""
        from desktop.jtext.glyphs import not_copyable, plainly_drawable, undrawable

        if plainly_drawable("\n".join(printed_strings(self.report))):
            return  # the usual report: one pass over all its text, no keys made
        for key, text in _printed_texts(self.report, ()):
            self.not_copyable(key, not_copyable(text))
            missing = undrawable(text)
            if not missing:
                continue
            where, ja, en = _named_chars(key, missing)
            self.add(key, "warning",
                     f"{where} に印刷用の明朝体（BIZ UD明朝）にない文字があります: {ja}"
                     "（PDF では別の字形か空の四角になります。異体字は標準の字形で印刷されます）",
                     f"{where} has characters the bundled Mincho cannot draw: {en} (the PDF "
                     "shows another font's glyph or an empty box; a variation sequence prints in "
                     "the standard form)", "glyph")


def _named_chars(key: Key, chars: list[str]) -> tuple[str, str, str]:
    """(where, the characters as a clerk reads them, their code points) for a finding."""
    shown = chars[:_MAX_RUNS_SHOWN]
    more = len(chars) - len(shown)
    ja = "、".join(f"「{m}」" for m in shown) + (f" ほか{more}字" if more else "")
    en = ", ".join("+".join(f"U+{ord(c):04X}" for c in m) for m in shown) + (
        f" and {more} more" if more else "")
    return _key_text(key), ja, en


def _not_copyable_finding(checks: _Checks, key: Key, chars: list[str]) -> None:
    if not chars:
        return
    where, ja, en = _named_chars(key, chars)
    checks.add(key, "warning",
               f"{where} の {ja} は PDF に印刷されますが、PDF からは文字としてコピー・検索できません"
               "（読み上げソフトも読みません。DOCX には入っています）",
               f"{where}: {en} print in the PDF but cannot be copied or searched there, nor read "
               "by screen readers (the DOCX has them)", "copy")


def _printed_texts(obj, key: Key):
    """(key, text) of every printed field, keys as in the table above."""
    for raw_key, text in printed_texts(obj, key):
        yield _field_key(raw_key), text


def _field_key(key: Key) -> Key:
    if key[-1] == "text" or (key[0] == "topics" and key[-1] == "title" and len(key) == 3):
        return key[:-1]  # a paragraph block, a topic: the key of the thing itself
    if len(key) >= 2 and key[-2] == "name" and key[-1] in ("family", "given"):
        return key[:-2] + key[-1:]  # ("members", i, "family")
    return key


def _key_text(key: Key) -> str:
    text = ""
    for part in key:
        text += f"[{part + 1}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".")


def _halfwidth_runs(text: str) -> list[str]:
    """Consecutive half-width characters grouped: "人口458,005人 NPO" -> ["458,005", "NPO"]."""
    runs: list[str] = []
    last = -2
    for pos, char in find_halfwidth(text):
        if pos == last + 1:
            runs[-1] += char
        else:
            runs.append(char)
        last = pos
    return runs


def _day(d: date) -> str:
    try:
        return format_era_date(d)
    except EraError:
        return d.isoformat()


def _clip(text: str, limit: int = 20) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"
