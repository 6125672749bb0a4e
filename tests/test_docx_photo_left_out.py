"""A photo the DOCX writer cannot read is left out, and it says so (never silently).

The caption stays in the text; other photos are still placed; anything but an
unreadable picture is an error and is not swallowed.
"""

from __future__ import annotations

import logging

import pytest

from docxread import open_docx, q, reading_order_text
from desktop.document.elements import Document, Figure, Meta, Para, Style
from desktop.model.report import Image
from desktop.writers.docx import docx_bytes, photos
from test_draft_factory import png_image


def _document(*figures: Figure) -> Document:
    elements = []
    for figure in figures:
        elements += [figure, Para(Style.BODY, "本文の段落。")]
    return Document(Meta(title="t", author="a", font="ＭＳ 明朝", page_numbers=False), tuple(elements))


def _anchors(data: bytes) -> int:
    return len(list(open_docx(data).element.body.iter(q("wp:anchor"))))


def test_bytes_that_are_no_picture_are_left_out_with_a_warning(caplog):
    broken = Figure(Image(b"not a picture", "image/jpeg", 10, 10), "壊れた写真", 50.0)
    good = Figure(png_image(), "良い写真", 50.0)
    with caplog.at_level(logging.WARNING, logger=photos.__name__):
        data = docx_bytes(_document(broken, good))
    assert _anchors(data) == 1
    text = reading_order_text(open_docx(data))
    assert "壊れた写真" in text and "良い写真" in text
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "写真を省きました" in record.getMessage() and "壊れた写真" in record.getMessage()
    assert "not a picture" in record.getMessage()


def test_a_picture_word_cannot_read_is_left_out_with_a_warning(caplog, monkeypatch):
    # Bytes the scaler passes on unchanged but python-docx cannot identify.
    monkeypatch.setattr(photos, "_print_ready",
                        lambda data, mime, w, h, mm: Image(b"\x00\x01not a known picture" + bytes(40), mime, w, h))
    with caplog.at_level(logging.WARNING, logger=photos.__name__):
        data = docx_bytes(_document(Figure(png_image(), "読めない写真", 50.0)))
    assert _anchors(data) == 0
    assert "読めない写真" in reading_order_text(open_docx(data))
    [record] = caplog.records
    assert "読めない写真" in record.getMessage() and "Unrecognized" in record.getMessage()


def test_other_failures_are_not_swallowed(monkeypatch):
    def broken(self, stream):
        raise RuntimeError("a bug in the writer")

    from docx.parts.story import StoryPart
    monkeypatch.setattr(StoryPart, "get_or_add_image", broken)
    with pytest.raises(RuntimeError, match="a bug in the writer"):
        docx_bytes(_document(Figure(png_image(), "写真", 50.0)))


def test_the_warning_reads_whole_in_both_languages_for_a_photo_without_caption(caplog):
    broken = Figure(Image(b"not a picture", "image/jpeg", 10, 10), "", 50.0)
    with caplog.at_level(logging.WARNING, logger=photos.__name__):
        docx_bytes(_document(broken))
    [record] = caplog.records
    message = record.getMessage()
    assert message.startswith("写真を省きました: 画像として読めません (a photo was left out: "
                              "not a readable picture) [説明なし / no caption]: ")
    assert "not a picture" in message[message.index("]: "):]


def test_a_photo_without_bytes_is_left_out_with_the_reason(caplog):
    empty = Figure(Image(b"", "image/png", 0, 0), "空の写真", 50.0)
    with caplog.at_level(logging.WARNING, logger=photos.__name__):
        data = docx_bytes(_document(empty, Figure(png_image(), "良い写真", 50.0)))
    assert _anchors(data) == 1
    assert "空の写真" in reading_order_text(open_docx(data))
    [record] = caplog.records
    assert "[空の写真]" in record.getMessage() and "写真として読めません" in record.getMessage()
