"""Issue 12 finding 6: the window at 1366×768 (100%) and at 1920×1080 with
QT_SCALE_FACTOR=1.5, in a fresh process on an offscreen screen of that size: no form
page and no table in it needs a horizontal scroll bar, and an empty problems pane
is only its title line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE
from desktop.model.report import Report

BODY = """
import os, sys, tempfile
sys.path[:0] = [{root!r}]
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidget
from desktop.ui.app import make_application, create_window
from desktop.ui.settings import AppSettings
from desktop.model.draft import load_report_file
from PySide6.QtTest import QTest
tmp = tempfile.mkdtemp()
app = make_application()
settings = AppSettings(QSettings(tmp + "/s.ini", QSettings.Format.IniFormat))
win = create_window({sample!r}, settings, tmp + "/rec")
screen = app.primaryScreen().availableGeometry()
win.show()
app.processEvents()
print("WINDOW", win.width(), win.height(), screen.width(), screen.height())
bad = []
for row in range(win.form.nav.count()):
    win.form.nav.setCurrentRow(row)
    app.processEvents()
    entry = win.form.entries[row]
    if entry.scroll.horizontalScrollBar().maximum() > 0:
        bad.append((entry.kind, "page", entry.scroll.horizontalScrollBar().maximum()))
    for table in entry.page.findChildren(QTableWidget):
        if table.isVisibleTo(entry.page) and table.horizontalScrollBar().maximum() > 0:
            bad.append((entry.kind, "table", table.horizontalHeaderItem(0).text()))
print("SCROLLS", bad)
from desktop.model.report import Paragraph
def paragraphs(blocks):
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        yield from paragraphs(getattr(block, "children", []))
win.form.focus_field(("destinations", 0, "visit", "overview"))
visit_page = win.form.page("visit", 0)
visit_page.blocks.select(next(paragraphs(win.form.report().destinations[0].visit.sections[0].blocks)))
app.processEvents()
text = visit_page.blocks.editor.text
print("PARAGRAPH", text.isVisible(), text.viewport().height() // text.fontMetrics().lineSpacing())
for _ in range(200):
    if win.problems.findings == [] and win.problems.title.text().startswith("問題点 (0)"):
        break
    QTest.qWait(25)
print("PROBLEMS", win.outer_splitter.sizes()[1], win.problems.title.sizeHint().height() + 12)
"""


@pytest.mark.parametrize("width, height, scale", [(1366, 768, "1"), (1920, 1080, "1.5")])
def test_no_horizontal_scroll_at_small_and_hidpi_screens(tmp_path, width, height, scale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    sample = tmp_path / SAMPLE.name  # a copy: the child leaves its lock file beside it
    shutil.copyfile(SAMPLE, sample)
    code = BODY.format(root=str(ROOT), sample=str(sample))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    lines = {line.split()[0]: line for line in out.stdout.splitlines() if line.strip()}
    assert "SCROLLS" in lines, out.stdout + out.stderr
    window = lines["WINDOW"].split()[1:]
    assert int(window[0]) <= int(window[2]) and int(window[1]) <= int(window[3])  # fits the screen
    assert lines["SCROLLS"] == "SCROLLS []", lines["SCROLLS"]
    _, visible, paragraph_lines = lines["PARAGRAPH"].split()
    assert visible == "True" and int(paragraph_lines) >= 8, lines["PARAGRAPH"]  # not 3 lines
    _, panel, title = lines["PROBLEMS"].split()
    assert int(panel) <= int(title), lines["PROBLEMS"]  # the sound sample: a title line only


def test_the_problems_list_comes_back_with_problems(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.model.draft import load_report_file
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    win = MainWindow(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                     tmp_path / "recovery")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.controller._set_report(load_report_file(SAMPLE), None)
    win.show()
    qtbot.waitUntil(lambda: win.problems.collapsed, timeout=20000)
    assert win.outer_splitter.sizes()[1] == win.problems.maximumHeight()
    win.problems.refresh(Report())  # a blank report has problems
    assert not win.problems.collapsed and win.problems.list.isVisible()
    assert win.outer_splitter.sizes()[1] >= 100
