"""The document as plain text, one paragraph or table line per line.

Used by the tests to compare a report with the reference text (tests/textcompare.py);
spreading and indents are shown with plain spaces.
"""

from __future__ import annotations

from desktop.document.elements import (
    AddresseeLine,
    Document,
    Figure,
    HeaderLine,
    HeaderTable,
    Para,
    Title,
)

_SPACE = "\u3000"


def _header_line(line: HeaderLine) -> str:
    return _SPACE * int(line.indent) + line.label + _SPACE.join(p.text for p in line.parts)


def document_text(document: Document) -> str:
    lines: list[str] = []
    for element in document.elements:
        if isinstance(element, Title):
            lines.append(" ".join(element.text))
        elif isinstance(element, AddresseeLine):
            lines.append(f"{element.addressee}{_SPACE * 4}{element.date}")
        elif isinstance(element, HeaderTable):
            lines.extend(_header_line(line) for line in element.left)
            for cell in element.right:
                lines.extend(_header_line(line) for line in cell)
        elif isinstance(element, Para):
            if element.space_before:
                lines.append("")
            indent = _SPACE * int(element.indent + element.first_line)
            lines.append(indent + element.full_text)
        elif isinstance(element, Figure):
            if element.caption:
                lines.append(element.caption)
    return "\n".join(lines) + "\n"
