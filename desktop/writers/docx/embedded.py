"""The draft inside the DOCX: a custom XML part, so the exported file reopens as its draft.

Word keeps custom XML parts (``/customXml/itemN.xml`` with its ``itemPropsN.xml``)
when it saves a document, so a DOCX edited and saved in Word still carries it.
The part holds::

    <sd:draft xmlns:sd="urn:x-shutcho:draft" format="shutcho-draft" version="2"
              text="sha256 of the body text at export"
              paragraphs="base64 of a short hash per paragraph">{report JSON}</sd:draft>

The JSON is the draft's report data (docs/draft-format.md), except that its text
is stored by reference to the document's own paragraphs where that pays
(``desktop.model.textrefs``: the DOCX grows a few percent, not by the text again), and that a photo
placed in the document names its picture in the document's media instead of
carrying it again: ``"image": {"media": "/word/media/image1.png", "sha256": ...,
"mime", "width", "height"}``. A photo is stored as placed (``desktop.imaging.placed``):
a clean JPEG/PNG of at most 600 dpi at its printed width (every photo the editor
inserts) is placed as it is, so the reopened draft's photo is the original byte for
byte; a larger one is shrunk to 300 dpi, one with metadata is stripped, and the
reopened draft holds that placed picture. A photo that is not in
the document (unreadable) keeps its bytes inline, so nothing is lost.
``desktop.model.docxdraft`` reads it back.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from desktop.model.codec import report_to_data
from desktop.model import textrefs
from desktop.model.docxtext import body_paragraphs, squeezed, text_digest
from desktop.model.report import Report
from desktop.writers.docx.photos import _print_ready

NAMESPACE = "urn:x-shutcho:draft"
DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _image_parts(doc) -> dict[str, str]:
    """sha256 of each picture in the package -> its part name."""
    found = {}
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/image"):
            continue
        part = rel.target_part
        found.setdefault(hashlib.sha256(part.blob).hexdigest(), str(part.partname))
    return found


def _photo_refs(blocks: list, media: dict[str, str]) -> None:
    for block in blocks:
        if block.get("type") == "photo":
            image = block["image"]
            raw = base64.b64decode(image["data"])
            try:
                placed = _print_ready(raw, image["mime"], image["width"], image["height"],
                                      block["width_mm"])
            except ValueError:
                continue
            digest = hashlib.sha256(placed.data).hexdigest()
            if digest in media:
                block["image"] = {"media": media[digest], "sha256": digest, "mime": placed.mime,
                                  "width": placed.width, "height": placed.height}
        _photo_refs(block.get("children", ()), media)


FORMAT_VERSION = 2
"""1: the report's text in full; 2: text by reference to the document's paragraphs."""


def draft_xml(report: Report, paragraphs: list[str], media: dict[str, str]) -> bytes:
    """The draft part for a document whose body paragraphs are ``paragraphs``."""
    data = report_to_data(report)
    for dest in data["destinations"]:
        for section in dest["visit"]["sections"]:
            _photo_refs(section["blocks"], media)
    words = squeezed(paragraphs)
    data = textrefs.encode(data, words)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # JSON escapes control characters itself; what XML 1.0 cannot hold travels as \u escapes.
    text = _NOT_XML.sub(lambda m: "\\u%04x" % ord(m.group()), text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<sd:draft xmlns:sd="{NAMESPACE}" format="shutcho-draft" version="{FORMAT_VERSION}" '
            f'text="{text_digest(paragraphs)}" paragraphs="{textrefs.pack_hashes(words)}">'
            f'{text}</sd:draft>').encode("utf-8")


def _props_xml() -> bytes:
    item_id = "{%s}" % "-".join(os.urandom(n).hex().upper() for n in (4, 2, 2, 2, 6))
    return ("<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
            f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{DATASTORE_NS}">'
            f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
            "</ds:datastoreItem>").encode("utf-8")


def embed_draft(doc, report: Report) -> None:
    """Add ``report`` to the python-docx document ``doc`` (call it when the body is complete)."""
    package = doc.part.package
    item = Part(PackURI("/customXml/item1.xml"), "application/xml",
                draft_xml(report, body_paragraphs(doc.element.body), _image_parts(doc)), package)
    props = Part(PackURI("/customXml/itemProps1.xml"), PROPS_CONTENT_TYPE, _props_xml(), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)
