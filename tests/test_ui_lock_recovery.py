"""Issue 11, findings 9 and 10 in the editor: two windows on one draft, a draft that
changed on disk, and a planted recovery file that must not redirect Save."""

from __future__ import annotations

import json
import socket

from desktop.model.draft import draft_bytes, load_report_file, save_draft
from desktop.model.report import Report
from test_draft_lock import _hold_in_another_process
from test_ui_editor import edit, make_window, win  # noqa: F401 - fixtures


def test_second_window_is_told_who_has_it_and_gets_read_only(make_window, tmp_path):
    path = tmp_path / "共有.shutcho"
    save_draft(Report(committee="最初"), path)
    first, second = make_window(), make_window()
    assert first.controller.load(path)
    assert second.controller.load(path)
    assert len(second.asks.locked) == 1 and socket.gethostname() in second.asks.locked[0]
    assert second.controller.read_only and "read-only" in second.windowTitle()

    edit(first, "committee", "一つ目の窓")
    assert first.controller.save()
    edit(second, "committee", "二つ目の窓")
    copy = tmp_path / "写し.shutcho"
    second.asks.save_paths.append(str(copy))
    assert second.controller.save()  # Save asked for a new name: the first save survives
    assert load_report_file(path).committee == "一つ目の窓"
    assert load_report_file(copy).committee == "二つ目の窓"
    assert not second.controller.read_only


def test_lock_held_by_another_process_cancel_opens_nothing(win, tmp_path):
    path = tmp_path / "他人.shutcho"
    save_draft(Report(committee="他人の"), path)
    proc = _hold_in_another_process(path)
    try:
        win.asks.lock_answer = "cancel"
        assert not win.controller.load(path)
        assert win.controller.path is None and len(win.asks.locked) == 1
    finally:
        proc.communicate("\n", timeout=10)


def test_saving_over_a_draft_changed_on_disk_asks_first(win, tmp_path):
    path = tmp_path / "変更.shutcho"
    save_draft(Report(committee="開いた時"), path)
    assert win.controller.load(path)
    path.write_bytes(draft_bytes(Report(committee="他で保存した")))  # a colleague's save
    edit(win, "committee", "この窓")
    assert not win.controller.save()
    assert win.asks.changed_asked == [path] and load_report_file(path).committee == "他で保存した"
    win.asks.overwrite_changed = True
    assert win.controller.save()
    assert load_report_file(path).committee == "この窓"
    edit(win, "committee", "もう一度")
    assert win.controller.save() and len(win.asks.changed_asked) == 2  # not asked again


def _plant_recovery(folder, original: str, committee: str):
    folder.mkdir(parents=True, exist_ok=True)
    planted = folder / "recovery-0123456789ab.shutcho"
    planted.write_bytes(draft_bytes(Report(committee=committee)))
    planted.with_suffix(".json").write_text(
        json.dumps({"original": original, "saved_at": "2026-11-29T10:00:00"}), "utf-8")


def test_planted_recovery_cannot_redirect_save(make_window, tmp_path):
    victim = tmp_path / "not-a-draft.txt"
    victim.write_text("大事なメモ", "utf-8")
    _plant_recovery(tmp_path / "recovery", str(victim), "植えられた")
    w = make_window()
    offered = []
    w.ask_restore_recovery = lambda info: offered.append(info) or True
    assert w.controller.offer_recovery()
    assert offered[0].original is None and w.controller.path is None
    chosen = tmp_path / "新しい名前.shutcho"
    w.asks.save_paths.append(str(chosen))
    assert w.controller.save()  # asked for a path
    assert victim.read_text("utf-8") == "大事なメモ"
    assert load_report_file(chosen).committee == "植えられた"


def test_recovery_of_a_draft_saves_back_to_it(make_window, tmp_path):
    original = tmp_path / "元の下書き.shutcho"
    save_draft(Report(committee="保存済み"), original)
    _plant_recovery(tmp_path / "recovery", str(original), "復元した")
    w = make_window()
    w.ask_restore_recovery = lambda info: True
    assert w.controller.offer_recovery() and w.controller.path == original
    assert w.controller.save()
    assert load_report_file(original).committee == "復元した"


def test_recovery_of_a_draft_someone_has_open_asks_for_a_name(make_window, tmp_path):
    original = tmp_path / "使用中.shutcho"
    save_draft(Report(committee="保存済み"), original)
    proc = _hold_in_another_process(original)
    try:
        _plant_recovery(tmp_path / "recovery", str(original), "復元した")
        w = make_window()
        w.ask_restore_recovery = lambda info: True
        assert w.controller.offer_recovery() and w.controller.path is None
    finally:
        proc.communicate("\n", timeout=10)
