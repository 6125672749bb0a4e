"""Photos: loaded upright and moderate, shrunk to print resolution, bombs refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage

from desktop.imaging import MAX_SIDE, PhotoError, load_photo_file, print_ready
from desktop.model.report import Image


def save(img: PILImage.Image, path, fmt: str, **kw):
    img.save(path, fmt, **kw)
    return path


def test_large_phone_photo_is_scaled_and_reencoded(tmp_path):
    big = PILImage.effect_noise((6000, 4000), 90).convert("RGB")
    path = save(big, tmp_path / "phone.jpg", "JPEG", quality=98)
    assert path.stat().st_size > 5_000_000
    image = load_photo_file(path)
    assert image.mime == "image/jpeg"
    assert (image.width, image.height) == (MAX_SIDE, 1600)
    assert len(image.data) < path.stat().st_size / 3
    assert PILImage.open(io.BytesIO(image.data)).size == (image.width, image.height)


def test_exif_orientation_is_applied(tmp_path):
    img = PILImage.new("RGB", (400, 200), "white")
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    path = tmp_path / "rotated.jpg"
    img.save(path, "JPEG", exif=exif.tobytes())
    image = load_photo_file(path)
    assert (image.width, image.height) == (200, 400)


def test_transparent_png_is_flattened_onto_white(tmp_path):
    img = PILImage.new("RGBA", (50, 40), (255, 0, 0, 0))
    image = load_photo_file(save(img, tmp_path / "clear.png", "PNG"))
    pixel = PILImage.open(io.BytesIO(image.data)).convert("RGB").getpixel((25, 20))
    assert all(c > 240 for c in pixel)


def test_too_many_pixels_is_refused_naming_the_file(tmp_path):
    img = PILImage.new("1", (10000, 7000))  # 70 megapixels, small file
    path = save(img, tmp_path / "huge.png", "PNG")
    with pytest.raises(PhotoError) as info:
        load_photo_file(path)
    assert isinstance(info.value, ValueError)
    assert "huge.png" in str(info.value) and "メガピクセル" in info.value.ja


def test_not_a_picture(tmp_path):
    path = tmp_path / "memo.jpg"
    path.write_text("これは写真ではありません", encoding="utf-8")
    with pytest.raises(PhotoError) as info:
        load_photo_file(path)
    assert "memo.jpg" in str(info.value)
    with pytest.raises(PhotoError):
        load_photo_file(tmp_path / "missing.jpg")


def test_print_ready_downscales_to_width_at_dpi_and_is_a_noop_when_small():
    out = io.BytesIO()
    PILImage.effect_noise((3000, 2000), 60).convert("RGB").save(out, "JPEG")
    big = Image(out.getvalue(), "image/jpeg", 3000, 2000)
    ready = print_ready(big, 60.0)
    assert ready.width == round(60 / 25.4 * 300) and ready.height == round(2000 * ready.width / 3000)
    assert print_ready(ready, 60.0) is ready


def test_print_ready_flattens_transparency():
    out = io.BytesIO()
    PILImage.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, "PNG")
    ready = print_ready(Image(out.getvalue(), "image/png", 20, 20), 60.0)
    assert PILImage.open(io.BytesIO(ready.data)).mode == "RGB"
    with pytest.raises(ValueError):
        print_ready(Image(b"junk", "image/png", 1, 1), 60.0)


def _jpeg(size, **kw) -> Image:
    out = io.BytesIO()
    PILImage.effect_noise(size, 40).convert("RGB").save(out, "JPEG", quality=85, **kw)
    return Image(out.getvalue(), "image/jpeg", *size)


def test_placed_keeps_a_clean_photo_up_to_600_dpi_and_shrinks_above():
    from desktop.imaging import placed

    at_limit = _jpeg((1417, 1063))  # 600 dpi at 60 mm
    assert placed(at_limit, 60.0).data == at_limit.data  # its own bytes, not re-encoded
    over = _jpeg((1418, 1064))
    shrunk = placed(over, 60.0)
    assert shrunk.width == 709 and shrunk.data != over.data  # 300 dpi at 60 mm
    assert placed(over, 61.0).data == over.data  # the same photo printed wider is kept


def test_placed_strips_metadata_even_under_the_threshold():
    from desktop.imaging import placed

    exif = PILImage.Exif()
    exif[0x010F] = "SpyCam"
    tagged = _jpeg((400, 300), exif=exif.tobytes())
    assert b"SpyCam" in tagged.data
    got = placed(tagged, 60.0)
    assert b"SpyCam" not in got.data and (got.width, got.height) == (400, 300)
    assert not PILImage.open(io.BytesIO(got.data)).getexif()


def test_load_photo_file_for_a_width_stays_under_600_dpi(tmp_path):
    path = save(PILImage.effect_noise((4000, 3000), 40).convert("L").convert("RGB"),
                tmp_path / "c.jpg", "JPEG")
    assert load_photo_file(path, 60.0).width == 1417
    assert load_photo_file(path, 150.0).width == MAX_SIDE  # the long side's limit comes first
    portrait = save(PILImage.new("RGB", (3000, 4000), (1, 2, 3)), tmp_path / "p.jpg", "JPEG")
    image = load_photo_file(portrait, 60.0)
    assert (image.width, image.height) == (1417, 1889)
