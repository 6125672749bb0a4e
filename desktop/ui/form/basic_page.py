"""基本情報: title, addressee, honorific, submission date."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.jtext import format_submission_date
from desktop.model.report import Report
from desktop.ui.form.choices import HONORIFICS
from desktop.ui.form.fields import ComboBinding, DateBinding, DateField, LineBinding
from desktop.ui.form.page import Page, focus_widget


class BasicPage(Page):
    def __init__(self, ctx, report: Report, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("基本情報")
        _box, form = self.group(self.tr("表題と宛先"), form=True)
        self.title_edit = QLineEdit()
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(self.tr("例: 下関市議会議長"))
        self.honorific = QComboBox()
        self.honorific.setEditable(True)
        self.honorific.addItems(HONORIFICS)
        self.honorific.setMaximumWidth(120)
        self.submitted = DateField(format_submission_date)
        form.addRow(self.tr("表題"), self.title_edit)
        form.addRow(self.tr("宛先"), self.addressee)
        form.addRow(self.tr("敬称"), self.honorific)
        form.addRow(self.tr("提出日"), self.submitted)
        self.first_field = self.title_edit
        self.widgets = {"title": self.title_edit, "addressee": self.addressee,
                        "honorific": self.honorific, "submitted": self.submitted}
        LineBinding(ctx, self.title_edit, report, "title", self.tr("表題"))
        LineBinding(ctx, self.addressee, report, "addressee", self.tr("宛先"))
        ComboBinding(ctx, self.honorific, report, "honorific", self.tr("敬称"))
        DateBinding(ctx, self.submitted, report, "submitted", self.tr("提出日"))
        self.finish()

    def focus(self, key: tuple) -> bool:
        widget = self.widgets.get(key[0]) if len(key) == 1 else None
        return widget is not None and focus_widget(widget)
