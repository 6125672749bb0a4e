"""The DOCX writer: the semantic Document in the official 出張報告書 layout.

The only module that touches Word XML; no Qt. ``docx_bytes`` builds the file in
memory; ``write_docx`` puts it in place atomically (the old file stays intact
if the target cannot be written).
"""

from __future__ import annotations

from pathlib import Path

from desktop.document.elements import Document
from desktop.model.atomic import atomic_write_bytes
from desktop.writers.docx.build import docx_bytes
from desktop.writers.docx.fonts import FONT_CHOICES
from desktop.writers.errors import ExportError, os_error_message

__all__ = ["FONT_CHOICES", "docx_bytes", "write_docx"]


def write_docx(document: Document, path: str | Path, *, font: str | None = None,
               draft=None) -> None:
    """Export ``document`` to ``path``; raises ExportError with a clerk-readable message.

    ``draft``, the Report the document was built from, is embedded so the DOCX reopens as it.
    """
    path = Path(path)
    data = docx_bytes(document, font=font, draft=draft)
    if path.is_dir():
        raise ExportError(path, "同じ名前のフォルダーがあるため保存できません",
                          "a folder with this name exists")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise os_error_message(path, exc) from exc
