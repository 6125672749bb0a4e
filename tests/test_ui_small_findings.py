"""Issue 12 finding 9: the host label follows its name; files that are not drafts are
named plainly; the language switch says clearly that it needs a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from conftest import SAMPLE
from desktop.model.report import Destination, Report
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from formkit import make_form, set_cell
from test_ui_editor import Asks


def test_host_label_follows_the_name_after_the_host_is_added(qtbot):
    form = make_form(qtbot, Report(destinations=[Destination("石川県", "金沢市")]))
    hosts = form.page("visit", 0).hosts
    hosts.hosts.add_button.click()
    assert "（名称未入力）" in hosts.people_label.text()
    set_cell(hosts.hosts, 0, 0, "金沢市議会")
    assert "金沢市議会" in hosts.people_label.text()


@pytest.fixture
def win(qtbot, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(settings, tmp_path / "recovery")
    w.asks = Asks(w)
    w.notices = []
    w.show_notice = w.notices.append
    qtbot.addWidget(w)
    w.controller.new_blank()
    return w


@pytest.mark.parametrize("name, content, words", [
    ("報告書.pdf", b"%PDF-1.7\n", "取り込み"),
    ("メモ.txt", "出張のメモ".encode("utf-8"), "取り込み"),
    ("写真.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 20, "画像"),
    ("謎.bin", b"\x00\x9f\xfe\x80\x81", "下書き (.shutcho) ではありません"),
])
def test_files_that_are_not_drafts_are_named_plainly(win, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    assert not win.controller.load(path)
    message = win.asks.errors[-1]
    assert words in message and name in message
    assert "UTF-8" not in message and "JSON" not in message and "壊れ" not in message


@pytest.mark.foreign_docx
def test_a_word_document_not_made_here_points_to_import(win, tmp_path):
    import docx

    path = tmp_path / "去年の報告書.docx"
    document = docx.Document()
    document.add_paragraph("出張報告書")
    document.save(path)
    assert not win.controller.load(path)
    message = win.asks.errors[-1]
    assert path.name in message and "取り込み" in message and "JSON" not in message


def test_a_damaged_draft_still_says_what_is_wrong(win, tmp_path):
    path = tmp_path / "壊れた.shutcho"
    path.write_bytes(SAMPLE.read_bytes()[:200])
    assert not win.controller.load(path)
    assert "JSON" in win.asks.errors[-1]


def test_switching_language_says_it_needs_a_restart(win):
    win._set_language("en")
    assert win.notices and "起動し直す" in win.notices[0] and "start" in win.notices[0]
    assert win.settings.language() == "en"
    win._set_language("en")
    assert len(win.notices) == 1
