"""Fonts: the Mincho every run uses, set on w:rFonts including w:eastAsia.

python-docx's ``Font.name`` never writes ``w:eastAsia``, so Japanese text
would fall back to the theme font; the writer sets all four slots itself.
"""

from __future__ import annotations

from desktop.writers.docx.xml import sub

DEFAULT_FONT = "ＭＳ 明朝"
FONT_CHOICES = ("ＭＳ 明朝", "BIZ UD明朝", "游明朝")
"""Minchos offered by the settings: the first is on every Japanese Windows."""


def choose_font(meta_font: str | None, override: str | None) -> str:
    """The font to use: ``override``, else the report's setting, else ＭＳ 明朝."""
    for name in (override, meta_font):
        if name and name.strip():
            return name.strip()
    return DEFAULT_FONT


def add_rfonts(rpr, font: str) -> None:
    """<w:rFonts> with ascii, hAnsi, eastAsia and cs all ``font``."""
    sub(rpr, "rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font)
