"""The 職氏名 table as the DOCX states it: fixed at the text width (30 mm margins), its two
columns as wide as its cells, the shared cell padding on both sides, and none of the table
style's first-row or banded formats switched on."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from conftest import SAMPLE
from desktop.document.builder import build_document
from desktop.geometry import CELL_PAD_TW, TEXT_W_TW
from desktop.model.draft import load_draft
from desktop.writers.docx import docx_bytes
from docxread import q


def _table():
    data = docx_bytes(build_document(load_draft(SAMPLE)))
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    [table] = root.iter(q("w:tbl"))
    return table


def _twips(el) -> tuple[int, str]:
    return int(el.get(q("w:w"))), el.get(q("w:type"))


def test_the_table_is_fixed_at_the_text_width():
    tpr = _table().find(q("w:tblPr"))
    assert TEXT_W_TW == 8504  # 210 mm less two 30 mm margins
    assert _twips(tpr.find(q("w:tblW"))) == (TEXT_W_TW, "dxa")
    assert tpr.find(q("w:tblLayout")).get(q("w:type")) == "fixed"


def test_every_cell_is_as_wide_as_its_column_and_the_columns_fill_the_table():
    table = _table()
    columns = [int(c.get(q("w:w"))) for c in table.iter(q("w:gridCol"))]
    assert len(columns) == 2 and sum(columns) <= TEXT_W_TW and min(columns) > 0
    rows = table.findall(q("w:tr"))
    assert len(rows) == 3
    for row in rows:
        widths = [_twips(tc.find(f"{q('w:tcPr')}/{q('w:tcW')}")) for tc in row.findall(q("w:tc"))]
        assert widths == [(w, "dxa") for w in columns]


def test_cells_are_padded_alike_on_both_sides_and_no_conditional_format_applies():
    tpr = _table().find(q("w:tblPr"))
    margins = tpr.find(q("w:tblCellMar"))
    assert _twips(margins.find(q("w:left"))) == _twips(margins.find(q("w:right"))) == (CELL_PAD_TW, "dxa")
    look = tpr.find(q("w:tblLook"))
    assert {k.split("}")[1]: v for k, v in look.attrib.items()} == {
        "val": "0000", "firstRow": "0", "lastRow": "0", "firstColumn": "0", "lastColumn": "0",
        "noHBand": "1", "noVBand": "1"}
