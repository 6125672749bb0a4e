"""Hostile input to the importer ends in a clear message naming the file, never a traceback."""

from __future__ import annotations


import random
import zipfile

import pytest

from conftest import FIXTURE
from desktop.cli import main
from desktop.importer import ImportFailure, import_report
from desktop.importer.layout import parse_lines
from desktop.importer.paragraphs import Line
from desktop.importer.sources import MAX_CHARS, MAX_TABLE_DEPTH

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def docx_with(document_xml: bytes, path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", document_xml)


def nested_tables(depth: int) -> bytes:
    inner = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = b"<w:tbl><w:tr><w:tc>" + inner + b"</w:tc></w:tr></w:tbl>"
    return (f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + inner + b"</w:body></w:document>")


def blank_pdf(path) -> None:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    with open(path, "wb") as out:
        writer.write(out)


def pdf_bomb() -> bytes:
    """A one-page PDF whose content stream inflates to 200 MB."""
    import zlib

    stream = zlib.compress(b" " * (200 * 1024 * 1024), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream"]
    out, offsets = b"%PDF-1.7\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def hostile(kind: str, path):
    if kind == "binary":
        path.write_bytes(random.Random(1).randbytes(100_000))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "huge-text":
        path.write_text("あ" * (MAX_CHARS + 10), encoding="utf-8")
    elif kind == "huge-file":
        with open(path, "wb") as f:  # sparse: refused by its size, before it is read
            f.truncate(300 * 1024 * 1024)
    elif kind == "textless-pdf":
        blank_pdf(path)
    elif kind == "pdf-bomb":
        path.write_bytes(pdf_bomb())
    elif kind == "damaged-pdf":
        path.write_bytes(b"%PDF-1.7\n" + random.Random(2).randbytes(5000))
    elif kind == "docx-bomb":
        docx_with(f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
                  + b"A" * (70 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>", path)
    elif kind == "nested-tables":
        docx_with(nested_tables(MAX_TABLE_DEPTH + 5), path)
    elif kind == "xml-too-deep":
        docx_with(nested_tables(5000), path)
    elif kind == "old-doc":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    elif kind == "not-a-report":
        path.write_text("今日は晴れ。\n明日は雨。\n", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    return path


KINDS = ["binary", "empty", "huge-text", "huge-file", "textless-pdf", "damaged-pdf", "pdf-bomb",
         "docx-bomb",
         "nested-tables", "xml-too-deep", "old-doc", "not-a-report", "folder"]


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_input_gives_a_clear_message(kind, tmp_path):
    path = hostile(kind, tmp_path / f"{kind}.in")
    with pytest.raises(ImportFailure) as caught:
        import_report(path)
    assert caught.value.path == path
    assert caught.value.ja and caught.value.en
    print(f"{kind}: {caught.value.ja} / {caught.value.en}")


@pytest.mark.parametrize("kind", ["binary", "textless-pdf", "docx-bomb", "nested-tables"])
def test_the_command_line_says_so_and_exits_1(kind, tmp_path, capsys):
    path = hostile(kind, tmp_path / f"{kind}.in")
    assert main(["import", str(path), "-o", str(tmp_path / "out.shutcho")]) == 1
    err = capsys.readouterr().err
    assert path.name in err and "Traceback" not in err
    assert not (tmp_path / "out.shutcho").exists()


def test_tables_nested_within_the_limit_are_read(tmp_path):
    path = tmp_path / "nested.docx"
    docx_with(nested_tables(MAX_TABLE_DEPTH), path)
    from desktop.importer.sources import source_lines

    kind, lines = source_lines(path)
    assert [line.text for line in lines] == ["x"]


def test_shuffled_and_cut_reports_never_crash_the_parser():
    """Lines of the reference in random order, some dropped or cut: a report (with problems)
    or an ImportFailure, never another exception."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    rng = random.Random(7)
    for _ in range(150):
        sample = [line for line in lines if rng.random() < 0.7]
        for _ in range(rng.randrange(0, 30)):
            a, b = rng.randrange(len(sample)), rng.randrange(len(sample))
            sample[a], sample[b] = sample[b], sample[a]
        sample = [s[: rng.randrange(len(s) + 1)] if rng.random() < 0.1 else s for s in sample]
        parse_lines([Line(s) for s in sample])


def test_a_report_with_unplaceable_lines_keeps_them_and_lists_them():
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = lines.index("【出席者等】 ")
    odd = ["【県名のない見出し】（説明）", "Ｑ"]
    parsed = parse_lines([Line(s) for s in ["前書きの謎の行"] + lines[:at] + odd + lines[at:]])
    text = repr(parsed.report)
    assert "前書きの謎の行" in text
    assert parsed.problems and any("前書きの謎の行" in p.text for p in parsed.problems)




@pytest.mark.parametrize("where", ["職氏名", "委員長   林 真 一 郎", "議会事務局"])
def test_a_stray_line_in_the_roster_is_kept_and_the_roster_still_read(where):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == where) + 1
    parsed = parse_lines([Line(s) for s in lines[:at] + ["謎の行"] + lines[at:]])
    report = parsed.report
    assert report.committee == "総務委員会"
    assert len(report.members) == 7 and len(report.staff) == 2
    assert "謎の行" in report.introduction
    assert [p.text for p in parsed.problems] == ["謎の行"]


@pytest.mark.parametrize("after", ["【出席者等】 ", "【調査概要】 ", "【主な質疑応答】 "])
def test_a_heading_the_layout_lacks_is_kept_in_its_visit_and_listed(after):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = lines.index(after) + 2
    parsed = parse_lines([Line(s) for s in lines[:at] + ["【視察の感想】", "大変参考になった。"] + lines[at:]])
    problem = next(p for p in parsed.problems if p.text == "【視察の感想】")
    assert problem.key[:3] == ("destinations", 0, "visit")
    visit = repr(parsed.report.destinations[0].visit)
    assert "【視察の感想】" in visit and "大変参考になった。" in visit
    assert len(parsed.report.destinations) == 2


def test_an_unreadable_header_line_is_listed_once():
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == "令和５年７月７日まで") + 1
    parsed = parse_lines([Line(s) for s in lines[:at] + ["よく分からない行"] + lines[at:]])
    assert [p.text for p in parsed.problems] == ["よく分からない行"]
    assert parsed.problems[0].key == ("introduction",)
    assert "よく分からない行" in parsed.report.introduction


def test_import_never_replaces_an_existing_draft(tmp_path, capsys):
    target = tmp_path / "draft.shutcho"
    target.write_text("mine", encoding="utf-8")
    assert main(["import", str(FIXTURE), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "mine"
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(FIXTURE), "-o", str(tmp_path / "new.shutcho")]) == 0
    from desktop.model.draft import load_report_file

    assert load_report_file(tmp_path / "new.shutcho").committee == "総務委員会"
