"""Start-up time of the editor against a bare PySide6 QMainWindow, side by side.

Each run is a fresh process; the clock starts before the process is spawned and
stops when the child reports its window shown (after the first event-loop turn
following show()). For the editor, "shown" means the window holding the sample
report in its form; the live preview is laid out after that, and the time to
the first preview page is printed as well. Runs alternate between the two so
both see the same machine state. Prints medians and the ratio (target ≤ 1.5).

    python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.setWindowTitle("bare")
    window.show()
    def shown():
        print("SHOWN", flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
""")

EDITOR = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QSettings, QTimer
    from desktop.ui.app import create_window, install_language, make_application
    from desktop.ui.settings import AppSettings
    app = make_application()
    settings = AppSettings(QSettings({ini!r}, QSettings.Format.IniFormat))
    install_language(app, settings.language())
    window = create_window(None, settings, {recovery!r})
    window.preview.refreshed.connect(lambda: (print("PREVIEW", flush=True), app.quit()))
    window.show()
    QTimer.singleShot(0, lambda: print("SHOWN " + str(len(window.form.report().destinations)), flush=True))
    app.exec()
    assert "docx" not in sys.modules
""")


def run(code: str) -> dict[str, float]:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.split()[0]] = (time.perf_counter() - started) * 1000
    if child.wait() != 0:
        raise SystemExit(f"child failed ({child.returncode})")
    return marks


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        editor = EDITOR.format(root=str(ROOT), ini=str(Path(tmp) / "s.ini"),
                               recovery=str(Path(tmp) / "recovery"))
        run(BARE), run(editor)  # warm the file cache
        bare, shown, preview = [], [], []
        for _ in range(runs):
            bare.append(run(BARE)["SHOWN"])
            marks = run(editor)
            shown.append(marks["SHOWN"])
            preview.append(marks["PREVIEW"])
    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    b, s, p = (statistics.median(x) for x in (bare, shown, preview))
    print(f"start-up, median of {runs} runs (platform {platform}):")
    print(f"  bare PySide6 QMainWindow shown : {b:7.0f} ms")
    print(f"  editor shown with the sample   : {s:7.0f} ms   ratio {s / b:.2f} (target <= 1.5)")
    print(f"  editor, first preview page     : {p:7.0f} ms   ratio {p / b:.2f}")


if __name__ == "__main__":
    main()
