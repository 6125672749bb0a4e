"""Hostile input to ``shutcho import``: time and peak memory of each refusal.

Runs the command line (a fresh process each) on every hostile kind of
tests/test_import_hostile.py and prints the wall time and the peak resident
memory (GNU time's %M), next to the draft loader's on the
sample draft for scale.

    python benchmarks/bench_hostile.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_import_hostile import KINDS  # noqa: E402


def measure(args: list[str]) -> tuple[float, float, int]:
    """(wall s, peak RSS MB, exit status); the peak from GNU time, whose own small process
    is the one that forks python (a child's peak counts its parent's at fork)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "desktop", *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return wall, peak_kb / 1024, result.returncode


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        wall, rss, code = measure(["check", str(ROOT / "resources/samples/shimonoseki-2023-soumu.shutcho")])
        print(f"{'shutcho check of the sample (for scale)':<44}{wall:6.2f} s {rss:7.1f} MB  exit {code}")
        for kind in KINDS:
            path = tmp / f"{kind}.in"
            # made in another process: a child's peak memory counts its parent's at fork
            subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'tests'); "
                            "from pathlib import Path; from test_import_hostile import hostile; "
                            f"hostile({kind!r}, Path({str(path)!r}))"], cwd=ROOT, check=True)
            wall, rss, code = measure(["import", str(path), "-o", str(tmp / "out.shutcho")])
            print(f"{'shutcho import: ' + kind:<44}{wall:6.2f} s {rss:7.1f} MB  exit {code}")


if __name__ == "__main__":
    main()
