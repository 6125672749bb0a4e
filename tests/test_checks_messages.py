"""The problems panel's exact wording: what the clerk reads for each kind of finding.

(test_checks.py finds each problem at its key; this pins what it says, in both languages.)
"""

from __future__ import annotations

from datetime import date

from desktop.model import Destination, Member, Report, Staff, Topic, TopicSection, Visit
from desktop.model.checks import Finding, check_report
from test_draft_factory import make_report


def _all(report) -> list[tuple]:
    return [(f.key, f.level, f.ja, f.en) for f in check_report(report)]


def test_a_blank_report():
    assert _all(Report()) == [
        (("addressee",), "warning", "宛先が入力されていません", "the addressee is empty"),
        (("submitted",), "warning", "提出日が入力されていません", "the submission date is empty"),
        (("committee",), "warning", "委員会名が入力されていません", "the committee name is empty"),
        (("members",), "warning", "委員が一人もいません", "there are no members"),
        (("topics",), "warning", "用務の項目がありません", "there are no topics"),
        (("start",), "warning", "出張の初日が入力されていません", "the first day of the trip is empty"),
        (("end",), "warning", "出張の最終日が入力されていません", "the last day of the trip is empty"),
        (("destinations",), "warning", "出張先がありません", "there are no destinations"),
    ]


def test_missing_names_dates_in_the_wrong_order_and_bad_sections():
    report = Report(
        members=[Member()], staff=[Staff()], purpose=" ",
        topics=[Topic("", "a"), Topic("未調査の用務の題目がとても長い場合は途中で切ります", "b")],
        destinations=[Destination(visit=Visit(sections=[
            TopicSection("x"), TopicSection("a"), TopicSection("a")]))],
        start=date(2023, 7, 7), end=date(2023, 7, 5), submitted=date(2023, 7, 6))
    assert _all(report) == [
        (("addressee",), "warning", "宛先が入力されていません", "the addressee is empty"),
        (("committee",), "warning", "委員会名が入力されていません", "the committee name is empty"),
        (("members", 0, "family"), "warning", "委員1人目の氏名が入力されていません",
         "member 1's name is empty"),
        (("staff", 0, "family"), "warning", "事務局1人目の氏名が入力されていません",
         "secretariat member 1's name is empty"),
        (("purpose",), "warning", "用務が入力されていません", "the purpose is empty"),
        (("end",), "error", "出張の最終日 (令和５年７月５日) が初日 (令和５年７月７日) より前です",
         "the trip ends (2023-07-05) before it starts (2023-07-07)"),
        (("topics", 0), "warning", "用務1の題目が入力されていません", "topic 1's title is empty"),
        (("topics", 1), "warning", "用務2「未調査の用務の題目がとても長い場合は途中…」を扱う出張先がありません",
         "no visit covers topic 2 (未調査の用務の題目がとても長い場合は途中…)"),
        (("destinations", 0, "prefecture"), "warning", "出張先1の都道府県が入力されていません",
         "destination 1's prefecture is empty"),
        (("destinations", 0, "city"), "warning", "出張先1の市町村が入力されていません",
         "destination 1's city is empty"),
        (("destinations", 0, "visit", "sections", 0), "error", "出張先1に用務にない項目の節があります",
         "destination 1 has a section about a topic that is not in the topic list"),
        (("destinations", 0, "visit", "sections", 2), "error", "出張先1に用務1の節が二つあります",
         "destination 1 has two sections about topic 1"),
    ]


def test_submission_before_the_end_names_both_dates():
    report = make_report()
    report.submitted = date(2023, 7, 6)
    assert _all(report) == [(
        ("submitted",), "warning",
        "提出日 (令和５年７月６日) が出張の終わる日 (令和５年７月７日) より前です",
        "the submission date (2023-07-06) is before the trip ends (2023-07-07)")]


def test_where_each_half_width_text_was_found():
    report = make_report()
    v = report.destinations[0].visit
    v.profile.population, v.profile.area, v.description, v.overview = "1", "2", "3", "4"
    v.hosts[0].name = "5"
    person = v.hosts[0].people[0]
    person.department, person.name, person.title, person.note = "6", "7", "8", "9"
    v.qa[0].question, v.qa[0].answer = "Q", "A"
    sub = v.sections[0].blocks[0]
    sub.title, sub.children[0].text, sub.children[1].caption, sub.children[2].tag = "T", "P", "C", "G"
    report.topics[0].title, report.introduction = "t1", "I"
    d, s, people = ("destinations", 0, "visit"), ("destinations", 0, "visit", "sections", 0, "blocks", 0), \
        ("destinations", 0, "visit", "hosts", 0, "people", 0)
    expected = [
        (("topics", 0), "用務1", "topic 1", "t1"),
        (("introduction",), "前文", "the introduction", "I"),
        (d + ("profile", "population"), "出張先1（金沢市）の人口", "destination 1's population", "1"),
        (d + ("profile", "area"), "出張先1（金沢市）の面積", "destination 1's area", "2"),
        (d + ("description",), "出張先1（金沢市）の紹介文", "destination 1's description", "3"),
        (d + ("hosts", 0, "name"), "出張先1（金沢市）の出席者等", "destination 1's attendees", "5"),
        (people + ("department",), "出張先1（金沢市）の出席者等", "destination 1's attendees", "6"),
        (people + ("name",), "出張先1（金沢市）の出席者等", "destination 1's attendees", "7"),
        (people + ("title",), "出張先1（金沢市）の出席者等", "destination 1's attendees", "8"),
        (people + ("note",), "出張先1（金沢市）の出席者等", "destination 1's attendees", "9"),
        (d + ("overview",), "出張先1（金沢市）の調査概要", "destination 1's overview", "4"),
        (s + ("title",), "出張先1（金沢市）の用務1の見出し", "destination 1, topic 1, a heading", "T"),
        (s + ("children", 0), "出張先1（金沢市）の用務1の本文", "destination 1, topic 1, a paragraph", "P"),
        (s + ("children", 1, "caption"), "出張先1（金沢市）の用務1の写真の説明",
         "destination 1, topic 1, a photo caption", "C"),
        (s + ("children", 2, "tag"), "出張先1（金沢市）の用務1の見出しの付記",
         "destination 1, topic 1, a heading's tag", "G"),
        (d + ("qa", 0, "question"), "出張先1（金沢市）の質疑1の質問", "destination 1's question 1", "Q"),
        (d + ("qa", 0, "answer"), "出張先1（金沢市）の質疑1の答え", "destination 1's answer 1", "A"),
    ]
    assert _all(report) == [
        (key, "warning", f"{ja}に半角の英数字・記号があります: 「{text}」（本文は全角で書きます）",
         f"half-width characters in {en}: {text!r} (body text is written full-width)")
        for key, ja, en, text in expected]


def test_a_section_about_an_unknown_topic_names_its_place_in_half_width_findings():
    report = make_report()
    report.destinations[1].visit.sections[0].topic_id = "gone"
    report.destinations[1].visit.sections[0].blocks[0].text = "NPO"
    found = _all(report)
    assert found[-1] == (
        ("destinations", 1, "visit", "sections", 0, "blocks", 0), "warning",
        "出張先2（加賀市）の節1の本文に半角の英数字・記号があります: 「NPO」（本文は全角で書きます）",
        "half-width characters in destination 2, section 1, a paragraph: 'NPO' "
        "(body text is written full-width)")


def test_many_runs_are_counted_in_both_languages():
    report = make_report()
    report.introduction = "a b c d e f g"
    [finding] = check_report(report)
    assert finding.ja == ("前文に半角の英数字・記号があります: 「a」、「b」、「c」、「d」、「e」 ほか2か所"
                          "（本文は全角で書きます）")
    assert finding.en == ("half-width characters in the introduction: 'a', 'b', 'c', 'd', 'e' "
                          "and 2 more (body text is written full-width)")


def test_finding_as_text():
    assert str(Finding(("a",), "error", "誤りです", "wrong")) == "誤り: 誤りです (error: wrong)"
    assert str(Finding(("a",), "warning", "注意です", "careful")) == "注意: 注意です (warning: careful)"


def test_dates_before_meiji_word_for_word():
    report = make_report()
    report.submitted = date(1850, 1, 2)
    report.destinations[1].visit.visited = date(1850, 1, 3)
    found = {f.key: (f.ja, f.en) for f in check_report(report) if f.level == "error"}
    assert found[("submitted",)] == (
        "提出日 1850-01-02 は明治より前で、和暦で書けません",
        "the submission date 1850-01-02 is before the Meiji era and cannot be written in the "
        "Japanese calendar")
    assert found[("destinations", 1, "visit", "visited")] == (
        "出張先2（加賀市）の視察日 1850-01-03 は明治より前で、和暦で書けません",
        "destination 2's visit date 1850-01-03 is before the Meiji era and cannot be written in "
        "the Japanese calendar")


def test_visit_date_outside_a_trip_with_one_day_missing():
    report = make_report()
    report.end = None
    report.destinations[0].visit.visited = date(2023, 7, 4)
    found = {f.key: f for f in check_report(report)}[("destinations", 0, "visit", "visited")]
    assert (found.level, found.ja, found.en) == (
        "warning",
        "出張先1（金沢市）の視察日 (令和５年７月４日) が出張の期間 (令和５年７月５日〜) の外です",
        "destination 1's visit date (2023-07-04) is outside the trip (2023-07-05 to …)")


def test_half_width_after_three_full_width_characters_and_clipped_titles():
    report = make_report()
    report.introduction = "あいうA"
    report.topics[2].title = "二十文字ちょうどの用務の題目です。あいう"  # 20 characters
    report.destinations[1].visit.sections = []
    found = {f.key: f for f in check_report(report)}
    assert "「A」" in found[("introduction",)].ja
    assert found[("topics", 2)].en == f"no visit covers topic 3 ({report.topics[2].title})"
    report.topics[2].title = "二行の\n題目"
    assert {f.key: f for f in check_report(report)}[("topics", 2)].en == \
        "no visit covers topic 3 (二行の 題目)"
