"""The one error every writer raises: a message for the clerk naming the file."""

from __future__ import annotations

from pathlib import Path

from desktop.model.atomic import describe_os_error
from desktop.model.errors import FileProblem


class ExportError(FileProblem):
    """An export that could not be written; the old file (if any) is untouched."""


def os_error_message(path: str | Path, exc: OSError) -> ExportError:
    """Turn an OSError from writing ``path`` into an ExportError a clerk understands."""
    ja, en = describe_os_error(exc)
    return ExportError(path, ja, en)
