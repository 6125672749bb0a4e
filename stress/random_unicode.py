"""Random Unicode reports: N reports (default 10,000) through check, DOCX and PDF.

    .venv/bin/python stress/random_unicode.py [N] [--seed S]

Each report has random text (CJK, kana, ASCII, supplementary ideographs such as 𠮷,
emoji, variation sequences, controls, lone surrogates and code points from the
whole range) in its addressee, committee, member names, topic, a paragraph and a
Q&A pair. Each is checked, exported to DOCX and PDF in memory, and the text of
both outputs is read back (python-docx; poppler's pdftotext). Counts crashes,
and every printable character (NFKC, letters, numbers, punctuation and symbols)
that is in neither output's text nor listed by ``check``: as one the bundled font
cannot draw (both outputs), or as one the PDF prints but cannot give back as text
(characters outside the BMP, variation sequences; the PDF only). Prints the counts; figures in docs/reliability.md.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
import traceback
import unicodedata
from collections import Counter

from _common import say

from desktop.document.builder import build_document
from desktop.jtext.glyphs import not_copyable, undrawable
from desktop.jtext.xmlsafe import clean_text
from desktop.model.checks import check_report
from desktop.model.report import QA, Member, Paragraph, PersonName
from desktop.render.fonts import ensure_app
from desktop.writers.docx import docx_bytes
from desktop.writers.pdf import pdf_bytes
from docxread import open_docx, reading_order_text
from pdfcheck import small_report

SPECIAL = ["\x00", "\x01", "\x0b", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\t", "\n", "\r\n",
           "\u3000", "𠮷", "𩸽", "😀", "👨\u200d👩\u200d👧", "葛\U000E0100", "邉\U000E0102", "\u200b",
           "\u202e", "\ue000", "Ａ", "ｱ", "①", "㈱", "＆", "<", "&", "\"", "'"]


VARIANT_BASES = {"葛", "邉", "辻"}


def random_text(rng: random.Random, length: int) -> str:
    out = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.1:
            out.append(rng.choice(SPECIAL))
        elif roll < 0.45:
            out.append(chr(rng.randrange(0x4E00, 0x9FA0)))
        elif roll < 0.6:
            out.append(chr(rng.randrange(0x3040, 0x3100)))
        elif roll < 0.7:
            out.append(chr(rng.randrange(0x21, 0x7F)))
        elif roll < 0.75:
            out.append(chr(rng.randrange(0x20000, 0x2A6E0)))
        else:
            out.append(chr(rng.randrange(0, 0x110000)))
    return "".join(out)


def printable(text: str) -> set[str]:
    """The characters a reader must find: NFKC forms of letters, numbers, punctuation, symbols."""
    text = unicodedata.normalize("NFKC", clean_text(text))
    return {c for c in text if unicodedata.category(c)[0] in "LNPS"}


def pdf_text(data: bytes) -> str:
    # -raw: content-stream order, and no joining of a line that ends in "-" with the next
    # (poppler's default drops that "-"; only the set of characters is compared here)
    return subprocess.run(["pdftotext", "-q", "-raw", "-", "-"], input=data, capture_output=True,
                          check=False).stdout.decode("utf-8", "replace")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 10_000
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261129
    rng = random.Random(seed)
    ensure_app()
    crashes = 0
    missing_docx: Counter[str] = Counter()
    missing_pdf: Counter[str] = Counter()
    reports_missing = 0
    reports_missing_bmp = 0
    started = time.perf_counter()
    for run in range(runs):
        t = lambda n=12: random_text(rng, n)  # noqa: E731
        report = small_report(paragraphs=0, photo=False)
        report.addressee, report.committee = t(), t()
        report.members = [Member(t(3), PersonName(t(4), t(4))) for _ in range(2)]
        report.topics[0].title = t(20)
        visit = report.destinations[0].visit
        visit.sections[0].blocks = [Paragraph(t(60))]
        visit.qa = [QA(t(30), t(30))]
        texts = [report.addressee, report.committee, report.topics[0].title,
                 visit.sections[0].blocks[0].text, visit.qa[0].question, visit.qa[0].answer]
        texts += [m.name.family + m.name.given + m.role for m in report.members]
        try:
            findings = check_report(report)
            document = build_document(report)
            docx_text = reading_order_text(open_docx(docx_bytes(document)))
            pdf = pdf_text(pdf_bytes(document))
        except Exception:  # noqa: BLE001 - the count
            crashes += 1
            say(f"  CRASH in report {run}:")
            say(traceback.format_exc(limit=4))
            continue
        listed = set()
        for text in texts:
            for item in undrawable(text):
                listed.update(printable(item))
        if any(f.kind == "glyph" for f in findings) != bool(listed):
            say(f"  check's glyph warnings do not match in report {run}")
        copy_listed = set()
        for text in texts:
            for item in not_copyable(text):
                copy_listed.update(printable(item))
        if any(f.kind == "copy" for f in findings) != bool(copy_listed):
            say(f"  check's copy warnings do not match in report {run}")
        listed_pdf = listed | copy_listed
        wanted = set().union(*(printable(x) for x in texts)) - listed
        got_docx = printable(docx_text)
        got_pdf = printable(pdf)
        lost_docx, lost_pdf = wanted - got_docx, wanted - listed_pdf - got_pdf
        missing_docx.update(lost_docx)
        missing_pdf.update(lost_pdf)
        reports_missing += bool(lost_docx or lost_pdf)
        lost_bmp = {c for c in lost_docx | lost_pdf if ord(c) <= 0xFFFF and c not in VARIANT_BASES}
        reports_missing_bmp += bool(lost_bmp)
        if (run + 1) % 500 == 0:
            say(f"  {run + 1} reports, {time.perf_counter() - started:.0f} s")
    say(f"random Unicode reports: {runs} (seed {seed})")
    say(f"crashes: {crashes}")
    say(f"reports with a printable character in neither check's list nor an output: {reports_missing}")
    say(f"  ... not counting characters outside the BMP and variation sequences (drawn, not "
        f"copyable from the PDF): {reports_missing_bmp}")
    say(f"distinct characters missing from the DOCX text: {len(missing_docx)}"
        f" {' '.join(f'U+{ord(c):04X}' for c, _ in missing_docx.most_common(12))}")
    say(f"distinct characters missing from the PDF text: {len(missing_pdf)}"
        f" {' '.join(f'U+{ord(c):04X}' for c, _ in missing_pdf.most_common(12))}")
    astral = [c for c in missing_pdf if ord(c) > 0xFFFF]
    other = [c for c in missing_pdf if ord(c) <= 0xFFFF and c not in VARIANT_BASES]
    say(f"  in the BMP: {len(other)}: {' '.join(f'U+{ord(c):04X} ({missing_pdf[c]}x)' for c in other)}")
    say(f"  of these outside the BMP (drawn, but Qt's PDF text map does not name them): {len(astral)}")
    say(f"  of these the base of a variation sequence drawn in its selected form: "
        f"{sum(1 for c in missing_pdf if c in VARIANT_BASES)}")
    return 0 if crashes == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
