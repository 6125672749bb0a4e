"""The lines of a past report, from a DOCX, a PDF or a text file.

- **DOCX** (any Word file, ours or a clerk's): paragraphs and table cells in
  reading order, read with the same limited ZIP reader as the embedded draft
  (``desktop.model.docxdraft.Package``): a ZIP bomb is refused, not unpacked;
  tables nested deeper than ``MAX_TABLE_DEPTH`` are refused.
- **PDF**: text by pypdf (pure Python, maintained, no C library to bundle:
  it works in the Windows one-folder app where poppler is not installed).
  A PDF without text (a scan) is refused with a message saying so.
- **Text** (``pdftotext`` output or any text file): UTF-8 (with or without BOM),
  UTF-16 with BOM, or Shift_JIS (cp932, what Japanese Windows writes). Binary
  files are refused.

Every failure is an ``ImportFailure`` (a FileProblem) naming the file.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from desktop.importer.paragraphs import Line
from desktop.model.draft import DraftError, read_bytes
from desktop.model.errors import FileProblem

MAX_CHARS = 2_000_000
"""Characters of text taken from one file (a whole report is about 20,000)."""
MAX_LINES = 100_000
MAX_PDF_PAGES = 1_000
MAX_TABLE_DEPTH = 8
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class ImportFailure(FileProblem):
    """A file that cannot be imported as a report."""


def _too_much(path) -> ImportFailure:
    return ImportFailure(path, f"文字が多すぎて報告書として読めません (上限 {MAX_CHARS:,} 字)",
                         f"too much text for a report (limit {MAX_CHARS:,} characters)")


def _lines_of(path, text: str, hard: bool = False) -> list[Line]:
    if len(text) > MAX_CHARS:
        raise _too_much(path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > MAX_LINES:
        raise ImportFailure(path, f"行が多すぎます (上限 {MAX_LINES:,} 行)",
                            f"too many lines (limit {MAX_LINES:,})")
    blank = sum(1 for line in lines if not line.strip())
    out = [Line(line, hard) for line in lines]
    if not hard and blank < len(lines) * 0.3:
        # Blank lines are rare: they separate paragraphs (a typed text file).
        for n, line in enumerate(out[:-1]):
            if line.text.strip() and not out[n + 1].text.strip():
                line.hard = True
    return out


# -- text ----------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_text(path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw[:65536]:
        for encoding in ("utf-8-sig", "cp932"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(_CONTROL.findall(text[:65536])) <= 8:
                return text
    raise ImportFailure(path, "文字のファイル (テキスト) として読めません。バイナリのファイルのようです",
                        "not readable as text: the file looks binary")


# -- PDF -----------------------------------------------------------------------


def pdf_text(path, raw: bytes) -> str:
    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ModuleNotFoundError:
        raise ImportFailure(path, "PDF の取り込みはこの環境では使えません (pypdf がありません)",
                            "PDF import is not available here: pypdf is missing") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means: locked
                raise ImportFailure(path, "パスワードで保護された PDF は読めません",
                                    "the PDF is password-protected") from None
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ImportFailure(path, f"ページが多すぎます (上限 {MAX_PDF_PAGES} ページ)",
                                f"too many pages (limit {MAX_PDF_PAGES})")
        parts, total = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_CHARS:
                raise _too_much(path)
            parts.append(text)
    except ImportFailure:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, OSError, RecursionError, ZeroDivisionError) as exc:
        raise ImportFailure(path, "PDF が壊れているため読めません",
                            f"the PDF is damaged and cannot be read: {type(exc).__name__}") from None
    text = "\n".join(parts)
    if not text.strip():
        raise ImportFailure(path, "この PDF には文字がありません (スキャンした画像だけの PDF は取り込めません)",
                            "the PDF holds no text (a scanned, image-only PDF cannot be imported)")
    return text


# -- DOCX ----------------------------------------------------------------------


def _docx_lines(path, raw: bytes) -> list[Line]:
    from desktop.model.docxdraft import Package
    from desktop.model.docxtext import paragraph_text

    try:
        package = Package(path, raw)
        root = package.xml(package.main_document())
    except DraftError as exc:
        raise ImportFailure(path, exc.ja, exc.en) from None
    body = root.find(W + "body")
    if body is None:
        raise ImportFailure(path, "Word 文書に本文がありません", "the Word document has no body")
    lines: list[Line] = []
    total = 0

    def walk(container, depth: int) -> None:
        nonlocal total
        if depth > MAX_TABLE_DEPTH:
            raise ImportFailure(path, f"表の入れ子が深すぎます (上限 {MAX_TABLE_DEPTH} 段)",
                                f"tables are nested too deeply (limit {MAX_TABLE_DEPTH})")
        for child in container:
            if child.tag == W + "p":
                text = paragraph_text(child)
                total += len(text)
                if total > MAX_CHARS or len(lines) > MAX_LINES:
                    raise _too_much(path)
                for part in text.split("\n"):
                    lines.append(Line(part, True))
            elif child.tag == W + "tbl":
                for row in child.iter(W + "tr"):
                    if row.getparent() is not child:
                        continue
                    for cell in row.findall(W + "tc"):
                        walk(cell, depth + 1)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"):
                walk(child, depth + 1)  # content controls: their paragraphs, in order

    walk(body, 0)
    return lines


# -- any file ------------------------------------------------------------------


def source_lines(path: str | Path) -> tuple[str, list[Line]]:
    """(kind, lines) of the file at ``path``: kind is "docx", "pdf" or "text"."""
    path = Path(path)
    try:
        raw = read_bytes(path)
    except DraftError as exc:
        raise ImportFailure(path, exc.ja, exc.en) from None
    if not raw.strip():
        raise ImportFailure(path, "ファイルが空です", "the file is empty")
    if raw[:4] == b"PK\x03\x04":
        return "docx", _docx_lines(path, raw)
    if raw[:5] == b"%PDF-" or b"%PDF-" in raw[:1024]:
        return "pdf", _lines_of(path, pdf_text(path, raw))
    if raw[:2] == b"\xd0\xcf":
        raise ImportFailure(path, "古い Word 形式 (.doc) は読めません。Word で DOCX として保存し直してください",
                            "old Word format (.doc) is not supported; save it as DOCX in Word first")
    return "text", _lines_of(path, decode_text(path, raw))
