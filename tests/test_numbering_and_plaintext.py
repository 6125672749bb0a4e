"""Number labels read back through Unicode, and the plain-text form of a document."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.document import build_document
from desktop.document.elements import Para, Style
from desktop.document.numbering import circled, subheading_label, topic_label
from desktop.document.plaintext import document_text
from desktop.model import QA, Destination, Report, Visit


@pytest.mark.parametrize("number", range(1, 51))
def test_circled_numbers_are_the_circled_characters_of_their_value(number):
    mark = circled(number)
    assert len(mark) == 1
    assert unicodedata.numeric(mark) == number
    assert unicodedata.name(mark).startswith(("CIRCLED DIGIT", "CIRCLED NUMBER"))


@pytest.mark.parametrize("number, label", [(51, "（５１）"), (100, "（１００）"), (0, "（０）")])
def test_beyond_fifty_a_parenthesised_number(number, label):
    assert circled(number) == label


def test_topic_and_subheading_labels():
    assert topic_label(12) == "１２．" and subheading_label(3) == "３）"


def test_plain_text_lines_indents_and_blank_lines():
    from datetime import date

    report = Report(addressee="議長", submitted=date(2023, 8, 16), introduction="前文。",
                    destinations=[Destination("石川県", "金沢市", Visit(qa=[QA("", "答え。")]))])
    lines = document_text(build_document(report)).splitlines()
    assert "議長\u3000殿\u3000\u3000\u3000\u3000令和５年（2023年）８月１６日" in lines
    assert lines[lines.index("\u3000前文。") - 1] == ""
    assert lines[-2:] == ["Ｑ\u3000", "Ａ\u3000答え。"]


def test_an_empty_question_keeps_its_mark_and_no_text():
    report = Report(destinations=[Destination(visit=Visit(qa=[QA("", "答え。\n二行目。")]))])
    qa = [e for e in build_document(report).elements if isinstance(e, Para) and e.style == Style.QA]
    assert [(p.label, p.text, p.indent) for p in qa] == [
        ("Ｑ", "\u3000", 0.0), ("Ａ", "\u3000答え。", 0.0), ("", "二行目。", 1.0)]
