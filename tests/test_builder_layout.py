"""Every paragraph's layout in the builder's output: blank lines, page breaks, keep-with-next
and indents, for a report that takes each rule's branches (the rules at the top of
desktop/document/builder.py, from the reference report).

The text comparison with the reference squeezes white space out, so these are the tests
that notice a lost blank line or page break (mutation testing showed none did before).
"""

from __future__ import annotations

from datetime import date

from desktop.document import build_document
from desktop.document.elements import Para, Style
from desktop.model import (
    QA,
    Attendee,
    Destination,
    Host,
    Item,
    Paragraph,
    Report,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)

S = Style


def layout_report() -> Report:
    topics = [Topic("甲について", "a"), Topic("乙について", "b")]
    first = Visit(description="紹介。", overview="概要。", visited=date(2023, 7, 5),
                  hosts=[Host("金沢市", [Attendee("市民課", "山田", "課長")]), Host("金沢市議会", [])],
                  sections=[TopicSection("b", [Paragraph("乙本文")]),  # sorted after "a"
                            TopicSection("a", [Subheading("一", [Paragraph("本文一")]),
                                               Subheading("二", [Item("項", "【国内初】",
                                                                     [Paragraph("項本文")])])])],
                  qa=[QA("問", "答")])
    second = Visit(description="加賀。", sections=[TopicSection("b", [Paragraph("加賀本文"),
                                                                     Paragraph("次")])])
    third = Visit(description="長崎。")
    return Report(topics=topics, introduction="前文。", destinations=[
        Destination("石川県", "金沢市", first), Destination("石川県", "加賀市", second),
        Destination("長崎県", "長崎市", third)])


# (style, label + text + tag, indent, first-line indent, blank lines before, page break
# before, keep with next)
EXPECTED = [
    (S.BODY, "前文。", 0.0, 1.0, 1, False, False),
    # the first visit: its topics (a blank line before), heading, 視察日, description
    (S.TOPIC_LIST, "１．甲について", 0.0, 0.0, 1, False, True),
    (S.TOPIC_LIST, "２．乙について", 0.0, 0.0, 0, False, True),
    (S.VISIT_HEADING, "【石川県\u3000金沢市】", 0.0, 0.0, 0, False, True),
    (S.BODY, "視察日\u3000令和５年７月５日（水）", 0.0, 1.0, 0, False, True),
    (S.BODY, "紹介。", 0.0, 1.0, 0, False, False),
    # each 【label】 after a blank line, kept with what follows
    (S.LABEL, "【出席者等】", 0.0, 0.0, 1, False, True),
    (S.HOST, "金沢市", 0.0, 0.0, 0, False, True),
    (S.ATTENDEE, "市民課\u3000山田\u3000課長", 1.0, 0.0, 0, False, False),
    (S.HOST, "金沢市議会", 0.0, 0.0, 0, False, False),  # no people: nothing to keep with
    (S.LABEL, "【調査概要】", 0.0, 0.0, 1, False, True),
    (S.BODY, "概要。", 0.0, 1.0, 0, False, False),
    # two topics: each section headed, after a blank line; a blank line before the 2nd １）
    (S.HEADING1, "１．甲について", 0.0, 0.0, 1, False, True),
    (S.HEADING2, "１）一", 0.0, 0.0, 0, False, True),
    (S.BODY, "本文一", 0.0, 1.0, 0, False, False),
    (S.HEADING2, "２）二", 0.0, 0.0, 1, False, True),
    (S.HEADING3, "①項【国内初】", 1.0, 0.0, 0, False, True),
    (S.BODY, "項本文", 1.0, 1.0, 0, False, False),
    (S.HEADING1, "２．乙について", 0.0, 0.0, 1, False, True),
    (S.BODY, "乙本文", 0.0, 1.0, 0, False, False),
    (S.LABEL, "【主な質疑応答】", 0.0, 0.0, 1, False, True),
    (S.QA, "Ｑ\u3000問", 0.0, 0.0, 0, False, True),  # a Ｑ keeps with its Ａ
    (S.QA, "Ａ\u3000答", 0.0, 0.0, 0, False, False),
    # a later visit starts a page; one topic: no section heading, a blank line before its text
    (S.TOPIC_LIST, "２．乙について", 0.0, 0.0, 0, True, True),
    (S.VISIT_HEADING, "【石川県\u3000加賀市】", 0.0, 0.0, 0, False, True),
    (S.BODY, "加賀。", 0.0, 1.0, 0, False, False),
    (S.BODY, "加賀本文", 0.0, 1.0, 1, False, False),
    (S.BODY, "次", 0.0, 1.0, 0, False, False),
    # a later visit without topics: its heading starts the page
    (S.VISIT_HEADING, "【長崎県\u3000長崎市】", 0.0, 0.0, 0, True, True),
    (S.BODY, "長崎。", 0.0, 1.0, 0, False, False),
]


def _layout(report: Report) -> list[tuple]:
    return [(e.style, e.label + e.text + e.tag, e.indent, e.first_line, e.space_before,
             e.page_break_before, e.keep_with_next)
            for e in build_document(report).elements if isinstance(e, Para)]


def test_every_paragraph_has_the_layout_of_its_rule():
    assert _layout(layout_report()) == EXPECTED


def test_attendees_label_needs_a_host_name_or_people():
    only_names = Report(destinations=[Destination(visit=Visit(hosts=[Host("金沢市", [])]))])
    assert (S.LABEL, "【出席者等】", 0.0, 0.0, 1, False, True) in _layout(only_names)
    nameless = Report(destinations=[Destination(visit=Visit(hosts=[Host("", [])]))])
    assert all(row[1] != "【出席者等】" for row in _layout(nameless))


def _header(report: Report):
    from desktop.document.elements import HeaderTable

    table = next(e for e in build_document(report).elements if isinstance(e, HeaderTable))
    left = [([(p.text, p.width) for p in line.parts], line.indent) for line in table.left]
    right = [[([(p.text, p.width) for p in line.parts], line.label) for line in cell]
             for cell in table.right]
    return left, right


def test_header_columns_widths_and_indents():
    from desktop.model import Member, PersonName, Staff

    report = Report(committee="総務委員会",
                    members=[Member("委員長", PersonName("林", "真一郎")),
                             Member("委員", PersonName("長谷川", "美和子"))],
                    staff=[Staff("議事課主査", PersonName("花谷", "禎久")), Staff("主任", PersonName("東"))],
                    topics=[Topic("甲について", "a")], start=date(2023, 7, 5))
    left, right = _header(report)
    assert left == [
        ([("職氏名", 0)], 0.0),
        ([("総務委員会", 0)], 0.0),
        ([("委員長", 3), ("林真一郎", 7)], 1.0),  # one wider than the longest name (６)
        ([("委員", 3), ("長谷川美和子", 7)], 1.0),
        ([("議会事務局", 0)], 0.5),
        ([("議事課主査", 5), ("花谷禎久", 7)], 1.0),
        ([("主任", 5), ("東", 7)], 1.0),
    ]
    assert right == [
        [([("用務", 3)], ""), ([("所管事項調査", 0)], ""), ([("甲について", 0)], "１．")],
        [([("期間", 3)], ""), ([("令和５年７月５日から", 0)], "")],
        [([("出張先", 3)], "")],
    ]


def test_short_names_are_spread_to_five_and_no_staff_keeps_the_secretariat():
    from desktop.model import Member, PersonName

    left, _ = _header(Report(members=[Member("委員", PersonName("林"))], secretariat="議会事務局"))
    assert left == [([("職氏名", 0)], 0.0), ([("委員", 2), ("林", 5)], 1.0),
                    ([("議会事務局", 0)], 0.5)]
    left, _ = _header(Report(members=[Member("委員", PersonName("奥", "一"))], secretariat=""))
    assert left == [([("職氏名", 0)], 0.0), ([("委員", 2), ("奥一", 5)], 1.0)]
