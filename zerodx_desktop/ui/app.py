"""The QApplication: palette (follows the system light/dark), high-DPI, icon, logging, and
the error hook: a ``UserError`` becomes a plain message box, anything else the crash dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop import APP_NAME, __version__
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.paths import icon_path

log = logging.getLogger("zerodx_desktop")


def log_path(home: Path) -> Path:
    return Path(home) / "logs" / "zerodx.log"


def setup_logging(home: Path) -> Path:
    """Log to ``<home>/logs/zerodx.log`` (append; a log is not a document)."""
    path = log_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("zerodx_desktop")
    for h in list(root.handlers):
        if getattr(h, "_zerodx", False):
            root.removeHandler(h)
            h.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    # why the ignore below: a marker attribute on the logging handler, so it is installed once
    handler._zerodx = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def app_icon() -> QIcon:
    icon = QIcon()
    path = icon_path("zerodx")
    if path.is_file():
        icon.addFile(str(path))
    return icon


def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, window)
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(42, 130, 218))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(90, 160, 240))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_color_scheme(app: QApplication) -> None:
    """A dark palette when the system says dark; otherwise the default one (the platform
    theme's, or Fusion's own where there is none). A default-constructed palette resolves
    to that default, so switching back from dark needs no ``QStyle`` object (building the
    Python ``QStyle`` type costs ~5 ms of start-up: its enums)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else QPalette())


def create_app(argv: list[str] | None = None) -> QApplication:
    """The application object (or the existing one), set up once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName("ZeroDX")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Fusion everywhere, named on the command line Qt reads: app.setStyle() would hand back a
    # QStyle and make PySide6 build that type's enums during start-up
    args = list(argv) if argv is not None else [sys.argv[0]]
    app = QApplication([*args[:1], "-style", "Fusion", *args[1:]])
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("zerodx-desktop")
    apply_color_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_color_scheme(app))
    return app


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("zerodx_desktop.qt").log(level, "%s", message)


def install_qt_logging() -> None:
    qInstallMessageHandler(_qt_message)


class CrashDialog(QDialog):
    """A bug: say so plainly, show details that can be copied, name the log file."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app_name}: unexpected error").format(app_name=APP_NAME))
        self.setAccessibleName(self.tr("Unexpected error"))
        intro = QLabel(
            self.tr("Something went wrong inside ZeroDX Desktop. Your scores are safe: every "
                    "edit was saved when it was made.\nPlease send the details below to the "
                    "panel chair or the developers."), self)
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setPlainText(details)
        where = QLabel(self.tr("Log file: {path}").format(path=log_file) if log_file else "",
                       self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def crash_details(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    import platform  # only when something went wrong (1.5 ms of start-up otherwise)

    lines = [f"{APP_NAME} {__version__}", f"Python {platform.python_version()} on "
             f"{platform.platform()}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class ErrorHook:
    """``sys.excepthook``: user errors as a message, bugs as the crash dialog (once at a time)."""

    def __init__(self, home: Path | None) -> None:
        self.home = home
        self._showing = False
        self.previous = sys.excepthook

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            log.warning("user error: %s", exc.message)
            QMessageBox.warning(parent, APP_NAME, exc.message)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing:
            return
        self._showing = True
        try:
            dialog = CrashDialog(crash_details(exc_type, exc, tb),
                                 log_path(self.home) if self.home else None, parent)
            dialog.exec()
            dialog.deleteLater()
        finally:
            self._showing = False


def install_error_hook(home: Path | None) -> ErrorHook:
    hook = ErrorHook(home)
    sys.excepthook = hook
    return hook
