"""The document builder on reports other than the sample: partial, odd and empty ones."""

from datetime import date

from desktop.document import build_document
from desktop.document.elements import HeaderTable, Para, Style
from desktop.document.plaintext import document_text
from desktop.model import (
    Attendee,
    Destination,
    Host,
    Item,
    Member,
    Paragraph,
    PersonName,
    Report,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)


def _paras(report, style):
    return [e for e in build_document(report).elements if isinstance(e, Para) and e.style == style]


def _period(report):
    table = next(e for e in build_document(report).elements if isinstance(e, HeaderTable))
    return [line.text for line in table.right[1][1:]]


def test_an_empty_report_builds():
    text = document_text(build_document(Report()))
    assert "出張報告書" in text.replace(" ", "")


def test_period_lines_leave_out_a_missing_date():
    assert _period(Report(start=date(2023, 7, 5), end=date(2023, 7, 7))) == [
        "令和５年７月５日から", "令和５年７月７日まで"]
    assert _period(Report(start=date(2019, 5, 1))) == ["令和元年５月１日から"]
    assert _period(Report()) == []


def test_a_date_before_meiji_is_written_as_iso_instead_of_failing():
    assert _period(Report(start=date(1850, 1, 2), end=date(2023, 7, 7))) == [
        "1850-01-02から", "令和５年７月７日まで"]


def test_roles_and_names_are_spread_to_one_width():
    report = Report(members=[Member("委員長", PersonName("林", "真一郎")),
                             Member("委員", PersonName("井川", "典子")),
                             Member("副委員長", PersonName("坂本", "晴美"))])
    table = next(e for e in build_document(report).elements if isinstance(e, HeaderTable))
    rows = [line.parts for line in table.left if len(line.parts) == 2]
    assert {role.width for role, _ in rows} == {4}
    assert {name.width for _, name in rows} == {5}


def test_people_on_one_line_share_a_department_as_dou():
    host = Host("金沢市議会", [
        Attendee("議会事務局", "上出", "次長", "（議事調査課長）"),
        Attendee("議会事務局", "今川", "主任", joined=True),
        Attendee("議会事務局", "奥", "主任"),
    ])
    report = Report(destinations=[Destination("石川県", "金沢市", Visit(hosts=[host]))])
    lines = [p.text for p in _paras(report, Style.ATTENDEE)]
    assert lines == ["議会事務局\u3000上出\u3000次長（議事調査課長）、同局\u3000今川\u3000主任",
                     "議会事務局\u3000奥\u3000主任"]


def _two_visits(covered_first):
    topics = [Topic("甲について", "a"), Topic("乙について", "b")]
    blocks = [Subheading("見出し", [Item("項目", "【国内初】", [Paragraph("本文")])])]
    first = Visit(sections=[TopicSection(t, list(blocks)) for t in covered_first])
    second = Visit(sections=[TopicSection("b", list(blocks))])
    return Report(topics=topics, destinations=[Destination("石川県", "金沢市", first),
                                               Destination("石川県", "加賀市", second)])


def test_a_visit_of_several_topics_heads_each_section_and_one_topic_does_not():
    report = _two_visits(["a", "b"])
    headings = [p.label + p.text for p in _paras(report, Style.HEADING1)]
    assert headings == ["１．甲について", "２．乙について"]
    lists = [p.label + p.text for p in _paras(report, Style.TOPIC_LIST)]
    assert lists == ["１．甲について", "２．乙について", "２．乙について"]


def test_sections_follow_the_topic_order_and_later_visits_start_a_page():
    report = _two_visits(["b", "a"])
    lists = _paras(report, Style.TOPIC_LIST)
    assert [p.label for p in lists] == ["１．", "２．", "２．"]
    assert [p.page_break_before for p in lists] == [False, False, True]


def test_numbering_labels_and_indents_of_the_three_levels():
    report = _two_visits(["a"])
    sub = _paras(report, Style.HEADING2)[0]
    item = _paras(report, Style.HEADING3)[0]
    body = [p for p in _paras(report, Style.BODY) if p.text == "本文"][0]
    assert (sub.label, sub.indent) == ("１）", 0.0)
    assert (item.label, item.indent, item.tag) == ("①", 1.0, "【国内初】")
    assert (body.indent, body.first_line) == (1.0, 1.0)


def test_later_subheadings_of_a_section_follow_a_blank_line():
    from conftest import SAMPLE
    from desktop.model.draft import load_draft

    document = build_document(load_draft(SAMPLE))
    heads = [e for e in document.elements if isinstance(e, Para) and e.style is Style.HEADING2]
    later = [h for h in heads if not h.label.startswith("１")]
    assert len(later) >= 8 and all(h.space_before == 1 for h in later)


def test_a_later_visit_without_sections_starts_a_new_page():
    from desktop.model.report import Destination, Visit

    report = Report(destinations=[Destination("石川県", "金沢市", Visit(description="一")),
                                  Destination("石川県", "加賀市", Visit(description="二"))])
    headings = [e for e in build_document(report).elements
                if isinstance(e, Para) and e.style is Style.VISIT_HEADING]
    assert [h.page_break_before for h in headings] == [False, True]


# -- 視察日 ---------------------------------------------------------------------


def _visit_report(visited):
    return Report(topics=[Topic("計画", "a")], destinations=[
        Destination("石川県", "金沢市", Visit(description="紹介文。", sections=[TopicSection("a")],
                                         visited=visited))])


def test_visit_date_is_printed_under_the_visit_heading():
    elements = [e for e in build_document(_visit_report(date(2023, 7, 5))).elements
                if isinstance(e, Para)]
    styles = [e.style for e in elements]
    heading = styles.index(Style.VISIT_HEADING)
    line = elements[heading + 1]
    assert line.text == "視察日\u3000令和５年７月５日（水）"
    assert line.keep_with_next and elements[heading].keep_with_next
    assert elements[heading + 2].text == "紹介文。"
    assert "視察日\u3000令和５年７月５日（水）" in document_text(build_document(_visit_report(
        date(2023, 7, 5))))


def test_no_visit_date_no_line():
    text = document_text(build_document(_visit_report(None)))
    assert "視察日" not in text


def test_visit_date_weekdays_and_an_old_date():
    from desktop.document.builder import visit_date_text

    assert visit_date_text(date(2023, 7, 9)) == "視察日\u3000令和５年７月９日（日）"
    assert visit_date_text(date(2019, 5, 1)) == "視察日\u3000令和元年５月１日（水）"
    assert visit_date_text(date(1850, 1, 7)) == "視察日\u30001850-01-07（月）"
