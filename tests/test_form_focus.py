"""focus_field: a key into the model shows the right page and focuses the field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from desktop.model.draft import load_draft
from formkit import make_form


@pytest.fixture
def form(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    form.resize(900, 900)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    return form


def _current_page(form):
    return form.stack.currentWidget().widget()


def test_header_keys(form, qtbot):
    assert form.focus_field(("submitted",))
    basic = form.page("basic")
    assert _current_page(form) is basic
    qtbot.waitUntil(lambda: QApplication.focusWidget() is basic.submitted.edit)

    assert form.focus_field(("members", 1, "family"))
    members = form.page("roster").members
    assert (members.table.currentRow(), members.table.currentColumn()) == (1, 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is members.table)

    assert form.focus_field(("topics", 2))
    assert form.page("trip").topics.current_row() == 2
    assert form.focus_field(("introduction",))
    assert form.focus_field(("settings", "font"))


def test_visit_keys(form, qtbot):
    report = form.report()
    assert form.focus_field(("destinations", 0, "visit", "overview"))
    kanazawa = form.page("visit", 0)
    assert _current_page(form) is kanazawa
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kanazawa.overview)

    assert form.focus_field(("destinations", 1, "visit", "sections", 0, "blocks", 2))
    kaga = form.page("visit", 1)
    assert _current_page(form) is kaga
    assert kaga.blocks.selected_obj() is report.destinations[1].visit.sections[0].blocks[2]

    assert form.focus_field(("destinations", 1, "visit", "qa", 1, "answer"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kaga.qa.answer)
    assert kaga.qa.answer.toPlainText() == report.destinations[1].visit.qa[1].answer

    assert form.focus_field(("destinations", 0, "visit", "hosts", 1, "people", 0, "title"))
    assert kanazawa.hosts.people.items is report.destinations[0].visit.hosts[1].people

    assert form.focus_field(("destinations", 1, "visit", "visited"))  # the checks' key for 視察日
    assert _current_page(form) is kaga
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kaga.visited.edit)


def test_unknown_keys(form):
    for key in [(), ("nothing",), ("members", 99), ("destinations", 9, "visit", "overview"),
                ("destinations", 0, "visit", "sections", 0, "blocks", 999),
                ("destinations", 0, "visit", "bogus")]:
        assert form.focus_field(key) is False, key
