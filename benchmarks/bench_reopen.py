"""The draft inside the DOCX, and importing past reports: size and time.

For the sample, for a report with camera-sized photos (six 2400x1800 JPEGs, as the
editor's "insert photo" stores them) and for one of 20 visits, prints the DOCX
size without and with the embedded draft (the growth), the export time without
and with it, and the time to reopen the DOCX as its draft. Then the time to import
the reference report from its text, the sample's PDF and a clerk's DOCX.
Medians of several runs after a warm-up.

    python benchmarks/bench_reopen.py [runs=7]
"""

from __future__ import annotations

import copy
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from desktop.document import build_document  # noqa: E402
from desktop.imaging import load_photo_file  # noqa: E402
from desktop.model.docxdraft import read_docx_draft  # noqa: E402
from desktop.model.draft import load_draft  # noqa: E402
from desktop.model.report import Photo  # noqa: E402
from desktop.writers.docx import docx_bytes  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"
FIXTURE = ROOT / "tests" / "shimonoseki-2023-soumu.txt"


def median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def camera_photo(tmp: Path, seed: int):
    """A photo as the editor stores one: a noisy 2400x1800 picture, JPEG q85."""
    from PIL import Image, ImageFilter

    picture = Image.effect_noise((2400, 1800), 60 + seed).convert("RGB").filter(
        ImageFilter.GaussianBlur(2))
    path = tmp / f"p{seed}.png"
    picture.save(path)
    return load_photo_file(path)


def with_photos(report, tmp: Path):
    report = copy.deepcopy(report)
    blocks = [s.blocks for d in report.destinations for s in d.visit.sections]
    for n in range(6):
        blocks[n % len(blocks)].insert(0, Photo(camera_photo(tmp, n), f"写真{n + 1}", 60.0))
    return report


def twenty_visits(report):
    report = copy.deepcopy(report)
    report.destinations = [copy.deepcopy(report.destinations[i % 2]) for i in range(20)]
    return report


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    sample = load_draft(SAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cases = [("sample (two 1200x900 photos)", sample),
                 ("sample + six camera photos", with_photos(sample, tmp)),
                 ("20 visits", twenty_visits(sample))]
        print(f"{'report':<32}{'DOCX':>10}{'with draft':>12}{'growth':>8}"
              f"{'export':>10}{'+draft':>9}{'reopen':>9}")
        for name, report in cases:
            document = build_document(report)
            plain = docx_bytes(document)
            ours = docx_bytes(document, draft=report)
            t_plain = median_ms(lambda: docx_bytes(build_document(report)), runs)
            t_ours = median_ms(lambda: docx_bytes(build_document(report), draft=report), runs)
            t_open = median_ms(lambda: read_docx_draft("x.docx", ours), runs)
            print(f"{name:<32}{len(plain) / 1024:>8.1f}KB{len(ours) / 1024:>10.1f}KB"
                  f"{len(ours) / len(plain) - 1:>8.1%}{t_plain:>8.1f}ms{t_ours - t_plain:>7.1f}ms"
                  f"{t_open:>7.1f}ms")

        from clerkdocx import clerk_docx

        from desktop.export import export_pdf
        from desktop.importer import import_report

        export_pdf(sample, tmp / "sample.pdf")
        clerk_docx(sample, tmp / "clerk.docx")
        print()
        for name, path in (("text (the reference)", FIXTURE), ("PDF (pypdf)", tmp / "sample.pdf"),
                           ("clerk's DOCX", tmp / "clerk.docx")):
            print(f"import from {name:<24}{median_ms(lambda: import_report(path), runs):8.1f} ms")


if __name__ == "__main__":
    main()
