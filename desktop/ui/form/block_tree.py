"""The topic sections of a visit as a block tree, with the selected block's editor.

Top-level rows are the covered 用務 topics (１．…); below them paragraphs,
sub-headings (１）…), items (①…) and photos. Labels are numbered exactly like
desktop/document/builder.py numbers the document, and renumber on every change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.document.numbering import circled, subheading_label, topic_label
from desktop.model.report import (
    ALLOWED_CHILDREN,
    Item,
    Paragraph,
    Photo,
    Report,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from desktop.ui.form.block_editor import BlockEditor
from desktop.ui.form.commands import InsertItem, MoveItem, RemoveItem, SetValue, TransferItem

LABEL_CHARS = 48
KIND_NAMES = {Paragraph: QT_TRANSLATE_NOOP("BlockTree", "段落"),
              Subheading: QT_TRANSLATE_NOOP("BlockTree", "小見出し"),
              Item: QT_TRANSLATE_NOOP("BlockTree", "項目"), Photo: QT_TRANSLATE_NOOP("BlockTree", "写真")}
"""Names of the kinds of block (translated where shown: ``self.tr(KIND_NAMES[kind])``)."""


@dataclass
class Node:
    obj: Any                 # a TopicSection or a block
    items: list | None       # the list holding the block (None for a section)
    parent: "Node | None"    # the section or container block
    prefix: str = ""         # the number label (１）, ①)
    tree_item: QTreeWidgetItem | None = None

    @property
    def index(self) -> int:
        return next(i for i, b in enumerate(self.items) if b is self.obj)

    @property
    def section(self) -> TopicSection:
        node = self
        while node.parent is not None:
            node = node.parent
        return node.obj


def _short(text: str) -> str:
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    return line if len(line) <= LABEL_CHARS else line[:LABEL_CHARS] + "…"


def allowed(container: Any, kind: type) -> bool:
    """Whether a block of ``kind`` may sit in ``container`` (a section or a block)."""
    if isinstance(container, TopicSection):
        return True
    return kind in ALLOWED_CHILDREN.get(type(container), ())


class _Tree(QTreeWidget):
    def __init__(self, owner: "BlockTree") -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        actions = {Qt.Key.Key_Up: lambda: self.owner.move(-1), Qt.Key.Key_Down: lambda: self.owner.move(1),
                   Qt.Key.Key_Right: self.owner.indent, Qt.Key.Key_Left: self.owner.outdent}
        if mods and event.key() in actions:
            actions[event.key()]()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and not mods:
            self.owner.delete()
            event.accept()
            return
        super().keyPressEvent(event)


class BlockTree(QWidget):
    def __init__(self, ctx, report: Report, visit: Visit, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.report, self.visit = ctx, report, visit
        self.owner = ctx.binder.new_owner()
        self.destroyed.connect(lambda *_: ctx.binder.drop(self.owner))
        self.nodes: dict[int, Node] = {}

        buttons = QHBoxLayout()
        self.add_buttons = {}
        for kind, text in ((Paragraph, self.tr("＋段落")), (Subheading, self.tr("＋小見出し")),
                           (Item, self.tr("＋項目")), (Photo, self.tr("＋写真..."))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.add(k))
            buttons.addWidget(button)
            self.add_buttons[kind] = button
        self.add_buttons[Subheading].setToolTip(self.tr("１）２）…と番号が付く見出し"))
        self.add_buttons[Item].setToolTip(self.tr("①②…と番号が付く項目（小見出しの中にも置けます）"))
        buttons.addStretch(1)
        moves = QHBoxLayout()
        self.indent_button = QPushButton(self.tr("字下げ"))
        self.outdent_button = QPushButton(self.tr("字上げ"))
        self.up_button = QPushButton(self.tr("上へ"))
        self.down_button = QPushButton(self.tr("下へ"))
        self.delete_button = QPushButton(self.tr("削除"))
        self.indent_button.setToolTip(self.tr("前の小見出し・項目の中に入れる (Ctrl+→)"))
        self.outdent_button.setToolTip(self.tr("親の小見出し・項目の外に出す (Ctrl+←)"))
        self.up_button.setToolTip(self.tr("上へ移動 (Ctrl+↑)"))
        self.down_button.setToolTip(self.tr("下へ移動 (Ctrl+↓)"))
        for button, slot in ((self.indent_button, self.indent), (self.outdent_button, self.outdent),
                             (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1)),
                             (self.delete_button, self.delete)):
            button.clicked.connect(slot)
            moves.addWidget(button)
        moves.addStretch(1)

        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(220)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.editor = BlockEditor(ctx)
        self.editor.replace_photo.connect(self.replace_photo)
        # Tall enough for its tallest page (a photo's thumbnail and fields never overlap;
        # a paragraph shows ten lines or so: issue 12, findings 6 and 8).
        self.editor.setMinimumHeight(max(300, self.editor.photo_page.minimumSizeHint().height()))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor)
        splitter.setSizes([260, self.editor.minimumHeight()])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        layout.addWidget(splitter, 1)
        self.rebuild()

    # -- building the tree ---------------------------------------------------

    def rebuild(self) -> None:
        selected = self.selected_obj()
        binder = self.ctx.binder
        binder.drop(self.owner)
        binder.watch(self.visit.sections, None, self.rebuild, self.owner)
        binder.watch(self.report.topics, None, self.rebuild, self.owner)
        binder.watch_type(Topic, lambda *_: self.rebuild(), self.owner)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.nodes = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in self.sorted_sections():
            node = Node(section, None, None)
            item = self._item(node, self.tree.invisibleRootItem())
            item.setFont(0, bold)
            self._blocks(section.blocks, node)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.select(selected if selected is not None and id(selected) in self.nodes else None)

    def sorted_sections(self) -> list[TopicSection]:
        def order(section):
            number = self.report.topic_number(section.topic_id)
            return number if number is not None else len(self.report.topics) + 1
        return sorted(self.visit.sections, key=order)

    def _blocks(self, blocks: list, parent: Node) -> None:
        binder = self.ctx.binder
        binder.watch(blocks, None, self.rebuild, self.owner)
        sub_count = item_count = 0
        for block in blocks:
            prefix = ""
            if isinstance(block, Subheading):
                sub_count += 1
                prefix = subheading_label(sub_count)
            elif isinstance(block, Item):
                item_count += 1
                prefix = circled(item_count)
            node = Node(block, blocks, parent, prefix)
            self._item(node, parent.tree_item)
            for attr in ("title", "tag", "text", "caption"):
                if hasattr(block, attr):
                    binder.watch(block, attr, lambda n=node: self._relabel(n), self.owner)
            if isinstance(block, Photo):
                binder.watch(block, "image", lambda b=block: self._image_changed(b), self.owner)
            if isinstance(block, (Subheading, Item)):
                self._blocks(block.children, node)

    def _item(self, node: Node, parent_item: QTreeWidgetItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent_item)
        node.tree_item = item
        item.setData(0, Qt.ItemDataRole.UserRole, id(node.obj))
        self.nodes[id(node.obj)] = node
        self._relabel(node)
        return item

    def label(self, node: Node) -> str:
        obj = node.obj
        if isinstance(obj, TopicSection):
            number = self.report.topic_number(obj.topic_id)
            if number is None:
                return self.tr("（用務の一覧にない項目）")
            return topic_label(number) + self.report.topics[number - 1].title
        if isinstance(obj, Subheading):
            return node.prefix + (obj.title or self.tr("（小見出し）"))
        if isinstance(obj, Item):
            return node.prefix + (obj.title or self.tr("（項目）")) + obj.tag
        if isinstance(obj, Photo):
            return self.tr("［写真］") + (_short(obj.caption) or self.tr("説明なし"))
        return "¶ " + (_short(obj.text) or self.tr("（空の段落）"))

    def _relabel(self, node: Node) -> None:
        if node.tree_item is not None:
            text = self.label(node)
            node.tree_item.setText(0, text)
            node.tree_item.setToolTip(0, text)

    def _image_changed(self, photo: Photo) -> None:
        if self.editor.block is photo:
            self.editor.show_image(photo)

    # -- selection -----------------------------------------------------------

    def selected_node(self) -> Node | None:
        item = self.tree.currentItem()
        return None if item is None else self.nodes.get(item.data(0, Qt.ItemDataRole.UserRole))

    def selected_obj(self):
        node = self.selected_node() if hasattr(self, "tree") else None
        return None if node is None else node.obj

    def select(self, obj) -> None:
        node = self.nodes.get(id(obj)) if obj is not None else None
        self.tree.setCurrentItem(node.tree_item if node else None)
        self._selected()

    def _preview_text(self, node) -> str:
        """Text the preview can find for a block: its own, or (a photo without caption)
        the block before it, or the heading it is under."""
        from desktop.ui.form.context import block_text

        while node is not None:
            text = block_text(node.obj)
            if isinstance(node.obj, TopicSection):
                topic = self.report.topic(node.obj.topic_id)
                text = topic.title if topic is not None else ""
            if text:
                return text
            if node.items is not None and node.index > 0:
                earlier = block_text(node.items[node.index - 1])
                if earlier:
                    return earlier
            node = node.parent
        return ""

    def _selected(self) -> None:
        node = self.selected_node()
        obj = None if node is None else node.obj
        title = self.label(node) if node is not None and isinstance(obj, TopicSection) else ""
        self.editor.show_block(obj, title)
        self.ctx.block_selected(self.visit, self._preview_text(node))
        is_block = node is not None and node.items is not None
        index = node.index if is_block else -1
        self.up_button.setEnabled(is_block and index > 0)
        self.down_button.setEnabled(is_block and index < len(node.items) - 1)
        self.delete_button.setEnabled(is_block)
        self.indent_button.setEnabled(is_block and self._indent_target(node) is not None)
        self.outdent_button.setEnabled(is_block and not isinstance(node.parent.obj, TopicSection))
        for button in self.add_buttons.values():
            button.setEnabled(bool(self.visit.sections))

    # -- editing -------------------------------------------------------------

    def _insert_point(self, kind: type) -> tuple[list, int] | None:
        node = self.selected_node()
        if node is None:
            sections = self.sorted_sections()
            if not sections:
                return None
            node = self.nodes[id(sections[0])]
        if node.items is None or (isinstance(node.obj, (Subheading, Item)) and allowed(node.obj, kind)):
            children = node.obj.blocks if node.items is None else node.obj.children
            return children, len(children)
        while node.items is not None and not allowed(node.parent.obj, kind):
            node = node.parent
        return node.items, node.index + 1

    def add(self, kind: type) -> None:
        point = self._insert_point(kind)
        if point is None:
            self.ctx.form.show_error(self.tr(
                "先に「扱う用務」にチェックを入れてください。\n"
                "(Check a topic this visit covers first.)"))
            return
        if kind is Photo:
            block: Any = Photo()
            image = self._load_photo(block.width_mm)
            if image is None:
                return
            block.image = image
        else:
            block = kind()
        items, index = point
        self.ctx.push(InsertItem(self.ctx, items, index, block,
                                 self.tr("追加: ") + self.tr(KIND_NAMES[kind])))
        self.select(block)
        self.editor.focus_field(None)

    def _load_photo(self, width_mm: float):
        """The chosen picture as the draft stores it: at most 600 dpi at ``width_mm``, so the
        DOCX takes it as it is (desktop.imaging.placed)."""
        path = self.ctx.form.ask_photo_path()
        if not path:
            return None
        try:
            from desktop.imaging import load_photo_file

            return load_photo_file(path, width_mm)
        except ValueError as exc:
            self.ctx.form.show_error(str(exc))
        except OSError as exc:
            self.ctx.form.show_error(self.tr("画像を読み込めません: ") + f"{path}\n({exc})")
        return None

    def replace_photo(self) -> None:
        node = self.selected_node()
        if node is None or not isinstance(node.obj, Photo):
            return
        image = self._load_photo(node.obj.width_mm)
        if image is not None:
            self.ctx.push(SetValue(self.ctx, node.obj, "image", image, self.tr("写真の差し替え")))

    def _indent_target(self, node: Node):
        index = node.index
        if index == 0:
            return None
        previous = node.items[index - 1]
        if isinstance(previous, (Subheading, Item)) and allowed(previous, type(node.obj)):
            return previous
        return None

    def indent(self) -> None:
        node = self.selected_node()
        if node is None or node.items is None:
            return
        target = self._indent_target(node)
        if target is None:
            return
        obj = node.obj
        self.ctx.push(TransferItem(self.ctx, node.items, node.index, target.children,
                                   len(target.children), self.tr("字下げ")))
        self.select(obj)

    def outdent(self) -> None:
        node = self.selected_node()
        if node is None or node.items is None or isinstance(node.parent.obj, TopicSection):
            return
        parent = node.parent
        obj = node.obj
        self.ctx.push(TransferItem(self.ctx, node.items, node.index, parent.items,
                                   parent.index + 1, self.tr("字上げ")))
        self.select(obj)

    def move(self, step: int) -> None:
        node = self.selected_node()
        if node is None or node.items is None:
            return
        index = node.index
        if not 0 <= index + step < len(node.items):
            return
        obj = node.obj
        self.ctx.push(MoveItem(self.ctx, node.items, index, index + step, self.tr("ブロックの移動")))
        self.select(obj)

    def delete(self) -> None:
        node = self.selected_node()
        if node is None or node.items is None:
            return
        items, index = node.items, node.index
        self.ctx.push(RemoveItem(self.ctx, items, index,
                                 self.tr("削除: ") + self.tr(KIND_NAMES[type(node.obj)])))
        following = items[min(index, len(items) - 1)] if items else node.parent.obj
        self.select(following)

    # -- focus ---------------------------------------------------------------

    def focus(self, key: tuple) -> bool:
        """key after ("sections",): (j,) or (j, "blocks", k, ["children", m, ...], [field])."""
        if not key or not isinstance(key[0], int) or not 0 <= key[0] < len(self.visit.sections):
            return False
        obj: Any = self.visit.sections[key[0]]
        rest = list(key[1:])
        attr = None
        while rest:
            name = rest.pop(0)
            items = getattr(obj, name, None) if name in ("blocks", "children") else None
            if items is None:
                if rest or not hasattr(obj, name):
                    return False
                attr = name
                break
            if not rest or not isinstance(rest[0], int) or not 0 <= rest[0] < len(items):
                return False
            obj = items[rest.pop(0)]
        self.select(obj)
        from desktop.ui.form.page import focus_widget

        focus_widget(self.tree)
        if not isinstance(obj, TopicSection):
            self.editor.focus_field(attr)
        return True
