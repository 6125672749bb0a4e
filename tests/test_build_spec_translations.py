"""The one-folder build keeps Qt's own Japanese translation (qtbase_ja.qm: 「詳細を表示...」,
「キャンセル」 in Qt's dialogs) and leaves the other languages out (rules read from build.spec)."""

from __future__ import annotations

from test_build_spec_ime import _rules


def test_qt_japanese_translation_is_kept_and_other_languages_left_out():
    keep = _rules()["keep"]
    assert keep("PySide6/Qt/translations/qtbase_ja.qm")  # Linux/macOS wheels
    assert keep("PySide6/translations/qtbase_ja.qm")  # Windows wheel
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/designer_ja.qm")
