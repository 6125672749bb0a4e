"""The problems panel's checks: each problem found, at the right key, with the right level."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SAMPLE
from desktop.model import (
    QA,
    Destination,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Report,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from desktop.model.checks import Finding, check_report, error_count
from desktop.model.draft import load_draft
from test_draft_factory import make_report


def keyed(findings: list[Finding]) -> dict[tuple, Finding]:
    return {f.key: f for f in findings}


def only(report: Report) -> Finding:
    findings = check_report(report)
    assert len(findings) == 1, findings
    return findings[0]


def test_sample_has_no_problems():
    assert check_report(load_draft(SAMPLE)) == []


def test_complete_report_has_no_problems():
    assert check_report(make_report()) == []


def test_blank_report_lists_every_required_field():
    findings = check_report(Report())
    assert [f.key for f in findings] == [
        ("addressee",), ("submitted",), ("committee",), ("members",), ("topics",),
        ("start",), ("end",), ("destinations",),
    ]
    assert all(f.level == "warning" for f in findings)
    assert error_count(findings) == 0
    by_key = keyed(findings)
    assert "宛先" in by_key[("addressee",)].ja and "addressee" in by_key[("addressee",)].en
    assert "提出日" in by_key[("submitted",)].ja


def test_purpose_empty():
    report = make_report()
    report.purpose = "  "
    f = only(report)
    assert f.key == ("purpose",) and f.level == "warning" and "用務" in f.ja


@pytest.mark.parametrize("attr", ["addressee", "committee"])
def test_whitespace_only_counts_as_empty(attr):
    report = make_report()
    setattr(report, attr, "\u3000 ")
    assert only(report).key == (attr,)


def test_member_without_a_name():
    report = make_report()
    report.members.append(Member("委員", PersonName("", "")))
    f = only(report)
    assert f.key == ("members", 3, "family") and f.level == "warning"
    assert "委員4人目" in f.ja and "member 4" in f.en


def test_staff_without_a_name():
    report = make_report()
    report.staff.insert(0, Staff("議事課主任", PersonName()))
    assert only(report).key == ("staff", 0, "family")


def test_destination_without_prefecture_and_city():
    report = make_report()
    report.destinations[1].prefecture = ""
    report.destinations[1].city = ""
    assert [f.key for f in check_report(report)] == [
        ("destinations", 1, "prefecture"), ("destinations", 1, "city")]


def test_empty_topic_title():
    report = make_report()
    report.topics[1].title = ""
    f = only(report)
    assert f.key == ("topics", 1) and "用務2" in f.ja


# -- dates ---------------------------------------------------------------------------------


def test_end_before_start_is_an_error():
    report = make_report()
    report.start, report.end = date(2023, 7, 7), date(2023, 7, 5)
    f = only(report)
    assert f.key == ("end",) and f.level == "error"
    assert "令和５年７月５日" in f.ja and "2023-07-05" in f.en
    assert error_count([f]) == 1 and error_count([f, f]) == 2


def test_one_day_trip_is_fine():
    report = make_report()
    report.start = report.end = date(2023, 7, 5)
    assert check_report(report) == []


def test_submission_before_the_trip_ends_is_a_warning():
    report = make_report()
    report.submitted = date(2023, 7, 6)
    f = only(report)
    assert f.key == ("submitted",) and f.level == "warning"
    assert "提出日" in f.ja and "before the trip ends" in f.en


def test_submission_on_the_last_day_is_fine():
    report = make_report()
    report.submitted = report.end
    assert check_report(report) == []


@pytest.mark.parametrize("attr", ["submitted", "start", "end"])
def test_date_before_meiji_is_an_error(attr):
    report = make_report()
    report.submitted = report.start = report.end = date(1900, 1, 1)
    setattr(report, attr, date(1868, 1, 24))
    findings = [f for f in check_report(report) if f.key == (attr,) and "明治より前" in f.ja]
    assert len(findings) == 1
    assert findings[0].level == "error" and "Meiji" in findings[0].en


def test_first_day_of_meiji_is_fine():
    report = make_report()
    report.submitted = report.start = report.end = date(1868, 1, 25)
    assert check_report(report) == []


# -- topics and sections ---------------------------------------------------------------------


def test_topic_no_visit_covers():
    report = make_report()
    report.topics.append(Topic("防災について", "t4"))
    f = only(report)
    assert f.key == ("topics", 3) and f.level == "warning"
    assert "用務4「防災について」" in f.ja and "topic 4" in f.en


def test_section_about_a_topic_not_in_purpose_is_an_error():
    report = make_report()
    report.topics.pop(2)  # 加賀市 still has its section about t3
    f = only(report)
    assert f.key == ("destinations", 1, "visit", "sections", 0)
    assert f.level == "error" and "用務にない" in f.ja


def test_same_topic_twice_in_a_visit_is_an_error():
    report = make_report()
    report.destinations[1].visit.sections.append(TopicSection("t3", []))
    f = only(report)
    assert f.key == ("destinations", 1, "visit", "sections", 1) and f.level == "error"


# -- half-width characters -----------------------------------------------------------------------


def test_halfwidth_message_shows_the_characters():
    report = make_report()
    report.introduction = "人口458,005人、NPO法人と連携。（100%）"
    f = only(report)
    assert f.key == ("introduction",) and f.level == "warning"
    assert "「458,005」" in f.ja and "「NPO」" in f.ja and "「100%」" in f.ja
    assert "'458,005'" in f.en and "full-width" in f.en


def test_many_halfwidth_runs_are_summarised():
    report = make_report()
    report.introduction = "、".join(str(n) for n in range(10))
    f = only(report)
    assert "ほか5か所" in f.ja and "and 5 more" in f.en


def test_fullwidth_and_hyphen_are_fine():
    report = make_report()
    report.introduction = "４５８，００５人、ＮＰＯ、ｅ-加賀、６８．０３％、約４６９㎢"
    assert check_report(report) == []


def _visit_report(visit: Visit) -> Report:
    report = make_report()
    report.destinations[1].visit = visit
    return report


HALFWIDTH_PLACES = [
    (lambda v: setattr(v, "description", "1954年"), ("description",)),
    (lambda v: setattr(v, "overview", "DX"), ("overview",)),
    (lambda v: setattr(v.profile, "population", "約6万人"), ("profile", "population")),
    (lambda v: v.qa.append(QA("Q1", "")), ("qa", 0, "question")),
    (lambda v: v.qa.append(QA("問", "はい(2)")), ("qa", 0, "answer")),
    (lambda v: v.sections[0].blocks.append(Paragraph("5G")), ("sections", 0, "blocks", 1)),
    (lambda v: v.sections[0].blocks.append(Subheading("AI", [])),
     ("sections", 0, "blocks", 1, "title")),
    (lambda v: v.sections[0].blocks.append(Subheading("見出し", [Item("項目", "【No.1】", [])])),
     ("sections", 0, "blocks", 1, "children", 0, "tag")),
    (lambda v: v.sections[0].blocks.append(
        Subheading("見出し", [Item("項目", "", [Paragraph("本文"), Paragraph("3.5")])])),
     ("sections", 0, "blocks", 1, "children", 0, "children", 1)),
    (lambda v: v.sections[0].blocks.append(Photo(caption="IoT")),
     ("sections", 0, "blocks", 1, "caption")),
]


@pytest.mark.parametrize("change, key", HALFWIDTH_PLACES, ids=[str(k) for _, k in HALFWIDTH_PLACES])
def test_halfwidth_found_everywhere_in_the_body(change, key):
    report = make_report()
    change(report.destinations[1].visit)
    f = only(report)
    assert f.key == ("destinations", 1, "visit") + key
    assert f.level == "warning" and "出張先2（加賀市）" in f.ja and "destination 2" in f.en


def test_halfwidth_in_topic_title():
    report = make_report()
    report.topics[2].title = "Society5.0について"
    f = only(report)
    assert f.key == ("topics", 2) and "「Society5.0」" in f.ja


def test_halfwidth_in_attendees():
    report = make_report()
    report.destinations[0].visit.hosts[0].people[1].title = "DX推進監"
    f = only(report)
    assert f.key == ("destinations", 0, "visit", "hosts", 0, "people", 1, "title")


def test_header_fields_are_not_body_text():
    """The submission date prints its Western year half-width: the header is not checked."""
    report = make_report()
    report.settings.font = "MS Mincho"
    report.topics[0].id = "topic-1"
    report.destinations[0].visit.sections[0].topic_id = "topic-1"
    assert check_report(report) == []


def test_findings_come_in_reading_order():
    report = Report(destinations=[Destination(visit=Visit(overview="A"))],
                    introduction="B", submitted=date(2023, 1, 1))
    keys = [f.key for f in check_report(report)]
    assert keys.index(("addressee",)) < keys.index(("start",)) < keys.index(("destinations", 0, "city"))
    assert keys.index(("introduction",)) < keys.index(("destinations", 0, "visit", "overview"))


def test_finding_text_has_both_languages():
    f = only(Report(addressee="議長", submitted=date(2023, 8, 16), committee="総務委員会",
                    members=[Member("委員長", PersonName("林", "真一郎"))], topics=[],
                    start=date(2023, 7, 5), end=date(2023, 7, 7),
                    destinations=[Destination("石川県", "金沢市", Visit(overview="概要"))]))
    assert f.key == ("topics",)
    assert "用務" in str(f) and "no topics" in str(f)


# -- 視察日 ---------------------------------------------------------------------


def _with_visit_date(day):
    report = make_report()
    report.destinations[1].visit.visited = day
    return report


@pytest.mark.parametrize("day", [date(2023, 7, 5), date(2023, 7, 6), date(2023, 7, 7)])
def test_visit_date_within_the_trip_is_fine(day):
    assert check_report(_with_visit_date(day)) == []


@pytest.mark.parametrize("day", [date(2023, 7, 4), date(2023, 7, 8), date(2024, 7, 6)])
def test_visit_date_outside_the_trip_is_a_warning(day):
    finding = only(_with_visit_date(day))
    assert finding.key == ("destinations", 1, "visit", "visited")
    assert finding.level == "warning"
    assert "出張先2（加賀市）の視察日" in finding.ja and "期間" in finding.ja
    assert day.isoformat() in finding.en and "outside the trip (2023-07-05 to 2023-07-07)" in finding.en


def test_visit_date_against_one_trip_date():
    report = _with_visit_date(date(2023, 7, 4))
    report.end = None
    assert ("destinations", 1, "visit", "visited") in keyed(check_report(report))
    report.destinations[1].visit.visited = date(2023, 9, 1)
    assert ("destinations", 1, "visit", "visited") not in keyed(check_report(report))
    report.start, report.end = None, date(2023, 7, 7)
    assert ("destinations", 1, "visit", "visited") in keyed(check_report(report))


def test_visit_date_before_meiji_is_an_error():
    report = _with_visit_date(date(1850, 1, 1))
    report.start = report.end = None
    finding = keyed(check_report(report))[("destinations", 1, "visit", "visited")]
    assert finding.level == "error" and "明治より前" in finding.ja


# -- issue 12 (findings 2 and 9) ---------------------------------------------------


def test_a_second_chair_is_a_warning():
    from desktop.model.report import Member, PersonName
    report = Report(members=[Member("委員長", PersonName("林", "一")), Member("委員", PersonName("森", "二")),
                             Member("委員長", PersonName("坂", "三"))])
    found = [f for f in check_report(report) if f.key == ("members", 2, "role")]
    assert [f.level for f in found] == ["warning"] and "委員長が二人" in found[0].ja


def test_addressee_with_its_own_honorific_is_a_warning():
    found = [f for f in check_report(Report(addressee="下関市議会議長様", honorific="殿"))
             if f.key == ("addressee",)]
    assert found and "様" in found[0].ja


def test_an_empty_visit_is_a_warning():
    from desktop.model.report import Destination
    report = Report(destinations=[Destination("石川県", "金沢市")])
    found = [f for f in check_report(report) if f.key == ("destinations", 0, "visit", "overview")]
    assert found and "視察内容" in found[0].ja


def test_visit_date_after_the_last_era_date_says_so():
    report = _with_visit_date(date(2100, 1, 1))
    report.start = report.end = None
    finding = keyed(check_report(report))[("destinations", 1, "visit", "visited")]
    assert finding.level == "error" and "2099 年より後" in finding.ja and "明治" not in finding.ja
    assert "after 2099" in finding.en
