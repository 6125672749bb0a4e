"""The text of a Word document body, the same way for the writer and the reader.

The DOCX writer stores a digest of this text with the embedded draft
(``desktop.writers.docx.embedded``); reopening the DOCX
(``desktop.model.docxdraft``) computes it again to tell whether the document
was edited in Word after export. Only characters count: Word may split runs,
add bookmarks or proofing marks when it saves, none of which changes the text.
Pure Python on an lxml or ElementTree element; no Qt, no python-docx.
"""

from __future__ import annotations

import hashlib

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T, _TAB, _BR, _CR, _P = W + "t", W + "tab", W + "br", W + "cr", W + "p"
_DELETED = W + "del"


def paragraph_text(p) -> str:
    parts = []
    for el in p.iter(_T, _TAB, _BR, _CR):
        if el.tag == _T:
            parts.append(el.text or "")
        elif el.tag == _TAB:
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def body_paragraphs(body) -> list[str]:
    """The text of every paragraph in the body (tables included), in document order.

    Paragraphs inside deleted revisions are left out; empty paragraphs are kept.
    """
    out = []
    for p in body.iter(_P):
        parent = p.getparent() if hasattr(p, "getparent") else None
        if parent is not None and parent.tag == _DELETED:
            continue
        out.append(paragraph_text(p))
    return out


def text_digest(paragraphs: list[str]) -> str:
    """sha256 of the paragraphs, one a line (hex)."""
    return hashlib.sha256("\n".join(paragraphs).encode("utf-8", "surrogatepass")).hexdigest()
