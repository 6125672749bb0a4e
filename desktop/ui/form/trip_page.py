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
        self.report = report
        self.topics.remover = self._remove_topic
        self.destinations.remover = self._remove_destination
        self.finish()

    # -- deleting what other parts use (issue 12, finding 5) ---------------------------

    def _remove_topic(self, row: int) -> bool:
        """A topic that visits write about: ask, naming the sections that go with it."""
        from desktop.ui.form.commands import RemoveItem

        report, ctx = self.report, self.ctx
        topic = report.topics[row]
        used = [(d, s) for d in report.destinations for s, section in enumerate(d.visit.sections)
                if section.topic_id == topic.id]
        if not used:
            return False
        places = "、".join(_place(d) for d, _s in used)
        blocks = sum(_count_blocks(d.visit.sections[s].blocks) for d, s in used)
        message = self.tr("用務「{0}」を削除すると、{1}での「{0}」の節（ブロック {2} 個）も削除されます。"
                          "削除しますか？").format(topic.title or self.tr("（無題）"), places, blocks)
        if not ctx.form.ask_confirm(message):
            return True
        stack = ctx.undo_stack
        stack.beginMacro(self.tr("削除: 用務"))
        for d, s in reversed(used):
            ctx.push(RemoveItem(ctx, d.visit.sections, s))
        ctx.push(RemoveItem(ctx, report.topics, row))
        stack.endMacro()
        return True

    def _remove_destination(self, row: int) -> bool:
        """A destination with visit content: ask, naming what goes."""
        visit = self.report.destinations[row].visit
        parts = []
        if visit.overview.strip() or visit.description.strip():
            parts.append(self.tr("紹介文・調査概要"))
        if visit.hosts:
            parts.append(self.tr("出席者 {0} 団体").format(len(visit.hosts)))
        if visit.sections:
            parts.append(self.tr("用務の節 {0} 個").format(len(visit.sections)))
        photos = sum(_count_blocks(s.blocks, photos=True) for s in visit.sections)
        if photos:
            parts.append(self.tr("写真 {0} 枚").format(photos))
        if visit.qa:
            parts.append(self.tr("質疑応答 {0} 件").format(len(visit.qa)))
        if not parts:
            return False
        message = self.tr("出張先「{0}」を削除すると、{1}も削除されます。削除しますか？").format(
            _place(self.report.destinations[row]), "、".join(parts))
        return not self.ctx.form.ask_confirm(message)  # declined: handled; agreed: removed as usual

    def focus(self, key: tuple) -> bool:
        if key in (("purpose",), ("start",), ("end",)):
            return focus_widget(getattr(self, key[0]))
        if key[0] in ("topics", "destinations") and 2 <= len(key) <= 3:
            attr = key[2] if len(key) == 3 else None
            return getattr(self, key[0]).focus_entry(key[1], attr)
        return False


def _place(destination) -> str:
    return destination.city or destination.prefecture or "?"


def _count_blocks(blocks: list, photos: bool = False) -> int:
    from desktop.model.report import Photo

    count = 0
    for block in blocks:
        if not photos or isinstance(block, Photo):
            count += 1
        count += _count_blocks(getattr(block, "children", []), photos)
    return count
