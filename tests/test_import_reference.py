"""Importing the reference report (its text, the sample's own PDF, a clerk's Word file).

Each import must export every character of the reference, in order (as the hand-made
sample does), and equal the sample draft in at least 95% of its fields
(tests/fieldshare.py says how they are counted); the share is printed (pytest -s).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from clerkdocx import clerk_docx
from conftest import FIXTURE, ROOT, SAMPLE, module_scope_but_per_test_under_mutmut
from desktop.document import build_document
from desktop.document.plaintext import document_text
from desktop.importer import import_report
from desktop.model.draft import load_report_file
from fieldshare import field_share
from textcompare import assert_same_text, fixture_text

TARGET = 0.95


def check(path, kind: str) -> float:
    imported = import_report(path)
    assert imported.kind == kind
    assert_same_text(document_text(build_document(imported.report)), fixture_text())
    share, differing = field_share(imported.report, load_report_file(SAMPLE))
    print(f"\n{kind}: {share:.1%} of the sample's fields equal ({len(differing)} differ)")
    assert share >= TARGET, differing
    assert imported.problems == []
    return share


def test_the_reference_text_imports(capsys):
    check(FIXTURE, "text")


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def sample_pdf(tmp_path_factory):
    from desktop.export import export_pdf

    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    export_pdf(load_report_file(SAMPLE), path)
    return path


def test_the_samples_own_pdf_imports(sample_pdf):
    check(sample_pdf, "pdf")


def test_pdftotext_layout_output_of_the_sample_imports(sample_pdf, tmp_path):
    """Poppler's text of our PDF, as a clerk might have kept it: with -layout the header's
    two columns come side by side, line by line. (Without -layout, pdftotext scrambles
    the order of our PDF's header lines, 用務's topics included; the reference fixture,
    pdftotext of the original report, is read above.)"""
    out = tmp_path / "sample.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(sample_pdf), str(out)], check=True)
    check(out, "text")


@pytest.mark.foreign_docx
def test_a_clerks_word_file_imports(tmp_path):
    clerk_docx(load_report_file(SAMPLE), tmp_path / "clerk.docx")
    check(tmp_path / "clerk.docx", "docx")


def test_our_own_docx_imports_as_a_past_report(tmp_path):
    """What 'import the edited document' reads: the DOCX's text, not its draft."""
    from desktop.export import export_docx

    export_docx(load_report_file(SAMPLE), tmp_path / "ours.docx")
    check(tmp_path / "ours.docx", "docx")


def test_the_importer_imports_no_qt():
    code = ("import sys; from desktop.importer import import_report; "
            "import desktop.importer.reopen, desktop.importer.sources; "
            f"import_report({str(FIXTURE)!r}); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.foreign_docx
def test_a_header_table_split_into_rows_is_read_column_by_column(tmp_path):
    """A clerk's 2×2 header: [職氏名 | 用務 …] over [roster | 期間 … 出張先 …]."""
    import docx

    clerk_docx(load_report_file(SAMPLE), tmp_path / "clerk.docx")
    document = docx.Document(str(tmp_path / "clerk.docx"))
    table = document.tables[0]
    left, right = table.rows[0].cells
    roster = [p.text for p in left.paragraphs[1:]]
    right_lines = [p.text for p in right.paragraphs]
    split = right_lines.index("期間")
    row = table.add_row()
    for p in list(left.paragraphs[1:]):
        p._element.getparent().remove(p._element)
    for p in list(right.paragraphs[split:]):
        p._element.getparent().remove(p._element)
    row.cells[0].paragraphs[0].text = roster[0]
    for text in roster[1:]:
        row.cells[0].add_paragraph(text)
    row.cells[1].paragraphs[0].text = right_lines[split]
    for text in right_lines[split + 1:]:
        row.cells[1].add_paragraph(text)
    document.save(str(tmp_path / "rows.docx"))
    check(tmp_path / "rows.docx", "docx")


@pytest.mark.foreign_docx
@pytest.mark.parametrize("maker", ["clerk", "ours"])
def test_a_word_files_indents_place_paragraphs_at_their_level(tmp_path, maker):
    """After item ⑤ of 主な施策 come two paragraphs of the sub-heading itself: printed text
    cannot tell them from the item's, a Word file's indents can."""
    from desktop.export import export_docx

    path = tmp_path / f"{maker}.docx"
    (clerk_docx if maker == "clerk" else export_docx)(load_report_file(SAMPLE), path)
    imported = import_report(path).report
    expected = load_report_file(SAMPLE)
    measures = imported.destinations[0].visit.sections[0].blocks[5]
    assert measures.title == "主な施策"
    assert measures == expected.destinations[0].visit.sections[0].blocks[5]
    text = import_report(FIXTURE).report.destinations[0].visit.sections[0].blocks[5]
    assert len(text.children) == 5  # from the text, they stay with item ⑤
