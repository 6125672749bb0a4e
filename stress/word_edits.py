"""Random edits "in Word" of a DOCX with its draft (format version 2: text by reference).

    .venv/bin/python stress/word_edits.py [N=1000] [SEED=20261129]

Exports the sample once, then N times: changes, deletes and inserts 1–12 random
paragraphs with python-docx (a change keeps a random start and end of the paragraph
and puts 0–2 characters between), saves, and reopens the DOCX as its draft. Counts
crashes (any exception: a DOCX we wrote, edited, must always reopen), edits not
detected, paragraphs listed as changed or added whose text is not the document's, and,
in the trials without deletions, fields that came back different although no listed
edit took text from them; then exports every rebuilt draft as DOCX again (in memory)
and counts failures. Figures in docs/reliability.md.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, say

import docx  # noqa: E402

from desktop.document import build_document  # noqa: E402
from desktop.importer.reopen import changes, describe  # noqa: E402
from desktop.model.codec import report_to_data  # noqa: E402
from desktop.model.docxdraft import read_docx_draft  # noqa: E402
from desktop.model.docxtext import body_paragraphs, squeezed  # noqa: E402
from desktop.model.draft import load_report_file  # noqa: E402
from desktop.writers.docx import docx_bytes  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"


def strings(data, where="$") -> dict:
    if isinstance(data, dict):
        return {k: v for key, item in data.items() for k, v in strings(item, f"{where}.{key}").items()}
    if isinstance(data, list):
        return {k: v for n, item in enumerate(data) for k, v in strings(item, f"{where}[{n}]").items()}
    return {where: data} if isinstance(data, str) else {}


def edit(path: Path, out: Path, rng: random.Random) -> bool:
    """Random edits; True if a paragraph was deleted."""
    document = docx.Document(str(path))
    deleted = False
    for paragraph in rng.sample([p for p in document.paragraphs if p.runs], rng.randrange(1, 13)):
        kind = rng.randrange(3)
        if kind == 0:
            paragraph._element.getparent().remove(paragraph._element)
            deleted = True
        elif kind == 1:
            text = paragraph.text
            for run in paragraph.runs[1:]:
                run.text = ""
            new = (text[:rng.randrange(len(text) + 1)] + "改" * rng.randrange(3)
                   + text[rng.randrange(len(text) + 1):])
            paragraph.runs[0].text = new if new != text else new + "改"
        else:
            paragraph.insert_paragraph_before("挿入" * rng.randrange(1, 5))
    document.save(str(out))
    return deleted


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261129
    rng = random.Random(seed)
    report = load_report_file(SAMPLE)
    before = strings(report_to_data(report))
    counts = dict.fromkeys(["trials", "without deletions", "crashes", "edits not detected",
                            "listed text not the document's", "untouched fields changed",
                            "rebuilt drafts that do not export"], 0)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "r.docx"
        source.write_bytes(docx_bytes(build_document(report), draft=report))
        for n in range(trials):
            counts["trials"] += 1
            deleted = edit(source, tmp / "e.docx", rng)
            try:
                found = read_docx_draft(tmp / "e.docx", (tmp / "e.docx").read_bytes())
                describe(found)
                listed = changes(found)
            except Exception as exc:  # noqa: BLE001 - counting them is the point
                counts["crashes"] += 1
                say(f"trial {n}: {type(exc).__name__}: {exc}")
                continue
            if not found.edited:
                counts["edits not detected"] += 1
            now = [p for p in body_paragraphs(docx.Document(str(tmp / "e.docx")).element.body)
                   if squeezed([p])]
            if any(c.kind != "removed" and now[c.number - 1] != c.after for c in listed):
                counts["listed text not the document's"] += 1
            if not deleted:
                counts["without deletions"] += 1
                touched = {path for c in listed for path in c.fields}
                after = strings(report_to_data(found.report))
                if after.keys() != before.keys() or any(
                        before[k] != after[k] for k in before if k not in touched):
                    counts["untouched fields changed"] += 1
                    say(f"trial {n}: a field changed that no listed edit touched")
            try:
                docx_bytes(build_document(found.report), draft=found.report)
            except Exception as exc:  # noqa: BLE001
                counts["rebuilt drafts that do not export"] += 1
                say(f"trial {n}: export: {type(exc).__name__}: {exc}")
    for name, value in counts.items():
        say(f"{name:<36}{value:>8,}")
    say(f"seed {seed}, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
