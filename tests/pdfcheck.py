"""Helpers shared by the PDF, print and render tests: a small report and poppler calls."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date
from pathlib import Path

from desktop.model.report import (
    QA,
    Destination,
    Image,
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

NO_LINE_START = "、。，．」）』】・々"
"""Never at a line's start (Japanese Word's standard 禁則: small kana and ー may start a
line, as they do in the reference: 「ったが」「ーソナル」)."""


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def cells(text: str) -> float:
    """Width of ``text`` in body characters (half-width counts half), spaces excluded."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "FWA" else 0.5
               for c in text if not c.isspace())


def png_photo(width: int = 40, height: int = 30, alpha: bool = True) -> Image:
    """A small PNG with a transparent half, made with Pillow."""
    import io

    from PIL import Image as PILImage

    img = PILImage.new("RGBA" if alpha else "RGB", (width, height), (200, 60, 60, 255))
    if alpha:
        for x in range(width // 2):
            for y in range(height):
                img.putpixel((x, y), (0, 0, 255, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return Image(buf.getvalue(), "image/png", width, height)


LONG = ("金沢市のコミュニティの特徴としては、公民館や消防分団等の運営は各地域の住民が主導し、"
        "活動は多くのボランティアで支えられており、運営費や施設整備費の一部は地域で賄っている"
        "という「金沢方式」と呼ばれるもので、住民自身の施設・財産としての自覚を生み、結果的に"
        "住民の自治意識を育んでいるというものである。")


def small_report(paragraphs: int = 6, photo: bool = True, page_numbers: bool = False) -> Report:
    """A short report with every kind of element, for tests that need no sample."""
    topic = Topic("地域コミュニティ活性化推進計画について")
    blocks = []
    if photo:
        blocks.append(Photo(png_photo(), "視察の様子", 60.0))
    blocks.append(Subheading("金沢市の地域コミュニティの概況",
                             [Paragraph(LONG) for _ in range(paragraphs)]))
    visit = Visit(description=LONG, overview=LONG,
                  sections=[TopicSection(topic.id, blocks)],
                  qa=[QA("町会長の年齢層と人材育成の取組は。" * 3, "６０代の方が多い。" * 6)])
    report = Report(
        addressee="下関市議会議長", submitted=date(2023, 8, 16), committee="総務委員会",
        members=[Member("委員長", PersonName("林", "真一郎")), Member("委員", PersonName("片山", "房一"))],
        staff=[Staff("議事課主査", PersonName("花谷", "禎久"))],
        topics=[topic], start=date(2023, 7, 5), end=date(2023, 7, 7),
        destinations=[Destination("石川県", "金沢市", visit)],
        introduction=LONG,
    )
    report.settings.page_numbers = page_numbers
    return report
