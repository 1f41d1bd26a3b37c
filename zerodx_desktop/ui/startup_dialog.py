"""Start-up problems shown as a window, never only on stderr: a lost or damaged store (with a
"Restore" button when a good backup exists), a store from a newer version, a read-only data
folder (the panel opens read-only), and a half-made identity that was tidied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zerodx_desktop import APP_NAME
from zerodx_desktop.core.errors import UserError


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Startup", text)


def show_failure(message: str, parent: QWidget | None = None) -> None:
    """A start-up failure as a window (the app cannot go on)."""
    if QApplication.instance() is None:
        QApplication([])
    QMessageBox.critical(parent, _tr("{app}: cannot start").format(app=APP_NAME), message)


def check_home(home: Path, parent: QWidget | None = None) -> bool:
    """Say what stops the home's store from opening and offer what helps. True: go on (the
    store opens, perhaps read-only or after a restore); False: quit."""
    from zerodx_desktop.services import recovery

    try:
        said = recovery.recover_identity(home)
    except OSError:
        said = None
    if said:
        QMessageBox.information(parent, _tr("{app}: your identity").format(app=APP_NAME), said)
    problem = recovery.home_problem(home)
    if problem is None:
        return True
    title = _tr("{app}: your data").format(app=APP_NAME)
    if problem.kind == "read_only":
        QMessageBox.warning(parent, title, problem.message)
        return True
    if problem.kind == "newer":
        QMessageBox.critical(parent, title, problem.message + "\n\n" + _tr(
            "Nothing in the folder was changed. Install the newer version of the app, or "
            "start this one with another data folder (--home)."))
        return False
    if problem.kind != "restore" or problem.backup is None:
        QMessageBox.critical(parent, title, problem.message)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, problem.message, parent=parent)
    box.setObjectName("restoreOnStartBox")
    restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        done = recovery.restore_backup(home, problem.backup.path)
    except UserError as exc:
        QMessageBox.critical(parent, title, exc.message)
        return False
    kept = "\n".join(str(p) for p in done.kept)
    QMessageBox.information(parent, title, _tr(
        "Restored {name} ({what}).").format(name=done.restored.path.name,
                                            what=recovery.describe(done.restored))
        + (("\n\n" + _tr("The previous store files are kept as:") + "\n" + kept) if kept
           else ""))
    return check_home(home, parent)  # anything else still wrong is said too
