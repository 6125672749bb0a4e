"""A DOCX of ours edited in Word afterwards: what changed since export.

The embedded draft gives back the report as exported; building its DOCX again
gives the paragraphs as exported, which are compared with the document's
paragraphs now. When this version of the app would not write the same text
(its digest differs from the one stored at export), the comparison is not
possible and only the fact of the edit is told.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from desktop.model.docxdraft import DocxDraft
from desktop.model.docxtext import body_paragraphs, text_digest

SHOWN = 40
"""Characters of a paragraph shown in a difference."""
MAX_CHANGES = 50


@dataclass(frozen=True)
class Change:
    """One paragraph changed, added or removed in Word (1-based paragraph numbers)."""

    kind: str  # "changed" | "added" | "removed"
    number: int
    before: str = ""
    after: str = ""

    def __str__(self) -> str:
        def short(text: str) -> str:
            text = text.replace("\n", " ")
            return text if len(text) <= SHOWN else text[:SHOWN] + "…"

        if self.kind == "changed":
            return (f"第{self.number}段落が変更されました / paragraph {self.number} changed: "
                    f"「{short(self.before)}」→「{short(self.after)}」")
        if self.kind == "added":
            return (f"第{self.number}段落が追加されました / paragraph {self.number} added: "
                    f"「{short(self.after)}」")
        return (f"第{self.number}段落が削除されました / paragraph {self.number} removed: "
                f"「{short(self.before)}」")


def exported_paragraphs(found: DocxDraft) -> list[str] | None:
    """The paragraphs as exported, rebuilt from the draft; None if this app writes them otherwise."""
    from desktop.document import build_document
    from desktop.writers.docx.build import build_docx

    doc = build_docx(build_document(found.report))
    paragraphs = body_paragraphs(doc.element.body)
    if text_digest(paragraphs) != found.exported_digest:
        return None
    return paragraphs


def changes(found: DocxDraft) -> list[Change] | None:
    """What was edited in the document since export; None if it cannot be told paragraph by paragraph."""
    before = exported_paragraphs(found)
    if before is None:
        return None
    after = found.paragraphs
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = max(a1 - a0, b1 - b0)
        for k in range(pairs):
            old = before[a0 + k] if a0 + k < a1 else None
            new = after[b0 + k] if b0 + k < b1 else None
            if old is not None and new is not None:
                out.append(Change("changed", b0 + k + 1, old, new))
            elif new is not None:
                out.append(Change("added", b0 + k + 1, after=new))
            else:
                out.append(Change("removed", a0 + k + 1, before=old))
        if len(out) >= MAX_CHANGES:
            break
    return out[:MAX_CHANGES]


def describe(found: DocxDraft) -> list[str]:
    """Lines telling what was edited, for the command line and the editor's question."""
    listed = changes(found)
    if listed is None:
        return ["本文が書き出し後に変更されています（どこかは、この版のアプリでは比べられません） / "
                "the text was changed after export (this version of the app cannot tell where)"]
    if not listed:
        return ["写真が書き出し後に変更または削除されています / a photo was changed or removed after export"]
    return [str(change) for change in listed]
