"""Draw the app icon: a report page with a red seal (印). Writes resources/icons/shutcho.{png,ico}.

    python tools/make_icon.py

Each size is drawn at four times its size and scaled down, so edges are smooth;
the small sizes leave out the text lines and the seal's character, which would
only blur.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "BIZUDMincho-Regular.ttf"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PAPER, EDGE, FOLD, LINE = (255, 255, 255), (60, 72, 88), (214, 222, 232), (128, 140, 156)
SEAL, SEAL_TEXT = (200, 30, 36), (255, 255, 255)


def draw(size: int) -> Image.Image:
    scale = 4
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = s / 64  # drawing units: the icon is 64 x 64 units
    stroke = max(round(2.2 * u), 1) if size >= 32 else max(round(3 * u), 1)

    # The page, with its top-right corner folded.
    left, top, right, bottom, fold = 11 * u, 4 * u, 49 * u, 60 * u, 12 * u
    page = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
    d.polygon(page, fill=PAPER)
    d.line(page + [page[0]], fill=EDGE, width=stroke, joint="curve")
    corner = [(right - fold, top), (right - fold, top + fold), (right, top + fold)]
    d.polygon(corner, fill=FOLD)
    d.line(corner, fill=EDGE, width=stroke, joint="curve")

    # Lines of text: a centred title and body lines.
    if size >= 24:
        line = max(round(2.4 * u), 1)
        d.rounded_rectangle([21 * u, 12 * u, 34 * u, 12 * u + line], radius=line / 2, fill=EDGE)
        rows = (21, 27, 33, 39) if size >= 48 else (22, 30)
        for i, y in enumerate(rows):
            end = (43 if i % 2 == 0 else 40) * u
            d.rounded_rectangle([17 * u, y * u, end, y * u + line], radius=line / 2, fill=LINE)

    # The seal, overlapping the page's lower right corner.
    cx, cy, r = 44 * u, 47 * u, (14 if size >= 32 else 16) * u
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=SEAL)
    if size >= 32:
        ring = max(round(1.6 * u), 1)
        inner = r - 3 * u
        d.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], outline=SEAL_TEXT, width=ring)
        font = ImageFont.truetype(str(FONT), round(15 * u))
        d.text((cx, cy), "印", font=font, fill=SEAL_TEXT, anchor="mm")
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in ICO_SIZES}
    images[256].save(OUT / "shutcho.png", optimize=True)
    images[256].save(OUT / "shutcho.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    print(f"wrote {OUT / 'shutcho.png'} and {OUT / 'shutcho.ico'}")


if __name__ == "__main__":
    main()
