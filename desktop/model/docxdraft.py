"""Reopen a DOCX written by this app as its draft (the part ``desktop.writers.docx.embedded`` adds).

``read_docx_draft(path, raw)`` finds the draft in the package, puts the photos
back from the document's media, validates it like any draft and tells whether
the document's text was changed after export (the stored digest against the
text now in ``word/document.xml``). A DOCX without a draft, or a damaged one,
raises ``DraftError`` naming the file. Pure Python (zipfile, lxml); the package
is read with limits on every part, so a ZIP bomb is refused, not unpacked.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import posixpath
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from desktop.model.codec import ReportDataError, report_from_data
from desktop.model.docxtext import W, body_paragraphs, text_digest
from desktop.model.draft import DraftError
from desktop.model.report import Report

NAMESPACE = "urn:x-shutcho:draft"
ZIP_MAGIC = b"PK\x03\x04"
MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest uncompressed part read (document.xml, the draft, one picture)."""
MAX_RATIO = 200
"""A part that inflates more than this many times its compressed size is a bomb."""
MAX_ENTRIES = 10_000


@dataclass
class DocxDraft:
    """The draft found in a DOCX, and whether the document was edited since export."""

    report: Report
    edited: bool
    paragraphs: list[str] = field(default_factory=list)
    """The document's paragraphs as they are now."""
    exported_digest: str = ""
    """The digest of the text at export (``desktop.model.docxtext.text_digest``)."""


def is_docx(path, raw: bytes) -> bool:
    return raw[:4] == ZIP_MAGIC or str(path).lower().endswith((".docx", ".docm"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, remove_comments=True)


class Package:
    """A DOCX (ZIP) read with limits; ``part(name)`` gives one part's bytes."""

    def __init__(self, path, raw: bytes):
        self.path = path
        if raw[:4] != ZIP_MAGIC:
            raise DraftError(path, "Word 文書 (DOCX) ではありません", "not a Word document (DOCX)")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise DraftError(path, "DOCX が壊れているため読めません (ZIP として開けません)",
                             "the DOCX is damaged (not a readable ZIP file)") from None
        if len(infos) > MAX_ENTRIES:
            raise DraftError(path, "DOCX の中のファイルが多すぎます", "too many parts in the DOCX")
        self.infos = {info.filename: info for info in infos}

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name.lstrip("/") in self.infos

    def part(self, name: str) -> bytes:
        info = self.infos.get(name.lstrip("/"))
        if info is None:
            raise DraftError(self.path, f"DOCX に {name} がありません", f"the DOCX has no {name}")
        if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise DraftError(self.path, f"DOCX の {name} が大きすぎます (圧縮爆弾の疑い)",
                             f"{name} in the DOCX is too large (a ZIP bomb?)")
        try:
            with self.zip.open(info) as handle:
                data = handle.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
                RuntimeError) as exc:
            raise DraftError(self.path, f"DOCX の {name} が壊れています",
                             f"{name} in the DOCX is damaged: {exc}") from None
        if len(data) > MAX_PART_BYTES:
            raise DraftError(self.path, f"DOCX の {name} が大きすぎます",
                             f"{name} in the DOCX is too large")
        return data

    def xml(self, name: str):
        try:
            return etree.fromstring(self.part(name), _parser())
        except (etree.XMLSyntaxError, ValueError):
            raise DraftError(self.path, f"DOCX の {name} が XML として読めません",
                             f"{name} in the DOCX is not well-formed XML") from None

    def main_document(self) -> str:
        """The name of the main document part (word/document.xml as a rule)."""
        if self.has("_rels/.rels"):
            rels = self.xml("_rels/.rels")
            for rel in rels:
                if str(rel.get("Type", "")).endswith("/officeDocument"):
                    return posixpath.normpath(rel.get("Target", "").lstrip("/"))
        return "word/document.xml"

    def paragraphs(self) -> list[str]:
        root = self.xml(self.main_document())
        body = root.find(W + "body")
        return body_paragraphs(body if body is not None else root)


def _find_draft(package: Package):
    """The draft element, or None. Word may renumber the customXml items: look at all."""
    for name in package.names():
        if not name.startswith("customXml/") or not name.endswith(".xml") or "itemProps" in name:
            continue
        if "_rels" in name:
            continue
        try:
            root = package.xml(name)
        except DraftError:
            continue
        if root.tag == "{%s}draft" % NAMESPACE:
            return root
    return None


def _media_by_hash(package: Package) -> dict[str, str]:
    found = {}
    for name in package.names():
        if name.startswith("word/media/"):
            try:
                found[hashlib.sha256(package.part(name)).hexdigest()] = name
            except DraftError:
                continue
    return found


def _restore_photos(package: Package, blocks, lookup: dict) -> bool:
    """Put media bytes back into photo blocks; False if a picture is missing.

    A photo whose picture is no longer in the document (removed or replaced in
    Word) is left out of the draft, and the document counts as edited.
    """
    complete = True
    if not isinstance(blocks, list):
        return True
    for block in list(blocks):
        if not isinstance(block, dict):
            continue
        image = block.get("image")
        if isinstance(image, dict) and "media" in image:
            digest = image.pop("sha256", "")
            name = str(image.pop("media")).lstrip("/")
            data = package.part(name) if package.has(name) else b""
            if hashlib.sha256(data).hexdigest() != digest:
                if not lookup:
                    lookup.update(_media_by_hash(package))
                data = package.part(lookup[digest]) if digest in lookup else b""
            if not data:
                complete = False
                blocks.remove(block)
                continue
            image["data"] = base64.b64encode(data).decode("ascii")
        complete &= _restore_photos(package, block.get("children"), lookup)
    return complete


def read_docx_draft(path, raw: bytes) -> DocxDraft:
    """The draft embedded in a DOCX this app wrote; DraftError if there is none."""
    package = Package(path, raw)
    root = _find_draft(package)
    if root is None:
        raise DraftError(path, "この Word 文書にはこのアプリの下書きが入っていません。"
                               "「取り込み」(shutcho import) で報告書として取り込めます",
                         "this Word document was not written by shutcho (no draft inside); "
                         "use import (shutcho import) to read it as a report")
    try:
        data = json.loads(root.text or "")
    except (ValueError, RecursionError):
        raise DraftError(path, "DOCX の中の下書きが壊れています", "the draft inside the DOCX is damaged") from None
    lookup: dict[str, str] = {}
    complete = True
    if isinstance(data, dict):
        for dest in data.get("destinations") or []:
            visit = dest.get("visit") if isinstance(dest, dict) else None
            for section in (visit or {}).get("sections") or [] if isinstance(visit, dict) else []:
                if isinstance(section, dict):
                    complete &= _restore_photos(package, section.get("blocks"), lookup)
    try:
        report = report_from_data(data)
    except RecursionError:
        raise DraftError(path, "入れ子が深すぎて読めません", "the JSON is nested too deeply") from None
    except ReportDataError as exc:
        first = exc.problems[0]
        raise DraftError(path, f"DOCX の中の下書きに誤りがあります: {first.path}: {first.ja}",
                         f"invalid draft inside the DOCX at {first.path}: {first.en}",
                         exc.problems) from None
    paragraphs = package.paragraphs()
    edited = text_digest(paragraphs) != root.get("text") or not complete
    return DocxDraft(report, edited, paragraphs, root.get("text") or "")
