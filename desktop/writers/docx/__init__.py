"""The DOCX writer: the semantic Document in the official 出張報告書 layout.

The only module that touches Word XML; no Qt. ``docx_bytes`` builds the file in
memory; ``write_docx`` puts it in place atomically (the old file stays intact
if the target cannot be written).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.document.elements import Document
from desktop.model.atomic import (IncompleteWrite, atomic_write_bytes, check_target,
                                  resolve_target)
from desktop.writers.docx.build import docx_bytes
from desktop.writers.docx.fonts import FONT_CHOICES
from desktop.writers.errors import os_error_message

__all__ = ["FONT_CHOICES", "docx_bytes", "write_docx"]


def write_docx(document: Document, path: str | Path, *, font: str | None = None,
               draft=None) -> None:
    """Export ``document`` to ``path``; raises ExportError with a clerk-readable message.

    ``draft``, the Report the document was built from, is embedded so the DOCX reopens as it.
    """
    path = Path(path)
    try:
        check_target(resolve_target(path))  # before the work: a folder, a read-only file...
        data = docx_bytes(document, font=font, draft=draft)
        atomic_write_bytes(path, data, verify=_verify_zip)
    except OSError as exc:
        raise os_error_message(path, exc) from exc


def _verify_zip(tmp: Path) -> None:
    """The written file is a whole ZIP (its central directory at the end reads back)."""
    try:
        with zipfile.ZipFile(tmp) as archive:
            archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise IncompleteWrite(5, f"the DOCX was not written completely: {exc}", str(tmp)) from None
