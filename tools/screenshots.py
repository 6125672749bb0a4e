"""Screenshots of the editor for docs/: the sample at 1366×768 (100%) and at
1920×1080 with QT_SCALE_FACTOR=1.5, on a 基本情報 page and a destination's page.

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py docs/screen-1366x768
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_SCALE_FACTOR=1.5 \\
        python tools/screenshots.py docs/screen-1920x1080-150

Writes PREFIX-basic.png and PREFIX-visit.png (the window as it first opens, with
fresh settings, on the screen Xvfb gives it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from desktop.ui.app import create_window, make_application
    from desktop.ui.settings import AppSettings

    prefix = sys.argv[1]
    tmp = tempfile.mkdtemp()
    app = make_application()
    settings = AppSettings(QSettings(tmp + "/s.ini", QSettings.Format.IniFormat))
    win = create_window(str(ROOT / "resources" / "samples" / "shimonoseki-2023-soumu.shutcho"),
                        settings, Path(tmp) / "recovery")
    win.show()

    def settle(until=lambda: True):
        for _ in range(200):
            QTest.qWait(25)
            if until() and not win.preview.busy:
                break

    settle(lambda: win.preview.page_count() > 0)
    win.grab().save(f"{prefix}-basic.png")
    win.form.focus_field(("destinations", 0, "visit", "hosts", 0, "people", 0, "department"))
    settle()
    win.grab().save(f"{prefix}-visit.png")
    print(prefix, win.width(), win.height())
    app.quit()


if __name__ == "__main__":
    main()
