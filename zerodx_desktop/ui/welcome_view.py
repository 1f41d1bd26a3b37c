"""The welcome page (first run): the three roles in a line each, the three first steps (create
my judge identity, open a panel package, try the demo), where the data is kept and that nothing
leaves the machine.

The page only emits requests; the main window does the work and calls ``refresh()`` after an
identity was made.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zerodx_desktop import APP_NAME
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n

log = logging.getLogger(__name__)


class WelcomePage(i18n.Retranslating, QWidget):
    openRequested = Signal()
    demoRequested = Signal()
    identityRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, home: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.home: Path | None = Path(home) if home is not None else None
        # a fixed-width column: word-wrapped labels get their full height that way
        column = QWidget(self)
        self.title_label = title = QLabel(column)  # the texts are set in retranslate()
        tf = title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.8)
        tf.setBold(True)
        title.setFont(tf)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.roles_label = QLabel(column)
        self.roles_label.setObjectName("welcomeRoles")
        self.roles_label.setTextFormat(Qt.TextFormat.RichText)
        column.setFixedWidth(max(560, self.roles_label.fontMetrics().averageCharWidth() * 76))

        self.identity_button = QPushButton(column)
        self.identity_button.setObjectName("welcomeIdentity")
        self.identity_button.setMinimumHeight(36)
        self.identity_label = QLabel(column)
        self.identity_label.setObjectName("welcomeIdentityLabel")
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_label.setWordWrap(True)
        self.identity_label.setVisible(False)

        self.open_button = QPushButton(column)
        self.open_button.setObjectName("welcomeOpen")
        self.open_button.setMinimumHeight(36)
        self.open_button.setDefault(True)
        self.demo_button = QPushButton(column)
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setMinimumHeight(36)
        self.identity_button.clicked.connect(self.identityRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)

        self.home_label = QLabel(column)
        self.home_label.setObjectName("welcomeHome")
        self.home_label.setTextFormat(Qt.TextFormat.PlainText)
        self.home_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.home_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.home_label.setWordWrap(True)
        self.privacy_label = QLabel(column)
        self.privacy_label.setObjectName("welcomePrivacy")
        self.privacy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.privacy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.privacy_label.setWordWrap(True)

        col = QVBoxLayout(column)
        col.setSpacing(12)
        for w in (title, self.roles_label, self.identity_label, self.home_label,
                  self.privacy_label):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.roles_label.setWordWrap(True)
        self.roles_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        col.addWidget(title)
        col.addWidget(self.roles_label)
        col.addSpacing(8)
        col.addWidget(self.identity_button)
        col.addWidget(self.identity_label)
        col.addWidget(self.open_button)
        col.addWidget(self.demo_button)
        col.addSpacing(8)
        col.addWidget(self.home_label)
        col.addWidget(self.privacy_label)
        # stretches, not an alignment flag: an aligned widget gets its size hint, and the
        # word-wrapped labels would lose lines; a row keeps their height-for-width
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        # Enter opens a package; Tab goes on to the demo, Shift+Tab back to the identity
        QWidget.setTabOrder(self.identity_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.demo_button)
        self.setFocusProxy(self.open_button)
        self.retranslate()


    def retranslate(self) -> None:
        """The page's texts in the current language (the folder and identity lines too)."""
        self._ui_lang = i18n.current_language()
        self.title_label.setText(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.roles_label.setText(self.tr(
            "One app for the whole awards panel:<br>"
            "\u2022 <b>Judge</b>: read each nominee's dossier, score it on the framework and "
            "send the organizer your signed score sheet.<br>"
            "\u2022 <b>Chair</b>: check every judge's sheet and combine them into the panel "
            "result (the Merge tab).<br>"
            "\u2022 <b>Organizer</b>: build the signed panel package and print the final "
            "report (the Organizer tab)."))
        self.roles_label.setAccessibleName(self.tr("The three roles"))
        self.identity_button.setText(self.tr("Create my &judge identity\u2026"))
        self.identity_button.setAccessibleName(self.tr("Create my judge identity"))
        self.identity_button.setToolTip(self.tr(
            "Make the signing key that signs your score sheets (name, e-mail, passphrase). "
            "It never leaves this computer."))
        self.identity_label.setAccessibleName(self.tr("Your identity"))
        self.open_button.setText(self.tr("&Open a panel package\u2026"))
        self.open_button.setAccessibleName(self.tr("Open panel package"))
        self.open_button.setToolTip(self.tr(
            "Open the .zdxpanel file the organizer sent you; you can also drop it onto this "
            "window."))
        self.demo_button.setText(self.tr("Try the &demo"))
        self.demo_button.setAccessibleName(self.tr("Try the demo panel"))
        self.demo_button.setToolTip(self.tr(
            "A complete fictional panel to practise on: nothing you do there is sent anywhere."))
        self.home_label.setAccessibleName(self.tr("Where your data is"))
        self.privacy_label.setText(self.tr(
            "Nothing leaves this computer: the app never uses the network. Files travel only "
            "when you send them yourself. Press F1 for the guide."))
        self.refresh()

    def set_home(self, home: Path) -> None:
        self.home = Path(home)
        self.refresh()

    def refresh(self) -> None:
        """Show the data folder, and the identity (or the button that creates one)."""
        if self.home is None:
            self.home_label.setText("")
            self._show_identity(None)
            return
        self.home_label.setText(self.tr("Your data is kept in this folder: {path}")
                                .format(path=str(self.home)))
        from zerodx_desktop.services.identity import has_identity, load_public_identity

        public = None
        if has_identity(self.home):
            try:
                public = load_public_identity(self.home)
            except UserError as exc:  # a damaged identity.json: offer nothing misleading
                log.warning("identity not readable: %s", exc.message)
        self._show_identity(public)

    def _show_identity(self, public: object | None) -> None:
        if public is None:
            self.identity_label.clear()
            self.identity_label.setVisible(False)
            self.identity_button.setVisible(True)
            return
        self.identity_label.setText(self.tr("Identity: {name} ({fingerprint})").format(
            name=getattr(public, "name", ""), fingerprint=getattr(public, "fingerprint", "")))
        self.identity_label.setVisible(True)
        self.identity_button.setVisible(False)
