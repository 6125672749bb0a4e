"""One home for each layout fact: the DOCX, the renderer and the preview agree (issue 15)."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop import geometry
from desktop.document.elements import Document, Figure, Meta, Para, Style
from desktop.render import Renderer, ensure_app
from desktop.render.layout import ImageOp, TextOp
from desktop.writers.docx import docx_bytes
from pdfcheck import png_photo


def _document(width_mm: float, caption: str = "視察の様子") -> Document:
    return Document(Meta("t", "a", "ＭＳ 明朝", False), (
        Figure(png_photo(400, 300, alpha=False), caption, width_mm),
        Para(Style.BODY, "本文" * 40)))


def _docx_xml(document: Document, part: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx_bytes(document))).read(part).decode()


@pytest.mark.parametrize("width_mm", [30.0, 500.0])
def test_a_photo_prints_at_the_same_width_in_both_outputs(width_mm):
    ensure_app()
    document = _document(width_mm)
    (image,) = [op for op in Renderer(document).page_ops(0) if isinstance(op, ImageOp)]
    xml = _docx_xml(document, "word/document.xml")
    cx = int(xml.split('<wp:extent cx="')[1].split('"')[0])
    assert cx / 635 / 20 == pytest.approx(image.w, abs=0.05)
    expected = min(width_mm * 72 / 25.4, 0.6 * geometry.TEXT_W_PT)  # capped at 0.6 of the line
    assert image.w == pytest.approx(expected, abs=0.05)


def test_a_caption_has_the_same_size_in_both_outputs():
    ensure_app()
    document = _document(50.0)
    (caption,) = [op for op in Renderer(document).page_ops(0)
                  if isinstance(op, TextOp) and op.text == "視察の様子"]
    styles = _docx_xml(document, "word/styles.xml")
    block = styles.split('w:styleId="ReportCaption"')[1].split("</w:style>")[0]
    assert f'<w:sz w:val="{round(caption.size * 2)}"/>' in block
    assert caption.size == 9.0


def test_cell_padding_and_columns_are_the_same_in_both_outputs():
    from desktop.document.builder import build_document
    from desktop.render.layout import LEFT
    from pdfcheck import small_report

    ensure_app()
    document = build_document(small_report())
    xml = _docx_xml(document, "word/document.xml")
    pad = geometry.CELL_PAD_TW
    assert f'<w:left w:w="{pad}" w:type="dxa"/>' in xml
    grid = [int(w.split('"')[0]) for w in xml.split('<w:gridCol w:w="')[1:]]
    assert grid == [geometry.HEADER_LEFT_TW, geometry.HEADER_RIGHT_TW]
    ops = [op for op in Renderer(document).page_ops(0) if isinstance(op, TextOp)]
    label = next(op for op in ops if op.text == "職氏名")
    assert label.xs[0] == pytest.approx(LEFT + pad / 20)
    right = next(op for op in ops if op.text.startswith("用"))
    assert right.xs[0] == pytest.approx(LEFT + (geometry.HEADER_LEFT_TW + pad) / 20)


def test_the_preview_draws_the_page_of_the_geometry():
    from desktop.ui import preview

    assert (preview.PAGE_W_PT, preview.PAGE_H_PT) == (geometry.PAGE_W_PT, geometry.PAGE_H_PT)
    assert Renderer.page_size_pt().width() == geometry.PAGE_W_PT
    xml = _docx_xml(_document(40.0), "word/document.xml")
    assert f'<w:pgSz w:w="{geometry.PAGE_W_TW}" w:h="{geometry.PAGE_H_TW}"/>' in xml
