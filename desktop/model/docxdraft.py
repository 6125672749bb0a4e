"""Reopen a DOCX written by this app as its draft (the part ``desktop.writers.docx.embedded`` adds).

``read_docx_draft(path, raw)`` finds the draft in the package, puts the photos
back from the document's media, validates it like any draft and tells whether
the document's text was changed after export (the stored digest against the
text now in ``word/document.xml``). A DOCX without a draft, or a damaged one,
raises ``DraftError`` naming the file. A draft of format version 2 stores its
text by reference to the document's paragraphs (``desktop.model.textrefs``);
version 1 holds it in full. Pure Python (zipfile, lxml); the package
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

from desktop.model import textrefs
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
NEWEST_VERSION = 2
"""1: the text in full; 2: the text by reference to the document's paragraphs."""


@dataclass
class DocxDraft:
    """The draft found in a DOCX, and whether the document was edited since export."""

    report: Report
    edited: bool
    paragraphs: list[str] = field(default_factory=list)
    """The document's paragraphs as they are now."""
    exported_digest: str = ""
    """The digest of the text at export (``desktop.model.docxtext.text_digest``)."""
    version: int = NEWEST_VERSION
    edits: list[textrefs.Edit] | None = None
    """Version 2: each paragraph changed, added or removed since export, with the draft
    fields that took text from it (empty if the text was not edited). None for version 1,
    which keeps the exported text instead (``desktop.importer.reopen`` compares it)."""
    lost: list[str] = field(default_factory=list)
    """JSON paths of fields that lost text because its paragraph was deleted in Word."""


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


def _sections(data) -> list[dict]:
    """The section objects of report data of any shape (the codec judges the shape later)."""
    def items(value) -> list:
        return value if isinstance(value, list) else []

    def field(value, key):
        return value.get(key) if isinstance(value, dict) else None

    return [section for dest in items(field(data, "destinations"))
            for section in items(field(field(dest, "visit"), "sections"))
            if isinstance(section, dict)]


def read_docx_draft(path, raw: bytes) -> DocxDraft:
    """The draft embedded in a DOCX this app wrote; DraftError if there is none."""
    package = Package(path, raw)
    root = _find_draft(package)
    if root is None:
        raise DraftError(path, "この Word 文書にはこのアプリの下書きが入っていません。"
                               "「取り込み」(shutcho import) で報告書として取り込めます",
                         "this Word document was not written by shutcho (no draft inside); "
                         "use import (shutcho import) to read it as a report")
    version = _version(path, root)
    try:
        data = json.loads(root.text or "")
    except (ValueError, RecursionError):
        raise DraftError(path, "DOCX の中の下書きが壊れています", "the draft inside the DOCX is damaged") from None
    paragraphs = package.paragraphs()
    digest = root.get("text") or ""
    edited = text_digest(paragraphs) != digest
    edits = lost = None
    if version >= 2:
        data, edits, lost = _resolve(path, root, data, paragraphs, edited)
    lookup: dict[str, str] = {}
    complete = True
    for section in _sections(data):
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
    return DocxDraft(report, edited or not complete, paragraphs, digest, version, edits, lost or [])


def _version(path, root) -> int:
    version = root.get("version", "1")
    if not version.isascii() or not version.isdigit() or not 1 <= int(version) < 1000:
        raise DraftError(path, "DOCX の中の下書きの版が読めません",
                         "the draft inside the DOCX has an unreadable format version")
    if int(version) > NEWEST_VERSION:
        raise DraftError(path, f"この DOCX の下書きは新しい版 (第{version}版) で書かれています。"
                               f"このアプリが読めるのは第{NEWEST_VERSION}版までです。アプリを更新してください",
                         f"the draft inside this DOCX is format version {version}; this app reads "
                         f"up to version {NEWEST_VERSION}. Please update the app")
    return int(version)


def _resolve(path, root, data, paragraphs: list[str], edited: bool):
    """Version 2: the text put back from the document's paragraphs (``textrefs``)."""
    raw_now, words_now = [], []
    for text in paragraphs:
        words = "".join(text.split())
        if words:  # as ``squeezed`` does
            raw_now.append(text)
            words_now.append(words)
    try:
        exported = textrefs.unpack_hashes(root.get("paragraphs") or "")
        if edited:
            targets, edits = textrefs.align(exported, words_now, raw_now)
        else:
            if len(exported) != len(words_now):
                raise textrefs.RefError("paragraphs", "段落の数が照合用データと合いません",
                                        "the number of paragraphs does not match the hashes")
            targets, edits = None, []
        resolver = textrefs.Resolver(exported, words_now, raw_now, targets)
        data = resolver.resolve(data)
    except textrefs.RefError as exc:
        raise DraftError(path, f"DOCX の中の下書きの本文参照が正しくありません: {exc.where}: {exc.ja}",
                         f"a text reference in the draft inside the DOCX is wrong at {exc.where}: "
                         f"{exc.en}") from None
    except RecursionError:
        raise DraftError(path, "入れ子が深すぎて読めません", "the JSON is nested too deeply") from None
    return data, edits, resolver.lost
