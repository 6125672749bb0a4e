"""The draft inside the DOCX stores its text by reference to the document's paragraphs
(format version 2, desktop/model/textrefs.py): the DOCX grows ≤ 10%, an unedited DOCX
reopens exactly, an edited one is aligned paragraph by paragraph, an old (version 1)
DOCX still reopens exactly, and a damaged reference is a clear DraftError."""

from __future__ import annotations

import copy
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import SAMPLE
from desktop.export import export_docx
from desktop.importer.reopen import MAX_CHANGES, changes, describe
from desktop.model import textrefs
from desktop.model.docxdraft import read_docx_draft
from desktop.model.docxtext import body_paragraphs, squeezed
from desktop.model.draft import DraftError, load_report_file
from desktop.model.report import QA, Paragraph
from desktop.writers.docx import docx_bytes
from test_docx_reopen import big_report, rewrite_zip
from test_draft_factory import make_report

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def found_in(path) -> object:
    return read_docx_draft(path, Path(path).read_bytes())


def draft_part(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("customXml/item1.xml").decode("utf-8")


# -- size and form ---------------------------------------------------------------------


@pytest.mark.parametrize("visits", [2, 20])
def test_the_draft_makes_the_docx_grow_at_most_ten_percent(visits):
    """Issue 13: the DOCX with its draft is at most 10% larger than without (the sample,
    and the sample's two visits repeated to 20)."""
    from desktop.document import build_document

    report = load_report_file(SAMPLE)
    report.destinations = [copy.deepcopy(report.destinations[n % 2]) for n in range(visits)]
    document = build_document(report)
    plain, ours = docx_bytes(document), docx_bytes(document, draft=report)
    assert len(ours) <= 1.10 * len(plain), (len(plain), len(ours))


def test_the_draft_does_not_hold_the_report_text_again(tmp_path):
    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    part = draft_part(tmp_path / "r.docx")
    assert 'version="2"' in part
    visit = report.destinations[0].visit
    for text in (visit.description, visit.overview, report.introduction, report.topics[0].title,
                 visit.sections[0].blocks[0].children[1].text):
        assert text and text not in part
    # short runs (a name, a role) stay as they are: a reference would cost more
    assert '"family":"林"' in part


def test_dates_and_ids_are_never_references_even_when_printed_as_they_are(tmp_path):
    """A date after 2099 is printed as an ISO date; were it a reference, an edit of its
    paragraph in Word could make the draft unreadable."""
    from datetime import date

    report = make_report()
    report.submitted = date(2100, 1, 1)
    report.topics[0].id = "地域コミュニティ活性化推進計画について"  # an id equal to a printed title
    for section in report.destinations[0].visit.sections:
        if section.topic_id == "t1":
            section.topic_id = report.topics[0].id
    export_docx(report, tmp_path / "r.docx")
    part = draft_part(tmp_path / "r.docx")
    assert "2100-01-01" in docx_text(tmp_path / "r.docx")
    assert '"submitted":"2100-01-01"' in part
    assert '"id":"地域コミュニティ活性化推進計画について"' in part
    assert load_report_file(tmp_path / "r.docx") == report


def docx_text(path) -> str:
    return "\n".join(body_paragraphs(docx.Document(str(path)).element.body))


def test_text_with_white_space_and_lines_comes_back_character_for_character(tmp_path):
    """White space is kept literally (the references count only non-blank characters, as
    the edit digest does), so spacing inside and around the text comes back exactly."""
    report = make_report()
    visit = report.destinations[0].visit
    visit.description = "  先頭に空白、\t途中にタブ\u3000全角空白   そして改行\n\n二つ目の行です。とても長い。  \n"
    visit.sections[0].blocks.append(Paragraph("同じ文が二度ある段落です。\n同じ文が二度ある段落です。"))
    visit.qa.append(QA("ＡＢＣＤＥＦＧＨ ＩＪＫＬ", "English words are kept as they are, one by one."))
    export_docx(report, tmp_path / "r.docx")
    assert '"@"' in draft_part(tmp_path / "r.docx")
    assert load_report_file(tmp_path / "r.docx") == report


def test_the_big_report_reopens_equal_through_references(tmp_path):
    report = big_report()
    export_docx(report, tmp_path / "r.docx")
    found = found_in(tmp_path / "r.docx")
    assert found.version == 2 and not found.edited and found.report == report


# -- edited in Word ----------------------------------------------------------------------


def set_text(paragraph, text: str) -> None:
    for run in paragraph.runs[1:]:
        run.text = ""
    paragraph.runs[0].text = text


def starting(document, prefix: str):
    return next(p for p in document.paragraphs if p.text.startswith(prefix))


def test_changed_deleted_and_inserted_paragraphs_are_named_and_the_draft_follows_word(tmp_path):
    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    set_text(starting(document, "石川県のほぼ中央"), "石川県の中央にある市。")        # a whole field
    set_text(starting(document, "１）金沢市の地域"), "１）金沢市の地域の概況（改）")  # part of one
    gone = starting(document, "町会加入世帯数は、")                                  # deleted
    gone._element.getparent().remove(gone._element)
    starting(document, "アンケート調査では").insert_paragraph_before("挿入した段落です。")  # inserted
    document.save(str(tmp_path / "e.docx"))

    found = found_in(tmp_path / "e.docx")
    assert found.edited
    expected = load_report_file(SAMPLE)
    visit = expected.destinations[0].visit
    visit.description = "石川県の中央にある市。"
    visit.sections[0].blocks[0].title = "金沢市の地域の概況（改）"
    deleted = visit.sections[0].blocks[0].children.pop(2)
    assert deleted.text.startswith("町会加入世帯数は、")
    assert found.report == expected

    listed = changes(found)
    assert [c.kind for c in listed] == ["changed", "changed", "removed", "added"]
    description, heading, removed, added = listed
    assert description.after == "石川県の中央にある市。"
    assert description.fields == ("$.destinations[0].visit.description",)
    assert heading.after == "１）金沢市の地域の概況（改）"
    assert heading.fields == ("$.destinations[0].visit.sections[0].blocks[0].title",)
    assert removed.fields == ("$.destinations[0].visit.sections[0].blocks[0].children[2].text",)
    assert added.after == "挿入した段落です。" and added.fields == ()
    # numbers: among the paragraphs with text, now (changed, added) and at export (removed)
    now = [p for p in body_paragraphs(document.element.body) if squeezed([p])]
    assert now[description.number - 1] == "石川県の中央にある市。"
    assert now[added.number - 1] == "挿入した段落です。"
    assert removed.number == heading.number + 2
    lines = describe(found)
    assert "出張先1の説明" in lines[0] and "石川県の中央にある市。" in lines[0]
    assert "出張先1の調査項目1の見出し" in lines[1]
    assert "削除" in lines[2] and "出張先1の調査項目1の本文" in lines[2] and "removed" in lines[2]
    assert "挿入した段落です。" in lines[3] and "下書きに入りません" in lines[4]
    assert found.lost == ["$.destinations[0].visit.sections[0].blocks[0].children[2].text"]


def test_a_changed_paragraph_holding_a_field_in_several_references_gives_it_once(tmp_path):
    """A line with white space in it is stored as several references into one paragraph;
    edited in Word, the line takes the paragraph's text now once, its spacing as Word has it."""
    report = make_report()
    report.destinations[0].visit.sections[0].blocks.append(
        Paragraph("これは最初の長い文章です。\u3000これは二番目の長い文章です。"))
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    set_text(starting(document, "これは最初の長い文章です。"), "これは最初の長い文章です（改）。 そして二番目の長い文章です。")
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert found.report.destinations[0].visit.sections[0].blocks[-1].text == \
        "これは最初の長い文章です（改）。 そして二番目の長い文章です。"
    assert [c.kind for c in changes(found)] == ["changed"]


def test_a_heading_renumbered_in_word_keeps_its_title_cut_right(tmp_path):
    """The short text around a field in its paragraph (「１）」) is kept, so the field is cut
    out of the edited paragraph by aligning it, not by counting: 「（１）」 is one longer."""
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    set_text(starting(document, "１）金沢市の地域コミュニティの概況"), "（１）金沢市の地域の概況")
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    expected = make_report()
    expected.destinations[0].visit.sections[0].blocks[0].title = "金沢市の地域の概況"
    assert found.report == expected


@pytest.mark.parametrize("text, before, after, field", [
    ("１）見出しの文", "１）", "", "見出しの文"),                       # unchanged around it
    ("（１）新しい見出し", "１）", "", "新しい見出し"),                  # the number restyled
    ("１０）見出し", "９）", "", "見出し"),                              # a longer number
    ("議会事務局上出次長（議事調査課長代理）、同局今川太郎主任",          # another name changed
     "議会事務局上出次長（", "）、同局今川主任", "議事調査課長代理"),
    ("全部書き換えた", "１）", "【国内初】", "全部書き換えた"),
    ("", "１）", "", ""),
])
def test_a_field_is_located_in_its_edited_paragraph_by_the_text_around_it(text, before, after,
                                                                         field):
    start, end = textrefs._locate(text, before, after)
    assert text[start:end] == field


def test_an_edit_of_text_the_draft_holds_itself_is_told_as_kept(tmp_path):
    """A roster line is printed from short text the draft holds itself (林, 委員長): changed or
    removed in Word, the draft keeps it as exported, and the list says so."""
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    name = next(p for t in document.tables for row in t.rows for c in row.cells
                for p in c.paragraphs if "林" in p.text)  # 委員長 林 真一郎, in the roster's table
    set_text(name, name.text.replace("林", "森"))
    gone = starting(document, "【調査概要】")
    gone._element.getparent().remove(gone._element)
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert found.edited and found.report == report
    lines = describe(found)
    assert len(lines) == 2
    assert "森" in lines[0] and "書き出した時のまま" in lines[0] and "keeps it as exported" in lines[0]
    assert "下書きには残っています" in lines[1] and "still has it" in lines[1]


def test_a_deleted_line_of_a_field_of_many_lines_leaves_the_other_lines(tmp_path):
    report = make_report()
    report.introduction = "一行目の前文です。ここは残る。\n二行目の前文です。ここは消す。\n三行目の前文です。ここも残る。"
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    gone = starting(document, "二行目の前文です。")
    gone._element.getparent().remove(gone._element)
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert found.report.introduction == "一行目の前文です。ここは残る。\n三行目の前文です。ここも残る。"
    assert found.lost == ["$.introduction"]
    assert "前文" in describe(found)[0]


def test_every_paragraph_deleted_gives_a_draft_without_that_text_and_no_crash(tmp_path):
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    for p in document.paragraphs:  # those outside tables (a cell must keep one)
        p._element.getparent().remove(p._element)
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert found.edited and found.lost
    assert found.report.committee == report.committee  # short fields are kept in the draft
    # "金沢市は石川県の県庁所在地である。\n二段落目。": the long line was a reference, the short one is kept
    assert found.report.destinations[0].visit.description == "二段落目。"
    assert found.report.introduction == ""
    assert {c.kind for c in changes(found)} == {"removed"}


def test_an_edit_that_only_moves_white_space_is_not_an_edit(tmp_path):
    """Spacing does not count (LibreOffice turns indents into tabs): the references, counted
    without white space, still resolve exactly."""
    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    target = starting(document, "石川県のほぼ中央")
    set_text(target, "\u3000" + target.text[:10] + "  " + target.text[10:])
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert not found.edited and found.report == report


# -- the version 1 format ---------------------------------------------------------------


def test_a_docx_written_with_format_version_1_reopens_exactly():
    """tests/fixtures/draft-v1-factory.docx was written by the app before version 2 (the
    text in full); its draft is tests/fixtures/draft-v1-factory.shutcho."""
    path = FIXTURES / "draft-v1-factory.docx"
    assert 'version="1"' in draft_part(path)
    found = found_in(path)
    assert found.version == 1 and not found.edited and found.edits is None
    assert found.report == load_report_file(FIXTURES / "draft-v1-factory.shutcho")


def test_an_edited_version_1_docx_still_gives_the_exported_text(tmp_path):
    document = docx.Document(str(FIXTURES / "draft-v1-factory.docx"))
    set_text(starting(document, "町会加入率は減少傾向にある。"), "町会加入率は増加している。")
    document.save(str(tmp_path / "e.docx"))
    found = found_in(tmp_path / "e.docx")
    assert found.edited
    assert found.report == load_report_file(FIXTURES / "draft-v1-factory.shutcho")
    listed = changes(found)
    assert [c.kind for c in listed] == ["changed"]
    assert "減少傾向" in listed[0].before and listed[0].after == "町会加入率は増加している。"


# -- hostile references -------------------------------------------------------------------


def spoiled(tmp_path, change) -> Path:
    """The factory report's DOCX with its draft part changed by ``change(head, body_json, tail)``."""
    export_docx(make_report(), tmp_path / "r.docx")

    def spoil(entries):
        text = entries["customXml/item1.xml"].decode()
        head, _, rest = text.partition('">')
        body, _, tail = rest.rpartition("</sd:draft>")
        head, body = change(head + '">', json.loads(body))
        if not isinstance(body, str):
            body = json.dumps(body, ensure_ascii=False)
        entries["customXml/item1.xml"] = (head + body + "</sd:draft>" + tail).encode()
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "bad.docx", spoil)
    return tmp_path / "bad.docx"


def with_description(pieces):
    def change(head, body):
        body["destinations"][0]["visit"]["description"] = pieces
        return head, body
    return change


def with_hashes(value):
    def change(head, body):
        return re.sub(r'paragraphs="[^"]*"', f'paragraphs="{value}"', head), body
    return change


def with_every_hash_changed(head, body):
    """As many hashes as paragraphs, none of them right."""
    import base64

    packed = re.search(r'paragraphs="([^"]*)"', head).group(1)
    wrong = bytes(b ^ 0xFF for b in base64.b64decode(packed))
    return head.replace(packed, base64.b64encode(wrong).decode()), body


def edited_text(tmp_path, path):
    document = docx.Document(str(path))
    set_text(starting(document, "町会加入率は減少傾向にある。"), "町会加入率は増加している。")
    document.save(str(tmp_path / "edited-bad.docx"))
    return tmp_path / "edited-bad.docx"


@pytest.mark.parametrize("name, change, words", [
    ("out of range", with_description({"@": [[100000]]}), "does not exist"),
    ("negative paragraph", with_description({"@": [[-100000]]}), "does not exist"),
    ("span past the end", with_description({"@": [[3, 0, 5000]]}), "out of the range"),
    ("negative span", with_description({"@": [[3, -1, 0]]}), "negative"),
    ("two numbers", with_description({"@": [[3, 1]]}), "malformed"),
    ("a float", with_description({"@": [[3.5]]}), "malformed"),
    ("a boolean", with_description({"@": [[True]]}), "malformed"),
    ("empty", with_description({"@": []}), "malformed"),
    ("not a list", with_description({"@": "text"}), "malformed"),
    ("extra key", with_description({"@": [[3]], "x": 1}), "malformed"),
    ("a reference inside a reference (a loop)", with_description({"@": [{"@": [[3]]}]}), "malformed"),
    ("text around that does not match", with_description({"@": [[0, "ＸＸ", 0]]}),
     "text around a reference does not match"),
    ("empty text around", with_description({"@": [[0, "", 0]]}), "malformed"),
    ("a list around", with_description({"@": [[0, ["x"], 0]]}), "malformed"),
    ("a hash mismatch", with_every_hash_changed, "does not match its hash"),
    ("hashes not base64", with_hashes("%%%%"), "damaged"),
    ("hashes of a wrong length", with_hashes("AAAAAA=="), "length"),
    ("fewer hashes than paragraphs", with_hashes("AAAA"), "number of paragraphs"),
])
def test_a_damaged_reference_is_a_clear_draft_error(tmp_path, name, change, words):
    path = spoiled(tmp_path, change)
    with pytest.raises(DraftError) as caught:
        load_report_file(path)
    assert caught.value.path == path
    assert words in caught.value.en and caught.value.ja


@pytest.mark.parametrize("change", [
    with_description({"@": [[100000]]}), with_description({"@": [[3, 1]]}),
    with_description({"@": [{"@": [[3]]}]}), with_hashes("%%%%"), with_hashes("AAAAAA=="),
])
def test_a_damaged_reference_in_an_edited_docx_is_a_clear_draft_error(tmp_path, change):
    path = edited_text(tmp_path, spoiled(tmp_path, change))
    with pytest.raises(DraftError) as caught:
        found_in(path)
    assert caught.value.path == path and caught.value.ja and caught.value.en


def test_hashes_that_match_nothing_in_an_edited_docx_make_every_paragraph_changed(tmp_path):
    """Hashes of another document: nothing aligns, every reference takes the paragraph now
    at its place; a draft still comes back (the clerk sees every paragraph as changed)."""
    path = edited_text(tmp_path, spoiled(tmp_path, with_hashes("AAAA" * 200)))
    found = found_in(path)
    assert found.edited and len(changes(found)) == MAX_CHANGES


@pytest.mark.parametrize("version, words", [("3", "version 3"), ("x", "unreadable"), ("", "unreadable")])
def test_a_newer_or_unreadable_format_version_is_refused(tmp_path, version, words):
    path = spoiled(tmp_path, lambda head, body: (re.sub(r'version="\d+"', f'version="{version}"',
                                                        head), body))
    with pytest.raises(DraftError) as caught:
        load_report_file(path)
    assert words in caught.value.en and caught.value.path == path


def test_deeply_nested_data_around_references_is_a_clear_draft_error(tmp_path):
    """Nesting the JSON parser accepts but walking it would not: a DraftError, no RecursionError."""
    for depth in (400, 900, 5000):
        nested = "[" * depth + '{"@":[[1]]}' + "]" * depth
        path = spoiled(tmp_path, lambda head, body: (head, json.dumps(body).replace(
            '"introduction":', f'"introduction":{nested},"x":', 1)))
        with pytest.raises(DraftError) as caught:
            load_report_file(path)
        assert caught.value.path == path


# -- the encoder on its own -----------------------------------------------------------


def test_encode_and_resolve_round_trip_and_prefer_the_place_in_reading_order():
    paragraphs = ["表題", "同じ長い文がここにあります。", "本文の一行目です。とても長い。", "同じ長い文がここにあります。"]
    data = {"a": "本文の一行目です。とても長い。", "b": "同じ長い文がここにあります。",
            "c": "短い", "d": "本文の一行目です。 とても長い。\n同じ長い文がここにあります。"}
    encoded = textrefs.encode(data, paragraphs)
    assert encoded["c"] == "短い"
    assert encoded["a"] == {"@": [[2]]} and encoded["b"] == {"@": [[1]]}  # paragraph 3, the one after "a" (relative: +1)
    hashes = textrefs.unpack_hashes(textrefs.pack_hashes(paragraphs))
    resolver = textrefs.Resolver(hashes, paragraphs, paragraphs)
    assert resolver.resolve(json.loads(json.dumps(encoded))) == data


def check_alignment(exported_words: list[str], now: list[str]) -> list[tuple]:
    """(kind, number, text) of each edit ``align`` finds; every paragraph it calls the same is."""
    exported = [textrefs.paragraph_hash(p) for p in exported_words]
    targets, edits = textrefs.align(exported, now)
    for p, target in enumerate(targets):
        assert target is not None
        if target.kind == "same":
            assert now[target.now] == exported_words[p]
    return [(e.kind, e.number, e.text) for e in edits]


@pytest.mark.parametrize("size", [50, 3000])  # difflib, and the bounded alignment above MAX_DIFF
def test_alignment_finds_a_change_a_deletion_and_an_insertion_far_apart(size):
    exported = [f"段落{n}の本文です。" for n in range(size)]
    now = list(exported)
    now[5] = "書き換えた段落。"
    del now[size // 2]
    now.insert(size - 10, "挿入した段落。")
    assert ((size - 20) ** 2 > textrefs.MAX_DIFF) == (size == 3000)  # which path is taken
    found = check_alignment(exported, now)
    assert found == [("changed", 6, "書き換えた段落。"), ("removed", size // 2 + 1, ""),
                     ("added", size - 9, "挿入した段落。")]


def test_alignment_of_many_repeated_paragraphs_ends_and_is_consistent():
    """Hashes that repeat (a crafted DOCX) are the slow case of difflib: bounded here."""
    exported = ["同じ段落"] * 40_000 + ["末尾"]
    now = ["先頭"] + ["同じ段落"] * 39_999 + ["別の末尾"]
    found = check_alignment(exported, now)
    assert found and {kind for kind, _, _ in found} <= {"changed", "added", "removed"}
    assert len([k for k, _, _ in found if k != "added"]) <= len(exported)


def test_a_photo_removed_without_a_text_edit_is_told_as_such(tmp_path):
    export_docx(make_report(), tmp_path / "r.docx")

    def drop_png(entries):
        name = next(n for n in entries if n.startswith("word/media/") and n.endswith(".png"))
        entries[name] = b"not a picture any more"
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "w.docx", drop_png)
    found = found_in(tmp_path / "w.docx")
    assert found.edited and found.edits == []
    assert changes(found) == [] and "写真" in describe(found)[0]


def string_fields(data, where="$"):
    """JSON path -> value of every string in report data."""
    if isinstance(data, dict):
        return {k: v for key, item in data.items() for k, v in string_fields(item, f"{where}.{key}").items()}
    if isinstance(data, list):
        return {k: v for n, item in enumerate(data) for k, v in string_fields(item, f"{where}[{n}]").items()}
    return {where: data} if isinstance(data, str) else {}


@pytest.mark.parametrize("seed", [*range(8), 112, 119])  # 112, 119: text kept before, a count after
def test_random_changes_and_insertions_leave_every_other_field_exact(tmp_path, seed):
    """Random paragraphs of the sample changed or inserted before in python-docx: each is
    listed, and every field that took no text from them comes back exactly."""
    import random

    from desktop.model.codec import report_to_data

    rng = random.Random(seed)
    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    candidates = [p for p in document.paragraphs if len(p.text) > 3 and p.runs]
    picked = rng.sample(candidates, 6)
    for n, paragraph in enumerate(picked):
        if n % 2:
            set_text(paragraph, f"書き換え{seed}-{n}：" + paragraph.text[rng.randrange(len(paragraph.text)):])
        else:
            paragraph.insert_paragraph_before(f"挿入{seed}-{n}の段落。")
    document.save(str(tmp_path / "e.docx"))

    found = found_in(tmp_path / "e.docx")
    listed = changes(found)
    now = [p for p in body_paragraphs(document.element.body) if squeezed([p])]
    assert [c.kind for c in listed].count("added") == 3
    for change in listed:
        assert change.kind in ("changed", "added")
        assert now[change.number - 1] == change.after
    touched = {path for change in listed for path in change.fields}
    before, after = string_fields(report_to_data(report)), string_fields(report_to_data(found.report))
    assert before.keys() == after.keys()
    assert {k for k in before if before[k] != after[k]} <= touched


def test_a_docx_edited_and_saved_again_by_libreoffice_follows_the_edit_only(tmp_path):
    """LibreOffice rewrites every paragraph (spacing, runs) when it saves: the references,
    counted without white space, still find every unchanged field exactly."""
    import subprocess

    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    set_text(starting(document, "石川県のほぼ中央"), "石川県の中央にある市。")
    document.save(str(tmp_path / "in.docx"))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"),
                    str(tmp_path / "in.docx")], check=True, capture_output=True, timeout=180)
    found = found_in(tmp_path / "out" / "in.docx")
    expected = load_report_file(SAMPLE)
    expected.destinations[0].visit.description = "石川県の中央にある市。"
    assert found.edited and found.report == expected
    assert [(c.kind, c.fields) for c in changes(found)] == [
        ("changed", ("$.destinations[0].visit.description",))]
