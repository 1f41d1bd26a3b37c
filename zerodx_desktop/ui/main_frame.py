"""The main window's frame: role tabs, menus, actions, toolbar, save status, geometry.

``MainFrame`` makes the widgets and actions of the window and names them in the current
language; ``MainWindow`` (``ui/main_window.py``) connects the actions to the judge's workflow
(``controllers/judge.py``) and holds the window's state. A package dropped on the frame is
announced with ``packageDropped``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTime, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
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
from zerodx_desktop.ui.scoring_widgets import ERROR_RED
from zerodx_desktop.ui.undo import retranslate_stack

PACKAGE_SUFFIX = ".zdxpanel"


class MainFrame(QMainWindow):
    """The window's widgets and actions, without the commands behind them."""

    packageDropped = Signal(object)  # the .zdxpanel path dropped on the window

    home: Path
    settings: QSettings
    undo_stack: QUndoStack

    def _build_frame(self) -> None:
        """Role tabs, status bar, actions, menus and toolbar (``home``, ``settings`` and
        ``undo_stack`` are set first)."""
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.roles = QTabWidget(self)
        self.roles.setObjectName("roleTabs")
        from zerodx_desktop.ui.role_tabs import RoleTabBar

        self.roles.setTabBar(RoleTabBar(self.roles))  # Chinese stacked upright, not rotated
        self.roles.setTabPosition(QTabWidget.TabPosition.West)
        self.roles.setDocumentMode(True)
        self.judge_stack = QStackedWidget(self)
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

    def _action(self, shortcut: Any = None, *, icon_name: str = "") -> QAction:
        """An action without its texts (``retranslate_frame()`` gives them) and without its
        command (the window connects it)."""
        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
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
        self.open_action = self._action(KS.Open, icon_name="open")
        self.demo_action = self._action()
        self.export_action = self._action(QKeySequence("Ctrl+E"),
                                          icon_name="export")
        self.identity_action = self._action()
        self.nominate_action = self._action()
        self.scorecard_action = self._action(QKeySequence("Ctrl+P"))
        self.restore_action = self._action()
        self.quit_action = self._action(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(lambda _checked=False: self.close())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(KS.Undo, icon_name="undo")
        self.redo_action = self._action([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                                        icon_name="redo")
        self.undo_stack.undoTextChanged.connect(lambda _t: self._undo_redo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._undo_redo_texts())
        self.filter_action = self._action(KS.Find)
        self.next_action = self._action([QKeySequence("Ctrl+N"), QKeySequence("F3")],
                                        icon_name="next")
        self.overview_action = self._action(QKeySequence("Ctrl+Shift+O"),
                                            icon_name="overview")
        self.conflict_action = self._action(QKeySequence("Ctrl+D"),
                                            icon_name="conflict")
        self.withdraw_action = self._action()
        # the platform's Preferences key (none on Linux and Windows: Ctrl+, there)
        self.preferences_action = self._action(QKeySequence(KS.Preferences)
            if not QKeySequence(KS.Preferences).isEmpty() else QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_action = self._action(KS.HelpContents)
        self.verify_help_action = self._action()
        self.about_action = self._action()
        self.role_actions = []
        for i in range(3):
            act = self._action(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _checked=False, i=i: self.roles.setCurrentIndex(i))
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

    # ---- the UI language -------------------------------------------------------------
    def _missing_role_text(self, index: int) -> str:
        return (self.tr("The merge view (panel chair) is not available in this build.")
                if index == 1 else self.tr("The organizer views are not available in this build."))

    def retranslate_frame(self) -> None:
        """Every text of the window's own menus, actions, tabs and status, in the current
        language (the pages retranslate themselves on the same event)."""
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

    def _restore_window(self) -> None:
        """Geometry, toolbar state and the role shown, as the window was last closed."""
        geometry = opts.WINDOW_GEOMETRY.get(self.settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = opts.WINDOW_STATE.get(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        self.roles.setCurrentIndex(opts.WINDOW_ROLE.get(self.settings))

    # ---- the save status -------------------------------------------------------------
    def show_saved(self, text: str) -> None:
        self.save_label.setPalette(self.statusBar().palette())
        self._save_state = ("saved", QTime.currentTime())  # said again on a language change
        self.save_label.setText(text)

    def show_not_saved(self, first_line: str) -> None:
        pal = self.save_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, ERROR_RED)
        self.save_label.setPalette(pal)
        self._save_state = ("failed", first_line)
        self._show_save_state()

    def set_save_state(self, kind: str) -> None:
        """"all" (everything saved) or "read_only"."""
        self._save_state = (kind, None)
        self._show_save_state()

    def _save_window_geometry(self) -> None:
        opts.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        opts.WINDOW_STATE.set(self.settings, self.saveState())
        opts.WINDOW_ROLE.set(self.settings, self.roles.currentIndex())

    # ---- the window's own dialogs ----------------------------------------------------
    def show_audit_box(self, problems: list[str]) -> None:
        """Where the edit history was changed outside the app: a note that does not block."""
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
        self.packageDropped.emit(path)
