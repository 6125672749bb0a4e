"""Where lines break and pages start, compared between outputs and with the reference.

The reference (tests/shimonoseki-2023-soumu.txt) is the text of the real report's
PDF, one printed line per line. Its *full body lines* (37 or more characters,
white space removed) are the measure of line-break fidelity: an output agrees on
a line when it prints exactly that line, start to end (issue 10). Page starts
are compared between two PDFs read back by poppler, never by our own renderer.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "shimonoseki-2023-soumu.txt"
FULL = 37


def squeeze(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def reference_full_lines() -> list[str]:
    lines = (squeeze(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if len(line) >= FULL]


def pdf_lines(pdf: Path, mode: str = "-layout") -> list[str]:
    """The PDF's printed lines (white space removed, empty ones dropped), via pdftotext."""
    text = subprocess.run(["pdftotext", mode, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [s for s in (squeeze(line) for line in text.splitlines()) if s]


def pdf_pages(pdf: Path, mode: str = "-layout") -> list[list[str]]:
    """Lines of each page (pdftotext separates pages with a form feed)."""
    text = subprocess.run(["pdftotext", mode, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[s for s in (squeeze(line) for line in page.splitlines()) if s] for page in pages]


def agreeing_lines(reference: list[str], printed: list[str]) -> list[str]:
    """Reference lines an output prints as one whole line (each printed line counts once)."""
    pool = Counter(printed)
    found = []
    for line in reference:
        if pool[line]:
            pool[line] -= 1
            found.append(line)
    return found


def line_agreement(pdf: Path) -> tuple[float, list[str]]:
    """Share of the reference's full lines printed whole in ``pdf`` (best of -layout and -raw),
    and the reference lines that were not."""
    reference = reference_full_lines()
    best: list[str] = []
    for mode in ("-layout", "-raw"):
        found = agreeing_lines(reference, pdf_lines(pdf, mode))
        if len(found) > len(best):
            best = found
    missing = list((Counter(reference) - Counter(best)).elements())
    return len(best) / len(reference), missing


def page_starts(pdf: Path) -> list[str]:
    """First line of each page: the first 12 characters of its first body line (content-stream
    order, so a photo caption or page number elsewhere on the page does not count)."""
    starts = []
    for page in pdf_pages(pdf, "-raw"):
        body = [line for line in page if not (line.startswith("-") and line.endswith("-"))]
        starts.append(body[0][:12] if body else "")
    return starts


def start_agreement(a: Path, b: Path) -> tuple[float, list[tuple[str, str]]]:
    """Share of pages of ``a`` and ``b`` that start with the same line, and the pairs that differ."""
    sa, sb = page_starts(a), page_starts(b)
    pairs = list(zip(sa, sb))
    same = sum(1 for x, y in pairs if x == y)
    return same / max(len(sa), len(sb), 1), [(x, y) for x, y in pairs if x != y]


def line_boxes(pdf: Path) -> list[list[tuple[float, str]]]:
    """Each page's printed lines as (top y in points, text without white space), top to
    bottom, read by poppler (pdftotext -bbox-layout)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        lines = []
        for y, body in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(.*?)</line>', page,
                                  flags=re.S):
            words = re.findall(r">([^<]*)</word>", body)
            lines.append((float(y), squeeze(html.unescape("".join(words)))))
        merged: list[tuple[float, str]] = []
        for y, text in sorted(lines):
            if merged and abs(merged[-1][0] - y) < 3:  # one printed line in several blocks
                merged[-1] = (merged[-1][0], merged[-1][1] + text)
            else:
                merged.append((y, text))
        pages.append(merged)
    return pages


def gap_before(pages: list[list[tuple[float, str]]], starts: str) -> list[float | None]:
    """For each printed line starting with ``starts``: the distance in points from the line
    above it on the same page (None: it is the first line of its page)."""
    gaps: list[float | None] = []
    for lines in pages:
        for k, (y, text) in enumerate(lines):
            if text.startswith(starts):
                gaps.append(y - lines[k - 1][0] if k else None)
    return gaps
