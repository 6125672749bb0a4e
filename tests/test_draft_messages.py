"""Each way a draft cannot be opened, word for word in both languages, naming the file.

(tests/test_draft_load_errors.py covers every kind of bad file with fragments of the
message; this pins the whole text the clerk reads, and the file it names.)
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from desktop.model import codec
from desktop.model.draft import DraftError, load_report_file, report_from_bytes


def _refusal(path, raw: bytes | None = None) -> DraftError:
    with pytest.raises(DraftError) as info:
        if raw is None:
            load_report_file(path)
        else:
            report_from_bytes(path, raw)
    assert Path(info.value.path) == Path(path)
    return info.value


def _wrapped(**document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


CASES = {
    "empty": (b"  \n", "ファイルが空です", "the file is empty"),
    "not utf-8": (b"\xff\xfe{", "下書きファイルではありません (UTF-8 の JSON ではありません)",
                  "not a draft: the file is not UTF-8 JSON"),
    "nested": (b"[" * 100_000, "入れ子が深すぎて読めません", "the JSON is nested too deeply"),
    "a list": (b"[]", "下書きの形式ではありません (最上位がオブジェクトではありません)",
               "not a draft: the top level is not a JSON object"),
    "other format": (_wrapped(format="x", version=1, report={}), "出張報告書の下書きではありません",
                     "not a draft: format is not 'shutcho-draft'"),
    "format only": (_wrapped(format="shutcho-draft", report={}), "下書きの版数が不正です",
                    "the draft's format version is invalid"),
    "version only": (_wrapped(version=1, report={}), "出張報告書の下書きではありません",
                     "not a draft: format is not 'shutcho-draft'"),
    "unknown wrapper keys": (_wrapped(format="shutcho-draft", version=1, report={}, zz=1, aa=2),
                             "下書きに不明な項目があります: aa, zz",
                             "unknown fields in the draft wrapper"),
    "no report": (_wrapped(format="shutcho-draft", version=1), "下書きに報告書の内容がありません",
                  "the draft has no report"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_refused_word_for_word(tmp_path, name):
    raw, ja, en = CASES[name]
    err = _refusal(tmp_path / "x.shutcho", raw)
    assert (err.ja, err.en) == (ja, en)


def test_unknown_wrapper_keys_are_shown_up_to_eighty_characters(tmp_path):
    raw = _wrapped(format="shutcho-draft", version=1, report={}, **{"k" * 100: 1})
    assert _refusal(tmp_path / "x.shutcho", raw).ja == "下書きに不明な項目があります: " + "k" * 80


def test_the_path_kinds(tmp_path, monkeypatch):
    err = _refusal(tmp_path / "missing.shutcho")
    assert (err.ja, err.en) == ("ファイルが見つかりません", "file not found")
    folder = tmp_path / "folder.shutcho"
    folder.mkdir()
    err = _refusal(folder)
    assert (err.ja, err.en) == ("フォルダーは開けません", "this is a folder, not a file")
    err = _refusal("/dev/null")
    assert (err.ja, err.en) == ("通常のファイルではありません", "not a regular file")
    err = _refusal(str(tmp_path / "a\0b.shutcho"))
    assert (err.ja, err.en) == ("ファイル名が不正です", "invalid file name")

    locked = tmp_path / "locked.shutcho"
    locked.write_bytes(b"{}")
    real_open = builtins.open

    def refusing(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied")
        if str(file) == str(tmp_path / "broken.shutcho"):
            raise OSError(5, "Input/output error")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing)
    err = _refusal(locked)
    assert (err.ja, err.en) == ("ファイルを読む権限がありません", "permission denied")
    (tmp_path / "broken.shutcho").write_bytes(b"{}")
    err = _refusal(tmp_path / "broken.shutcho")
    assert (err.ja, err.en) == ("ファイルを読めません: Input/output error",
                                "cannot read: [Errno 5] Input/output error")


def test_a_file_exactly_at_the_limit_is_read(tmp_path, monkeypatch):
    from desktop.model import draft

    path = tmp_path / "x.shutcho"
    path.write_bytes(b"{}" + b" " * 98)
    monkeypatch.setattr(draft, "MAX_FILE_BYTES", 100)
    assert load_report_file(path).title == "出張報告書"
    path.write_bytes(b"{}" + b" " * 99)
    assert "上限" in _refusal(path).ja


def test_a_file_that_grows_past_the_limit_after_its_size_was_taken(tmp_path, monkeypatch):
    from desktop.model import draft

    path = tmp_path / "x.shutcho"
    path.write_bytes(b"{}" + b" " * 98)
    monkeypatch.setattr(draft, "MAX_FILE_BYTES", 100)
    real_open = builtins.open

    def growing(file, *args, **kwargs):
        if str(file) == str(path):
            path.write_bytes(b"{}" + b" " * 200)  # grows between stat and read
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", growing)
    err = _refusal(path)
    assert err.ja == "ファイルが大きすぎます (0 MB、上限 0 MB)"


def test_shapes_worked_out_afresh_read_the_same(monkeypatch):
    """The codec works out each class's fields once per process; doing it again in a
    clean state gives the same reading and writing (mutation runs share a process)."""
    from test_draft_factory import make_data, make_report

    monkeypatch.setattr(codec, "_SHAPES", {})
    monkeypatch.setattr(codec, "_KEYS", {})
    assert codec.report_from_data(make_data()) == make_report()
    assert codec.report_to_data(make_report()) == make_data()
    assert codec.validate_data({"members": [{"age": 1}], "topics": [{}]}) == [
        codec.Problem("$.members[0].age", "この項目は書式にありません", "unknown field"),
        codec.Problem("$.topics[0].id", "用務の識別子が空です", "a topic needs a non-empty id")]
