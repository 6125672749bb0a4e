"""The draft the DOCX carries (its custom XML part): any text reopens as written, markup
characters included, and a photo placed in the document is stored once, as a reference
to the document's picture, even after a photo that could not be placed."""

from __future__ import annotations

import json
import zipfile

from lxml import etree

from desktop.export import export_docx
from desktop.model.draft import load_report_file
from desktop.model.report import Image, Paragraph, Photo
from test_draft_factory import make_report, png_image


def _draft_json(path) -> dict:
    with zipfile.ZipFile(path) as z:
        return json.loads(etree.fromstring(z.read("customXml/item1.xml")).text)


def test_markup_characters_in_any_field_reopen_as_written(tmp_path):
    report = make_report()
    report.committee = "総務<委員会> & 議会運営委員会"
    report.introduction = "A&B 社の <説明> を受けた。&amp; も &lt; もそのまま。"
    report.destinations[0].visit.sections[0].blocks.append(Paragraph("x < y > z && \"q\" 'r'"))
    path = tmp_path / "r.docx"
    export_docx(report, path)
    back = load_report_file(path)
    assert back == report
    assert back.introduction == "A&B 社の <説明> を受けた。&amp; も &lt; もそのまま。"


def test_a_photo_after_one_that_cannot_be_placed_is_stored_once(tmp_path):
    report = make_report()
    blocks = report.destinations[0].visit.sections[1].blocks
    broken = Photo(Image(b"\x89PNG\r\n\x1a\n" + b"damaged" * 20, "image/png", 32, 24), "壊れた写真", 40.0)
    good = Photo(png_image(seed=7), "良い写真", 40.0)
    blocks[0:0] = [broken, good]
    path = tmp_path / "r.docx"
    export_docx(report, path)
    stored = [b for b in _draft_json(path)["destinations"][0]["visit"]["sections"][1]["blocks"]
              if b.get("type") == "photo"]
    assert [b["caption"] for b in stored[:2]] == ["壊れた写真", "良い写真"]
    assert "data" in stored[0]["image"] and "media" not in stored[0]["image"]  # kept inline
    assert stored[1]["image"]["media"].startswith("/word/media/") and "data" not in stored[1]["image"]
    assert load_report_file(path) == report
