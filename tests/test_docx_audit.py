"""openxml-audit finds what Word would reject, and our DOCX has none of it."""

from __future__ import annotations

import io
import re
import zipfile

from conftest import SAMPLE
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.writers.docx import docx_bytes
from docxaudit import audit_findings, fresh_findings


def _with_part(data: bytes, name: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item)
            z.writestr(item, change(body) if item.filename == name else body)
    return out.getvalue()


def test_the_sample_has_no_findings():
    assert audit_findings(docx_bytes(build_document(load_draft(SAMPLE)))) == []


def test_the_validator_finds_a_misplaced_element():
    good = docx_bytes(build_document(load_draft(SAMPLE)))
    bad = _with_part(good, "word/document.xml",
                     lambda xml: xml.replace(b"<w:body>", b"<w:body><w:bogus/>", 1))
    assert audit_findings(bad)


def test_word_settings_compatibility_mode_15_and_a_zoom_percent():
    xml = zipfile.ZipFile(io.BytesIO(docx_bytes(build_document(load_draft(SAMPLE))))).read(
        "word/settings.xml").decode()
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in xml
    assert '<w:zoom w:percent="100"/>' in xml


def test_every_picture_has_its_own_id_and_no_latin_spacing_is_added():
    data = docx_bytes(build_document(load_draft(SAMPLE)))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    import re

    doc_pr = re.findall(r'<wp:docPr id="(\d+)"', xml)
    c_nv_pr = re.findall(r'<\w+:cNvPr id="(\d+)"', xml)
    assert len(doc_pr) == len(c_nv_pr) == 2
    assert len(set(doc_pr)) == 2 and "0" not in c_nv_pr and len(set(c_nv_pr)) == 2
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert '<w:autoSpaceDE w:val="0"/>' in styles and '<w:autoSpaceDN w:val="0"/>' in styles



def test_a_cached_verdict_is_the_validators_own():
    """audit_findings keeps verdicts by package content, the export time and the custom
    part's GUID made constant: for the clean sample and for variants of every part the
    key treats specially, the cached answer equals a fresh validation."""
    good = docx_bytes(build_document(load_draft(SAMPLE)))
    assert audit_findings(good) == [] == fresh_findings(good)
    variants = [
        _with_part(good, "word/document.xml",
                   lambda xml: xml.replace(b"<w:body>", b"<w:body><w:bogus/>", 1)),
        _with_part(good, "docProps/core.xml",
                   lambda xml: re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2001-02-03T04:05:06Z", xml)),
        _with_part(good, "docProps/core.xml",
                   lambda xml: re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>yesterday", xml)),
        _with_part(good, "customXml/itemProps1.xml",
                   lambda xml: re.sub(rb"itemID=\"[^\"]*\"", b'itemID="{not-a-guid}"', xml)),
        _with_part(good, "customXml/itemProps1.xml",
                   lambda xml: xml.replace(b"<ds:schemaRefs>", b"<ds:bogus/><ds:schemaRefs>", 1)),
    ]
    verdicts = [audit_findings(v) for v in variants]
    assert verdicts == [fresh_findings(v) for v in variants]
    assert verdicts[0] and verdicts[1] == []
