"""The editor window: the form at the left, the live page preview at the right,
the problems panel below them, menus, drag and drop, and the ask-methods the
controller uses (the only place that opens dialogs).

Building the window runs before its first frame, so it keeps off PySide's
``Qt`` namespace (see ``desktop.ui.enumprops``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.ui.autosave import Autosaver, RecoveryInfo
from desktop.ui.controller import Controller
from desktop.ui.preview import PagePreview
from desktop.ui.enumprops import set_enum
from desktop.ui.problems import ProblemsPanel
from desktop.ui.settings import AppSettings

DRAFT_SUFFIXES = (".shutcho", ".json", ".docx")
PROBLEMS_HEIGHT = 100
"""The problems panel's first height in pixels: its title and three or four problems."""
PROBLEMS_DELAY_MS = 20
"""The problems panel is refreshed this long after the preview (a turn of its own)."""
FORM_MIN_WIDTH = 720
"""The form's first width at least (navigation and the widest page without a
horizontal scroll bar); the preview gets the rest (issue 12, finding 6)."""


def dropped_draft(mime) -> str | None:
    """The first local draft file in drag-and-drop data, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in DRAFT_SUFFIXES:
            return url.toLocalFile()
    return None


class _DropFilter(QObject):
    """Catches a draft dropped anywhere on the window, even over a text field.

    It filters the window's QWindow, which receives every drag event before the
    widget under the cursor does (an application-wide filter would run Python
    for every event of the application).
    """

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._dropped: str | None = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        path = dropped_draft(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            # opened in the next turn, out of the drop; the window is the timer's context,
            # so a window deleted meanwhile cancels it
            self._dropped = path
            QTimer.singleShot(0, self.window, self._open_dropped)
        return True

    def _open_dropped(self) -> None:
        path, self._dropped = self._dropped, None
        if path is not None:
            self.window.controller.open(path)


class MainWindow(QMainWindow):
    """The editor window. ``settings`` and ``recovery_dir`` are injectable for tests."""

    def __init__(self, settings: AppSettings | None = None, recovery_dir: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.ui.form import ReportForm

        self.settings = settings if settings is not None else AppSettings()
        self.english = self.settings.language() == "en"
        self.undo_stack = QUndoStack(self)
        self.form = ReportForm(self.undo_stack)
        self.preview = PagePreview(self.form.report)
        self.splitter = QSplitter()  # horizontal: the form | the preview
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.problems = ProblemsPanel(self.english)
        self.outer_splitter = QSplitter()  # the two above | the problems panel below
        set_enum(self.outer_splitter, "orientation", "Vertical")
        self.outer_splitter.setObjectName("outer_splitter")
        self.outer_splitter.addWidget(self.splitter)
        self.outer_splitter.addWidget(self.problems)
        self.outer_splitter.setStretchFactor(0, 1)
        self.outer_splitter.setStretchFactor(1, 0)
        self.outer_splitter.setChildrenCollapsible(False)  # hidden only through 表示 > 問題点パネル
        self.setCentralWidget(self.outer_splitter)

        self.autosaver = Autosaver(recovery_dir, parent=self)
        self.controller = Controller(self, self.form, self.undo_stack, self.settings,
                                     self.autosaver, self)

        self.form.edited.connect(self.controller.edited)
        self.form.edited.connect(self.preview.schedule)
        self.form.page_shown.connect(self.preview.follow_destination)
        self.form.block_shown.connect(self.preview.follow_block)
        self.controller.report_replaced.connect(self.preview.schedule_now)
        self.controller.state_changed.connect(self._update_title)
        # the problems follow the preview, in their own event-loop turn
        self.preview.refreshed.connect(self._queue_problems_refresh)
        self.problems.activated.connect(self.form.focus_field)
        self.problems.collapsed_changed.connect(self._problems_collapsed)
        self._keep_tab_in_form()
        self.form.ctx.presets = self.controller.presets
        self.controller.report_replaced.connect(self.form.focus_first)

        self._build_menus()
        self.setAcceptDrops(True)
        self._drop_filter = _DropFilter(self)
        self._restore_geometry()
        self._update_title(self.controller.display_name, False)

    def _queue_problems_refresh(self) -> None:
        # The panel is the timer's context: deleting it (with the window) cancels the call.
        # A timer, not a 0 ms call: that would run straight after the preview's last step,
        # before any key press waiting, and the two together stalled typing on a long
        # report (14 + 25 ms on the 20x one); PROBLEMS_DELAY_MS lets the input in between.
        QTimer.singleShot(PROBLEMS_DELAY_MS, self.problems, self._refresh_problems)

    # -- menus ---------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        """A menu action; ``shortcut`` is a QKeySequence.StandardKey or a key string.

        setShortcuts, not setShortcut: matching a QKeySequence against setShortcut's
        overloads builds PySide's ``Qt`` enums (see desktop.ui.enumprops).
        """
        action = QAction(self)  # QAction(text, parent) would load QIcon's bindings (~1.5 ms)
        action.setText(text)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        c = self.controller
        K = QKeySequence.StandardKey
        menu = self.menuBar().addMenu(self.tr("ファイル(&F)"))
        self.file_menu = menu
        menu.addAction(self._action(self.tr("新規作成(&N)"), c.new_blank, K.New))
        menu.addAction(self._action(self.tr("前回の報告書から新規作成(&L)..."), c.new_from_previous,
                                    "Ctrl+Shift+N"))
        menu.addAction(self._action(self.tr("開く(&O)..."), c.open, K.Open))
        menu.addAction(self._action(self.tr("取り込み(&I)..."), c.import_file))
        self.recent_menu = menu.addMenu(self.tr("最近使ったファイル(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("上書き保存(&S)"), c.save, K.Save))
        menu.addAction(self._action(self.tr("名前を付けて保存(&A)..."), c.save_as, K.SaveAs))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("DOCX 出力(&D)..."), c.export_docx, "Ctrl+Shift+D"))
        menu.addAction(self._action(self.tr("PDF 出力(&F)..."), c.export_pdf, "Ctrl+Shift+E"))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("印刷プレビュー(&V)..."), c.preview))
        menu.addAction(self._action(self.tr("印刷(&P)..."), c.print, K.Print))
        menu.addSeparator()
        quit_action = self._action(self.tr("終了(&X)"), self.close, K.Quit)
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        menu.addAction(quit_action)

        edit = self.menuBar().addMenu(self.tr("編集(&E)"))
        self.edit_menu = edit
        undo = self.undo_stack.createUndoAction(self, self.tr("元に戻す"))
        undo.setShortcuts(K.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("やり直し"))
        redo.setShortcuts(QKeySequence.keyBindings(K.Redo) or [QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        view = self.menuBar().addMenu(self.tr("表示(&V)"))
        self.view_menu = view
        toggle = QAction(self, checkable=True, checked=True)
        toggle.setText(self.tr("問題点パネル"))
        toggle.toggled.connect(self.problems.setVisible)
        view.addAction(toggle)
        self.problems_action = toggle
        view.addAction(self._action(self.tr("プレビューを更新"), self.preview.schedule_now,
                                    K.Refresh))
        zoom = view.addMenu(self.tr("プレビューの倍率"))
        self.zoom_menu = zoom
        zoom_group = QActionGroup(self)
        for mode, label in (("width", self.tr("ページ幅")), ("page", self.tr("ページ全体")),
                            ("100", self.tr("100%"))):
            action = QAction(self, checkable=True)
            action.setText(label)
            action.setChecked(mode == self.preview.zoom_mode)
            action.triggered.connect(lambda _c=False, m=mode: self.preview.set_zoom(m))
            zoom_group.addAction(action)
            zoom.addAction(action)
        view.addAction(self._action(self.tr("前のページ"), lambda: self.form.step_page(-1),
                                    "Ctrl+PgUp"))
        view.addAction(self._action(self.tr("次のページ"), lambda: self.form.step_page(1),
                                    "Ctrl+PgDown"))
        view.addSeparator()
        language = view.addMenu(self.tr("言語 (Language)"))
        group = QActionGroup(self)
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(self, checkable=True)
            action.setText(label)
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(action)
            language.addAction(action)

        self._build_presets_menu()
        help_menu = self.menuBar().addMenu(self.tr("ヘルプ(&H)"))
        self.help_menu = help_menu
        help_menu.addAction(self._action(self.tr("見本の報告書を開く(&E)"), c.new_from_sample))

    def _build_presets_menu(self) -> None:
        """設定: the council's presets (committees, rosters, 宛先, staff)."""
        c = self.controller
        menu = self.menuBar().addMenu(self.tr("設定(&S)"))
        self.presets_menu = menu
        menu.addAction(self._action(self.tr("プリセットの内容..."), c.show_presets))
        menu.addAction(self._action(self.tr("この報告書の宛先・委員会・委員・職員をプリセットに登録"),
                                    c.save_presets_from_report))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("プリセットを読み込む(&I)..."), c.import_presets))
        menu.addAction(self._action(self.tr("プリセットを書き出す(&X)..."), c.export_presets))
        menu.addAction(self._action(self.tr("プリセットの場所（共有フォルダー）..."),
                                    c.choose_presets_folder))

    def _problems_collapsed(self, collapsed: bool) -> None:
        """An empty panel gives its room to the form and the preview; when problems come
        back the list gets its room again."""
        sizes = self.outer_splitter.sizes()
        if len(sizes) != 2:
            return
        total = sum(sizes)
        if collapsed:
            self._problems_height = max(sizes[1], PROBLEMS_HEIGHT)
            height = self.problems.maximumHeight()
        else:
            height = max(sizes[1], getattr(self, "_problems_height", PROBLEMS_HEIGHT))
        self.outer_splitter.setSizes([total - height, height])

    def _keep_tab_in_form(self) -> None:
        """Tab and Shift+Tab go round the form only: the preview and the problems list
        take the focus by a click."""
        set_enum(self.preview, "focusPolicy", "ClickFocus")
        set_enum(self.problems.list, "focusPolicy", "ClickFocus")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.controller.open(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(なし)"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("履歴を消去"), self.settings.clear_recent)

    def _set_language(self, code: str) -> None:
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.show_notice(self.tr("表示の言語は、エディタを閉じて起動し直すと切り替わります。\n"
                                 "The interface language changes when you close and start the "
                                 "editor again."))

    def _update_title(self, name: str, modified: bool) -> None:
        self.setWindowTitle(f"{name}[*] - {self.tr('出張報告書エディタ')}")
        self.setWindowModified(modified)

    # -- geometry -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            width = min(1440, int(screen.width() * 0.94))
            height = min(940, int(screen.height() * 0.92))
            self.resize(width, height)
            self.move(screen.center() - self.rect().center())
        outer = self.settings.geometry("outer_splitter")
        if outer is None or not self.outer_splitter.restoreState(outer):
            self.outer_splitter.setSizes([self.height() - PROBLEMS_HEIGHT, PROBLEMS_HEIGHT])
        self.problems_action.setChecked(self.settings.shown("problems"))
        splitter = self.settings.geometry("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            width = self.width()
            form = min(max(width * 52 // 100, FORM_MIN_WIDTH), width - 320)
            self.splitter.setSizes([form, width - form])

    def _save_geometry(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("outer_splitter", self.outer_splitter.saveState())
        self.settings.set_shown("problems", self.problems_action.isChecked())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.sync()

    # -- events -------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_drop_filtered", False):
            handle.installEventFilter(self._drop_filter)
            self._drop_filtered = True
        if not self.preview.page_count() and not self.preview.busy:
            self.preview.schedule(0)  # lay out only once the window shows

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.controller.close_requested():
            event.ignore()
            return
        self._save_geometry()
        self.preview.stop()  # nothing queued by this window runs after it closed
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dropped_draft(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = dropped_draft(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.controller.open(path)

    # -- ask-methods (tests replace these) -------------------------------------------

    def ask_open_path(self) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        folder = self.settings.export_folder("draft")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("開く"), folder,
            self.tr("出張報告書の下書き (*.shutcho);;報告書 JSON (*.json);;"
                    "このアプリで書き出した Word 文書 (*.docx);;すべてのファイル (*)"))
        return path or None

    def ask_save_path(self, kind: str, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        titles = {"draft": self.tr("名前を付けて保存"), "docx": self.tr("DOCX 出力"),
                  "pdf": self.tr("PDF 出力")}
        filters = {"draft": self.tr("出張報告書の下書き (*.shutcho)"),
                   "docx": self.tr("Word 文書 (*.docx)"), "pdf": self.tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, titles.get(kind, ""), suggested,
                                              filters.get(kind, ""))
        return path or None

    def confirm_discard(self) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("出張報告書エディタ"),
                          self.tr("「{0}」は変更されています。保存しますか？").format(
                              self.controller.display_name), parent=self)
        box.setInformativeText(self.tr("保存しないと変更は失われます。"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.button(buttons.Save).setText(self.tr("保存する"))
        box.button(buttons.Discard).setText(self.tr("保存しない"))
        box.button(buttons.Cancel).setText(self.tr("キャンセル"))
        answer = box.exec()
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(
            buttons(answer), "cancel")

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("出張報告書エディタ"), message)

    def show_notice(self, message: str) -> None:
        """Something the clerk must read (not a status-bar line that goes away)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("出張報告書エディタ"), message)

    def show_info(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def ask_restore_recovery(self, info: RecoveryInfo) -> bool:
        from PySide6.QtWidgets import QMessageBox

        name = info.original_name or self.tr("無題")
        when = info.saved_at.strftime("%Y-%m-%d %H:%M") if info.saved_at else "?"
        answer = QMessageBox.question(
            self, self.tr("出張報告書エディタ"),
            self.tr("前回、保存されずに終了した「{0}」の内容が残っています ({1} 時点)。\n"
                    "復元しますか？ 復元しない場合、この内容は削除されます。").format(name, when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def ask_locked_draft(self, path, ja: str, en: str) -> str:
        """The draft is open elsewhere: "readonly", "edit" (take it over) or "cancel"."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "出張報告書エディタ",
                          f"「{Path(path).name}」は {ja}。\n{Path(path).name} is {en}.", parent=self)
        box.setInformativeText("読み取り専用で開くと、保存するときに別の名前を尋ねます。\n"
                               "Opened read-only, Save asks for another name.")
        read_only = box.addButton("読み取り専用で開く / Open read-only",
                                  QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton("編集する（相手の変更が失われることがあります） / Edit anyway",
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("キャンセル / Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return "readonly" if clicked is read_only else "edit" if clicked is take else "cancel"

    def confirm_overwrite_changed(self, path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self, "出張報告書エディタ",
            f"「{Path(path).name}」は開いた後に他で変更されています。上書きすると、その変更は失われます。"
            f"上書きしますか？\n{Path(path).name} changed on disk since you opened it; "
            "overwriting loses those changes. Overwrite?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_printer(self):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def run_dialog(self, dialog) -> None:
        dialog.exec()

    def ask_presets_path(self, save: bool, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        pattern = self.tr("プリセット (*.json);;すべてのファイル (*)")
        if save:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("プリセットを書き出す"), suggested,
                                                  pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("プリセットを読み込む"), suggested,
                                                  pattern)
        return path or None

    def ask_presets_folder(self, current: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("プリセットの場所"), current)
        return folder or None

    def confirm_output(self, findings: list) -> bool:
        """Errors found before export or print: True when the clerk chose 「このまま書き出す」."""
        from PySide6.QtWidgets import QMessageBox

        lines = "\n".join(f"・{f.en if self.english else f.ja}" for f in findings[:12])
        if len(findings) > 12:
            lines += "\n" + self.tr("ほか {0} 件").format(len(findings) - 12)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("出張報告書エディタ"),
                          self.tr("報告書に誤りが {0} 件あります。").format(len(findings)), parent=self)
        box.setInformativeText(lines)
        back = box.addButton(self.tr("戻って直す"), QMessageBox.ButtonRole.RejectRole)
        go = box.addButton(self.tr("このまま書き出す"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is go

    # -- importing past reports (取り込み) ----------------------------------------------

    def _refresh_problems(self) -> None:
        from desktop.model.checks import check_report

        self.problems.set_findings(list(check_report(self.form.report()))
                                   + list(self.controller.import_findings))

    def ask_import_path(self) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("取り込み"), self.settings.export_folder("draft"),
            self.tr("過去の報告書 (*.docx *.pdf *.txt);;すべてのファイル (*)"))
        return path or None

    def ask_docx_choice(self, name: str, changes: list[str], exported_kept: bool) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("出張報告書エディタ"),
                          self.tr("「{0}」は書き出した後に Word で編集されています。").format(name),
                          parent=self)
        if exported_kept:  # a DOCX of format version 1 keeps the exported text in full
            box.setInformativeText(self.tr("書き出した時の下書きを開くか、編集後の文書を取り込むかを選んでください。"))
        else:
            box.setInformativeText(self.tr(
                "「書き出した時の下書き」では、Word で変更された段落は今の文になり、削除された段落の文は"
                "なくなります (DOCX を小さく保つため、変更前の文は保存していません)。"
                "「編集後の文書を取り込む」は、文書全体を報告書として読み直します。"))
        box.setDetailedText("\n".join(changes))
        exported = box.addButton(self.tr("書き出した時の下書き"), QMessageBox.ButtonRole.AcceptRole)
        imported = box.addButton(self.tr("編集後の文書を取り込む"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("キャンセル"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(exported)
        box.exec()
        clicked = box.clickedButton()
        return "exported" if clicked is exported else "import" if clicked is imported else "cancel"
