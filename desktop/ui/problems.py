"""The problems panel: the findings of ``desktop.model.checks``, each a click from its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.model.report import Report

# ``Qt`` is imported where it is used, after the window shows (see desktop.ui.enumprops).


class ProblemsPanel(QWidget):
    """The pane below the form and the preview listing problems; activating one
    (double-click, Enter) emits its field key."""

    activated = Signal(object)
    collapsed_changed = Signal(bool)
    """True: no problems, the pane shrank to its title line; False: the list is back."""

    def __init__(self, english: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems")
        self.english = english
        self.title = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.findings: list = []
        self.collapsed = False
        self._set_title(None)

    def _set_title(self, count: int | None) -> None:
        base = self.tr("問題点")
        if count == 0:
            self.title.setText(f"{base} (0) — {self.tr('問題は見つかりません')}")
        else:
            self.title.setText(base if count is None else f"{base} ({count})")

    def _collapse(self, collapsed: bool) -> None:
        """An empty pane is only its title line (issue 12, finding 6)."""
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.list.setVisible(not collapsed)
        margins = self.layout().contentsMargins()
        self.setMaximumHeight(self.title.sizeHint().height() + margins.top() + margins.bottom()
                              if collapsed else 16777215)
        self.collapsed_changed.emit(collapsed)

    def refresh(self, report: Report) -> None:
        from desktop.model.checks import check_report

        self.set_findings(check_report(report))

    def set_findings(self, findings: list) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle  # first use costs ~6 ms: not at startup

        self.findings = list(findings)
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        info_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for index, finding in enumerate(self.findings):
            text = finding.en if self.english else finding.ja
            level = getattr(finding, "level", "")
            level = str(getattr(level, "value", level)).lower()
            item = QListWidgetItem(icons.get(level, info_icon), text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(finding.en if not self.english else finding.ja)
            self.list.addItem(item)
        if not self.findings:
            item = QListWidgetItem(self.tr("問題は見つかりません"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        self._set_title(len(self.findings))
        self._collapse(not self.findings)

    def _activate(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self.findings):
            self.activated.emit(self.findings[index].key)
