"""The whole text of the sample's DOCX is the reference report's text."""

from __future__ import annotations

from conftest import SAMPLE
from docxread import open_docx, reading_order_text
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.docx import docx_bytes
from textcompare import assert_same_text, fixture_text


def test_docx_text_equals_the_fixture():
    doc = open_docx(docx_bytes(build_document(load_draft(SAMPLE))))
    assert_same_text(reading_order_text(doc), fixture_text())
