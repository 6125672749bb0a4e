"""The one error every writer raises: a message for the clerk naming the file."""

from __future__ import annotations

from pathlib import Path

from desktop.model.errors import FileProblem


class ExportError(FileProblem):
    """An export that could not be written; the old file (if any) is untouched."""


def os_error_message(path: str | Path, exc: OSError) -> ExportError:
    """Turn an OSError from writing ``path`` into an ExportError a clerk understands."""
    if isinstance(exc, PermissionError):
        return ExportError(path, "書き込めません。ファイルが Word などで開かれているか、書き込み権限がありません",
                           "cannot write: the file is open in another program (Word?) or read-only")
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return ExportError(path, "保存先のフォルダーがありません", "the target folder does not exist")
    return ExportError(path, f"書き込めませんでした: {exc.strerror or exc}", f"could not write: {exc}")
