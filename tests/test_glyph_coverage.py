"""Issue 11, finding 8: no character silently vanishes from the PDF.

Variation sequences print in their selected form when the bundled font has it
and take no blank cell; what the font cannot draw is a ``check`` warning naming
the character and the field, and prints as a visible box, not a blank."""

from __future__ import annotations

import pytest

from conftest import module_scope_but_per_test_under_mutmut

from desktop.jtext.glyphs import bundled, undrawable, variant_glyph
from desktop.model.checks import check_report
from desktop.model.report import Member, PersonName, Report

KUZU = "葛\U000E0100"   # 葛󠄀, in BIZ UD明朝's variation table
WATANABE = "邉\U000E0102"  # 邉󠄂, not in it
YOSHI = "𠮷"  # U+20BB7, in no bundled font


def test_coverage_of_the_bundled_font():
    assert ord("下") in bundled().chars and ord("𩸽") in bundled().chars
    assert undrawable(f"{KUZU}城 辻\U000E0100") == []
    assert undrawable(f"{YOSHI}野家 {WATANABE} {YOSHI}") == [YOSHI, WATANABE]
    assert undrawable("ABC 下関 \u3000\n\t") == []


def test_check_names_the_character_and_the_field():
    report = Report(addressee=f"{WATANABE}議長",
                    members=[Member("委員", PersonName(YOSHI + "田", "太郎"))])
    found = {f.key: f for f in check_report(report) if f.kind == "glyph"}
    assert set(found) == {("addressee",), ("members", 0, "family")}
    assert "𠮷" in found[("members", 0, "family")].ja and "U+20BB7" in found[("members", 0, "family")].en
    assert "members[1].family" in found[("members", 0, "family")].en
    assert "U+9089+U+E0102" in found[("addressee",)].en


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def body_face():
    from desktop.render.fonts import ensure_app, face
    ensure_app()
    return face(10.5)


def test_a_variation_selector_takes_no_cell_and_selects_the_form(body_face):
    from desktop.render.layout import TextOp
    from desktop.render.paint import _glyph_runs

    advances = body_face.advances(KUZU + "城")
    assert advances[1] == 0.0 and advances[0] == advances[2] > 0
    (run,) = _glyph_runs(TextOp(KUZU + "城", (0.0, 10.5, 10.5), 20.0, 10.5))
    glyphs = list(run.glyphIndexes())
    assert glyphs[0] == variant_glyph("葛", "\U000E0100") != body_face.glyph("葛")[1]
    assert len(glyphs) == 2  # 葛󠄀 and 城: the selector draws nothing of its own


def test_a_character_no_font_has_prints_as_a_box_not_a_blank(body_face):
    from desktop.render.layout import TextOp
    from desktop.render.paint import _glyph_runs

    raw, glyph, advance = body_face.glyph(YOSHI)
    if glyph:
        pytest.skip("this machine has a font with 𠮷: it prints from that font")
    runs = _glyph_runs(TextOp(YOSHI + "野", (0.0, 10.5), 20.0, 10.5))
    assert sum(len(r.glyphIndexes()) for r in runs) == 2


def test_characters_the_pdf_cannot_give_back_as_text_are_named():
    """𩸽 (outside the BMP) and 葛󠄀 (a selected form) print, but Qt's PDF maps neither to text."""
    from desktop.jtext.glyphs import not_copyable

    assert not_copyable(f"𩸽と{KUZU}城と下関") == ["𩸽", KUZU]
    assert not_copyable(f"{YOSHI}{WATANABE}下関") == []  # not drawn at all: the other warning
    report = Report(addressee=f"{KUZU}城市議会議長", committee="𩸽委員会")
    found = {f.key: f for f in check_report(report) if f.kind == "copy"}
    assert set(found) == {("addressee",), ("committee",)}
    assert "U+29E3D" in found[("committee",)].en and "コピー" in found[("committee",)].ja
    assert "U+845B+U+E0100" in found[("addressee",)].en


def test_the_copy_warning_is_true_of_the_pdf(tmp_path):
    """If Qt ever maps these to text, this fails: then the "copy" warning must go."""
    import subprocess

    from desktop import export
    from pdfcheck import small_report

    report = small_report(paragraphs=0, photo=False)
    report.committee = "𩸽下関"
    export.export_pdf(report, tmp_path / "a.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "a.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "下関" in text and "𩸽" not in text


@pytest.mark.parametrize("mark", ["\u3099", "\U000E0100", "\u0301"])
def test_no_line_starts_with_a_mark_that_belongs_to_the_character_before(mark):
    """Found by the random Unicode campaign: ほ at a line end, its dakuten on the next line."""
    from desktop.render.linebreak import break_lines

    text = "あ" * 38 + "ほ" + mark + "い" * 10
    advances = [1.0] * len(text)  # the font may give a combining mark a width of its own
    for start, end in break_lines(text, advances, lambda n: 39.0):
        assert text[start] != mark


def test_a_standard_variation_sequence_alone_is_still_named():
    """侮 + VS1 (U+FE00, inside the BMP) prints in its selected form and cannot be copied:
    check's one-pass shortcut over the whole report must not skip it."""
    from desktop.jtext.glyphs import plainly_drawable

    report = Report(committee="侮\ufe00委員会")
    assert not plainly_drawable(report.committee)
    found = [f for f in check_report(report) if f.kind == "copy"]
    assert [f.key for f in found] == [("committee",)] and "U+4FAE+U+FE00" in found[0].en
    assert plainly_drawable("総務委員会\n令和５年")
