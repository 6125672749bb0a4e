"""The editor window and its controller: files, unsaved changes, recent files,
drag and drop, export, recovery after a crash, the problems panel, the preview.

Every ask-method of the window is replaced, so no dialog ever opens. Edits go
through the undo stack (as the form's do), with a small undo command here.
"""

from __future__ import annotations

import copy
import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from desktop.model.draft import draft_bytes, load_report_file, save_draft
from desktop.model.report import Paragraph, Report
from desktop.ui.settings import AppSettings


from desktop.ui.main_window import MainWindow


class SetAttr(QUndoCommand):
    """An undoable model edit, as the form makes them."""

    def __init__(self, form, obj, attr, value):
        super().__init__("edit")
        self.form, self.obj, self.attr = form, obj, attr
        self.old, self.new = getattr(obj, attr), value

    def redo(self):
        setattr(self.obj, self.attr, self.new)
        self.form.edited.emit()

    def undo(self):
        setattr(self.obj, self.attr, self.old)
        self.form.edited.emit()


def edit(win, attr, value, obj=None):
    win.undo_stack.push(SetAttr(win.form, obj if obj is not None else win.form.report(), attr, value))


class Asks:
    """Answers for the ask-methods, and a record of what was asked."""

    def __init__(self, win):
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.discard_answers: list[str] = []
        self.discard_asked = 0
        self.save_paths: list[str | None] = []
        self.open_paths: list[str | None] = []
        self.restore = True
        win.show_error = self.errors.append
        win.show_info = self.infos.append
        win.confirm_discard = self._confirm
        win.ask_save_path = lambda kind, suggested: self.save_paths.pop(0)
        win.ask_open_path = lambda: self.open_paths.pop(0)
        win.ask_restore_recovery = lambda info: self.restore
        self.locked: list[str] = []  # who had a draft, as the second window was told
        self.lock_answer = "readonly"
        self.changed_asked: list = []
        self.overwrite_changed = False
        win.ask_locked_draft = lambda path, ja, en: self.locked.append(ja + en) or self.lock_answer
        win.confirm_overwrite_changed = (
            lambda path: self.changed_asked.append(path) or self.overwrite_changed)

    def _confirm(self):
        self.discard_asked += 1
        return self.discard_answers.pop(0) if self.discard_answers else "discard"


def make_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, tmp_path):
    made = []

    def make(settings=None):
        settings = settings or make_settings(tmp_path)
        win = MainWindow(settings, tmp_path / "recovery")
        win.asks = Asks(win)
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:  # a window left modified must not ask at teardown
        win.confirm_discard = lambda: "discard"


@pytest.fixture
def win(make_window):
    w = make_window()
    w.controller.new_blank()
    return w


def test_save_and_reopen_gives_the_same_report(win, make_window, tmp_path):
    edit(win, "committee", "総務委員会")
    edit(win, "addressee", "下関市議会議長")
    win.form.report().introduction = ""
    assert win.controller.modified and win.isWindowModified()
    target = tmp_path / "報告.shutcho"
    win.asks.save_paths.append(str(target))
    assert win.controller.save()  # untitled: asks for a name
    assert target.exists()
    assert not win.controller.modified and not win.isWindowModified()
    assert win.windowTitle().startswith("報告.shutcho[*] - ")
    other = make_window()
    assert other.controller.open(target)
    assert other.form.report() == win.form.report()
    assert other.form.report().committee == "総務委員会"
    assert other.controller.path == target.resolve()


def test_typing_into_the_form_then_save_and_reopen(win, make_window, tmp_path):
    win.form.page("basic").addressee.setText("下関市議会議長")
    win.form.page("roster").committee.setText("総務委員会")
    assert win.form.report().committee == "総務委員会" and win.controller.modified
    target = tmp_path / "typed.shutcho"
    win.asks.save_paths.append(str(target))
    assert win.controller.save_as()
    other = make_window()
    assert other.controller.open(target)
    assert other.form.report() == win.form.report()
    assert other.form.page("roster").committee.text() == "総務委員会"
    assert other.form.page("basic").addressee.text() == "下関市議会議長"


def test_save_with_a_path_overwrites_without_asking(win, tmp_path):
    target = tmp_path / "a.shutcho"
    save_draft(Report(committee="旧"), target)
    assert win.controller.load(target)
    edit(win, "committee", "新")
    assert win.controller.save()
    assert load_report_file(target).committee == "新"


@pytest.mark.parametrize("typed, saved", [
    ("報告", "報告.shutcho"),
    ("R5.7.5 総務委員会", "R5.7.5 総務委員会.shutcho"),  # a dot in the name is not a suffix
    ("報告.SHUTCHO", "報告.SHUTCHO"),
    ("報告.shutcho", "報告.shutcho"),
])
def test_save_as_adds_the_draft_suffix(win, tmp_path, typed, saved):
    edit(win, "committee", "総務委員会")
    win.asks.save_paths.append(str(tmp_path / typed))
    assert win.controller.save_as()
    drafts = [p.name for p in tmp_path.iterdir()
              if p.is_file() and p.suffix != ".ini" and not p.name.startswith(".~lock.")]
    assert drafts == [saved]  # the lock file beside the open draft aside
    assert win.controller.path == (tmp_path / saved).resolve()
    assert load_report_file(tmp_path / saved).committee == "総務委員会"


def test_saving_adds_the_draft_to_the_recent_files(win, tmp_path):
    assert win.settings.recent_files() == []
    first, second = tmp_path / "first.shutcho", tmp_path / "second.shutcho"
    win.asks.save_paths.append(str(first))
    assert win.controller.save()  # untitled: Save asks for the name
    assert win.settings.recent_files() == [str(first.resolve())]
    win.asks.save_paths.append(str(second))
    assert win.controller.save_as()
    assert win.settings.recent_files() == [str(second.resolve()), str(first.resolve())]
    win._fill_recent()
    assert "second.shutcho" in win.recent_menu.actions()[0].text()


def test_undo_back_to_the_saved_state_is_unmodified(win):
    edit(win, "committee", "A")
    assert win.controller.modified
    win.undo_stack.undo()
    assert not win.controller.modified
    win.undo_stack.redo()
    assert win.controller.modified and win.form.report().committee == "A"


def test_closing_with_unsaved_changes_asks(win, tmp_path):
    win.show()
    edit(win, "committee", "X")
    win.asks.discard_answers.append("cancel")
    assert not win.close()
    assert win.isVisible() and win.asks.discard_asked == 1

    target = tmp_path / "saved.shutcho"
    win.asks.discard_answers.append("save")
    win.asks.save_paths.append(str(target))
    assert win.close()
    assert load_report_file(target).committee == "X"


def test_closing_and_discarding(win):
    win.show()
    edit(win, "committee", "X")
    win.asks.discard_answers.append("discard")
    assert win.close()
    assert not win.isVisible()


def test_save_cancelled_in_the_dialog_keeps_the_window(win):
    win.show()
    edit(win, "committee", "X")
    win.asks.discard_answers.append("save")
    win.asks.save_paths.append(None)  # the clerk cancels the file dialog
    assert not win.close()
    assert win.isVisible()


def test_new_and_open_ask_about_unsaved_changes(win, tmp_path):
    edit(win, "committee", "X")
    win.asks.discard_answers.append("cancel")
    assert not win.controller.new_blank()
    assert win.form.report().committee == "X"
    path = tmp_path / "o.shutcho"
    save_draft(Report(committee="開いた"), path)
    win.asks.discard_answers.append("cancel")
    assert not win.controller.open(path)
    assert win.asks.discard_asked == 2
    win.asks.discard_answers.append("discard")
    assert win.controller.open(path)
    assert win.form.report().committee == "開いた" and not win.controller.modified
    # unmodified: no question
    assert win.controller.new_from_sample()
    assert win.asks.discard_asked == 3
    assert win.controller.path is None  # the sample is never overwritten
    assert win.form.report() == load_report_file(SAMPLE)


def test_open_asks_for_a_path_and_a_broken_file_is_named(win, tmp_path):
    broken = tmp_path / "壊れた.shutcho"
    broken.write_text('{"format": "shutcho-draft", "version": 1, "report": {', "utf-8")
    win.asks.open_paths.append(str(broken))
    before = win.form.report()
    assert not win.controller.open()
    assert len(win.asks.errors) == 1 and "壊れた.shutcho" in win.asks.errors[0]
    assert win.form.report() is before
    win.asks.open_paths.append(None)
    assert not win.controller.open()


def test_recent_files(win, tmp_path):
    paths = []
    for n in range(12):
        path = tmp_path / f"r{n}.shutcho"
        save_draft(Report(committee=str(n)), path)
        paths.append(path)
        assert win.controller.open(path)
    recent = win.settings.recent_files()
    assert len(recent) == 10
    assert recent[0] == str(paths[-1].resolve())
    paths[-1].unlink()
    assert str(paths[-1].resolve()) not in win.settings.recent_files()
    win._fill_recent()
    names = [a.text() for a in win.recent_menu.actions()]
    assert any("r10.shutcho" in n for n in names)
    action = next(a for a in win.recent_menu.actions() if "r9.shutcho" in a.text())
    action.trigger()
    assert win.form.report().committee == "9"


def test_dropping_a_draft_opens_it(win, qtbot, tmp_path):
    path = tmp_path / "dropped.shutcho"
    save_draft(Report(committee="落とした"), path)
    win.show()
    qtbot.waitExposed(win)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # as a real drop arrives: at the window, over a child widget (here the preview)
    pos = win.preview.mapTo(win, QPoint(40, 40))
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win.windowHandle(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win.windowHandle(), drop)
    qtbot.waitUntil(lambda: win.form.report().committee == "落とした", timeout=15000)
    assert win.controller.path == path.resolve()


def test_export_docx_and_pdf(win, tmp_path):
    assert win.controller.load(SAMPLE)
    docx, pdf = tmp_path / "out.docx", tmp_path / "out"
    win.asks.save_paths += [str(docx), str(pdf)]
    assert win.controller.export_docx()
    assert win.controller.export_pdf()
    assert docx.read_bytes()[:2] == b"PK"
    assert (tmp_path / "out.pdf").read_bytes()[:5] == b"%PDF-"
    assert not win.asks.errors
    assert win.settings.export_folder("pdf") == str(tmp_path)


def test_export_failure_is_a_message_naming_the_file(win, tmp_path):
    target = tmp_path / "no-such-folder" / "報告.docx"
    win.asks.save_paths.append(str(target))
    assert not win.controller.export_docx()
    assert len(win.asks.errors) == 1 and "報告.docx" in win.asks.errors[0]


def _crash(win):
    """What a kill leaves: the recovery file, and no normal close."""
    win.autosaver.detach()
    if win.controller._lock is not None:  # the killed process's lock is a dead one's
        from desktop.model import lock as draft_lock
        draft_lock._HELD.discard(win.controller._lock.path)
    win.controller.close_requested = lambda: True  # teardown closes it without cleanup


def test_recovery_after_a_crash(win, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "元.shutcho"
    save_draft(Report(committee="保存した"), path)
    assert win.controller.load(path)
    edit(win, "committee", "保存していない")
    edit(win, "introduction", "途中まで書いた")
    edited = copy.deepcopy(win.form.report())
    qtbot.waitUntil(win.autosaver.exists, timeout=20000)  # the autosave fires by itself
    _crash(win)

    asked = []
    monkeypatch.setattr(MainWindow, "ask_restore_recovery",
                        lambda self, info: asked.append(info) or True)
    from desktop.ui.app import create_window
    restored = create_window(None, win.settings, tmp_path / "recovery")
    restored.confirm_discard = lambda: "discard"
    try:
        assert len(asked) == 1 and asked[0].original_name == "元.shutcho"
        assert restored.form.report() == edited
        assert restored.controller.modified
        assert restored.windowTitle().startswith("元.shutcho[*]")
        assert restored.isWindowModified()
        assert load_report_file(path).committee == "保存した"  # the draft itself is untouched
        # the old session's files are gone; the new session holds the text
        files = sorted(p.name for p in (tmp_path / "recovery").glob("*.shutcho"))
        assert files == [restored.autosaver.path.name]
    finally:
        restored.close()
        restored.deleteLater()


def test_declined_recovery_is_deleted_and_a_live_session_is_not_offered(
        win, make_window, qtbot, tmp_path):
    edit(win, "committee", "A")
    qtbot.waitUntil(win.autosaver.exists, timeout=20000)
    other = make_window()
    assert not other.controller.offer_recovery()  # win is alive: its file is not offered
    assert win.autosaver.exists()
    _crash(win)
    third = make_window()
    third.asks.restore = False
    assert not third.controller.offer_recovery()
    assert not list((tmp_path / "recovery").glob("*.shutcho"))


def test_a_normal_close_removes_the_recovery_file(win, qtbot):
    win.show()
    edit(win, "committee", "A")
    qtbot.waitUntil(win.autosaver.exists, timeout=20000)
    win.autosaver.wait()
    assert win.autosaver.path.read_bytes() == draft_bytes(win.form.report())  # a plain draft
    sidecar = json.loads(win.autosaver.path.with_suffix(".json").read_text("utf-8"))
    assert sidecar["original"] is None and sidecar["saved_at"]
    win.asks.discard_answers.append("discard")
    assert win.close()
    assert not win.autosaver.exists()
    assert not list(win.autosaver.folder.glob("recovery-*"))


def test_saving_removes_the_recovery_file(win, qtbot, tmp_path):
    edit(win, "committee", "A")
    qtbot.waitUntil(win.autosaver.exists, timeout=20000)
    win.asks.save_paths.append(str(tmp_path / "s.shutcho"))
    assert win.controller.save()
    assert not win.autosaver.exists()


def test_problems_follow_the_preview_and_lead_to_the_field(win, qtbot):
    win.show()
    qtbot.waitUntil(lambda: win.preview.page_count() > 0 and not win.preview.busy, timeout=20000)
    qtbot.waitUntil(lambda: win.problems.list.count() > 0, timeout=20000)
    assert win.problems.findings, "a blank report has problems (empty required fields)"
    first = win.problems.findings[0]
    focused = []
    win.form.focus_field = lambda key: focused.append(key) or True
    win.problems.activated.disconnect()
    win.problems.activated.connect(win.form.focus_field)
    win.problems.list.itemActivated.emit(win.problems.list.item(0))
    assert focused == [first.key]


def test_problems_panel_hides_from_the_view_menu_and_the_layout_is_remembered(make_window, qtbot,
                                                                            tmp_path):
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    panel = first.problems
    assert panel.isVisible() and 60 <= panel.height() <= 160  # below the form and the preview
    assert panel.geometry().top() >= first.form.geometry().bottom()
    first.problems_action.trigger()  # 表示 > 問題点パネル
    assert not panel.isVisible() and not first.problems_action.isChecked()
    first.splitter.setSizes([300, 900])
    form_width = first.form.width()
    assert first.close()

    second = make_window(make_settings(tmp_path))  # the same settings file
    second.show()
    qtbot.waitExposed(second)
    assert not second.problems.isVisible() and not second.problems_action.isChecked()
    assert abs(second.form.width() - form_width) <= 2
    second.problems_action.trigger()
    assert second.problems.isVisible()


def _page_picture(win, index):
    """Page ``index`` as the preview paints it (scrolled into view or not)."""
    canvas = win.preview.canvas
    return canvas.grab(canvas.page_rect(index).toRect()).toImage()


def test_preview_follows_edits(win, qtbot):
    # The same page width before and after (a scroll bar appearing would narrow the pages).
    win.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    win.show()
    assert win.controller.load(SAMPLE)
    qtbot.waitUntil(lambda: win.preview.page_count() > 0 and not win.preview.busy, timeout=20000)
    pages = win.preview.page_count()
    last_page = _page_picture(win, pages - 1)
    assert _page_picture(win, pages - 2) != last_page
    dest = win.form.report().destinations[0]
    more = [Paragraph("長い段落。" * 400) for _ in range(3)]
    edit(win, "blocks", dest.visit.sections[0].blocks + more, obj=dest.visit.sections[0])
    assert win.preview.busy
    qtbot.waitUntil(lambda: not win.preview.busy, timeout=20000)
    assert win.preview.page_count() > pages
    # The painted pages follow: the old last place now shows other text, and the
    # last page (the second visit's end, untouched) is painted as before, further down.
    assert _page_picture(win, pages - 1) != last_page
    assert _page_picture(win, win.preview.page_count() - 1) == last_page


def test_edit_menu_has_undo_and_redo_with_standard_shortcuts(win):
    from PySide6.QtGui import QKeySequence
    assert win.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not win.undo_action.isEnabled()
    edit(win, "committee", "A")
    assert win.undo_action.isEnabled()
    win.undo_action.trigger()
    assert win.form.report().committee == "" and win.redo_action.isEnabled()
