"""The editor: File > 取り込み, opening a DOCX the app wrote, and one edited in Word afterwards."""

from __future__ import annotations

import docx

from conftest import FIXTURE, SAMPLE
from desktop.export import export_docx
from desktop.model.draft import load_report_file
from test_draft_factory import make_report
from test_ui_editor import make_settings, make_window, win  # noqa: F401 - fixtures


def test_import_a_text_report_into_a_new_untitled_draft(win):
    win.ask_import_path = lambda: str(FIXTURE)
    assert win.controller.import_file()
    report = win.form.report()
    assert report.committee == "総務委員会" and len(report.destinations) == 2
    assert win.controller.path is None and win.controller.modified  # saving asks for a name
    assert win.asks.infos and "shimonoseki-2023-soumu.txt" in win.asks.infos[-1]


def test_import_problems_are_listed_in_the_problems_panel(win, tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace("職氏名", "職氏名\n謎の行\n", 1)
    odd = tmp_path / "odd.txt"
    odd.write_text("なぞの前書き\n" + text, encoding="utf-8")
    win.ask_import_path = lambda: str(odd)
    assert win.controller.import_file()
    assert win.controller.import_findings
    win._refresh_problems()
    texts = [win.problems.list.item(i).text() for i in range(win.problems.list.count())]
    assert any("なぞの前書き" in t for t in texts)


def test_a_file_that_is_not_a_report_gives_a_message_and_keeps_the_draft(win, tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 100)
    before = win.form.report()
    win.ask_import_path = lambda: str(junk)
    assert not win.controller.import_file()
    assert win.asks.errors and "junk.bin" in win.asks.errors[-1]
    assert win.form.report() is before


def test_open_our_docx_gives_back_its_draft(win, tmp_path):
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    assert win.controller.open(tmp_path / "r.docx")
    assert win.form.report() == report
    assert win.controller.path is None  # saving never overwrites the DOCX


def test_an_edited_docx_asks_and_can_import_the_edited_text(win, tmp_path):
    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("石川県のほぼ中央"))
    for run in target.runs[1:]:
        run.text = ""
    target.runs[0].text = "石川県の中央にある市。"
    document.save(str(tmp_path / "edited.docx"))

    asked = []
    win.ask_docx_choice = lambda name, changes, kept: asked.append((name, changes, kept)) or "exported"
    assert win.controller.open(tmp_path / "edited.docx")
    assert asked and asked[0][0] == "edited.docx"
    assert any("石川県の中央にある市。" in line and "出張先1の説明" in line for line in asked[0][1])
    assert asked[0][2] is False  # the exported text of the edited paragraph is not in the DOCX
    expected = load_report_file(SAMPLE)
    expected.destinations[0].visit.description = "石川県の中央にある市。"
    assert win.form.report() == expected  # the draft as exported, with Word's edit

    win.ask_docx_choice = lambda name, changes, kept: "import"
    assert win.controller.open(tmp_path / "edited.docx")
    assert win.form.report().destinations[0].visit.description == "石川県の中央にある市。"

    win.ask_docx_choice = lambda name, changes, kept: "cancel"
    assert not win.controller.open(tmp_path / "edited.docx")


def test_an_edited_docx_of_format_version_1_opens_with_its_exported_text(win, tmp_path):
    """A DOCX written before the text was stored by reference keeps the exported text:
    the question says so (exported_kept), and the draft is the one exported."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent / "fixtures"
    document = docx.Document(str(fixtures / "draft-v1-factory.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("町会加入率は減少傾向にある。"))
    for run in target.runs[1:]:
        run.text = ""
    target.runs[0].text = "町会加入率は増加している。"
    document.save(str(tmp_path / "old.docx"))
    asked = []
    win.ask_docx_choice = lambda name, changes, kept: asked.append((changes, kept)) or "exported"
    assert win.controller.open(tmp_path / "old.docx")
    assert asked and asked[0][1] is True
    assert any("減少傾向" in line and "増加している" in line for line in asked[0][0])
    assert win.form.report() == load_report_file(fixtures / "draft-v1-factory.shutcho")


def test_a_dropped_docx_is_taken_as_a_draft_to_open(tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    from desktop.ui.main_window import dropped_draft

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
                  QUrl.fromLocalFile(str(tmp_path / "報告書.docx"))])
    assert dropped_draft(mime) == str(tmp_path / "報告書.docx")
