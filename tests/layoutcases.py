"""Reports that stress pagination, for the tests that compare our PDF with
LibreOffice's rendering of our DOCX (tests/test_layout_pages.py) and the benchmarks."""

from __future__ import annotations

import copy

from desktop.model.draft import load_draft
from desktop.model.report import (
    QA,
    Attendee,
    Destination,
    Host,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Profile,
    Report,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from pdfcheck import LONG, png_photo

FAMILY = "林坂本片山井川山野秋山早川花谷山田佐藤鈴木高橋田中伊藤渡辺中村小林加藤吉田山本"
GIVEN = ("真一郎", "晴美", "房一", "典子", "陽生", "賢治", "幸汰", "禎久", "直美", "一", "花子")
PLACES = ("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
          "群馬県")


def sample(path) -> Report:
    return load_draft(path)


def twenty_times(path) -> Report:
    """The sample with its visits repeated until the report is 20 times as long."""
    report = load_draft(path)
    visits = report.destinations
    report.destinations = [copy.deepcopy(visits[i % len(visits)]) for i in range(20 * len(visits))]
    return report


def long_roster(path, members: int = 18, staff: int = 5) -> Report:
    report = load_draft(path)
    report.members = [Member("委員長" if i == 0 else "委員",
                             PersonName(FAMILY[2 * (i % 14):2 * (i % 14) + 2], GIVEN[i % len(GIVEN)]))
                      for i in range(members)]
    report.staff = [Staff("議事課主査", PersonName(FAMILY[i % 20:i % 20 + 2], GIVEN[i % len(GIVEN)]))
                    for i in range(staff)]
    return report


def _visit(topic: Topic, n: int, qa: int = 2, photo: bool = False) -> Visit:
    blocks = []
    if photo:
        blocks.append(Photo(png_photo(120, 90, alpha=False), "", 55.0 + 3 * (n % 3)))
    blocks.append(Subheading("取組の概況", [Paragraph(LONG[: 60 + 13 * (n % 7)]) for _ in range(2)]))
    return Visit(profile=Profile(f"約{n + 1}万人", f"約{n + 10}㎢"),
                 description=LONG[: 80 + 7 * (n % 5)],
                 hosts=[Host(f"{PLACES[n % 10][:-1]}市", [Attendee("企画課", "山田", "課長")])],
                 overview=LONG[:90],
                 sections=[TopicSection(topic.id, blocks)],
                 qa=[QA(LONG[: 30 + 11 * ((n + k) % 6)], LONG[: 50 + 17 * ((n + k) % 9)])
                     for k in range(qa)])


def many_destinations(count: int = 40, members: int = 30, photos: bool = False) -> Report:
    """``count`` destinations and ``members`` members: a header table longer than a page."""
    topic = Topic("地域コミュニティ活性化推進計画について")
    report = Report(addressee="下関市議会議長", committee="総務委員会", topics=[topic],
                    introduction=LONG)
    report.members = [Member("委員" if i else "委員長",
                             PersonName(FAMILY[2 * (i % 14):2 * (i % 14) + 2], GIVEN[i % len(GIVEN)]))
                      for i in range(members)]
    report.staff = [Staff("議事課主査", PersonName("花谷", "禎久"))]
    report.destinations = [Destination(PLACES[i % 10], f"第{i + 1}市", _visit(topic, i, photo=photos))
                           for i in range(count)]
    return report


def long_qa(pairs: int = 40) -> Report:
    topic = Topic("スマートシティの取組について")
    visit = _visit(topic, 0, qa=0)
    visit.qa = [QA(LONG[: 20 + 19 * (k % 8)] + ("\n" + LONG[:40] if k % 5 == 4 else ""),
                   LONG[: 30 + 23 * (k % 11)] + ("\n" + LONG[:70] if k % 4 == 3 else ""))
                for k in range(pairs)]
    return Report(addressee="下関市議会議長", committee="総務委員会", topics=[topic],
                  introduction=LONG,
                  members=[Member("委員長", PersonName("林", "真一郎"))],
                  destinations=[Destination("石川県", "加賀市", visit)])


def photos(count: int = 8) -> Report:
    """A visit with photos of several widths among paragraphs of several lengths."""
    topic = Topic("地域コミュニティ活性化推進計画について")
    blocks = []
    for k in range(count):
        blocks.append(Photo(png_photo(160, 100 + 15 * k, alpha=False), "", 45.0 + 5 * (k % 4)))
        blocks.append(Subheading(f"概況その{k + 1}", [Paragraph(LONG[: 40 + 29 * (k % 6)])
                                                   for _ in range(2 + k % 3)]))
    visit = Visit(description=LONG, sections=[TopicSection(topic.id, blocks)])
    return Report(addressee="下関市議会議長", committee="総務委員会", topics=[topic],
                  introduction=LONG, members=[Member("委員長", PersonName("林", "真一郎"))],
                  destinations=[Destination("石川県", "金沢市", visit)])


def visit_without_sections(path) -> Report:
    """The sample with a third visit that has a description and Q&A but no topic section."""
    report = load_draft(path)
    extra = copy.deepcopy(report.destinations[1])
    extra.city = "小松市"
    extra.visit.sections = []
    report.destinations.append(extra)
    return report
