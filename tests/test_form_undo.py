"""Undo and redo across kinds of edit, restoring model and widgets; live renumbering."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import Qt

from conftest import SAMPLE
from desktop.model.draft import load_draft
from desktop.model.report import Member, PersonName, Report, Topic
from formkit import type_date, cells, make_form, row_labels, set_cell, tree_labels


def _small() -> Report:
    return Report(members=[Member("委員長", PersonName("林", "真一郎")),
                           Member("委員", PersonName("坂本", "晴美")),
                           Member("委員", PersonName("片山", "房一"))],
                  topics=[Topic("Ａについて"), Topic("Ｂについて")])


def test_typing_in_one_field_merges_into_one_step(qtbot):
    form = make_form(qtbot, Report())
    edit = form.page("basic").addressee
    for text in ("下", "下関", "下関市", "下関市議会議長"):
        edit.setText(text)
    form.page("basic").title_edit.setText("報告書")
    stack = form.stack_
    assert stack.count() == 2
    stack.undo()
    assert form.report().title == "出張報告書"
    assert form.page("basic").title_edit.text() == "出張報告書"
    stack.undo()
    assert form.report().addressee == "" and edit.text() == ""
    stack.redo()
    assert form.report().addressee == "下関市議会議長" and edit.text() == "下関市議会議長"


def test_undo_redo_across_kinds_of_edit(qtbot):
    report = load_draft(SAMPLE)
    original = copy.deepcopy(report)
    form = make_form(qtbot, report)
    stack = form.stack_
    roster, trip = form.page("roster"), form.page("trip")
    visit = form.page("visit", 0)

    intro = form.page("intro").introduction
    intro.setPlainText("書き換えた。")                          # text
    roster.members.add_button.click()                           # list add
    set_cell(roster.members, 0, 1, "森")                         # cell edit
    trip.topics.select_row(2)
    trip.topics.down_button.setEnabled(True)
    trip.topics.move(2, 0)                                       # reorder
    type_date(trip.start, "2023/7/4")                   # date
    tree = visit.blocks
    section = report.destinations[0].visit.sections[0]
    last = section.blocks[0].children[-1]
    tree.select(last)
    tree.outdent_button.click()                                  # block outdent
    assert section.blocks[1] is last
    tree.indent_button.click()                                   # and indent back
    assert section.blocks[0].children[-1] is last
    tree.outdent()
    tree.select(section.blocks[1])
    tree.move(-1)                                                # block move
    changed = copy.deepcopy(report)
    widgets_after = (intro.toPlainText(), cells(roster.members, 1), cells(trip.topics, 0),
                     trip.start.value(), tree_labels(tree))

    while stack.canUndo():
        stack.undo()
    assert report == original
    assert intro.toPlainText() == original.introduction
    assert cells(roster.members, 1) == [m.name.family for m in original.members]
    assert cells(trip.topics, 0) == [t.title for t in original.topics]
    assert trip.start.value() == date(2023, 7, 5)

    while stack.canRedo():
        stack.redo()
    assert report == changed
    assert (intro.toPlainText(), cells(roster.members, 1), cells(trip.topics, 0),
            trip.start.value(), tree_labels(tree)) == widgets_after


def test_reorder_members_by_keyboard_and_undo(qtbot):
    form = make_form(qtbot, _small())
    members = form.page("roster").members
    members.select_row(0, 1)
    qtbot.keyClick(members.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [m.name.family for m in form.report().members] == ["坂本", "林", "片山"]
    assert cells(members, 1) == ["坂本", "林", "片山"]
    assert members.current_row() == 1
    qtbot.keyClick(members.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert cells(members, 1) == ["坂本", "片山", "林"]
    form.stack_.undo()
    form.stack_.undo()
    assert cells(members, 1) == ["林", "坂本", "片山"]
    assert [m.name.family for m in form.report().members] == ["林", "坂本", "片山"]


def test_drop_moves_a_row(qtbot):
    form = make_form(qtbot, _small())
    members = form.page("roster").members
    members.table.move_requested.emit(2, 0)  # what a drop on the first row asks for
    assert cells(members, 1) == ["片山", "林", "坂本"]
    form.stack_.undo()
    assert cells(members, 1) == ["林", "坂本", "片山"]


def test_reorder_topics_renumbers_everything(qtbot):
    report = load_draft(SAMPLE)
    form = make_form(qtbot, report)
    trip = form.page("trip")
    kanazawa = form.page("visit", 0)
    titles = [t.title for t in report.topics]
    assert row_labels(trip.topics) == ["１．", "２．", "３．"]
    assert tree_labels(kanazawa.blocks)[0] == "１．" + titles[0]
    checks = lambda: [b.text() for b in kanazawa.topic_checks.values()]  # noqa: E731
    assert checks()[0] == "１．" + titles[0]

    trip.topics.select_row(2)
    trip.topics.up_button.click()
    trip.topics.up_button.click()
    assert [t.title for t in report.topics] == [titles[2], titles[0], titles[1]]
    assert cells(trip.topics, 0) == [titles[2], titles[0], titles[1]]
    assert checks() == ["１．" + titles[2], "２．" + titles[0], "３．" + titles[1]]
    top = [label for label in tree_labels(kanazawa.blocks) if not label.startswith(" ")]
    assert top == ["２．" + titles[0], "３．" + titles[1]]
    assert [kanazawa.topic_checks[t.id].isChecked() for t in report.topics] == [False, True, True]

    set_cell(trip.topics, 1, 0, "新しい題")
    assert tree_labels(kanazawa.blocks)[0] == "２．新しい題"
    assert checks()[1] == "２．新しい題"
    form.stack_.undo()
    form.stack_.undo()
    form.stack_.undo()
    assert tree_labels(kanazawa.blocks)[0] == "１．" + titles[0]


def test_topic_toggle_removes_section_and_undo_restores_it(qtbot):
    report = load_draft(SAMPLE)
    form = make_form(qtbot, report)
    visit = form.page("visit", 0)
    section = report.destinations[0].visit.sections[0]
    blocks = list(section.blocks)
    assert blocks
    visit.topic_checks[section.topic_id].setChecked(False)
    assert section.topic_id not in report.destinations[0].visit.covered_topic_ids()
    form.stack_.undo()
    assert visit.topic_checks[section.topic_id].isChecked()
    restored = report.destinations[0].visit.sections[0]
    assert restored.topic_id == section.topic_id and restored.blocks == blocks


def test_destination_pages_follow_the_list(qtbot):
    form = make_form(qtbot, Report())
    trip = form.page("trip")
    nav = lambda: [form.nav.item(i).text().strip() for i in range(form.nav.count())]  # noqa: E731
    base = nav()
    trip.destinations.add_button.click()
    set_cell(trip.destinations, 0, 1, "金沢市")
    trip.destinations.add_button.click()
    set_cell(trip.destinations, 1, 1, "加賀市")
    assert nav() == base[:4] + ["金沢市", "加賀市"] + base[4:]
    form.page("visit", 1).population.setText("約６万人")
    trip.destinations.move(1, 0)
    assert nav() == base[:4] + ["加賀市", "金沢市"] + base[4:]
    assert form.page("visit", 0).population.text() == "約６万人"
    trip.destinations.select_row(0)
    trip.destinations.remove()
    assert nav() == base[:4] + ["金沢市"] + base[4:]
    form.stack_.undo()
    assert nav() == base[:4] + ["加賀市", "金沢市"] + base[4:]
    assert form.page("visit", 0).population.text() == "約６万人"


def test_ctrl_z_in_a_text_field_reaches_the_undo_stack(qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    form = make_form(qtbot, Report())
    undo = QAction(form)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    undo.triggered.connect(form.stack_.undo)
    form.addAction(undo)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    edit = form.page("basic").addressee
    edit.setText("議長")
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.report().addressee == "" and edit.text() == ""
    assert form.stack_.count() == 1 and form.stack_.index() == 0
