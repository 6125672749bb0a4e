"""PDF export speed: our Qt renderer against LibreOffice converting our own DOCX.

    python benchmarks/bench_pdf.py [--runs 7] [--lo-runs 3] [--against DIR]

LibreOffice and the command run alternately (LibreOffice, command, LibreOffice, ...), so
their ratio compares the same machine state; ``--against DIR`` adds the command of another
checkout (an earlier commit) to the same alternation. The command runs from compiled
bytecode, as an installed or bundled shutcho does (a private PYTHONPYCACHEPREFIX filled by
a first run, even where PYTHONDONTWRITEBYTECODE is set; bench_startup.py does the same).

Prints medians (in-process sample -> PDF; LibreOffice DOCX -> PDF; a report 20
times the sample; the whole `shutcho export --pdf` command) and the ratios.
Targets (issue 10): in-process <= 60 ms, >= 10x faster than LibreOffice, linear growth,
the command <= 0.3 of LibreOffice's conversion.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.document.builder import build_document  # noqa: E402
from desktop.model.draft import load_draft  # noqa: E402
from desktop.render import Renderer, ensure_app  # noqa: E402
from desktop.resources import sample_path  # noqa: E402
from desktop.writers.pdf import write_pdf  # noqa: E402
from libreoffice import convert  # noqa: E402  (tests/libreoffice.py)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report_to_pdf(report, out: Path) -> int:
    document = build_document(report)
    renderer = Renderer(document)
    write_pdf(document, out, renderer=renderer)
    return renderer.page_count()


def libreoffice(docx: Path, outdir: Path, profile: Path) -> None:
    """LibreOffice as the tests run it (tests/libreoffice.py: fonts and 禁則 lists)."""
    convert([docx], outdir, profile)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lo-runs", type=int, default=3)
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout whose `export --pdf` runs in the same alternation")
    args = parser.parse_args()
    ensure_app()
    sample = sample_path()
    report = load_draft(sample)
    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))

    report_to_pdf(report, tmp / "warm.pdf")  # fonts registered, caches warm
    ours = median_time(lambda: report_to_pdf(report, tmp / "sample.pdf"), args.runs)
    pages = Renderer(build_document(report)).page_count()

    big = copy.deepcopy(report)
    for _ in range(19):
        big.destinations.extend(copy.deepcopy(report.destinations))
    big_pages = Renderer(build_document(big)).page_count()
    ours_big = median_time(lambda: report_to_pdf(big, tmp / "big.pdf"), max(3, args.runs // 2))

    from desktop.writers.docx import write_docx

    docx = tmp / "sample.docx"
    write_docx(build_document(report), docx)
    profile = tmp / "lo-profile"
    libreoffice(docx, tmp / "lo", profile)  # first start creates the profile: not counted
    command = [sys.executable, "-m", "desktop", "export", str(sample), "--pdf", str(tmp / "cli.pdf")]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    other = args.against.resolve() if args.against else None
    if other:
        subprocess.run(command, check=True, capture_output=True, cwd=other, env=env)
    lo_times, cli_times, other_times = [], [], []
    for _ in range(max(3, args.lo_runs)):  # alternating: the same machine state for each
        lo_times.append(median_time(lambda: libreoffice(docx, tmp / "lo", profile), 1))
        cli_times.append(median_time(
            lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env), 1))
        if other:
            other_times.append(median_time(
                lambda: subprocess.run(command, check=True, capture_output=True, cwd=other, env=env), 1))
    lo, cli = statistics.median(lo_times), statistics.median(cli_times)

    print(f"sample: {pages} pages; 20x report: {big_pages} pages")
    print(f"in-process sample -> PDF (median of {args.runs}):   {ours * 1000:8.1f} ms"
          f"   (target <= 60 ms)")
    print(f"LibreOffice DOCX -> PDF (median of {max(3, args.lo_runs)}):   {lo * 1000:8.1f} ms")
    print(f"speed-up against LibreOffice:              {lo / ours:8.1f} x   (goal >= 10 x)")
    print(f"20x report -> PDF:                         {ours_big * 1000:8.1f} ms"
          f"   ({ours_big / ours:.1f} x the sample for {big_pages / pages:.1f} x the pages;"
          f" {ours * 1000 / pages:.1f} vs {ours_big * 1000 / big_pages:.1f} ms/page)")
    print(f"`python -m desktop export --pdf` (median):  {cli * 1000:8.1f} ms"
          f"   ({cli / lo:.2f} of LibreOffice; target <= 0.3)")
    if other:
        theirs = statistics.median(other_times)
        print(f"  the same command from {other}: {theirs * 1000:8.1f} ms   ({theirs / lo:.2f} of LibreOffice)")


if __name__ == "__main__":
    main()
