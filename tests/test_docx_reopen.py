"""A DOCX the app wrote reopens as its draft; an edit made in Word afterwards is detected and named."""

from __future__ import annotations

import base64
import copy
import functools
import io
import json
import random
import zipfile
from dataclasses import replace

import docx
import pytest

from conftest import SAMPLE
from desktop.export import export_docx
from desktop.imaging import KEEP_DPI, PRINT_DPI, load_photo_file, placed, width_px
from desktop.importer.reopen import changes, describe
from desktop.model.docxdraft import read_docx_draft
from desktop.model.draft import DraftError, load_report_file
from desktop.model.report import (
    QA,
    Attendee,
    Destination,
    Host,
    Image,
    Item,
    Member,
    Paragraph,
    PersonName,
    Photo,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)
from test_docx_fuzz import random_text
from test_draft_factory import jpeg_image, make_report, png_image


def reopen(report, tmp_path, name="r.docx"):
    path = tmp_path / name
    export_docx(report, path)
    return load_report_file(path)


def as_placed(report):
    """The report with each photo as the DOCX holds it (``placed``: shrunk above 600 dpi)."""
    def walk(blocks):
        out = []
        for block in blocks:
            if isinstance(block, Photo):
                block = replace(block, image=placed(block.image, block.width_mm))
            elif isinstance(block, (Item, Subheading)):
                block = replace(block, children=walk(block.children))
            out.append(block)
        return out

    for dest in report.destinations:
        for section in dest.visit.sections:
            section.blocks = walk(section.blocks)
    return report


def big_report():
    """A long roster, many topics and every block type at every level, photos in several places."""
    report = make_report()
    report.members = [Member(("委員長", "副委員長", "委員")[min(n, 2)], PersonName(f"姓{n}", f"名{n}"))
                      for n in range(40)]
    report.staff = [Staff(f"議事課主査{n}", PersonName(f"職{n}", f"員{n}")) for n in range(12)]
    report.topics += [Topic(f"追加の用務{n}について", f"extra{n}") for n in range(25)]
    for n in range(6):
        blocks = [Subheading(f"小見出し{k}", [
            Paragraph(f"段落{k}の本文。\n二段落目。"),
            Photo(png_image((20 + k, 10 + n), seed=k + n), f"写真{k}", 40.0 + k),
            Item(f"項目{k}", "【国内初】" if k % 2 else "", [Paragraph("項目の本文。"),
                                                       Photo(jpeg_image((30, 20), seed=k), "", 30.0)]),
        ]) for k in range(5)] + [Item("見出しなしの項目", "", []), Paragraph("末尾の段落。")]
        report.destinations.append(Destination("山口県", f"第{n}市", Visit(
            hosts=[Host(f"第{n}市", [Attendee("総務部", "山田", "部長"),
                                   Attendee("総務部", "田中", "課長", joined=True)])],
            overview="概要。",
            sections=[TopicSection(f"extra{n}", blocks), TopicSection(f"extra{n + 6}", [])],
            qa=[QA(f"質問{k}", f"回答{k}\n二行目") for k in range(8)],
        )))
    return report


def test_factory_report_reopens_equal(tmp_path):
    report = make_report()
    assert reopen(report, tmp_path) == report


def test_big_report_with_every_block_type_and_photos_reopens_equal(tmp_path):
    report = big_report()
    back = reopen(report, tmp_path)
    assert back == report
    assert back.destinations[3].visit.sections[0].blocks[2].children[1].image.data == \
        report.destinations[3].visit.sections[0].blocks[2].children[1].image.data


def photos_of(report):
    def walk(blocks):
        for block in blocks:
            if isinstance(block, Photo):
                yield block
            yield from walk(getattr(block, "children", ()))

    return [photo for dest in report.destinations for section in dest.visit.sections
            for photo in walk(section.blocks)]


def media_of(path):
    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def test_sample_reopens_equal_to_the_original_photo_for_photo(tmp_path):
    """The sample's 1200×900 photos print 63 mm wide (484 dpi ≤ 600): the DOCX holds the
    photos' own bytes, and the reopened draft equals the original, photos included."""
    report = load_report_file(SAMPLE)
    back = reopen(report, tmp_path)
    assert back == load_report_file(SAMPLE)
    originals = [p.image.data for p in photos_of(report)]
    assert originals and [p.image.data for p in photos_of(back)] == originals
    assert sorted(media_of(tmp_path / "r.docx")) == sorted(originals)  # each stored once
    assert reopen(back, tmp_path, "again.docx") == back


def camera_file(path, size=(4000, 3000), exif=None):
    path.write_bytes(_camera_jpeg(size, exif))
    return path


@functools.cache
def _camera_jpeg(size, exif):
    """A camera-like JPEG, made once per shape: noise and blur of 12 megapixels take a
    second, and a mutation run repeats these tests in copies of one process."""
    from PIL import Image as PILImage, ImageFilter

    picture = PILImage.effect_noise(size, 50).convert("RGB").filter(ImageFilter.GaussianBlur(2))
    out = io.BytesIO()
    if exif is None:
        picture.save(out, "JPEG", quality=90)
    else:
        picture.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def test_a_photo_inserted_as_the_editor_stores_it_round_trips_byte_for_byte(tmp_path):
    """「写真を追加」 scales a camera photo to ≤ 600 dpi at the photo's width: the DOCX takes
    those bytes as they are, and the reopened draft's photo is the same bytes."""
    report = make_report()
    for n, width_mm in enumerate((60.0, 30.0, 150.0)):
        image = load_photo_file(camera_file(tmp_path / f"c{n}.jpg"), width_mm)
        assert image.width <= width_px(width_mm, KEEP_DPI)
        report.destinations[0].visit.sections[0].blocks.append(Photo(image, f"写真{n}", width_mm))
    back = reopen(report, tmp_path)
    assert back == report
    inserted = [p.image.data for p in report.destinations[0].visit.sections[0].blocks[-3:]]
    assert [p.image.data for p in back.destinations[0].visit.sections[0].blocks[-3:]] == inserted
    media = media_of(tmp_path / "r.docx")
    assert all(data in media for data in inserted)


def test_a_photo_above_600_dpi_is_shrunk_to_300_and_the_draft_holds_the_shrunk_one(tmp_path):
    """A 2400 px photo made 40 mm wide (1524 dpi) is placed at 300 dpi, once; the reopened
    draft holds that placed photo (docs/draft-format.md), and is stable from then on."""
    report = make_report()
    image = load_photo_file(camera_file(tmp_path / "big.jpg", (2400, 1800)))
    report.destinations[0].visit.sections[0].blocks.append(Photo(image, "大きい写真", 40.0))
    back = reopen(report, tmp_path)
    photo = back.destinations[0].visit.sections[0].blocks[-1]
    assert back == as_placed(copy.deepcopy(report)) and back != report
    assert photo.image.width == width_px(40.0, PRINT_DPI) < image.width
    assert len(media_of(tmp_path / "r.docx")) == len(photos_of(report))
    assert reopen(back, tmp_path, "again.docx") == back


def test_photo_metadata_never_reaches_the_docx_nor_the_reopened_draft(tmp_path):
    """A photo carrying EXIF with a GPS position (a draft written by another tool): the DOCX's
    picture and the reopened draft's photo are stripped of it; the picture is otherwise kept."""
    from PIL import Image as PILImage

    exif = PILImage.Exif()
    exif[0x010F] = "SpyCam"  # Make
    exif[0x8825] = {1: "N", 2: (34.0, 57.0, 0.0), 3: "E", 4: (130.0, 56.0, 0.0)}  # GPS
    path = camera_file(tmp_path / "gps.jpg", (800, 600), exif=exif.tobytes())
    data = path.read_bytes()
    assert b"SpyCam" in data and PILImage.open(path).getexif().get_ifd(0x8825)
    report = make_report()
    report.destinations[0].visit.sections[0].blocks.append(
        Photo(Image(data, "image/jpeg", 800, 600), "位置情報つき", 60.0))
    back = reopen(report, tmp_path)
    image = back.destinations[0].visit.sections[0].blocks[-1].image
    for picture in media_of(tmp_path / "r.docx") + [image.data]:
        assert b"SpyCam" not in picture and b"Exif" not in picture
        assert not PILImage.open(io.BytesIO(picture)).getexif()
    assert (image.width, image.height) == (800, 600)


def test_random_unicode_in_every_field_reopens_equal(tmp_path):
    rng = random.Random(13)
    for n in range(6):
        report = make_report()
        t = lambda k=12: random_text(rng, k)  # noqa: E731
        report.title, report.addressee, report.committee = t(6), t(), t()
        report.members[0].name.family = t(3)
        report.topics[0].title = t(30)
        visit = report.destinations[0].visit
        visit.description, visit.overview = t(200), t(100)
        visit.hosts[0].people[0].name = t()
        visit.sections[0].blocks.append(Paragraph(t(300)))
        visit.qa.append(QA(t(50), t(80)))
        report.settings.author = t()
        assert reopen(report, tmp_path, f"u{n}.docx") == report


def test_photos_are_referenced_from_the_media_not_stored_again(tmp_path):
    report = make_report()
    path = tmp_path / "r.docx"
    export_docx(report, path)
    with zipfile.ZipFile(path) as z:
        item = z.read("customXml/item1.xml").decode("utf-8")
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    photo = report.destinations[0].visit.sections[0].blocks[0].children[1].image
    assert base64.b64encode(photo.data).decode() not in item
    assert '"media":"/word/media/' in item
    assert len(media) == 2


def test_opening_through_the_draft_loader_and_the_command_line(tmp_path, capsys):
    from desktop.cli import main

    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    assert main(["check", str(tmp_path / "r.docx")]) == 0
    assert main(["export", str(tmp_path / "r.docx"), "--docx", str(tmp_path / "again.docx")]) == 0
    assert load_report_file(tmp_path / "again.docx") == report


def edit_paragraph(path, old: str, new: str, out):
    document = docx.Document(str(path))
    for p in document.paragraphs:
        if old in p.text:
            for run in p.runs[1:]:
                run.text = ""
            p.runs[0].text = new
            break
    else:
        raise AssertionError(f"{old!r} not found")
    document.save(str(out))


def test_a_paragraph_edited_in_word_is_detected_and_named(tmp_path):
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    found = read_docx_draft(tmp_path / "r.docx", (tmp_path / "r.docx").read_bytes())
    assert not found.edited
    edit_paragraph(tmp_path / "r.docx", "町会加入率は減少傾向にある。", "町会加入率は増加している。",
                   tmp_path / "edited.docx")
    found = read_docx_draft(tmp_path / "edited.docx", (tmp_path / "edited.docx").read_bytes())
    assert found.edited
    # The draft as exported, with the edited paragraph's text as Word has it now (the
    # exported text of an edited paragraph is not kept: docs/draft-format.md).
    expected = make_report()
    expected.destinations[0].visit.sections[0].blocks[0].children[0].text = "町会加入率は増加している。"
    assert found.report == expected
    listed = changes(found)
    assert [c.kind for c in listed] == ["changed"]
    assert listed[0].after == "町会加入率は増加している。"
    assert listed[0].fields == ("$.destinations[0].visit.sections[0].blocks[0].children[0].text",)
    assert "増加している" in describe(found)[0] and "出張先1の調査項目1の本文" in describe(found)[0]


def test_saving_in_word_without_changes_is_not_an_edit(tmp_path):
    """python-docx rewrites every part (as Word does on save): the draft stays, nothing is 'edited'."""
    report = make_report()
    export_docx(report, tmp_path / "r.docx")
    docx.Document(str(tmp_path / "r.docx")).save(str(tmp_path / "saved.docx"))
    found = read_docx_draft(tmp_path / "saved.docx", (tmp_path / "saved.docx").read_bytes())
    assert found.report == report and not found.edited


def rewrite_zip(source, out, change):
    with zipfile.ZipFile(source) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    entries = change(entries)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)


def test_word_renumbering_the_custom_xml_part_is_fine(tmp_path):
    report = make_report()
    export_docx(report, tmp_path / "r.docx")

    def renumber(entries):
        entries["customXml/item3.xml"] = entries.pop("customXml/item1.xml")
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "w.docx", renumber)
    assert load_report_file(tmp_path / "w.docx") == report


def test_a_photo_removed_from_the_media_counts_as_an_edit(tmp_path):
    report = make_report()
    export_docx(report, tmp_path / "r.docx")

    def drop_png(entries):
        name = next(n for n in entries if n.startswith("word/media/") and n.endswith(".png"))
        entries[name] = b"not a picture any more"
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "w.docx", drop_png)
    found = read_docx_draft(tmp_path / "w.docx", (tmp_path / "w.docx").read_bytes())
    assert found.edited


@pytest.mark.foreign_docx
def test_a_docx_without_a_draft_is_refused_with_a_pointer_to_import(tmp_path):
    document = docx.Document()
    document.add_paragraph("出張報告書")
    document.save(str(tmp_path / "plain.docx"))
    with pytest.raises(DraftError) as caught:
        load_report_file(tmp_path / "plain.docx")
    assert "取り込み" in caught.value.ja and "import" in caught.value.en


@pytest.mark.parametrize("damage", ["bomb", "not-zip", "bad-json", "bad-field"])
def test_damaged_docx_gives_a_clear_message(tmp_path, damage):
    path = tmp_path / "d.docx"
    if damage == "not-zip":
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    elif damage == "bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"<" + b" " * (200 * 1024 * 1024))
            z.writestr("customXml/item1.xml", b"<" + b" " * (100 * 1024 * 1024))
    else:
        export_docx(make_report(), tmp_path / "r.docx")

        def spoil(entries):
            text = entries["customXml/item1.xml"].decode()
            head, _, rest = text.partition('">')
            body = json.loads(rest.rsplit("</sd:draft>", 1)[0])
            if damage == "bad-json":
                payload = "{not json"
            else:
                body["members"] = "many"
                payload = json.dumps(body, ensure_ascii=False)
            entries["customXml/item1.xml"] = (head + '">' + payload + "</sd:draft>").encode()
            return entries

        rewrite_zip(tmp_path / "r.docx", path, spoil)
    with pytest.raises(DraftError) as caught:
        load_report_file(path)
    assert caught.value.path == path and caught.value.ja and caught.value.en


def test_reading_a_docx_needs_no_qt_and_no_python_docx():
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys; from desktop.model.docxdraft import read_docx_draft; "
            "assert not any(m.startswith(('PySide6', 'docx')) for m in sys.modules), sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_a_docx_saved_again_by_libreoffice_still_reopens_unedited(tmp_path):
    """LibreOffice keeps the custom XML part, renames nothing we need, and changes only
    spacing (indents become tabs): the draft comes back, and that is not an edit."""
    import subprocess

    report = load_report_file(SAMPLE)
    export_docx(report, tmp_path / "in.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"),
                    str(tmp_path / "in.docx")], check=True, capture_output=True, timeout=180)
    saved = tmp_path / "out" / "in.docx"
    found = read_docx_draft(saved, saved.read_bytes())
    assert found.report == load_report_file(tmp_path / "in.docx")
    assert not found.edited


def test_the_command_line_says_when_a_docx_was_edited(tmp_path, capsys):
    from desktop.cli import main

    export_docx(make_report(), tmp_path / "r.docx")
    edit_paragraph(tmp_path / "r.docx", "町会加入率は減少傾向にある。", "町会加入率は増加している。",
                   tmp_path / "edited.docx")
    assert main(["export", str(tmp_path / "edited.docx"), "--docx", str(tmp_path / "o.docx")]) == 0
    err = capsys.readouterr().err
    assert "Word で編集されています" in err and "edited after export" in err
    assert "町会加入率は増加している。" in err and "shutcho import" in err
    assert "変更前の文は DOCX にありません" in err
    expected = make_report()  # the draft as exported, with the edited paragraph as it is now
    expected.destinations[0].visit.sections[0].blocks[0].children[0].text = "町会加入率は増加している。"
    assert load_report_file(tmp_path / "o.docx") == expected


@pytest.mark.parametrize("shape", [
    [], 7, {"destinations": 7}, {"destinations": [7]}, {"destinations": [{"visit": {"sections": 5}}]},
    {"destinations": [{"visit": {"sections": [{"blocks": [{"type": "photo", "image": {"media": 3}}]}]}}]},
])
def test_a_draft_part_of_any_shape_gives_a_draft_error(tmp_path, shape):
    export_docx(make_report(), tmp_path / "r.docx")

    def replace_draft(entries):
        text = entries["customXml/item1.xml"].decode()
        head = text.split('">', 1)[0]
        entries["customXml/item1.xml"] = (head + '">' + json.dumps(shape) + "</sd:draft>").encode()
        return entries

    rewrite_zip(tmp_path / "r.docx", tmp_path / "odd.docx", replace_draft)
    with pytest.raises(DraftError):
        load_report_file(tmp_path / "odd.docx")


def test_importing_our_own_docx_says_it_carries_its_draft(tmp_path, capsys):
    from desktop.cli import main

    export_docx(load_report_file(SAMPLE), tmp_path / "r.docx")
    assert main(["import", str(tmp_path / "r.docx"), "-o", str(tmp_path / "d.shutcho")]) == 0
    assert "carries the draft" in capsys.readouterr().err
