"""Issue 12 finding 1: presets a council shares, and the next report from last time's."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT, SAMPLE
from desktop.model.draft import load_draft
from desktop.model.presets import (
    PresetsError,
    apply_committee,
    blank_report,
    carry_over,
    load_presets,
    presets_from_report,
    presets_to_data,
    save_presets,
)
from desktop.model.report import Report

EXAMPLE = ROOT / "docs" / "examples" / "shutcho-presets.json"
SCHEMA = json.loads((ROOT / "resources" / "schema" / "presets.schema.json").read_text("utf-8"))


def test_the_documented_example_loads_and_follows_the_schema():
    Draft202012Validator.check_schema(SCHEMA)
    Draft202012Validator(SCHEMA).validate(json.loads(EXAMPLE.read_text("utf-8")))
    presets = load_presets(EXAMPLE)
    assert presets.addressee == "下関市議会議長" and presets.honorific == "様"
    assert presets.committee_names() == ["総務委員会", "文教厚生委員会"]
    assert [m.role for m in presets.committee("総務委員会").members] == ["委員長", "副委員長", "委員"]


def test_saved_presets_follow_the_schema_and_read_back(tmp_path):
    presets = load_presets(EXAMPLE)
    out = tmp_path / "sub" / "shutcho-presets.json"
    save_presets(presets, out)
    Draft202012Validator(SCHEMA).validate(json.loads(out.read_text("utf-8")))
    assert load_presets(out) == presets


def test_a_blank_report_from_presets():
    presets = load_presets(EXAMPLE)
    report = blank_report(presets)
    assert (report.addressee, report.honorific, report.secretariat) == ("下関市議会議長", "様", "議会事務局")
    assert [s.name.full for s in report.staff] == ["花谷禎久"]
    assert report.committee == "" and report.members == []  # two committees: the clerk chooses
    assert report.topics == [] and report.destinations == [] and report.start is None
    assert blank_report(None) == Report()


def test_choosing_a_committee_fills_its_roster_and_its_own_staff():
    presets = load_presets(EXAMPLE)
    report = blank_report(presets)
    assert apply_committee(report, presets, "文教厚生委員会")
    assert report.committee == "文教厚生委員会"
    assert [m.name.full for m in report.members] == ["山田花子", "田中一郎"]
    assert [s.name.full for s in report.staff] == ["石川学"]
    assert not apply_committee(report, presets, "ない委員会")
    report.members[0].name.family = "変更"  # the presets are not shared with the report
    assert presets.committee("文教厚生委員会").members[0].name.family == "山田"


def test_carry_over_keeps_the_people_and_clears_the_trip():
    old = load_draft(SAMPLE)
    new = carry_over(old)
    for attr in ("title", "addressee", "honorific", "committee", "members", "secretariat", "staff",
                 "purpose", "settings"):
        assert getattr(new, attr) == getattr(old, attr), attr
    assert new.members is not old.members
    assert (new.submitted, new.start, new.end) == (None, None, None)
    assert new.topics == [] and new.destinations == [] and new.introduction == ""


def test_presets_from_a_report_replace_a_committee_of_the_same_name():
    presets = load_presets(EXAMPLE)
    report = blank_report(presets)
    apply_committee(report, presets, "総務委員会")
    report.members.pop()
    updated = presets_from_report(report, presets)
    assert updated.committee_names() == ["文教厚生委員会", "総務委員会"]
    assert len(updated.committee("総務委員会").members) == 2
    assert len(presets.committee("総務委員会").members) == 3  # the original is untouched


@pytest.mark.parametrize("content, words", [
    (b"", "JSON"),
    (b"\xff\xfe", "JSON"),
    (b'{"format": "shutcho-draft", "version": 1}', "プリセットのファイルではありません"),
    (b'{"format": "shutcho-presets", "version": 9}', "版"),
    (b'{"format": "shutcho-presets", "version": 1, "staff": {}}', "staff"),
    (b'{"format": "shutcho-presets", "version": 1, "committees": [{"members": []}]}', "名前"),
    (b'{"format": "shutcho-presets", "version": 1, "committees": [{"name": "a", "members": [1]}]}',
     "1人目"),
])
def test_bad_presets_files_say_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "p.json"
    path.write_bytes(content)
    with pytest.raises(PresetsError) as info:
        load_presets(path)
    assert words in info.value.ja and info.value.en and info.value.path == path


def test_missing_file_and_unwritable_place(tmp_path):
    with pytest.raises(PresetsError, match="見つかりません"):
        load_presets(tmp_path / "none.json")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(PresetsError, match="書き込めません"):  # a place that cannot hold it
        save_presets(load_presets(EXAMPLE), blocker / "p.json")
    assert blocker.read_text() == "x"


def test_to_data_round_trip_keeps_committee_staff_absent():
    data = presets_to_data(load_presets(EXAMPLE))
    assert "staff" not in data["committees"][0] and data["committees"][1]["staff"]


def test_a_presets_path_that_is_no_plain_file_is_refused_not_waited_on(tmp_path):
    """A named pipe (or a device) where the presets file should be: reading it would wait
    forever for a writer, freezing the editor at start; it is refused at once, like a draft."""
    import os
    import threading

    pipe = tmp_path / "presets.json"
    os.mkfifo(pipe)
    outcome = []

    def load():
        try:
            load_presets(pipe)
        except PresetsError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # release the blocked reader before failing
        with open(pipe, "wb"):
            pass
        reader.join(5)
    assert outcome and outcome[0].en == "not a regular file" and outcome[0].path == pipe
    with pytest.raises(PresetsError) as info:
        load_presets("/dev/null")
    assert info.value.ja == "通常のファイルではありません"


def test_a_presets_name_with_a_nul_character_is_a_message_not_a_traceback(tmp_path):
    with pytest.raises(PresetsError) as info:
        load_presets(str(tmp_path / "a\0b.json"))
    assert (info.value.ja, info.value.en) == ("ファイル名が不正です", "invalid file name")
