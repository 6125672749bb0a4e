"""Start-up time of the editor against a bare PySide6 QMainWindow, side by side.

Each run is a fresh process; the clock starts before the process is spawned and
stops when the child reports its window shown: in the first event-loop turn
after show() (for both, before the first paint). The editor starts as the
``shutcho FILE`` command does (a double-clicked draft: the sample; started with no
file the editor shows a blank report, which is less work), through ``desktop.cli.main``, with
its settings and recovery folders in a fresh temporary home (XDG_CONFIG_HOME,
XDG_DATA_HOME), as at a clerk's first start. "Shown" means the window holding
the sample report, with the page in view (基本情報) built and showing the
sample's fields; the child checks that before it reports. Each
child also reports when its first paint has finished ("first paint", printed for
information; the bare child pays ~1.5 ms there for the watcher's QEvent). The
live preview is laid out after that, and the time to the first preview page is
printed as well. Runs alternate between the two so both see the same machine
state. Prints medians and the ratio (target <= 1.5).

Both children run from compiled bytecode, as an installed or bundled editor does:
they share a private bytecode cache (PYTHONPYCACHEPREFIX in a temporary folder,
filled by the warm-up runs), even where PYTHONDONTWRITEBYTECODE is set. With
``--source`` the environment is inherited unchanged, so with
PYTHONDONTWRITEBYTECODE set every run compiles every module from source.

    python benchmarks/bench_startup.py [runs] [--source] [--against DIR]

``--against DIR`` also starts the editor of another checkout (e.g. ``git worktree
add`` or ``git archive`` of an earlier commit) in the same alternation, and prints
its ratio to the same bare runs: on a shared machine this is the only fair way to
tell whether a change moved the ratio.
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

FIRST_PAINT = textwrap.dedent("""
    def watch_first_paint(window, then):
        # Called once shown (the window is painted only after that turn): ``then``
        # runs after the first paint of the window and its children has finished.
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Watch(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    obj.removeEventFilter(self)
                    QTimer.singleShot(0, then)
                return False

        window._first_paint = Watch()
        window.installEventFilter(window._first_paint)
        window.update()
""")

BARE = FIRST_PAINT + textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.setWindowTitle("bare")
    window.show()
    def painted():
        print("PAINTED", flush=True)
        app.quit()
    def shown():
        print("SHOWN", flush=True)
        watch_first_paint(window, painted)
    QTimer.singleShot(0, shown)
    app.exec()
""")

EDITOR = FIRST_PAINT.replace("{", "{{").replace("}", "}}") + textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from desktop import cli  # what the shutcho command runs
    # cli.main imports desktop.ui.app first thing to start the editor; importing it
    # here instead lets the child watch the window that run_editor shows.
    import desktop.ui.app as app_module
    from PySide6.QtCore import QTimer
    make_window = app_module.create_window
    marks = set()
    def create_window(*args, **kwargs):
        window = make_window(*args, **kwargs)
        app = app_module.QApplication.instance()
        def mark(name):
            print(name, flush=True)
            marks.add(name)
            if {{"PAINTED", "PREVIEW"}} <= marks:
                app.quit()
        def shown():  # the first event-loop turn after run_editor's window.show()
            report = window.form.report()
            scroll = window.form.stack.currentWidget()  # the page in view, as built by now
            page = scroll.widget() if scroll is not None else None
            fields = (page.title_edit.text(), page.addressee.text()) if page is not None else ()
            if (not window.isVisible() or len(report.destinations) < 2
                    or fields != (report.title, report.addressee) or not all(fields)):
                print("NOT-SHOWN", flush=True)
                return app.exit(3)
            print("SHOWN", flush=True)
            watch_first_paint(window, lambda: mark("PAINTED"))
        window.preview.refreshed.connect(lambda: mark("PREVIEW"))
        QTimer.singleShot(0, shown)
        return window
    app_module.create_window = create_window
    status = cli.main([{sample!r}])
    assert "docx" not in sys.modules
    sys.exit(status)
""")


def run(code: str, env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.split()[0]] = (time.perf_counter() - started) * 1000
    if child.wait() != 0 or "NOT-SHOWN" in marks:
        raise SystemExit(f"child failed ({child.returncode}, {sorted(marks)})")
    return marks


def main() -> None:
    argv = sys.argv[1:]
    against = None
    if "--against" in argv:
        at = argv.index("--against")
        against = Path(argv[at + 1]).resolve()
        del argv[at:at + 2]
    args = [a for a in argv if not a.startswith("--")]
    source = "--source" in argv
    runs = int(args[0]) if args else 7
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ.copy()
        if not source:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        editor = EDITOR.format(root=str(ROOT), sample=str(ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"))
        other = None if against is None else EDITOR.format(
            root=str(against), sample=str(against / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"))
        shown_other: list[float] = []
        editor_env = dict(env, XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                          XDG_DATA_HOME=str(Path(tmp) / "data"))
        for _ in range(2):  # warm the file and bytecode caches
            run(BARE, env), run(editor, editor_env)
            if other:
                run(other, editor_env)
        bare: dict[str, list[float]] = {"SHOWN": [], "PAINTED": []}
        ed: dict[str, list[float]] = {"SHOWN": [], "PAINTED": [], "PREVIEW": []}
        for _ in range(runs):
            marks = run(BARE, env)
            for key in bare:
                bare[key].append(marks[key])
            marks = run(editor, editor_env)
            for key in ed:
                ed[key].append(marks[key])
            if other:
                shown_other.append(run(other, editor_env)["SHOWN"])
    b, bp = (statistics.median(bare[k]) for k in ("SHOWN", "PAINTED"))
    s, p, v = (statistics.median(ed[k]) for k in ("SHOWN", "PAINTED", "PREVIEW"))
    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    code = "source, no bytecode cache" if source else "cached bytecode"
    print(f"start-up, median of {runs} runs (platform {platform}, {code}):")
    print(f"  bare PySide6 QMainWindow shown : {b:7.0f} ms")
    print(f"  editor shown with the sample   : {s:7.0f} ms   ratio {s / b:.2f} (target <= 1.5)")
    print(f"  first paint: bare {bp:.0f} ms, editor {p:.0f} ms   ratio {p / bp:.2f}")
    print(f"  editor, first preview page     : {v:7.0f} ms   ratio {v / b:.2f}")
    if against is not None:
        o = statistics.median(shown_other)
        print(f"  against {against}: editor shown {o:.0f} ms   ratio {o / b:.2f}")


if __name__ == "__main__":
    main()
