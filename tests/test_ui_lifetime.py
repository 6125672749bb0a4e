"""Deferred calls die with the window they touch (issue 14).

A zero-delay timer or a queued callable that one window started must not run
after that window is gone: it would touch deleted C++ objects and end in the
unexpected-error dialog. Each test queues the work, deletes the window as Qt
deletes a closed window (deleteLater, then the deferred-delete event), lets the
event loop run, and expects no exception (pytest-qt fails a test on any
exception raised inside a Qt callback).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop.model.draft import save_draft
from desktop.model.report import Report
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture
def window(qtbot, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, tmp_path / "recovery")
    win.show_error = lambda message: pytest.fail(f"error shown: {message}")
    win.confirm_discard = lambda: "discard"
    win.controller.new_blank()
    return win


def delete_now(win) -> None:
    """Delete the window as Qt deletes a closed one, then run the event loop."""
    problems, preview = win.problems, win.preview
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(problems) and not isValid(preview)


def run_event_loop(qtbot, ms: int = 50) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def test_a_queued_problems_refresh_dies_with_the_window(window, qtbot):
    window.preview.refreshed.emit()  # queues the problems refresh for the next turn
    delete_now(window)
    run_event_loop(qtbot)


def test_a_queued_open_from_a_drop_dies_with_the_window(window, qtbot, tmp_path: Path):
    path = tmp_path / "dropped.shutcho"
    save_draft(Report(committee="落とした"), path)
    window.show()
    qtbot.waitExposed(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPoint(40, 40).toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), drop)  # queues the open
    delete_now(window)
    run_event_loop(qtbot)


def test_a_pending_preview_refresh_and_autosave_die_with_the_window(window, qtbot):
    window.autosaver.changed()
    window.preview.schedule(0)
    window.form.edited.emit()
    delete_now(window)
    run_event_loop(qtbot, 300)


def test_closing_stops_the_windows_timers(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.autosaver.changed()
    window.preview.schedule(0)
    assert window.close()
    assert not window.autosaver.scheduled
    assert not window.preview.busy
