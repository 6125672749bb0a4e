"""The Qt renderer's layout: grid, indents, photos, keep-with-next, page numbers, fonts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.document.builder import build_document
from desktop.document.elements import Document, Meta, Para, Style
from desktop.document.kinsoku import COMPRESSIBLE
from desktop.render import Renderer, ensure_app
from desktop.render.fonts import face, font_family
from desktop.render.layout import CH, FONT_PT, LEFT, LINES, PITCH, RIGHT, TOP, ImageOp, RuleOp, TextOp
from pdfcheck import LONG, small_report


@pytest.fixture(scope="module")
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
    rules = [op for op in renderer.page_ops(0) if isinstance(op, RuleOp)]
    assert len(rules) >= 7  # box, column divider, rules between 用務 / 期間 / 出張先


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


def test_no_single_line_left_alone_at_a_page_end():
    ensure_app()
    filler = [Para(Style.BODY, "あ" * 30) for _ in range(LINES - 1)]
    r = Renderer(doc(*filler, Para(Style.BODY, LONG)))
    assert all(op.text != LONG[:len(op.text)] for op in texts(r, 0)[LINES - 1:])


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
    dark = sum(1 for x in range(0, 300, 3) for y in range(0, 425, 3)
               if QColor(images[0].pixel(x, y)).lightness() < 128)
    assert dark > 50
