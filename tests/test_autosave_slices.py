"""The recovery file is written as the draft file would be, though its JSON text is
made on the UI thread in slices between events (desktop.ui.autosave)."""

from __future__ import annotations

import copy

from conftest import SAMPLE
from desktop.model.codec import report_to_data
from desktop.model.draft import encode_draft_data, load_report_file
from desktop.ui import autosave
from desktop.ui.autosave import Autosaver


def _long_report():
    report = load_report_file(SAMPLE)
    report.destinations = [copy.deepcopy(d) for _ in range(5) for d in report.destinations]
    return report


def test_the_recovery_file_holds_the_draft_bytes_written_in_slices(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(autosave, "ENCODE_SLICE_S", 0.0)  # one slice per event-loop turn
    report = _long_report()
    saver = Autosaver(tmp_path, delay_ms=10)
    saver.set_source(lambda: report)
    saver.save_now()
    assert saver._encoding is not None, "a long report is encoded over several turns"
    assert not saver.exists()
    qtbot.waitUntil(lambda: saver._encoding is None, timeout=20000)
    saver.wait()
    assert saver.path.read_bytes() == encode_draft_data(report_to_data(report))
    saver.close()


def test_wait_finishes_the_text_and_remove_drops_a_snapshot_not_yet_written(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(autosave, "ENCODE_SLICE_S", 0.0)
    report = _long_report()
    saver = Autosaver(tmp_path)
    saver.set_source(lambda: report)
    saver.save_now()
    saver.wait()  # as detach (a crash) and close do: the snapshot reaches the disk
    assert saver.path.read_bytes() == encode_draft_data(report_to_data(report))
    saver.remove()
    report.title = "保存のあと"
    saver.save_now()
    assert saver._encoding is not None
    saver.remove()  # saved meanwhile: nothing is left, and nothing comes later
    qtbot.wait(50)
    assert not saver.exists()
    saver.close()


def test_a_lone_surrogate_is_written_as_the_draft_writes_it(qtbot, tmp_path):
    report = load_report_file(SAMPLE)
    report.title = "壊れた\ud800文字"
    saver = Autosaver(tmp_path)
    saver.set_source(lambda: report)
    saver.save_now()
    saver.wait()
    assert saver.path.read_bytes() == encode_draft_data(report_to_data(report))
    assert load_report_file(saver.path).title == report.title
    saver.close()
