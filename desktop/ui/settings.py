"""The editor's remembered settings (QSettings): recent files, export folders,
window geometry and the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
LANGUAGES = ("ja", "en")


class AppSettings:
    """A small typed wrapper over QSettings.

    Without an argument it uses the application's QSettings (organisation and
    application names are set in ``desktop.ui.app``); tests pass an INI file.
    """

    def __init__(self, qsettings: QSettings | None = None):
        self.qs = qsettings if qsettings is not None else QSettings()

    # -- recent files -----------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recently used drafts, newest first; files that no longer exist are left out."""
        value = self.qs.value("recent/files", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value]
        out: list[str] = []
        for entry in value or []:
            if isinstance(entry, str) and entry not in out and Path(entry).is_file():
                out.append(entry)
        return out[:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        self.qs.setValue("recent/files", [path, *files][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.qs.setValue("recent/files", [])

    # -- export folders -----------------------------------------------------------

    def export_folder(self, kind: str) -> str:
        """The folder the last export of ``kind`` ("docx", "pdf", "draft") went to, if it still exists."""
        value = self.qs.value(f"folders/{kind}", "")
        return value if isinstance(value, str) and value and Path(value).is_dir() else ""

    def set_export_folder(self, kind: str, folder: str | Path) -> None:
        self.qs.setValue(f"folders/{kind}", str(folder))

    # -- window -------------------------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        value = self.qs.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.qs.setValue(f"window/{name}", value)

    def shown(self, panel: str) -> bool:
        """Whether the panel ``panel`` was shown when the window last closed (at first: yes)."""
        value = self.qs.value(f"window/{panel}_shown", True)
        return value not in (False, "false")  # an INI file gives the string back

    def set_shown(self, panel: str, shown: bool) -> None:
        self.qs.setValue(f"window/{panel}_shown", bool(shown))

    # -- presets -------------------------------------------------------------------

    def presets_folder(self) -> str:
        """The folder of the presets file: one the clerk chose (a shared drive), or the
        settings folder."""
        value = self.qs.value("presets/folder", "")
        if isinstance(value, str) and value:
            return value
        if self.qs.format() == QSettings.Format.IniFormat:
            return str(Path(self.qs.fileName()).parent)
        from PySide6.QtCore import QStandardPaths

        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)

    def set_presets_folder(self, folder: str | Path | None) -> None:
        self.qs.setValue("presets/folder", str(folder) if folder else "")

    def presets_path(self) -> Path:
        from desktop.model.presets import FILE_NAME

        return Path(self.presets_folder()) / FILE_NAME

    # -- language -----------------------------------------------------------------

    def language(self) -> str:
        value = self.qs.value("ui/language", "ja")
        return value if value in LANGUAGES else "ja"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.qs.setValue("ui/language", language)

    def sync(self) -> None:
        self.qs.sync()
