"""Reading a DOCX back for the DOCX tests: python-docx plus its XML (lxml)."""

from __future__ import annotations

import io

import docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


def q(tag: str) -> str:
    prefix, name = tag.split(":")
    return "{%s}%s" % (NS[prefix], name)


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def para_text(p) -> str:
    """Text of a w:p element: w:t, tabs as \\t, breaks as \\n."""
    out = []
    for el in p.iter(q("w:t"), q("w:tab"), q("w:br")):
        if el.tag == q("w:t"):
            out.append(el.text or "")
        elif el.tag == q("w:tab"):
            if el.getparent().tag == q("w:r"):
                out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def reading_order_text(doc) -> str:
    """Body paragraphs and table cells (row by row, cell by cell) in document order."""
    lines = []
    for child in doc.element.body.iterchildren():
        if child.tag == q("w:p"):
            lines.append(para_text(child))
        elif child.tag == q("w:tbl"):
            for p in child.iter(q("w:p")):
                lines.append(para_text(p))
    return "\n".join(lines)


def style_of(p) -> str | None:
    found = p.find(f"{q('w:pPr')}/{q('w:pStyle')}")
    return None if found is None else found.get(q("w:val"))
