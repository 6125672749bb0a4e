"""resources/schema/report.schema.json describes exactly what the codec reads and writes.

Generated reports and the sample validate; documents the loader refuses are
refused by the schema too (except the rules a schema cannot state, which
docs/draft-format.md lists and the last test pins down).
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date, timedelta

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT, SAMPLE, module_scope_but_per_test_under_mutmut
from desktop.model import (
    QA,
    Attendee,
    Destination,
    Host,
    Image,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Profile,
    Report,
    Settings,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from desktop.model.codec import (
    MAX_IMAGE_SIDE,
    MAX_ITEMS,
    MAX_TEXT,
    report_to_data,
    validate_data,
)
from desktop.model.draft import DraftError, draft_bytes, report_from_bytes
from test_draft_factory import jpeg_image, make_data, make_report, png_image

SCHEMA_PATH = ROOT / "resources" / "schema" / "report.schema.json"


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_accepts(validator, document) -> bool:
    return validator.is_valid(document)


def loader_accepts(document, tmp_path) -> bool:
    try:
        report_from_bytes(tmp_path / "x.shutcho", json.dumps(document, ensure_ascii=False).encode())
    except DraftError:
        return False
    return True


# -- generated reports ----------------------------------------------------------------


CHARS = "出張報告書金沢市あいうアイウ　、。４５６ＡＢ１２3aZ()%,.\n\t😀-【】"


def random_report(rng: random.Random) -> Report:
    def text(limit: int = 30) -> str:
        return "".join(rng.choice(CHARS) for _ in range(rng.randrange(limit)))

    def day() -> date | None:
        return None if rng.random() < 0.2 else date(1868, 1, 25) + timedelta(rng.randrange(60_000))

    def blocks(allowed: tuple[type, ...], depth: int) -> list:
        out = []
        for _ in range(rng.randrange(4)):
            kind = rng.choice(allowed if depth < 3 else (Paragraph,))
            if kind is Paragraph:
                out.append(Paragraph(text()))
            elif kind is Photo:
                image = png_image(seed=rng.randrange(9)) if rng.random() < 0.5 else jpeg_image()
                out.append(Photo(image, text(), rng.choice([10, 60.0, 72.5, 150])))
            elif kind is Item:
                out.append(Item(text(), text(5), blocks((Paragraph, Photo), depth + 1)))
            else:
                out.append(Subheading(text(), blocks((Paragraph, Photo, Item), depth + 1)))
        return out

    topics = [Topic(text(), f"t{i}") for i in range(rng.randrange(5))]
    destinations = []
    for _ in range(rng.randrange(4)):
        covered = rng.sample(topics, rng.randrange(len(topics) + 1))
        destinations.append(Destination(text(5), text(5), Visit(
            Profile(text(8), text(8)), text(),
            [Host(text(8), [Attendee(text(5), text(5), text(5), text(5), rng.random() < 0.3)
                            for _ in range(rng.randrange(3))]) for _ in range(rng.randrange(3))],
            text(),
            [TopicSection(t.id, blocks((Paragraph, Photo, Item, Subheading), 0)) for t in covered],
            [QA(text(), text()) for _ in range(rng.randrange(3))], day())))
    return Report(
        title=text(10), addressee=text(10), honorific=text(2), submitted=day(),
        committee=text(10), members=[Member(text(4), PersonName(text(3), text(3)))
                                     for _ in range(rng.randrange(5))],
        secretariat=text(6), staff=[Staff(text(6), PersonName(text(3), text(3)))
                                    for _ in range(rng.randrange(3))],
        purpose=text(8), topics=topics, start=day(), end=day(), destinations=destinations,
        introduction=text(200),
        settings=Settings(rng.random() < 0.5, text(8), text(8)))


@pytest.mark.parametrize("seed", range(30))
def test_generated_reports_validate(validator, seed):
    data = report_to_data(random_report(random.Random(seed)))
    assert validate_data(data) == []
    errors = [e.message for e in validator.iter_errors(data)]
    assert errors == []
    assert validator.is_valid({"format": "shutcho-draft", "version": 1, "report": data})


def test_blank_and_factory_reports_validate(validator):
    for report in (Report(), make_report()):
        assert validator.is_valid(report_to_data(report))
        assert validator.is_valid(json.loads(draft_bytes(report)))


def test_sample_validates(validator):
    document = json.loads(SAMPLE.read_bytes())
    assert [e.message for e in validator.iter_errors(document)] == []
    assert validator.is_valid(document["report"])


def test_missing_keys_are_accepted_by_both(validator, tmp_path):
    for document in ({}, {"destinations": [{}]}, {"topics": [{"id": "a"}]},
                     {"destinations": [{"visit": {"profile": {}}}]},
                     {"submitted": None, "start": "2023-07-05"}):
        assert schema_accepts(validator, document) and loader_accepts(document, tmp_path), document


# -- refused by both -----------------------------------------------------------------------


def _photo(d):
    return d["destinations"][0]["visit"]["sections"][0]["blocks"][0]["children"][1]


def _set(path, value):
    def change(d):
        target = d
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _delete(path):
    def change(d):
        target = d
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


REFUSED = {
    "addressee is a number": _set(("addressee",), 5),
    "addressee is null": _set(("addressee",), None),
    "submitted is a number": _set(("submitted",), 20230816),
    "date written with slashes": _set(("start",), "2023/07/05"),
    "week date": _set(("start",), "2023-W27-3"),
    "members is a string": _set(("members",), "林"),
    "member is a list": _set(("members", 0), ["委員長", "林"]),
    "member has an unknown key": _set(("members", 0, "age"), 60),
    "unknown report key": _set(("colour",), "red"),
    "topic without id": _delete(("topics", 0, "id")),
    "topic with empty id": _set(("topics", 0, "id"), ""),
    "joined is a string": _set(("destinations", 0, "visit", "hosts", 0, "people", 0, "joined"), "no"),
    "visit is a list": _set(("destinations", 0, "visit"), []),
    "profile is a string": _set(("destinations", 0, "visit", "profile"), "約４５万人"),
    "unknown visit key": _set(("destinations", 0, "visit", "photos"), []),
    "unknown block type": _set(("destinations", 1, "visit", "sections", 0, "blocks", 0, "type"), "table"),
    "block without type": _delete(("destinations", 1, "visit", "sections", 0, "blocks", 0, "type")),
    "paragraph with children": _set(("destinations", 1, "visit", "sections", 0, "blocks", 0,
                                     "children"), []),
    "subheading in a subheading": lambda d: d["destinations"][0]["visit"]["sections"][0]["blocks"][0][
        "children"].append({"type": "subheading", "title": "", "children": []}),
    "item in an item": lambda d: d["destinations"][0]["visit"]["sections"][0]["blocks"][0][
        "children"][2]["children"].append({"type": "item", "title": "", "tag": "", "children": []}),
    "subheading with a tag": _set(("destinations", 0, "visit", "sections", 0, "blocks", 0, "tag"), ""),
    "photo without image": lambda d: _photo(d).pop("image"),
    "photo width too small": lambda d: _photo(d).__setitem__("width_mm", 5),
    "photo width is a string": lambda d: _photo(d).__setitem__("width_mm", "60"),
    "photo width is a boolean": lambda d: _photo(d).__setitem__("width_mm", True),
    "gif": lambda d: _photo(d)["image"].__setitem__("mime", "image/gif"),
    "image width zero": lambda d: _photo(d)["image"].__setitem__("width", 0),
    "image height too large": lambda d: _photo(d)["image"].__setitem__("height", MAX_IMAGE_SIDE + 1),
    "image width a float": lambda d: _photo(d)["image"].__setitem__("width", 32.5),
    "image without data": lambda d: _photo(d)["image"].pop("data"),
    "image data not base64": lambda d: _photo(d)["image"].__setitem__("data", "iVBORw0KGgo*"),
    "image data without padding": lambda d: _photo(d)["image"].__setitem__(
        "data", _photo(d)["image"]["data"].rstrip("=")),
    "png data labelled jpeg": lambda d: _photo(d)["image"].__setitem__("mime", "image/jpeg"),
    "unknown image key": lambda d: _photo(d)["image"].__setitem__("dpi", 96),
    "page_numbers is a number": _set(("settings", "page_numbers"), 1),
    "settings is a list": _set(("settings",), []),
    "section topic is a number": _set(("destinations", 0, "visit", "sections", 0, "topic"), 1),
    "text over the limit": _set(("introduction",), "あ" * (MAX_TEXT + 1)),
    "list over the limit": _set(("destinations", 0, "visit", "qa"),
                                [{"question": "", "answer": ""}] * (MAX_ITEMS + 1)),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_by_codec_and_schema(validator, tmp_path, name):
    data = make_data()
    REFUSED[name](data)
    assert validate_data(data), "the codec accepted it"
    assert not validator.is_valid(data), "the schema accepted it"
    document = {"format": "shutcho-draft", "version": 1, "report": data}
    assert not loader_accepts(document, tmp_path)
    assert not validator.is_valid(document)


WRAPPERS_REFUSED = {
    "wrong format": {"format": "other", "version": 1, "report": {}},
    "newer version": {"format": "shutcho-draft", "version": 3, "report": {}},
    "version a string": {"format": "shutcho-draft", "version": "1", "report": {}},
    "version zero": {"format": "shutcho-draft", "version": 0, "report": {}},
    "missing report": {"format": "shutcho-draft", "version": 1},
    "unknown wrapper key": {"format": "shutcho-draft", "version": 1, "report": {}, "x": 1},
    "report a list": {"format": "shutcho-draft", "version": 1, "report": []},
    "top level a list": [],
    "format without version": {"format": "shutcho-draft", "report": {}},
}


@pytest.mark.parametrize("name", list(WRAPPERS_REFUSED))
def test_bad_wrappers_refused_by_both(validator, tmp_path, name):
    document = WRAPPERS_REFUSED[name]
    assert not loader_accepts(document, tmp_path)
    assert not validator.is_valid(document)


def test_integral_float_is_an_integer_to_both(validator, tmp_path):
    document = json.loads(draft_bytes(make_report()))
    document["version"] = 1.0
    _photo(document["report"])["image"]["width"] = 32.0
    assert validator.is_valid(document) and loader_accepts(document, tmp_path)


def test_rules_beyond_the_schema(validator, tmp_path):
    """What only the loader checks (documented in docs/draft-format.md)."""
    beyond = []
    data = make_data()
    data["topics"][1]["id"] = data["topics"][0]["id"]
    beyond.append(data)  # duplicate topic ids
    data = make_data()
    data["destinations"][1]["visit"]["sections"][0]["topic"] = "nowhere"
    beyond.append(data)  # a section about an unknown topic
    data = make_data()
    data["destinations"][0]["visit"]["sections"][1]["topic"] = "t1"
    beyond.append(data)  # the same topic twice in one visit
    data = make_data()
    data["start"] = "2023-02-30"
    beyond.append(data)  # not a real date
    data = make_data()
    _photo(data)["image"].update(width=20_000, height=20_000)
    beyond.append(data)  # too many pixels
    for document in beyond:
        assert validator.is_valid(document)
        assert not loader_accepts(copy.deepcopy(document), tmp_path)


def test_schema_limits_mirror_the_codec():
    from desktop.model.codec import BLOCK_TYPES, IMAGE_MIMES, MAX_IMAGE_BYTES

    defs = json.loads(SCHEMA_PATH.read_text("utf-8"))["$defs"]
    assert defs["text"]["maxLength"] == MAX_TEXT
    assert defs["report"]["properties"]["members"]["maxItems"] == MAX_ITEMS
    assert defs["block"]["properties"]["type"]["enum"] == list(BLOCK_TYPES)
    image = defs["image"]["properties"]
    assert image["mime"]["enum"] == sorted(IMAGE_MIMES)
    assert image["width"]["maximum"] == image["height"]["maximum"] == MAX_IMAGE_SIDE
    assert image["data"]["maxLength"] == MAX_IMAGE_BYTES * 4 // 3 + 4


def test_schema_file_is_generated_from_the_model():
    """resources/schema/report.schema.json is desktop.model.schema's output, unchanged.

    After changing the model: ``python -m desktop.model.schema``.
    """
    from desktop.model.schema import report_schema, schema_text

    assert SCHEMA_PATH.read_text("utf-8") == schema_text()
    assert json.loads(SCHEMA_PATH.read_text("utf-8")) == report_schema()


def test_every_model_field_is_in_the_schema():
    """A field added to the model reaches the schema without anyone writing it there."""
    from dataclasses import fields

    from desktop.model.codec import shape
    from desktop.model.schema import _classes, _name, report_schema

    defs = report_schema()["$defs"]
    classes: list[type] = []
    _classes(Report, classes)
    assert Visit in classes and Image in classes and Subheading in classes
    for cls in classes:
        properties = defs[_name(cls)]["properties"]
        for f in shape(cls):
            if not f.flatten:
                assert f.key in properties, (cls, f.name)
        assert len(fields(cls)) == len(shape(cls))
    assert "visited" in defs["visit"]["properties"]
    assert set(defs["member"]["properties"]) == {"role", "family", "given"}
    assert defs["section"]["properties"]["topic"]["description"]


def test_visit_date_is_checked_by_both(validator, tmp_path):
    data = make_data()
    data["destinations"][0]["visit"]["visited"] = "2023-07-05"
    assert validator.is_valid(data) and loader_accepts(data, tmp_path)
    data["destinations"][0]["visit"]["visited"] = "2023/07/05"
    assert not validator.is_valid(data) and not loader_accepts(data, tmp_path)


def test_the_schema_command_writes_the_file(tmp_path, monkeypatch, capsys):
    from desktop.model import schema

    target = tmp_path / "report.schema.json"
    monkeypatch.setattr(schema, "SCHEMA_FILE", target)
    assert schema.main() == 0
    assert target.read_bytes() == schema.schema_text().encode("utf-8")
    assert "出張報告書 draft" in target.read_text("utf-8")  # UTF-8, not \u escapes
    assert str(target) in capsys.readouterr().err
