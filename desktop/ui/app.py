"""Starting the editor: the QApplication, its names and language, the bundled
font, the recovery offer and the first report (a file, or a blank one).

    python -m desktop.ui.app [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

# The pure-Python modules the window needs are imported before PySide6: once it
# is loaded, every import statement goes through its feature hook (Python code
# that also reads each new module's source), 2-4 ms of the editor's start-up from
# a source or pip install for these. A bundle has no sources to read.
import desktop.geometry  # noqa: F401
import desktop.jtext  # noqa: F401
import desktop.model.draft  # noqa: F401
import desktop.model.lock  # noqa: F401 - the controller locks a draft opened at start
from desktop import __version__
from desktop.resources import resource_path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator  # noqa: E402 (see above)
from PySide6.QtWidgets import QApplication  # noqa: E402

ORGANIZATION = "shutcho"
APPLICATION = "shutcho"
DISPLAY_NAME = "出張報告書エディタ"

_translators: list[QTranslator] = []  # kept alive as long as the application


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set (QSettings and the recovery folder use them)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    return app


def install_language(app: QApplication, language: str) -> bool:
    """Japanese is the source language; "en" loads resources/i18n/shutcho_en.qm.

    Returns True when a translation was installed.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Japanese), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)  # Qt's own buttons (OK, キャンセル) in Japanese
            _translators.append(qt)
        return False
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", "shutcho_en.qm"))):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def create_window(path: str | None = None, settings=None, recovery_dir: Path | None = None):
    """The main window with its first report: a recovered one, ``path``, or a blank
    report filled from the clerk's presets (the sample opens from ヘルプ).

    Must be called with a QApplication made by ``make_application``.
    """
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    settings = settings if settings is not None else AppSettings()
    window = MainWindow(settings, recovery_dir)
    restored = window.controller.offer_recovery()
    if not restored:
        if path and window.controller.load(path, remember=False):
            # The recent-files list is saved after the first frame (writing the settings
            # file in the first event-loop turns cost a double-clicked draft's start 15-25 ms).
            if window.controller.path is not None:  # (a DOCX opens untitled, remembered itself)
                recent = str(window.controller.path)
                QTimer.singleShot(1500, window, lambda: settings.add_recent(recent))
        else:
            window.controller.new_blank()
    return window


def run_editor(path: str | None = None) -> int:
    """Run the editor until its window closes; returns the exit code."""
    app = make_application()
    from desktop.ui.settings import AppSettings

    settings = AppSettings()
    install_language(app, settings.language())
    window = create_window(path, settings)
    window.show()
    QTimer.singleShot(0, window, window.raise_)
    # The bundled Mincho registers when the preview first lays out, after the first frame.
    return app.exec()


def main() -> int:
    args = sys.argv[1:]
    return run_editor(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
