"""The draft inside the DOCX, and importing past reports: size and time.

For the sample, for a report with six camera photos as the editor's "insert photo"
stores them (at most 600 dpi at 60 mm: 1417x1063 JPEGs), for one with six 2400x1800
JPEGs (a draft from before that, shrunk to 300 dpi in the DOCX) and for one of 20
visits, prints the DOCX size without and with the embedded draft (the growth), the
export time without and with it, the time to reopen the DOCX as its draft, the
time to reopen it after one paragraph was changed in Word (python-docx) and to
describe the change, and whether the reopened draft's photos are the original bytes. Then the time to import
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
from desktop.importer.reopen import describe  # noqa: E402
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


def camera_photo(tmp: Path, seed: int, width_mm: float | None = None):
    """A noisy 4000x3000 camera picture read as the editor reads one (JPEG q85, long side
    ≤ 2400; with ``width_mm``, ≤ 600 dpi at that width, as "insert photo" stores it)."""
    from PIL import Image, ImageFilter

    picture = Image.effect_noise((4000, 3000), 60 + seed).convert("RGB").filter(
        ImageFilter.GaussianBlur(2))
    path = tmp / f"p{seed}.png"
    picture.save(path)
    return load_photo_file(path, width_mm)


def with_photos(report, tmp: Path, width_mm: float | None):
    report = copy.deepcopy(report)
    blocks = [s.blocks for d in report.destinations for s in d.visit.sections]
    for n in range(6):
        blocks[n % len(blocks)].insert(0, Photo(camera_photo(tmp, n, width_mm), f"写真{n + 1}", 60.0))
    return report


def photo_bytes(report) -> list[bytes]:
    def walk(blocks):
        for block in blocks:
            if isinstance(block, Photo):
                yield block.image.data
            yield from walk(getattr(block, "children", ()))

    return [data for d in report.destinations for s in d.visit.sections for data in walk(s.blocks)]


def edited_copy(data: bytes) -> bytes:
    """The DOCX with its first long body paragraph changed, as a clerk would in Word."""
    import docx

    document = docx.Document(io.BytesIO(data))
    target = next(p for p in document.paragraphs if len(p.text) > 40)
    for run in target.runs[1:]:
        run.text = ""
    target.runs[0].text = "Word で書き換えた段落。"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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
                 ("sample + six inserted photos", with_photos(sample, tmp, 60.0)),
                 ("sample + six 2400x1800 photos", with_photos(sample, tmp, None)),
                 ("20 visits", twenty_visits(sample))]
        print(f"{'report':<32}{'DOCX':>10}{'with draft':>12}{'growth':>8}"
              f"{'export':>10}{'+draft':>9}{'reopen':>9}{'edited':>9}  photos back")
        for name, report in cases:
            document = build_document(report)
            plain = docx_bytes(document)
            ours = docx_bytes(document, draft=report)
            t_plain = median_ms(lambda: docx_bytes(build_document(report)), runs)
            t_ours = median_ms(lambda: docx_bytes(build_document(report), draft=report), runs)
            t_open = median_ms(lambda: read_docx_draft("x.docx", ours), runs)
            edited = edited_copy(ours)
            t_edited = median_ms(lambda: describe(read_docx_draft("x.docx", edited)), runs)
            assert read_docx_draft("x.docx", edited).edited
            back = read_docx_draft("x.docx", ours).report
            same = photo_bytes(back) == photo_bytes(report)
            print(f"{name:<32}{len(plain) / 1024:>8.1f}KB{len(ours) / 1024:>10.1f}KB"
                  f"{len(ours) / len(plain) - 1:>8.1%}{t_plain:>8.1f}ms{t_ours - t_plain:>7.1f}ms"
                  f"{t_open:>7.1f}ms{t_edited:>7.1f}ms  {'original' if same else 'as placed'}")

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
