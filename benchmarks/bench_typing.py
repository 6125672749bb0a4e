"""Typing into a paragraph of a report 20 times the sample: the longest stall of the event loop.

A 5 ms repeating QTimer measures its own lateness: any gap beyond the interval is
time the UI thread was busy (a frozen window). Typing is simulated as an input
method would commit Japanese text: one character every 120 ms in bursts of 12,
then a 600 ms pause, so the debounced preview refresh (build, layout in parts,
painting the visible pages), the problems panel and the autosave all run in
between. Several rounds; prints the longest stall of each, their median and
the worst one (target: never more than 50 ms), and the preview latency after
the last keystroke (target ≤ 300 ms).

    python benchmarks/bench_typing.py [rounds]
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from desktop.model.draft import load_report_file, save_draft  # noqa: E402
from desktop.resources import sample_path  # noqa: E402
from desktop.ui.app import make_application  # noqa: E402
from desktop.ui.settings import AppSettings  # noqa: E402

TEXT = "下関市議会総務委員会は金沢市の地域コミュニティ活性化推進計画について調査した。"
BURST, KEY_MS, PAUSE_MS, TICK_MS = 12, 120, 600, 5


def big_report(times: int = 20):
    report = load_report_file(sample_path())
    report.destinations = [copy.deepcopy(d) for _ in range(times) for d in report.destinations]
    return report


class Monitor:
    """Records how late a 5 ms timer fires: the event-loop stalls."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0.0

    def start(self):
        self.gaps.clear()
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def tick(self):
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last - TICK_MS)
        self.last = now

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def wait(app, condition, timeout_s=30.0):
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def find_editor(window) -> QPlainTextEdit:
    from desktop.model.report import Paragraph

    def first_paragraph(blocks, key):
        for index, block in enumerate(blocks):
            if isinstance(block, Paragraph):
                return block, key + (index,)
            found = first_paragraph(getattr(block, "children", []), key + (index, "children"))
            if found:
                return found
        return None

    form = window.form
    paragraph, key = first_paragraph(form.report().destinations[0].visit.sections[0].blocks,
                                     ("destinations", 0, "visit", "sections", 0, "blocks"))
    key = tuple(k for k in key)
    form.focus_field(key)
    for edit in form.findChildren(QPlainTextEdit):
        if edit.isVisible() and edit.toPlainText() == paragraph.text:
            return edit
    raise SystemExit("no paragraph editor found")


def type_round(app, window, editor, monitor, chars: int) -> dict:
    latencies: list[float] = []
    state = {"typed": 0, "last_key": 0.0, "waiting": False}
    refreshed_at: list[float] = []

    def note_refresh():
        refreshed_at.append(time.perf_counter())

    window.preview.refreshed.connect(note_refresh)
    step_max = 0.0

    def key():
        text = TEXT[state["typed"] % len(TEXT)]
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
        state["typed"] += 1
        state["last_key"] = time.perf_counter()
        burst_end = state["typed"] % BURST == 0
        if state["typed"] < chars:
            QTimer.singleShot(PAUSE_MS if burst_end else KEY_MS, key)
        if burst_end or state["typed"] >= chars:
            mark = state["last_key"]
            QTimer.singleShot(PAUSE_MS - 20, lambda: latencies.append(
                next(((t - mark) * 1000 for t in refreshed_at if t > mark), float("nan"))))

    monitor.start()
    QTimer.singleShot(KEY_MS, key)
    wait(app, lambda: state["typed"] >= chars and len(latencies) >= chars // BURST
         and not window.preview.busy, timeout_s=120)
    for _ in range(20):  # let the last refresh and the autosave run under the monitor
        app.processEvents()
        time.sleep(0.005)
    gaps = monitor.stop()
    step_max = max(window.preview.step_ms or [0.0])
    # only this round's own slot: the window's (the problems panel's refresh) stays as it is
    window.preview.refreshed.disconnect(note_refresh)
    return {"max_stall": max(gaps), "p99": sorted(gaps)[int(len(gaps) * 0.99)],
            "over_50": sum(1 for g in gaps if g > 50), "latency": latencies, "step_max": step_max}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = make_application()
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.shutcho"
        report = big_report()
        save_draft(report, path)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, Path(tmp) / "recovery")
        window.confirm_discard = lambda: "discard"
        started = time.perf_counter()
        window.controller.load(path)
        window.show()
        wait(app, lambda: window.preview.page_count() > 0 and not window.preview.busy)
        # and the problems panel's first check (it follows the preview in a turn of its own)
        wait(app, lambda: "(" in window.problems.title.text())
        print(f"report: {len(report.destinations)} destinations, {window.preview.page_count()} pages; "
              f"opened and previewed in {(time.perf_counter() - started) * 1000:.0f} ms; "
              f"preview steps max {max(window.preview.step_ms):.1f} ms")
        editor = find_editor(window)
        monitor = Monitor()
        results = []
        for n in range(rounds):
            result = type_round(app, window, editor, monitor, chars=36)
            results.append(result)
            lat = [x for x in result["latency"] if x == x]
            print(f"  round {n + 1}: longest stall {result['max_stall']:5.1f} ms, p99 {result['p99']:4.1f} ms, "
                  f"stalls > 50 ms: {result['over_50']}, preview step max {result['step_max']:4.1f} ms, "
                  f"preview after last key {statistics.median(lat) if lat else float('nan'):.0f} ms (median)")
        worst = [r["max_stall"] for r in results]
        lat_all = [x for r in results for x in r["latency"] if x == x]
        print(f"longest event-loop stall while typing: median {statistics.median(worst):.1f} ms, "
              f"worst {max(worst):.1f} ms (target <= 50 ms)")
        print(f"preview refreshed after typing stops: median {statistics.median(lat_all):.0f} ms, "
              f"max {max(lat_all):.0f} ms (target <= 300 ms)")
        print(f"autosave file written: {window.autosaver.exists()}")
        window.close()


if __name__ == "__main__":
    main()
