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

from desktop.importer.paragraphs import FULL, Line
from desktop.model.draft import DraftError, read_bytes
from desktop.model.errors import FileProblem

MAX_CHARS = 2_000_000
"""Characters of text taken from one file (a whole report is about 20,000)."""
MAX_LINES = 100_000
MAX_PDF_PAGES = 1_000
MAX_TABLE_DEPTH = 8
PRINTED_MAX = 42
"""A longer line is not a printed one: a typed paragraph."""
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
    if blank >= len(lines) * 0.3:
        # Every printed line followed by an empty one (the reference's form): a line of
        # spaces only is a blank line printed in the report.
        for line in out:
            if line.text and not line.text.strip():
                line.blank = True
    if not hard and blank < len(lines) * 0.3:
        # Blank lines are rare: they are blank lines of the page (pdftotext's output) or
        # separate paragraphs (a typed text file), except after a full printed line (a
        # page break inside a paragraph).
        for n, line in enumerate(out[:-1]):
            if line.text.strip() and not out[n + 1].text.strip() and not (
                    FULL <= len(line.visible) <= PRINTED_MAX):
                line.hard = True
                out[n + 1].blank = True
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
        from pypdf.errors import LimitReachedError, PyPdfError
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
            if text.strip():
                text = _mark_blank_lines(text, page.extract_text(extraction_mode="layout") or "")
            parts.append(text)
    except ImportFailure:
        raise
    except LimitReachedError:
        raise ImportFailure(path, "PDF の中身が大きすぎて読めません (展開すると上限を超えます)",
                            "the PDF's content is too large to read (it expands past pypdf's limits)"
                            ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, OSError, RecursionError, ZeroDivisionError) as exc:
        raise ImportFailure(path, "PDF が壊れているため読めません",
                            f"the PDF is damaged and cannot be read: {type(exc).__name__}") from None
    text = "\n".join(parts)
    if not text.strip():
        raise ImportFailure(path, "この PDF には文字がありません (スキャンした画像だけの PDF は取り込めません)",
                            "the PDF holds no text (a scanned, image-only PDF cannot be imported)")
    return text


def _mark_blank_lines(plain: str, layout: str) -> str:
    """The page's text in reading order (``plain``), with the blank lines printed on the page.

    pypdf's plain text keeps no vertical space; its layout mode does (an empty line
    where the page has a blank one) but puts side-by-side columns on one line. A
    line of the plain text that follows an empty line in the layout text gets a
    line of one space before it: a printed blank line (see ``_lines_of``).
    """
    after_blank: set[str] = set()
    seen_text = False
    previous_blank = False
    for line in layout.splitlines():
        key = "".join(line.split())
        if not key:
            previous_blank = seen_text
            continue
        if previous_blank:
            after_blank.add(key)
        previous_blank, seen_text = False, True
    out = []
    for line in plain.splitlines():
        if "".join(line.split()) in after_blank:
            out.append(BLANK_MARK)
        out.append(line)
    return "\n".join(out)


BLANK_MARK = "\u3000"
"""A line of one ideographic space stands for a blank line printed in a PDF."""


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
                if not text.strip():
                    lines.append(Line("", True, blank=True))
                    continue
                total += len(text)
                if total > MAX_CHARS or len(lines) > MAX_LINES:
                    raise _too_much(path)
                indent = _paragraph_indent(child)
                for part in text.split("\n"):
                    lines.append(Line(part, True, indent=indent))
            elif child.tag == W + "tbl":
                for cell in _cells_in_reading_order(child):
                    walk(cell, depth + 1)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"):
                walk(child, depth + 1)  # content controls: their paragraphs, in order

    walk(body, 0)
    return lines


def _paragraph_indent(p) -> float:
    """Where the paragraph's first line starts, in characters, from its own w:ind
    (0 when the indent comes from a style or there is none)."""
    ind = p.find(f"{W}pPr/{W}ind")
    if ind is None:
        return 0.0

    def number(name: str) -> float:
        try:
            return float(ind.get(W + name) or 0)
        except ValueError:
            return 0.0

    if any(ind.get(W + n) is not None for n in ("leftChars", "startChars", "firstLineChars",
                                                  "hangingChars")):
        left = number("leftChars") or number("startChars")
        return (left + number("firstLineChars") - number("hangingChars")) / 100
    left = number("left") or number("start")
    return (left + number("firstLine") - number("hanging")) / 210  # 10.5 pt characters


def _cells_in_reading_order(table) -> list:
    """The table's cells, row by row; the header block (職氏名 / 用務 / 期間 / 出張先)
    column by column, as it is read: the whole roster, then 用務, 期間 and 出張先,
    however a clerk split it into rows."""
    from desktop.model.docxtext import paragraph_text

    rows = [row.findall(W + "tc") for row in table.findall(W + "tr")]
    text = "".join("".join(paragraph_text(cell).split()) for row in rows for cell in row)
    if "職氏名" not in text or not any(label in text for label in ("用務", "出張先")):
        return [cell for row in rows for cell in row]
    width = max((len(row) for row in rows), default=0)
    return [row[column] for column in range(width) for row in rows if column < len(row)]


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
        lines = _lines_of(path, pdf_text(path, raw))
        for line in lines:
            line.blank = line.text == BLANK_MARK
        return "pdf", lines
    if raw[:2] == b"\xd0\xcf":
        raise ImportFailure(path, "古い Word 形式 (.doc) は読めません。Word で DOCX として保存し直してください",
                            "old Word format (.doc) is not supported; save it as DOCX in Word first")
    return "text", _lines_of(path, decode_text(path, raw))
