"""The sample draft is the reference report, every sentence in its structured place."""

from __future__ import annotations

import importlib.util
import io
import re

import pytest
from PIL import Image as PILImage

from conftest import FIXTURE, ROOT, SAMPLE
from desktop.document.builder import build_document
from desktop.document.elements import Para, Style
from desktop.document.plaintext import document_text
from desktop.model.codec import report_to_data
from desktop.model.draft import load_draft
from desktop.model.report import Item, Paragraph, Photo, Report, Subheading
from textcompare import (
    assert_same_text,
    difference_message,
    expected_from_fixture,
    first_difference,
    fixture_text,
    squeeze,
)

KANAZAWA_QA = 13
KAGA_QA = 9


@pytest.fixture()
def report() -> Report:
    return load_draft(SAMPLE)


def text_of(report: Report) -> str:
    return document_text(build_document(report))


def blocks(items):
    """Every block, depth first."""
    for block in items:
        yield block
        if isinstance(block, (Subheading, Item)):
            yield from blocks(block.children)


def paras(report: Report, style: Style) -> list[Para]:
    return [e for e in build_document(report).elements if isinstance(e, Para) and e.style is style]


# -- (a) loads -------------------------------------------------------------------


def test_sample_loads(report):
    assert report.title == "出張報告書"
    assert report.settings.page_numbers is False
    assert report.settings.font == "ＭＳ 明朝"


def test_sample_is_what_the_script_builds(report):
    """The committed resource and tools/make_sample.py agree (photos aside: JPEG bytes
    may differ between Pillow builds)."""
    spec = importlib.util.spec_from_file_location("make_sample", ROOT / "tools" / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def without_image_data(r: Report) -> dict:
        for dest in r.destinations:
            for section in dest.visit.sections:
                for block in blocks(section.blocks):
                    if isinstance(block, Photo):
                        block.image.data = b""
        return report_to_data(r)

    assert without_image_data(module.build_report()) == without_image_data(report)


# -- (b) the whole text --------------------------------------------------------------


def test_document_text_is_the_reference_text(report):
    assert_same_text(text_of(report), fixture_text())


def test_the_only_deviation_is_the_derived_topic_number(report):
    """Undoing the one known deviation gives the fixture exactly."""
    got = squeeze(text_of(report)).replace(
        "３．スマートシティ加賀の取組について【石川県加賀市】",
        "２．スマートシティ加賀の取組について【石川県加賀市】")
    assert got == squeeze(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda t: t.replace("支えらており", "支えられており"), "支えら"),   # a changed word
        (lambda t: t.replace("【調査概要】", "", 1), "【調査概要】"),        # something missing
        (lambda t: t + "以上", None),                                          # something extra
    ],
)
def test_a_difference_is_reported_with_its_place(report, change, where):
    with pytest.raises(AssertionError) as info:
        assert_same_text(change(text_of(report)), fixture_text())
    message = str(info.value)
    assert "differ at character" in message
    if where:
        assert where in message


def test_difference_helpers():
    assert first_difference("abc", "abc") is None
    assert first_difference("abc", "abd") == 2
    assert first_difference("ab", "abc") == 2
    assert squeeze("１．\u3000あ い\nう\t") == "１．あいう"
    message = difference_message("x" * 100 + "A" + "y" * 100, "x" * 100 + "B" + "y" * 100)
    assert "character 100" in message
    assert "x" * 60 + "⟦A" + "y" * 59 in message
    assert "x" * 60 + "⟦B" in message
    assert expected_from_fixture(fixture_text()).count("３．スマートシティ加賀の取組について") == 2


# -- (c) structure ---------------------------------------------------------------------


def test_roster(report):
    assert [t.title for t in report.topics] == [
        "地域コミュニティ活性化推進計画について",
        "協働のまちづくりチャレンジ事業について",
        "スマートシティ加賀の取組について",
    ]
    assert [(m.role, m.name.family, m.name.given) for m in report.members] == [
        ("委員長", "林", "真一郎"),
        ("副委員長", "坂本", "晴美"),
        ("委員", "片山", "房一"),
        ("委員", "井川", "典子"),
        ("委員", "山野", "陽生"),
        ("委員", "秋山", "賢治"),
        ("委員", "早川", "幸汰"),
    ]
    assert report.secretariat == "議会事務局"
    assert [(s.title, s.name.family, s.name.given) for s in report.staff] == [
        ("議事課主査", "花谷", "禎久"),
        ("議事課主任", "山田", "直美"),
    ]
    assert report.committee == "総務委員会"
    assert report.purpose == "所管事項調査"
    assert (report.submitted.isoformat(), report.start.isoformat(), report.end.isoformat()) == (
        "2023-08-16", "2023-07-05", "2023-07-07")


def test_destinations_and_topics_covered(report):
    assert [(d.prefecture, d.city) for d in report.destinations] == [
        ("石川県", "金沢市"), ("石川県", "加賀市")]
    kanazawa, kaga = (d.visit for d in report.destinations)
    ids = [t.id for t in report.topics]
    assert kanazawa.covered_topic_ids() == ids[:2]
    assert kaga.covered_topic_ids() == ids[2:]
    assert (kanazawa.profile.population, kanazawa.profile.area) == ("約４５万１千人", "約４６９㎢")
    assert (kaga.profile.population, kaga.profile.area) == ("約６万５千人", "約３０６㎢")


def test_subheadings_and_items(report):
    kanazawa, kaga = (d.visit for d in report.destinations)
    community = kanazawa.sections[0].blocks
    assert all(isinstance(b, Subheading) for b in community)
    assert [b.title for b in community] == [
        "金沢市の地域コミュニティの概況",
        "金沢型コミュニティ「金沢方式」",
        "地域コミュニティの推進",
        "地域コミュニティ活性化推進条例",
        "地域コミュニティ活性化推進計画２０２３",
        "主な施策",
    ]
    measures = [b for b in community[5].children if isinstance(b, Item)]
    assert len(measures) == 5
    assert [b.title for b in kaga.sections[0].blocks] == [
        "加賀市の状況", "これまでの主な取組", "取組の成果", "これからの重点取組", "人材育成",
        "行政手続のデジタル化"]
    efforts = kaga.sections[0].blocks[1].children
    assert [(i.title, i.tag) for i in efforts][:2] == [
        ("加賀のロボレーブ国際大会の開催", "【国内初】"), ("プログラミング教育の推進", "")]
    assert [i.tag for i in efforts].count("【国内初】") == 3


def test_items_under_main_measures_are_numbered_one_to_five(report):
    elements = [e for e in build_document(report).elements if isinstance(e, Para)]
    start = next(i for i, e in enumerate(elements)
                 if e.style is Style.HEADING2 and e.text == "主な施策")
    labels = []
    for e in elements[start + 1:]:
        if e.style in (Style.HEADING1, Style.HEADING2, Style.LABEL):
            break
        if e.style is Style.HEADING3:
            labels.append(e.label)
    assert labels == ["①", "②", "③", "④", "⑤"]


def test_qa_counts_match_the_reference(report):
    kanazawa, kaga = (d.visit for d in report.destinations)
    assert (len(kanazawa.qa), len(kaga.qa)) == (KANAZAWA_QA, KAGA_QA)
    first, second = fixture_text().split("【石川県 加賀市】")
    questions = [sum(line.lstrip().startswith("Ｑ") for line in part.splitlines())
                 for part in (first, second)]
    assert questions == [KANAZAWA_QA, KAGA_QA]
    # a question of two paragraphs, answers of several
    assert len(kanazawa.qa[8].question.split("\n")) == 2
    assert len(kaga.qa[8].answer.split("\n")) == 8


def test_attendees(report):
    kanazawa, kaga = (d.visit for d in report.destinations)
    council = kanazawa.hosts[1]
    assert council.name == "金沢市議会"
    first, second = council.people
    assert (first.department, first.name, first.title, first.note, first.joined) == (
        "議会事務局", "上出", "次長", "（議事調査課長）", False)
    assert (second.department, second.name, second.title, second.joined) == (
        "議会事務局", "今川", "主任", True)
    assert kaga.hosts[1].people[0].department == ""
    lines = [p.text for p in paras(report, Style.ATTENDEE)]
    assert "議会事務局\u3000上出\u3000次長（議事調査課長）、同局\u3000今川\u3000主任" in lines
    assert ("イノベーション推進部\u3000山本\u3000次長、同部\u3000西山\u3000リーダー、"
            "同部\u3000細野\u3000リーダー") in lines
    assert "辰川\u3000副議長、議会事務局\u3000山田\u3000局長、同局\u3000奥\u3000主任専門員" in lines


def test_photos_without_captions_open_the_two_narrow_passages(report):
    for dest, title in zip(report.destinations, ("金沢市の地域コミュニティの概況", "加賀市の状況")):
        first = dest.visit.sections[0].blocks[0]
        assert first.title == title
        photo = first.children[0]
        assert isinstance(photo, Photo)
        assert photo.caption == ""
        assert photo.width_mm == 63
        assert photo.image.mime == "image/jpeg"
        with PILImage.open(io.BytesIO(photo.image.data)) as picture:
            assert picture.format == "JPEG"
            assert picture.size == (photo.image.width, photo.image.height)
            assert picture.size in ((1200, 1000), (1200, 1100))  # the reference's wraps
        all_photos = [b for s in dest.visit.sections for b in blocks(s.blocks) if isinstance(b, Photo)]
        assert len(all_photos) == 1


NUMBERING = re.compile(r"^\s*([０-９0-9]+[．.）)]|[①-⑳]|[ＱＡ]\s)")


def test_no_numbering_is_stored(report):
    titles = [t.title for t in report.topics]
    texts = []
    for dest in report.destinations:
        visit = dest.visit
        for section in visit.sections:
            for block in blocks(section.blocks):
                if isinstance(block, (Subheading, Item)):
                    titles.append(block.title)
                elif isinstance(block, Paragraph):
                    texts.append(block.text)
        texts += [q.question for q in visit.qa] + [q.answer for q in visit.qa]
    assert [t for t in titles if NUMBERING.match(t)] == []
    # Paragraphs may open with an inline enumeration (①魅力づくり、②…) but never with
    # a heading number or a Q/A mark.
    assert [t for t in texts if re.match(r"^([０-９]+[．）]|[ＱＡ]\s)", t)] == []
    assert all("\n\n" not in t and not t.startswith("\n") for t in texts)


# -- (d) numbering is derived -------------------------------------------------------


def test_moving_a_topic_renumbers_the_text(report):
    before = squeeze(text_of(report))
    assert "３．スマートシティ加賀の取組について【石川県加賀市】" in before
    report.topics.insert(0, report.topics.pop())   # スマートシティ加賀 first
    after = squeeze(text_of(report))
    assert "１．スマートシティ加賀の取組について【石川県加賀市】" in after
    assert ("２．地域コミュニティ活性化推進計画について３．協働のまちづくりチャレンジ事業について"
            "【石川県金沢市】") in after
    headings = [p.full_text for p in paras(report, Style.HEADING1)]
    assert headings == ["２．地域コミュニティ活性化推進計画について", "３．協働のまちづくりチャレンジ事業について"]
    assert after.count("１．スマートシティ加賀の取組について") == 2   # 用務 and the visit


def test_moving_a_subheading_renumbers_the_text(report):
    community = report.destinations[0].visit.sections[0].blocks
    community.insert(0, community.pop())   # 主な施策 first
    labels = [p.full_text for p in paras(report, Style.HEADING2)][:2]
    assert labels == ["１）主な施策", "２）金沢市の地域コミュニティの概況"]
