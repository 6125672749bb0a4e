"""A bad draft is refused with one DraftError naming the file and the problem (ja and en).

One test per kind of bad file. ``pytest.raises(DraftError)`` lets any other
exception through, so a traceback-type failure fails the test.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from desktop.model import draft
from desktop.model.codec import MAX_ITEMS, MAX_TEXT
from desktop.model.draft import DraftError, draft_bytes, load_draft, load_report_file
from test_draft_factory import image_bytes, make_data, make_report


def write(tmp_path: Path, content: bytes | str | dict, name: str = "bad.shutcho") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content, ensure_ascii=False)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def wrap(report: dict, **extra) -> dict:
    return {"format": "shutcho-draft", "version": 1, "report": report, **extra}


def refused(path: Path, ja: str, en: str) -> DraftError:
    """Load ``path``; assert a DraftError naming the file, with ``ja`` and ``en`` in the message."""
    with pytest.raises(DraftError) as info:
        load_draft(path)
    err = info.value
    message = str(err)
    assert path.name in message
    assert ja in err.ja and ja in message, err.ja
    assert en in err.en and en in message, err.en
    assert "Traceback" not in message
    return err


# -- not JSON at all -------------------------------------------------------------


def test_empty_file(tmp_path):
    refused(write(tmp_path, b""), "空です", "empty")


def test_whitespace_only(tmp_path):
    refused(write(tmp_path, b" \n\t\r\n  \n"), "空です", "empty")


def test_truncated_json(tmp_path):
    raw = draft_bytes(make_report())
    refused(write(tmp_path, raw[: len(raw) // 2]), "途中で切れているか壊れています", "truncated")


def test_truncated_mid_character(tmp_path):
    raw = "{\"format\": \"shutcho-draft\", \"report\": {\"addressee\": \"下関".encode()
    refused(write(tmp_path, raw[:-1]), "UTF-8", "not UTF-8")


def test_random_bytes(tmp_path):
    raw = random.Random(20230705).randbytes(4096)
    refused(write(tmp_path, raw), "UTF-8", "not UTF-8")


def test_random_printable_text(tmp_path):
    rng = random.Random(7)
    text = "".join(rng.choice("abc{}[]:,\"0123 出張") for _ in range(2000))
    refused(write(tmp_path, "x" + text), "JSON として読めません", "not valid JSON")


def test_not_utf8_shift_jis(tmp_path):
    raw = json.dumps(wrap({"addressee": "下関市議会議長"}), ensure_ascii=False).encode("shift_jis")
    refused(write(tmp_path, raw), "UTF-8", "not UTF-8")


def test_not_utf8_utf16(tmp_path):
    raw = json.dumps(wrap({"addressee": "下関市議会議長"}), ensure_ascii=False).encode("utf-16")
    refused(write(tmp_path, raw), "UTF-8", "not UTF-8")


def test_damaged_word_document_is_refused_as_such(tmp_path):
    """A DOCX is read as one (issue 13: our DOCX reopens as its draft), not refused as 'not UTF-8'."""
    refused(write(tmp_path, b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, "old.docx"),
            "DOCX が壊れている", "the DOCX is damaged")


# -- deeply nested -----------------------------------------------------------------


def test_deeply_nested_arrays(tmp_path):
    refused(write(tmp_path, "[" * 100_000), "入れ子が深すぎ", "nested too deeply")


def test_deeply_nested_objects_inside_the_report(tmp_path):
    depth = 100_000
    deep = '{"a":' * depth + "1" + "}" * depth
    raw = '{"format": "shutcho-draft", "version": 1, "report": {"destinations": [{"visit": ' \
          + deep + "}]}}"
    refused(write(tmp_path, raw), "入れ子が深すぎ", "nested too deeply")


def test_nested_below_parser_limit_is_an_unknown_field(tmp_path):
    depth = 500
    deep = '{"a":' * depth + "1" + "}" * depth
    raw = '{"format": "shutcho-draft", "version": 1, "report": {"destinations": [{"visit": ' \
          + deep + "}]}}"
    refused(write(tmp_path, raw), "$.destinations[0].visit.a", "unknown field")


def test_nested_block_type_value_is_not_printed(tmp_path):
    data = make_data()
    data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["type"] = \
        json.loads("[" * 900 + "]" * 900)
    refused(write(tmp_path, wrap(data)), "ブロックの種類が不明です", "block type must be")


def test_subheadings_nested_in_subheadings(tmp_path):
    block: dict = {"type": "paragraph", "text": "本文"}
    for _ in range(300):
        block = {"type": "subheading", "title": "見出し", "children": [block]}
    data = make_data()
    data["destinations"][0]["visit"]["sections"][0]["blocks"] = [block]
    refused(write(tmp_path, wrap(data)), "ここに置けません", "cannot be placed here")


# -- wrong types ---------------------------------------------------------------------


WRONG_TYPES = [
    (("addressee",), 5, "$.addressee", "must be a string"),
    (("submitted",), 20230816, "$.submitted", "must be a string"),
    (("members",), "林真一郎", "$.members", "must be an array"),
    (("members", 0), ["委員長", "林"], "$.members[0]", "must be an object"),
    (("topics", 0, "title"), None, "$.topics[0].title", "must be a string"),
    (("destinations", 0, "visit", "hosts", 0, "people", 1, "joined"), "yes",
     "$.destinations[0].visit.hosts[0].people[1].joined", "must be true or false"),
    (("destinations", 0, "visit", "sections", 0, "blocks", 0, "children", 1, "width_mm"), "55",
     "$.destinations[0].visit.sections[0].blocks[0].children[1].width_mm", "must be a number"),
    (("destinations", 0, "visit", "sections", 0, "blocks", 0, "children", 1, "image", "width"),
     True, "$.destinations[0].visit.sections[0].blocks[0].children[1].image.width",
     "must be an integer"),
    (("settings", "page_numbers"), 1, "$.settings.page_numbers", "must be true or false"),
    (("destinations", 1, "visit"), [], "$.destinations[1].visit", "must be an object"),
]


@pytest.mark.parametrize("where, value, path, en", WRONG_TYPES,
                         ids=[w[2] for w in WRONG_TYPES])
def test_wrong_type(tmp_path, where, value, path, en):
    data = make_data()
    target = data
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    err = refused(write(tmp_path, wrap(data)), path, en)
    assert "でなければなりません" in err.ja
    assert err.problems and err.problems[0].path == path


def test_unknown_field(tmp_path):
    data = make_data()
    data["members"][0]["age"] = 60
    refused(write(tmp_path, wrap(data)), "$.members[0].age", "unknown field")


def test_unknown_block_type(tmp_path):
    data = make_data()
    data["destinations"][1]["visit"]["sections"][0]["blocks"][0]["type"] = "table"
    refused(write(tmp_path, wrap(data)), "'table'", "block type must be")


def test_every_problem_is_counted(tmp_path):
    data = make_data()
    data["addressee"] = 1
    data["committee"] = 2
    data["purpose"] = 3
    err = refused(write(tmp_path, wrap(data)), "ほか2件", "$.addressee")
    assert [p.path for p in err.problems] == ["$.addressee", "$.committee", "$.purpose"]


# -- absurd sizes ------------------------------------------------------------------------


def test_text_over_the_limit(tmp_path):
    data = make_data()
    data["introduction"] = "あ" * (MAX_TEXT + 1)
    refused(write(tmp_path, wrap(data)), "文字数が多すぎます", "text too long")


def test_list_over_the_limit(tmp_path):
    data = make_data()
    data["destinations"][0]["visit"]["qa"] = [{"question": "問", "answer": "答"}] * (MAX_ITEMS + 1)
    refused(write(tmp_path, wrap(data)), "項目が多すぎます", "too many entries")


def test_file_over_the_limit_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.shutcho"
    with open(path, "wb") as handle:  # sparse: no gigabytes are written
        handle.truncate(draft.MAX_FILE_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a huge file"))
    refused(path, "ファイルが大きすぎます", "too large")


def test_file_over_a_lowered_limit(tmp_path, monkeypatch):
    path = write(tmp_path, draft_bytes(make_report()))
    monkeypatch.setattr(draft, "MAX_FILE_BYTES", 1000)
    refused(path, "ファイルが大きすぎます", "limit 0 MB")


def test_image_too_many_pixels(tmp_path):
    data = make_data()
    image = data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]["image"]
    image["width"] = image["height"] = 90_000
    refused(write(tmp_path, wrap(data)), "画素数が多すぎます", "too many pixels")


def test_huge_number(tmp_path):
    data = make_data()
    raw = json.dumps(wrap(data)).replace('"width_mm": 55.0', '"width_mm": 1e400')
    refused(write(tmp_path, raw), "範囲にありません", "out of range")


def test_integer_with_too_many_digits(tmp_path):
    raw = json.dumps(wrap(make_data())).replace('"width": 32', '"width": ' + "9" * 5000)
    refused(write(tmp_path, raw), "JSON として読めません", "not valid JSON")


# -- the wrapper -----------------------------------------------------------------------------


def test_newer_version_is_named(tmp_path):
    err = refused(write(tmp_path, {"format": "shutcho-draft", "version": 7, "report": {},
                                   "future": True}),
                  "第7版", "version 7")
    assert "更新" in err.ja and "update" in err.en


def test_invalid_version(tmp_path):
    refused(write(tmp_path, {"format": "shutcho-draft", "version": "1", "report": {}}),
            "版数が不正", "version is invalid")


def test_wrong_format_name(tmp_path):
    refused(write(tmp_path, {"format": "other-app", "version": 1, "report": {}}),
            "下書きではありません", "format is not 'shutcho-draft'")


def test_top_level_not_an_object(tmp_path):
    refused(write(tmp_path, "[1, 2, 3]"), "最上位がオブジェクトではありません", "not a JSON object")


def test_top_level_a_string(tmp_path):
    refused(write(tmp_path, '"出張報告書"'), "最上位がオブジェクトではありません", "not a JSON object")


def test_missing_report(tmp_path):
    refused(write(tmp_path, {"format": "shutcho-draft", "version": 1}),
            "報告書の内容がありません", "has no report")


def test_unknown_wrapper_field(tmp_path):
    refused(write(tmp_path, wrap({}, extra=1)), "不明な項目", "unknown fields")


def test_report_not_an_object(tmp_path):
    refused(write(tmp_path, wrap("出張報告書")), "$", "must be an object")  # type: ignore[arg-type]


# -- photos -------------------------------------------------------------------------------------


def _photo(data: dict) -> dict:
    return data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]["image"]


def test_bad_base64_photo(tmp_path):
    data = make_data()
    _photo(data)["data"] = "iVBORw0KGgo!!!not base64"
    refused(write(tmp_path, wrap(data)), "base64", "not valid base64")


def test_base64_with_missing_padding(tmp_path):
    data = make_data()
    _photo(data)["data"] = _photo(data)["data"].rstrip("=")[:-1]
    refused(write(tmp_path, wrap(data)), "base64", "not valid base64")


def test_non_ascii_in_base64(tmp_path):
    data = make_data()
    _photo(data)["data"] = "写真"
    refused(write(tmp_path, wrap(data)), "base64", "not valid base64")


def test_mime_data_mismatch(tmp_path):
    data = make_data()
    _photo(data)["data"] = base64.b64encode(image_bytes("JPEG")).decode()  # says image/png
    refused(write(tmp_path, wrap(data)), "形式と合いません", "not image/png")


def test_photo_not_an_image(tmp_path):
    data = make_data()
    _photo(data)["data"] = base64.b64encode(b"MZ\x90\x00 an executable").decode()
    refused(write(tmp_path, wrap(data)), "形式と合いません", "not image/png")


def test_unsupported_mime(tmp_path):
    data = make_data()
    _photo(data)["mime"] = "image/gif"
    refused(write(tmp_path, wrap(data)), "対応していない画像形式", "image/jpeg or image/png")


# -- values JSON does not have ----------------------------------------------------------------


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity(tmp_path, constant):
    raw = json.dumps(wrap(make_data())).replace('"width_mm": 55.0', f'"width_mm": {constant}')
    assert constant in raw
    refused(write(tmp_path, raw), "JSON として読めません", f"{constant} is not JSON")


# -- references and dates -------------------------------------------------------------------------


def test_duplicate_topic_ids(tmp_path):
    data = make_data()
    data["topics"][1]["id"] = data["topics"][0]["id"]
    refused(write(tmp_path, wrap(data)), "識別子が重複", "topic ids must be unique")


def test_empty_topic_id(tmp_path):
    data = make_data()
    data["topics"][2]["id"] = ""
    refused(write(tmp_path, wrap(data)), "$.topics[2].id", "non-empty id")


def test_section_refers_to_unknown_topic(tmp_path):
    data = make_data()
    data["destinations"][1]["visit"]["sections"][0]["topic"] = "no-such-topic"
    refused(write(tmp_path, wrap(data)), "用務にない項目", "not in the topic list")


def test_same_topic_twice_in_a_visit(tmp_path):
    data = make_data()
    data["destinations"][0]["visit"]["sections"][1]["topic"] = "t1"
    refused(write(tmp_path, wrap(data)), "二度", "appears twice")


@pytest.mark.parametrize("value", ["2023-02-30", "2023/07/05", "R5.7.5", "2023-7-5", "20230705",
                                   "2023-W27-3", "２０２３-０７-０５", "2023-07-05T10:00", ""])
def test_invalid_date_string(tmp_path, value):
    data = make_data()
    data["start"] = value
    refused(write(tmp_path, wrap(data)), "YYYY-MM-DD", "YYYY-MM-DD")


# -- the path itself --------------------------------------------------------------------------------


def test_a_directory(tmp_path):
    folder = tmp_path / "folder.shutcho"
    folder.mkdir()
    refused(folder, "フォルダー", "folder")


def test_a_missing_file(tmp_path):
    refused(tmp_path / "missing.shutcho", "見つかりません", "not found")


def test_a_device_is_not_read(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(DraftError) as info:
        load_report_file("/dev/zero")
    assert "zero" in str(info.value) and "not a regular file" in info.value.en


def test_bare_report_errors_name_the_file_too(tmp_path):
    data = make_data()
    data["end"] = "tomorrow"
    refused(write(tmp_path, data, "bare.json"), "$.end", "YYYY-MM-DD")


def test_too_large_names_the_size_and_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.shutcho"
    with open(path, "wb") as handle:  # sparse
        handle.truncate(3 * 2**20 + 1)
    monkeypatch.setattr(draft, "MAX_FILE_BYTES", 2 * 2**20)
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert info.value.ja == "ファイルが大きすぎます (3 MB、上限 2 MB)"
    assert info.value.en == "the file is too large (3 MB, limit 2 MB)"
