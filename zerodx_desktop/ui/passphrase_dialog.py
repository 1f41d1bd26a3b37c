"""Ask for the home identity's passphrase and unlock the signing key.

``unlock_identity`` is what views call: it asks (again, with the reason shown, after a wrong
passphrase) until the key unlocks or the person cancels. Tests replace ``ask_passphrase``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import IdentityError
from zerodx_desktop.services import identity as signing

MAX_ATTEMPTS = 5


class PassphraseDialog(QDialog):
    """A password field, a prompt and a place for the last error."""

    def __init__(self, prompt: str, parent: QWidget | None = None, *,
                 title: str = "", error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Passphrase"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update_ok)
        self.set_error(error)
        self._update_ok()

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def passphrase(self) -> str:
        return self.edit.text()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.edit.text()))


def ask_passphrase(parent: QWidget | None, prompt: str, *, error: str = "") -> str | None:
    """Show the dialog; the passphrase, or None when cancelled."""
    dlg = PassphraseDialog(prompt, parent, error=error)
    try:
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.passphrase()
    finally:
        dlg.edit.clear()
        dlg.deleteLater()


def unlock_identity(parent: QWidget | None, home: Path, *,
                    purpose: str = "") -> signing.Identity | None:
    """Ask for the passphrase until the home's key unlocks; None when the person cancels."""
    public = signing.load_public_identity(home)
    prompt = QCoreApplication.translate(
        "passphrase_dialog",
        "Passphrase for {name} <{email}>\n({fingerprint}) to {purpose}:").format(
        name=public.name, email=public.email, fingerprint=public.fingerprint,
        purpose=purpose or QCoreApplication.translate("passphrase_dialog", "sign"))
    error = ""
    for _attempt in range(MAX_ATTEMPTS):
        passphrase = ask_passphrase(parent, prompt, error=error)
        if passphrase is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return signing.load_identity(home, passphrase)
        except IdentityError as exc:
            error = exc.what
        finally:
            QGuiApplication.restoreOverrideCursor()
    raise IdentityError(
        QCoreApplication.translate("passphrase_dialog", "too many wrong passphrases"),
        where=str(home),
        hint=QCoreApplication.translate("passphrase_dialog", "Check the passphrase and try again."))
