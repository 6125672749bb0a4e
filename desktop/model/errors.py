"""The one shape of every error a clerk sees about a file: the file, then the problem.

Drafts (DraftError), exports (ExportError) and photos (PhotoError) all derive
from ``FileProblem``, so the command line and the editor show them alike.
"""

from __future__ import annotations

from pathlib import Path


class FileProblem(Exception):
    """A file that cannot be read or written, in Japanese with English alongside."""

    def __init__(self, path: str | Path, ja: str, en: str):
        self.path = Path(path)
        self.ja = ja
        self.en = en
        super().__init__(f"{self.path.name}: {ja} ({en})")
