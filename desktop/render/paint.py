"""Painting laid-out pages with a QPainter, in points.

Each page's operations are turned once into QGlyphRuns (glyph indexes and
positions), so repainting a preview costs only the drawing.

Painting keeps off PySide's ``Qt`` namespace (building its ~90 enums costs 13 ms, a
twentieth of ``shutcho export --pdf``): ``QPainter.setPen`` and ``QPen(QColor)``
build it whatever they are given (so does ``QPen == QPen``), so rules are stroked
with ``strokePath`` and pens made as ``QPen()`` (black, solid, square caps) with a
width; a painter that does not already hold the plain black pen (every new painter
does) still gets it by setPen. The pages print as before; the PDF repeats the rules'
line width before each rule (strokePath restores the text pen after it).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QPainterPath, QPen

from desktop.jtext.glyphs import is_variation_selector, variant_glyph
from desktop.render.fonts import face
from desktop.render.layout import ImageOp, Op, RuleOp, TextOp

_ORIGIN = QPointF(0.0, 0.0)


def _run(raw, glyphs: list[int], points: list[QPointF]) -> QGlyphRun:
    run = QGlyphRun()
    run.setRawFont(raw)
    run.setGlyphIndexes(glyphs)
    run.setPositions(points)
    return run


def _glyph_runs(op: TextOp) -> list[QGlyphRun]:
    """One run per stretch of characters that share a font (the bundled one, or a fallback)."""
    f = face(op.size)
    found = [f.glyph(ch) for ch in op.text]  # spaces too: U+3000 keeps a line's words together
    y = op.y
    main = f.raw
    if any(g[1] == 0 and g[2] == 0.0 for g in found):
        _select_variants(op.text, found, main)
    if all(g[0] is main and g[1] for g in found):  # the usual case: one run
        return [_run(main, [g[1] for g in found], [QPointF(x, y) for x in op.xs])]
    runs: list[QGlyphRun] = []
    current, glyphs, points = None, [], []
    for (raw, glyph, advance), x in zip(found, op.xs):
        if not glyph and not advance:
            continue  # a variation selector: drawn by the character before it
        if raw is not current:
            if glyphs:
                runs.append(_run(current, glyphs, points))
            current, glyphs, points = raw, [], []
        glyphs.append(glyph)
        points.append(QPointF(x, y))
    if glyphs:
        runs.append(_run(current, glyphs, points))
    return runs


def _select_variants(text: str, found: list, main) -> None:
    """Give a character followed by a variation selector its selected form (葛󠄀), when
    the bundled font has it; otherwise it keeps its usual form (``check`` warns)."""
    for i in range(1, len(text)):
        if is_variation_selector(text[i]) and found[i - 1][0] is main:
            glyph = variant_glyph(text[i - 1], text[i])
            if glyph:
                found[i - 1] = (main, glyph, found[i - 1][2])


def prepare(ops: list[Op]) -> list[tuple]:
    prepared: list[tuple] = []
    for op in ops:
        if isinstance(op, TextOp):
            prepared.extend(("text", run) for run in _glyph_runs(op))
        elif isinstance(op, RuleOp):
            line = QPainterPath(QPointF(op.x1, op.y1))
            line.lineTo(op.x2, op.y2)
            prepared.append(("rule", line, op.width))
        elif isinstance(op, ImageOp):
            prepared.append(("image", QRectF(op.x, op.y, op.w, op.h), op.image))
    return prepared


def _pen(width: float) -> QPen:
    """A solid black pen with square caps, made without PySide's ``Qt`` namespace."""
    pen = QPen()
    pen.setWidthF(width)
    return pen


def _plain_black(pen: QPen) -> bool:
    """Does ``pen`` draw glyphs as ``QPen()`` does? (Compared by its parts: ``==`` on
    QPen builds the ``Qt`` namespace too.)"""
    return (pen.isSolid() and pen.color().rgba() == 0xFF000000 and pen.widthF() == 1.0
            and not pen.isCosmetic())


def paint(painter: QPainter, prepared: list[tuple]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    text_pen = QPen()  # glyphs take their colour from the pen: black
    if not _plain_black(painter.pen()):
        painter.setPen(text_pen)
    pens: dict[float, QPen] = {}
    for item in prepared:
        kind = item[0]
        if kind == "text":
            painter.drawGlyphRun(_ORIGIN, item[1])
        elif kind == "rule":
            pen = pens.get(item[2])
            if pen is None:
                pen = pens[item[2]] = _pen(item[2])
            painter.strokePath(item[1], pen)  # the painter's pen stays the text pen
        elif kind == "image":
            rect, image = item[1], item[2]
            if image is not None:
                painter.drawImage(rect, image)
            else:
                painter.setPen(QPen(QColor(128, 128, 128), 0.5))
                painter.drawRect(rect)
                painter.setPen(text_pen)
    painter.restore()
