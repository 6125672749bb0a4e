"""Batch export and check: ``shutcho export DIR --out-dir OUT --jobs N`` against one at a time.

Makes N drafts (the sample with its text varied, so no two are alike; one of them
broken on purpose: it must be reported and the rest exported), then runs the
command line as a clerk would, side by side: --jobs 1 (one at a time, in one
process) and --jobs 2, 4 ... up to the cores. Prints the median wall time of
each and its ratio to --jobs 1, and the CPU time the command and its workers
used (what the pool costs on top of the work: on an idle machine with N free cores
the wall time approaches CPU time / N).

    python benchmarks/bench_batch.py [drafts=200] [runs=3] [format=docx]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.model.draft import load_draft, save_draft  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"


def make_drafts(folder: Path, count: int) -> None:
    report = load_draft(SAMPLE)
    intro = report.introduction
    for n in range(count - 1):
        report.introduction = f"{intro}（第{n + 1}号）"
        save_draft(report, folder / f"report-{n:03d}.shutcho")
    (folder / "broken.shutcho").write_text('{"format": "shutcho-draft", "version": 1, "rep',
                                           encoding="utf-8")


def run(verb: str, folder: Path, out: Path, jobs: int, fmt: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = [sys.executable, "-m", "desktop", verb, str(folder), "--jobs", str(jobs)]
    if verb == "export":
        args += ["--out-dir", str(out), "--format", fmt]
    start = time.perf_counter()
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    elapsed = time.perf_counter() - start
    assert result.returncode == 1, result.stderr[-2000:]  # the broken draft
    assert "broken.shutcho" in result.stderr and "Traceback" not in result.stderr, result.stderr
    if verb == "export":
        written = len(list(out.glob(f"*.{fmt.split(',')[0]}")))
        assert written == len(list(folder.glob("*.shutcho"))) - 1, written
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    fmt = sys.argv[3] if len(sys.argv) > 3 else "docx"
    cores = os.cpu_count() or 1
    job_counts = sorted({1, 2, cores} | ({4} if cores >= 4 else set()))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "drafts"
        folder.mkdir()
        make_drafts(folder, count)
        print(f"{count} drafts (one broken), {cores} cores, median of {runs} runs")
        for verb in ("export", "check"):
            base = None
            for jobs in job_counts:
                times, cpus = [], []
                for r in range(runs):
                    out = Path(tmp) / f"out-{verb}-{jobs}-{r}"
                    wall, cpu = run(verb, folder, out, jobs, fmt)
                    times.append(wall)
                    cpus.append(cpu)
                median = statistics.median(times)
                base = base or median
                label = f"{verb} --format {fmt}" if verb == "export" else verb
                print(f"{label:<22} --jobs {jobs}: {median:6.2f} s  "
                      f"({count / median:5.1f} drafts/s, {base / median:4.2f}x one at a time; "
                      f"CPU {statistics.median(cpus):6.2f} s)")
        print(f"load average now: {os.getloadavg()[0]:.1f} on {cores} cores")


if __name__ == "__main__":
    main()
