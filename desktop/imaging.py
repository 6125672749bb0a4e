"""Photos for reports (Pillow, no Qt): load a picture file, shrink for printing.

``load_photo_file`` is what the editor's "insert photo" uses: it turns any
picture Pillow reads into a moderate JPEG (EXIF rotation applied, alpha flattened
onto white, long side at most 2400 px, and at most KEEP_DPI at the photo's printed
width). ``print_ready`` shrinks an image to the pixels a printed width needs, so a
phone photo never bloats a DOCX.

``placed`` is the photo as the DOCX holds it (and so as a draft reopened from that
DOCX holds it): the photo's own bytes when they already are a reasonable print
photo (``usable`` returns them unchanged, and it is at most KEEP_DPI = 2 × 300 dpi
at its printed width), otherwise ``print_ready`` at 300 dpi. A photo as the editor
stores it is therefore placed byte for byte, and the reopened draft equals the
original (docs/draft-format.md).

A photo inside a draft is never trusted: ``usable`` decodes it from its own
header (the width and height the draft declares are ignored), refuses it when
it has more than DECODE_PIXELS pixels (the draft format's limit, checked before
any pixel is decoded: a small PNG can declare a 15,400² picture) or when it is
truncated or broken, and strips its metadata (EXIF with GPS position and owner,
XMP, comments, text chunks). The DOCX writer (``placed``) and the Qt renderer
(PDF, print, preview: ``desktop.render.photos``) both start from ``usable``: the
same photos in every output, and none silently different.
``photo_problem`` tells ``check`` why a photo cannot be used.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

from desktop.geometry import PHOTO_DPI
from desktop.model.errors import FileProblem
from desktop.model.report import Image

MAX_PIXELS = 60_000_000
"""Pictures larger than this (60 megapixels) are refused: likely not a photo, or a bomb."""
MAX_SIDE = 2400
PRINT_DPI = PHOTO_DPI
"""The resolution photos are shrunk to when they are larger than a print needs."""
KEEP_DPI = 2 * PRINT_DPI
"""A clean JPEG/PNG at most this many pixels per inch of its printed width goes into the
DOCX as it is (its own bytes); a larger one is shrunk to PRINT_DPI."""
JPEG_QUALITY = 85
DECODE_PIXELS = 100_000_000
"""The most pixels a photo in a draft may have (the draft format's limit): about 300 MB
decoded as RGB, within the export memory budget of docs/draft-format.md."""
_CLEAN_INFO = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive",
               "progression", "adobe", "adobe_transform", "gamma", "srgb", "aspect",
               "interlace", "chromaticity"}
"""What Pillow reports of a JPEG or PNG that carries no metadata worth stripping."""


class UnusablePhoto(ValueError):
    """A photo in a report that cannot be printed; ``ja`` and ``en`` say why."""

    def __init__(self, ja: str, en: str):
        super().__init__(f"{ja} ({en})")
        self.ja = ja
        self.en = en


class PhotoError(FileProblem, ValueError):
    """A picture file that cannot be used; the message names the file (ja + en)."""


def _open(data: bytes) -> PILImage.Image:
    previous = PILImage.MAX_IMAGE_PIXELS
    PILImage.MAX_IMAGE_PIXELS = None  # we check the size ourselves, before decoding
    try:
        img = PILImage.open(io.BytesIO(data))
    finally:
        PILImage.MAX_IMAGE_PIXELS = previous
    return img


def _flatten(img: PILImage.Image) -> PILImage.Image:
    """RGB on white: transparency and palettes flattened, CMYK/greyscale converted."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        background = PILImage.new("RGB", img.size, (255, 255, 255))
        background.paste(img, mask=img.getchannel("A"))
        return background
    if img.mode != "RGB":
        return img.convert("RGB")
    return img


def _encode(img: PILImage.Image) -> Image:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return Image(out.getvalue(), "image/jpeg", img.width, img.height)


def _shrink(img: PILImage.Image, max_width: int | None, max_side: int | None) -> PILImage.Image:
    scale = 1.0
    if max_width and img.width > max_width:
        scale = min(scale, max_width / img.width)
    if max_side and max(img.size) > max_side:
        scale = min(scale, max_side / max(img.size))
    if scale >= 1.0:
        return img
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    img.draft("RGB", size)  # JPEG: decode at a reduced scale, much faster
    return img.resize(size, PILImage.LANCZOS, reducing_gap=3.0)


def width_px(width_mm: float, dpi: int) -> int:
    """The pixels a photo ``width_mm`` wide has at ``dpi`` (at least 1)."""
    return max(1, round(width_mm / 25.4 * dpi))


def load_photo_file(path: str | Path, width_mm: float | None = None) -> Image:
    """Read a picture file for a report: upright, RGB, long side ≤ 2400 px, JPEG q85.

    With ``width_mm`` (the width the photo prints at), also at most KEEP_DPI wide at that
    width, so that the DOCX takes the photo's own bytes (see ``placed``).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError(path, f"ファイルを読めません: {exc.strerror or exc}",
                         f"cannot read the file: {exc}") from exc
    try:
        img = _open(data)
        if img.width * img.height > MAX_PIXELS:
            raise PhotoError(path, f"画像が大きすぎます（{img.width}×{img.height} ピクセル、上限 "
                             f"{MAX_PIXELS // 1_000_000} メガピクセル）",
                             f"the picture is too large ({img.width}x{img.height} pixels, "
                             f"limit {MAX_PIXELS // 1_000_000} megapixels)")
        img.draft("RGB", (MAX_SIDE, MAX_SIDE))
        img = ImageOps.exif_transpose(img) or img
        max_width = width_px(width_mm, KEEP_DPI) if width_mm else None
        img = _shrink(_flatten(img), max_width, MAX_SIDE)
        return _encode(img)
    except PhotoError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise PhotoError(path, "画像として読み込めません（JPEG・PNG などの写真を選んでください）",
                         f"not a picture that can be read (choose a JPEG or PNG photo): {exc}") from exc


def _has_metadata(img: PILImage.Image) -> bool:
    if set(img.info) - _CLEAN_INFO or getattr(img, "text", None):
        return True
    # JPEG: any APPn segment but JFIF (APP0) and Adobe (APP14) carries metadata
    return any(marker not in ("APP0", "APP14") for marker, _ in getattr(img, "applist", []))


def _to_8bit(img: PILImage.Image) -> PILImage.Image:
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.mode == "F":
        return img.convert("L")
    return img


_usable_cache: OrderedDict[bytes, Image | UnusablePhoto] = OrderedDict()
_usable_lock = threading.Lock()
_USABLE_CACHE_SIZE = 64


def usable(image: Image) -> Image:
    """The photo as it goes into every output: decoded from its real header, within
    DECODE_PIXELS, upright, opaque, long side ≤ MAX_SIDE, metadata stripped.

    The draft's bytes are returned unchanged when they already are all that (a clean,
    opaque JPEG or PNG of moderate size). Raises UnusablePhoto. Remembered by content.
    """
    key = hashlib.blake2b(image.data, digest_size=16).digest()
    with _usable_lock:
        got = _usable_cache.get(key)
        if got is not None:
            _usable_cache.move_to_end(key)
    if got is None:
        try:
            got = _make_usable(image)
        except UnusablePhoto as exc:
            got = exc
        with _usable_lock:
            _usable_cache[key] = got
            while len(_usable_cache) > _USABLE_CACHE_SIZE:
                _usable_cache.popitem(last=False)
    if isinstance(got, UnusablePhoto):
        raise got
    return got


def _make_usable(image: Image) -> Image:
    try:
        img = _open(image.data)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UnusablePhoto("写真として読めません（壊れているか、JPEG・PNG ではありません）",
                            f"not a picture that can be read (damaged, or not JPEG/PNG): {exc}") from None
    if img.format not in ("JPEG", "PNG"):
        raise UnusablePhoto(f"JPEG・PNG 以外の画像です（{img.format}）",
                            f"the picture is not JPEG or PNG ({img.format})")
    pixels = img.width * img.height
    if pixels > DECODE_PIXELS or not pixels:
        raise UnusablePhoto(
            f"画像が大きすぎます（実際は {img.width:,}×{img.height:,} ピクセル、上限 "
            f"{DECODE_PIXELS // 1_000_000} メガピクセル）",
            f"the picture is too large (really {img.width:,}x{img.height:,} pixels, limit "
            f"{DECODE_PIXELS // 1_000_000} megapixels)")
    try:
        clean = (max(img.size) <= MAX_SIDE and img.mode in ("RGB", "L")
                 and "transparency" not in img.info and not _has_metadata(img))
        img.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale
        img.load()  # the whole picture: a truncated or broken one fails here
        if clean:
            mime = f"image/{img.format.lower()}"
            if (image.mime, image.width, image.height) == (mime, img.width, img.height):
                return image
            return Image(image.data, mime, img.width, img.height)
        fmt = img.format
        img = ImageOps.exif_transpose(img) or img
        img = _shrink(_to_8bit(img), None, MAX_SIDE)
        img = _flatten(img)
        if fmt == "PNG":
            out = io.BytesIO()
            img.save(out, "PNG", optimize=False, compress_level=6)
            return Image(out.getvalue(), "image/png", img.width, img.height)
        return _encode(img)
    except (OSError, ValueError, SyntaxError, MemoryError, PILImage.DecompressionBombError) as exc:
        raise UnusablePhoto("写真の中身が壊れています（途中で切れているなど）",
                            f"the picture is damaged (truncated or corrupt): {exc}") from None


def photo_problem(image: Image) -> tuple[str, str] | None:
    """Why a photo of a report cannot be printed, (ja, en), or None when it can."""
    try:
        usable(image)
    except UnusablePhoto as exc:
        return exc.ja, exc.en
    return None


def print_ready(image: Image, width_mm: float, dpi: int = 300) -> Image:
    """The usable photo at most ``width_mm`` wide at ``dpi``, opaque, without metadata.

    Raises UnusablePhoto (a ValueError) if the photo cannot be used (see ``usable``).
    """
    ready = usable(image)
    max_width = width_px(width_mm, dpi)
    if ready.width <= max_width:
        return ready
    img = _open(ready.data)
    img = _shrink(img, max_width, None)
    if ready.mime == "image/png":
        out = io.BytesIO()
        img.save(out, "PNG", optimize=False, compress_level=6)
        return Image(out.getvalue(), "image/png", img.width, img.height)
    return _encode(img if img.mode in ("RGB", "L") else img.convert("RGB"))


def placed(image: Image, width_mm: float) -> Image:
    """The photo as the DOCX holds it: ``usable(image)`` (the photo's own bytes when it is a
    clean JPEG or PNG) if it is at most KEEP_DPI at ``width_mm``, else ``print_ready`` at
    PRINT_DPI. Metadata never passes: both start from ``usable``. Raises UnusablePhoto."""
    ready = usable(image)
    if ready.width <= width_px(width_mm, KEEP_DPI):
        return ready
    return print_ready(ready, width_mm, PRINT_DPI)
