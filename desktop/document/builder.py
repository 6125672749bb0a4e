"""Report -> Document: the one place that decides what the report says, in what order.

Layout rules taken from the reference report (docs/report-layout.md):
- the header block is a two-column table: 職氏名 at the left, 用務 / 期間 / 出張先
  stacked at the right, labels 用務 and 期間 spread to the width of 出張先;
- roles are spread to one width and names to one width;
- each visit lists the 用務 topics it covers (numbered as in 用務), then its
  heading, its 視察日 when given, description, 【出席者等】, 【調査概要】, topic sections and 【主な質疑応答】;
- a visit that covers several topics heads each section with its topic; a visit
  of one topic does not repeat it (the list above already names it);
- headings: １．(indent 0), １）(indent 0), ①(indent 1); a paragraph is indented
  like its heading, with a one-character first-line indent;
- each visit after the first starts on a new page;
- Ｑ／Ａ: wrapped lines hang one cell, under the space after the mark (they hold 38
  characters in the reference), and a Ｑ is kept with its Ａ.
Page geometry and line breaking are not decided here: desktop/geometry.py and
desktop/document/kinsoku.py, read by every writer (docs/layout.md).
Text fields hold paragraphs separated by line breaks; each becomes a paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.document.elements import (
    AddresseeLine,
    Document,
    Element,
    Figure,
    HeaderLine,
    HeaderTable,
    Meta,
    Para,
    Spread,
    Style,
    Title,
)
from desktop.document.numbering import circled, subheading_label, topic_label
from desktop.jtext import (
    EraError,
    format_era_date,
    format_period,
    format_submission_date,
    spread_width,
)
from desktop.model.report import (
    Attendee,
    Block,
    Destination,
    Item,
    Paragraph,
    Photo,
    Report,
    Subheading,
    Visit,
)

IDEOGRAPHIC_SPACE = "\u3000"
TITLE_SPREAD = 8
"""The title is spread over this many title-size characters."""
ADDRESSEE_MIN_SPREAD = 12
NAME_MIN_WIDTH = 5
"""Names are spread to at least five characters, as 林 真 一 郎 in the reference."""


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text field: one per line, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _date_text(d: date | None, form) -> str:
    if d is None:
        return ""
    try:
        return form(d)
    except EraError:
        return d.isoformat()


def _era_or_iso(d: date) -> str:
    """令和５年７月５日; a date before 明治 (which the checks report) as 1850-01-01."""
    return _date_text(d, format_era_date)


WEEKDAYS = "月火水木金土日"


def visit_date_text(d: date) -> str:
    """視察日　令和５年７月５日（水）: the line under a visit's heading."""
    return f"視察日{IDEOGRAPHIC_SPACE}{_era_or_iso(d)}（{WEEKDAYS[d.weekday()]}）"


# -- header ------------------------------------------------------------------


def _header(report: Report) -> HeaderTable:
    role_width = spread_width(m.role for m in report.members)
    title_width = spread_width(s.title for s in report.staff)
    names = [m.name.full for m in report.members] + [s.name.full for s in report.staff]
    # One cell wider than the longest name of two or more characters (林 真 一 郎 + one).
    name_width = spread_width((n for n in names if len(n) > 1), NAME_MIN_WIDTH - 1) + 1

    left = [HeaderLine((Spread("職氏名"),))]
    if report.committee:
        left.append(HeaderLine((Spread(report.committee),)))
    for m in report.members:
        left.append(HeaderLine((Spread(m.role, role_width), Spread(m.name.full, name_width)),
                               indent=1.0))
    if report.staff or report.secretariat:
        left.append(HeaderLine((Spread(report.secretariat),), indent=0.5))
    for s in report.staff:
        left.append(HeaderLine((Spread(s.title, title_width), Spread(s.name.full, name_width)),
                               indent=1.0))

    label_width = 3  # 出張先
    purpose = [HeaderLine((Spread("用務", label_width),))]
    if report.purpose:
        purpose.append(HeaderLine((Spread(report.purpose),)))
    purpose += [HeaderLine((Spread(t.title),), label=topic_label(n))
                for n, t in enumerate(report.topics, start=1)]
    period = [HeaderLine((Spread("期間", label_width),))]
    period += [HeaderLine((Spread(line),))
               for line in format_period(report.start, report.end, _era_or_iso)]
    places = [HeaderLine((Spread("出張先", label_width),))]
    places += [HeaderLine((Spread(d.place),)) for d in report.destinations if d.place]
    return HeaderTable(tuple(left), (tuple(purpose), tuple(period), tuple(places)))


# -- visits ------------------------------------------------------------------


def _attendee_lines(people: list[Attendee]) -> list[str]:
    """People grouped into printed lines; a repeated department prints as 同局/同部."""
    lines: list[list[str]] = []
    previous_department = None
    for person in people:
        if not (person.joined and lines):
            lines.append([])
            previous_department = None
        department = person.department
        if department and department == previous_department:
            department = "同" + department[-1]
        previous_department = person.department or previous_department
        words = [w for w in (department, person.name, person.title + person.note) if w]
        lines[-1].append(IDEOGRAPHIC_SPACE.join(words))
    return ["、".join(parts) for parts in lines]


def _visit_heading(dest: Destination) -> str:
    text = f"【{dest.place}】"
    profile = dest.visit.profile
    facts = [f"{label}{IDEOGRAPHIC_SPACE}{value}" for label, value in
             (("人口", profile.population), ("面積", profile.area)) if value]
    if facts:
        text += "（" + IDEOGRAPHIC_SPACE.join(facts) + "）"
    return text


def _body(text: str, indent: float = 0.0, space_before: int = 0) -> list[Para]:
    out = []
    for i, p in enumerate(paragraphs(text)):
        out.append(Para(Style.BODY, p, indent=indent, first_line=1.0,
                        space_before=space_before if i == 0 else 0))
    return out


def _blocks(blocks: list[Block], indent: float, out: list[Element]) -> None:
    """Blocks at one level; numbering restarts at each level, counting its own kind."""
    sub_count = item_count = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend(_body(block.text, indent))
        elif isinstance(block, Photo):
            out.append(Figure(block.image, block.caption.strip(), block.width_mm))
        elif isinstance(block, Subheading):
            sub_count += 1
            out.append(Para(Style.HEADING2, block.title.strip(), label=subheading_label(sub_count),
                            indent=indent, space_before=1 if sub_count > 1 else 0,
                            keep_with_next=True))
            _blocks(block.children, indent, out)
        elif isinstance(block, Item):
            item_count += 1
            out.append(Para(Style.HEADING3, block.title.strip(), label=circled(item_count),
                            indent=indent + 1.0, tag=block.tag.strip(), keep_with_next=True))
            _blocks(block.children, indent + 1.0, out)


def _qa(visit: Visit) -> list[Para]:
    out: list[Para] = []
    for pair in visit.qa:
        for mark, text in (("Ｑ", pair.question), ("Ａ", pair.answer)):
            parts = paragraphs(text) or [""]
            # the reference hangs wrapped lines one cell, under the space after Ｑ/Ａ:
            # they hold 38 characters; a Ｑ is kept with its Ａ
            out.append(Para(Style.QA, IDEOGRAPHIC_SPACE + parts[0], label=mark,
                            keep_with_next=mark == "Ｑ"))
            out.extend(Para(Style.QA, p, indent=1.0, first_line=1.0, keep_with_next=mark == "Ｑ")
                       for p in parts[1:])
    return out


def _visit(report: Report, dest: Destination, first: bool) -> list[Element]:
    visit = dest.visit
    sections = sorted((s for s in visit.sections if report.topic_number(s.topic_id)),
                      key=lambda s: report.topic_number(s.topic_id))
    out: list[Element] = []
    for i, section in enumerate(sections):
        number = report.topic_number(section.topic_id)
        out.append(Para(Style.TOPIC_LIST, report.topics[number - 1].title.strip(),
                        label=topic_label(number), space_before=1 if i == 0 and first else 0,
                        page_break_before=i == 0 and not first, keep_with_next=True))
    out.append(Para(Style.VISIT_HEADING, _visit_heading(dest), keep_with_next=True,
                    page_break_before=not sections and not first))
    if visit.visited is not None:
        out.append(Para(Style.BODY, visit_date_text(visit.visited), first_line=1.0,
                        keep_with_next=True))
    out.extend(_body(visit.description))

    lines = [(host.name, _attendee_lines(host.people)) for host in visit.hosts]
    if any(name or people for name, people in lines):
        out.append(Para(Style.LABEL, "【出席者等】", space_before=1, keep_with_next=True))
        for name, people in lines:
            if name:
                out.append(Para(Style.HOST, name, keep_with_next=bool(people)))
            out.extend(Para(Style.ATTENDEE, line, indent=1.0) for line in people)

    if paragraphs(visit.overview):
        out.append(Para(Style.LABEL, "【調査概要】", space_before=1, keep_with_next=True))
        out.extend(_body(visit.overview))

    for section in sections:
        number = report.topic_number(section.topic_id)
        if len(sections) > 1:
            out.append(Para(Style.HEADING1, report.topics[number - 1].title.strip(),
                            label=topic_label(number), space_before=1, keep_with_next=True))
        start = len(out)
        _blocks(section.blocks, 0.0, out)
        if len(sections) == 1:
            _space_before_first_para(out, start)

    if visit.qa:
        out.append(Para(Style.LABEL, "【主な質疑応答】", space_before=1, keep_with_next=True))
        out.extend(_qa(visit))
    return out


def _space_before_first_para(out: list[Element], start: int) -> None:
    """A one-topic visit has no section heading: its first paragraph gets the blank line."""
    for i in range(start, len(out)):
        if isinstance(out[i], Para):
            out[i] = replace(out[i], space_before=max(1, out[i].space_before))
            return


# -- the whole report ----------------------------------------------------------


def build_document(report: Report) -> Document:
    """The semantic document of a report."""
    elements: list[Element] = [
        Title(report.title.strip(), max(TITLE_SPREAD, len(report.title.strip()))),
        AddresseeLine(
            f"{report.addressee.strip()}{IDEOGRAPHIC_SPACE}{report.honorific.strip()}".strip(),
            max(ADDRESSEE_MIN_SPREAD, len(report.addressee) + len(report.honorific) + 1),
            _date_text(report.submitted, format_submission_date)),
        _header(report),
    ]
    elements.extend(_body(report.introduction, space_before=1))
    for i, dest in enumerate(report.destinations):
        elements.extend(_visit(report, dest, first=i == 0))
    meta = Meta(title=report.title.strip() or "出張報告書", author=report.author,
                font=report.settings.font, page_numbers=report.settings.page_numbers)
    return Document(meta, tuple(elements))
