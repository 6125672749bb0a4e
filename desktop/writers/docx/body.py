"""Body paragraphs: style, indents (hanging after a label), spacing, breaks."""

from __future__ import annotations

from desktop.document.elements import LINE_PITCH_PT, Para
from desktop.writers.docx.styles import STYLES, add_ind
from desktop.writers.docx.xml import add_run, sub


def write_para(body, para: Para):
    """Append one paragraph: label, text and tag in one run; only what the style lacks is direct."""
    d = STYLES[para.style]
    p = sub(body, "p")
    ppr = sub(p, "pPr")
    sub(ppr, "pStyle", val=d.style_id)
    if para.keep_with_next != d.keep_next:
        sub(ppr, "keepNext", **({} if para.keep_with_next else {"val": 0}))
    if para.page_break_before:
        sub(ppr, "pageBreakBefore")
    if para.space_before:
        sub(ppr, "spacing", before=round(para.space_before * LINE_PITCH_PT * 20),
            beforeLines=round(para.space_before * 100))
    shape = (para.indent, para.hanging, para.first_line)
    if shape != d.indent:
        add_ind(ppr, *shape)
    if para.full_text:
        add_run(p, para.full_text)
    return p
