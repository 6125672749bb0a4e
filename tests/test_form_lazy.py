"""The form builds a page only when it is shown, asked for or focused, and start-up
loads only what the first page needs. Behaviour stays the same: navigation,
focus_field, destination add/remove/reorder and the date pop-up all still work."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from conftest import SAMPLE
from desktop.model.draft import load_draft
from desktop.model.report import Destination, Report
from desktop.ui.form.fields import DateField
from formkit import make_form, set_cell
from freshwindow import run_with_window


def _built(form) -> list[str]:
    return [e.kind for e in form.entries if e.page is not None]


def _shown(form, qtbot):
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)


def test_no_page_is_built_before_the_form_shows(qtbot):
    form = make_form(qtbot, Report())
    form.set_report(load_draft(SAMPLE))  # a blank report replaced at once costs nothing
    assert _built(form) == []
    assert form.stack.count() == 0
    _shown(form, qtbot)
    assert _built(form) == ["basic"]
    page = form.stack.currentWidget().widget()
    assert page is form.page("basic")
    assert page.addressee.text() == form.report().addressee != ""


def test_navigation_builds_each_page_once(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    _shown(form, qtbot)
    rows = {e.kind: i for i, e in reversed(list(enumerate(form.entries)))}
    form.nav.setCurrentRow(rows["trip"])
    trip = form.page("trip")
    assert form.stack.currentWidget().widget() is trip
    assert sorted(_built(form)) == ["basic", "trip"]
    form.nav.setCurrentRow(rows["visit"])  # the first destination
    assert form.stack.currentWidget().widget() is form.page("visit", 0)
    form.nav.setCurrentRow(rows["trip"])
    assert form.page("trip") is trip and form.stack.currentWidget().widget() is trip
    assert sorted(_built(form)) == ["basic", "trip", "visit"]


def test_focus_field_builds_its_page_even_before_the_form_shows(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    assert form.focus_field(("destinations", 1, "visit", "overview"))
    visit = form.page("visit", 1)
    assert form.stack.currentWidget().widget() is visit
    assert _built(form) == ["visit"]
    assert visit.overview.toPlainText() == form.report().destinations[1].visit.overview


def test_destinations_follow_without_their_pages_built(qtbot):
    form = make_form(qtbot, load_draft(SAMPLE))
    _shown(form, qtbot)
    trip = form.page("trip")
    names = lambda: [form.nav.item(i).text().strip() for i in range(form.nav.count())]  # noqa: E731
    first, second = (d.city for d in form.report().destinations)
    trip.destinations.move(1, 0)
    assert names()[4:6] == [second, first]
    trip.destinations.add_button.click()
    set_cell(trip.destinations, 1, 1, "福井市")
    assert names()[4:7] == [second, "福井市", first]
    assert [e.destination for e in form.entries if e.kind == "visit"] == form.report().destinations
    assert "visit" not in _built(form)
    form.page("visit", 1).population.setText("約２６万人")
    trip.destinations.select_row(1)
    trip.destinations.remove()
    assert names()[4:6] == [second, first]
    form.stack_.undo()  # the destination comes back, and its page shows its data
    assert form.page("visit", 1).population.text() == "約２６万人"
    assert isinstance(form.report().destinations[1], Destination)


def test_an_empty_date_still_opens_its_calendar_at_this_month(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(None)
    field.open_calendar()
    calendar = field.calendar()
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()


def test_start_up_builds_only_the_first_page_and_loads_no_later_modules(tmp_path):
    """In a fresh process, up to the window showing the sample (no event processed)."""
    out = run_with_window(tmp_path, """
        before = [e.kind for e in win.form.entries if e.page is not None]
        win.show()
        after = [e.kind for e in win.form.entries if e.page is not None]
        late = ("desktop.ui.form.roster_page", "desktop.ui.form.trip_page",
                "desktop.ui.form.visit_page", "desktop.ui.form.block_tree", "desktop.ui.form.lists",
                "desktop.document", "desktop.render", "desktop.model.checks", "desktop.imaging",
                "desktop.writers", "desktop.export", "docx", "PySide6.QtPrintSupport")
        print("BUILT", before, after, win.form.page("basic").title_edit.text())
        print("LOADED", [m for m in late if m in sys.modules])
    """)
    assert "BUILT [] ['basic'] 出張報告書" in out.stdout, out.stdout + out.stderr
    assert "LOADED []" in out.stdout, out.stdout + out.stderr
