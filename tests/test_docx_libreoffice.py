"""LibreOffice, an independent reader, lays the sample DOCX out on the 39-character grid in a Mincho.

soffice converts the DOCX to PDF as tests/libreoffice.py sets it up (ＭＳ 明朝 and
游明朝 aliased to an installed Mincho, without which LibreOffice substitutes a
Gothic; the DOCX's Japanese line-breaking lists; a private user profile, which
works as root in CI). poppler reads it back.

LibreOffice 7.x reads ``w:overflowPunct`` inverted (val="0", Word's "no hanging
punctuation", turns hanging on), so a line may carry one 、 or 。 hanging in the
right margin beyond its 39 characters; the check ignores that one mark.
"""

from __future__ import annotations

import subprocess
import unicodedata

import pytest

import libreoffice
from conftest import SAMPLE
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.docx import write_docx

HANGING = "、。，．"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lo")
    docx = folder / "sample.docx"
    write_docx(build_document(load_draft(SAMPLE)), docx)
    libreoffice.convert([docx], folder, folder / "profile", timeout=240)
    out = folder / "sample.pdf"
    assert out.exists(), "LibreOffice made no PDF"
    return out


def width(line: str) -> float:
    """Width in body characters: full-width 1, other visible characters 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5
               for c in line if not c.isspace())


def test_full_body_lines_hold_39_characters(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 300
    full = [line for line in lines
            if all(unicodedata.east_asian_width(c) in "WF" for c in line if not c.isspace())
            and len([c for c in line if not c.isspace()]) == 39]
    assert len(full) > 30, "few body lines hold 39 full-width characters (Normal not 10.5 pt?)"
    for line in lines:
        inside = line[:-1] if line[-1] in HANGING and width(line) > 39 else line
        assert width(inside) <= 39, line


def test_font_is_a_mincho_not_a_gothic(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout
    names = [row.split()[0] for row in fonts.splitlines()[2:] if row.strip()]
    assert names and all("Mincho" in n for n in names), fonts
    assert not any("Gothic" in n for n in names)
