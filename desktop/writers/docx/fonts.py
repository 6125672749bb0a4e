"""Fonts: the Mincho every run uses, set on w:rFonts including w:eastAsia.

python-docx's ``Font.name`` never writes ``w:eastAsia``, so Japanese text
would fall back to the theme font; the writer sets all four slots itself.
"""

from __future__ import annotations

from desktop.jtext.xmlsafe import clean_text
from desktop.writers.docx.xml import sub

DEFAULT_FONT = "ＭＳ 明朝"
FONT_CHOICES = ("ＭＳ 明朝", "BIZ UD明朝", "游明朝")
"""Minchos offered by the settings: the first is on every Japanese Windows."""


def choose_font(meta_font: str | None, override: str | None) -> str:
    """The font to use: ``override``, else the report's setting, else ＭＳ 明朝.

    A name is made XML-safe first (a pasted control character or a lone surrogate
    must not stop the export) and kept to one line."""
    for name in (override, meta_font):
        name = " ".join(clean_text(name or "").split())
        if name:
            return name
    return DEFAULT_FONT


def add_rfonts(rpr, font: str) -> None:
    """<w:rFonts> with ascii, hAnsi, eastAsia and cs all ``font``."""
    sub(rpr, "rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font)
