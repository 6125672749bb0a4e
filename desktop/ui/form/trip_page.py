"""用務・期間・出張先: purpose, topics, period, destinations."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from desktop.document.numbering import topic_label
from desktop.model.report import Destination, Report, Topic
from desktop.ui.form.choices import PREFECTURES
from desktop.ui.form.fields import DateBinding, DateField, LineBinding
from desktop.ui.form.lists import Column, ListEditor, field
from desktop.ui.form.page import Page, focus_widget, hint


class TripPage(Page):
    def __init__(self, ctx, report: Report, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("用務・期間・出張先")
        _box, layout = self.group(self.tr("用務"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("例: 所管事項調査"))
        form = QFormLayout()
        form.addRow(self.tr("用務の区分"), self.purpose)
        layout.addLayout(form)
        LineBinding(ctx, self.purpose, report, "purpose", self.tr("用務の区分"))
        self.topics = ListEditor(ctx, [Column(self.tr("調査項目"), field("title"))],
                                 Topic, self.tr("用務"), numbering=topic_label, visible_rows=4)
        layout.addWidget(QLabel(self.tr("調査項目（並べ替えると番号も変わります）")))
        layout.addWidget(self.topics)
        self.topics.set_list(report.topics)

        _box, form = self.group(self.tr("期間"), form=True)
        self.start = DateField()
        self.end = DateField()
        form.addRow(self.tr("出発日"), self.start)
        form.addRow(self.tr("帰着日"), self.end)
        DateBinding(ctx, self.start, report, "start", self.tr("出発日"))
        DateBinding(ctx, self.end, report, "end", self.tr("帰着日"))

        _box, layout = self.group(self.tr("出張先"))
        self.destinations = ListEditor(ctx, [
            Column(self.tr("都道府県"), field("prefecture"), kind="combo", choices=PREFECTURES,
                   width=140),
            Column(self.tr("市区町村"), field("city")),
        ], Destination, self.tr("出張先"), visible_rows=3)
        layout.addWidget(self.destinations)
        layout.addWidget(hint(self.tr("出張先ごとの視察内容は左の一覧の各出張先のページで入力します。")))
        self.destinations.set_list(report.destinations)
        self.finish()

    def focus(self, key: tuple) -> bool:
        if key in (("purpose",), ("start",), ("end",)):
            return focus_widget(getattr(self, key[0]))
        if key[0] in ("topics", "destinations") and 2 <= len(key) <= 3:
            attr = key[2] if len(key) == 3 else None
            return getattr(self, key[0]).focus_entry(key[1], attr)
        return False
