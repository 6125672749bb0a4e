"""Issue 11, finding 10: a lock file beside an open draft names who has it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from desktop.model import lock as draft_lock
from desktop.model.draft import save_draft
from desktop.model.report import Report

HOLDER = """
import sys
from desktop.model import lock
held = lock.acquire(sys.argv[1])
print("held", flush=True)
sys.stdin.readline()
held.release()
"""


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "報告書.shutcho"
    save_draft(Report(), path)
    return path


def _hold_in_another_process(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_held_by_another_process_names_its_owner(draft):
    proc = _hold_in_another_process(draft)
    try:
        with pytest.raises(draft_lock.DraftLocked) as info:
            draft_lock.acquire(draft)
        owner = info.value.owner
        assert owner.host == socket.gethostname() and owner.pid == proc.pid
        ja, en = owner.text()
        assert socket.gethostname() in ja and "開いています" in ja and "opened by" in en
        lock_file = draft_lock.lock_path(draft)
        assert lock_file.name == ".~lock.報告書.shutcho#"
        assert json.loads(lock_file.read_text("utf-8"))["user"] == owner.user
    finally:
        proc.communicate("\n", timeout=10)
    assert not draft_lock.lock_path(draft).exists()  # released by its owner
    draft_lock.acquire(draft).release()


def test_lock_of_a_killed_process_is_taken_over(draft):
    proc = _hold_in_another_process(draft)
    proc.kill()
    proc.wait()
    assert draft_lock.lock_path(draft).exists()
    held = draft_lock.acquire(draft)
    assert held.held and draft_lock.read_owner(draft).pid == os.getpid()
    held.release()
    assert not draft_lock.lock_path(draft).exists()


def test_another_window_of_this_process_is_someone_too(draft):
    first = draft_lock.acquire(draft)
    try:
        with pytest.raises(draft_lock.DraftLocked):
            draft_lock.acquire(draft)
        taken = draft_lock.acquire(draft, take_over=True)
        assert taken.held
    finally:
        first.release()
        taken.release()


def test_unreadable_lock_still_means_someone_has_it(draft):
    draft_lock.lock_path(draft).write_bytes(b"\xff\x00 not json")
    with pytest.raises(draft_lock.DraftLocked) as info:
        draft_lock.acquire(draft)
    assert "不明" in info.value.owner.text()[0]


def test_longest_name_gets_a_short_lock_name(tmp_path):
    path = tmp_path / ("報" * 82 + ".shutcho")
    save_draft(Report(), path)
    held = draft_lock.acquire(path)
    assert held.held and len(held.path.name.encode()) < 40
    held.release()


def test_changed_on_disk(draft):
    stamp = draft_lock.DiskStamp.of(draft)
    assert not draft_lock.changed_on_disk(draft, stamp)
    time.sleep(0.01)
    save_draft(Report(addressee="他の窓"), draft)
    assert draft_lock.changed_on_disk(draft, stamp)
