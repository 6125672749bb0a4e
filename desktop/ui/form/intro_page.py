"""はじめに: the introduction paragraph(s)."""

from __future__ import annotations

from desktop.model.report import Report
from desktop.ui.form.fields import TextBinding
from desktop.ui.form.page import Page, focus_widget, hint, text_box


class IntroPage(Page):
    def __init__(self, ctx, report: Report, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("はじめに")
        _box, layout = self.group(self.tr("はじめに（本文の最初の段落）"))
        self.introduction = text_box(16)
        layout.addWidget(self.introduction)
        layout.addWidget(hint(self.tr("1行が1段落になります。段落の先頭の字下げは自動で付きます。")))
        TextBinding(ctx, self.introduction, report, "introduction", self.tr("はじめに"))
        self.finish()

    def focus(self, key: tuple) -> bool:
        return key == ("introduction",) and focus_widget(self.introduction)
