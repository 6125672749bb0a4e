"""What the writers tell and record: PDF properties as poppler reads them, the
clerk's messages word for word, the page-number footer's field, the draft's bytes.

(Written to kill mutants that survived the first mutation run: docs/testing.md.)
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import module_scope_but_per_test_under_mutmut

from desktop.document.builder import build_document
from desktop.model.codec import Problem, ReportDataError
from desktop.model.draft import draft_bytes, encode_draft_data
from desktop.model.report import Report, Settings
from desktop.render import ensure_app
from desktop.writers import pdf as pdf_writer
from desktop.writers.errors import ExportError, os_error_message
from docxread import open_docx, q
from pdfcheck import small_report


def _pdfinfo(path: Path, *args: str) -> str:
    return subprocess.run(["pdfinfo", *args, str(path)], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def document():
    ensure_app()
    report = small_report(paragraphs=2, photo=False)
    report.title = "出張報告書"
    report.settings = Settings(author="総務委員会委員長")
    return build_document(report)


def test_pdf_properties_as_poppler_reads_them(tmp_path, document):
    pdf_writer.write_pdf(document, tmp_path / "a.pdf")
    info = dict(line.split(":", 1) for line in _pdfinfo(tmp_path / "a.pdf").splitlines() if ":" in line)
    assert info["Title"].strip() == "出張報告書"
    assert info["Author"].strip() == "総務委員会委員長"
    assert info["Creator"].strip() == pdf_writer.CREATOR and pdf_writer.CREATOR
    assert info["Page size"].split("(")[1].startswith("A4")
    assert info["PDF version"].strip() == "1.4"
    assert 'pdfaid:part="1" pdfaid:conformance="B"' in _pdfinfo(tmp_path / "a.pdf", "-meta")


def test_plain_pdf_is_not_pdf_a(tmp_path, document):
    pdf_writer.write_pdf(document, tmp_path / "b.pdf", pdf_a=False)
    assert "pdfaid:part=" not in _pdfinfo(tmp_path / "b.pdf", "-meta")
    assert "PDF version:     1.6" in _pdfinfo(tmp_path / "b.pdf")


def test_a_pdf_that_cannot_be_written_says_so(tmp_path, document, monkeypatch):
    real = pdf_writer.QPdfWriter
    monkeypatch.setattr(pdf_writer, "QPdfWriter", lambda path: real(str(tmp_path / "no" / "x.pdf")))
    with pytest.raises(ExportError) as caught:
        pdf_writer.write_pdf(document, tmp_path / "c.pdf")
    assert caught.value.ja == "PDF を書き込めません。ファイルが開かれているか、書き込み権限がありません"
    assert caught.value.en == "cannot write the PDF: the file is open elsewhere or not writable"
    assert caught.value.path == tmp_path / "c.pdf"


@pytest.mark.parametrize("error, ja, en", [
    (PermissionError(13, "Permission denied"),  # no such file: the folder refused it
     "書き込めません。このフォルダーに書き込む権限がありません。元のファイルはそのままです。",
     "cannot write: no permission to write in this folder. The old file is unchanged."),
    (FileNotFoundError(2, "No such file"), "保存先のフォルダーがありません。",
     "the target folder does not exist."),
    (NotADirectoryError(20, "Not a directory"), "保存先のフォルダーがありません。",
     "the target folder does not exist."),
    (OSError(28, "No space left on device"),
     "ディスクの空き容量が足りません。空きを作ってから、もう一度保存してください。元のファイルはそのままです。",
     "the disk is full: free some space and save again. The old file is unchanged."),
    (OSError("disk on fire"), "書き込めませんでした: disk on fire。元のファイルはそのままです。",
     "could not write: disk on fire. The old file is unchanged."),
])
def test_os_errors_become_messages(error, ja, en):
    made = os_error_message("/tmp/x.docx", error)
    assert isinstance(made, ExportError)
    assert (made.ja, made.en) == (ja, en)
    assert Path(made.path) == Path("/tmp/x.docx")


def test_page_number_footer_is_a_page_field(document):
    from dataclasses import replace

    from desktop.writers.docx import docx_bytes
    from desktop.writers.docx.styles import PAGE_NUMBER_STYLE

    meta = replace(document.meta, page_numbers=True)
    footer = open_docx(docx_bytes(replace(document, meta=meta))).sections[0].footer
    assert not footer.is_linked_to_previous
    [p] = footer._element.findall(q("w:p"))
    assert p.find(f"{q('w:pPr')}/{q('w:pStyle')}").get(q("w:val")) == PAGE_NUMBER_STYLE.style_id
    runs = []
    for r in p.findall(q("w:r")):
        [child] = list(r)
        tag = child.tag.split("}")[1]
        runs.append((tag, child.get(q("w:fldCharType")) or child.text))
    assert runs == [("t", "- "), ("fldChar", "begin"), ("instrText", " PAGE "),
                    ("fldChar", "separate"), ("t", "1"), ("fldChar", "end"), ("t", " -")]
    space = "{http://www.w3.org/XML/1998/namespace}space"
    assert [t.get(space) for t in p.iter(q("w:t"), q("w:instrText"))] == [
        "preserve", "preserve", None, "preserve"]


def test_report_data_error_text():
    one = Problem("$.a", "誤り", "wrong")
    two = Problem("$.b", "誤り2", "wrong 2")
    assert str(ReportDataError([one])) == "$.a: 誤り (wrong)"
    assert str(ReportDataError([one, two, two])) == "$.a: 誤り (wrong) ほか2件 (and 2 more)"
    assert str(ReportDataError([])) == "$: 不明な誤り (unknown error)"
    assert ReportDataError([one, two]).problems == [one, two]


def test_draft_bytes_are_utf8_json_with_a_one_space_indent():
    raw = draft_bytes(Report(committee="総務委員会"))
    assert raw.startswith(b'{\n "format": "shutcho-draft",\n "version": 2,\n "report": {\n  "title"')
    assert "総務委員会".encode("utf-8") in raw


def test_a_lone_surrogate_is_saved_as_an_ascii_escape():
    raw = encode_draft_data({"committee": "委\ud800"})
    assert raw.isascii()
    assert b'\n "report": {\n  "committee": "\\u59d4\\ud800"' in raw
    assert json.loads(raw)["report"]["committee"] == "委\ud800"
