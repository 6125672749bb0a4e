"""Page numbers "- 1 -" centred in the footer (a PAGE field), when the report asks."""

from __future__ import annotations

from desktop.writers.docx.styles import PAGE_NUMBER_STYLE
from desktop.writers.docx.xml import sub


def _field_char(p, kind: str) -> None:
    sub(sub(p, "r"), "fldChar", fldCharType=kind)


def add_page_numbers(section) -> None:
    """Give ``section`` (python-docx Section) a footer holding "- PAGE -"."""
    footer = section.footer
    footer.is_linked_to_previous = False
    ftr = footer._element
    for child in list(ftr):
        ftr.remove(child)
    p = sub(ftr, "p")
    sub(sub(p, "pPr"), "pStyle", val=PAGE_NUMBER_STYLE.style_id)
    t = sub(sub(p, "r"), "t")
    t.text = "- "
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _field_char(p, "begin")
    instr = sub(sub(p, "r"), "instrText")
    instr.text = " PAGE "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _field_char(p, "separate")
    sub(sub(p, "r"), "t").text = "1"
    _field_char(p, "end")
    t = sub(sub(p, "r"), "t")
    t.text = " -"
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
