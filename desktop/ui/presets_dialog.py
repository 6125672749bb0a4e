"""設定 → プリセットの内容: what the presets file holds, where it is, and removing a
committee from it. Changing rosters, 宛先 and staff goes through the report (fill in
職氏名, then 設定 → この報告書の…をプリセットに登録), so there is one way to edit them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)


class PresetsDialog(QDialog):
    """Shows ``controller.presets()``; 削除 removes the selected committee (asks nothing:
    the file can be imported again, and the report itself is not touched)."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("プリセットの内容"))
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.committees = QListWidget()
        self.remove_button = QPushButton(self.tr("選んだ委員会をプリセットから削除"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (self.where, self.summary, QLabel(self.tr("委員会（委員の人数）")),
                       self.committees, self.remove_button, buttons):
            layout.addWidget(widget)
        self.refresh()

    def refresh(self) -> None:
        presets = self.controller.presets()
        path = self.controller.settings.presets_path()
        self.where.setText(self.tr("ファイル: {0}").format(path))
        self.committees.clear()
        if presets is None:
            self.summary.setText(self.tr("プリセットはまだありません。報告書の職氏名を入力して"
                                         "「設定 → この報告書の…をプリセットに登録」で作れます。"))
            self.remove_button.setEnabled(False)
            return
        staff = "、".join(s.title + s.name.full for s in presets.staff) or self.tr("なし")
        self.summary.setText(self.tr("宛先: {0} {1}\n事務局: {2}\n随行職員: {3}").format(
            presets.addressee or "—", presets.honorific, presets.secretariat or "—", staff))
        for committee in presets.committees:
            self.committees.addItem(f"{committee.name}（{len(committee.members)}）")
        if presets.committees:
            self.committees.setCurrentRow(0)
        self.remove_button.setEnabled(bool(presets.committees))

    def remove_selected(self) -> None:
        presets = self.controller.presets()
        row = self.committees.currentRow()
        if presets is None or not 0 <= row < len(presets.committees):
            return
        self.controller.remove_preset_committee(presets.committees[row].name)
        self.refresh()
