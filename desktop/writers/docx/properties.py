"""Document properties: title and author from the report, nothing from the template.

python-docx's default template says "python-docx" and "Microsoft Macintosh Word"
and carries a thumbnail and sample customXml; all of that is replaced or dropped.
"""

from __future__ import annotations

from datetime import datetime, timezone

from desktop.document.elements import Meta
from desktop.jtext.xmlsafe import clean_text

APPLICATION = "shutcho 出張報告書エディタ"
DEFAULT_AUTHOR = "議会事務局"

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>{app}</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_DROP_RELTYPES = ("/thumbnail", "/customXml", "/stylesWithEffects")


def _drop_template_parts(doc) -> None:
    for rels in (doc.part.package.rels, doc.part.rels):
        for rid in [rid for rid, rel in rels.items() if rel.reltype.endswith(_DROP_RELTYPES)]:
            del rels[rid]


def set_properties(doc, meta: Meta, now: datetime | None = None) -> None:
    """Core and app properties of the export; created = modified = now."""
    _drop_template_parts(doc)
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    cp = doc.core_properties
    cp.title = clean_text(meta.title).replace("\n", " ")[:255]
    cp.author = clean_text(meta.author).replace("\n", " ")[:255] or DEFAULT_AUTHOR
    for name in ("last_modified_by", "comments", "keywords", "category", "subject",
                 "content_status", "identifier", "language", "version"):
        setattr(cp, name, "")
    cp.revision = 1
    cp.created = now
    cp.modified = now
    for rel in doc.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = _APP_XML.format(app=APPLICATION).encode("utf-8")
