"""Import a past 出張報告書 (DOCX, PDF or text) as a draft. Pure Python, no Qt.

``import_report(path)`` reads the file (``sources``), undoes the printed line
breaks (``paragraphs``) and recognises the official layout (``layout``). It
returns the report and the problems met: whatever could not be placed is kept
as a paragraph near where it stood, and listed. ``ImportFailure`` names a file
that cannot be imported at all (binary, damaged, a PDF without text, too large).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.importer.layout import ImportProblem, parse_lines
from desktop.importer.sources import ImportFailure, source_lines
from desktop.model.report import Report

__all__ = ["ImportFailure", "ImportProblem", "Imported", "import_report"]


@dataclass
class Imported:
    report: Report
    kind: str  # "docx" | "pdf" | "text"
    problems: list[ImportProblem] = field(default_factory=list)


def import_report(path: str | Path) -> Imported:
    """The report in a past report's file; ImportFailure if it holds none."""
    kind, lines = source_lines(path)
    try:
        parsed = parse_lines(lines)
    except RecursionError:
        raise ImportFailure(path, "内容が複雑すぎて読めません", "the content is too complex to read") from None
    report = parsed.report
    if not (report.members or report.topics or report.destinations or report.introduction.strip()):
        raise ImportFailure(path, "出張報告書として読める部分がありません (職氏名・用務・出張先などが見つかりません)",
                            "nothing in the file reads as an inspection-trip report "
                            "(no roster, topics or destinations)")
    return Imported(report, kind, parsed.problems)
