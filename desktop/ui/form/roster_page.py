"""職氏名: committee, members, secretariat and staff."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.model.presets import member_roles, staff_titles
from desktop.model.report import Member, Report, Staff
from desktop.ui.form.choices import ROLES
from desktop.ui.form.fields import LineBinding
from desktop.ui.form.lists import Column, ListEditor, field
from desktop.ui.form.page import Page, focus_widget

NAME_FIELDS = {"family", "given"}


class RosterPage(Page):
    def __init__(self, ctx, report: Report, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("職氏名")
        _box, layout = self.group(self.tr("委員会"))
        self.committee = QLineEdit()
        self.committee.setPlaceholderText(self.tr("例: 総務委員会"))
        row = _labelled(self.tr("委員会名"), self.committee)
        self.preset = QComboBox()
        self.preset.setToolTip(self.tr("プリセットの委員会を選ぶと、委員会名と委員（と職員）が入ります"))
        self.preset.activated.connect(self._choose_preset)
        row.addWidget(self.preset)
        layout.addLayout(row)
        self.report = report
        self._fill_presets()
        LineBinding(ctx, self.committee, report, "committee", self.tr("委員会名"))
        self.members = ListEditor(ctx, [
            Column(self.tr("役職"), field("role"), kind="combo", choices=ROLES, width=130,
                   completions=lambda: member_roles(self._presets(), self.report)),
            Column(self.tr("姓"), field("name", "family")),
            Column(self.tr("名"), field("name", "given")),
        ], Member, self.tr("委員"), visible_rows=7)
        layout.addWidget(QLabel(self.tr("委員（役職は一覧から選ぶか入力）")))
        layout.addWidget(self.members)
        self.members.set_list(report.members)

        _box, layout = self.group(self.tr("事務局"))
        self.secretariat = QLineEdit()
        layout.addLayout(_labelled(self.tr("事務局名"), self.secretariat))
        LineBinding(ctx, self.secretariat, report, "secretariat", self.tr("事務局名"))
        self.staff = ListEditor(ctx, [
            Column(self.tr("職名"), field("title"), width=170,
                   completions=lambda: staff_titles(self._presets(), self.report)),
            Column(self.tr("姓"), field("name", "family")),
            Column(self.tr("名"), field("name", "given")),
        ], Staff, self.tr("職員"), visible_rows=3)
        layout.addWidget(QLabel(self.tr("随行職員")))
        layout.addWidget(self.staff)
        self.staff.set_list(report.staff)
        self.finish()

    def _presets(self):
        source = getattr(self.ctx, "presets", None)
        return source() if source is not None else None

    def _fill_presets(self) -> None:
        presets = self._presets()
        names = presets.committee_names() if presets is not None else []
        self.preset.clear()
        self.preset.addItem(self.tr("プリセットから選ぶ"))
        self.preset.addItems(names)
        self.preset.setVisible(bool(names))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._fill_presets()  # the presets file may have changed
        super().showEvent(event)

    def _choose_preset(self, index: int) -> None:
        """Choosing a committee fills its name and roster (one undo step)."""
        from desktop.model.presets import apply_committee
        from desktop.model.report import Report as _Report
        from desktop.ui.form.commands import ReplaceList, SetValue

        presets = self._presets()
        name = self.preset.itemText(index)
        self.preset.setCurrentIndex(0)
        filled = _Report(staff=list(self.report.staff))
        if index <= 0 or presets is None or not apply_committee(filled, presets, name):
            return
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("プリセットの委員会: {0}").format(name))
        self.ctx.push(SetValue(self.ctx, self.report, "committee", filled.committee))
        self.ctx.push(ReplaceList(self.ctx, self.report.members, filled.members))
        if filled.staff != self.report.staff:
            self.ctx.push(ReplaceList(self.ctx, self.report.staff, filled.staff))
        stack.endMacro()

    def focus(self, key: tuple) -> bool:
        if key in (("committee",), ("secretariat",)):
            return focus_widget(getattr(self, key[0]))
        if key[0] in ("members", "staff") and len(key) >= 2:
            attr = key[-1] if len(key) >= 3 else None
            return getattr(self, key[0]).focus_entry(key[1], attr)
        return False


def _labelled(text: str, widget):
    from PySide6.QtWidgets import QHBoxLayout

    row = QHBoxLayout()
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget, 1)
    return row
