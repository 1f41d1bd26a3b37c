"""The identity page: who signs (name, e-mail, fingerprint), the judge card, the passphrase.

Saving the judge card calls ``services.identity.export_card``; changing the passphrase runs
``services.identity.change_passphrase`` in the background (it unlocks and re-encrypts the key).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import IdentityError, UserError
from zerodx_desktop.core.filenames import portable_stem
from zerodx_desktop.services.identity import (
    KDF_ROUNDS,
    PublicIdentity,
    has_identity,
    load_public_identity,
)
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.dialogs import _ask_save_name, _warn
from zerodx_desktop.ui.identity_dialog import (
    ERROR_STYLE,
    IdentityDialog,
    NewPassphraseFields,
    report_failure,
)
from zerodx_desktop.ui.operations import Progress, run_in_background

CARD_SUFFIX = ".zdxjudge"


def _ask_save_path(parent: QWidget, caption: str, default: str) -> str:
    """The file the person chose, or "" (tests replace this)."""
    return _ask_save_name(parent, caption, default, QCoreApplication.translate(
        "IdentityView", "Judge card") + " (*.zdxjudge)")




def card_file_name(public: PublicIdentity) -> str:
    return f"{portable_stem(public.name, 'judge')}{CARD_SUFFIX}"


class ChangePassphraseDialog(QDialog):
    """Current passphrase, new one twice; re-encrypts the key in the background."""

    passphraseChanged = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None, *,
                 rounds: int = KDF_ROUNDS) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.rounds = rounds
        self.busy = False
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setModal(True)
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Your signing key stays the same (and so do your fingerprint "
                               "and judge card); only the passphrase that protects it on this "
                               "computer changes."), self)
        intro.setWordWrap(True)
        self.old_edit = QLineEdit(self)
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old_edit)
        self.pass_fields = NewPassphraseFields(self, label=self.tr("&New passphrase:"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        # methods, not lambdas capturing self (see identity_dialog.IdentityDialog)
        self.old_edit.textChanged.connect(self._clear_error)
        self.pass_fields.changed.connect(self._clear_error)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.pass_fields)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.old_edit.setFocus()

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)

    def _show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _on_ok(self) -> None:
        if self.busy:
            return
        if not self.old_edit.text():
            self._show_error(self.tr("Type your current passphrase."), self.old_edit)
            return
        issue = self.pass_fields.problem()
        if issue is not None:
            self._show_error(*issue)
            return
        home, rounds = self.home, self.rounds
        old, new = self.old_edit.text(), self.pass_fields.passphrase()

        def work(progress: Progress) -> None:
            from zerodx_desktop.services.identity import change_passphrase

            progress(0, 0, "")
            change_passphrase(home, old, new, rounds)

        self._set_busy(True)
        run_in_background(self, work, title=self.tr("Changing your passphrase"),
                          on_success=self._done, on_failure=self._failed, cancellable=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.old_edit, self.pass_fields, self.buttons):
            w.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.changed = True
        self.old_edit.clear()
        self.pass_fields.clear()
        self.passphraseChanged.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, IdentityError) and "wrong passphrase" in exc.what:
            self._show_error(self.tr("The current passphrase is wrong; nothing was changed. "
                                     "Type it again."), self.old_edit)
            return
        report_failure(self.error_label, exc)

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()


class IdentityView(i18n.Retranslating, QWidget):
    """A page with the home's identity and what can be done with it."""

    identityChanged = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None, *,
                 rounds: int = KDF_ROUNDS) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.rounds = rounds
        self.public: PublicIdentity | None = None
        self.dialog: QDialog | None = None  # the open sub-dialog, if any
        self.setObjectName("identityView")

        self.title_label = title = QLabel(self)  # the texts are set in retranslate()
        tf = title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.4)
        tf.setBold(True)
        title.setFont(tf)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)

        self.name_label = QLabel(self)
        self.email_label = QLabel(self)
        for lab in (self.name_label, self.email_label):
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        fp_row = QHBoxLayout()
        fp_row.addWidget(self.fingerprint_edit, 1)
        fp_row.addWidget(self.copy_button)
        self.form = QFormLayout()
        self.form_captions = [QLabel(self) for _i in range(3)]
        self.form.addRow(self.form_captions[0], self.name_label)
        self.form.addRow(self.form_captions[1], self.email_label)
        self.form.addRow(self.form_captions[2], fp_row)

        self.card_button = QPushButton(self)
        self.card_button.clicked.connect(self.save_card)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_identity)
        buttons = QHBoxLayout()
        for b in (self.create_button, self.card_button, self.passphrase_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.info_label)
        lay.addLayout(self.form)
        lay.addLayout(buttons)
        lay.addWidget(self.status_label)
        lay.addStretch(1)
        self.retranslate()


    def retranslate(self) -> None:
        """The page's texts in the current language (and the identity shown, again)."""
        self._ui_lang = i18n.current_language()
        self.title_label.setText(self.tr("Your judge identity"))
        self.name_label.setAccessibleName(self.tr("Name"))
        self.email_label.setAccessibleName(self.tr("E-mail"))
        self.fingerprint_edit.setAccessibleName(self.tr("Key fingerprint"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the fingerprint"))
        for caption, text in zip(self.form_captions, (self.tr("Name:"), self.tr("E-mail:"),
                                                      self.tr("Fingerprint:")), strict=True):
            caption.setText(text)
        self.card_button.setText(self.tr("&Save judge card…"))
        self.card_button.setToolTip(self.tr("Save your public judge card (.zdxjudge) to send "
                                            "to the organizer; it holds nothing secret"))
        self.passphrase_button.setText(self.tr("C&hange passphrase…"))
        self.passphrase_button.setToolTip(self.tr("Choose a new passphrase for your signing "
                                                  "key (you need the current one)"))
        self.create_button.setText(self.tr("C&reate identity…"))
        self.create_button.setToolTip(self.tr("Make your signing key: name, e-mail and a "
                                              "passphrase"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.refresh()

    def refresh(self) -> None:
        self.public = load_public_identity(self.home) if has_identity(self.home) else None
        has = self.public is not None
        if self.public is not None:
            self.info_label.setText(self.tr(
                "Your signing key never leaves this computer. Send your judge card to the "
                "organizer so that the chair can check that your score sheets come from you; "
                "compare the fingerprint with the one they see."))
            self.name_label.setText(self.public.name)
            self.email_label.setText(self.public.email)
            self.fingerprint_edit.setText(self.public.fingerprint)
        else:
            self.info_label.setText(self.tr(
                "This computer has no judge identity yet. Create one to sign your score "
                "sheet and to make the judge card the organizer needs."))
            self.name_label.clear()
            self.email_label.clear()
            self.fingerprint_edit.clear()
        self.create_button.setVisible(not has)
        for w in (self.card_button, self.passphrase_button, self.copy_button):
            w.setEnabled(has)

    def copy_fingerprint(self) -> None:
        if self.public is not None:
            QGuiApplication.clipboard().setText(self.public.fingerprint)
            self.status_label.setText(self.tr("Fingerprint copied."))

    def save_card(self) -> Path | None:
        if self.public is None:
            return None
        name = _ask_save_path(self, self.tr("Save your judge card"),
                              str(Path.home() / card_file_name(self.public)))
        if not name:
            return None
        out = Path(name)
        if out.suffix.lower() != CARD_SUFFIX:
            out = out.with_name(out.name + CARD_SUFFIX)
        from zerodx_desktop.services.identity import export_card

        try:
            export_card(self.home, out)
        except UserError as exc:
            _warn(self, self.tr("Judge card not saved"), exc.message)
            return None
        except OSError as exc:
            _warn(self, self.tr("Judge card not saved"),
                  self.tr("Cannot write {path}: {reason}").format(path=out,
                                                                  reason=exc.strerror))
            return None
        self.status_label.setText(self.tr("Judge card saved to {path}. Send this file to the "
                                          "organizer.").format(path=out))
        return out

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        if self.public is None:
            return None
        dlg = ChangePassphraseDialog(self.home, self, rounds=self.rounds)
        dlg.passphraseChanged.connect(self._passphrase_changed)
        self._open(dlg)
        return dlg

    def create_identity(self) -> IdentityDialog:
        dlg = IdentityDialog(self.home, self, rounds=self.rounds)
        dlg.identityCreated.connect(self._identity_created)
        self._open(dlg)
        return dlg

    def _passphrase_changed(self) -> None:
        self.status_label.setText(self.tr("Passphrase changed."))

    def _identity_created(self, _public: object) -> None:
        self.refresh()
        self.identityChanged.emit()

    def _open(self, dlg: QDialog) -> None:
        self.dialog = dlg
        dlg.finished.connect(self._dialog_finished)
        dlg.open()

    def _dialog_finished(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None:
            dlg.deleteLater()
