"""Reports for the draft, codec, schema and check tests (imported by them), and their own tests.

``make_report()`` holds every kind of field the model has, photos included, in
the style of the reference report (full-width body text, dates in order).
"""

from __future__ import annotations

import io
import random
from datetime import date

from PIL import Image as PILImage

from desktop.model import (
    QA,
    Attendee,
    Destination,
    Host,
    Image,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Profile,
    Report,
    Settings,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from desktop.model.checks import check_report
from desktop.model.codec import report_from_data, report_to_data, validate_data


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (32, 24), seed: int = 1) -> bytes:
    rng = random.Random(seed)
    picture = PILImage.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    buffer = io.BytesIO()
    picture.save(buffer, kind)
    return buffer.getvalue()


def png_image(size: tuple[int, int] = (32, 24), seed: int = 1) -> Image:
    return Image(image_bytes("PNG", size, seed), "image/png", *size)


def jpeg_image(size: tuple[int, int] = (40, 30), seed: int = 2) -> Image:
    return Image(image_bytes("JPEG", size, seed), "image/jpeg", *size)


def make_report() -> Report:
    t1 = Topic("地域コミュニティ活性化推進計画について", "t1")
    t2 = Topic("協働のまちづくりチャレンジ事業について", "t2")
    t3 = Topic("スマートシティ加賀の取組について", "t3")
    kanazawa = Destination("石川県", "金沢市", Visit(
        profile=Profile("約４５万１千人", "約４６９㎢"),
        description="金沢市は石川県の県庁所在地である。\n二段落目。",
        hosts=[Host("金沢市", [Attendee("市民局", "山田太郎", "局長"),
                              Attendee("市民局", "鈴木花子", "課長", "（説明）", joined=True)]),
               Host("金沢市議会", [Attendee("議会事務局", "佐藤次郎", "次長")])],
        overview="地域コミュニティの活性化について説明を受けた。",
        sections=[
            TopicSection("t1", [
                Subheading("金沢市の地域コミュニティの概況", [
                    Paragraph("町会加入率は減少傾向にある。"),
                    Photo(png_image(), "説明を受ける様子", 55.0),
                    Item("推進計画の策定", "【国内初】", [Paragraph("令和元年に策定した。")]),
                ]),
                Paragraph("以上。"),
            ]),
            TopicSection("t2", [Item("チャレンジ事業", "", [
                Photo(jpeg_image(), "", 60.0), Paragraph("補助金を交付する。")])]),
        ],
        qa=[QA("加入率の目標は。", "７０％である。\n二行目。")],
    ))
    kaga = Destination("石川県", "加賀市", Visit(
        profile=Profile("約６万人", "約３０６㎢"),
        description="加賀市は温泉の町である。",
        overview="スマートシティの取組について説明を受けた。",
        sections=[TopicSection("t3", [Paragraph("ｅ-加賀市民制度を始めた。")])],
    ))
    return Report(
        addressee="下関市議会議長",
        submitted=date(2023, 8, 16),
        committee="総務委員会",
        members=[Member("委員長", PersonName("林", "真一郎")),
                 Member("副委員長", PersonName("坂本", "晴美")),
                 Member("委員", PersonName("片山", "房一"))],
        staff=[Staff("議事課主査", PersonName("花谷", "禎久"))],
        topics=[t1, t2, t3],
        start=date(2023, 7, 5),
        end=date(2023, 7, 7),
        destinations=[kanazawa, kaga],
        introduction="令和５年度総務委員会の活動方針に沿い、調査を行った。",
        settings=Settings(page_numbers=True, font="ＭＳ 明朝", author=""),
    )


def make_data() -> dict:
    return report_to_data(make_report())


# -- the factory's own tests ----------------------------------------------------


def test_factory_report_is_valid_and_round_trips():
    data = make_data()
    assert validate_data(data) == []
    assert report_from_data(data) == make_report()


def test_factory_report_has_no_findings():
    assert check_report(make_report()) == []
