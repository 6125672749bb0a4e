"""Photos for reports (Pillow, no Qt): load a picture file, shrink for printing.

``load_photo_file`` is what the editor's "insert photo" uses: it turns any
picture Pillow reads into a moderate JPEG (EXIF rotation applied, alpha flattened
onto white, long side at most 2400 px). ``print_ready`` shrinks an image to the
pixels a printed width needs, so a phone photo never bloats a DOCX.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

from desktop.model.errors import FileProblem
from desktop.model.report import Image

MAX_PIXELS = 60_000_000
"""Pictures larger than this (60 megapixels) are refused: likely not a photo, or a bomb."""
MAX_SIDE = 2400
JPEG_QUALITY = 85


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


def load_photo_file(path: str | Path) -> Image:
    """Read a picture file for a report: upright, RGB, long side ≤ 2400 px, JPEG q85."""
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
        img = _shrink(_flatten(img), None, MAX_SIDE)
        return _encode(img)
    except PhotoError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise PhotoError(path, "画像として読み込めません（JPEG・PNG などの写真を選んでください）",
                         f"not a picture that can be read (choose a JPEG or PNG photo): {exc}") from exc


def print_ready(image: Image, width_mm: float, dpi: int = 300) -> Image:
    """The image at most ``width_mm`` wide at ``dpi``, without transparency.

    Returned unchanged when it is already small enough and opaque JPEG/PNG.
    Raises ValueError if the bytes are not a picture.
    """
    max_width = max(1, round(width_mm / 25.4 * dpi))
    try:
        img = _open(image.data)
        needs_flatten = img.mode not in ("RGB", "L") or "transparency" in img.info
        if img.width <= max_width and not needs_flatten and img.format in ("JPEG", "PNG"):
            if image.width == img.width and image.height == img.height:
                return image
            return Image(image.data, f"image/{img.format.lower()}", img.width, img.height)
        if img.width * img.height > MAX_PIXELS * 4:
            raise ValueError(f"picture too large: {img.width}x{img.height}")
        return _encode(_shrink(_flatten(img), max_width, None))
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValueError(f"not a picture: {exc}") from exc
