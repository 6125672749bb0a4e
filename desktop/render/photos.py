"""Photos decoded once, flattened onto white (PDF/A-1b forbids transparency)
and reduced to about 300 dpi at their printed size.

The pixels come from ``desktop.imaging.usable``, as in the DOCX: decoded from
the photo's real header under the pixel budget, metadata stripped, so the PDF,
print and preview show the photos the DOCX has (an unusable photo is left out
of both, and ``check`` and the export say so). Qt's own area-averaging scaler
then shrinks them to 300 dpi (the DOCX keeps up to 600 dpi: ``imaging.placed``).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from PySide6.QtGui import QColor, QImage, QPainter

from desktop.geometry import PHOTO_DPI as PRINT_DPI
from desktop.model.report import Image

_cache: OrderedDict[tuple[bytes, int], QImage | None] = OrderedDict()
_CACHE_SIZE = 64


def flattened(image: Image, width_pt: float) -> QImage | None:
    """The photo as an opaque RGB image for ``width_pt`` points, or None if unreadable."""
    target = max(1, round(width_pt / 72.0 * PRINT_DPI))
    key = (hashlib.blake2b(image.data, digest_size=16).digest(), target)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    result = _decode(image.data, target)
    _cache[key] = result
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return result


def _decode(data: bytes, target: int) -> QImage | None:
    from desktop.imaging import UnusablePhoto, usable

    try:
        ready = usable(Image(data, "", 0, 0))
    except UnusablePhoto:
        return None
    img = QImage.fromData(ready.data)
    if img.isNull():
        return None
    if img.width() > target:
        # Qt's area-averaging scaler: ~1 ms where Pillow's Lanczos took 12-15 ms a photo,
        # and no Qt namespace import (13 ms) for a transformation-mode enum
        img = img.smoothScaled(target, max(1, round(img.height() * target / img.width())))
    if img.hasAlphaChannel():
        flat = QImage(img.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, img)
        painter.end()
        return flat
    if img.format() not in (QImage.Format.Format_RGB32, QImage.Format.Format_Grayscale8):
        img = img.convertToFormat(QImage.Format.Format_RGB32)
    return img


def aspect(image: Image, decoded: QImage | None) -> float:
    """Height / width of the photo as decoded (the draft's declared size is only a
    fallback when the photo cannot be decoded; 3:4 when nothing is known)."""
    if decoded is not None and decoded.width() > 0:
        return decoded.height() / decoded.width()
    if image.width > 0 and image.height > 0:
        return image.height / image.width
    return 0.75
