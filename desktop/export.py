"""Export facade: a Report to DOCX or PDF, for the command line and the editor.

Imports stay inside the functions: a DOCX export never loads Qt, and a missing
writer is reported as ``FormatUnavailable`` (the command line exits 2).
Every failure to write the target is an ``ExportError`` naming the file.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop.writers.errors import ExportError, os_error_message

FORMAT_NAMES = {"docx": "DOCX (Word)", "pdf": "PDF"}
_WRITER_MODULES = {"docx": "desktop.writers.docx", "pdf": "desktop.writers.pdf"}
_NEEDED = {"docx": ("desktop.writers.docx", "docx", "lxml", "PIL"),
           "pdf": ("desktop.writers.pdf", "desktop.render", "PySide6", "shiboken6")}


class FormatUnavailable(Exception):
    """A format whose writer (or a library it needs) is not installed."""

    def __init__(self, fmt: str, missing: str):
        self.fmt = fmt
        self.missing = missing
        name = FORMAT_NAMES.get(fmt, fmt)
        self.ja = f"{name} の書き出しはこの環境では使えません ({missing} がありません)"
        self.en = f"{name} export is not available here: {missing} is missing"
        super().__init__(f"{self.ja} ({self.en})")


def writer_module(fmt: str):
    """Import the writer for ``fmt`` ("docx" or "pdf"), or raise FormatUnavailable."""
    try:
        return importlib.import_module(_WRITER_MODULES[fmt])
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if any(missing == n or missing.startswith(n + ".") for n in _NEEDED[fmt]):
            raise FormatUnavailable(fmt, missing) from None
        raise


def _refuse_target(path: Path) -> None:
    """An ExportError (never a traceback) for a target that cannot be written."""
    from desktop.model.atomic import check_target, resolve_target

    try:
        check_target(resolve_target(path))
    except OSError as exc:
        raise os_error_message(path, exc) from None


def export_warnings(report) -> list[str]:
    """What the export leaves out and the clerk must be told (photos that cannot be
    used), each "ja (en)". The export still succeeds: the rest of the report is sound."""
    from desktop.imaging import photo_problem
    from desktop.model.budget import photos

    out = []
    for number, photo in enumerate((p for p in photos(report) if p.image.data), start=1):
        problem = photo_problem(photo.image)  # remembered: the writer already decoded it
        if problem:
            name = f"「{photo.caption.strip()[:20]}」" if photo.caption.strip() else ""
            out.append(f"写真{number}{name}は使えないため書き出しに入っていません: {problem[0]} "
                       f"(photo {number} {name}is left out, it cannot be used: {problem[1]})")
    return out


def _refuse_over_budget(report, path: Path) -> None:
    """A report grown past the export budget in the editor is refused, not exported for minutes."""
    from desktop.model.budget import over_budget

    problem = over_budget(report)
    if problem:
        raise ExportError(path, problem[0], problem[1])


def export_docx(report, path: str | Path, *, font: str | None = None) -> list[str]:
    """Write ``report`` as a Word document (no Qt involved); return export_warnings."""
    path = Path(path)
    writer = writer_module("docx")
    from desktop.document import build_document

    _refuse_target(path)
    _refuse_over_budget(report, path)
    document = build_document(report)
    try:
        writer.write_docx(document, path, font=font, draft=report)
    except OSError as exc:  # a writer should raise ExportError itself; this is the backstop
        raise os_error_message(path, exc) from None
    return export_warnings(report)


def export_pdf(report, path: str | Path, *, pdf_a: bool = True) -> list[str]:
    """Write ``report`` as a PDF (PDF/A by default) through the Qt renderer, offscreen;
    return export_warnings."""
    path = Path(path)
    writer = writer_module("pdf")
    from desktop.document import build_document
    from desktop.render.fonts import ensure_app

    _refuse_target(path)
    _refuse_over_budget(report, path)
    ensure_app()
    document = build_document(report)
    try:
        writer.write_pdf(document, path, pdf_a=pdf_a)
    except OSError as exc:
        raise os_error_message(path, exc) from None
    return export_warnings(report)


EXPORTERS = {"docx": export_docx, "pdf": export_pdf}
