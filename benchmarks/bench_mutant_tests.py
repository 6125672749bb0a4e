"""What one surviving writer mutant costs: the tests mutmut runs for it, timed as a mutant runs them.

mutmut runs every test once in its own process (the stats run), then forks that process
for each mutant and runs, in the child, the tests that reach the mutated function. A
mutant no test kills runs all of them, so the writers' run time is mostly these runs.
This script does the same in one process: the whole selection once (like the stats run),
then the tests that reach ``function`` again, ``runs`` times, in forked children, and
prints the median wall time of a child (and the first, in-process pass for comparison).

    python benchmarks/bench_mutant_tests.py [function=desktop.writers.docx.build.x_build_docx] [runs=3]

The list of tests comes from ``mutants/mutmut-stats.json`` (made by ``mutmut run``).
Run it from the repository root with the project's venv.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    function = sys.argv[1] if len(sys.argv) > 1 else "desktop.writers.docx.build.x_build_docx"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    stats = json.loads((ROOT / "mutants" / "mutmut-stats.json").read_text("utf-8"))
    tests = sorted(stats["tests_by_mangled_function_name"][function])
    os.chdir(ROOT)
    import pytest

    class Collected:  # only the tests this tree has (the list may come from another version)
        ids: set[str] = set()

        def pytest_collection_modifyitems(self, items):
            Collected.ids = {item.nodeid for item in items}

    files = sorted({t.split("::")[0] for t in tests if (ROOT / t.split("::")[0]).exists()})
    pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider"] + files, plugins=[Collected()])
    tests = [t for t in tests if t in Collected.ids]

    args = ["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--no-header", "-x"]
    start = time.perf_counter()
    assert pytest.main(args + tests) == 0
    first = time.perf_counter() - start
    # Qt's painting thread pool keeps idle threads for 30 s; a child forked while they live
    # waits for them for ever (they are not copied). mutmut's parent is idle by then.
    time.sleep(35)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            sys.stdout = sys.stderr = open(os.devnull, "w")
            os._exit(int(pytest.main(args + tests)))
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        times.append(time.perf_counter() - start)
    print(f"{function}: {len(tests)} tests; first pass in-process {first:.1f} s; "
          f"a forked mutant's run: median {statistics.median(times):.1f} s "
          f"(runs: {', '.join(f'{t:.1f}' for t in times)})")


if __name__ == "__main__":
    main()
