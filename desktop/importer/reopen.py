"""A DOCX of ours edited in Word afterwards: what changed since export.

Format version 2 (text by reference, ``desktop.model.textrefs``): the reader has
aligned the paragraphs' hashes at export with the paragraphs now, so each changed,
added or removed paragraph is known with the draft fields that took text from it;
the text a changed paragraph had at export is not in the file, so only its text
now is shown.

Format version 1 (the text in full): the embedded draft gives back the report as
exported; building its DOCX again gives the paragraphs as exported, which are
compared with the document's paragraphs now. When this version of the app would
not write the same text (its digest differs from the one stored at export), the
comparison is not possible and only the fact of the edit is told.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from desktop.model.docxdraft import DocxDraft
from desktop.model.docxtext import body_paragraphs, squeezed, text_digest

SHOWN = 40
"""Characters of a paragraph shown in a difference."""
MAX_CHANGES = 50


@dataclass(frozen=True)
class Change:
    """One paragraph changed, added or removed in Word (1-based numbers among the
    paragraphs that hold text; white space does not count)."""

    kind: str  # "changed" | "added" | "removed"
    number: int
    before: str = ""
    after: str = ""
    fields: tuple[str, ...] = ()
    """Version 2: JSON paths of the draft fields that took their text from this paragraph."""

    def __str__(self) -> str:
        def short(text: str) -> str:
            text = text.replace("\n", " ")
            return text if len(text) <= SHOWN else text[:SHOWN] + "…"

        labels = [field_label(path) for path in self.fields]
        where = ""
        if labels:
            where = (" (" + "、".join(dict.fromkeys(ja for ja, _ in labels)) + " / "
                     + ", ".join(dict.fromkeys(en for _, en in labels)) + ")")
        # Version 2 (no text before): a paragraph no draft field took text from is printed
        # from text the draft holds itself (names, roles, headings), which stays as exported.
        if self.kind == "changed" and not self.before:
            kept = "" if self.fields else (" (下書きでは書き出した時のまま / "
                                           "the draft keeps it as exported)")
            return (f"第{self.number}段落が変更されました / paragraph {self.number} changed{where}: "
                    f"今 / now「{short(self.after)}」{kept}")
        if self.kind == "removed" and not self.before:
            if not self.fields:
                return (f"書き出した時の第{self.number}段落が削除されました。下書きには残っています / "
                        f"paragraph {self.number} as exported was removed; the draft still has it")
            return (f"書き出した時の第{self.number}段落が削除されました{where}。その文は下書きにも"
                    f"ありません / paragraph {self.number} as exported was removed; its text is not "
                    f"in the draft either")
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


_PARTS = [
    (r"^\$\.title$", "表題", "title"),
    (r"^\$\.addressee$", "宛先", "addressee"),
    (r"^\$\.committee$", "委員会", "committee"),
    (r"^\$\.secretariat$", "事務局", "secretariat"),
    (r"^\$\.purpose$", "用務", "purpose"),
    (r"^\$\.topics\[(\d+)\]", "用務{0}", "topic {0}"),
    (r"^\$\.members\[(\d+)\]", "委員{0}", "member {0}"),
    (r"^\$\.staff\[(\d+)\]", "職員{0}", "staff {0}"),
    (r"^\$\.introduction$", "前文", "introduction"),
    (r"^\$\.destinations\[(\d+)\]", "出張先{0}", "destination {0}"),
    (r"\.visit\.description$", "の説明", " description"),
    (r"\.visit\.overview$", "の調査概要", " overview"),
    (r"\.visit\.hosts\[(\d+)\]", "の出席者等", " hosts"),
    (r"\.visit\.qa\[(\d+)\]\.question$", "の質疑{0}の質問", " question {0}"),
    (r"\.visit\.qa\[(\d+)\]\.answer$", "の質疑{0}の回答", " answer {0}"),
    (r"\.visit\.sections\[(\d+)\]", "の調査項目{0}", " topic {0}"),
    (r"\.caption$", "の写真の説明", " photo caption"),
    (r"\.blocks\[\d+\](?:\.children\[\d+\])*\.title$", "の見出し", " heading"),
    (r"\.blocks\[\d+\](?:\.children\[\d+\])*\.text$", "の本文", " paragraph"),
]


def field_label(path: str) -> tuple[str, str]:
    """A clerk's name for a draft field's JSON path: ("出張先1の説明", "destination 1 description")."""
    ja, en = [], []
    for pattern, name_ja, name_en in _PARTS:
        match = re.search(pattern, path)
        if match:
            numbers = [str(int(n) + 1) for n in match.groups()]
            ja.append(name_ja.format(*numbers))
            en.append(name_en.format(*numbers))
    return ("".join(ja), "".join(en).strip()) if ja else (path, path)


def changes(found: DocxDraft) -> list[Change] | None:
    """What was edited in the document since export; None if it cannot be told paragraph by paragraph."""
    if found.edits is not None:
        return [Change(edit.kind, edit.number, after=edit.text, fields=tuple(edit.fields))
                for edit in found.edits][:MAX_CHANGES]
    before = exported_paragraphs(found)
    if before is None:
        return None
    before = [p for p in before if squeezed([p])]
    after = [p for p in found.paragraphs if squeezed([p])]
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(a=[squeezed([p])[0] for p in before],
                                      b=[squeezed([p])[0] for p in after], autojunk=False)
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
    if found.edits is not None:
        lines = [str(change) for change in listed]
        if any(change.kind == "added" for change in listed):
            lines.append("追加された段落は下書きに入りません (取り込めば入ります) / "
                         "added paragraphs are not in the draft (an import takes them)")
        return lines or ["写真が書き出し後に変更または削除されています / "
                         "a photo was changed or removed after export"]
    if listed is None:
        return ["本文が書き出し後に変更されています（どこかは、この版のアプリでは比べられません） / "
                "the text was changed after export (this version of the app cannot tell where)"]
    if not listed:
        return ["写真が書き出し後に変更または削除されています / a photo was changed or removed after export"]
    return [str(change) for change in listed]
