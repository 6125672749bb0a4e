"""PDF export of the sample: the reference text, fonts, PDF/A, 39-character lines, 禁則.

(Its page count and page starts are compared with LibreOffice's rendering of the
DOCX in tests/test_pdf_docx_pages.py.)"""

from __future__ import annotations

import re
import subprocess

import pytest

from conftest import SAMPLE, module_scope_but_per_test_under_mutmut
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.render import ensure_app
from desktop.writers.pdf import write_pdf
from pdfcheck import NO_LINE_START, cells, pdftotext, small_report
from textcompare import assert_same_text, fixture_text, squeeze


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def document():
    ensure_app()
    return build_document(load_draft(SAMPLE))


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def sample_pdf(document, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    write_pdf(document, path)
    return path


def test_text_equals_the_reference(sample_pdf):
    assert_same_text(pdftotext(sample_pdf, "-raw"), fixture_text())  # content-stream order


def test_only_the_bundled_mincho_embedded(sample_pdf):
    out = subprocess.run(["pdffonts", str(sample_pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    assert out, "no fonts in the PDF"
    for line in out:
        name, emb = line.split()[0], line.split()[-5]
        assert "BIZUDMincho" in name, line
        assert emb == "yes", line


def test_pdfa_identification_and_metadata(sample_pdf):
    data = sample_pdf.read_bytes()
    xmp = data[data.index(b"<?xpacket begin"):data.index(b"<?xpacket end")].decode("utf-8")
    assert re.search(r'pdfaid:part\s*=\s*"1"|<pdfaid:part>1</pdfaid:part>', xmp)
    assert re.search(r'pdfaid:conformance\s*=\s*"B"|<pdfaid:conformance>B</pdfaid:conformance>',
                     xmp)
    assert "出張報告書" in xmp and "総務委員会" in xmp
    info = subprocess.run(["pdfinfo", str(sample_pdf)], check=True, capture_output=True,
                          text=True).stdout
    assert re.search(r"Title:\s+出張報告書", info)
    assert re.search(r"Author:\s+総務委員会", info)
    assert re.search(r"Creator:\s+shutcho", info)
    assert re.search(r"JavaScript:\s+no", info)
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/Launch" not in data
    assert b"/OpenAction" not in data and b"/AA " not in data


def test_body_lines_hold_39_characters_and_a_squeezed_mark(sample_pdf):
    lines = pdftotext(sample_pdf, "-layout").splitlines()
    widths = [cells(line) for line in lines]
    assert max(widths) <= 40
    full = [line.strip() for w, line in zip(widths, lines) if w == 39 and not any(
        c.isascii() for c in line.strip())]
    assert len(full) > 30
    forty = [line.strip() for w, line in zip(widths, lines) if w == 40]
    assert forty and all(line[-1] in "、。」）" for line in forty), forty


def test_no_line_starts_with_closing_punctuation_or_small_kana(sample_pdf):
    for text in (pdftotext(sample_pdf, "-raw"), pdftotext(sample_pdf, "-layout")):
        bad = [line for line in text.splitlines() if line.strip() and line.strip()[0] in NO_LINE_START]
        assert not bad, bad[:5]


def test_plain_pdf_option(tmp_path):
    ensure_app()
    path = tmp_path / "plain.pdf"
    write_pdf(build_document(small_report()), path, pdf_a=False)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.6")
    assert b"pdfaid:part" not in data
    assert "出張報告書" in squeeze(pdftotext(path))


def test_photos_are_flattened(tmp_path):
    """PDF/A-1b forbids transparency: no soft masks in the file."""
    ensure_app()
    path = tmp_path / "photo.pdf"
    write_pdf(build_document(small_report()), path)
    assert not re.search(rb"/SMask\s+\d+\s+\d+\s+R", path.read_bytes())  # "/SMask /None" is fine
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True,
                            text=True).stdout.splitlines()[2:]
    assert images and all(" smask " not in line for line in images)


def test_the_font_is_subset(sample_pdf):
    """Qt embeds only the glyphs used. It names the subset without the "ABCDEF+" tag, so
    pdffonts prints "sub no"; the size shows it: the whole bundled font is 6 MB."""
    from desktop.resources import resource_path

    font_size = resource_path("fonts", "BIZUDMincho-Regular.ttf").stat().st_size
    assert sample_pdf.stat().st_size < font_size / 10
