"""Document -> DOCX bytes: python-docx's package, our styles, section and body XML."""

from __future__ import annotations

import io

import docx

from desktop.document.elements import AddresseeLine, Document, Figure, HeaderTable, Para, Title
from desktop.writers.docx.body import write_para
from desktop.writers.docx.embedded import embed_draft
from desktop.writers.docx.fonts import choose_font
from desktop.writers.docx.footer import add_page_numbers
from desktop.writers.docx.header import write_addressee, write_header_table, write_title
from desktop.writers.docx.page import setup_section
from desktop.writers.docx.photos import Photos
from desktop.writers.docx.properties import set_properties
from desktop.writers.docx.settings import set_settings
from desktop.writers.docx.styles import build_styles
from desktop.writers.docx.xml import FitIds, sub


def build_docx(document: Document, *, font: str | None = None, draft=None):
    """A python-docx Document holding the report (and ``draft``, the Report, embedded)."""
    doc = docx.Document()
    build_styles(doc.styles.element, choose_font(document.meta.font, font))

    body = doc.element.body
    sect_pr = body.sectPr
    for child in list(body):
        body.remove(child)
    ids = FitIds()
    photos = Photos(doc.part)
    for element in document.elements:
        if isinstance(element, Para):
            runs = photos.place_before(body) if photos.pending else ()
            p = write_para(body, element)
            for i, run in enumerate(runs):
                p.insert(1 + i, run)  # after w:pPr
        elif isinstance(element, Figure):
            photos.add(element)
        elif isinstance(element, Title):
            write_title(body, element, ids)
        elif isinstance(element, AddresseeLine):
            write_addressee(body, element, ids)
        elif isinstance(element, HeaderTable):
            write_header_table(body, element, ids)
    if photos.pending:
        runs = photos.place_before(body)
        p = sub(body, "p")
        for run in runs:
            p.append(run)
    body.append(sect_pr)
    setup_section(sect_pr)
    if document.meta.page_numbers:
        add_page_numbers(doc.sections[0])
    set_properties(doc, document.meta)
    set_settings(doc)
    if draft is not None:
        embed_draft(doc, draft)
    return doc


def docx_bytes(document: Document, *, font: str | None = None, draft=None) -> bytes:
    """The DOCX file of ``document``, built in memory."""
    out = io.BytesIO()
    build_docx(document, font=font, draft=draft).save(out)
    return out.getvalue()
