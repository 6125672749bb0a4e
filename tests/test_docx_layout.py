"""The DOCX read back: section, styles, fonts, header table, fitText, photos, footer, properties."""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PIL import Image as PILImage

from conftest import SAMPLE
from docxread import open_docx, q, reading_order_text, style_of
from desktop.document.builder import build_document
from desktop.document.elements import Figure, Para, Style
from desktop.model.draft import load_draft
from desktop.model.report import Image, Photo, Report, Subheading, Topic, TopicSection
from desktop.writers.docx import FONT_CHOICES, docx_bytes
from desktop.writers.docx.styles import STYLES


@pytest.fixture(scope="module")
def sample_document():
    return build_document(load_draft(SAMPLE))


@pytest.fixture(scope="module")
def sample_docx(sample_document):
    return docx_bytes(sample_document)


def xml_of(data: bytes, part: str):
    from lxml import etree
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(part))


def jpeg(width: int, height: int, color=(120, 160, 200)) -> Image:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(out, "JPEG")
    return Image(out.getvalue(), "image/jpeg", width, height)


def photo_report(caption: str = "市民協働推進課の説明") -> Report:
    report = load_draft(SAMPLE)
    blocks = report.destinations[0].visit.sections[0].blocks
    while not any(isinstance(b, Photo) for b in blocks):  # down to the sample's first photo
        blocks = next(b.children for b in blocks if isinstance(b, Subheading))
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Photo))
    blocks.insert(at, Photo(jpeg(4000, 3000), caption, 60.0))
    return report


# -- section -------------------------------------------------------------------


def test_section_is_a4_with_japanese_margins_and_39x36_grid(sample_docx):
    section = open_docx(sample_docx).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert section.top_margin.mm == pytest.approx(35, abs=0.1)
    for margin in (section.bottom_margin, section.left_margin, section.right_margin):
        assert margin.mm == pytest.approx(30, abs=0.1)
    grid = section._sectPr.find(q("w:docGrid"))
    assert grid.get(q("w:type")) == "linesAndChars"
    line_pitch = int(grid.get(q("w:linePitch")))
    char_pitch_pt = 10.5 + int(grid.get(q("w:charSpace"))) / 4096
    text_width_pt = (section.page_width.twips - 2 * 1701) / 20
    assert line_pitch == 360
    assert int(text_width_pt / char_pitch_pt) == 39
    assert (section.page_height.twips - 1984 - 1701) // line_pitch == 36


# -- styles --------------------------------------------------------------------


def test_normal_carries_10_5_pt_and_the_mincho_on_east_asian_slot(sample_docx):
    doc = open_docx(sample_docx)
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == 10.5
    fonts = normal.element.find(f"{q('w:rPr')}/{q('w:rFonts')}")
    for slot in ("eastAsia", "ascii", "hAnsi"):
        assert fonts.get(q(f"w:{slot}")) == "ＭＳ 明朝"
    defaults = xml_of(sample_docx, "word/styles.xml").find(f".//{q('w:rPrDefault')}//{q('w:rFonts')}")
    assert defaults.get(q("w:eastAsia")) == "ＭＳ 明朝"


def test_every_document_style_exists_and_paragraphs_use_them(sample_docx, sample_document):
    doc = open_docx(sample_docx)
    ids = {s.style_id for s in doc.styles}
    for d in STYLES.values():
        assert d.style_id in ids
    used = [style_of(p) for p in doc.element.body.iter(q("w:p"))]
    assert None not in used, "every paragraph names its style"
    for style in (Style.TITLE, Style.ADDRESSEE, Style.ROSTER, Style.BODY, Style.TOPIC_LIST,
                  Style.VISIT_HEADING, Style.LABEL, Style.HOST, Style.ATTENDEE, Style.QA):
        assert STYLES[style].style_id in used, style
    bodies = [p for p in doc.paragraphs if p.style.style_id == "ReportBody"]
    expected = [e for e in sample_document.elements if isinstance(e, Para) and e.style is Style.BODY]
    assert len(bodies) == len(expected)


def test_font_override_and_choices(sample_document):
    assert FONT_CHOICES == ("ＭＳ 明朝", "BIZ UD明朝", "游明朝")
    data = docx_bytes(sample_document, font="游明朝")
    fonts = xml_of(data, "word/styles.xml").find(f".//{q('w:rPrDefault')}//{q('w:rFonts')}")
    assert fonts.get(q("w:eastAsia")) == "游明朝"
    meta = replace(sample_document.meta, font="BIZ UD明朝")
    data = docx_bytes(replace(sample_document, meta=meta))
    assert b'w:eastAsia="BIZ UD\xe6\x98\x8e\xe6\x9c\x9d"' in zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")


# -- body paragraphs -------------------------------------------------------------


def test_hanging_indents_in_chars_and_twips(sample_docx):
    styles = xml_of(sample_docx, "word/styles.xml")
    qa = styles.find(f".//{q('w:style')}[@{q('w:styleId')}='ReportQA']")
    ind = qa.find(f"{q('w:pPr')}/{q('w:ind')}")
    assert ind.get(q("w:leftChars")) == "100" and ind.get(q("w:hangingChars")) == "100"
    # one whole grid cell (10.90 pt = 218.05 twips), never a twip over: LibreOffice would
    # snap a hair over a cell to the next cell
    assert int(ind.get(q("w:left"))) == int(ind.get(q("w:hanging"))) == 218
    doc = open_docx(sample_docx)
    items = [p for p in doc.paragraphs if p.style.style_id == "ReportHeading3"]
    assert items and items[0].text.startswith("①")
    body = doc.styles["報告書 本文"].element.find(f"{q('w:pPr')}/{q('w:ind')}")
    assert body.get(q("w:firstLineChars")) == "100"


def test_page_break_before_each_later_visit(sample_docx):
    breaks = [p for p in open_docx(sample_docx).element.body.iter(q("w:p"))
              if p.find(f"{q('w:pPr')}/{q('w:pageBreakBefore')}") is not None]
    assert len(breaks) == 1


# -- header ----------------------------------------------------------------------


def test_header_table_two_columns_left_cell_spans_right_cells_stacked(sample_docx):
    doc = open_docx(sample_docx)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert len(table.columns) == 2 and len(table.rows) == 3
    assert len({table.cell(r, 0).text for r in range(3)}) == 1  # one merged cell
    assert table.cell(0, 0).text.startswith("職氏名")
    assert [table.cell(r, 1).paragraphs[0].text for r in range(3)] == ["用務", "期間", "出張先"]
    borders = doc.styles["報告書 職氏名表"].element.find(f".//{q('w:tblBorders')}")
    assert {b.tag.split('}')[1] for b in borders} >= {"top", "left", "bottom", "right", "insideH",
                                                      "insideV"}


def test_roles_and_names_are_spread_with_fittext(sample_docx):
    body = open_docx(sample_docx).element.body
    fits = {}
    for run in body.iter(q("w:r")):
        fit = run.find(f"{q('w:rPr')}/{q('w:fitText')}")
        if fit is not None:
            fits.setdefault(fit.get(q("w:id")), [int(fit.get(q("w:val"))), ""])[1] += "".join(
                t.text for t in run.iter(q("w:t")))
    by_text = {text: val for val, text in fits.values()}
    assert by_text["出張報告書"] == 8 * 16 * 20  # title: 8 characters of 16 pt
    assert by_text["林真一郎"] == by_text["坂本晴美"] == 5 * 210
    assert by_text["委員"] == by_text["委員長"] == by_text["副委員長"] == 4 * 210
    assert by_text["用務"] == by_text["期間"] == 3 * 210  # as wide as 出張先
    assert by_text["下関市議会議長\u3000殿"] >= 12 * 210
    assert len(fits) == len({v for v in fits}), "ids are unique per spread"


def test_addressee_left_date_right_on_one_line(sample_docx):
    doc = open_docx(sample_docx)
    p = next(p for p in doc.paragraphs if p.style.style_id == "ReportAddressee")
    assert p.text.startswith("下関市議会議長") and p.text.endswith("\t令和５年（2023年）８月１６日")
    tab = doc.styles["報告書 宛先・日付"].element.find(f".//{q('w:tab')}")
    assert tab.get(q("w:val")) == "right" and int(tab.get(q("w:pos"))) == 11906 - 2 * 1701


# -- photos ------------------------------------------------------------------------


def _anchors(data: bytes):
    return list(open_docx(data).element.body.iter(q("wp:anchor")))


def test_photo_floats_right_with_square_wrapping_in_the_next_paragraph():
    document = build_document(photo_report())
    data = docx_bytes(document)
    anchors = _anchors(data)
    assert len(anchors) == 3  # the new one and the sample's two
    for anchor in anchors:
        assert anchor.find(q("wp:wrapSquare")) is not None
        pos_h = anchor.find(q("wp:positionH"))
        assert pos_h.get("relativeFrom") == "margin" and pos_h.find(q("wp:align")).text == "right"
        pos_v = anchor.find(q("wp:positionV"))
        assert pos_v.get("relativeFrom") == "paragraph"
        p = anchor.getparent().getparent().getparent()
        assert p.tag == q("w:p") and "".join(t.text for t in p.iter(q("w:t")))  # a text paragraph
    offsets = [int(a.find(f"{q('wp:positionV')}/{q('wp:posOffset')}").text) for a in anchors]
    assert offsets[0] == 0 and offsets[2] == 0
    assert offsets[1] > int(anchors[0].find(q("wp:extent")).get("cy")), "two photos in a row stack"
    cx = int(anchors[0].find(q("wp:extent")).get("cx"))
    cy = int(anchors[0].find(q("wp:extent")).get("cy"))
    assert cx == pytest.approx(60 * 36000, abs=700) and cy == pytest.approx(cx * 0.75, rel=0.01)


def test_caption_is_a_framed_paragraph_under_the_photo_and_empty_caption_makes_none():
    data = docx_bytes(build_document(photo_report("説明の様子")))
    doc = open_docx(data)
    captions = [p for p in doc.paragraphs if p.style.style_id == "ReportCaption"]
    assert [p.text for p in captions] == ["説明の様子"]
    frame = captions[0]._p.find(f"{q('w:pPr')}/{q('w:framePr')}")
    assert frame.get(q("w:xAlign")) == "right" and frame.get(q("w:wrap")) == "around"
    data = docx_bytes(build_document(photo_report("")))
    assert not [p for p in open_docx(data).paragraphs if p.style.style_id == "ReportCaption"]


@functools.cache
def _noise_jpeg_6000() -> bytes:
    """A 6000 x 4500 noise JPEG over 5 MB, made once (a second of work, repeated by a mutation run)."""
    out = io.BytesIO()
    PILImage.effect_noise((6000, 4500), 80).convert("RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


def test_large_photo_is_scaled_to_print_resolution_before_embedding():
    report = photo_report()
    big = _noise_jpeg_6000()
    report.destinations[0].visit.sections[0].blocks.insert(0, Photo(
        Image(big, "image/jpeg", 6000, 4500), "", 60.0))
    assert len(big) > 5_000_000
    data = docx_bytes(build_document(report))
    media = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/media/")]
    largest = max(zipfile.ZipFile(io.BytesIO(data)).getinfo(n).file_size for n in media)
    assert largest < 1_500_000
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        widths = [PILImage.open(io.BytesIO(z.read(n))).width for n in media]
    # the 6000 and 4000 px photos are shrunk to 300 dpi at 60 mm; the sample's 1200 px photos (484 dpi at
    # 63 mm, under the 600 dpi threshold of desktop.imaging.placed) go in as they are
    assert sorted(widths) == [round(60 / 25.4 * 300)] * 2 + [1200, 1200]


def test_figure_at_the_very_end_gets_its_own_paragraph(sample_document):
    figure = Figure(jpeg(300, 200), "", 50.0)
    document = replace(sample_document, elements=sample_document.elements + (figure,))
    assert len(_anchors(docx_bytes(document))) == 3


def test_broken_photo_bytes_do_not_break_the_export(sample_document):
    figure = Figure(Image(b"not a picture", "image/jpeg", 10, 10), "壊れた写真", 50.0)
    para = Para(Style.BODY, "本文")
    document = replace(sample_document, elements=sample_document.elements + (figure, para))
    doc = open_docx(docx_bytes(document))
    assert "壊れた写真" in reading_order_text(doc)


# -- footer and properties ------------------------------------------------------------


def test_page_numbers_only_when_asked(sample_document):
    off = open_docx(docx_bytes(sample_document))
    assert off.sections[0]._sectPr.find(q("w:footerReference")) is None
    meta = replace(sample_document.meta, page_numbers=True)
    on = docx_bytes(replace(sample_document, meta=meta))
    footer = open_docx(on).sections[0].footer
    assert not footer.is_linked_to_previous
    xml = footer._element
    assert "".join(t.text for t in xml.iter(q("w:t"))) == "- 1 -"
    assert [i.text.strip() for i in xml.iter(q("w:instrText"))] == ["PAGE"]


def test_core_properties_from_the_report_and_no_trace_of_python_docx(sample_docx):
    doc = open_docx(sample_docx)
    cp = doc.core_properties
    assert cp.title == "出張報告書"
    assert cp.author == "総務委員会"
    assert cp.last_modified_by == "" and cp.comments == "" and cp.keywords == ""
    assert cp.subject == "" and cp.category == ""
    assert cp.created == cp.modified and cp.created.tzinfo is not None
    with zipfile.ZipFile(io.BytesIO(sample_docx)) as z:
        for name in z.namelist():
            blob = z.read(name).lower()
            assert b"python-docx" not in blob and b"python" not in blob, name
            assert b"macintosh" not in blob, name
        assert not any("thumbnail" in n for n in z.namelist())


def test_author_setting_is_used(sample_document):
    meta = replace(sample_document.meta, author="下関市議会 総務委員会")
    cp = open_docx(docx_bytes(replace(sample_document, meta=meta))).core_properties
    assert cp.author == "下関市議会 総務委員会"


def test_tabs_and_line_breaks_inside_a_field_become_word_tabs_and_breaks(sample_document):
    para = Para(Style.BODY, "前\t後\n次の行")
    document = replace(sample_document, elements=sample_document.elements + (para,))
    doc = open_docx(docx_bytes(document))
    last = doc.element.body.findall(q("w:p"))[-1]
    run_children = [c.tag for r in last.iter(q("w:r")) for c in r if c.tag != q("w:rPr")]
    assert run_children == [q("w:t"), q("w:tab"), q("w:t"), q("w:br"), q("w:t")]


def test_an_empty_report_exports_its_header_table():
    doc = open_docx(docx_bytes(build_document(Report())))
    (table,) = doc.tables
    right = [c.text for row in table.rows for c in row.cells[1:]]
    assert [t.replace("\u3000", "") for t in right] == ["用務\n所管事項調査", "期間", "出張先"]
    assert table.rows[0].cells[0].text.split("\n") == ["職氏名", "議会事務局"]


def _body_paragraphs(data: bytes):
    """The w:p of the body that draw a ``Para`` (not the title, addressee, captions)."""
    skip = {STYLES[s].style_id for s in (Style.TITLE, Style.ADDRESSEE, Style.CAPTION)}
    body = xml_of(data, "word/document.xml").find(q("w:body"))
    out = []
    for p in body.findall(q("w:p")):
        style = p.find(f"{q('w:pPr')}/{q('w:pStyle')}")
        if style is not None and style.get(q("w:val")) not in skip:
            out.append(p)
    return out


def test_every_paragraph_keeps_with_the_next_exactly_when_the_document_says(sample_document,
                                                                           sample_docx):
    keep_style = {d.style_id: d.keep_next for d in STYLES.values()}
    paras = [e for e in sample_document.elements if isinstance(e, Para)]
    ps = _body_paragraphs(sample_docx)
    assert len(ps) == len(paras)
    overrides = 0
    for para, p in zip(paras, ps):
        ppr = p.find(q("w:pPr"))
        direct = ppr.find(q("w:keepNext"))
        style = ppr.find(q("w:pStyle")).get(q("w:val"))
        if direct is None:
            effective = keep_style[style]
        else:
            overrides += 1
            effective = direct.get(q("w:val")) not in ("0", "false")
        assert effective == para.keep_with_next, para
    assert overrides >= 10  # each Ｑ (its style does not keep) and each host with people


def test_blank_lines_before_are_paragraph_spacing_of_one_grid_line(sample_document, sample_docx):
    paras = [e for e in sample_document.elements if isinstance(e, Para)]
    ps = _body_paragraphs(sample_docx)
    spaced = 0
    for para, p in zip(paras, ps):
        spacing = p.find(f"{q('w:pPr')}/{q('w:spacing')}")
        before = 0 if spacing is None else int(spacing.get(q("w:before"), 0))
        assert before == para.space_before * 360, para
        spaced += bool(para.space_before)
    assert spaced >= 15


def test_subheading_only_topic_exports():
    report = Report(topics=[Topic("テーマ", id="t1")])
    from desktop.model.report import Destination, Visit
    report.destinations.append(Destination("石川県", "金沢市", Visit(
        sections=[TopicSection("t1", [Subheading("見出し")])])))
    text = reading_order_text(open_docx(docx_bytes(build_document(report))))
    assert "１）見出し" in text



def test_created_and_modified_are_the_time_of_the_export():
    from desktop.writers.docx.properties import set_properties

    import docx

    doc = docx.Document()
    when = datetime(2023, 8, 16, 9, 30, 15, 123456, tzinfo=timezone.utc)
    set_properties(doc, build_document(Report()).meta, now=when)
    assert doc.core_properties.created == doc.core_properties.modified == when.replace(
        microsecond=0)
