"""The judge workspace: nominee list | dossier or overview | scoring pane.

Owns the ``WorkspaceSession`` for the open panel and wires the views to it. Switching nominee
re-reads only that nominee's scores; the framework and the panel stay cached.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.services.panels import RosterProblem, roster_problem
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.conflict_dialog import ConflictDialog
from zerodx_desktop.ui.dossier_view import DossierView
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP
from zerodx_desktop.ui.nominee_list_model import NomineeFilterProxy, NomineeIdRole, NomineeListModel
from zerodx_desktop.ui.overview_model import OverviewModel
from zerodx_desktop.ui.overview_view import OverviewView
from zerodx_desktop.ui.scoring_view import ScoringView
from zerodx_desktop.ui.undo import ConflictCommand
from zerodx_desktop.ui.workspace_session import WorkspaceSession

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store

STATUS_FILTERS = [
    (QT_TRANSLATE_NOOP("WorkspaceView", "All nominees"), ""),
    (QT_TRANSLATE_NOOP("WorkspaceView", "Not started"), NomineeStatus.NOT_STARTED.value),
    (QT_TRANSLATE_NOOP("WorkspaceView", "In progress"), NomineeStatus.IN_PROGRESS.value),
    (QT_TRANSLATE_NOOP("WorkspaceView", "Complete"), NomineeStatus.COMPLETE.value),
    (QT_TRANSLATE_NOOP("WorkspaceView", "Recused"), NomineeStatus.RECUSED.value),
]


class WorkspaceView(i18n.Retranslating, QWidget):
    nomineeShown = Signal(str)
    identityRequested = Signal()  # the roster banner's "My identity…"
    message = Signal(object)  # a passing note for the status bar: a function making its text

    def __init__(self, store: Store, panel_id: str, undo_stack: QUndoStack, *,
                 fingerprint: str | None = None, parent: QWidget | None = None,
                 start_at: tuple[str, str | None] | None = None) -> None:
        super().__init__(parent)
        self.scoring: ScoringView  # made below; the filter's lambdas name it first
        self.setObjectName("workspaceView")
        self.store = store
        self.undo_stack = undo_stack
        self.session = WorkspaceSession(store, panel_id, fingerprint=fingerprint, parent=self)

        # nominee list
        self.list_model = NomineeListModel(self.session, self)
        self.proxy = NomineeFilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("nomineeFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.returnPressed.connect(lambda: self.scoring.focus_criteria())
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        for _label, value in STATUS_FILTERS:
            self.status_combo.addItem("", value)  # named in retranslate()
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_combo.currentData() or ""))
        # award categories (a panel without categories has none: the combo stays hidden)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.addItem("", "")  # "All categories", named in retranslate()
        for cat in self.session.panel.categories:
            self.category_combo.addItem(cat.title, cat.id)
        self.category_combo.setVisible(bool(self.session.panel.categories))
        self.category_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category(self.category_combo.currentData() or ""))
        self.list_view = QTableView(self)
        self.list_view.setObjectName("nomineeList")
        self.list_view.setModel(self.proxy)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.verticalHeader().setDefaultSectionSize(
            self.list_view.fontMetrics().height() + 8)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        # size columns from the first rows, not all of them: with 1,000 nominees measuring
        # every row was half of start-up (the progress/status columns have uniform widths)
        header.setResizeContentsPrecision(50)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list_view.activated.connect(lambda _i: self.scoring.focus_criteria())
        self.list_view.installEventFilter(self)  # number keys on the list score, too
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_unscored)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("panelSummary")
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(4, 4, 0, 4)
        title = QLabel(self.session.panel.title, left)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        tf = title.font()
        tf.setBold(True)
        title.setFont(tf)
        ll.addWidget(title)
        ll.addWidget(self.filter_edit)
        ll.addWidget(self.status_combo)
        ll.addWidget(self.category_combo)
        ll.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.next_button)
        ll.addLayout(row)

        # centre: dossier and overview (built the first time it is shown: start-up cost)
        self.dossier = DossierView(store, self)
        self._overview: OverviewView | None = None
        self._overview_holder = QWidget(self)
        self._overview_holder.setObjectName("overviewHolder")
        QVBoxLayout(self._overview_holder).setContentsMargins(0, 0, 0, 0)
        self.center = QTabWidget(self)
        self.center.setObjectName("centerTabs")
        self.dossier_index = self.center.addTab(self.dossier, "")
        self.overview_index = self.center.addTab(self._overview_holder, "")
        # the matrix needs the room: the scoring pane steps aside while it is shown
        self._sizes_before_overview: list[int] | None = None
        self._state_before_overview = QByteArray()
        self.center.currentChanged.connect(self._center_changed)

        # right: scoring
        self.scoring = ScoringView(self.session, undo_stack, self)
        self.scoring.nextNomineeRequested.connect(self.next_nominee)
        self.scoring.conflictRequested.connect(self.declare_conflict)
        self.scoring.withdrawRequested.connect(self.withdraw_conflict)
        self.scoring.notice.connect(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.scoring)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([330, 470, 500])
        # a judge whose key is not on the roster learns it now, not at export (hidden when
        # the key is on it; main_window sets it from the home's identity)
        self.roster_problem: RosterProblem | None = None
        self.roster_fingerprint = ""
        self.roster_banner = QWidget(self)
        self.roster_banner.setObjectName("rosterBanner")
        self.roster_banner.setAutoFillBackground(True)
        self.roster_banner.setStyleSheet(
            "#rosterBanner { background: #fff3cd; border: 1px solid #e0b252;"
            " border-radius: 4px; }"
            " #rosterBanner QLabel { color: #5c4400; }")
        self.roster_label = QLabel(self.roster_banner)
        self.roster_label.setObjectName("rosterText")
        self.roster_label.setTextFormat(Qt.TextFormat.PlainText)
        self.roster_label.setWordWrap(True)
        self.roster_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roster_button = QPushButton(self.roster_banner)
        self.roster_button.setObjectName("rosterIdentity")
        self.roster_button.clicked.connect(self.identityRequested)
        bl = QVBoxLayout(self.roster_banner)
        bl.setContentsMargins(8, 6, 8, 6)
        bl.addWidget(self.roster_label)
        bl.addWidget(self.roster_button, 0, Qt.AlignmentFlag.AlignRight)
        # above the nominee list: in view all the time, and the scoring pane keeps its height
        ll.insertWidget(1, self.roster_banner)
        self.roster_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.roster_banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter)

        self.session.changed.connect(self.scoring.refresh_nominee)
        self.session.changed.connect(lambda _n: self._update_count())
        self.session.navigateRequested.connect(self.go_to)
        self.retranslate()
        if start_at is not None and start_at[0] in self.session.nominee_pos:
            self.select_nominee(*start_at)  # where the judge left off (one selection, not two)
        elif self.session.nominees:
            first = self.session.next_unscored(None)
            self.select_nominee(first[0] if first else self.session.nominees[0].id,
                                first[1] if first else None)

    # ---- the UI language -------------------------------------------------------------

    def retranslate(self) -> None:
        """The nominee list's and the centre's texts, the count, the models' headers."""
        stale = hasattr(self, "_ui_lang")  # a model just built has nothing stale
        self._ui_lang = i18n.current_language()
        self.filter_edit.setPlaceholderText(self.tr("Filter nominees (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter nominees by name"))
        self.status_combo.setAccessibleName(self.tr("Filter nominees by status"))
        self.category_combo.setAccessibleName(self.tr("Filter nominees by award category"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        for i, (label, _value) in enumerate(STATUS_FILTERS):
            self.status_combo.setItemText(i, self.tr(label))
        self.list_view.setAccessibleName(self.tr("Nominees"))
        self.next_button.setText(self.tr("Next &unscored"))
        self.next_button.setAccessibleName(self.tr("Go to the next unscored criterion"))
        self.center.setTabText(self.dossier_index, self.tr("Dossier"))
        self.center.setTabText(self.overview_index, self.tr("Overview"))
        self._update_count()
        self._roster_texts()
        self._fit_list_columns()  # the statuses' words in this language
        if stale:
            i18n.refresh_model_texts(self.list_model)  # the overview refreshes its own

    @property
    def overview(self) -> OverviewView:
        """The overview table (nominees x domains), built on first use."""
        if self._overview is None:
            model = OverviewModel(self.session, self)
            view = OverviewView(model, self._overview_holder)
            view.goTo.connect(self._overview_go)
            holder_layout = self._overview_holder.layout()
            assert holder_layout is not None  # set in __init__
            holder_layout.addWidget(view)
            self._overview = view
            if self.scoring.nominee_id:
                view.select_nominee(self.scoring.nominee_id)
        return self._overview

    @property
    def overview_model(self) -> OverviewModel:
        return self.overview.model

    def _fit_list_columns(self) -> None:
        """Statuses as marks when the names would be cut for their words: names first."""
        fm = self.list_view.fontMetrics()
        names = [n.name for n in self.session.nominees[:200]]
        longest = max((fm.horizontalAdvance(n) for n in names), default=0) + 16
        # the list holds only the judge's own nominees: "not assigned" never shows in it
        words = max((fm.horizontalAdvance(i18n.status_text(st)) for st in NomineeStatus
                     if st != NomineeStatus.NOT_ASSIGNED), default=0)
        header = self.list_view.horizontalHeader()
        room = self.list_view.viewport().width() - header.sectionSize(1)
        full_status = fm.horizontalAdvance("\u25cf ") + words + 16
        self.list_model.set_compact_status(room - full_status < longest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_list_columns)  # once the columns have their sizes
        if (watched is self.list_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and not event.modifiers()
                & ~Qt.KeyboardModifier.KeypadModifier
                and (Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
                     or event.key() == Qt.Key.Key_Delete)):
            # the list would use a digit for type-ahead search; a judge means a level
            handled = self.scoring.handle_key(event)
            self.scoring.focus_criteria()
            return handled
        return super().eventFilter(watched, event)

    # ---- navigation ------------------------------------------------------------------
    def current_nominee_id(self) -> str | None:
        return self.scoring.nominee_id

    def current_criterion_id(self) -> str | None:
        return self.scoring.criterion_id

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        nid = current.data(NomineeIdRole)
        if nid and nid != self.scoring.nominee_id:
            self._show(nid, None)

    def _show(self, nominee_id: str, criterion_id: str | None) -> None:
        self.scoring.set_nominee(nominee_id, criterion_id)
        self.dossier.set_nominee(self.session.nominee(nominee_id))
        if self._overview is not None:
            self._overview.select_nominee(nominee_id)
        self.nomineeShown.emit(nominee_id)

    def select_nominee(self, nominee_id: str, criterion_id: str | None = None) -> None:
        """Show a nominee (and a criterion); clears the filters if they hide it."""
        row = self.list_model.row_of(nominee_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        if not proxy_index.isValid():
            self.filter_edit.clear()
            self.status_combo.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        if nominee_id != self.scoring.nominee_id:
            self._show(nominee_id, criterion_id)
        elif criterion_id:
            self.scoring.select_criterion(criterion_id)
        sel = self.list_view.selectionModel()
        sel.blockSignals(True)
        sel.setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        sel.blockSignals(False)
        self.list_view.viewport().update()
        self.list_view.scrollTo(proxy_index)

    def go_to(self, nominee_id: str, criterion_id: str) -> None:
        self.select_nominee(nominee_id, criterion_id or None)

    def next_nominee(self, step: int = 1) -> None:
        """The next (or previous) nominee in the list as filtered."""
        self.scoring.flush_comment()
        count = self.proxy.rowCount()
        if count == 0:
            return
        current = self.list_view.currentIndex()
        row = current.row() if current.isValid() else -1
        new = max(0, min(count - 1, row + step))
        nid = self.proxy.index(new, 0).data(NomineeIdRole)
        self.select_nominee(nid)
        self.scoring.focus_criteria()

    def next_unscored(self) -> bool:
        """Jump to the next criterion that is not complete; False when there is none."""
        self.scoring.flush_comment()
        gap = self.session.next_unscored(self.scoring.nominee_id, self.scoring.criterion_id)
        if gap is None:
            self.message.emit(lambda: self.tr("Everything is scored \u2014 nothing left to do."))
            return False
        self.select_nominee(*gap)
        self.scoring.focus_criteria()
        return True

    def _overview_go(self, nominee_id: str, domain_id: str) -> None:
        self.select_nominee(nominee_id)
        if domain_id:
            self.scoring.select_domain(domain_id)
        self.center.setCurrentIndex(0)
        self.scoring.focus_criteria()

    def _center_changed(self, index: int) -> None:
        """The overview takes the scoring pane's room (not the nominee list's); back after."""
        overview = index == self.overview_index
        if overview:
            self.overview.show()  # builds it the first time
        if overview and self.scoring.isVisible():
            sizes = self.splitter.sizes()
            self._sizes_before_overview = sizes
            self._state_before_overview = self.splitter.saveState()
            self.scoring.hide()
            if len(sizes) == 3 and sum(sizes) > 0:
                self.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
        elif not overview and not self.scoring.isVisible():
            self.scoring.show()
            if self._sizes_before_overview is not None:
                self.splitter.setSizes(self._sizes_before_overview)
            self._sizes_before_overview = None

    def splitter_state(self) -> QByteArray:
        """The splitter's state to keep, as it is with the scoring pane shown."""
        if self._sizes_before_overview is not None and not self._state_before_overview.isEmpty():
            return self._state_before_overview
        return self.splitter.saveState()

    def show_overview(self) -> None:
        self.center.setCurrentIndex(self.overview_index)
        self.overview.table.setFocus()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _update_count(self) -> None:
        done = sum(1 for n in self.session.nominees
                   if self.session.status(n.id) in (NomineeStatus.COMPLETE,
                                                    NomineeStatus.RECUSED))
        text = self.tr("{done} of {n_nominees} done").format(
            done=done, n_nominees=len(self.session.nominees))
        if self.session.assigned is not None:
            text = self.tr("{n} assigned to you").format(n=self.session.assigned) + " · " + text
        self.count_label.setText(text)

    # ---- the roster -----------------------------------------------------------------
    def set_roster_identity(self, fingerprint: str | None) -> RosterProblem | None:
        """Check the home's key against the panel roster; show or hide the banner."""
        self.roster_fingerprint = fingerprint or ""
        self.roster_problem = roster_problem(self.session.panel, fingerprint)
        self._roster_texts()
        self.roster_banner.setVisible(self.roster_problem is not None)
        return self.roster_problem

    def roster_message(self, *, full: bool = False) -> str:
        """What is wrong and what to do, in the UI language ("" when nothing is); ``full``
        adds why (for the dialog after opening; the banner stays one short line)."""
        if self.roster_problem is RosterProblem.NO_IDENTITY:
            text = self.tr("No judge identity on this computer yet: create one (File ▸ My "
                           "identity) and send your judge card to the organizer, or the chair "
                           "will reject your sheet.")
        elif self.roster_problem is RosterProblem.NOT_ON_ROSTER:
            text = self.tr("Your key ({fp}) is not on this panel's roster: the chair will "
                           "reject your sheet. Send your judge card (File ▸ My identity) to "
                           "the organizer.").format(fp=self.roster_fingerprint)
        else:
            return ""
        if full:
            text += "\n\n" + self.tr(
                "The organizer adds your card to the panel and sends you an updated package; "
                "open it here and your scores are kept. You can score meanwhile.")
        return text

    def _roster_texts(self) -> None:
        if not hasattr(self, "roster_label"):
            return
        self.roster_label.setText(self.roster_message())
        self.roster_banner.setAccessibleName(self.tr("Roster warning"))
        self.roster_button.setText(self.tr("My identity…"))
        self.roster_button.setToolTip(self.tr("Create your identity or save your judge card to "
                                              "send to the organizer"))

    # ---- conflicts -------------------------------------------------------------------
    def declare_conflict(self, nominee_id: str | None = None) -> bool:
        nid = nominee_id or self.scoring.nominee_id
        if nid is None or self.session.is_locked(nid):
            return False
        self.scoring.flush_comment()
        reason = ConflictDialog.get_reason(self.session.nominee(nid).name, self)
        if not reason:
            return False
        try:
            self.session.declare_conflict(nid, reason)
        except UserError:
            return False
        self.undo_stack.push(ConflictCommand(self.session, nid, reason, None))
        return True

    def withdraw_conflict(self, nominee_id: str | None = None) -> bool:
        nid = nominee_id or self.scoring.nominee_id
        if nid is None or self.session.is_roster_conflict(nid):
            return False
        previous = self.session.conflict_reason(nid)
        if previous is None:
            return False
        try:
            self.session.withdraw_conflict(nid)
        except UserError:
            return False
        self.undo_stack.push(ConflictCommand(self.session, nid, None, previous))
        return True

    # ---- lifecycle -------------------------------------------------------------------
    def flush(self) -> bool:
        """Commit whatever is pending (the comment being typed)."""
        return self.scoring.flush_comment()

    def shutdown(self) -> None:
        self.flush()
        self.dossier.cleanup()

    def attachment_dir(self) -> Path | None:
        tmp = self.dossier._tempdir
        return Path(tmp.name) if tmp else None
