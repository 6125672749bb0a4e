"""Photos that stack in one paragraph: each stands under the one above and under its
caption, with the same gap whether or not the one above has a caption (read back from
the DOCX's anchors and caption frames)."""

from __future__ import annotations

import io
import math

from PIL import Image as PILImage

from docxread import open_docx, q
from desktop.geometry import cells_twips
from desktop.document.elements import Document, Figure, Meta, Para, Style
from desktop.model.report import Image
from desktop.writers.docx import docx_bytes

EMU_PER_TWIP = 635
EMU_PER_PT = 12700


def _jpeg(width: int = 400, height: int = 300) -> Image:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (90, 120, 150)).save(out, "JPEG")
    return Image(out.getvalue(), "image/jpeg", width, height)


def _stack(*captions: str, width_mm: float = 50.0) -> bytes:
    figures = tuple(Figure(_jpeg(), caption, width_mm) for caption in captions)
    elements = figures + (Para(Style.BODY, "写真の右に回り込む本文。" * 8),)
    return docx_bytes(Document(Meta(title="t", author="a", font="ＭＳ 明朝", page_numbers=False),
                               elements))


def _placement(data: bytes):
    """[(top, height) of each photo in EMU], [(frame top in EMU, text) of each caption]."""
    body = open_docx(data).element.body
    photos = []
    for anchor in body.iter(q("wp:anchor")):
        top = int(anchor.find(f"{q('wp:positionV')}/{q('wp:posOffset')}").text)
        photos.append((top, int(anchor.find(q("wp:extent")).get("cy")), int(anchor.find(q("wp:extent")).get("cx"))))
    captions = []
    for frame in body.iter(q("w:framePr")):
        p = frame.getparent().getparent()
        text = "".join(t.text for t in p.iter(q("w:t")))
        captions.append((int(frame.get(q("w:y"))) * EMU_PER_TWIP, text))
    return photos, captions


def test_the_gap_under_a_caption_is_the_gap_between_bare_photos():
    (a, b), _ = _placement(_stack("", ""))
    bare_gap = b[0] - (a[0] + a[1])
    assert bare_gap > 0
    width_pt = a[2] / EMU_PER_PT
    per_line = math.floor(width_pt / 9.0)  # 9 pt caption characters in the photo's width
    for lines in (1, 2, 3):
        caption = "説" * (per_line * lines)
        (a, b), [(frame_top, text)] = _placement(_stack(caption, ""))
        assert text == caption
        assert a[0] + a[1] < frame_top < a[0] + a[1] + 5 * EMU_PER_PT  # just under the photo
        caption_bottom = frame_top + lines * 18 * EMU_PER_PT
        assert b[0] - caption_bottom == bare_gap, (lines, b[0] - caption_bottom, bare_gap)
        (a, b), _ = _placement(_stack(caption + "説", ""))  # one more character: one more line
        assert b[0] - (frame_top + (lines + 1) * 18 * EMU_PER_PT) == bare_gap


def test_three_photos_stack_downwards_in_order():
    (a, b, c), captions = _placement(_stack("一枚目", "", "三枚目"))
    assert a[0] == 0 and a[0] + a[1] < b[0] and b[0] + b[1] < c[0]
    assert [t for _, t in captions] == ["一枚目", "三枚目"]


def test_a_caption_frame_is_its_photos_width_and_gap_at_the_right_margin():
    """The caption is framed like its photo: as wide, the same one-character gap to the
    text, right-aligned to the margin, and moving with the paragraph (not the page)."""
    data = _stack("視察の様子")
    body = open_docx(data).element.body
    [anchor] = body.iter(q("wp:anchor"))
    [frame] = body.iter(q("w:framePr"))
    cx = int(anchor.find(q("wp:extent")).get("cx"))
    assert int(frame.get(q("w:w"))) == round(cx / EMU_PER_TWIP)
    assert int(frame.get(q("w:hSpace"))) * EMU_PER_TWIP == int(anchor.get("distL")) > 0
    assert anchor.find(q("wp:positionH")).get("relativeFrom") == "margin"
    assert (frame.get(q("w:hAnchor")), frame.get(q("w:xAlign"))) == ("margin", "right")
    assert anchor.find(q("wp:positionV")).get("relativeFrom") == "paragraph"
    assert frame.get(q("w:vAnchor")) == "text" and frame.get(q("w:wrap")) == "around"


def test_a_photo_that_cannot_be_placed_does_not_stop_the_stack():
    """An unreadable first photo leaves its caption as text; the photos after it in the
    same paragraph are still placed, from the paragraph's top."""
    broken = Figure(Image(b"\x89PNG\r\n\x1a\n" + b"damaged" * 10, "image/png", 40, 30), "壊れた写真", 50.0)
    elements = (broken, Figure(_jpeg(), "二枚目", 50.0), Figure(_jpeg(), "", 50.0),
                Para(Style.BODY, "本文。" * 30))
    data = docx_bytes(Document(Meta(title="t", author="a", font="ＭＳ 明朝", page_numbers=False),
                               elements))
    (b, c), captions = _placement(data)
    assert b[0] == 0 and b[0] + b[1] < c[0]
    assert [t for _, t in captions] == ["二枚目"]
    texts = ["".join(t.text for t in p.iter(q("w:t"))) for p in open_docx(data).element.body.iter(q("w:p"))]
    assert "壊れた写真" in texts


def test_a_photo_keeps_space_only_toward_the_text():
    """One character of space on its left (the text's side), none above, below or right."""
    [anchor] = open_docx(_stack("")).element.body.iter(q("wp:anchor"))
    distances = {k: int(anchor.get(k)) for k in ("distT", "distB", "distL", "distR")}
    assert distances["distT"] == distances["distB"] == distances["distR"] == 0
    assert distances["distL"] == cells_twips(1) * EMU_PER_TWIP  # one grid cell (desktop.geometry)
