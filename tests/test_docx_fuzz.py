"""Any text a clerk can paste exports, and the DOCX writer never imports Qt."""

from __future__ import annotations

import random
import subprocess
import sys

from conftest import ROOT, SAMPLE
from docxread import open_docx, reading_order_text
from desktop.document.builder import build_document
from desktop.jtext.xmlsafe import clean_text
from desktop.model.draft import load_draft
from desktop.model.report import QA, Paragraph
from desktop.writers.docx import docx_bytes


def squeeze(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def random_text(rng: random.Random, length: int) -> str:
    """Code points from the whole range, with controls, surrogates and U+FFFE/FFFF mixed in."""
    special = ["\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe",
               "\uffff", "\t", "\n", "\r", "\r\n", "\u3000", "𠮷", "😀", "\U0010ffff"]
    out = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.2:
            out.append(rng.choice(special))
        elif roll < 0.6:
            out.append(chr(rng.randrange(0x3000, 0xA000)))
        else:
            out.append(chr(rng.randrange(0, 0x110000)))
    return "".join(out)


def test_random_unicode_in_every_field_exports_and_opens():
    rng = random.Random(20230705)
    for _ in range(15):
        report = load_draft(SAMPLE)
        t = lambda n=12: random_text(rng, n)  # noqa: E731
        report.title = t(6)
        report.addressee = t()
        report.committee = t()
        report.members[0].name.family = t(3)
        report.members[1].role = t(4)
        report.staff[0].title = t()
        report.topics[0].title = t(30)
        report.destinations[0].city = t(5)
        visit = report.destinations[0].visit
        visit.description = t(200)
        visit.overview = t(100)
        visit.hosts[0].name = t()
        visit.hosts[0].people[0].name = t()
        visit.sections[0].blocks.append(Paragraph(t(300)))
        visit.qa.append(QA(t(50), t(80)))
        report.settings.author = t()
        data = docx_bytes(build_document(report))  # openxml-audit validates it (docxaudit)
        doc = open_docx(data)
        text = squeeze(reading_order_text(doc))
        for value in (report.addressee, report.committee, report.members[0].name.family,
                      report.members[1].role, report.staff[0].title, report.topics[0].title,
                      visit.description, visit.overview, visit.hosts[0].name,
                      visit.hosts[0].people[0].name, visit.sections[0].blocks[-1].text,
                      visit.qa[-1].question, visit.qa[-1].answer):
            assert squeeze(clean_text(value)) in text, value
        author = clean_text(report.settings.author).replace("\n", " ")[:255]
        assert doc.core_properties.author == author or not author.strip()


def test_docx_writer_does_not_import_qt():
    code = ("import desktop.writers.docx, sys; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
