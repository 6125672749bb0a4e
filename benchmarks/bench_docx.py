"""DOCX export speed: the sample, and a report 20 times the sample, in-process.

Prints the median of several runs (the first, with its imports, excluded) and the
ratio of the two. Targets: sample ≤ 100 ms; 20× sample ≤ 25× the sample.

The peer, measured side by side, is bare python-docx writing the same text as plain
paragraphs (no styles, table, fitText or photos): what our layout costs above it.

    python benchmarks/bench_docx.py [runs]
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.document.builder import build_document  # noqa: E402
from desktop.model.draft import load_draft  # noqa: E402
from desktop.writers.docx import docx_bytes  # noqa: E402
from desktop.writers.docx.photos import _print_ready  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"


def median_ms(report, runs: int, cold_photos: bool = False) -> float:
    docx_bytes(build_document(report))  # warm-up (imports, caches)
    times = []
    for _ in range(runs):
        if cold_photos:
            _print_ready.cache_clear()
        start = time.perf_counter()
        docx_bytes(build_document(report))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def peer_median_ms(report, runs: int) -> float:
    """Bare python-docx: every line of the report's plain text as an unstyled paragraph."""
    import io

    import docx

    from desktop.document.plaintext import document_text

    lines = document_text(build_document(report)).splitlines()
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(io.BytesIO())
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    sample = load_draft(SAMPLE)
    big = copy.deepcopy(sample)
    big.destinations = [copy.deepcopy(d) for _ in range(20) for d in sample.destinations]
    cold = median_ms(sample, runs, cold_photos=True)
    one = median_ms(sample, runs)
    twenty = median_ms(big, max(3, runs // 2))
    print(f"sample -> DOCX (build + write, median of {runs}): {one:.1f} ms  (target <= 100 ms)")
    print(f"sample -> DOCX, photos scaled every time (median of {runs}): {cold:.1f} ms")
    print(f"20x sample -> DOCX (median of {max(3, runs // 2)}): {twenty:.1f} ms")
    print(f"ratio 20x / sample: {twenty / one:.1f}x  (target <= 25x)")
    peer = peer_median_ms(sample, runs)
    print(f"peer: bare python-docx, the same text as plain paragraphs: {peer:.1f} ms "
          f"(ours / peer: {one / peer:.2f}x)")


if __name__ == "__main__":
    main()
