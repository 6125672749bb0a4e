"""The bundled Mincho, loaded once and always named explicitly.

Qt must never pick a font by itself for a Japanese report: a fallback to a
Chinese font changes glyph forms (直, 骨, 今 ...). So the bundled
BIZ UD明朝 is registered with QFontDatabase and every glyph is taken from a
QRawFont of exactly that family; only a character the font lacks (an emoji
pasted in) is looked up through Qt's fallback, so it still prints, and one no
font has prints as the font's empty box; ``check`` names both
(desktop.jtext.glyphs). A variation selector (葛 + U+E0100) has no width of its
own: the painter draws the selected form when the font lists the sequence. The font is
registered from its bytes, with its hinting set-up skipped at the one huge
size where the font switches hinting off anyway (desktop.render.fontdata: this
makes Qt's PDF font embedding three times faster).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout

from desktop.jtext.glyphs import is_variation_selector
from desktop.render.fontdata import skip_moot_prep
from desktop.resources import resource_path

FONT_FILE = "BIZUDMincho-Regular.ttf"
FALLBACK_FAMILY = "BIZ UDMincho"

_family: str | None = None
_faces: dict[float, Face] = {}


def ensure_app(widgets: bool = True) -> QCoreApplication:
    """The running Qt application, or a new one (offscreen when there is no display).

    A new one is a QApplication, so widgets can follow in-process; ``widgets=False``
    (a process that only writes a PDF) makes a QGuiApplication: 4 ms less, the same PDF.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _keep_app
    try:  # a QApplication, so widgets (the editor, a preview dialog) can follow in-process
        if not widgets:
            raise ImportError
        from PySide6.QtWidgets import QApplication
    except ImportError:
        QApplication = QGuiApplication
    _keep_app = QApplication(sys.argv[:1])
    return _keep_app


_keep_app = None


def font_family() -> str:
    """Register the bundled font (once) and return its family name."""
    global _family
    if _family is None:
        ensure_app()
        path = resource_path("fonts", FONT_FILE)
        try:
            data = skip_moot_prep(path.read_bytes())
        except OSError:
            font_id = -1
        else:
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id < 0:  # unreadable or refused: let Qt try the file itself
            font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else FALLBACK_FAMILY
    return _family


def mincho(point_size: float = 10.5) -> QFont:
    """A QFont of the bundled Mincho, named explicitly, with no font merging."""
    font = QFont(font_family())
    font.setFamilies([font_family()])
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy(
        QFont.StyleStrategy.PreferMatch | QFont.StyleStrategy.NoFontMerging))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class Face:
    """Glyphs and advances of the bundled Mincho at one size, in points.

    ``glyph(ch)`` gives (raw font, glyph index, advance); lookups are cached,
    so laying out a long report touches Qt once per distinct character.
    """

    def __init__(self, size: float):
        self.size = size
        raw = QRawFont.fromFont(mincho(size), QFontDatabase.WritingSystem.Japanese)
        raw.setPixelSize(size)  # one pixel = one point: callers scale the painter
        self.raw = raw
        self.ascent = raw.ascent()
        self.descent = raw.descent()
        self._glyphs: dict[str, tuple[QRawFont, int, float]] = {}

    def glyph(self, ch: str) -> tuple[QRawFont, int, float]:
        got = self._glyphs.get(ch)
        if got is None:
            got = self._glyphs[ch] = self._lookup(ch)
        return got

    def advance(self, ch: str) -> float:
        got = self._glyphs.get(ch)
        if got is None:
            got = self._glyphs[ch] = self._lookup(ch)
        return got[2]

    def advances(self, text: str) -> list[float]:
        glyphs = self._glyphs
        out = []
        for ch in text:
            got = glyphs.get(ch)
            if got is None:
                got = glyphs[ch] = self._lookup(ch)
            out.append(got[2])
        return out

    def _lookup(self, ch: str) -> tuple[QRawFont, int, float]:
        raw = self.raw
        if is_variation_selector(ch):
            return raw, 0, 0.0  # no advance of its own: it selects the form of the character before
        if raw.supportsCharacter(ord(ch)):
            indexes = raw.glyphIndexesForString(ch)
            if len(indexes) == 1 and indexes[0]:
                adv = raw.advancesForGlyphIndexes(indexes, QRawFont.LayoutFlag.UseDesignMetrics)
                return raw, indexes[0], adv[0].x()
        return self._fallback(ch)

    def _fallback(self, ch: str) -> tuple[QRawFont, int, float]:
        """A character the bundled font lacks: let Qt find a font that has it."""
        font = QFont(font_family())
        font.setPointSizeF(self.size)
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            indexes = run.glyphIndexes()
            if indexes and indexes[0]:
                raw = run.rawFont()
                raw.setPixelSize(self.size)
                adv = raw.advancesForGlyphIndexes(indexes[:1], QRawFont.LayoutFlag.UseDesignMetrics)
                return raw, indexes[0], adv[0].x()
        return self.raw, 0, self.size  # nothing has it: the .notdef box, one cell wide
        # (drawn, so the place shows; ``check`` names the character: desktop.jtext.glyphs)


def face(size: float) -> Face:
    """The cached Face of the bundled Mincho at ``size`` points."""
    got = _faces.get(size)
    if got is None:
        font_family()
        got = _faces[size] = Face(size)
    return got
