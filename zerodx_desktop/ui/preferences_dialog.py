"""Edit → Preferences: the language of the application.

The choice is stored in the home's ``desktop.ini`` (``ui/language``) and applied at once:
installing the translators sends every open window a LanguageChange event, on which each view
sets its texts again (``retranslate()``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.ui import i18n


def developer_mode() -> bool:
    """``ZERODX_DEV=1`` (or ``ZERODX_PSEUDO``): the pseudo-language is offered too."""
    return any(os.environ.get(k, "") not in ("", "0") for k in ("ZERODX_DEV", "ZERODX_PSEUDO"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setToolTip(self.tr("The language of menus, views and messages; "
                                               "“System” follows the computer's language"))
        current = i18n.language_setting(settings)
        for value, label in i18n.LANGUAGES:
            if value == i18n.PSEUDO and not (developer_mode() or current == i18n.PSEUDO):
                continue  # a translators' test, not a language
            shown = QCoreApplication.translate("i18n", label)
            if value == i18n.SYSTEM:
                resolved = i18n.resolve_language(i18n.SYSTEM)
                names = dict(i18n.LANGUAGES)
                if resolved in names:
                    shown = f"{shown} ({names[resolved]})"
            self.language_combo.addItem(shown, value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        note = QLabel(self.tr("The new language applies at once to every open window."), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        # wide enough for the note on one line (a short sentence: no orphan "口。" line)
        self.setMinimumWidth(min(640, note.fontMetrics().horizontalAdvance(note.text()) + 48))
        self.note = note
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def selected_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        choice = self.selected_language()
        if choice != i18n.language_setting(self.settings):
            i18n.set_language_setting(self.settings, choice)
            i18n.apply_language(choice)
        super().accept()
