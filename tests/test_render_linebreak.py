"""Japanese line breaking (禁則処理) of the renderer."""

from desktop.render.linebreak import NO_LINE_START, break_lines, can_break, next_break


def lines_of(text: str, width_chars: int) -> list[str]:
    adv = [5.25 if c.isascii() else 10.5 for c in text]
    return [text[s:e] for s, e in break_lines(text, adv, lambda n: width_chars * 10.5)]


def test_plain_text_fills_lines():
    assert lines_of("あいうえおかきくけこさし", 5) == ["あいうえお", "かきくけこ", "さし"]


def test_closing_punctuation_never_starts_a_line():
    for mark in "、。，．」）』】・々":
        text = "あいうえお" + mark + "かきく"
        got = lines_of(text, 5)
        assert all(line[0] not in NO_LINE_START for line in got), (mark, got)
        assert "".join(got) == text


def test_small_kana_and_long_vowel_may_start_a_line_as_in_the_reference():
    # Word's standard level: the reference prints 「目標だ／ったが」 and 「パ／ーソナル」
    assert lines_of("あいうえおったが", 5) == ["あいうえお", "ったが"]
    assert lines_of("あいうえおーそ", 5) == ["あいうえお", "ーそ"]


def test_a_mark_is_squeezed_in_when_the_line_has_punctuation_to_give():
    # 追い込み: 「、」 in the line gives half its width, so 「か、」 both fit
    assert lines_of("あい、えおか、くけ", 6) == ["あい、えおか、", "くけ"]


def test_a_character_goes_down_with_the_mark_when_nothing_can_be_squeezed():
    # 追い出し, as the reference's 「…盛り込むほ／か、」
    assert lines_of("あいうえおか、くけ", 6) == ["あいうえお", "か、くけ"]


def test_opening_bracket_never_ends_a_line():
    got = lines_of("あいうえ「かき」くけ", 5)
    assert all(not line.endswith("「") for line in got)


def test_latin_words_and_numbers_stay_whole():
    assert lines_of("あいうえABCDおか", 5) == ["あいうえ", "ABCDおか"]
    assert lines_of("あいうえお2023年", 6) == ["あいうえお", "2023年"]


def test_full_width_digits_may_break_as_in_the_reference():
    assert can_break("４５万", 1)


def test_unbreakable_run_longer_than_a_line_is_cut():
    text = "A" * 30
    assert next_break(text, [5.25] * 30, 0, 50.0) == 9


def test_empty_text_is_one_empty_line():
    assert break_lines("", [], lambda n: 100.0) == [(0, 0)]
