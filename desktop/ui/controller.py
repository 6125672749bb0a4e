"""File and export logic of the editor: new, open, save, export, print, recovery.

The controller holds no widget code. It talks to the window only through small
ask-methods (``ask_open_path``, ``ask_save_path``, ``confirm_discard``,
``show_error``, ``show_info``, ``ask_restore_recovery``, ``ask_printer``,
``run_dialog``, ``ask_locked_draft``, ``confirm_overwrite_changed``), which
tests replace. An open draft is locked (``desktop.model.lock``): a draft another
window or colleague has open is offered read-only, and saving over a draft that
changed on disk since it was opened asks first. Writers are imported only when used, so
python-docx is not loaded at startup.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.model.draft import SUFFIX, DraftError, load_report_file, save_draft
from desktop.model.report import Report
from desktop.resources import sample_path
from desktop.ui.autosave import Autosaver, RecoveryInfo, find_recoveries
from desktop.ui.settings import AppSettings


class Window(Protocol):
    """What the controller needs from the window."""

    def ask_open_path(self) -> str | None: ...
    def ask_save_path(self, kind: str, suggested: str) -> str | None: ...
    def confirm_discard(self) -> str: ...  # "save" | "discard" | "cancel"
    def show_error(self, message: str) -> None: ...
    def show_info(self, message: str) -> None: ...
    def ask_restore_recovery(self, info: RecoveryInfo) -> bool: ...
    def ask_locked_draft(self, path: Path, ja: str, en: str) -> str: ...  # "readonly" | "edit" | "cancel"
    def confirm_overwrite_changed(self, path: Path) -> bool: ...
    def ask_printer(self): ...  # a QPrinter or None
    def run_dialog(self, dialog) -> None: ...
    def ask_presets_path(self, save: bool, suggested: str) -> str | None: ...
    def ask_presets_folder(self, current: str) -> str | None: ...
    def confirm_output(self, findings: list) -> bool: ...  # errors listed; True: このまま書き出す
    def ask_import_path(self) -> str | None: ...
    def ask_docx_choice(self, name: str, changes: list[str],
                        exported_kept: bool) -> str: ...  # "exported" | "import" | "cancel"


class Form(Protocol):
    def set_report(self, report: Report) -> None: ...
    def report(self) -> Report: ...


def file_error_message(exc: DraftError | Exception) -> str:
    """A message for the clerk: the file, then what went wrong in Japanese and English."""
    path = getattr(exc, "path", None)
    ja, en = getattr(exc, "ja", None), getattr(exc, "en", None)
    if ja is None:
        ja, en = f"予期しないエラーが起きました: {exc}", f"unexpected error: {type(exc).__name__}: {exc}"
    head = f"{path}\n\n" if path else ""
    return f"{head}{ja}\n{en}"


class Controller(QObject):
    """The document's life: which file, whether it is modified, and every file action."""

    state_changed = Signal(str, bool)
    """(display name, modified) after any change of file or modified state."""
    report_replaced = Signal()
    """A different report was put into the form (new, open, restore)."""

    def __init__(self, window: Window, form: Form, undo_stack: QUndoStack,
                 settings: AppSettings, autosaver: Autosaver, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.form = form
        self.undo_stack = undo_stack
        self.settings = settings
        self.autosave = autosaver
        self.path: Path | None = None
        self._dirty = False  # modified without undo history (a restored recovery file)
        self._lock: draft_lock.DraftLock | None = None  # our lock file beside self.path
        self._stamp: draft_lock.DiskStamp | None = None  # self.path as opened or saved
        self.read_only = False  # someone else has the draft: Save asks for a new name
        self._untitled_name = self.tr("無題")
        autosaver.set_source(lambda: self.form.report())
        undo_stack.cleanChanged.connect(self._clean_changed)

    # -- state ---------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return self._dirty or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        name = self.path.name if self.path else self._untitled_name
        return f"{name} (読み取り専用 / read-only)" if self.read_only else name

    def _emit_state(self, *_args) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the window is being destroyed
            return
        self.state_changed.emit(self.display_name, self.modified)

    def _clean_changed(self, clean: bool) -> None:
        # QUndoStack.push runs the command (and the form's ``edited``) before the
        # stack counts it, so the first edit after a save is seen here.
        if not clean:
            self.autosave.changed()
        self._emit_state()

    def edited(self) -> None:
        """The form changed the report (connected to the form's ``edited`` signal)."""
        if self.modified:
            self.autosave.changed()
        self._emit_state()

    def _set_report(self, report: Report, path: Path | None, dirty: bool = False,
                    lock: draft_lock.DraftLock | None = None, read_only: bool = False) -> None:
        self._hold(lock, path)
        self.read_only = read_only
        self.import_findings = []
        self.form.set_report(report)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = path
        self._dirty = dirty
        self.autosave.original = str(path) if path else None
        if dirty:
            self.autosave.changed()
        else:
            self.autosave.remove()
        self._emit_state()
        self.report_replaced.emit()

    def _mark_saved(self, path: Path) -> None:
        from desktop.model import lock as draft_lock  # not at start-up: a new report has no lock

        self.path = path
        self._stamp = draft_lock.DiskStamp.of(path)
        self.read_only = False
        self._dirty = False
        self.undo_stack.setClean()
        self.autosave.original = str(path)
        self.autosave.remove()
        self.settings.add_recent(path)
        self._emit_state()

    def _may_discard(self) -> bool:
        """True when the current report may be replaced (saved, or the clerk agreed)."""
        if not self.modified:
            return True
        answer = self.window.confirm_discard()
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- new / open ------------------------------------------------------------------

    def new_blank(self) -> bool:
        """A new, untitled report filled from the clerk's presets (never the sample)."""
        if not self._may_discard():
            return False
        from desktop.model.presets import blank_report
        self._set_report(blank_report(self.presets()), None)
        return True

    def new_from_previous(self, path: str | Path | None = None) -> bool:
        """新規作成 > 前回の報告書から: last time's people, with the trip left empty."""
        if not self._may_discard():
            return False
        if path is None:
            path = self.window.ask_open_path()
            if not path:
                return False
        from desktop.model.presets import carry_over
        try:
            previous = load_report_file(Path(path))
        except DraftError as exc:
            self._draft_error(Path(path), exc)
            return False
        self._set_report(carry_over(previous), None)
        return True

    def new_from_sample(self) -> bool:
        """A new, untitled report holding the sample (so saving never overwrites the sample)."""
        if not self._may_discard():
            return False
        try:
            report = load_report_file(sample_path())
        except DraftError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        self._set_report(report, None)
        return True

    def open(self, path: str | Path | None = None) -> bool:
        if not self._may_discard():
            return False
        if path is None:
            path = self.window.ask_open_path()
            if not path:
                return False
        return self.load(path)

    def _draft_error(self, path: Path, exc: DraftError) -> None:
        """A file that is not a draft says what it is; a damaged draft says what is wrong."""
        from desktop.ui.filekinds import not_a_draft_message
        self.window.show_error(not_a_draft_message(path) or file_error_message(exc))

    def load(self, path: str | Path, remember: bool = True) -> bool:
        """Open ``path`` without asking about the current report (at start).

        ``remember=False`` leaves the recent-files list to the caller (at start it is
        written after the first frame: QSettings writes its file in the next turn)."""
        path = Path(path).resolve()
        if path.suffix.lower() in (".docx", ".docm"):
            return self._load_docx(path)
        try:
            report = load_report_file(path)
        except DraftError as exc:
            self._draft_error(path, exc)
            return False
        if self._lock is not None and self._lock.draft == path:
            lock, read_only = self._lock, False  # opened again in this window
        else:
            got = self._lock_for(path)
            if got is None:
                return False
            lock, read_only = got
        self._set_report(report, path, lock=lock, read_only=read_only)
        if remember:
            self.settings.add_recent(path)
        return True

    # -- DOCX drafts and past reports (取り込み) -----------------------------------------

    import_findings: list = []
    """What the last import could not place, as findings for the problems panel."""

    def _load_docx(self, path: Path) -> bool:
        """A DOCX we wrote opens as its draft (untitled: saving never overwrites the DOCX).

        If it was edited in Word since, the clerk chooses the draft as exported (with
        the edited paragraphs' text as Word has it now: format version 2 does not keep
        the exported text) or an import of the edited document, seeing what changed.
        """
        from desktop.model.docxdraft import read_docx_draft
        from desktop.model.draft import read_bytes

        try:
            found = read_docx_draft(path, read_bytes(path))
        except DraftError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        if found.edited:
            from desktop.importer.reopen import describe

            choice = self.window.ask_docx_choice(path.name, describe(found), found.edits is None)
            if choice == "import":
                return self._import_from(path)
            if choice != "exported":
                return False
        self._set_report(found.report, None, dirty=True)
        self.settings.add_recent(path)
        return True

    def import_file(self, path: str | Path | None = None) -> bool:
        """File > 取り込み: a past report (DOCX, PDF, text) becomes a new, untitled draft."""
        if not self._may_discard():
            return False
        if path is None:
            path = self.window.ask_import_path()
            if not path:
                return False
        return self._import_from(Path(path))

    def _import_from(self, path: Path) -> bool:
        from desktop.importer import ImportFailure, import_report
        from desktop.model.checks import Finding

        try:
            imported = import_report(path)
        except ImportFailure as exc:
            self.window.show_error(file_error_message(exc))
            return False
        self._set_report(imported.report, None, dirty=True)
        self.import_findings = [
            Finding(p.key, "warning", f"取り込み: {p.where}: {p.ja}" + (f"「{p.text}」" if p.text else ""),
                    f"import: {p.where}: {p.en}" + (f" '{p.text}'" if p.text else ""))
            for p in imported.problems]
        self.window.show_info(self.tr("取り込みました: {0} (問題 {1} 件)").format(
            path.name, len(imported.problems)))
        return True

    # -- save ------------------------------------------------------------------------

    def _base_name(self) -> str:
        if self.path:
            return self.path.stem
        report = self.form.report()
        return (report.committee + report.title) or "出張報告書"

    def _suggest(self, kind: str, suffix: str) -> str:
        folder = self.settings.export_folder(kind)
        if not folder and self.path:
            folder = str(self.path.parent)
        name = self._base_name() + suffix
        return str(Path(folder) / name) if folder else name

    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        chosen = self.window.ask_save_path("draft", self._suggest("draft", SUFFIX))
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:  # "R5.7.5 総務委員会": the dot starts no suffix
            path = path.with_name(path.name + SUFFIX)
        if self._save_to(path.resolve()):
            self.settings.set_export_folder("draft", path.resolve().parent)
            return True
        return False

    def _save_to(self, path: Path) -> bool:
        from desktop.model import lock as draft_lock  # not at start-up: a new report has no lock

        same = path == self.path and not self.read_only
        if same and draft_lock.changed_on_disk(path, self._stamp):
            if not self.window.confirm_overwrite_changed(path):
                return False
        lock = self._lock
        if not same:
            try:
                lock = draft_lock.acquire(path)
            except draft_lock.DraftLocked as exc:
                ja, en = exc.owner.text()
                self.window.show_error(f"{path}\n\n他の人が開いているため保存できません: {ja}\n"
                                       f"cannot save: the draft is {en}")
                return False
            except OSError:
                lock = None
        try:
            save_draft(self.form.report(), path)
        except DraftError as exc:
            if lock is not self._lock and lock is not None:
                lock.release()
            self.window.show_error(file_error_message(exc))
            return False
        self._hold(lock, path)
        self._mark_saved(path)
        return True

    # -- the lock on the open draft ------------------------------------------------------

    def _lock_for(self, path: Path) -> tuple[draft_lock.DraftLock | None, bool] | None:
        """(our lock, read-only) for opening ``path``; None when the clerk cancels."""
        from desktop.model import lock as draft_lock  # not at start-up: a new report has no lock

        try:
            return draft_lock.acquire(path), False
        except OSError:
            return None, False
        except draft_lock.DraftLocked as exc:
            ja, en = exc.owner.text()
            answer = self.window.ask_locked_draft(path, ja, en)
        if answer == "edit":
            try:
                return draft_lock.acquire(path, take_over=True), False
            except (OSError, draft_lock.DraftLocked):
                return None, True
        return (None, True) if answer == "readonly" else None

    def _hold(self, lock: draft_lock.DraftLock | None, path: Path | None) -> None:
        """Keep ``lock`` (for ``path``) and release the one held before."""
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        if path is None:
            self._stamp = None
            return
        from desktop.model import lock as draft_lock

        self._stamp = draft_lock.DiskStamp.of(path)

    def release_lock(self) -> None:
        self._hold(None, None)

    # -- presets ---------------------------------------------------------------------

    _presets_cache: tuple | None = None  # (path, mtime, size, Presets)

    def presets(self):
        """The clerk's presets (desktop.model.presets), or None when there is no file.

        A file that cannot be read is reported once (until it changes) and ignored.
        """
        from desktop.model.presets import PresetsError, load_presets

        path = self.settings.presets_path()
        try:
            info = path.stat()
        except OSError:
            return None
        stamp = (str(path), info.st_mtime_ns, info.st_size)
        if self._presets_cache and self._presets_cache[:3] == stamp:
            return self._presets_cache[3]
        try:
            presets = load_presets(path)
        except PresetsError as exc:
            presets = None
            self.window.show_error(file_error_message(exc))
        self._presets_cache = (*stamp, presets)
        return presets

    def _write_presets(self, presets) -> bool:
        from desktop.model.presets import PresetsError, save_presets

        path = self.settings.presets_path()
        try:
            save_presets(presets, path)
        except PresetsError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        self._presets_cache = None
        self.window.show_info(self.tr("プリセットを保存しました: {0}").format(path))
        return True

    def save_presets_from_report(self) -> bool:
        """設定 > この報告書の宛先・委員会・職員をプリセットに登録."""
        from desktop.model.presets import presets_from_report
        return self._write_presets(presets_from_report(self.form.report(), self.presets()))

    def remove_preset_committee(self, name: str) -> bool:
        """Take committee ``name`` out of the presets file (設定 → プリセットの内容)."""
        import copy

        presets = self.presets()
        if presets is None or presets.committee(name) is None:
            return False
        presets = copy.deepcopy(presets)
        presets.committees = [c for c in presets.committees if c.name != name]
        return self._write_presets(presets)

    def show_presets(self) -> None:
        from desktop.ui.presets_dialog import PresetsDialog
        self.window.run_dialog(PresetsDialog(self, self.window))

    def import_presets(self) -> bool:
        from desktop.model.presets import PresetsError, load_presets

        chosen = self.window.ask_presets_path(False, "")
        if not chosen:
            return False
        try:
            presets = load_presets(chosen)
        except PresetsError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        return self._write_presets(presets)

    def export_presets(self) -> bool:
        from desktop.model.presets import (FILE_NAME, Presets, PresetsError, presets_from_report,
                                           save_presets)

        presets = self.presets() or presets_from_report(self.form.report(), Presets())
        chosen = self.window.ask_presets_path(True, FILE_NAME)
        if not chosen:
            return False
        try:
            save_presets(presets, chosen)
        except PresetsError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        self.window.show_info(self.tr("プリセットを書き出しました: {0}").format(chosen))
        return True

    def choose_presets_folder(self) -> bool:
        """Read the presets from a folder the clerk points to (a shared drive)."""
        chosen = self.window.ask_presets_folder(self.settings.presets_folder())
        if chosen is None:
            return False
        self.settings.set_presets_folder(chosen)
        self._presets_cache = None
        self.presets()  # a bad file there is reported now
        return True

    # -- export, print -----------------------------------------------------------------

    def _document(self):
        from desktop.document import build_document
        return build_document(self.form.report())

    def output_allowed(self) -> bool:
        """Export and print run the checks first: errors need 「このまま書き出す」,
        warnings do not stop the output."""
        from desktop.model.checks import check_report

        errors = [f for f in check_report(self.form.report()) if f.level == "error"]
        return not errors or self.window.confirm_output(errors)

    def _export(self, kind: str, suffix: str) -> bool:
        if not self.output_allowed():
            return False
        chosen = self.window.ask_save_path(kind, self._suggest(kind, suffix))
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        from desktop import export
        from desktop.writers.errors import ExportError
        try:
            warnings = export.EXPORTERS[kind](self.form.report(), path) or []
        except (ExportError, export.FormatUnavailable) as exc:
            if getattr(exc, "path", None) is None:
                exc.path = path
            self.window.show_error(file_error_message(exc))
            return False
        except Exception as exc:  # a bug must still not lose the window
            traceback.print_exc(file=sys.stderr)
            exc.path = path  # type: ignore[attr-defined]
            self.window.show_error(file_error_message(exc))
            return False
        self.settings.set_export_folder(kind, path.parent)
        message = self.tr("書き出しました: {0}").format(path)
        if warnings:  # photos left out of the export: said, never silent
            message += "\n\n" + "\n".join(warnings)
        self.window.show_info(message)
        return True

    def export_docx(self) -> bool:
        """Write a Word document (python-docx is imported only now)."""
        return self._export("docx", ".docx")

    def export_pdf(self) -> bool:
        """Write a PDF/A through the Qt renderer."""
        return self._export("pdf", ".pdf")

    def print(self) -> bool:
        if not self.output_allowed():
            return False
        printer = self.window.ask_printer()
        if printer is None:
            return False
        try:
            from desktop.writers.printing import print_document
            print_document(self._document(), printer)
        except Exception as exc:
            if not getattr(exc, "ja", None):
                traceback.print_exc(file=sys.stderr)
            self.window.show_error(file_error_message(exc))
            return False
        return True

    def preview(self) -> bool:
        try:
            from desktop.writers.printing import make_preview_dialog
            dialog = make_preview_dialog(self._document(), self.window)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            self.window.show_error(file_error_message(exc))
            return False
        self.window.run_dialog(dialog)
        return True

    # -- close, recovery -------------------------------------------------------------

    def close_requested(self) -> bool:
        """True when the window may close; a normal close removes the recovery file."""
        if not self._may_discard():
            return False
        self.autosave.close()
        self.release_lock()
        return True

    def offer_recovery(self) -> bool:
        """At start: offer each recovery file left by a crash, newest first.

        An accepted one is restored as a modified report titled with its original
        file; declined ones are deleted. Returns True when a report was restored.
        """
        for info in find_recoveries(self.autosave.folder):
            if not self.window.ask_restore_recovery(info):
                info.discard()
                continue
            try:
                report = info.load()
            except DraftError as exc:
                self.window.show_error(file_error_message(exc))
                continue
            # Save goes back to the original only when it is a draft (find_recoveries
            # checked) that nobody else has open; otherwise Save asks for a name.
            original, lock = Path(info.original) if info.original else None, None
            if original is not None:
                from desktop.model import lock as draft_lock

                try:
                    lock = draft_lock.acquire(original)
                except draft_lock.DraftLocked:
                    original = None
                except OSError:
                    pass
            self._set_report(report, original, dirty=True, lock=lock)
            self.autosave.save_now()  # this session now holds the recovered text
            self.autosave.wait()
            info.discard()
            return True
        return False
