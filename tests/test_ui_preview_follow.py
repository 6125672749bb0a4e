"""The live preview follows the form: showing a destination's page scrolls to its pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from conftest import SAMPLE
from desktop.export import export_pdf
from desktop.ui.main_window import MainWindow
from pdfcheck import pdftotext
from desktop.ui.settings import AppSettings


@pytest.fixture
def win(qtbot, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(settings, tmp_path / "recovery")
    w.show_error = lambda message: pytest.fail(message)
    w.confirm_discard = lambda: "discard"  # closing an edited window must not ask
    qtbot.addWidget(w)
    w.resize(1400, 900)
    assert w.controller.open(SAMPLE)
    w.show()
    qtbot.waitUntil(lambda: w.preview.page_count() > 0 and not w.preview.busy, timeout=20000)
    return w


def _top_page(w) -> int:
    canvas = w.preview.canvas
    step = canvas.page_height() + 14
    return round(w.preview.verticalScrollBar().value() / step)


def _pages_reading(pdf) -> list[str]:
    """The text of each page of a PDF as poppler reads it, white space removed."""
    return ["".join(page.split()) for page in pdftotext(pdf).split("\f")]


def test_showing_the_second_visit_scrolls_to_its_first_page(win, qtbot, tmp_path):
    # Where the second visit starts, read from the exported PDF by poppler (not from the
    # preview's own bookkeeping): the first page holding its heading 【石川県　加賀市】.
    export_pdf(win.form.report(), tmp_path / "sample.pdf")
    pages = _pages_reading(tmp_path / "sample.pdf")
    heading = "【" + "".join(win.form.report().destinations[1].place.split()) + "】"
    first_of_kaga = next(i for i, text in enumerate(pages) if heading in text)
    assert 1 < first_of_kaga < win.preview.page_count()
    assert win.form.focus_field(("destinations", 1, "visit", "overview"))
    assert _top_page(win) == first_of_kaga
    assert win.form.focus_field(("addressee",))
    assert _top_page(win) == 0


def test_typing_does_not_move_the_preview(win, qtbot):
    assert win.form.focus_field(("destinations", 1, "visit", "overview"))
    where = win.preview.verticalScrollBar().value()
    win.preview.verticalScrollBar().setValue(where + 300)  # the clerk scrolls a little
    page = win.form.page("visit", 1)
    page.overview.setPlainText(page.overview.toPlainText() + "追記。")
    qtbot.waitUntil(lambda: not win.preview.busy, timeout=20000)
    assert win.preview.verticalScrollBar().value() == where + 300


# -- issue 12 finding 8: the preview follows the block being edited, and zooms ------------


def test_selecting_a_block_far_down_scrolls_the_preview_to_it(win, qtbot):
    report = win.form.report()
    assert win.form.focus_field(("destinations", 0, "visit", "overview"))
    section = report.destinations[0].visit.sections[-1]
    block = section.blocks[-1]
    win.preview.verticalScrollBar().setValue(0)
    page = win.form.page("visit", 0)
    page.blocks.select(block)
    found = win.preview.find_text(0, getattr(block, "text", "") or getattr(block, "title", ""))
    assert found is not None and found[0] > 0
    bar = win.preview.verticalScrollBar()
    rect = win.preview.canvas.page_rect(found[0])
    y = rect.top() + found[1] * rect.height() / 841.9
    assert bar.value() <= y <= bar.value() + win.preview.viewport().height()


def test_zoom_modes(win, qtbot):
    preview = win.preview
    width = preview.canvas.page_width()
    assert width == preview.viewport().width() - 28
    preview.set_zoom("page")
    assert preview.canvas.page_height() <= preview.viewport().height()
    preview.set_zoom("100")
    dpi = preview.canvas.logicalDpiX()
    assert preview.canvas.page_width() == round(595.3 * dpi / 72)
    preview.set_zoom("width")
    assert preview.canvas.page_width() == width
    actions = [a.text() for a in win.zoom_menu.actions()]
    assert actions == ["ページ幅", "ページ全体", "100%"]


def test_a_photo_without_caption_scrolls_to_the_text_before_it(win, qtbot):
    from desktop.model.report import Photo

    def photos(blocks):
        for block in blocks:
            if isinstance(block, Photo):
                yield block
            yield from photos(getattr(block, "children", []))

    report = win.form.report()
    dest = 1
    photo = next(p for s in report.destinations[dest].visit.sections for p in photos(s.blocks))
    photo.caption = ""
    assert win.form.focus_field(("destinations", dest, "visit", "overview"))
    win.preview.verticalScrollBar().setValue(0)
    page = win.form.page("visit", dest)
    page.blocks.select(photo)
    first = win.preview.first_page_of_destination(dest)
    step = win.preview.canvas.page_height() + 14
    assert win.preview.verticalScrollBar().value() >= first * step - step  # on that visit's pages
