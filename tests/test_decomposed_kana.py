"""Decomposed kana pasted from a Mac (ハ + U+309A) print as one character in both outputs
and read back as it (issue 11: a spread name showed the mark in a cell of its own)."""

from __future__ import annotations

import subprocess

from desktop.document import build_document
from desktop.model.report import Member, PersonName, Report
from desktop.render import ensure_app
from desktop.writers.docx import docx_bytes
from desktop.writers.pdf import write_pdf
from docxread import open_docx


def _report() -> Report:
    return Report(committee="総務委員会", introduction="ハ\u309aソコンて\u3099調へ\u3099た。",
                  members=[Member("委員長", PersonName("ハ\u309aク", "ヒ\u3099ン")),
                           Member("委員", PersonName("山田", "太郎"))])


def test_the_pdf_prints_and_gives_back_the_composed_kana(tmp_path):
    ensure_app()
    write_pdf(build_document(_report()), tmp_path / "k.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "k.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "パソコンで調べた。" in text.replace("\n", "")
    squeezed = "".join(text.split())
    assert "パクビン" in squeezed and "\u309a" not in text and "\u3099" not in text


def test_the_docx_holds_the_composed_kana():
    document = open_docx(docx_bytes(build_document(_report())))
    body = "".join(p.text for p in document.paragraphs)
    cells = "".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "パソコンで調べた。" in body
    assert "パ" in cells and "ビ" in cells and "\u309a" not in body + cells
