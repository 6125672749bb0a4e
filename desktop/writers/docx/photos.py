"""Photos floating at the right with square text wrapping (``wp:anchor``).

python-docx only makes inline pictures, so the anchor is built here; the image
part is added with python-docx's part API. A figure is anchored in the paragraph
that follows it (offset 0 from that paragraph's top), so the text after it wraps
around it. A caption is a framed paragraph (``w:framePr``) of the caption style
placed right under the photo, at the same width, also wrapped around.
A photo goes in as ``desktop.imaging.placed`` gives it: its own bytes when it is a
clean JPEG/PNG of at most 600 dpi at its printed width, else shrunk to 300 dpi.
"""

from __future__ import annotations

import functools
import io
import logging

from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from lxml import etree

from desktop.document.elements import Figure, Style
from desktop.geometry import LINE_PITCH_PT, PHOTO_GAP_TW, photo_size_pt
from desktop.imaging import placed
from desktop.model.report import Image
from desktop.jtext.xmlsafe import clean_text
from desktop.writers.docx.styles import STYLES, style_id
from desktop.writers.docx.xml import NS, add_run, sub

EMU_PER_MM = 36000
EMU_PER_TWIP = 635
GAP_EMU = PHOTO_GAP_TW * EMU_PER_TWIP
"""One character of space between the photo and the text."""
CAPTION_GAP_TWIPS = 60
STACK_GAP_EMU = 120 * EMU_PER_TWIP
"""Space under a photo (and its caption) before the next photo of the same paragraph."""


def _caption_height_emu(caption: str, cx: int) -> int:
    """Lines the caption takes at the caption size (9 pt) in the photo's width, 18 pt each."""
    per_line = max(1, int(cx / EMU_PER_TWIP / (STYLES[Style.CAPTION].size_pt * 20)))
    lines = -(-len(caption) // per_line)
    return lines * round(LINE_PITCH_PT * 20) * EMU_PER_TWIP + CAPTION_GAP_TWIPS * EMU_PER_TWIP

log = logging.getLogger(__name__)
_UNREADABLE = (InvalidImageStreamError, UnexpectedEndOfFileError, UnrecognizedImageError)
"""python-docx's errors for picture bytes it cannot read."""


def _left_out(figure: Figure, reason: object) -> None:
    """Say that a photo is left out of the DOCX (its caption stays), and why."""
    log.warning("写真を省きました: 画像として読めません (a photo was left out: not a readable "
                "picture) [%s]: %s", figure.caption or "説明なし / no caption", reason)


_WP = "{%s}" % NS["wp"]
_A = "{%s}" % NS["a"]
_PIC = "{%s}" % NS["pic"]
_R_EMBED = "{%s}embed" % NS["r"]


def _el(parent, tag: str, **attrs):
    el = etree.SubElement(parent, tag)
    for k, v in attrs.items():
        el.set(k, str(v))
    return el


@functools.lru_cache(maxsize=32)
def _print_ready(data: bytes, mime: str, width: int, height: int, width_mm: float) -> Image:
    """``placed``, remembered: exporting the same report again does not re-scale its photos."""
    return placed(Image(data, mime, width, height), width_mm)


class Photos:
    """Figures waiting for the next paragraph, and the ids the anchors need."""

    def __init__(self, story_part) -> None:
        self._part = story_part
        self._pending: list[Figure] = []
        self._next_id = 1

    def add(self, figure: Figure) -> None:
        self._pending.append(figure)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def place_before(self, body) -> list:
        """Emit the pending captions (framed paragraphs) now; return the anchor runs to
        put at the start of the next paragraph. Several figures stack downwards."""
        runs = []
        y = 0  # EMU below the anchoring paragraph's top
        for figure in self._pending:
            made = self._anchor(figure, y)
            if made is None:
                if figure.caption:
                    p = sub(body, "p")
                    sub(sub(p, "pPr"), "pStyle", val=style_id(Style.CAPTION))
                    add_run(p, figure.caption)
                continue
            run, cx, cy = made
            runs.append(run)
            y += cy + STACK_GAP_EMU
            if figure.caption:
                self._caption(body, figure.caption, cx, y - STACK_GAP_EMU)
                y += _caption_height_emu(figure.caption, cx)
        self._pending = []
        return runs

    def _caption(self, body, caption: str, cx: int, y_emu: int) -> None:
        p = sub(body, "p")
        ppr = sub(p, "pPr")
        sub(ppr, "pStyle", val=style_id(Style.CAPTION))
        sub(ppr, "framePr", w=round(cx / EMU_PER_TWIP), hSpace=round(GAP_EMU / EMU_PER_TWIP),
            wrap="around", vAnchor="text", hAnchor="margin", xAlign="right",
            y=round(y_emu / EMU_PER_TWIP) + CAPTION_GAP_TWIPS)
        add_run(p, caption)

    def _anchor(self, figure: Figure, y_emu: int):
        try:
            src = figure.image
            image = _print_ready(src.data, src.mime, src.width, src.height, figure.width_mm)
        except ValueError as exc:  # placed() decodes the picture: one it returns has bytes and a size
            _left_out(figure, exc)
            return None
        try:
            rid, _ = self._part.get_or_add_image(io.BytesIO(image.data))
        except _UNREADABLE as exc:  # left out, said; anything else is a bug and shows as one
            _left_out(figure, repr(exc))
            return None
        ratio = image.height / image.width
        w_pt, h_pt = photo_size_pt(figure.width_mm, ratio)
        cx, cy = round(w_pt * 20) * EMU_PER_TWIP, round(h_pt * 20) * EMU_PER_TWIP
        n = self._next_id
        self._next_id += 1

        run = etree.Element("{%s}r" % NS["w"])
        drawing = sub(run, "drawing")
        anchor = _el(drawing, _WP + "anchor", distT=0, distB=0, distL=GAP_EMU, distR=0,
                     simplePos=0, relativeHeight=251658240 + n, behindDoc=0, locked=0,
                     layoutInCell=1, allowOverlap=0)
        _el(anchor, _WP + "simplePos", x=0, y=0)
        pos_h = _el(anchor, _WP + "positionH", relativeFrom="margin")
        _el(pos_h, _WP + "align").text = "right"
        pos_v = _el(anchor, _WP + "positionV", relativeFrom="paragraph")
        _el(pos_v, _WP + "posOffset").text = str(y_emu)
        _el(anchor, _WP + "extent", cx=cx, cy=cy)
        _el(anchor, _WP + "effectExtent", l=0, t=0, r=0, b=0)
        _el(anchor, _WP + "wrapSquare", wrapText="bothSides")
        _el(anchor, _WP + "docPr", id=n, name=f"写真 {n}", descr=clean_text(figure.caption))
        frame_pr = _el(anchor, _WP + "cNvGraphicFramePr")
        _el(frame_pr, _A + "graphicFrameLocks", noChangeAspect=1)
        graphic = _el(anchor, _A + "graphic")
        data = _el(graphic, _A + "graphicData", uri=NS["pic"])
        pic = etree.SubElement(data, _PIC + "pic", nsmap={"pic": NS["pic"]})
        nv = _el(pic, _PIC + "nvPicPr")
        _el(nv, _PIC + "cNvPr", id=n, name=f"photo{n}.{'png' if 'png' in image.mime else 'jpg'}")
        _el(nv, _PIC + "cNvPicPr")
        fill = _el(pic, _PIC + "blipFill")
        _el(fill, _A + "blip").set(_R_EMBED, rid)
        _el(_el(fill, _A + "stretch"), _A + "fillRect")
        sppr = _el(pic, _PIC + "spPr")
        xfrm = _el(sppr, _A + "xfrm")
        _el(xfrm, _A + "off", x=0, y=0)
        _el(xfrm, _A + "ext", cx=cx, cy=cy)
        _el(_el(sppr, _A + "prstGeom", prst="rect"), _A + "avLst")
        return run, cx, cy
