"""Saving and loading drafts: what is saved loads back equal, photos included."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import SAMPLE
from desktop.model import (
    Destination,
    Image,
    Paragraph,
    Photo,
    Report,
    Topic,
    TopicSection,
    Visit,
)
from desktop.model.codec import report_to_data
from desktop.model.draft import (
    FORMAT,
    VERSION,
    DraftError,
    draft_bytes,
    load_draft,
    load_report_file,
    save_draft,
)
from test_draft_factory import make_report


def test_save_then_load_gives_an_equal_report(tmp_path):
    report = make_report()
    path = tmp_path / "報告書.shutcho"
    save_draft(report, path)
    loaded = load_draft(path)
    assert loaded == report
    photos = [b for b in loaded.destinations[0].visit.sections[0].blocks[0].children
              if isinstance(b, Photo)]
    assert photos and photos[0].image.data.startswith(b"\x89PNG")
    assert photos[0].image == report.destinations[0].visit.sections[0].blocks[0].children[1].image


def test_saved_file_is_utf8_json_with_the_wrapper(tmp_path):
    path = tmp_path / "a.shutcho"
    save_draft(make_report(), path)
    text = path.read_bytes().decode("utf-8")
    document = json.loads(text)
    assert document["format"] == FORMAT == "shutcho-draft"
    assert document["version"] == VERSION == 2
    assert document["report"] == report_to_data(make_report())
    assert "下関市議会議長" in text  # readable, not \\u escapes


def test_blank_report_round_trips(tmp_path):
    path = tmp_path / "blank.shutcho"
    save_draft(Report(), path)
    assert load_draft(path) == Report()


def test_saving_twice_replaces_the_draft(tmp_path):
    path = tmp_path / "a.shutcho"
    save_draft(Report(addressee="一回目"), path)
    save_draft(Report(addressee="二回目"), path)
    assert load_draft(path).addressee == "二回目"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.shutcho"]


def test_odd_text_survives(tmp_path):
    """Control characters, emoji, a lone surrogate and line breaks all come back as they were."""
    odd = "改行\n\r\nタブ\t\x00\x0b絵文字😀\u200b異体字葛\U000E0100" + "\ud800" + "\ufffe"
    report = Report(introduction=odd, topics=[Topic(odd, "t")],
                    destinations=[], submitted=date(2019, 5, 1))
    path = tmp_path / "odd.shutcho"
    save_draft(report, path)
    assert load_draft(path) == report


def test_bare_report_document_loads(tmp_path):
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report_to_data(make_report()), ensure_ascii=False), "utf-8")
    assert load_report_file(path) == make_report()


def test_bare_report_with_missing_keys_takes_defaults(tmp_path):
    path = tmp_path / "report.json"
    path.write_text('{"addressee": "下関市議会議長", "start": "2023-07-05", "end": null}', "utf-8")
    report = load_report_file(path)
    assert report == Report(addressee="下関市議会議長", start=date(2023, 7, 5))


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.shutcho"
    path.write_bytes(b"\xef\xbb\xbf" + draft_bytes(make_report()))
    assert load_draft(path) == make_report()


def test_integral_floats_are_integers(tmp_path):
    """JSON Schema counts 640.0 as an integer; so does the loader (other tools write it)."""
    document = json.loads(draft_bytes(make_report()))
    document["version"] = 1.0
    image = document["report"]["destinations"][0]["visit"]["sections"][0]["blocks"][0][
        "children"][1]["image"]
    image["width"] = float(image["width"])
    path = tmp_path / "floats.shutcho"
    path.write_text(json.dumps(document), "utf-8")
    assert load_draft(path) == make_report()


def test_photo_bytes_are_kept_exactly(tmp_path):
    data = bytes(range(256)) * 100
    image = Image(b"\xff\xd8\xff" + data, "image/jpeg", 3000, 2000)
    report = Report(topics=[Topic("題", "t")])
    report.destinations = [Destination("石川県", "金沢市", Visit(sections=[
        TopicSection("t", [Photo(image, "説明", 80.0), Paragraph("本文")])]))]
    path = tmp_path / "photo.shutcho"
    save_draft(report, path)
    assert load_draft(path).destinations[0].visit.sections[0].blocks[0].image.data == image.data


def test_sample_loads_and_round_trips(tmp_path):
    report = load_draft(SAMPLE)
    path = tmp_path / SAMPLE.name
    save_draft(report, path)
    assert load_draft(path) == report


def test_load_error_is_a_draft_error_with_the_path(tmp_path):
    path = tmp_path / "x.shutcho"
    path.write_text("{", "utf-8")
    with pytest.raises(DraftError) as info:
        load_draft(path)
    assert info.value.path == path
