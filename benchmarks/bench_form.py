"""The report form on a report 20 times the sample: opening, showing a page, typing.

    python benchmarks/bench_form.py [--runs N]

Prints medians over N runs:
- set_report of the 20x report (destination pages are built lazily);
- building one destination page (first time it is shown);
- one keystroke in a paragraph of the block editor (key event -> undo command ->
  model -> tree label), against the same keystroke in a bare QPlainTextEdit
  measured side by side (the peer). Target: far under 50 ms.
Runs offscreen unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from desktop.model.draft import load_draft  # noqa: E402
from desktop.model.report import Paragraph  # noqa: E402
from desktop.ui.form import ReportForm  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"


def big_report(times: int = 20):
    report = load_draft(SAMPLE)
    report.destinations = [copy.deepcopy(d) for _ in range(times) for d in report.destinations]
    for visit in (d.visit for d in report.destinations):
        visit.qa = visit.qa * 2
    return report


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def first_paragraph(blocks):
    for block in blocks:
        if isinstance(block, Paragraph):
            return block
        found = first_paragraph(getattr(block, "children", []))
        if found:
            return found
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    open_times, page_times, key_times, peer_times = [], [], [], []
    for _ in range(args.runs):
        report = big_report()
        form = ReportForm(QUndoStack())
        form.resize(900, 1000)
        form.show()
        app.processEvents()
        t = time.perf_counter()
        form.set_report(report)
        app.processEvents()
        open_times.append(time.perf_counter() - t)

        last = len(report.destinations) - 1
        t = time.perf_counter()
        page = form.page("visit", last)
        form.focus_field(("destinations", last, "visit", "overview"))
        app.processEvents()
        page_times.append(time.perf_counter() - t)

        paragraph = first_paragraph(report.destinations[last].visit.sections[0].blocks)
        page.blocks.select(paragraph)
        editor = page.blocks.editor.text
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        app.processEvents()
        for _ in range(args.keys):
            t = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_A)
            app.processEvents()
            key_times.append(time.perf_counter() - t)

        peer = QPlainTextEdit()
        peer.setPlainText(paragraph.text)
        peer.show()
        peer.moveCursor(peer.textCursor().MoveOperation.End)
        app.processEvents()
        for _ in range(args.keys):
            t = time.perf_counter()
            QTest.keyClick(peer, Qt.Key.Key_A)
            app.processEvents()
            peer_times.append(time.perf_counter() - t)
        peer.close()
        assert paragraph.text.endswith("a" * args.keys), "typing did not reach the model"
        form.close()
        form.deleteLater()
        app.processEvents()

    destinations = len(big_report().destinations)
    print(f"report: {destinations} destinations (sample x20), runs={args.runs}")
    print(f"set_report (20x)           median {ms(statistics.median(open_times))}")
    print(f"first show of a visit page median {ms(statistics.median(page_times))}")
    key, peer = statistics.median(key_times), statistics.median(peer_times)
    print(f"keystroke in a paragraph   median {ms(key)}   max {ms(max(key_times))}")
    print(f"peer: bare QPlainTextEdit  median {ms(peer)}   ratio {key / peer:5.2f}x")


if __name__ == "__main__":
    main()
