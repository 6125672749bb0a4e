"""The codec: Report <-> JSON data, every problem collected with its path."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.model import Item, Paragraph, Photo, Report, Subheading
from desktop.model.codec import (
    MAX_TEXT,
    Problem,
    ReportDataError,
    report_from_data,
    report_to_data,
    validate_data,
)
from test_draft_factory import make_data, make_report


def problems(data) -> list[tuple[str, str]]:
    return [(p.path, p.en) for p in validate_data(data)]


def test_data_is_plain_json():
    data = report_to_data(make_report())
    assert json.loads(json.dumps(data)) == data


def test_round_trip():
    assert report_from_data(make_data()) == make_report()


def test_empty_object_is_a_blank_report():
    assert report_from_data({}) == Report()


def test_defaults_for_missing_keys():
    report = report_from_data({"destinations": [{}], "members": [{}], "settings": {"font": ""}})
    assert report.destinations[0].visit.sections == []
    assert report.members[0].role == "委員"
    assert report.settings.font == "ＭＳ 明朝"


def test_dates_are_iso_and_null():
    data = make_data()
    assert data["submitted"] == "2023-08-16"
    data["submitted"] = None
    assert report_from_data(data).submitted is None


def test_numbering_is_never_stored():
    text = json.dumps(make_data(), ensure_ascii=False)
    for label in ("１．", "１）", "①"):
        assert label not in text


def test_all_problems_are_collected_with_paths():
    data = make_data()
    data["title"] = 1
    data["members"][1]["given"] = []
    data["destinations"][0]["visit"]["qa"][0]["answer"] = {"text": "はい"}
    data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][2]["tag"] = 5
    assert [p for p, _ in problems(data)] == [
        "$.title",
        "$.members[1].given",
        "$.destinations[0].visit.sections[0].blocks[0].children[2].tag",
        "$.destinations[0].visit.qa[0].answer",
    ]
    with pytest.raises(ReportDataError) as info:
        report_from_data(data)
    assert len(info.value.problems) == 4
    assert "$.title" in str(info.value) and "and 3 more" in str(info.value)


def test_problem_text():
    problem = Problem("$.title", "文字列でなければなりません", "must be a string, not int")
    assert str(problem) == "$.title: 文字列でなければなりません (must be a string, not int)"


@pytest.mark.parametrize("value", [True, 1, 1.5, None, [], {}])
def test_text_must_be_a_string(value):
    assert problems({"introduction": value})[0][0] == "$.introduction"


def test_booleans_are_not_numbers():
    data = make_data()
    data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]["width_mm"] = True
    assert problems(data)[0][1] == "must be a number, not bool"


def test_text_at_the_limit_is_accepted():
    assert problems({"introduction": "あ" * MAX_TEXT}) == []
    assert problems({"introduction": "あ" * (MAX_TEXT + 1)})[0][1].startswith("text too long")


@pytest.mark.parametrize("parent, child", [
    ("subheading", {"type": "subheading", "title": "", "children": []}),
    ("item", {"type": "item", "title": "", "tag": "", "children": []}),
    ("item", {"type": "subheading", "title": "", "children": []}),
])
def test_block_placement(parent, child):
    block = {"type": parent, "title": "", "children": [child]}
    data = make_data()
    data["destinations"][1]["visit"]["sections"][0]["blocks"] = [block]
    assert problems(data) == [("$.destinations[1].visit.sections[0].blocks[0].children[0]",
                               f"a {child['type']} cannot be placed here")]


def test_allowed_nesting_loads():
    data = make_data()
    block = report_from_data(data).destinations[0].visit.sections[0].blocks[0]
    assert isinstance(block, Subheading)
    assert [type(b) for b in block.children] == [Paragraph, Photo, Item]


def test_paragraph_with_item_keys_is_refused():
    data = make_data()
    data["destinations"][1]["visit"]["sections"][0]["blocks"][0]["children"] = []
    assert problems(data)[0] == ("$.destinations[1].visit.sections[0].blocks[0].children",
                                 "unknown field")


def test_photo_width_range():
    data = make_data()
    photo = data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]
    photo["width_mm"] = 5
    assert problems(data)[0][1] == "out of range 10.0..150.0"


@pytest.mark.parametrize("size", [0, -1, 100_001])
def test_image_size_range(size):
    data = make_data()
    data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]["image"][
        "height"] = size
    assert problems(data)[0][1] == "image size out of range"


def test_unknown_key_is_shortened_in_the_path():
    found = problems({"x" * 1000: 1})
    assert len(found[0][0]) < 60


def test_valid_dates_of_every_era():
    for day in (date(1868, 1, 25), date(1989, 1, 7), date(1989, 1, 8), date(2019, 5, 1)):
        assert report_from_data({"start": day.isoformat()}).start == day


def test_date_before_meiji_loads():
    """Loading keeps it; the problems panel (checks) reports it as an error."""
    assert report_from_data({"start": "1850-01-01"}).start == date(1850, 1, 1)


def test_lists_keep_order():
    data = make_data()
    data["members"].reverse()
    assert [m.name.family for m in report_from_data(data).members] == ["片山", "坂本", "林"]


def test_the_model_annotations_the_format_knows():
    from desktop.model import Block, Image, Member, Subheading, TopicSection, Visit
    from desktop.model.codec import BLOCK_CLASSES, _kind

    assert _kind("str", Report) == ("text", None)
    assert _kind(" bool ", Report) == ("flag", None)
    assert _kind("int", Image) == ("integer", None)
    assert _kind("float", Photo) == ("number", None)
    assert _kind("bytes", Image) == ("bytes", None)
    assert _kind("date | None", Visit) == ("date", None)
    assert _kind("Visit", Report) == ("record", Visit)
    assert _kind("list[Member]", Report) == ("list", ("record", Member))
    assert _kind("list[list[str]]", Report) == ("list", ("list", ("text", None)))
    assert _kind("list[Block]", TopicSection) == ("list", ("block", BLOCK_CLASSES))
    assert _kind("list[Block]", Subheading) == ("list", ("block", (Paragraph, Photo, Item)))
    assert BLOCK_CLASSES == (Paragraph, Subheading, Item, Photo) and Block is not None
    for hint in ("dict[str, str]", "date", "str | None", "list[", "Any", "MEMBER_ROLES"):
        with pytest.raises(TypeError, match="no form for"):
            _kind(hint, Report)


def test_an_unknown_key_is_shown_up_to_forty_characters():
    assert problems({"k" * 40: 1}) == [("$." + "k" * 40, "unknown field")]
    assert problems({"k" * 41: 1}) == [("$." + "k" * 40 + "…", "unknown field")]


def test_written_values_are_json_values():
    data = report_to_data(make_report())
    assert data["start"] == "2023-07-05" and data["destinations"][0]["visit"]["visited"] is None
    photo = data["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]
    assert photo["type"] == "photo" and photo["image"]["data"].startswith("iVBORw0KGgo")
    assert data["members"][0] == {"role": "委員長", "family": "林", "given": "真一郎"}
