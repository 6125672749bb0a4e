"""出席者等: host organisations and, for the selected one, its people."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.model.report import Attendee, Host, Visit
from desktop.ui.form.lists import Column, ListEditor, field
from desktop.ui.form.page import hint


class HostsEditor(QWidget):
    def __init__(self, ctx, visit: Visit, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.visit = ctx, visit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hosts = ListEditor(ctx, [Column(self.tr("団体名（例: 金沢市、金沢市議会）"), field("name"))],
                                Host, self.tr("出席団体"), visible_rows=2)
        self.people_label = QLabel()
        self.people = ListEditor(ctx, [
            Column(self.tr("所属"), field("department"), width=136),
            Column(self.tr("氏名"), field("name"), width=64),
            Column(self.tr("役職"), field("title"), width=90),
            Column(self.tr("備考"), field("note")),
            Column(self.tr("同じ行"), field("joined"), kind="check", width=64),
        ], Attendee, self.tr("出席者"), visible_rows=4)
        self.people.table.horizontalHeaderItem(4).setToolTip(
            self.tr("前の人と同じ行に「、」でつなげて書く"))
        layout.addWidget(self.hosts)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people)
        layout.addWidget(hint(self.tr("同じ所属が同じ行で続くと「同局」「同部」のように出力されます。")))
        self.hosts.current_changed.connect(self._show_people)
        self.hosts.set_list(visit.hosts)
        if visit.hosts:
            self.hosts.select_row(0)
        self._show_people(self.hosts.current_row())
        # Its own owner: the list's is dropped at every rebuild of the list (issue 12,
        # finding 9: 「（名称未入力）」の出席者 stayed after the organisation was named).
        self.owner = ctx.binder.new_owner()
        self.destroyed.connect(lambda *_: ctx.binder.drop(self.owner))
        ctx.binder.watch_type(Host, self._host_renamed, self.owner)

    def _host(self) -> Host | None:
        row = self.hosts.current_row()
        return self.visit.hosts[row] if 0 <= row < len(self.visit.hosts) else None

    def _show_people(self, _row: int) -> None:
        host = self._host()
        if host is None:
            self.people_label.setText(self.tr("出席者（上で団体を選んでください）"))
            if self.people.items is not None:
                self.people.set_list(None)
            return
        self.people_label.setText(self.tr("「%s」の出席者") % (host.name or self.tr("（名称未入力）")))
        if self.people.items is not host.people:
            self.people.set_list(host.people)

    def _host_renamed(self, host, attr) -> None:
        if host is self._host():
            self._show_people(-1)

    def focus(self, key: tuple) -> bool:
        """key after ("hosts",): (i,), (i, "name"), (i, "people", j[, field])."""
        if not key or not isinstance(key[0], int):
            return False
        if len(key) <= 2 and (len(key) == 1 or key[1] == "name"):
            return self.hosts.focus_entry(key[0], "name")
        if len(key) >= 3 and key[1] == "people":
            if not self.hosts.focus_entry(key[0]):
                return False
            return self.people.focus_entry(key[2], key[3] if len(key) > 3 else None)
        return False
