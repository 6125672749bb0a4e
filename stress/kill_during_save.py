"""Kill the app while it saves a draft, N times (default 1,000); count what is left.

    .venv/bin/python stress/kill_during_save.py [N]

A child process saves two different drafts over one target in a loop (the real
``save_draft``); the parent kills it with SIGKILL at a random moment. After each
kill the target must load and be byte-identical to one of the two drafts. At the
end it counts our temporary files left beside the target, then saves once more
(the "next save"): the same day, and with the leftovers a day old (as at the next
day's work), and counts again. Prints the counts; figures in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT, say

CHILD = r"""
import sys
from pathlib import Path
from desktop.model.draft import load_draft, save_draft
target = Path(sys.argv[1])
a, b = load_draft(sys.argv[2]), load_draft(sys.argv[3])
print("ready", flush=True)
while True:
    save_draft(a, target)
    save_draft(b, target)
"""


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from desktop.model.atomic import ORPHAN_SECONDS, STALE_SECONDS, TEMP_PREFIX
    from desktop.model.draft import draft_bytes, load_draft, save_draft
    from pdfcheck import small_report

    folder = Path(tempfile.mkdtemp(prefix="shutcho-kill-"))
    sources = Path(tempfile.mkdtemp(prefix="shutcho-kill-src-"))
    target = folder / "報告書.shutcho"
    reports = [small_report(paragraphs=n) for n in (400, 401)]
    versions = {draft_bytes(r) for r in reports}
    for name, report in zip("ab", reports):
        save_draft(report, sources / f"{name}.shutcho")
    save_draft(reports[0], target)
    rng = random.Random(11)
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'tests'}")
    unreadable = different = 0
    started = time.perf_counter()
    for run in range(runs):
        child = subprocess.Popen([PYTHON, "-c", CHILD, str(target), str(sources / "a.shutcho"),
                                  str(sources / "b.shutcho")], stdout=subprocess.PIPE,
                                 env=env, cwd=ROOT)
        child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        try:
            load_draft(target)
        except Exception:  # noqa: BLE001 - counted
            unreadable += 1
            continue
        if target.read_bytes() not in versions:
            different += 1
        if (run + 1) % 100 == 0:
            say(f"  {run + 1} kills, {time.perf_counter() - started:.0f} s")

    def ours() -> list[Path]:
        return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]

    left = ours()
    size = sum(p.stat().st_size for p in left)
    minute_ago = time.time() - ORPHAN_SECONDS - 1  # the clerk's next save, a minute later
    for path in ours():
        os.utime(path, (minute_ago, minute_ago))
    save_draft(reports[0], target)
    left_next_save = len(ours())  # nobody holds them: removed at once (POSIX flock)
    day_ago = time.time() - STALE_SECONDS - 60
    for path in ours():
        os.utime(path, (day_ago, day_ago))
    save_draft(reports[0], target)
    left_next_day = len(ours())
    say(f"kills during save: {runs}")
    say(f"unreadable drafts after a kill: {unreadable}")
    say(f"drafts neither the old nor the new bytes: {different}")
    say(f"temporary files left by the kills: {len(left)} ({size / 2**20:.1f} MB)")
    say(f"left after the next save: {left_next_save}")
    say(f"left after the next save a day later: {left_next_day}")
    for base in (folder, sources):
        for path in base.iterdir():
            path.unlink()
        base.rmdir()
    return 0 if unreadable == different == left_next_save == left_next_day == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
