"""Issue 12 finding 5: deleting a topic a visit uses, or a destination with content,
asks first and names what goes; finding 7: focus after 追加 and typing into an empty table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from desktop.model.draft import load_draft
from desktop.model.report import Report
from formkit import make_form


@pytest.fixture
def form(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    form.asked: list[str] = []
    form.answer = False
    form.ask_confirm = lambda message: (form.asked.append(message), form.answer)[1]
    return form


def test_deleting_a_used_topic_asks_and_can_be_declined(form):
    report = form.report()
    topics = form.page("trip").topics
    before = [t.title for t in report.topics]
    topics.select_row(0)
    topics.remove()
    assert form.asked and report.topics[0].title in form.asked[0] and "金沢市" in form.asked[0]
    assert [t.title for t in report.topics] == before


def test_deleting_a_used_topic_removes_its_sections_in_one_undo_step(form):
    report = form.report()
    topic = report.topics[0]
    users = [d for d in report.destinations if topic.id in d.visit.covered_topic_ids()]
    assert users
    form.answer = True
    topics = form.page("trip").topics
    topics.select_row(0)
    topics.remove()
    assert topic not in report.topics
    assert all(topic.id not in d.visit.covered_topic_ids() for d in report.destinations)
    from desktop.model.checks import check_report
    assert not [f for f in check_report(report) if "用務にない" in f.ja]  # nothing left hidden
    form.stack_.undo()
    assert report.topics[0] is topic
    assert all(topic.id in d.visit.covered_topic_ids() for d in users)


def test_an_unused_topic_goes_without_a_question(form):
    topics = form.page("trip").topics
    topics.add_button.click()
    count = len(form.report().topics)
    topics.select_row(count - 1)
    topics.remove()
    assert not form.asked and len(form.report().topics) == count - 1


def test_deleting_a_destination_with_content_names_what_goes(form):
    report = form.report()
    destinations = form.page("trip").destinations
    destinations.select_row(0)
    destinations.remove()
    assert form.asked and "金沢市" in form.asked[0] and "質疑応答" in form.asked[0]
    assert len(report.destinations) == 2
    form.answer = True
    destinations.remove()
    assert len(report.destinations) == 1


def test_an_empty_destination_goes_without_a_question(form):
    destinations = form.page("trip").destinations
    destinations.add_button.click()
    destinations.select_row(len(form.report().destinations) - 1)
    destinations.remove()
    assert not form.asked


@pytest.fixture
def shown(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    form.resize(900, 900)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    return form


def test_after_qa_add_the_caret_is_in_the_question(shown, qtbot):
    form = shown
    form.focus_field(("destinations", 0, "visit", "qa", 0))
    qa = form.page("visit", 0).qa
    qa.pairs.add_button.click()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is qa.question)
    assert qa.question.toPlainText() == ""


def test_after_add_the_caret_is_in_the_new_row(shown, qtbot):
    form = shown
    form.focus_field(("topics", 0))
    topics = form.page("trip").topics
    topics.add_button.click()
    qtbot.waitUntil(lambda: topics.table.state() == topics.table.State.EditingState)


def test_typing_into_an_empty_table_adds_a_row(qtbot):
    form = make_form(qtbot, Report())
    form.resize(900, 900)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    form.focus_field(("members", 0))
    members = form.page("roster").members
    members.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is members.table)
    QApplication.sendEvent(members.table, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "委員長"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(form.report().members) == 1 and form.report().members[0].role == "委員長")
