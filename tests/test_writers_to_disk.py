"""What write_docx and write_pdf leave on disk: the file is read back after writing (a
drive that hands back other bytes replaces nothing), and write_docx's options reach it."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.document.builder import build_document
from desktop.model import atomic
from desktop.render import ensure_app
from desktop.writers.docx import write_docx
from desktop.writers.errors import ExportError
from desktop.writers.pdf import write_pdf
from docxread import q
from pdfcheck import small_report

WRITERS = {"docx": write_docx, "pdf": write_pdf}


@pytest.fixture(scope="module")
def document():
    ensure_app()
    return build_document(small_report(paragraphs=3, photo=False))


def _garbling_disk(monkeypatch, garble) -> None:
    """Files atomic.py opens for writing get ``garble(data)`` instead of ``data``: the
    size is right, the contents are not (a faulty drive or network share)."""
    real_open = open

    class Garbling:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            return self.handle.write(garble(data))

        def flush(self):
            self.handle.flush()

        def fileno(self):
            return self.handle.fileno()

    def opener(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Garbling(handle) if mode == "wb" else handle

    monkeypatch.setattr(atomic, "open", opener, raising=False)


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_drive_that_hands_back_other_bytes_replaces_nothing(tmp_path, document, monkeypatch,
                                                               kind, where):
    target = tmp_path / f"報告書.{kind}"
    target.write_bytes(b"old file")
    if where == "end":
        _garbling_disk(monkeypatch, lambda data: data[:-20] + b"\0" * 20)
    else:  # zeros over the DOCX's central directory / the PDF's last bytes
        _garbling_disk(monkeypatch, lambda data: data[:-60] + b"\0" * 60)
    with pytest.raises(ExportError) as caught:
        WRITERS[kind](document, target)
    assert caught.value.path == target
    assert "最後まで書き込めませんでした" in caught.value.ja
    assert "could not be written completely" in caught.value.en
    assert target.read_bytes() == b"old file"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_write_docx_uses_the_font_it_is_given(tmp_path, document):
    target = tmp_path / "r.docx"
    write_docx(document, target, font="游明朝")
    with zipfile.ZipFile(target) as z:
        styles = z.read("word/styles.xml")
    from lxml import etree

    fonts = etree.fromstring(styles).find(f".//{q('w:rPrDefault')}//{q('w:rFonts')}")
    assert fonts.get(q("w:eastAsia")) == "游明朝"
    assert document.meta.font != "游明朝"
    assert zipfile.ZipFile(io.BytesIO(target.read_bytes())).testzip() is None
