"""Small WordprocessingML helpers: tags, units and runs of cleaned text."""

from __future__ import annotations

from lxml import etree

from desktop.document.elements import BODY_PT
from desktop.jtext.xmlsafe import clean_text

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_W = "{%s}" % NS["w"]


def w(name: str) -> str:
    """Clark name of a w: tag or attribute."""
    return _W + name


def sub(parent, name: str, **attrs) -> etree._Element:
    """Append <w:name w:attr=.../>; attribute values are stringified."""
    el = etree.SubElement(parent, _W + name)
    for key, value in attrs.items():
        el.set(_W + key, str(value))
    return el


def fit_twips(chars: float, pt: float = BODY_PT) -> int:
    """Width of ``chars`` characters of ``pt`` points, in twips (w:fitText w:val)."""
    return round(chars * pt * 20)


def add_run(parent, text: str, rpr=None) -> etree._Element:
    """A run of cleaned text; tabs become w:tab and line breaks w:br.

    ``rpr`` is a factory returning a fresh w:rPr (or None).
    """
    run = etree.SubElement(parent, _W + "r")
    if rpr is not None:
        run.append(rpr())
    text = clean_text(text)
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(run, _W + "br")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                etree.SubElement(run, _W + "tab")
            if chunk:
                t = etree.SubElement(run, _W + "t")
                t.text = chunk
                t.set(XML_SPACE, "preserve")
    return run


class FitIds:
    """Unique w:fitText ids for one document (runs of one spread share an id)."""

    def __init__(self) -> None:
        self._next = 1

    def spread(self, parent, text: str, width_chars: float, pt: float = BODY_PT) -> None:
        """``text`` spread evenly (均等割り付け) over ``width_chars`` characters of ``pt``.

        Word: ``w:fitText`` (w:val twips, one w:id for the region). LibreOffice
        ignores fitText, so the runs also carry the equivalent character spacing,
        which Word ignores inside a fit region: all characters but the last in one
        run with the spacing, the last in a second run of the same region.
        """
        text = clean_text(text)
        twips = fit_twips(width_chars, pt)
        n = len(text)
        if n < 2 or "\t" in text or "\n" in text:
            add_run(parent, text)
            return
        fit_id = self._next
        self._next += 1
        gap = (twips - n * pt * 20) / (n - 1)

        def rpr(spacing: int):
            def make():
                el = etree.Element(_W + "rPr")
                if spacing:
                    sub(el, "spacing", val=spacing)
                sub(el, "fitText", val=twips, id=fit_id)
                return el
            return make

        add_run(parent, text[:-1], rpr(max(-(round(pt * 20) // 2), round(gap))))
        add_run(parent, text[-1], rpr(0))
