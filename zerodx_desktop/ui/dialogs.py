"""Standard dialogs as small functions. Views import them by name, so a test replaces one by
monkeypatching the view module's attribute (e.g. ``organizer_view._ask_save_file``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
