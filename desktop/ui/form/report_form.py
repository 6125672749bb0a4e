"""ReportForm: every field of the report as Japanese-labelled widgets, with undo.

A navigation list at the left (基本情報 / 職氏名 / 用務・期間・出張先 / はじめに /
one page per destination / 設定) and the selected page in a scroll area at the
right. Destination pages are built the first time they are shown, so a large
report opens quickly; adding or removing a destination adds or removes its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop.model.report import Destination, Report
from desktop.ui.form.basic_page import BasicPage
from desktop.ui.form.context import EditContext
from desktop.ui.form.intro_page import IntroPage
from desktop.ui.form.page import Page
from desktop.ui.form.roster_page import RosterPage
from desktop.ui.form.settings_page import SettingsPage
from desktop.ui.form.trip_page import TripPage
from desktop.ui.form.visit_page import VisitPage

NAV_WIDTH = 168

ROUTES = {
    "title": "basic", "addressee": "basic", "honorific": "basic", "submitted": "basic",
    "committee": "roster", "members": "roster", "secretariat": "roster", "staff": "roster",
    "purpose": "trip", "topics": "trip", "start": "trip", "end": "trip", "destinations": "trip",
    "introduction": "intro", "settings": "settings",
}


@dataclass
class _Entry:
    kind: str                      # basic, roster, trip, intro, visit, settings
    scroll: QScrollArea
    nav: QListWidgetItem
    make: Callable[[], Page]
    destination: Destination | None = None
    page: Page | None = None


class ReportForm(QWidget):
    edited = Signal()
    """Emitted after every change to the model, including undo and redo."""

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.ctx = EditContext(undo_stack, self)
        self.ctx.edited.connect(self.edited)
        self.show_error: Callable[[str], None] = self._show_error
        self.ask_photo_path: Callable[[], str | None] = self._ask_photo_path
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setSpacing(1)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.entries: list[_Entry] = []
        self._report = Report()
        self.set_report(self._report)

    # -- public API ----------------------------------------------------------

    def report(self) -> Report:
        return self._report

    def set_report(self, report: Report) -> None:
        """Show this report (edited in place). The undo stack is not touched."""
        self.setUpdatesEnabled(False)
        try:
            self.ctx.binder.clear()
            self.nav.blockSignals(True)
            for entry in self.entries:
                self.stack.removeWidget(entry.scroll)
                entry.scroll.deleteLater()
            self.nav.clear()
            self.entries = []
            self._report = report
            ctx = self.ctx
            for kind, title, make in (
                    ("basic", self.tr("基本情報"), lambda: BasicPage(ctx, report)),
                    ("roster", self.tr("職氏名"), lambda: RosterPage(ctx, report)),
                    ("trip", self.tr("用務・期間・出張先"), lambda: TripPage(ctx, report)),
                    ("intro", self.tr("はじめに"), lambda: IntroPage(ctx, report)),
                    ("settings", self.tr("設定"), lambda: SettingsPage(ctx, report))):
                self._add_entry(len(self.entries), kind, title, make)
            self.owner = ctx.binder.new_owner()
            ctx.binder.watch(report.destinations, None, self._sync_destinations, self.owner)
            ctx.binder.watch_type(Destination, self._destination_renamed, self.owner)
            self._sync_destinations()
            self.nav.blockSignals(False)
            self.nav.setCurrentRow(0)
            self._show_row(0)
        finally:
            self.setUpdatesEnabled(True)

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
        return bool(page.focus(rest))

    def page(self, kind: str, index: int = 0) -> Page:
        """The page of a kind (for a visit, of destination ``index``), built if needed."""
        entries = [e for e in self.entries if e.kind == kind]
        return self._page(entries[index])

    # -- ask-methods (tests replace them) -----------------------------------

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("出張報告書エディタ"), message)

    def _ask_photo_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("写真を選ぶ"), "",
            self.tr("画像 (*.jpg *.jpeg *.png);;すべてのファイル (*)"))
        return path or None

    # -- pages ---------------------------------------------------------------

    def _add_entry(self, row: int, kind: str, title: str, make, destination=None) -> _Entry:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(NAV_WIDTH - 8, 30))
        entry = _Entry(kind, scroll, item, make, destination)
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, scroll)
        self.entries.insert(row, entry)
        return entry

    def _page(self, entry: _Entry) -> Page:
        if entry.page is None:
            entry.page = entry.make()
            entry.scroll.setWidget(entry.page)
        return entry.page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self._page(entry)
            self.stack.setCurrentWidget(entry.scroll)

    def _visit_title(self, destination: Destination) -> str:
        return "　" + (destination.city or destination.prefecture or self.tr("（出張先）"))

    def _sync_destinations(self) -> None:
        """Add, remove and reorder destination pages to follow report.destinations."""
        current = self.nav.currentItem()
        self.nav.blockSignals(True)
        old = {id(e.destination): e for e in self.entries if e.kind == "visit"}
        first = next(i for i, e in enumerate(self.entries) if e.kind == "intro") + 1
        for entry in old.values():
            row = self.entries.index(entry)
            self.nav.takeItem(row)
            self.stack.removeWidget(entry.scroll)
            self.entries.pop(row)
        report = self._report
        for offset, destination in enumerate(report.destinations):
            row = first + offset
            entry = old.pop(id(destination), None)
            if entry is None:
                self._add_entry(row, "visit", self._visit_title(destination),
                                lambda d=destination: VisitPage(self.ctx, report, d), destination)
            else:
                self.nav.insertItem(row, entry.nav)
                self.stack.insertWidget(row, entry.scroll)
                self.entries.insert(row, entry)
        for entry in old.values():  # removed destinations
            entry.scroll.deleteLater()
        rows = [i for i, e in enumerate(self.entries) if e.nav is current]
        self.nav.setCurrentRow(rows[0] if rows else next(
            i for i, e in enumerate(self.entries) if e.kind == "trip"))
        self.nav.blockSignals(False)
        self._show_row(self.nav.currentRow())

    def _destination_renamed(self, destination, _attr) -> None:
        for entry in self.entries:
            if entry.destination is destination:
                entry.nav.setText(self._visit_title(destination))
