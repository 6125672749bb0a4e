"""Loading and saving the sample draft: median over many runs (target ≤ 20 ms each).

    python benchmarks/bench_draft.py [--runs N]

Peers measured side by side: plain ``json.loads`` of the same bytes (loading
can't be faster than parsing) and ``json.dumps`` + a plain file write (saving
without validation, base64 or the atomic fsync/replace).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.model import Image, Photo  # noqa: E402
from desktop.model.codec import report_to_data  # noqa: E402
from desktop.model.draft import draft_bytes, load_draft, save_draft  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"
TARGET_MS = 20.0


def median_ms(action, runs: int) -> float:
    action()  # warm-up (imports, file cache)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    runs = max(args.runs, 20)

    raw = SAMPLE.read_bytes()
    report = load_draft(SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / SAMPLE.name
        plain = Path(folder) / "plain.json"

        def plain_save() -> None:
            with open(plain, "wb") as handle:
                handle.write(json.dumps(report_to_data(report), ensure_ascii=False).encode())

        results = {
            "load sample (load_draft)": median_ms(lambda: load_draft(SAMPLE), runs),
            "  peer: json.loads of the bytes": median_ms(lambda: json.loads(raw), runs),
            "save sample (save_draft, atomic)": median_ms(lambda: save_draft(report, target), runs),
            "  of which draft_bytes": median_ms(lambda: draft_bytes(report), runs),
            "  peer: json.dumps + plain write": median_ms(plain_save, runs),
        }
        # For scale (no target): the sample with ten 2 MB photos added.
        heavy = load_draft(SAMPLE)
        blocks = heavy.destinations[0].visit.sections[0].blocks
        for i in range(10):
            data = b"\xff\xd8\xff" + bytes([i]) * (2 * 2**20)
            blocks.append(Photo(Image(data, "image/jpeg", 3000, 2000), f"写真{i}"))
        heavy_path = Path(folder) / "heavy.shutcho"
        save_draft(heavy, heavy_path)
        heavy_runs = max(runs // 5, 5)
        results["with 10 × 2 MB photos: load"] = median_ms(lambda: load_draft(heavy_path), heavy_runs)
        results["with 10 × 2 MB photos: save"] = median_ms(lambda: save_draft(heavy, heavy_path),
                                                           heavy_runs)
    print(f"sample: {SAMPLE.name}, {len(raw) / 1024:,.0f} KiB; median of {runs} runs "
          f"({heavy_runs} for the 28 MB draft)")
    for name, ms in results.items():
        print(f"{name:<36} {ms:8.2f} ms")
    load = results["load sample (load_draft)"]
    save = results["save sample (save_draft, atomic)"]
    print(f"load / json.loads ratio: {load / results['  peer: json.loads of the bytes']:.1f}x; "
          f"save / plain write ratio: {save / results['  peer: json.dumps + plain write']:.1f}x")
    ok = load <= TARGET_MS and save <= TARGET_MS
    print(f"target ≤ {TARGET_MS:.0f} ms each: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
