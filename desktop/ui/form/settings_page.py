"""設定: output settings stored in the report."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop.model.report import Report
from desktop.ui.form.choices import FONTS
from desktop.ui.form.fields import CheckBinding, ComboBinding, LineBinding
from desktop.ui.form.page import Page, focus_widget


class SettingsPage(Page):
    def __init__(self, ctx, report: Report, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("設定")
        _box, form = self.group(self.tr("出力の設定"), form=True)
        self.page_numbers = QCheckBox(self.tr("ページ番号を付ける"))
        self.font = QComboBox()
        self.font.addItems(FONTS)
        self.font.setToolTip(self.tr("DOCX 出力で使う明朝体"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("空欄なら委員会名"))
        form.addRow(self.tr("ページ番号"), self.page_numbers)
        form.addRow(self.tr("DOCX のフォント"), self.font)
        form.addRow(self.tr("作成者"), self.author)
        settings = report.settings
        CheckBinding(ctx, self.page_numbers, settings, "page_numbers", self.tr("ページ番号"))
        ComboBinding(ctx, self.font, settings, "font", self.tr("フォント"))
        LineBinding(ctx, self.author, settings, "author", self.tr("作成者"))
        self.widgets = {"page_numbers": self.page_numbers, "font": self.font, "author": self.author}
        self.finish()

    def focus(self, key: tuple) -> bool:
        if key == ("settings",):
            return focus_widget(self.page_numbers)
        widget = self.widgets.get(key[1]) if len(key) == 2 and key[0] == "settings" else None
        return widget is not None and focus_widget(widget)
