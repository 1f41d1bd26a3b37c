"""First-run dialog that creates the judge's identity (name, e-mail, passphrase-protected key).

The key is made and encrypted in the background (the bcrypt KDF takes about a second), then the
dialog shows the fingerprint. ``ensure_identity`` shows the dialog only when the home has none.
Also holds the passphrase-with-confirmation fields that the change-passphrase dialog reuses.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.passphrase import PASSPHRASE_MIN_LENGTH
from zerodx_desktop.services.identity import (
    KDF_ROUNDS,
    PublicIdentity,
    has_identity,
    load_public_identity,
)
from zerodx_desktop.ui.operations import Progress, run_in_background

log = logging.getLogger(__name__)

# the translated texts below spell the number out (a test holds them to the constant)
MIN_PASSPHRASE = PASSPHRASE_MIN_LENGTH
ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough strength: 0 too short, 1 weak, 2 fair, 3 strong; with words to show."""
    if len(text) < MIN_PASSPHRASE:
        return 0, QCoreApplication.translate("IdentityDialog", "Too short: at least 8 characters.")
    classes = sum((any(c.islower() for c in text), any(c.isupper() for c in text),
                   any(c.isdigit() for c in text), any(not c.isalnum() for c in text)))
    distinct = len(set(text))
    points = classes + (len(text) >= 12) + (len(text) >= 16) + (len(text) >= 20)
    if distinct <= 3:
        points = 0  # "aaaaaaaa" or "abababab" is long but guessable
    if points >= 5:
        return 3, QCoreApplication.translate("IdentityDialog", "Strong.")
    if points >= 3:
        return 2, QCoreApplication.translate("IdentityDialog",
                                             "Fair. A few more words make it stronger.")
    return 1, QCoreApplication.translate(
        "IdentityDialog", "Weak. Use a longer phrase, e.g. several unrelated words.")


def report_failure(label: QLabel, exc: BaseException) -> None:
    """A UserError goes into ``label`` (visible); anything else is a bug: the crash hook."""
    if isinstance(exc, UserError):
        label.setText(exc.message)
        label.setVisible(True)
        return
    log.error("background operation failed", exc_info=exc)
    sys.excepthook(type(exc), exc, exc.__traceback__)


class NewPassphraseFields(QWidget):
    """A new passphrase, its confirmation and a live strength hint (used in two dialogs)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str = "") -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.passphrase_edit.setObjectName("passphrase")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Confirm passphrase"))
        self.confirm_edit.setObjectName("confirm")
        self.strength_label = QLabel(self)
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label.setWordWrap(True)
        form.addRow(label or self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Confirm:"), self.confirm_edit)
        form.addRow("", self.strength_label)
        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.passphrase_edit.text()
        if not text:
            self.strength_label.setText(self.tr("At least 8 characters; a short sentence "
                                                "is easy to remember and hard to guess."))
            self.strength_label.setStyleSheet("")
        else:
            score, words = passphrase_strength(text)
            self.strength_label.setText(words)
            self.strength_label.setStyleSheet(ERROR_STYLE if score <= 1 else
                                              ("" if score == 2 else OK_STYLE))
        self.changed.emit()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def problem(self) -> tuple[str, QLineEdit] | None:
        """Why these fields cannot be used (and the field to fix), or None."""
        text = self.passphrase_edit.text()
        if len(text) < MIN_PASSPHRASE:
            return (self.tr("The passphrase is too short: it needs at least 8 characters."),
                    self.passphrase_edit)
        if text != self.confirm_edit.text():
            return (self.tr("The two passphrases do not match. Type the same passphrase "
                            "in both fields."), self.confirm_edit)
        return None

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()


class IdentityDialog(QDialog):
    """Create the home's identity; after success, shows the fingerprint."""

    identityCreated = Signal(object)  # PublicIdentity

    def __init__(self, home: Path, parent: QWidget | None = None, *,
                 rounds: int = KDF_ROUNDS) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.rounds = rounds
        self.public: PublicIdentity | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Your judge identity"))
        self.setModal(True)
        self.setMinimumWidth(520)

        self.stack = QStackedWidget(self)
        self.form_page = self._form_page()
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self._done_page())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create identity"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    # ---- pages -------------------------------------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "<p>Before you can sign your score sheet, this computer makes you a "
            "<b>signing key</b>. Your name and e-mail are printed on every sheet you sign.</p>"
            "<p>The key <b>never leaves this computer</b>. It is kept encrypted with the "
            "passphrase you choose here; you type the passphrase each time you sign. Nobody "
            "can recover a forgotten passphrase.</p>"
            "<p>Afterwards you can save your <b>judge card</b> (a small .zdxjudge file with "
            "your name, e-mail and public key, nothing secret) and send it to the organizer, "
            "who puts you on the panel so the chair can check that your sheets really come "
            "from you.</p>"), page)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About your identity"))

        self.name_edit = QLineEdit(page)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("as it should appear on your sheets"))
        self.email_edit = QLineEdit(page)
        self.email_edit.setAccessibleName(self.tr("Your e-mail address"))
        self.email_edit.setPlaceholderText("name@example.org")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.pass_fields = NewPassphraseFields(page)
        self.pass_fields.changed.connect(self._clear_error)

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setVisible(False)

        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.pass_fields)
        lay.addWidget(self.error_label)
        lay.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.fingerprint_edit = QLineEdit(page)
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setAccessibleName(self.tr("Your key fingerprint"))
        copy = QPushButton(self.tr("&Copy"), page)
        copy.setAccessibleName(self.tr("Copy the fingerprint"))
        copy.setAutoDefault(False)  # Enter keeps meaning "Close"
        copy.clicked.connect(self.copy_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint_edit, 1)
        row.addWidget(copy)
        after = QLabel(self.tr(
            "The fingerprint identifies your key; the organizer and the chair see the same "
            "one. Next, save your judge card from the Identity page and send it to the "
            "organizer."), page)
        after.setWordWrap(True)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.done_label)
        lay.addWidget(QLabel(self.tr("Fingerprint:"), page))
        lay.addLayout(row)
        lay.addWidget(after)
        lay.addStretch(1)
        return page

    # ---- actions -----------------------------------------------------------------------
    # Slots are methods, never lambdas capturing self: a lambda held by a connection keeps a
    # parentless dialog alive in a cycle, and the garbage collector then deletes it at a
    # random moment (inside Qt's event processing), which crashes.
    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint_edit.text())

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)

    def _show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        if field is self.pass_fields.passphrase_edit:
            # "too short" once, not also in the strength hint (typing brings the hint back)
            self.pass_fields.strength_label.clear()
        if field is not None:
            field.setFocus()

    def problem(self) -> tuple[str, QLineEdit] | None:
        name, email = self.name_edit.text().strip(), self.email_edit.text().strip()
        if not name:
            return self.tr("Please type your name."), self.name_edit
        if "@" not in email or any(ch.isspace() for ch in email):
            return self.tr("Please type a valid e-mail address (like name@example.org)."), \
                self.email_edit
        return self.pass_fields.problem()

    def _on_ok(self) -> None:
        if self.public is not None:
            self.accept()
            return
        if self.busy:
            return
        issue = self.problem()
        if issue is not None:
            self._show_error(*issue)
            return
        self._clear_error()
        home, rounds = self.home, self.rounds
        name, email = self.name_edit.text().strip(), self.email_edit.text().strip()
        passphrase = self.pass_fields.passphrase()

        def work(progress: Progress) -> PublicIdentity:
            from zerodx_desktop.services.identity import create_identity

            progress(0, 0, QCoreApplication.translate(
                "IdentityDialog", "Making and encrypting your signing key…"))
            return create_identity(home, name, email, passphrase, rounds=rounds)

        self._set_busy(True)
        run_in_background(self, work, title=self.tr("Creating your identity"),
                          on_success=self._created, on_failure=self._failed,
                          cancellable=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form_page.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _created(self, public: PublicIdentity) -> None:
        self._set_busy(False)
        self.public = public
        self.pass_fields.clear()
        self.done_label.setText(self.tr("Your identity is ready, {name} <{email}>.")
                                .format(name=public.name, email=public.email))
        self.fingerprint_edit.setText(public.fingerprint)
        self.stack.setCurrentIndex(1)
        self.ok_button.setText(self.tr("Close"))
        self.cancel_button.setVisible(False)
        self.ok_button.setFocus()
        self.identityCreated.emit(public)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        report_failure(self.error_label, exc)

    def reject(self) -> None:
        if self.busy:  # the key is being written; closing now would hide the outcome
            return
        super().reject()


def _exec(dialog: QDialog) -> int:
    """Run a dialog modally (tests replace this)."""
    return dialog.exec()


def ensure_identity(home: Path, parent: QWidget | None = None, *,
                    rounds: int = KDF_ROUNDS) -> PublicIdentity | None:
    """The home's identity; asks the person to create one first if there is none.

    None when the person closed the dialog without creating one.
    """
    home = Path(home)
    if not has_identity(home):
        dialog = IdentityDialog(home, parent, rounds=rounds)
        try:
            _exec(dialog)
        finally:
            dialog.deleteLater()
        if not has_identity(home):
            return None
    return load_public_identity(home)
