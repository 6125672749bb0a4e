"""The English translation covers the form: page names, labels and undo texts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout

from conftest import SAMPLE
from desktop.model.draft import load_draft
from desktop.resources import resource_path
from desktop.ui.app import install_language
from formkit import make_form


@pytest.fixture
def english():
    app = QApplication.instance()
    assert install_language(app, "en")
    yield
    install_language(app, "ja")


def _labels(page) -> list[str]:
    form = page.findChild(QFormLayout)
    return [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
            for row in range(form.rowCount())]


def test_form_pages_show_english(qtbot, english):
    form = make_form(qtbot, load_draft(SAMPLE))
    names = [form.nav.item(i).text().strip() for i in range(form.nav.count())]
    assert names[:4] == ["Basics", "Members", "Purpose, dates, places", "Introduction"]
    assert names[-1] == "Settings"
    basic = form.page("basic")
    assert _labels(basic) == ["Title", "Addressee", "Honorific", "Submitted on"]
    assert basic.submitted.today.text() == "Today"
    assert form.page("trip").destinations.add_button.text() == "Add"
    blocks = form.page("visit", 0).blocks
    assert blocks.indent_button.text() == "Indent"
    basic.title_edit.setText("報告書")
    assert form.stack_.undoText() == "Edit: Title"


def test_form_pages_stay_japanese_by_default(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    assert form.nav.item(0).text() == "基本情報"
    assert _labels(form.page("basic"))[0] == "表題"


def test_every_message_is_translated():
    tree = ET.parse(resource_path("i18n", "shutcho_en.ts"))
    contexts = {c.findtext("name") for c in tree.getroot().iter("context")}
    assert {"BasicPage", "RosterPage", "TripPage", "VisitPage", "BlockTree", "ListEditor",
            "ReportForm", "DateField"} <= contexts
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def _messages(ts_path) -> set[tuple[str, str]]:
    root = ET.parse(ts_path).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


def test_the_translation_file_follows_the_sources(tmp_path):
    """Every tr() text in the sources is in the .ts under its class's context (renaming a
    class moves its texts to a new context, which would lose their translation)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(resource_path("i18n", "shutcho_en.ts"), fresh)
    sources = sorted(str(p) for p in (root / "desktop" / "ui").glob("*.py")) + sorted(
        str(p) for p in (root / "desktop" / "ui" / "form").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-source-language", "ja_JP",
                    "-target-language", "en_US", "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    assert _messages(fresh) == _messages(resource_path("i18n", "shutcho_en.ts"))


def test_qt_own_buttons_are_japanese_in_the_japanese_ui(qtbot):
    """Qt's own dialog buttons (the edited-DOCX dialog's 「詳細を表示...」, Cancel) come from
    PySide6's qtbase_ja.qm, loaded with the Japanese UI (and kept in the bundle)."""
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance()
    install_language(app, "ja")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "本文",
                      QMessageBox.StandardButton.Cancel)
    box.setDetailedText("違い")
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert any("詳細" in text for text in texts), texts
    assert "キャンセル" in texts and not any("Show Details" in t or t == "Cancel" for t in texts)
