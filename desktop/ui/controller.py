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
        if not self._may_discard():
            return False
        self._set_report(Report(), None)
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

    def load(self, path: str | Path) -> bool:
        """Open ``path`` without asking about the current report (at start)."""
        path = Path(path).resolve()
        try:
            report = load_report_file(path)
        except DraftError as exc:
            self.window.show_error(file_error_message(exc))
            return False
        if self._lock is not None and self._lock.draft == path:
            lock, read_only = self._lock, False  # opened again in this window
        else:
            got = self._lock_for(path)
            if got is None:
                return False
            lock, read_only = got
        self._set_report(report, path, lock=lock, read_only=read_only)
        self.settings.add_recent(path)
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
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
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

    # -- export, print -----------------------------------------------------------------

    def _document(self):
        from desktop.document import build_document
        return build_document(self.form.report())

    def _export(self, kind: str, suffix: str) -> bool:
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
