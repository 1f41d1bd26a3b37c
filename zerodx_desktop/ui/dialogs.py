"""Standard dialogs as small functions. Views import them by name, so a test replaces one by
monkeypatching the view module's attribute (e.g. ``organizer_view._ask_save_file``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from zerodx_desktop.core.errors import UserError


def _ask_open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def _ask_open_files(parent: QWidget, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(n) for n in names]


def _ask_directory(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def _ask_save_file(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def _ask_save_name(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The file name chosen to save to, or "" when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


def _warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _show_pdf(parent: QWidget, path: Path) -> QWidget | None:
    """The in-app PDF preview (with print), or a message when the file cannot be shown."""
    from zerodx_desktop.ui import pdf_preview_dialog

    try:
        return pdf_preview_dialog.show_pdf(parent, path)
    except UserError as exc:
        _warn(parent, QCoreApplication.translate("dialogs", "PDF preview"), exc.message)
        return None


class _OnLanguageChange(QObject):
    """Runs ``again`` when its parent widget gets a LanguageChange (a language switch)."""

    def __init__(self, parent: QWidget, again: Callable[[], None]) -> None:
        super().__init__(parent)
        self._again = again
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._again()
        return False


def live_box(box: QMessageBox, texts: Callable[[], tuple[str, str]]) -> QMessageBox:
    """Give ``box`` its (title, text) from ``texts()`` now and again after every language
    switch while it is open (``texts`` calls ``tr``, so it reads the new catalogue)."""
    def fill() -> None:
        title, text = texts()
        box.setWindowTitle(title)
        box.setText(text)

    fill()
    _OnLanguageChange(box, fill)
    return box


class LiveStatus:
    """Status-bar messages that re-translate: :meth:`show` takes a function making the text
    (calling ``tr``); :meth:`retranslate` (on a language switch) shows the message still up
    in the new language for the rest of its time."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self._make: Callable[[], str] | None = None
        self._until = 0.0
        bar.messageChanged.connect(self._changed)

    def show(self, make: Callable[[], str], ms: int = 0) -> None:
        text = make()
        self._make, self._until = make, (time.monotonic() + ms / 1000 if ms else 0.0)
        self._shown = text
        self.bar.showMessage(text, ms)

    def _changed(self, text: str) -> None:
        if text != getattr(self, "_shown", None):
            self._make = None  # cleared, or replaced by a message this class did not make

    def retranslate(self) -> None:
        if self._make is None:
            return
        left = 0
        if self._until:
            left = int((self._until - time.monotonic()) * 1000)
            if left <= 0:
                return
        self.show(self._make, left)
