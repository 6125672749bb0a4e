"""The PDF writer's own checks and geometry, read from the bytes it writes: what counts as
a finished PDF, a page Qt cannot add, PDF/A by default, and the sheet's margin and line
pitch as poppler reads them (a drive that garbles the file: test_writers_to_disk.py)."""

from __future__ import annotations

import re
import subprocess

import pytest

from desktop.document.builder import build_document
from desktop.geometry import LINE_PITCH_PT, MARGINS_MM, PT_PER_MM
from desktop.render import Renderer, ensure_app
from desktop.writers import pdf as pdf_writer
from desktop.writers.errors import ExportError
from desktop.writers.pdf import pdf_bytes, pdf_is_complete, write_pdf
from linecompare import line_boxes
from pdfcheck import small_report


@pytest.fixture(scope="module")
def document():
    ensure_app()
    return build_document(small_report(paragraphs=12, photo=False))


def _pdf(body: bytes = b"1 0 obj\n<< >>\nendobj\n", *, header: bytes = b"%PDF-1.4\n",
         trailers: int = 1, pad: int = 0, offset: int | None = None,
         number: bytes | None = None, eof: bytes = b"%%EOF\n") -> bytes:
    """A small PDF made by hand: header, body, then ``trailers`` cross-reference tables,
    each followed by its startxref (as an incremental update adds them)."""
    data = header + body
    for _ in range(trailers):
        at = len(data)
        data += b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
        shown = number if number is not None else str(at if offset is None else offset).encode()
        data += b"startxref\n" + shown + b"\n" + b" " * pad + eof
    return data


def test_what_counts_as_a_finished_pdf():
    assert pdf_is_complete(_pdf())  # small: the whole file is its last 1024 bytes
    assert pdf_is_complete(_pdf(trailers=2))  # an incremental update: the last startxref counts
    assert pdf_is_complete(_pdf(body=b"%" + b"x" * 5000 + b"\n"))
    assert not pdf_is_complete(_pdf(header=b"%!PS-Adobe\n"))
    assert not pdf_is_complete(_pdf(eof=b""))
    assert not pdf_is_complete(_pdf()[:-7])
    assert not pdf_is_complete(_pdf().replace(b"startxref", b"startref_"))
    assert not pdf_is_complete(_pdf(number=b"twelve"))
    assert not pdf_is_complete(_pdf(offset=9))  # in the file, but not at the table
    assert not pdf_is_complete(_pdf(offset=10_000_000))


def test_startxref_is_sought_in_the_last_1024_bytes_only():
    """The keyword 1024 bytes from the end is found; 1025 bytes from the end it is not."""
    tail = len(b"startxref\n") + 3 + 1 + len(b"%%EOF")  # keyword, offset, newline, %%EOF
    body = b"%" + b"x" * 200 + b"\n"
    at_1024 = _pdf(body=body, pad=1024 - tail, eof=b"%%EOF")
    assert len(at_1024) - at_1024.rindex(b"startxref") == 1024
    assert pdf_is_complete(at_1024)
    at_1025 = _pdf(body=body, pad=1025 - tail, eof=b"%%EOF")
    assert len(at_1025) - at_1025.rindex(b"startxref") == 1025
    assert not pdf_is_complete(at_1025)


def test_a_page_qt_cannot_add_names_the_file(tmp_path, document, monkeypatch):
    real = pdf_writer.QPdfWriter

    class NoSecondPage(real):
        def newPage(self):
            return False

    monkeypatch.setattr(pdf_writer, "QPdfWriter", NoSecondPage)
    target = tmp_path / "report.pdf"
    assert Renderer(document).page_count() >= 2
    with pytest.raises(ExportError) as caught:
        write_pdf(document, target)
    assert caught.value.path == target
    assert caught.value.ja == "PDF のページを追加できません"
    assert caught.value.en == "could not add a page to the PDF"
    assert not target.exists()


def test_pdf_bytes_is_pdf_a_unless_asked(document):
    assert re.search(rb'pdfaid:part="1"', pdf_bytes(document))
    plain = pdf_bytes(document, pdf_a=False)
    assert plain.startswith(b"%PDF-1.6") and b"pdfaid:" not in plain


def test_lines_start_at_the_30_mm_margin_on_an_18_pt_grid(document, tmp_path):
    """Poppler reads the body's unindented lines at the left margin (30 mm) and, below
    the title, each line a whole number of 18 pt lines under the one above: no margin and
    no scale but the sheet's."""
    target = tmp_path / "report.pdf"
    write_pdf(document, target)
    out = subprocess.run(["pdftotext", "-bbox-layout", str(target), "-"],
                         check=True, capture_output=True, text=True).stdout
    first_page = out.split("<page ")[1]
    lefts = [float(x) for x in re.findall(r'<line xMin="([\d.]+)"', first_page)]
    left = MARGINS_MM["left"] * PT_PER_MM
    assert min(lefts) == pytest.approx(left, abs=0.1)
    assert sum(abs(x - left) < 0.1 for x in lefts) >= 5
    pages = line_boxes(target)
    assert len(pages) >= 2
    for n, page in enumerate(pages):
        tops = [y for y, _ in page][1 if n == 0 else 0:]  # the 16 pt title stands apart
        steps = [(b - a) / LINE_PITCH_PT for a, b in zip(tops, tops[1:])]
        assert len(steps) >= 5
        assert all(s >= 0.99 and abs(s - round(s)) < 0.01 for s in steps), steps


def test_an_unfinished_pdf_is_refused_by_name(tmp_path, document, monkeypatch):
    """Qt leaves a PDF without its trailer (as on a full disk): the error names the
    target, or "report.pdf" when the PDF is only made in memory."""
    target = tmp_path / "報告書.pdf"
    target.write_bytes(b"%PDF old file")
    monkeypatch.setattr(pdf_writer, "pdf_is_complete", lambda data: False)
    for make, named in ((lambda: write_pdf(document, target), target),
                        (lambda: pdf_bytes(document), pdf_writer.Path("report.pdf"))):
        with pytest.raises(ExportError) as caught:
            make()
        assert caught.value.path == named
        assert caught.value.ja == "PDF を最後まで作れませんでした"
        assert caught.value.en == "the PDF could not be made completely"
    assert target.read_bytes() == b"%PDF old file"


def test_a_page_qt_cannot_add_in_memory_names_report_pdf(document, monkeypatch):
    real = pdf_writer.QPdfWriter

    class NoSecondPage(real):
        def newPage(self):
            return False

    monkeypatch.setattr(pdf_writer, "QPdfWriter", NoSecondPage)
    with pytest.raises(ExportError) as caught:
        pdf_bytes(document)
    assert caught.value.path == pdf_writer.Path("report.pdf")
