"""The main window: role switcher (Judge workspace, Merge, Organizer), menus, toolbar, status.

One window per home. The judge page is the welcome page until a panel is open, then the
workspace. Window geometry and splitter state are kept in ``<home>/desktop.ini``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop import APP_NAME
from zerodx_desktop.controllers import judge as ctl
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui import settings as opts
from zerodx_desktop.ui.main_frame import PACKAGE_SUFFIX as PACKAGE_SUFFIX
from zerodx_desktop.ui.main_frame import MainFrame
from zerodx_desktop.ui.operations import Progress, run_in_background
from zerodx_desktop.ui.welcome_view import WelcomePage
from zerodx_desktop.ui.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store

log = logging.getLogger(__name__)
SETTINGS_FILE = opts.SETTINGS_FILE  # the old name, kept for importers


def _ask_save_pdf(parent: QWidget, suggested: Path) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MainWindow", "Save as PDF"), str(suggested),
        "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


BACKUP_INTERVAL_S = ctl.BACKUP_INTERVAL_S
HOME_CHECK_MS = 2000


class MainWindow(i18n.Retranslating, MainFrame):
    panelOpened = Signal(str)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.judge = ctl.JudgeHome(self.home)  # the store's lifetime, the backup schedule
        self.workspace: WorkspaceView | None = None
        self.undo_stack = QUndoStack(self)
        self.settings = opts.open_settings(self.home)
        # the home's language preference (or the system's): this window and later ones use it
        i18n.apply_language(i18n.language_setting(self.settings))
        self._failure_shown = False
        self.audit_problems: list[str] | None = None  # the check on open, once it is done
        self._other_windows: list[MainWindow] = []
        self.roster_box: QMessageBox | None = None  # the note after opening a package
        self._welcome: WelcomePage | None = None  # built when first shown (start-up cost)
        self._build_frame()
        self._wire_actions()
        self.packageDropped.connect(self.open_package)
        from zerodx_desktop.ui.shortcuts import WindowShortcutsFirst

        self._shortcuts_first = WindowShortcutsFirst(self, lambda: (
            self.export_action, self.scorecard_action, self.next_action, self.overview_action,
            self.conflict_action, self.preferences_action))
        app = QCoreApplication.instance()
        assert app is not None  # a window exists only inside a running application
        app.installEventFilter(self._shortcuts_first)
        self.retranslate()
        self._restore_window()
        self.roles.currentChanged.connect(self._role_changed)
        self._role_changed()
        self.open_store()
        self.load_current_panel()

    # ---- construction ----------------------------------------------------------------
    def _wire_actions(self) -> None:
        """Each action to its command (the frame made them)."""
        for action, slot in (
                (self.open_action, self.choose_package), (self.demo_action, self.try_demo),
                (self.export_action, self.export_sheet),
                (self.identity_action, self.show_identity), (self.nominate_action, self.nominate),
                (self.scorecard_action, self.print_scorecard),
                (self.restore_action, self.restore_backup), (self.undo_action, self.undo),
                (self.redo_action, self.redo), (self.filter_action, self.focus_filter),
                (self.next_action, self.next_unscored),
                (self.overview_action, self.show_overview),
                (self.conflict_action, self.declare_conflict),
                (self.withdraw_action, self.withdraw_conflict),
                (self.preferences_action, self.show_preferences),
                (self.help_action, self.show_help),
                (self.verify_help_action, self.show_verify_help),
                (self.about_action, self.show_about)):
            action.triggered.connect(lambda _checked=False, s=slot: s())
        self.undo_stack.canUndoChanged.connect(lambda _can: self._update_actions())
        self.undo_stack.canRedoChanged.connect(lambda _can: self._update_actions())
        self._update_actions()

    def retranslate(self) -> None:
        """The frame's texts and the roster note, in the current language."""
        self._ui_lang = i18n.current_language()
        self.retranslate_frame()
        self._roster_box_texts()

    def _role_changed(self, _index: int = 0) -> None:
        """The judge's toolbar and save status belong to the judge tab only."""
        judge = self.judge_tab_shown()
        # the welcome page has no toolbar of disabled actions: it has its own buttons
        self.toolbar.setVisible(judge and self.workspace is not None)
        self.save_label.setVisible(judge)
        self._update_actions()

    def _update_actions(self) -> None:
        # the judge's commands act on the workspace: only while it is the tab shown, so
        # Ctrl+Z, Ctrl+D, Ctrl+E... never change a workspace the user cannot see
        has_ws = self.workspace is not None and self.judge_tab_shown()
        for a in (self.filter_action, self.next_action, self.overview_action):
            a.setEnabled(has_ws)
        # declare on a nominee that has no conflict, withdraw one the judge declared
        ws = self.workspace if has_ws else None
        nid = ws.current_nominee_id() if ws is not None else None
        locked = nid is not None and ws is not None and ws.session.is_locked(nid)
        self.conflict_action.setEnabled(nid is not None and not locked)
        self.withdraw_action.setEnabled(locked and ws is not None
                                        and not ws.session.is_roster_conflict(nid or ""))
        self.export_action.setEnabled(has_ws)
        self.scorecard_action.setEnabled(has_ws)
        self.undo_action.setEnabled(has_ws and self.undo_stack.canUndo())
        self.redo_action.setEnabled(has_ws and self.undo_stack.canRedo())

    # ---- settings --------------------------------------------------------------------
    def _save_window(self) -> None:
        self._save_window_geometry()
        if self.workspace is not None:
            opts.WORKSPACE_SPLITTER.set(self.settings, self.workspace.splitter_state())
            nid = self.workspace.current_nominee_id()
            if nid:
                opts.WORKSPACE_NOMINEE.set(self.settings, nid)
                opts.WORKSPACE_CRITERION.set(self.settings,
                                             self.workspace.current_criterion_id() or "")
        self.settings.sync()

    # ---- the store and the panel -----------------------------------------------------
    def open_store(self) -> None:
        self.judge.open()
        if getattr(self, "_backup_timer", None) is None:
            # a periodic backup (SQLite backup API) besides the one before each migration
            self._backup_timer = QTimer(self)
            self._backup_timer.setInterval(BACKUP_INTERVAL_S * 1000)
            self._backup_timer.timeout.connect(self.backup_store)
            self._backup_timer.start()
            # the home folder can vanish under a running app (deleted, an unplugged disk)
            self._home_timer = QTimer(self)
            self._home_timer.setInterval(HOME_CHECK_MS)
            self._home_timer.timeout.connect(self.check_home)
            self._home_timer.start()
        QTimer.singleShot(0, self.check_audit)

    def check_home(self) -> bool:
        """Whether the store file is still where it was opened; when it is gone the window
        stops saying "Saved" and says so, once."""
        check = self.judge.check()
        if check is not ctl.HomeCheck.GONE:
            return check is ctl.HomeCheck.FINE
        self._save_failed(self.tr(
            "The data folder {home} was moved or deleted while the app was open: nothing more "
            "can be saved.\n\nPut the folder back, or quit and start the app again (it offers "
            "to restore the newest backup).").format(home=self.home))
        return False

    def check_audit(self) -> None:
        """The audit chain is checked when the store opens, off the UI thread on a connection
        of its own (~0.25 s for 10,000 entries); a break is shown, not blocking."""
        if self.store is None or self._closed:
            return
        home = self.home

        def work(_progress: Progress) -> list[str]:
            return ctl.audit_breaks(home)

        run_in_background(self, work, title=self.tr("Checking your edit history"),
                          on_success=self._show_audit_breaks,
                          on_failure=lambda _exc: None,  # opening the store says the rest
                          cancellable=True)

    def _show_audit_breaks(self, problems: list[str]) -> None:
        self.audit_problems = problems
        if not problems or self._closed:
            return
        self.show_audit_box(problems)

    def restore_backup(self) -> None:
        """File ▸ Restore from backup…: choose a backup; the window lets go of the store,
        the backup is put back (the current store kept beside it), and the panel reopens."""
        from zerodx_desktop.ui.restore_dialog import RestoreDialog

        if self.workspace is not None:
            self.workspace.flush()
        dialog = RestoreDialog(self.home, self)
        dialog.restoreRequested.connect(self._restore_from)
        dialog.exec()
        dialog.deleteLater()

    def _restore_from(self, backup: str) -> None:
        self._release_store()
        try:
            done = self.judge.restore(backup)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("{app_name}: not restored").format(
                app_name=APP_NAME), exc.message)
            done = None
        try:
            self.open_store()
        except UserError as exc:
            QMessageBox.critical(self, APP_NAME, exc.message)
            return
        self.load_current_panel()
        if done is not None:
            name, what = ctl.restored_description(done)
            self.status.show(lambda: self.tr("Restored {name} ({what})").format(
                name=name, what=what), 10000)

    def _release_store(self) -> None:
        if self.workspace is not None:
            self.workspace.shutdown()
            self.judge_stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.undo_stack.clear()
        self.judge.release()

    def backup_store(self) -> None:
        what = self.judge.backup(BACKUP_INTERVAL_S)
        if what is not None:  # a full disk must not interrupt scoring; say it once
            self.status.show(lambda: self.tr("Backup failed: {0}").format(what), 10000)

    def load_current_panel(self) -> str | None:
        assert self.store is not None  # called after open_home_store
        pid = self.judge.current_panel_id()
        if pid:
            self.show_panel(pid)
        else:
            self.judge_stack.setCurrentWidget(self.welcome)
            self.welcome.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter opens a package
        return pid

    def show_panel(self, panel_id: str) -> None:
        """Build the workspace for ``panel_id`` (replacing any previous one)."""
        if self._closed or self.store is None:
            return  # the window was closed while the package was being opened
        if self.workspace is not None:
            self.workspace.shutdown()
            self.judge_stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if gc.get_freeze_count():
            # start-up froze what it had built (zerodx_desktop.__main__); a panel opened later
            # lets the collector reach everything again: the old workspace's cycles, and what
            # opening the package left behind
            gc.unfreeze()
        self.undo_stack.clear()
        own, fingerprint = self.judge.fingerprint()
        last = opts.WORKSPACE_NOMINEE.get(self.settings)
        crit = opts.WORKSPACE_CRITERION.get(self.settings)
        start_at = (last, crit or None) if last else None
        ws = WorkspaceView(self.store, panel_id, self.undo_stack, fingerprint=fingerprint,
                           parent=self, start_at=start_at)
        self.workspace = ws
        ws.session.saved.connect(self._saved)
        ws.session.saveFailed.connect(self._save_failed)
        ws.message.connect(self._workspace_note)
        ws.identityRequested.connect(self.show_identity)
        ws.nomineeShown.connect(lambda _n: self._update_actions())
        ws.session.changed.connect(lambda _n: self._update_actions())
        # the key that will sign the sheet is the home's: no identity is a problem too
        ws.set_roster_identity(own)
        self.judge_stack.addWidget(ws)
        self.judge_stack.setCurrentWidget(ws)
        splitter = opts.WORKSPACE_SPLITTER.get(self.settings)
        if not splitter.isEmpty():
            ws.splitter.restoreState(splitter)
        self.setWindowTitle(f"{ws.session.panel.title} \u2014 {APP_NAME}")
        self.set_save_state("read_only" if self.store.read_only else "all")
        self._role_changed()  # the toolbar, now that there is a workspace
        self.roles.setCurrentIndex(0)
        ws.scoring.focus_criteria()
        self.panelOpened.emit(panel_id)

    def open_package(self, path: Path) -> None:
        """Verify and import a panel package off the UI thread, then show it."""
        home = self.home
        path = Path(path)

        def work(progress: Progress) -> str:
            return ctl.open_package(home, path, progress)

        def done(panel_id: str) -> None:
            self.status.show(lambda: self.tr("Opened {name}").format(name=path.name), 5000)
            self.show_panel(panel_id)
            self._roster_notice()

        run_in_background(self, work, title=self.tr("Opening {name}").format(name=path.name),
                          on_success=done,
                          cancellable=False)

    def _roster_notice(self) -> None:
        """Right after opening a package: say at once (a dialog that does not block) when
        the home's key is not on its roster; the workspace banner keeps saying it."""
        ws = self.workspace
        if ws is None or ws.roster_problem is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "",
                          QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.roster_box = box
        self._roster_box_texts()
        box.finished.connect(lambda _r: setattr(self, "roster_box", None))
        box.open()
        self.status.show(lambda: self.tr("Your key is not on this panel's roster: see the "
                                         "note above the nominee list."), 15000)

    def _roster_box_texts(self) -> None:
        """The roster note's texts, in the current language (a language switch redoes them)."""
        box, ws = self.roster_box, self.workspace
        if box is None or ws is None or ws.roster_problem is None:
            return
        box.setText(self.tr("You are not on this panel's roster yet"))
        box.setInformativeText(ws.roster_message(full=True))

    def _refresh_roster(self) -> None:
        if self.workspace is not None:
            self.workspace.set_roster_identity(self.judge.fingerprint()[0])

    def choose_package(self) -> None:
        start = opts.LAST_PACKAGE_DIR.get(self.settings)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open panel package"), start,
            self.tr("Panel packages") + f" (*{PACKAGE_SUFFIX});;" + self.tr("All files") + " (*)")
        if name:
            opts.LAST_PACKAGE_DIR.set(self.settings, str(Path(name).parent))
            self.open_package(Path(name))

    def try_demo(self) -> None:
        """Open the demo panel: in this home if it is fresh, else in a throw-away home."""

        assert self.store is not None  # the home's store is open while the window is
        if not self.judge.demo_goes_here():  # (a fresh home: the judge's own key is kept)
            answer = QMessageBox.question(
                self, APP_NAME, self.tr("This data folder is already in use. Open the demo in "
                                        "a separate, throw-away window?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            import tempfile

            demo_home = Path(tempfile.mkdtemp(prefix="zerodx-demo-"))
            demo_settings = opts.open_settings(demo_home)
            i18n.set_language_setting(demo_settings, i18n.language_setting(self.settings))
            window = MainWindow(demo_home)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._other_windows.append(window)
            window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
            window.show()
            window.try_demo()
            return
        home = self.home

        def work(progress: Progress) -> str:
            progress(0, 0, self.tr("Building the demo panel\u2026"))
            return ctl.prepare_demo(home)

        run_in_background(self, work, title=self.tr("Preparing the demo panel"),
                          on_success=self.show_panel, cancellable=False)

    def _forget(self, window: MainWindow) -> None:
        if window in self._other_windows:
            self._other_windows.remove(window)

    # ---- save status -----------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        return self.judge.store

    @property
    def _closed(self) -> bool:
        return self.judge.closed

    def _workspace_note(self, make: Callable[[], str] | str) -> None:
        """A passing note of the workspace, re-translated on a language switch while up."""
        self.status.show(make if callable(make) else (lambda: make), 5000)

    def _saved(self, text: str) -> None:
        if self.judge.gone:
            return
        self._failure_shown = False
        self.show_saved(text)

    def _save_failed(self, message: str) -> None:
        self.show_not_saved(message.splitlines()[0] if message else "not saved")
        log.warning("save failed: %s", message)
        if not self._failure_shown:
            self._failure_shown = True  # once until a save succeeds again, not per keystroke
            QMessageBox.warning(self, self.tr("{app_name}: not saved").format(app_name=APP_NAME),
                                self.tr("{message}\n\nYour edit is still on screen.").format(
                                    message=message))

    # ---- commands --------------------------------------------------------------------
    def undo(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.undo_stack.redo()

    def focus_filter(self) -> None:
        if self.workspace is not None:
            self.roles.setCurrentIndex(0)
            self.workspace.focus_filter()

    def next_unscored(self) -> None:
        if self.workspace is not None:
            self.roles.setCurrentIndex(0)
            self.workspace.next_unscored()

    def show_overview(self) -> None:
        if self.workspace is not None:
            self.roles.setCurrentIndex(0)
            self.workspace.show_overview()

    def declare_conflict(self) -> None:
        if self.workspace is not None:
            self.workspace.declare_conflict()

    def withdraw_conflict(self) -> None:
        if self.workspace is not None:
            self.workspace.withdraw_conflict()

    def nominate(self) -> None:
        """File › Nominate…: a signed nomination for the organizer."""
        from zerodx_desktop.ui.identity_dialog import ensure_identity
        from zerodx_desktop.ui.nominate_dialog import NominateDialog

        if ensure_identity(self.home, self) is None:
            return
        dialog = NominateDialog(self.home, self)
        if dialog.exec() and dialog.written is not None:
            written = dialog.written
            self.status.show(lambda: self.tr("Nomination saved: {path}. Send it to the "
                                             "organizer.").format(path=written), 10000)
        dialog.deleteLater()

    def export_sheet(self) -> None:
        """Ctrl+E: the export dialog (completeness, passphrase, file) when it is installed."""
        if self.workspace is None:
            return
        self.workspace.flush()
        from zerodx_desktop.ui.export_dialog import ExportDialog
        from zerodx_desktop.ui.identity_dialog import ensure_identity

        if ensure_identity(self.home, self) is None:
            return  # the judge cancelled creating the identity that signs the sheet
        default = opts.LAST_EXPORT_DIR.get(self.settings)
        dialog = ExportDialog(self.home, self, directory=Path(default))
        dialog.exported.connect(self._exported)
        dialog.exec()
        dialog.deleteLater()

    def _exported(self, result: Any) -> None:
        path = getattr(result, "path", None)
        if path is not None:
            opts.LAST_EXPORT_DIR.set(self.settings, str(Path(path).parent))
        total = getattr(result, "total", None)
        if total is not None and self.workspace is not None:
            done = ctl.criteria_done(self.workspace.session)

            def text() -> str:
                name = Path(path).name if path is not None else self.tr("score sheet")
                return self.tr("Exported {name} ({done}/{total} done)").format(
                    name=name, done=done, total=total)
        else:
            def text() -> str:
                name = Path(path).name if path is not None else self.tr("score sheet")
                return self.tr("Exported {name}").format(name=name)
        self.status.show(text, 8000)

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page; built on first use, so a home with a panel never pays for it."""
        if self._welcome is None:
            page = WelcomePage(self, home=self.home)
            page.identityRequested.connect(self.create_identity)
            page.openRequested.connect(self.choose_package)
            page.demoRequested.connect(self.try_demo)
            self.judge_stack.insertWidget(0, page)
            self._welcome = page
        return self._welcome

    def show_identity(self) -> None:
        """The judge's identity page (create, judge card, passphrase) in a dialog."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        from zerodx_desktop.ui.identity_view import IdentityView

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("My identity"))
        layout = QVBoxLayout(dialog)
        view = IdentityView(self.home, dialog)
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 360)
        self.identity_dialog: QDialog | None = dialog
        dialog.exec()
        dialog.deleteLater()
        self.identity_dialog = None
        if self._welcome is not None:
            self._welcome.refresh()  # an identity may have been made there
        self._refresh_roster()

    def print_scorecard(self) -> None:
        """Ctrl+P: the judge's scores and comments as a PDF, shown in the in-app viewer."""
        if self.workspace is None:
            return
        self.workspace.flush()
        default = Path(opts.LAST_EXPORT_DIR.get(self.settings))
        out = _ask_save_pdf(self, default / "my-scorecard.pdf")
        if out is None:
            return
        home = self.home

        def work(progress: Progress) -> Path:
            progress(0, 0, self.tr("Writing your scorecard\u2026"))
            return ctl.print_scorecard(home, out)

        def done(path: Path) -> None:
            from zerodx_desktop.ui.pdf_preview_dialog import show_pdf

            self.status.show(lambda: self.tr("Saved {name}").format(name=path.name), 8000)
            self.scorecard_preview = show_pdf(self, path)

        run_in_background(self, work, title=self.tr("Printing your scorecard"), on_success=done,
                          cancellable=False)

    def create_identity(self) -> None:
        """The welcome page's "Create my judge identity"."""
        from zerodx_desktop.ui.identity_dialog import ensure_identity

        ensure_identity(self.home, self)
        self.welcome.refresh()
        self._refresh_roster()

    # ---- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.flush():
            answer = QMessageBox.question(
                self, APP_NAME, self.tr("Your last comment could not be saved (see the status "
                                        "bar). Quit anyway and lose it?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._save_window()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        if self._closed:
            return
        self.judge.closed = True
        if self.workspace is not None:
            self.workspace.shutdown()
        self.undo_stack.clear()
        self.judge.close()
