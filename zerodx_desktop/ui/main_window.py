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
    QSize,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop import APP_NAME
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui import settings as opts
from zerodx_desktop.ui.app import app_icon, icon
from zerodx_desktop.ui.dialogs import LiveStatus, live_box
from zerodx_desktop.ui.operations import Progress, run_in_background
from zerodx_desktop.ui.scoring_view import ERROR_RED
from zerodx_desktop.ui.undo import retranslate_stack
from zerodx_desktop.ui.welcome_view import WelcomePage
from zerodx_desktop.ui.workspace_session import judge_fingerprint
from zerodx_desktop.ui.workspace_view import WorkspaceView

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store

log = logging.getLogger(__name__)
PACKAGE_SUFFIX = ".zdxpanel"
SETTINGS_FILE = opts.SETTINGS_FILE  # the old name, kept for importers



def _ask_save_pdf(parent: QWidget, suggested: Path) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MainWindow", "Save as PDF"), str(suggested),
        "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


BACKUP_INTERVAL_S = 600
HOME_CHECK_MS = 2000


class MainWindow(i18n.Retranslating, QMainWindow):
    panelOpened = Signal(str)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.home = Path(home)
        self.store: Store | None = None
        self.workspace: WorkspaceView | None = None
        self.undo_stack = QUndoStack(self)
        self.settings = opts.open_settings(self.home)
        # the home's language preference (or the system's): this window and later ones use it
        i18n.apply_language(i18n.language_setting(self.settings))
        self._failure_shown = False
        self._home_gone = False  # the store file vanished while the window was open
        self.audit_problems: list[str] | None = None  # the check on open, once it is done
        self._closed = False
        self._other_windows: list[MainWindow] = []
        self.roster_box: QMessageBox | None = None  # the note after opening a package

        self.roles = QTabWidget(self)
        self.roles.setObjectName("roleTabs")
        from zerodx_desktop.ui.role_tabs import RoleTabBar

        self.roles.setTabBar(RoleTabBar(self.roles))  # Chinese stacked upright, not rotated
        self.roles.setTabPosition(QTabWidget.TabPosition.West)
        self.roles.setDocumentMode(True)
        self.judge_stack = QStackedWidget(self)
        self._welcome: WelcomePage | None = None  # built when first shown (start-up cost)
        self.roles.addTab(self.judge_stack, "")  # the tabs are named in retranslate()
        # the chair's and organizer's views are built the first time their tab is shown
        self._role_specs = {
            1: ("zerodx_desktop.ui.merge_view", "MergeView"),
            2: ("zerodx_desktop.ui.organizer_view", "OrganizerView"),
        }
        self.role_pages: dict[int, QWidget] = {}
        for name in ("merge", "organizer"):
            holder = QWidget(self)
            holder.setObjectName(f"{name}Holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.roles.addTab(holder, "")
        self.roles.currentChanged.connect(self._ensure_role_page)
        self.setCentralWidget(self.roles)

        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveStatus")
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        # what the save label says, kept so that a language change can say it again:
        # ("", None) nothing yet, ("all", None), ("saved", time), ("failed", first line)
        self._save_state: tuple[str, QTime | str | None] = ("", None)
        self.statusBar().addPermanentWidget(self.save_label)
        self.status = LiveStatus(self.statusBar())  # its messages re-translate
        self._build_actions()
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
    def _ensure_role_page(self, index: int) -> QWidget | None:
        """Build the Merge / Organizer view on first use (keeps start-up light)."""
        if index in self.role_pages or index not in self._role_specs:
            return self.role_pages.get(index)
        import importlib

        module, cls = self._role_specs[index]
        holder = self.roles.widget(index)
        page: QWidget
        try:
            view_cls = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError):
            label = QLabel(self._missing_role_text(index), holder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            page = label
        else:
            page = view_cls(self.home, holder)
        holder_layout = holder.layout() if holder is not None else None
        assert holder_layout is not None  # each role holder is made with its layout
        holder_layout.addWidget(page)
        page.show()
        self.role_pages[index] = page
        return page

    def _action(self, slot: Any, shortcut: Any = None, *, icon_name: str = "") -> QAction:
        """An action without its texts: ``retranslate()`` gives them."""
        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _texts(action: QAction, text: str, tip: str = "") -> None:
        action.setText(text)
        # toolbar buttons show no mnemonic: "概览(&O)" is "概览" there, "&Overview" "Overview"
        action.setIconText(i18n.strip_mnemonic(text))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def _menu(self, bar: Any) -> QMenu:
        menu = QMenu(bar)
        bar.addMenu(menu)
        return menu

    def _build_actions(self) -> None:
        KS = QKeySequence.StandardKey
        self.open_action = self._action(self.choose_package, KS.Open, icon_name="open")
        self.demo_action = self._action(self.try_demo)
        self.export_action = self._action(self.export_sheet, QKeySequence("Ctrl+E"),
                                          icon_name="export")
        self.identity_action = self._action(self.show_identity)
        self.nominate_action = self._action(self.nominate)
        self.scorecard_action = self._action(self.print_scorecard, QKeySequence("Ctrl+P"))
        self.restore_action = self._action(self.restore_backup)
        self.quit_action = self._action(self.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.undo, KS.Undo, icon_name="undo")
        self.redo_action = self._action(
            self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], icon_name="redo")
        self.undo_stack.canUndoChanged.connect(lambda _can: self._update_actions())
        self.undo_stack.canRedoChanged.connect(lambda _can: self._update_actions())
        self.undo_stack.undoTextChanged.connect(lambda _t: self._undo_redo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._undo_redo_texts())
        self.filter_action = self._action(self.focus_filter, KS.Find)
        self.next_action = self._action(
            self.next_unscored, [QKeySequence("Ctrl+N"), QKeySequence("F3")], icon_name="next")
        self.overview_action = self._action(self.show_overview, QKeySequence("Ctrl+Shift+O"),
                                            icon_name="overview")
        self.conflict_action = self._action(self.declare_conflict, QKeySequence("Ctrl+D"),
                                            icon_name="conflict")
        self.withdraw_action = self._action(self.withdraw_conflict)
        # the platform's Preferences key (none on Linux and Windows: Ctrl+, there)
        self.preferences_action = self._action(
            self.show_preferences, QKeySequence(KS.Preferences)
            if not QKeySequence(KS.Preferences).isEmpty() else QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_action = self._action(self.show_help, KS.HelpContents)
        self.verify_help_action = self._action(self.show_verify_help)
        self.about_action = self._action(self.show_about)
        self.role_actions = []
        for i in range(3):
            act = self._action(lambda i=i: self.roles.setCurrentIndex(i),
                               QKeySequence(f"Ctrl+{i + 1}"))
            self.role_actions.append(act)

        bar = self.menuBar()
        self.file_menu = m = self._menu(bar)
        m.addActions([self.open_action, self.demo_action])
        m.addSeparator()
        m.addActions([self.export_action, self.scorecard_action])
        m.addSeparator()
        m.addAction(self.identity_action)
        m.addAction(self.nominate_action)
        m.addAction(self.restore_action)
        m.addSeparator()
        m.addAction(self.quit_action)
        self.edit_menu = m = self._menu(bar)
        m.addActions([self.undo_action, self.redo_action])
        m.addSeparator()
        m.addActions([self.conflict_action, self.withdraw_action])
        m.addSeparator()
        m.addAction(self.preferences_action)
        self.go_menu = m = self._menu(bar)
        m.addActions([self.filter_action, self.next_action, self.overview_action])
        m.addSeparator()
        m.addActions(self.role_actions)
        self.help_menu = m = self._menu(bar)
        m.addActions([self.help_action, self.verify_help_action])
        m.addSeparator()
        m.addAction(self.about_action)

        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addActions([self.open_action, self.export_action])
        tb.addSeparator()
        tb.addActions([self.undo_action, self.redo_action])
        tb.addSeparator()
        tb.addActions([self.next_action, self.overview_action, self.conflict_action])
        self.addToolBar(tb)
        self.toolbar = tb
        self._update_actions()

    # ---- the UI language -------------------------------------------------------------

    def _missing_role_text(self, index: int) -> str:
        return (self.tr("The merge view (panel chair) is not available in this build.")
                if index == 1 else self.tr("The organizer views are not available in this build."))

    def retranslate(self) -> None:
        """Every text of the window's own menus, actions, tabs and status, in the current
        language (the pages retranslate themselves on the same event)."""
        self._ui_lang = i18n.current_language()
        t = self._texts
        t(self.open_action, self.tr("&Open panel package\u2026"),
          self.tr("Open the panel package the organizer sent"))
        t(self.demo_action, self.tr("Open the &demo panel"))
        t(self.export_action, self.tr("&Export score sheet\u2026"),
          self.tr("Write your signed score sheet (.xlsx)"))
        t(self.identity_action, self.tr("My &identity\u2026"),
          self.tr("Your signing key, judge card, passphrase"))
        t(self.nominate_action, self.tr("&Nominate\u2026"),
          self.tr("Sign a nomination of a nominee for the organizer (.zdxnom)"))
        t(self.scorecard_action, self.tr("&Print my scorecard\u2026"),
          self.tr("Your scores and comments as a PDF"))
        t(self.quit_action, self.tr("&Quit"))
        t(self.restore_action, self.tr("&Restore from backup\u2026"),
          self.tr("Put an earlier copy of your scores back (the current one is kept)"))
        self.status.retranslate()  # a status-bar message still up, in the new language
        retranslate_stack(self.undo_stack)  # "level 3: …" in the new language, too
        self._undo_redo_texts()
        self.undo_action.setIconText(self.tr("Undo"))  # the toolbar stays short; the menu
        self.redo_action.setIconText(self.tr("Redo"))  # says what
        t(self.filter_action, self.tr("&Filter nominees"))
        t(self.next_action, self.tr("&Next unscored"),
          self.tr("Go to the next criterion still to score"))
        t(self.overview_action, self.tr("&Overview"), self.tr("All nominees by domain"))
        t(self.conflict_action, self.tr("Declare &conflict\u2026"),
          self.tr("Declare a conflict of interest"))
        t(self.withdraw_action, self.tr("&Withdraw conflict"))
        t(self.preferences_action, self.tr("&Preferences\u2026"),
          self.tr("Language of the application"))
        t(self.help_action, self.tr("&Guide"),
          self.tr("The guide for judges, chairs and organizers"))
        t(self.verify_help_action, self.tr("How to &verify a sheet"))
        t(self.about_action, self.tr("&About {app}").format(app=APP_NAME))
        roles = (self.tr("Judge workspace"), self.tr("Merge"), self.tr("Organizer"))
        for i, name in enumerate(roles):
            t(self.role_actions[i], name)
            self.roles.setTabText(i, name)
        for i, page in self.role_pages.items():
            if isinstance(page, QLabel):  # the view is missing from this build
                page.setText(self._missing_role_text(i))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.save_label.setAccessibleName(self.tr("Save status"))
        self._show_save_state()
        self._roster_box_texts()

    def _undo_redo_texts(self) -> None:
        """Undo/Redo say what they would undo (the command's own text)."""
        u, r = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo {what}").format(what=u) if u
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=r) if r
                                 else self.tr("&Redo"))

    def _show_save_state(self) -> None:
        kind, value = self._save_state
        if kind == "all":
            self.save_label.setText(self.tr("All changes saved"))
        elif kind == "saved" and isinstance(value, QTime):
            self.save_label.setText(QCoreApplication.translate(
                "WorkspaceSession", "Saved {time}").format(time=i18n.fmt_time(value)))
        elif kind == "failed":
            self.save_label.setText(self.tr("NOT SAVED: {first}").format(first=value))
        elif kind == "read_only":
            self.save_label.setText(self.tr("Read-only: changes cannot be saved here"))

    def judge_tab_shown(self) -> bool:
        return self.roles.currentIndex() == 0

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
    def _restore_window(self) -> None:
        geometry = opts.WINDOW_GEOMETRY.get(self.settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = opts.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        self.roles.setCurrentIndex(opts.WINDOW_ROLE.get(self.settings))

    def _save_window(self) -> None:
        opts.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        opts.WINDOW_STATE.set(self.settings, self.saveState())
        opts.WINDOW_ROLE.set(self.settings, self.roles.currentIndex())
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
        from zerodx_desktop.services.home import open_home_store

        self.store = open_home_store(self.home)
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
        self._home_gone = False
        QTimer.singleShot(0, self.check_audit)

    def check_home(self) -> bool:
        """Whether the store file is still where it was opened; when it is gone the window
        stops saying "Saved" and says so, once."""
        if self.store is None or self._closed or self._home_gone:
            return not self._home_gone
        if self.store.still_there():
            return True
        self._home_gone = True
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
            from zerodx_desktop.services.recovery import audit_breaks

            return audit_breaks(home)

        run_in_background(self, work, title=self.tr("Checking your edit history"),
                          on_success=self._show_audit_breaks,
                          on_failure=lambda _exc: None,  # opening the store says the rest
                          cancellable=True)

    def _show_audit_breaks(self, problems: list[str]) -> None:
        self.audit_problems = problems
        if not problems or self._closed:
            return
        shown = "\n".join(f"\u2022 {p}" for p in problems[:10])
        more = len(problems) - 10
        box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok, self)
        live_box(box, lambda: (  # a language switch while it is open re-translates it
            self.tr("{app_name}: edit history changed").format(app_name=APP_NAME),
            self.tr("Your scores or their edit history (audit chain) were changed "
                    "outside the app:\n{rows}{more}\n\nRestore a backup from "
                    "before the change (File \u25b8 Restore from backup\u2026). "
                    "Exporting needs you to acknowledge this, and the chair will "
                    "see it.").format(rows=shown, more=f"\n\u2026 +{more}" if more > 0 else "")))
        box.setObjectName("auditBreakBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_box = box
        box.open()  # not exec(): start-up (and --smoke) never waits on it

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
        from zerodx_desktop.services.recovery import describe, restore_backup

        self._release_store()
        try:
            done = restore_backup(self.home, backup)
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
            self.status.show(lambda: self.tr("Restored {name} ({what})").format(
                name=done.restored.path.name, what=describe(done.restored)), 10000)

    def _release_store(self) -> None:
        if self.workspace is not None:
            self.workspace.shutdown()
            self.judge_stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.undo_stack.clear()
        if self.store is not None:
            self.store.close()
            self.store = None

    def backup_store(self) -> None:
        if self.store is None or self._closed:
            return
        try:
            self.store.backup_if_due(BACKUP_INTERVAL_S)
        except UserError as exc:  # a full disk must not interrupt scoring; say it once
            what = exc.what
            self.status.show(lambda: self.tr("Backup failed: {0}").format(what), 10000)

    def load_current_panel(self) -> str | None:
        assert self.store is not None  # called after open_home_store
        pid = self.store.current_panel_id()
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
        own = judge_fingerprint(self.home)
        fingerprint = own or self.store.judge_fingerprint()
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
        self._save_state = ("read_only", None) if self.store.read_only else ("all", None)
        self._show_save_state()
        self._role_changed()  # the toolbar, now that there is a workspace
        self.roles.setCurrentIndex(0)
        ws.scoring.focus_criteria()
        self.panelOpened.emit(panel_id)

    def open_package(self, path: Path) -> None:
        """Verify and import a panel package off the UI thread, then show it."""
        home = self.home
        path = Path(path)

        def work(progress: Progress) -> str:
            from zerodx_desktop.services.panels import open_panel_package

            return open_panel_package(home, path, progress=progress)

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
            self.workspace.set_roster_identity(judge_fingerprint(self.home))

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
        fresh = self.store.current_panel_id() is None  # the judge's own key is kept
        if not fresh:
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
            from zerodx_desktop.services.demo import prepare_demo_home

            progress(0, 0, self.tr("Building the demo panel\u2026"))
            return prepare_demo_home(home)

        run_in_background(self, work, title=self.tr("Preparing the demo panel"),
                          on_success=self.show_panel, cancellable=False)

    def _forget(self, window: MainWindow) -> None:
        if window in self._other_windows:
            self._other_windows.remove(window)

    # ---- save status -----------------------------------------------------------------
    def _workspace_note(self, make: Callable[[], str] | str) -> None:
        """A passing note of the workspace, re-translated on a language switch while up."""
        self.status.show(make if callable(make) else (lambda: make), 5000)

    def _saved(self, text: str) -> None:
        if self._home_gone:
            return
        self._failure_shown = False
        self.save_label.setPalette(self.statusBar().palette())
        self._save_state = ("saved", QTime.currentTime())  # said again on a language change
        self.save_label.setText(text)

    def _save_failed(self, message: str) -> None:
        pal = self.save_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, ERROR_RED)
        self.save_label.setPalette(pal)
        first = message.splitlines()[0] if message else "not saved"
        self._save_state = ("failed", first)
        self._show_save_state()
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
            # the nominee list's count of done criteria (recused nominees left out)
            s = self.workspace.session
            done = sum(s.progress(n.id)[0] for n in s.nominees if not s.is_locked(n.id))

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

    def show_judge_card(self, path: Path) -> None:
        """What a judge card says (name, e-mail, fingerprint), for an organizer who opened
        one from the file manager; the Organizer tab adds cards to a panel."""
        from zerodx_desktop.services.identity import read_judge_card

        try:
            card = read_judge_card(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Judge card"), exc.message)
            return
        QMessageBox.information(
            self, self.tr("Judge card"),
            self.tr("{name} <{email}>\nKey fingerprint: {fingerprint}\n\nTo put this judge "
                    "on a panel, add the card in the Organizer tab.").format(
                name=card.name, email=card.email, fingerprint=card.fingerprint))

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
            from zerodx_desktop.services.export import print_scorecard

            progress(0, 0, self.tr("Writing your scorecard\u2026"))
            return print_scorecard(home, out)

        def done(path: Path) -> None:
            from zerodx_desktop.ui.pdf_preview_dialog import show_pdf

            self.status.show(lambda: self.tr("Saved {name}").format(name=path.name), 8000)
            self.scorecard_preview = show_pdf(self, path)

        run_in_background(self, work, title=self.tr("Printing your scorecard"), on_success=done,
                          cancellable=False)

    def show_help(self, page: str = "judge") -> None:
        """F1: the built-in guide (non-modal)."""
        from zerodx_desktop.ui.help_view import show_help

        self.help_dialog = show_help(self, page, home=self.home)

    def show_verify_help(self) -> None:
        self.show_help("verify")

    def show_preferences(self) -> None:
        """Edit → Preferences: the UI language (the open windows switch at once)."""
        from zerodx_desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        self.preferences_dialog: Any = dialog
        dialog.exec()
        dialog.deleteLater()
        self.preferences_dialog = None

    def show_about(self) -> None:
        from zerodx_desktop.ui.about_dialog import show_about

        show_about(self.home, self)

    def create_identity(self) -> None:
        """The welcome page's "Create my judge identity"."""
        from zerodx_desktop.ui.identity_dialog import ensure_identity

        ensure_identity(self.home, self)
        self.welcome.refresh()
        self._refresh_roster()

    # ---- drag and drop ---------------------------------------------------------------
    @staticmethod
    def _package_from(urls: list[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PACKAGE_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and self._package_from(mime.urls()) is not None:
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._package_from(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_package(path)

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
        self._closed = True
        if self.workspace is not None:
            self.workspace.shutdown()
        self.undo_stack.clear()
        if self.store is not None:
            self.store.close()
            self.store = None
