"""The block tree: add, indent/outdent, move, delete, numbering like the document builder."""

from __future__ import annotations

import copy

from PIL import Image as PILImage

from conftest import SAMPLE
from desktop.document import build_document
from desktop.document.elements import Para
from desktop.model.draft import load_draft
from desktop.model.report import (
    Destination,
    Item,
    Paragraph,
    Photo,
    Report,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from formkit import make_form, tree_labels, write_png


def _report() -> Report:
    topic = Topic("調査について")
    return Report(topics=[topic], destinations=[
        Destination("石川県", "金沢市", Visit(sections=[TopicSection(topic.id)]))])


def _tree(qtbot, report=None):
    form = make_form(qtbot, report or _report())
    tree = form.page("visit", 0).blocks
    return form, tree, form.report().destinations[0].visit.sections[0]


def test_add_blocks_numbering_and_nesting(qtbot):
    form, tree, section = _tree(qtbot)
    tree.select(section)
    tree.add(Subheading)
    tree.editor.sub_title.setText("概況")
    tree.add(Paragraph)          # goes inside the sub-heading
    tree.editor.text.setPlainText("本文")
    tree.add(Subheading)         # a sub-heading cannot nest: after the first one
    tree.editor.sub_title.setText("取組")
    tree.add(Item)
    tree.editor.item_title.setText("旧町名")
    tree.editor.item_tag.setText("【全国初】")
    tree.add(Item)               # an item cannot hold an item: after it
    tree.editor.item_title.setText("ロボット")
    assert tree_labels(tree) == [
        "１．調査について",
        "  １）概況",
        "    ¶ 本文",
        "  ２）取組",
        "    ①旧町名【全国初】",
        "    ②ロボット",
    ]
    assert [type(b) for b in section.blocks] == [Subheading, Subheading]
    assert [c.title for c in section.blocks[1].children] == ["旧町名", "ロボット"]


def test_indent_outdent_move_delete_and_undo(qtbot):
    form, tree, section = _tree(qtbot)
    first, second = Subheading("一"), Subheading("二")
    a, b, c = Item("Ａ"), Item("Ｂ"), Paragraph("段落")
    section.blocks[:] = [first, a, second, b, c]
    tree.rebuild()
    start = copy.deepcopy(section)
    assert tree_labels(tree)[1:] == ["  １）一", "  ①Ａ", "  ２）二", "  ②Ｂ", "  ¶ 段落"]

    tree.select(a)
    assert tree.indent_button.isEnabled()
    tree.indent_button.click()
    assert first.children == [a]
    tree.select(b)
    tree.indent()
    assert tree_labels(tree)[1:] == ["  １）一", "    ①Ａ", "  ２）二", "    ①Ｂ", "  ¶ 段落"]
    tree.select(c)
    tree.indent()                # into 二 (the previous sibling)
    tree.indent()                # the previous sibling is now Ｂ: an item holds paragraphs
    assert second.children == [b] and b.children == [c]
    tree.outdent()
    assert second.children == [b, c]
    tree.move(-1)
    assert second.children == [c, b]
    assert tree_labels(tree)[-2:] == ["    ¶ 段落", "    ①Ｂ"]
    tree.select(second)
    tree.move(-1)
    assert tree_labels(tree)[1:3] == ["  １）二", "    ¶ 段落"]
    assert tree.selected_obj() is second
    tree.select(a)
    tree.delete_button.click()
    assert first.children == []

    stack = form.stack_
    while stack.canUndo():
        stack.undo()
    assert section == start
    assert tree_labels(tree)[1:] == ["  １）一", "  ①Ａ", "  ２）二", "  ②Ｂ", "  ¶ 段落"]


def test_tree_numbering_matches_the_document(qtbot):
    report = load_draft(SAMPLE)
    form = make_form(qtbot, report)
    labels = []
    for i in range(len(report.destinations)):
        for line in tree_labels(form.page("visit", i).blocks):
            text = line.strip()
            if text[:1] in "１２３４５６７８９" and "）" in text[:3] or text[:1] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫":
                labels.append(text.split("【")[0])
    doc = build_document(report)
    heads = [e.label + e.text for e in doc.elements if isinstance(e, Para)
             and e.label[:1] and (e.label.endswith("）") or e.label[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫")]
    assert labels and [h[:20] for h in heads] == [lab[:20] for lab in labels]


def test_insert_photo_and_refuse_a_huge_one(qtbot, tmp_path, monkeypatch):
    form, tree, section = _tree(qtbot)
    form.ask_photo_path = lambda: write_png(tmp_path / "small.png", 640, 480)
    tree.select(section)
    tree.add(Photo)
    photo = section.blocks[0]
    assert isinstance(photo, Photo) and (photo.image.width, photo.image.height) == (640, 480)
    assert tree.editor.currentWidget() is tree.editor.photo_page
    tree.editor.caption.setText("説明会の様子")
    assert "説明会の様子" in tree_labels(tree)[1]

    import desktop.imaging as imaging
    monkeypatch.setattr(imaging, "MAX_PIXELS", 1000)
    form.ask_photo_path = lambda: write_png(tmp_path / "big.png", 100, 100)
    tree.add(Photo)
    assert len(section.blocks) == 1
    assert len(form.errors) == 1 and "big.png" in form.errors[0]

    form.ask_photo_path = lambda: None  # cancelled
    tree.add(Photo)
    assert len(section.blocks) == 1 and len(form.errors) == 1


def test_large_photo_is_scaled_down(qtbot, tmp_path):
    form, tree, section = _tree(qtbot)
    path = tmp_path / "wide.jpg"
    PILImage.new("RGB", (4000, 3000), (10, 90, 200)).save(path)
    form.ask_photo_path = lambda: str(path)
    tree.select(section)
    tree.add(Photo)
    image = section.blocks[0].image
    assert max(image.width, image.height) < 4000


def test_an_inserted_photo_is_stored_so_the_docx_takes_it_as_it_is(qtbot, tmp_path):
    """A camera photo inserted (and replaced) in the editor is at most 600 dpi at the photo's
    width, so the DOCX holds these very bytes and the reopened draft's photo is the same."""
    from desktop.export import export_docx
    from desktop.imaging import KEEP_DPI, width_px
    from desktop.model.draft import load_report_file

    form, tree, section = _tree(qtbot)
    path = tmp_path / "camera.jpg"
    PILImage.effect_noise((4000, 3000), 40).convert("RGB").save(path)
    form.ask_photo_path = lambda: str(path)
    tree.select(section)
    tree.add(Photo)
    photo = section.blocks[0]
    assert photo.image.width == width_px(photo.width_mm, KEEP_DPI)  # 1417 px at 60 mm
    photo.width_mm = 120.0
    tree.select(photo)
    tree.replace_photo()
    assert section.blocks[0].image.width == 2400  # the long side's limit comes first
    tree.add(Photo)
    report = form.report()
    export_docx(report, tmp_path / "r.docx")
    back = load_report_file(tmp_path / "r.docx")
    assert back == report
    assert [b.image.data for b in back.destinations[0].visit.sections[0].blocks] == \
        [b.image.data for b in report.destinations[0].visit.sections[0].blocks]


def test_no_topic_checked_asks_to_check_one(qtbot):
    report = _report()
    report.destinations[0].visit.sections.clear()
    form, tree = make_form(qtbot, report), None
    tree = form.page("visit", 0).blocks
    tree.add(Paragraph)
    assert form.errors and "用務" in form.errors[0]
