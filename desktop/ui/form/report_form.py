"""ReportForm: every field of the report as Japanese-labelled widgets, with undo.

A navigation list at the left (基本情報 / 職氏名 / 用務・期間・出張先 / はじめに /
one page per destination / 設定) and the selected page in a scroll area at the
right. A page (and its module) is built only when it is first shown, asked for
(``page``) or focused (``focus_field``): opening a report builds just the page
in view, and not before the form is visible. Adding, removing or reordering a
destination adds, removes or moves its navigation row.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop.model.report import Destination, Report
from desktop.ui.enumprops import set_enum
from desktop.ui.form.basic_page import BasicPage
from desktop.ui.form.context import EditContext
from desktop.ui.form.page import Page, first_field

NAV_WIDTH = 168

ROUTES = {
    "title": "basic", "addressee": "basic", "honorific": "basic", "submitted": "basic",
    "committee": "roster", "members": "roster", "secretariat": "roster", "staff": "roster",
    "purpose": "trip", "topics": "trip", "start": "trip", "end": "trip", "destinations": "trip",
    "introduction": "intro", "settings": "settings",
}


class _Entry:
    """A navigation row and its page (None until built)."""

    __slots__ = ("kind", "nav", "make", "destination", "page", "scroll")

    def __init__(self, kind: str, nav: QListWidgetItem, make: Callable[[], Page],
                 destination: Destination | None = None) -> None:
        self.kind = kind  # basic, roster, trip, intro, visit, settings
        self.nav = nav
        self.make = make
        self.destination = destination
        self.page: Page | None = None
        self.scroll: QScrollArea | None = None  # made with the page


class ReportForm(QWidget):
    edited = Signal()
    """Emitted after every change to the model, including undo and redo."""
    page_shown = Signal(int)
    """A page came into view: the index of its destination, or -1 for the other pages."""
    block_shown = Signal(int, str)
    """A block is being edited: its destination's index and its first line of text."""

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx = EditContext(undo_stack, self)
        self.ctx.edited.connect(self.edited)
        self.show_error: Callable[[str], None] = self._show_error
        self.ask_confirm: Callable[[str], bool] = self._ask_confirm
        self.ask_photo_path: Callable[[], str | None] = self._ask_photo_path
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setSpacing(1)
        set_enum(self.nav, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum(self.nav, "textElideMode", "ElideRight")
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.entries: list[_Entry] = []
        self.set_report(Report())  # cheap: no page is built before one is shown

    # -- public API ----------------------------------------------------------

    def report(self) -> Report:
        return self._report

    def set_report(self, report: Report) -> None:
        """Show this report (edited in place). The undo stack is not touched."""
        ctx = self.ctx
        ctx.binder.clear()
        self.nav.blockSignals(True)
        for entry in self.entries:
            self._drop_page(entry)
        self.nav.clear()
        self.entries = []
        self._report = report
        for kind, title in (("basic", self.tr("基本情報")), ("roster", self.tr("職氏名")),
                            ("trip", self.tr("用務・期間・出張先")), ("intro", self.tr("はじめに")),
                            ("settings", self.tr("設定"))):
            self._add_entry(len(self.entries), kind, title, self._maker(kind, report))
        self.owner = ctx.binder.new_owner()
        ctx.binder.watch(report.destinations, None, self._sync_destinations, self.owner)
        ctx.binder.watch_type(Destination, self._destination_renamed, self.owner)
        self._sync_destinations(current_kind="basic")

    def focus_field(self, key: tuple) -> bool:
        """Show the page holding the field at ``key`` and focus it; False if unknown."""
        if not key or not isinstance(key, tuple) or key[0] not in ROUTES:
            return False
        if key[0] == "destinations" and len(key) >= 3 and key[2] == "visit":
            entry = next((e for e in self.entries if e.kind == "visit"
                          and isinstance(key[1], int) and 0 <= key[1] < len(self._report.destinations)
                          and e.destination is self._report.destinations[key[1]]), None)
            rest = key[3:]
        else:
            entry = next(e for e in self.entries if e.kind == ROUTES[key[0]])
            rest = key
        if entry is None:
            return False
        self.nav.setCurrentItem(entry.nav)
        page = self._page(entry)
        self.stack.setCurrentWidget(entry.scroll)
        return bool(page.focus(rest))

    def focus_first(self) -> None:
        """Show 基本情報 with the keyboard in its first field (after launch and 新規)."""
        self.nav.setCurrentRow(0)
        if not self.isVisible():
            self._focus_pending = True  # done by showEvent
            return
        self._focus_pending = False
        self._focus_first_field(self.entries[0])

    def step_page(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous page, its first field focused."""
        row = self.nav.currentRow() + step
        if 0 <= row < len(self.entries):
            self.nav.setCurrentRow(row)
            self._focus_first_field(self.entries[row])

    def _focus_first_field(self, entry: _Entry) -> None:
        """Focus the page's first field, scrolled into view. (Through the scroll area we
        made: walking up parentWidget() from the field meets Qt's own viewport widget,
        whose Python class costs the first frame ~15 ms to resolve.)"""
        widget = first_field(self._page(entry))
        if widget is not None:
            entry.scroll.ensureWidgetVisible(widget, 40, 40)
            widget.setFocus()

    def page(self, kind: str, index: int = 0) -> Page:
        """The page of a kind (for a visit, of destination ``index``), built if needed."""
        entries = [e for e in self.entries if e.kind == kind]
        return self._page(entries[index])

    # -- ask-methods (tests replace them) -----------------------------------

    def _show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("出張報告書エディタ"), message)

    def _ask_confirm(self, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("出張報告書エディタ"), message,
                          buttons.Yes | buttons.Cancel, self)
        box.button(buttons.Yes).setText(self.tr("削除する"))
        box.button(buttons.Cancel).setText(self.tr("キャンセル"))
        box.setDefaultButton(buttons.Cancel)
        return box.exec() == buttons.Yes

    def _ask_photo_path(self) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("写真を選ぶ"), "",
            self.tr("画像 (*.jpg *.jpeg *.png);;すべてのファイル (*)"))
        return path or None

    # -- pages ---------------------------------------------------------------

    def _maker(self, kind: str, report: Report) -> Callable[[], Page]:
        """How to build a page of ``kind``; its module is imported only then."""
        ctx = self.ctx
        if kind == "basic":
            return lambda: BasicPage(ctx, report)
        if kind == "roster":
            def make():
                from desktop.ui.form.roster_page import RosterPage
                return RosterPage(ctx, report)
        elif kind == "trip":
            def make():
                from desktop.ui.form.trip_page import TripPage
                return TripPage(ctx, report)
        elif kind == "intro":
            def make():
                from desktop.ui.form.intro_page import IntroPage
                return IntroPage(ctx, report)
        elif kind == "settings":
            def make():
                from desktop.ui.form.settings_page import SettingsPage
                return SettingsPage(ctx, report)
        else:
            raise ValueError(kind)
        return make

    def _visit_maker(self, destination: Destination) -> Callable[[], Page]:
        ctx, report = self.ctx, self._report

        def make():
            from desktop.ui.form.visit_page import VisitPage
            return VisitPage(ctx, report, destination)
        return make

    def _add_entry(self, row: int, kind: str, title: str, make, destination=None) -> _Entry:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(NAV_WIDTH - 8, 30))
        entry = _Entry(kind, item, make, destination)
        self.nav.insertItem(row, item)
        self.entries.insert(row, entry)
        return entry

    def _page(self, entry: _Entry) -> Page:
        if entry.page is None:
            entry.page = entry.make()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(entry.page)
            self.stack.addWidget(scroll)
            entry.scroll = scroll
        return entry.page

    def _drop_page(self, entry: _Entry) -> None:
        if entry.scroll is not None:
            self.stack.removeWidget(entry.scroll)
            entry.scroll.deleteLater()  # the page's bindings drop their watches as it goes
            entry.scroll = entry.page = None

    def _show_row(self, row: int) -> None:
        """Show the page of a navigation row; before the form is visible only remember it."""
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        if entry.page is None and not self.isVisible():
            return  # built by showEvent, so a report replaced before that costs nothing
        self._page(entry)
        self.stack.setCurrentWidget(entry.scroll)
        destinations = self._report.destinations
        self.page_shown.emit(next((i for i, d in enumerate(destinations) if d is entry.destination), -1)
                             if entry.kind == "visit" else -1)

    _focus_pending = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._show_row(self.nav.currentRow())
        super().showEvent(event)
        if self._focus_pending:
            self._focus_pending = False
            entry = self.entries[self.nav.currentRow()]
            if entry.page is not None:
                self._focus_first_field(entry)

    def _visit_title(self, destination: Destination) -> str:
        return "　" + (destination.city or destination.prefecture or self.tr("（出張先）"))

    def _sync_destinations(self, current_kind: str = "") -> None:
        """Add, remove and reorder destination rows to follow report.destinations.

        The current row stays current; if it was removed, 用務・期間・出張先 is shown
        (``current_kind`` picks the row instead).
        """
        current = None if current_kind else self.nav.currentItem()
        self.nav.blockSignals(True)
        old = {id(e.destination): e for e in self.entries if e.kind == "visit"}
        for entry in old.values():
            row = self.entries.index(entry)
            self.nav.takeItem(row)
            self.entries.pop(row)
        first = next(i for i, e in enumerate(self.entries) if e.kind == "intro") + 1
        for offset, destination in enumerate(self._report.destinations):
            row = first + offset
            entry = old.pop(id(destination), None)
            if entry is None:
                self._add_entry(row, "visit", self._visit_title(destination),
                                self._visit_maker(destination), destination)
            else:
                self.nav.insertItem(row, entry.nav)
                self.entries.insert(row, entry)
        for entry in old.values():  # removed destinations
            self._drop_page(entry)
        rows = [i for i, e in enumerate(self.entries) if e.nav is current]
        kind = current_kind or "trip"
        self.nav.setCurrentRow(rows[0] if rows else next(
            i for i, e in enumerate(self.entries) if e.kind == kind))
        self.nav.blockSignals(False)
        self._show_row(self.nav.currentRow())

    def _destination_renamed(self, destination, _attr) -> None:
        for entry in self.entries:
            if entry.destination is destination:
                entry.nav.setText(self._visit_title(destination))
