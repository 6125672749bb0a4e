"""The Qt renderer's layout: grid, indents, photos, keep-with-next, page numbers, fonts."""

from __future__ import annotations

import pytest

from conftest import module_scope_but_per_test_under_mutmut
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.document.builder import build_document
from desktop.document.elements import Document, Meta, Para, Style
from desktop.document.kinsoku import COMPRESSIBLE
from desktop.render import Renderer, ensure_app
from desktop.render.fonts import face, font_family
from desktop.render.layout import CH, FONT_PT, LEFT, LINES, PITCH, RIGHT, TOP, ImageOp, RuleOp, TextOp
from pdfcheck import LONG, small_report


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def renderer() -> Renderer:
    ensure_app()
    report = small_report(paragraphs=8, page_numbers=True)
    report.introduction = LONG[:60]  # the photo mid-page, text beside and below it
    report.destinations[0].visit.overview = LONG[:60]
    report.destinations[0].visit.description = LONG[:60]
    return Renderer(build_document(report))


def texts(renderer: Renderer, page: int) -> list[TextOp]:
    return [op for op in renderer.page_ops(page) if isinstance(op, TextOp)]


def doc(*paras: Para) -> Document:
    return Document(Meta("t", "a", "f", False), tuple(paras))


def test_bundled_mincho_is_the_font_of_every_glyph(renderer):
    assert font_family() == "BIZ UDMincho"
    body = face(FONT_PT)
    for page in range(renderer.page_count()):
        for op in texts(renderer, page):
            for ch in op.text:
                raw, glyph, _ = face(op.size).glyph(ch)
                assert glyph and raw.familyName() == "BIZ UDMincho", ch
    assert body.advance("あ") == FONT_PT


def test_lines_sit_on_the_grid_within_the_margins(renderer):
    for page in range(renderer.page_count()):
        for op in texts(renderer, page):
            if op.text.startswith("- "):
                continue  # the page number, in the bottom margin
            assert TOP <= op.y <= TOP + LINES * PITCH
            assert op.xs[0] >= LEFT - 0.01
            last = face(op.size).advance(op.text[-1])
            if op.text[-1] in COMPRESSIBLE:
                last /= 2  # a mark squeezed in (追い込み) keeps the inked half of its width
            assert op.xs[-1] + last <= RIGHT + 0.01


def test_header_table_is_ruled(renderer):
    """A box from margin to margin, the column divider where the DOCX puts it, and a rule
    above 期間 and above 出張先 in the right column only; all on grid lines."""
    from desktop.geometry import HEADER_LEFT_TW

    rules = [op for op in renderer.page_ops(0) if isinstance(op, RuleOp)]
    lines = {(round(r.x1, 2), round(r.y1, 2), round(r.x2, 2), round(r.y2, 2)) for r in rules}
    divider = round(LEFT + HEADER_LEFT_TW / 20, 2)
    horizontal = sorted((y1, x1, x2) for x1, y1, x2, y2 in lines if y1 == y2)
    top, bottom = horizontal[0][0], horizontal[-1][0]
    assert horizontal[0][1:] == horizontal[-1][1:] == (round(LEFT, 2), round(RIGHT, 2))
    inner = [h for h in horizontal if top < h[0] < bottom]
    assert len(inner) == 2 and all(h[1:] == (divider, round(RIGHT, 2)) for h in inner)
    by_text = {op.text: op.y for op in texts(renderer, 0)}
    for y, label in zip((h[0] for h in inner), ("期\u3000間", "出張先")):
        label_y = next(v for t, v in by_text.items() if t.replace("\u3000", "") == label.replace(
            "\u3000", ""))
        assert y < label_y < y + PITCH
    verticals = sorted(x1 for x1, y1, x2, y2 in lines if x1 == x2)
    assert verticals == [round(LEFT, 2), divider, round(RIGHT, 2)]
    for y in (top, bottom, *(h[0] for h in inner)):
        assert (y - TOP) / PITCH == pytest.approx(round((y - TOP) / PITCH), abs=1e-6)


def test_title_is_spread_and_centred(renderer):
    title = texts(renderer, 0)[0]
    assert title.text == "出張報告書"
    gaps = {round(b - a, 3) for a, b in zip(title.xs, title.xs[1:])}
    assert len(gaps) == 1 and gaps.pop() > title.size
    middle = (title.xs[0] + title.xs[-1] + title.size) / 2
    assert abs(middle - (LEFT + RIGHT) / 2) < 0.5


def test_photo_floats_right_and_text_wraps_beside_it(renderer):
    pages = [p for p in range(renderer.page_count())
             if any(isinstance(op, ImageOp) for op in renderer.page_ops(p))]
    assert pages
    photo = next(op for op in renderer.page_ops(pages[0]) if isinstance(op, ImageOp))
    assert abs(photo.x + photo.w - RIGHT) < 0.01
    assert photo.image is not None and not photo.image.hasAlphaChannel()  # flattened
    beside = [op for op in texts(renderer, pages[0]) if photo.y <= op.y <= photo.y + photo.h]
    body = [op for op in beside if op.xs[0] < photo.x]
    assert len(body) >= 3
    for op in body:
        assert op.xs[-1] + CH <= photo.x, op.text
    caption = [op for op in texts(renderer, pages[0]) if op.text == "視察の様子"]
    assert caption and caption[0].y > photo.y + photo.h and caption[0].xs[0] > photo.x
    below = [op for op in texts(renderer, pages[0])
             if op.y > photo.y + photo.h + 2 * PITCH and op.xs[0] < photo.x]
    assert below and max(op.xs[-1] for op in below) > photo.x  # full width again


def test_hanging_label_lines_up_wrapped_lines(renderer):
    for page in range(renderer.page_count()):
        ops = texts(renderer, page)
        for i, op in enumerate(ops[:-1]):
            if op.text.startswith("Ａ\u3000") and len(op.text) > 30:
                nxt = ops[i + 1]
                # as in the reference, wrapped lines hang one cell, under the space after Ａ
                assert abs(op.xs[1] - nxt.xs[0]) < 0.01
                assert nxt.xs[0] == pytest.approx(LEFT + CH)
                return
    pytest.fail("no wrapped answer found")


def test_page_numbers(renderer):
    for page in range(renderer.page_count()):
        assert any(op.text == f"- {page + 1} -" for op in texts(renderer, page))


def test_heading_is_kept_with_the_next_paragraph():
    ensure_app()
    filler = [Para(Style.BODY, "あ" * 30) for _ in range(LINES - 1)]
    heading = Para(Style.HEADING2, "見出し", label="１）", keep_with_next=True)
    r = Renderer(doc(*filler, heading, Para(Style.BODY, LONG)))
    assert r.page_count() == 2
    assert texts(r, 1)[0].text == "１）見出し"


def test_page_break_before_and_no_space_at_page_top():
    ensure_app()
    r = Renderer(doc(Para(Style.BODY, "一"), Para(Style.BODY, "二", page_break_before=True,
                                                     space_before=1)))
    assert r.page_count() == 2
    first = texts(r, 1)[0]
    assert first.text == "二" and first.y < TOP + PITCH


def _pages_printed(tmp_path, filler_lines: int, para_lines: int) -> list[list[str]]:
    """Lines of each page of our PDF, read by poppler: ``filler_lines`` one-line paragraphs,
    then one paragraph of ``para_lines`` full lines (甲… 乙… 丙…, 39 characters each)."""
    from desktop.writers.pdf import write_pdf
    from linecompare import pdf_pages

    ensure_app()
    filler = [Para(Style.BODY, "あ" * 30) for _ in range(filler_lines)]
    para = Para(Style.BODY, "".join(c * 39 for c in "甲乙丙丁戊己"[:para_lines]))
    write_pdf(doc(*filler, para), tmp_path / "widow.pdf")
    return pdf_pages(tmp_path / "widow.pdf")


def test_orphan_control_a_first_line_alone_goes_to_the_next_page(tmp_path):
    pages = _pages_printed(tmp_path, LINES - 1, 3)
    assert pages[0][-1] == "あ" * 30 and pages[1][0] == "甲" * 39


def test_widow_control_a_last_line_alone_takes_one_more_with_it(tmp_path):
    pages = _pages_printed(tmp_path, LINES - 3, 4)  # 3 + 1 would leave 丁 alone
    assert pages[0][-1] == "乙" * 39 and pages[1][:2] == ["丙" * 39, "丁" * 39]


def test_widow_control_two_and_one_moves_the_whole_paragraph(tmp_path):
    pages = _pages_printed(tmp_path, LINES - 2, 3)  # 2 + 1: neither split leaves two
    assert pages[0][-1] == "あ" * 30 and pages[1][0] == "甲" * 39


def test_a_paragraph_that_fits_is_not_moved(tmp_path):
    pages = _pages_printed(tmp_path, LINES - 3, 3)
    assert pages[0][-1] == "丙" * 39 and len(pages) == 1


def test_paint_page_draws_and_repaints(renderer):
    size = renderer.page_size_pt()
    assert round(size.width(), 1) == 595.3 and round(size.height(), 1) == 841.9
    images = []
    for _ in range(2):
        image = QImage(300, 425, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(300 / size.width(), 425 / size.height())
        renderer.paint_page(painter, 0)
        painter.end()
        images.append(image)
    assert images[0] == images[1]
    scale = 300 / size.width()

    def ink(x0: float, y0: float, x1: float, y1: float) -> int:
        return sum(1 for x in range(int(x0 * scale), min(300, int(x1 * scale) + 1))
                   for y in range(int(y0 * scale), min(425, int(y1 * scale) + 1))
                   if QColor(images[0].pixel(x, y)).lightness() < 160)

    title = texts(renderer, 0)[0]
    assert ink(title.xs[0], title.y - title.size, title.xs[-1] + title.size, title.y) > 10
    assert ink(0, 0, size.width(), TOP - 2 * PITCH) == 0  # nothing above the title
    assert ink(0, 0, LEFT - 4, size.height()) == 0  # nor in the left margin


def test_a_photo_that_would_run_off_the_paper_goes_on_with_its_paragraph():
    from desktop.document.elements import Figure
    from desktop.render.layout import PAGE_H
    from pdfcheck import png_photo

    ensure_app()
    filler = [Para(Style.BODY, "あ" * 30) for _ in range(LINES - 3)]
    photo = Figure(png_photo(400, 300, alpha=False), "視察の様子", 60.0)  # 8 lines and a caption
    r = Renderer(doc(*filler, photo, Para(Style.BODY, "続きの段落")))
    assert r.page_count() == 2
    (image,) = [op for op in r.page_ops(1) if isinstance(op, ImageOp)]
    assert image.y == TOP and [op.text for op in texts(r, 1)] == ["視察の様子", "続きの段落"]
    for page in range(2):
        assert all(op.y <= PAGE_H for op in texts(r, page))


def test_a_photo_may_reach_into_the_bottom_margin_beside_its_paragraph():
    from desktop.document.elements import Figure
    from pdfcheck import png_photo

    ensure_app()
    filler = [Para(Style.BODY, "あ" * 30) for _ in range(LINES - 6)]
    photo = Figure(png_photo(400, 300, alpha=False), "", 60.0)  # 128 pt high: 7.1 lines
    r = Renderer(doc(*filler, photo, Para(Style.BODY, "続きの段落")))
    (image,) = [op for op in r.page_ops(0) if isinstance(op, ImageOp)]
    assert image.y == pytest.approx(TOP + (LINES - 6) * PITCH)  # as Word and LibreOffice
    assert image.y + image.h > TOP + LINES * PITCH
