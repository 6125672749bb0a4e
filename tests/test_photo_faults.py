"""Issue 11, finding 6: photos decoded from their real headers under a pixel budget,
the same photos in DOCX and PDF, unusable ones a check problem and an export
warning, metadata stripped in every output."""

from __future__ import annotations

import io
import resource
import subprocess
import zipfile

import pytest

from conftest import module_scope_but_per_test_under_mutmut
from PIL import Image as PILImage

from desktop import export
from desktop.model.checks import check_report
from desktop.model.report import Image, Photo
from pdfcheck import small_report

OWNER = "Taro Yamada (owner)"


def _png(size, mode="1") -> bytes:
    out = io.BytesIO()
    PILImage.new(mode, size).save(out, "PNG")
    return out.getvalue()


def _jpeg_with_gps() -> bytes:
    img = PILImage.effect_noise((320, 240), 40).convert("RGB")
    exif = PILImage.Exif()
    exif[0x013B] = OWNER  # Artist
    exif[0x8825] = {1: "N", 2: (33.0, 57.0, 0.0), 3: "E", 4: (130.0, 56.0, 0.0)}  # GPS
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    assert b"Exif" in out.getvalue()
    return out.getvalue()


def _report_with(image: Image, caption: str = "問題の写真"):
    report = small_report(paragraphs=1, photo=False)
    report.destinations[0].visit.sections[0].blocks.insert(0, Photo(image, caption, 60.0))
    return report


def _docx_media(path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]


def _pdf_images(path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    return len(listing) - 2


def _photo_errors(report):
    return [f for f in check_report(report) if f.kind == "photo" and f.level == "error"]


@pytest.fixture(scope=module_scope_but_per_test_under_mutmut)
def bomb() -> Image:
    """A 15,400² PNG (about 30 KB) that its draft declares as 640×480."""
    return Image(_png((15_400, 15_400)), "image/png", 640, 480)


def test_bomb_is_a_check_problem_and_export_stays_small(tmp_path, bomb):
    report = _report_with(bomb)
    errors = _photo_errors(report)
    assert len(errors) == 1 and "15,400" in errors[0].en and "問題の写真" in errors[0].ja
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    warnings = export.export_docx(report, tmp_path / "a.docx")
    warnings += export.export_pdf(report, tmp_path / "a.pdf")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 300, f"export grew by {grown_mb:.0f} MB"
    assert len(warnings) == 2 and all("問題の写真" in w for w in warnings)
    assert _docx_media(tmp_path / "a.docx") == [] and _pdf_images(tmp_path / "a.pdf") == 0


@pytest.mark.parametrize("damage", ["truncated", "garbage", "gif"])
def test_broken_photo_is_left_out_of_both_and_said(tmp_path, damage):
    good = _jpeg_with_gps()
    data = {"truncated": good[:len(good) // 2],
            "garbage": b"\xff\xd8\xff" + b"\x00" * 500,
            "gif": _gif()}[damage]
    report = _report_with(Image(data, "image/jpeg", 320, 240))
    assert len(_photo_errors(report)) == 1
    assert export.export_docx(report, tmp_path / "a.docx")
    assert export.export_pdf(report, tmp_path / "a.pdf")
    assert _docx_media(tmp_path / "a.docx") == [] and _pdf_images(tmp_path / "a.pdf") == 0


def _gif() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (20, 20)).save(out, "GIF")
    return out.getvalue()


def test_honest_ten_thousand_square_photo_is_in_both(tmp_path):
    report = _report_with(Image(_png((10_000, 10_000)), "image/png", 10_000, 10_000))
    assert _photo_errors(report) == []
    assert export.export_docx(report, tmp_path / "a.docx") == []
    export.export_pdf(report, tmp_path / "a.pdf")
    media = _docx_media(tmp_path / "a.docx")
    assert len(media) == 1 and PILImage.open(io.BytesIO(media[0])).width <= 2400
    assert _pdf_images(tmp_path / "a.pdf") == 1


def test_exif_and_gps_never_reach_an_output(tmp_path):
    report = _report_with(Image(_jpeg_with_gps(), "image/jpeg", 320, 240))
    assert _photo_errors(report) == []
    export.export_docx(report, tmp_path / "a.docx")
    export.export_pdf(report, tmp_path / "a.pdf")
    (media,) = _docx_media(tmp_path / "a.docx")
    assert b"Exif" not in media and OWNER.encode() not in media
    assert not PILImage.open(io.BytesIO(media)).getexif()
    pdf = (tmp_path / "a.pdf").read_bytes()
    assert OWNER.encode() not in pdf and b"Exif" not in pdf
    assert _pdf_images(tmp_path / "a.pdf") == 1


def test_declared_size_is_not_trusted_for_the_shape(tmp_path):
    """A 300×100 photo declared as 100×300 prints wide in both outputs."""
    out = io.BytesIO()
    PILImage.new("RGB", (300, 100), "red").save(out, "JPEG")
    report = _report_with(Image(out.getvalue(), "image/jpeg", 100, 300))
    export.export_docx(report, tmp_path / "a.docx")
    xml = zipfile.ZipFile(tmp_path / "a.docx").read("word/document.xml").decode()
    import re
    cx, cy = map(int, re.search(r'wp:extent cx="(\d+)" cy="(\d+)"', xml).groups())
    assert cx > cy * 2.5
