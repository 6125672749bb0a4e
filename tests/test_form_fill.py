"""Fill a blank report entirely through the form's widgets and compare the model."""

from __future__ import annotations

from datetime import date


from desktop.model.draft import load_draft, save_draft
from desktop.model.report import (
    QA,
    Attendee,
    Destination,
    Host,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Profile,
    Report,
    Settings,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from formkit import type_date, check_cell, make_form, set_cell, write_png


def _fill(form, tmp_path) -> None:
    basic = form.page("basic")
    basic.title_edit.setText("出張報告書")
    basic.addressee.setText("下関市議会議長")
    basic.honorific.setEditText("様")
    type_date(basic.submitted, "2023/8/16")

    roster = form.page("roster")
    roster.committee.setText("総務委員会")
    roster.members.add_button.click()
    roster.members.add_button.click()
    for row, (role, family, given) in enumerate((("委員長", "林", "真一郎"), ("委員", "坂本", "晴美"))):
        set_cell(roster.members, row, 0, role)
        set_cell(roster.members, row, 1, family)
        set_cell(roster.members, row, 2, given)
    roster.secretariat.setText("議会事務局")
    roster.staff.add_button.click()
    set_cell(roster.staff, 0, 0, "議事課主査")
    set_cell(roster.staff, 0, 1, "花谷")
    set_cell(roster.staff, 0, 2, "禎久")

    trip = form.page("trip")
    trip.purpose.setText("所管事項調査")
    trip.topics.add_button.click()
    trip.topics.add_button.click()
    set_cell(trip.topics, 0, 0, "地域コミュニティについて")
    set_cell(trip.topics, 1, 0, "スマートシティについて")
    type_date(trip.start, "2023/7/5")
    type_date(trip.end, "2023/7/7")
    trip.destinations.add_button.click()
    set_cell(trip.destinations, 0, 0, "石川県")
    set_cell(trip.destinations, 0, 1, "金沢市")

    form.page("intro").introduction.setPlainText("視察を実施したので報告する。")

    visit = form.page("visit", 0)
    topic_ids = [t.id for t in form.report().topics]
    visit.topic_checks[topic_ids[1]].setChecked(True)
    visit.topic_checks[topic_ids[0]].setChecked(True)
    type_date(visit.visited, "2023/7/6")
    visit.population.setText("約４５万人")
    visit.area.setText("約４６９㎢")
    visit.description.setPlainText("城下町。")
    visit.hosts.hosts.add_button.click()
    set_cell(visit.hosts.hosts, 0, 0, "金沢市")
    people = visit.hosts.people
    people.add_button.click()
    people.add_button.click()
    for col, text in enumerate(("市民協働推進課", "山田", "課長補佐")):
        set_cell(people, 0, col, text)
    for col, text in enumerate(("市民協働推進課", "川口", "主査")):
        set_cell(people, 1, col, text)
    set_cell(people, 1, 3, "（説明）")
    check_cell(people, 1, 4, True)
    visit.overview.setPlainText("説明を受けた。")

    tree = visit.blocks
    tree.select(form.report().destinations[0].visit.sections[0])  # topic 1 (sorted first)
    tree.add(Subheading)
    tree.editor.sub_title.setText("概況")
    tree.add(Paragraph)  # inside the sub-heading
    tree.editor.text.setPlainText("町会加入率は６８％。")
    tree.add(Item)
    tree.editor.item_title.setText("旧町名復活")
    tree.editor.item_tag.setText("【全国初】")
    form.ask_photo_path = lambda: write_png(tmp_path / "p.png", 300, 200)
    tree.add(Photo)
    tree.editor.caption.setText("説明会")
    tree.editor.width_mm.setValue(50)

    visit.qa.pairs.add_button.click()
    visit.qa.question.setPlainText("予算は。")
    visit.qa.answer.setPlainText("５億円。")

    settings = form.page("settings")
    settings.page_numbers.setChecked(True)
    settings.font.setCurrentText("BIZ UD明朝")
    settings.author.setText("総務委員会委員長")


def _expected(report: Report) -> Report:
    t1, t2 = report.topics
    photo = report.destinations[0].visit.sections[0].blocks[0].children[1].children[0]
    return Report(
        title="出張報告書", addressee="下関市議会議長", honorific="様", submitted=date(2023, 8, 16),
        committee="総務委員会",
        members=[Member("委員長", PersonName("林", "真一郎")), Member("委員", PersonName("坂本", "晴美"))],
        secretariat="議会事務局", staff=[Staff("議事課主査", PersonName("花谷", "禎久"))],
        purpose="所管事項調査",
        topics=[Topic("地域コミュニティについて", t1.id), Topic("スマートシティについて", t2.id)],
        start=date(2023, 7, 5), end=date(2023, 7, 7),
        destinations=[Destination("石川県", "金沢市", Visit(
            profile=Profile("約４５万人", "約４６９㎢"), description="城下町。",
            hosts=[Host("金沢市", [Attendee("市民協働推進課", "山田", "課長補佐"),
                                  Attendee("市民協働推進課", "川口", "主査", "（説明）", True)])],
            overview="説明を受けた。",
            sections=[
                TopicSection(t1.id, [Subheading("概況", [
                    Paragraph("町会加入率は６８％。"),
                    Item("旧町名復活", "【全国初】", [Photo(photo.image, "説明会", 50.0)]),
                ])]),
                TopicSection(t2.id, []),
            ],
            qa=[QA("予算は。", "５億円。")], visited=date(2023, 7, 6)))],
        introduction="視察を実施したので報告する。",
        settings=Settings(True, "BIZ UD明朝", "総務委員会委員長"),
    )


def test_fill_blank_report_through_widgets(qtbot, tmp_path):
    form = make_form(qtbot)
    _fill(form, tmp_path)
    report = form.report()
    assert form.errors == []
    photo = report.destinations[0].visit.sections[0].blocks[0].children[1].children[0]
    assert photo.image.mime == "image/jpeg" and (photo.image.width, photo.image.height) == (300, 200)
    assert report == _expected(report)

    path = tmp_path / "filled.shutcho"
    save_draft(report, path)
    assert load_draft(path) == report


def test_every_fill_step_is_undoable(qtbot, tmp_path):
    form = make_form(qtbot)
    _fill(form, tmp_path)
    stack = form.stack_
    while stack.canUndo():
        stack.undo()
    assert form.report() == Report()
    assert form.page("basic").addressee.text() == ""
    assert form.page("roster").members.table.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert form.report() == _expected(form.report())


def test_edited_signal_on_change_undo_and_redo(qtbot):
    form = make_form(qtbot)
    seen = []
    form.edited.connect(lambda: seen.append(1))
    form.page("basic").addressee.setText("議長")
    form.stack_.undo()
    form.stack_.redo()
    assert len(seen) == 3


def test_visit_date_shown_and_cleared_through_the_form(qtbot):
    report = Report(destinations=[Destination("石川県", "金沢市", Visit(visited=date(2023, 7, 5)))])
    form = make_form(qtbot, report)
    page = form.page("visit", 0)
    assert page.visited.value() == date(2023, 7, 5)
    assert "令和５年７月５日" in page.visited.edit.text()
    page.visited.clear.click()
    assert form.report().destinations[0].visit.visited is None
    form.stack_.undo()
    assert form.report().destinations[0].visit.visited == date(2023, 7, 5)
    assert page.visited.value() == date(2023, 7, 5)
