"""A report as a clerk's own Word file: plain python-docx paragraphs and one plain table.

No styles of ours, no spreading by fitText, no embedded draft: the title and the
roster are typed with spaces, the addressee and the date share a line separated
by spaces, the 職氏名 / 用務 / 期間 / 出張先 block is a two-column table of plain
paragraphs, and every body paragraph is one Word paragraph (its first-line indent
typed as a full-width space); a blank line of the layout is an empty paragraph.
"""

from __future__ import annotations

import docx

from desktop.document import build_document
from desktop.document.elements import AddresseeLine, Figure, HeaderTable, Para, Title
from desktop.model.report import Report

SPACE = "\u3000"


def clerk_docx(report: Report, path) -> None:
    document = docx.Document()
    elements = build_document(report).elements
    for element in elements:
        if isinstance(element, Title):
            document.add_paragraph(" ".join(element.text))
        elif isinstance(element, AddresseeLine):
            document.add_paragraph(f"{element.addressee}{SPACE * 6}{element.date}")
        elif isinstance(element, HeaderTable):
            table = document.add_table(rows=1, cols=2)
            left, right = table.rows[0].cells
            left.paragraphs[0].text = "職氏名"
            if report.committee:
                left.add_paragraph(report.committee)
            for m in report.members:
                left.add_paragraph(f"{SPACE}{m.role}{SPACE}{m.name.family}{SPACE}{m.name.given}")
            left.add_paragraph(report.secretariat)
            for s in report.staff:
                left.add_paragraph(f"{SPACE}{s.title}{SPACE}{s.name.family}{SPACE}{s.name.given}")
            right.paragraphs[0].text = "用　務"
            for cell in element.right:
                for line in cell[1 if cell is element.right[0] else 0:]:
                    right.add_paragraph(line.text if line.label else SPACE.join(p.text for p in line.parts))
        elif isinstance(element, Para):
            if element.space_before:
                document.add_paragraph("")  # a blank line, typed as Word users do
            indent = SPACE * int(element.indent + element.first_line)
            document.add_paragraph(indent + element.full_text)
        elif isinstance(element, Figure) and element.caption:
            document.add_paragraph(element.caption)
    document.save(str(path))
