"""File › Nominate…: a judge signs a nomination of a nominee (a nominee folder and their stated
relationship) and saves the ``.zdxnom`` for the organizer."""

from __future__ import annotations

from pathlib import Path

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

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import passphrase_dialog
from zerodx_desktop.ui.dialogs import _ask_directory, _ask_save_file


class NominateDialog(QDialog):
    """Choose the nominee folder, say how you know the nominee, sign and save."""

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Nominate"))
        intro = QLabel(self.tr(
            "Propose a nominee to the organizer: choose the nominee's folder (nominee.json and "
            "its files) and say how you know the nominee. Your nomination is signed with your "
            "key; you will not score this nominee unless the organizer lifts the conflict."))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("nomineeFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setObjectName("relationship")
        self.relationship_edit.setPlaceholderText(self.tr("e.g. former colleague (2019–2021)"))
        form = QFormLayout()
        form.addRow(self.tr("Nominee folder:"), row)
        form.addRow(self.tr("Your relationship:"), self.relationship_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("Sign and save…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(intro)
        v.addLayout(form)
        v.addWidget(self.error_label)
        v.addWidget(self.buttons)

    def choose_folder(self) -> None:
        folder = _ask_directory(self, self.tr("Choose the nominee's folder"))
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def sign(self) -> bool:
        """Check, unlock, sign, save; the reason shown in the dialog when it cannot."""
        from zerodx_desktop.services.programme import nominate

        folder = Path(self.folder_edit.text().strip())
        relationship = self.relationship_edit.text().strip()
        if not self.folder_edit.text().strip() or not folder.is_dir():
            self.error_label.setText(self.tr("Choose the nominee's folder."))
            return False
        if not relationship:
            self.error_label.setText(self.tr("Say how you know the nominee."))
            return False
        out = _ask_save_file(self, self.tr("Save the nomination"),
                             folder.parent / f"{folder.name}.zdxnom",
                             self.tr("Nomination") + " (*.zdxnom)")
        if out is None:
            return False
        if out.suffix.lower() != ".zdxnom":
            out = out.with_suffix(".zdxnom")
        try:
            identity = passphrase_dialog.unlock_identity(self, self.home,
                                                         purpose=self.tr("sign the nomination"))
            if identity is None:
                return False
            nominate(self.home, folder, relationship, out, identity)
        except UserError as exc:
            self.error_label.setText(exc.message)
            return False
        self.written = out
        self.accept()
        return True
