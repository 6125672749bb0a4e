"""The editor of the block selected in the block tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.model.report import Item, Paragraph, Photo, Subheading, TopicSection
from desktop.ui.form.fields import LineBinding, SpinBinding, TextBinding
from desktop.ui.form.page import focus_widget, hint, text_box

THUMB_PX = 150


class BlockEditor(QStackedWidget):
    """One page per kind of block; ``show_block`` rebinds the fields to a block."""

    replace_photo = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.block = None
        self.none_page = self._page(hint(self.tr("上の一覧でブロックを選ぶと、ここで編集できます。")))
        self.section_label = QLabel()
        self.section_label.setWordWrap(True)
        self.section_page = self._page(self.section_label, hint(self.tr(
            "上のボタンで段落・小見出し（１））・項目（①）・写真を追加します。"
            "字下げで前の小見出しや項目の中に入れ、字上げで外に出します。")))

        self.text = text_box(8, fixed=False)
        self.text_binding = TextBinding(ctx, self.text, label=self.tr("段落"))
        self.paragraph_page = self._page(QLabel(self.tr("段落（1行が1段落）")), self.text)

        self.sub_title = QLineEdit()
        self.sub_binding = LineBinding(ctx, self.sub_title, label=self.tr("小見出し"))
        self.subheading_page = self._form((self.tr("小見出し"), self.sub_title))

        self.item_title = QLineEdit()
        self.item_tag = QLineEdit()
        self.item_tag.setPlaceholderText(self.tr("例: 【国内初】（省略可）"))
        self.item_title_binding = LineBinding(ctx, self.item_title, label=self.tr("項目"))
        self.item_tag_binding = LineBinding(ctx, self.item_tag, label=self.tr("項目の注記"))
        self.item_page = self._form((self.tr("項目"), self.item_title), (self.tr("注記"), self.item_tag))

        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB_PX, THUMB_PX)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid palette(mid);")
        self.caption = QLineEdit()
        self.width_mm = QDoubleSpinBox()
        self.width_mm.setRange(20.0, 160.0)
        self.width_mm.setDecimals(0)
        self.width_mm.setSuffix(" mm")
        self.caption_binding = LineBinding(ctx, self.caption, label=self.tr("写真の説明"))
        self.width_binding = SpinBinding(ctx, self.width_mm, label=self.tr("写真の幅"))
        self.pixels = QLabel()
        replace = QPushButton(self.tr("画像を差し替え..."))
        replace.clicked.connect(self.replace_photo)
        self.photo_page = self._form((self.tr("写真"), self.thumbnail), ("", self.pixels),
                                     (self.tr("説明"), self.caption), (self.tr("幅"), self.width_mm),
                                     ("", replace))
        self.show_block(None)

    def _page(self, *widgets) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(1)
        self.addWidget(page)
        return page

    def _form(self, *rows) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            form.addRow(label, widget)
        self.addWidget(page)
        return page

    def show_block(self, block, section_title: str = "") -> None:
        self.block = block
        if not isinstance(block, Paragraph):
            self.text_binding.bind(None, None)
        if isinstance(block, Paragraph):
            if self.text_binding.obj is not block:
                self.text_binding.bind(block, "text")
            self.setCurrentWidget(self.paragraph_page)
        elif isinstance(block, Subheading):
            self.sub_binding.bind(block, "title")
            self.setCurrentWidget(self.subheading_page)
        elif isinstance(block, Item):
            self.item_title_binding.bind(block, "title")
            self.item_tag_binding.bind(block, "tag")
            self.setCurrentWidget(self.item_page)
        elif isinstance(block, Photo):
            self.caption_binding.bind(block, "caption")
            self.width_binding.bind(block, "width_mm")
            self.show_image(block)
            self.setCurrentWidget(self.photo_page)
        elif isinstance(block, TopicSection):
            self.section_label.setText(section_title)
            self.setCurrentWidget(self.section_page)
        else:
            self.setCurrentWidget(self.none_page)

    def show_image(self, photo: Photo) -> None:
        pixmap = QPixmap()
        if photo.image.data and pixmap.loadFromData(photo.image.data):
            self.thumbnail.setPixmap(pixmap.scaled(THUMB_PX, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumbnail.setText(self.tr("（画像なし）"))
        self.pixels.setText(f"{photo.image.width} × {photo.image.height} px")

    def focus_field(self, attr: str | None) -> bool:
        widgets = {Paragraph: {"text": self.text}, Subheading: {"title": self.sub_title},
                   Item: {"title": self.item_title, "tag": self.item_tag},
                   Photo: {"caption": self.caption, "width_mm": self.width_mm, "image": self.caption}}
        fields = widgets.get(type(self.block), {})
        widget = fields.get(attr) if attr else next(iter(fields.values()), None)
        if widget is None:
            return attr is None
        return focus_widget(widget)
