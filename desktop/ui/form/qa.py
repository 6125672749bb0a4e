"""主な質疑応答: question/answer pairs, the selected pair edited below the list."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.jtext import fullwidth_number
from desktop.model.report import QA, Visit
from desktop.ui.form.fields import TextBinding
from desktop.ui.form.lists import Column, ListEditor, field
from desktop.ui.form.page import focus_widget, text_box


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class QAEditor(QWidget):
    def __init__(self, ctx, visit: Visit, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.visit = ctx, visit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pairs = ListEditor(ctx, [
            Column(self.tr("質問"), field("question"), kind="display",
                   display=lambda qa: _first_line(qa.question) or self.tr("（質問未入力）")),
        ], QA, self.tr("質疑応答"), numbering=lambda n: "Ｑ" + fullwidth_number(n), visible_rows=4)
        layout.addWidget(self.pairs)
        grid = QGridLayout()
        self.question = text_box(4)
        self.answer = text_box(4)
        grid.addWidget(QLabel(self.tr("質問 Ｑ")), 0, 0)
        grid.addWidget(QLabel(self.tr("回答 Ａ")), 0, 1)
        grid.addWidget(self.question, 1, 0)
        grid.addWidget(self.answer, 1, 1)
        layout.addLayout(grid)
        self.question_binding = TextBinding(ctx, self.question, label=self.tr("質問"))
        self.answer_binding = TextBinding(ctx, self.answer, label=self.tr("回答"))
        self.pairs.current_changed.connect(self._select)
        self.pairs.added.connect(lambda row: self.focus((row, "question")))
        self.pairs.set_list(visit.qa)
        if visit.qa:
            self.pairs.select_row(0)
        self._select(self.pairs.current_row())

    def _select(self, row: int) -> None:
        pair = self.visit.qa[row] if 0 <= row < len(self.visit.qa) else None
        if pair is None:
            self.question_binding.bind(None, None)
            self.answer_binding.bind(None, None)
        elif self.question_binding.obj is not pair:
            self.question_binding.bind(pair, "question")
            self.answer_binding.bind(pair, "answer")

    def focus(self, key: tuple) -> bool:
        """key after ("qa",): (i,) or (i, "question"|"answer")."""
        if not key or not self.pairs.focus_entry(key[0]):
            return False
        self._select(key[0])
        if len(key) == 2 and key[1] in ("question", "answer"):
            return focus_widget(getattr(self, key[1]))
        return focus_widget(self.question) if len(key) == 1 else False
