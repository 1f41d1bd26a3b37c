"""Ask the judge for the reason of a conflict of interest before locking a nominee."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 1000


class ConflictDialog(QDialog):
    def __init__(self, nominee_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.setAccessibleName(self.tr("Declare a conflict of interest"))
        intro = QLabel(
            self.tr("You will not score <b>{nominee}</b>: its scoring is locked and it counts "
                    "as recused in your score sheet. Say briefly why (the panel chair sees "
                    "it).").format(nominee=_escape(nominee_name)),
            self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the conflict"))
        self.reason.setPlaceholderText(self.tr("e.g. I advised this organisation in 2023"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Declare conflict"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._validate()
        self.resize(460, 240)

    def _validate(self) -> None:
        text = self.reason.toPlainText().strip()
        ok = bool(text) and len(text) <= MAX_REASON
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    @classmethod
    def get_reason(cls, nominee_name: str, parent: QWidget | None = None) -> str | None:
        """Show the dialog; the reason, or None if the judge cancelled."""
        dialog = cls(nominee_name, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.reason_text()
            return None
        finally:
            dialog.deleteLater()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
