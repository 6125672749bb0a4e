"""The model's equality, repr and author: every field counts.

``report == other`` is how many tests compare a loaded, filled or undone report
with the one expected, so equality must fail when any one field differs, in
every model class (the classes share one ``__eq__``, desktop/model/report.py).
"""

from __future__ import annotations

import copy
from dataclasses import fields, is_dataclass
from datetime import date

import pytest

from desktop.model import QA, Profile, Report, Settings
from desktop.model import report as model
from desktop.model.codec import BLOCK_CLASSES, shape

MODEL_CLASSES = [v for v in vars(model).values()
                 if is_dataclass(v) and v.__module__ == model.__name__]


def _changed(cls: type):
    """An instance of ``cls`` that differs from the default one."""
    obj = cls()
    f = shape(cls)[0]
    setattr(obj, f.name, _other(f.kind, f.of, getattr(obj, f.name)))
    return obj


def _other(kind: str, of, value):
    """A value of this kind that is not ``value``."""
    if kind == "text":
        return value + "x"
    if kind == "flag":
        return not value
    if kind == "integer":
        return value + 1
    if kind == "number":
        return value + 1.0
    if kind == "bytes":
        return value + b"x"
    if kind == "date":
        return date(2023, 7, 5) if value is None else None
    if kind == "record":
        return _changed(of)
    if kind == "list":
        inner_kind, inner = of
        if inner_kind == "block":
            return value + [inner[0]()]
        if inner_kind == "record":
            return value + [inner()]
        return value + [_other(inner_kind, inner, "")]
    raise AssertionError(kind)


FIELDS = [(cls, f.name) for cls in MODEL_CLASSES for f in shape(cls)]


def test_every_model_class_and_field_is_covered():
    assert len(MODEL_CLASSES) == 18 and set(BLOCK_CLASSES) <= set(MODEL_CLASSES)
    assert sum(len(fields(cls)) for cls in MODEL_CLASSES) == len(FIELDS)


@pytest.mark.parametrize("cls, name", FIELDS, ids=[f"{c.__name__}.{n}" for c, n in FIELDS])
def test_one_differing_field_makes_two_objects_unequal(cls, name):
    a = cls()
    b = copy.deepcopy(a)
    assert a == b and not a != b
    f = next(f for f in shape(cls) if f.name == name)
    setattr(b, name, _other(f.kind, f.of, getattr(a, name)))
    assert a != b and b != a
    assert not a == b
    setattr(b, name, copy.deepcopy(getattr(a, name)))
    assert a == b


def test_a_difference_deep_down_is_seen_from_the_report():
    from test_draft_factory import make_report

    a, b = make_report(), make_report()
    assert a == b
    b.destinations[0].visit.sections[0].blocks[0].children[1].image.data += b"\0"
    assert a != b
    b = make_report()
    b.destinations[1].visit.qa.append(QA())
    assert a != b


def test_objects_of_different_classes_are_unequal():
    assert QA("a", "b") != Profile("a", "b")
    assert Profile("a", "b") != ("a", "b")
    assert (Profile("a", "b") == ("a", "b")) is False


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_repr_shows_every_field_and_objects_are_unhashable(cls):
    obj = cls()
    text = repr(obj)
    assert text.startswith(cls.__qualname__ + "(")
    for f in fields(cls):
        assert f"{f.name}={getattr(obj, f.name)!r}" in text
    with pytest.raises(TypeError):
        hash(obj)


def test_author_is_the_setting_or_else_the_committee():
    report = Report(committee="総務委員会")
    assert report.author == "総務委員会"
    report.settings = Settings(author="総務委員会委員長")
    assert report.author == "総務委員会委員長"
    assert Report().author == ""


def test_the_author_setting_reaches_the_exported_documents(tmp_path):
    from docx import Document as WordDocument

    from desktop.document import build_document
    from desktop.export import export_docx

    report = Report(committee="総務委員会", settings=Settings(author="下関市議会 総務委員会"))
    assert build_document(report).meta.author == "下関市議会 総務委員会"
    export_docx(report, tmp_path / "a.docx")
    assert WordDocument(str(tmp_path / "a.docx")).core_properties.author == "下関市議会 総務委員会"


def test_repr_reads_like_a_constructor_call():
    from desktop.model import PersonName

    assert repr(PersonName("林", "真一郎")) == "PersonName(family='林', given='真一郎')"


def test_new_ids_are_twelve_hex_digits_and_differ():
    from desktop.model import new_id

    ids = {new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 12 and int(i, 16) >= 0 for i in ids)


def test_topic_by_id_and_its_number():
    from test_draft_factory import make_report

    report = make_report()
    assert report.topic("t2") is report.topics[1] and report.topic_number("t2") == 2
    assert report.topic("t1") is report.topics[0] and report.topic("t3") is report.topics[2]
    assert report.topic("gone") is None and report.topic_number("gone") is None
