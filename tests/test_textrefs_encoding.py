"""The draft's text by reference, in the documented form (docs/draft-format.md, "Text by
reference"): what ``encode`` writes for runs found once, twice, before the place of the last
find and with short or long context; how a field is cut out of a paragraph edited in Word
(``_locate``, ``Resolver._cut``, ``Resolver._raw_slice``); how a DOCX is told from a draft; and
a photo whose picture is gone from the DOCX (``docxdraft._restore_photos``)."""

from __future__ import annotations

import pytest

from desktop.model.docxdraft import is_docx
from desktop.model.textrefs import (MAX_CONTEXT, MIN_REF, RefError, Resolver, _locate, align, encode,
                                    paragraph_hash)

A, B, C = "あいうえおかきく", "さしすせそたちつ", "なにぬねのはひふ"  # 8 characters: MIN_REF


def refs(data: dict, paragraphs: list[str]) -> dict:
    return {key: value["@"] if isinstance(value, dict) else value
            for key, value in encode(data, paragraphs).items()}


def test_the_shortest_referenced_run_is_min_ref():
    assert MIN_REF == len(A) == 8
    assert refs({"t": A[:7]}, [A[:7]]) == {"t": A[:7]}


def test_a_report_read_in_order_is_a_run_of_ones():
    """The first paragraph is [0] (found at the very start of the text), every next one [1]."""
    assert refs({"a": A, "b": B, "c": C}, [A, B, C]) == {"a": [[0]], "b": [[1]], "c": [[1]]}


def test_a_run_found_twice_is_the_one_after_the_place_of_the_last_find():
    paragraphs = [A, B, A, A]
    assert refs({"x": B, "y": A}, paragraphs) == {"x": [[1]], "y": [[1]]}
    assert refs({"x": A, "y": A, "z": A, "w": A}, paragraphs) == {
        "x": [[0]], "y": [[2]], "z": [[1]], "w": [[-3]]}


def test_a_run_not_after_the_last_find_is_the_first_in_the_text():
    """Looked for after the place of the reference before, then from the start: the first
    place in the text, even the very first character."""
    assert refs({"x": B, "y": A}, [A, A, B]) == {"x": [[2]], "y": [[-2]]}
    assert refs({"x": B, "y": A}, [C, A, A, B]) == {"x": [[3]], "y": [[-2]]}


def test_a_run_overlapping_the_last_find_by_one_character_is_found():
    text = "abcdefghijklmno"
    assert refs({"x": "abcdefgh", "y": "hijklmno"}, [text]) == {
        "x": [[0, 0, "ijklmno"]], "y": [[0, "abcdefg", 0]]}


def test_a_field_in_the_middle_of_a_paragraph_keeps_short_context_as_text_long_as_counts():
    assert MAX_CONTEXT == 12
    twelve, thirteen = "１２３４５６７８９０１２", "１２３４５６７８９０１２３"
    assert refs({"t": A}, ["①" + A + "。"]) == {"t": [[0, "①", "。"]]}
    assert refs({"t": A}, [twelve + A + twelve]) == {"t": [[0, twelve, twelve]]}
    assert refs({"t": A}, [thirteen + A + thirteen]) == {"t": [[0, 13, 13]]}
    assert refs({"t": A}, [thirteen + A + "。"]) == {"t": [[0, 13, "。"]]}
    assert refs({"t": A}, ["①" + A + thirteen]) == {"t": [[0, "①", 13]]}
    assert refs({"t": A}, [A + "。"]) == {"t": [[0, 0, "。"]]}


def test_white_space_short_runs_and_runs_not_in_the_document_stay_literal():
    value = f"{A} 短い ZZZZZZZZZ\n　{A}\t"
    assert refs({"t": value}, [A]) == {"t": [[0], " 短い ZZZZZZZZZ\n　", [0], "\t"]}
    assert refs({"t": "ZZZZZZZZZ ZZZZZZZZZ"}, [A]) == {"t": "ZZZZZZZZZ ZZZZZZZZZ"}


def test_encoded_fields_come_back_through_the_resolver():
    paragraphs = ["１）" + A + "。", B, "x" * 20 + C + "y" * 20]
    data = {"a": A, "b": f"{B}\n{C} 終", "c": B}
    encoded = encode(data, paragraphs)
    resolver = Resolver([paragraph_hash(p) for p in paragraphs], paragraphs, paragraphs)
    assert resolver.resolve(encoded) == data


# -- a field cut out of a paragraph edited in Word -------------------------------------------


def test_locate_puts_the_field_between_its_kept_neighbours():
    assert _locate("１）" + A + "終", "１）", "終") == (2, 10)
    assert _locate("２）" + A + "終", "１）", "終") == (2, 10)
    assert _locate("abc", "ab", "bc") == (2, 2)  # the neighbours overlap: nothing is left
    assert _locate("", "ab", "cd") == (0, 0)


def test_locate_aligns_long_paragraphs_of_repeated_characters():
    """A paragraph over 200 characters whose characters repeat (difflib's "autojunk" would
    take them for junk and lose the place of the field)."""
    assert _locate("あい" * 150, "あい", "ZZ") == (2, 300)
    assert _locate("ん" + "あい" * 150, "あい", "ZZ") == (3, 301)


def resolver(raw: str) -> Resolver:
    squeezed = "".join(raw.split())
    return Resolver([paragraph_hash(squeezed)], [squeezed], [raw])


def test_cut_with_counts_on_both_sides_keeps_the_middle_with_its_white_space():
    r = resolver("x" * 15 + " 本文 の 中ほど " + "y" * 14)
    assert r._cut(0, 15, 14) == "本文 の 中ほど"
    assert r._cut(0, 0, 0) == "x" * 15 + " 本文 の 中ほど " + "y" * 14


def test_cut_with_a_count_before_and_text_after():
    r = resolver("x" * 15 + "本文 の 中ほど" + "。以上")
    assert r._cut(0, 15, "。以上") == "本文 の 中ほど"
    assert r._cut(0, 0, "。以上") == "x" * 15 + "本文 の 中ほど"


def test_cut_with_text_before_and_a_count_after():
    r = resolver("（１）" + "本文 の 中ほど" + "y" * 14)
    assert r._cut(0, "（１）", 14) == "本文 の 中ほど"
    assert r._cut(0, "（１）", 0) == "本文 の 中ほど" + "y" * 14


def test_cut_of_a_field_whose_text_was_deleted_in_word_is_empty():
    r = resolver("（１） 。以上")
    assert r._cut(0, "（１）", "。以上") == ""
    assert resolver("。以上")._cut(0, 0, "。以上") == ""


def test_raw_slice_keeps_white_space_inside_not_around():
    r = resolver(" ab c d  e ")
    assert r._raw_slice(0, 0, 3) == "ab c"
    assert r._raw_slice(0, 1, 5) == "b c d  e"
    assert r._raw_slice(0, 0, 0) == ""
    assert r._raw_slice(0, 2, 2) == ""
    assert r._raw_slice(0, 3, 2) == ""


def test_a_reference_error_reads_as_its_english_message():
    error = RefError("$.title", "参照の形式が正しくありません", "a malformed reference")
    assert str(error) == "a malformed reference"
    assert (error.where, error.ja, error.en) == (
        "$.title", "参照の形式が正しくありません", "a malformed reference")


# -- a DOCX is told by its bytes or its name ---------------------------------------------------


@pytest.mark.parametrize("name, raw, expected", [
    ("report.txt", b"PK\x03\x04\x14\x00\x06\x00", True),  # a ZIP, whatever its name
    ("report", b"PK\x03\x04", True),
    ("report.docx", b"{}", True),  # by its name, even when it is damaged
    ("REPORT.DOCX", b"", True),
    ("Report.Docm", b"{", True),
    ("report.docm", b"", True),
    ("report.shutcho", b'{"version": 2}', False),
    ("report.docx.shutcho", b"{}", False),
    ("report.txt", b"PK\x03", False),
    ("report.txt", b"PK\x05\x06", False),  # an empty ZIP's end record is not a local header
])
def test_is_docx_by_magic_bytes_or_suffix(name, raw, expected, tmp_path):
    assert is_docx(tmp_path / name, raw) is expected
    assert is_docx(str(tmp_path / name), raw) is expected


def test_the_first_find_starts_at_the_very_start_of_the_text():
    assert refs({"x": A}, [A, A]) == {"x": [[0]]}


@pytest.mark.parametrize("pieces, ja, en", [
    ([[0, 1]], "参照の形式が正しくありません", "a malformed reference"),
    ([["0"]], "参照の形式が正しくありません", "a malformed reference"),
    ([[0, "", 0]], "参照の形式が正しくありません", "a malformed reference"),
    ([[2]], "参照先の段落 2 がありません", "a reference to paragraph 2, which does not exist"),
    ([[-1]], "参照先の段落 -1 がありません", "a reference to paragraph -1, which does not exist"),
    ([[0, -1, 0]], "参照の範囲が正しくありません", "a reference with a negative range"),
    ([[0, 4, 4]], "参照が段落 0 の範囲外です", "a reference out of the range of paragraph 0"),
    ([[0, "あい", 6]], "参照が段落 0 の範囲外です", "a reference out of the range of paragraph 0"),
    ([[1, 0, "か"]], "参照の前後の文が段落 1 と合いません",
     "the text around a reference does not match paragraph 1"),
])
def test_a_reference_that_does_not_fit_is_refused_naming_its_field(pieces, ja, en):
    paragraphs = [A, B]
    r = Resolver([paragraph_hash(p) for p in paragraphs], paragraphs, paragraphs)
    with pytest.raises(RefError) as caught:
        r.string({"@": pieces}, "$.destinations[0].visit.description")
    assert (caught.value.where, caught.value.ja, caught.value.en) == (
        "$.destinations[0].visit.description", ja, en)


def test_a_reference_to_a_paragraph_changed_without_alignment_is_refused_by_its_hash():
    r = Resolver([paragraph_hash(A), paragraph_hash(B)], [A, C], [A, C])
    assert r.string({"@": [[0]]}, "$.a") == A
    with pytest.raises(RefError) as caught:
        r.string({"@": [[1]]}, "$.b")
    assert (caught.value.where, caught.value.ja, caught.value.en) == (
        "$.b", "参照先の段落 1 の照合値が合いません", "paragraph 1 does not match its hash")


def test_a_reference_may_leave_one_character_of_its_paragraph():
    r = Resolver([paragraph_hash(A)], [A], [A])
    assert r.string({"@": [[0, 3, 4]]}, "$.a") == A[3]
    assert r.string({"@": [[0, "あいう", "おかきく"]]}, "$.a") == "え"


@pytest.mark.parametrize("value", [{"@": []}, {"@": "text"}, {"@": [[0]], "more": 1}])
def test_a_malformed_reference_object_is_refused_naming_its_field(value):
    r = Resolver([paragraph_hash(A)], [A], [A])
    with pytest.raises(RefError) as caught:
        r.string(value, "$.title")
    assert (caught.value.where, caught.value.ja, caught.value.en) == (
        "$.title", "参照の形式が正しくありません", "a malformed reference")


def test_references_into_one_changed_paragraph_are_taken_once_with_the_space_between():
    """A field made of two runs of one paragraph, and a run of the next: the paragraph
    changed in Word gives its new text once, the next paragraph its own."""
    exported = [A + B + C, "別の段落の本文です"]
    data = {"t": f"{A} {B}\n別の段落の本文です", "u": "x"}
    encoded = encode(data, exported)
    assert encoded["t"]["@"] == [[0, 0, 16], " ", [0, A, C], "\n", [1]]
    now = [A + "追加" + B + C, "別の段落の本文です"]
    raw = [A + " 追加 " + B + C, "別の 段落の本文です"]
    targets, _ = align([paragraph_hash(p) for p in exported], now)
    r = Resolver([paragraph_hash(p) for p in exported], now, raw, targets)
    assert r.resolve(encoded) == {"t": f"{A} 追加 {B}\n別の段落の本文です", "u": "x"}


def resolved_after_edit(data: dict, exported: list[str], now: list[str]) -> tuple[dict, list]:
    encoded = encode(data, exported)
    targets, _ = align([paragraph_hash(p) for p in exported], now)
    r = Resolver([paragraph_hash(p) for p in exported], now, now, targets)
    return r.resolve(encoded), r.lost


def test_a_changed_paragraph_is_not_joined_with_the_next_paragraph_or_line():
    data = {"t": f"{A} {B}", "u": f"{A}\n{C}"}
    exported = [A + C, B, A + B + C]
    now = [A + "追加" + C, B, A + "追加" + B + C]
    got, _ = resolved_after_edit(data, exported, now)
    assert got["t"] == f"{A}追加 {B}"
    assert got["u"].split("\n")[0] == f"{A}追加" and got["u"].count("\n") == 1


def test_a_block_that_lost_one_line_with_a_deleted_paragraph_keeps_the_rest():
    data = {"blocks": [{"type": "paragraph", "text": f"{A}\n{B}"},
                       {"type": "paragraph", "text": B},
                       {"type": "qa", "text": B}]}
    got, lost = resolved_after_edit(data, [A, B], [A])
    assert got == {"blocks": [{"type": "paragraph", "text": A}, {"type": "qa", "text": ""}]}
    assert lost == ["$.blocks[0].text", "$.blocks[1].text", "$.blocks[2].text"]


def test_a_photo_whose_picture_is_gone_is_left_out_and_the_next_photos_come_back(tmp_path):
    """The first photo's picture spoiled in the package: that photo is left out of the draft,
    the document counts as edited, and every later photo is still restored."""
    import re
    import zipfile

    from desktop.export import export_docx
    from desktop.model.docxdraft import read_docx_draft
    from test_docx_reopen import photos_of, rewrite_zip
    from test_draft_factory import make_report

    import copy

    report = make_report()
    first_photo, second_photo = photos_of(report)[:2]

    def lists(blocks):
        yield blocks
        for block in blocks:
            yield from lists(getattr(block, "children", None) or [])

    siblings = next(blocks for dest in report.destinations for section in dest.visit.sections
                    for blocks in lists(section.blocks) if any(b is first_photo for b in blocks))
    at = next(n for n, b in enumerate(siblings) if b is first_photo)
    siblings.insert(at + 1, copy.deepcopy(second_photo))  # a sibling after the spoiled one
    originals = [photo.image.data for photo in photos_of(report)]
    assert originals[0] != originals[1]
    export_docx(report, tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        part = z.read("customXml/item1.xml").decode("utf-8")
    first = re.search(r'"media":"/(word/media/[^"]+)"', part).group(1)

    def spoil(entries):
        entries[first] = b"not a picture any more"
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "w.docx", spoil)
    found = read_docx_draft(tmp_path / "w.docx", (tmp_path / "w.docx").read_bytes())
    assert found.edited
    assert [photo.image.data for photo in photos_of(found.report)] == originals[1:]
