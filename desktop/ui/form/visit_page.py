"""One destination's page: topics covered, visit date, profile, attendees, overview, sections, Q&A."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.document.numbering import topic_label
from desktop.model.report import Destination, Report, Topic
from desktop.ui.form.block_tree import BlockTree
from desktop.ui.form.commands import toggle_topic
from desktop.ui.form.fields import DateBinding, DateField, LineBinding, TextBinding
from desktop.ui.form.hosts import HostsEditor
from desktop.ui.form.page import Page, focus_widget, hint, text_box
from desktop.ui.form.qa import QAEditor


class VisitPage(Page):
    def __init__(self, ctx, report: Report, destination: Destination, parent=None) -> None:
        super().__init__(ctx, parent)
        self.report, self.destination = report, destination
        visit = self.visit = destination.visit
        self.owner = ctx.binder.new_owner()
        self.destroyed.connect(lambda *_: ctx.binder.drop(self.owner))

        self.topics_box, self.topics_layout = self.group(self.tr("この出張先で扱う用務"))
        self.topic_checks: dict[str, QCheckBox] = {}
        self.no_topics = hint(self.tr("「用務・期間・出張先」のページで用務を入力してください。"))
        self.topics_layout.addWidget(self.no_topics)

        _box, form = self.group(self.tr("出張先の概要"), form=True)
        self.population = QLineEdit()
        self.population.setPlaceholderText(self.tr("例: 約４５万１千人"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("例: 約４６９㎢"))
        self.description = text_box(5)
        self.visited = DateField()
        form.addRow(self.tr("視察日"), self.visited)
        form.addRow(self.tr("人口"), self.population)
        form.addRow(self.tr("面積"), self.area)
        form.addRow(self.tr("紹介"), self.description)
        LineBinding(ctx, self.population, visit.profile, "population", self.tr("人口"))
        LineBinding(ctx, self.area, visit.profile, "area", self.tr("面積"))
        TextBinding(ctx, self.description, visit, "description", self.tr("出張先の紹介"))
        DateBinding(ctx, self.visited, visit, "visited", self.tr("視察日"))

        _box, layout = self.group(self.tr("出席者等"))
        self.hosts = HostsEditor(ctx, visit)
        layout.addWidget(self.hosts)

        _box, layout = self.group(self.tr("調査概要"))
        self.overview = text_box(5)
        layout.addWidget(self.overview)
        TextBinding(ctx, self.overview, visit, "overview", self.tr("調査概要"))

        _box, layout = self.group(self.tr("用務ごとの内容"))
        self.blocks = BlockTree(ctx, report, visit)
        layout.addWidget(self.blocks)

        _box, layout = self.group(self.tr("主な質疑応答"))
        self.qa = QAEditor(ctx, visit)
        layout.addWidget(self.qa)
        self.finish()

        ctx.binder.watch(report.topics, None, self._topics_changed, self.owner)
        ctx.binder.watch_type(Topic, lambda *_: self._topics_changed(), self.owner)
        ctx.binder.watch(visit.sections, None, self._sections_changed, self.owner)
        self._topics_changed()

    @property
    def name(self) -> str:
        return self.destination.city or self.destination.prefecture or self.tr("（出張先）")

    # -- topics covered ------------------------------------------------------

    def _topics_changed(self) -> None:
        for box in self.topic_checks.values():
            self.topics_layout.removeWidget(box)
            box.deleteLater()
        self.topic_checks = {}
        for number, topic in enumerate(self.report.topics, start=1):
            box = QCheckBox(topic_label(number) + (topic.title or self.tr("（未入力）")))
            box.toggled.connect(lambda on, t=topic.id: self._toggle(t, on))
            self.topics_layout.insertWidget(self.topics_layout.count() - 1, box)
            self.topic_checks[topic.id] = box
        self.no_topics.setVisible(not self.report.topics)
        self._chain_topic_checks()
        self._sections_changed()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._chain_topic_checks()  # again: putting the page in its scroll area re-chains it
        super().showEvent(event)

    def _chain_topic_checks(self) -> None:
        """Tab goes from the topic check boxes (made after the page's other fields) to
        the next field of the page, not round the window (issue 12, finding 7)."""
        from desktop.ui.form.page import first_field

        boxes = list(self.topic_checks.values())
        if not boxes:
            return
        others = [w for w in self.findChildren(QWidget) if w not in boxes]
        after = first_field(self, others)
        if after is None:
            return
        from PySide6.QtCore import Qt

        tab = Qt.FocusPolicy.TabFocus.value
        chain, seen, widget = [], set(), after  # the page's fields in their Tab order, from ``after``
        while widget is not None and widget is not self and id(widget) not in seen \
                and self.isAncestorOf(widget):
            seen.add(id(widget))
            if widget not in boxes and widget.focusPolicy().value & tab:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        ordered = boxes + chain
        for first, second in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(first, second)

    def _sections_changed(self) -> None:
        covered = {s.topic_id: s for s in self.visit.sections}
        for topic_id, box in self.topic_checks.items():
            box.blockSignals(True)
            box.setChecked(topic_id in covered)
            box.blockSignals(False)
            section = covered.get(topic_id)
            box.setToolTip(self.tr("チェックを外すと、この用務の内容（%d 件）も外れます。"
                                   "「元に戻す」で戻せます。") % len(section.blocks)
                           if section is not None and section.blocks else "")

    def _toggle(self, topic_id: str, on: bool) -> None:
        command = toggle_topic(self.ctx, self.report, self.visit, topic_id, on)
        if command is not None:
            self.ctx.push(command)

    # -- focus ---------------------------------------------------------------

    def focus(self, key: tuple) -> bool:
        """key after ("destinations", i, "visit")."""
        if not key:
            return focus_widget(self.population)
        head, rest = key[0], key[1:]
        if head == "profile":
            if not rest:
                return focus_widget(self.population)
            return rest[0] in ("population", "area") and len(rest) == 1 and focus_widget(getattr(self, rest[0]))
        if head in ("description", "overview", "visited") and not rest:
            return focus_widget(getattr(self, head))
        if head == "hosts":
            return self.hosts.focus(rest) if rest else focus_widget(self.hosts.hosts.table)
        if head == "sections":
            if not rest:
                boxes = list(self.topic_checks.values())
                return focus_widget(boxes[0] if boxes else self.blocks.tree)
            return self.blocks.focus(rest)
        if head == "qa":
            return self.qa.focus(rest) if rest else focus_widget(self.qa.pairs.table)
        if head == "topics":
            boxes = list(self.topic_checks.values())
            return focus_widget(boxes[0] if boxes else self.topics_box)
        return False
