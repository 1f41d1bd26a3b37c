"""The scoring pane: framework tree, question and guidance, level cards, comment, totals.

Keyboard loop (the tree has focus): Up/Down or K/J move between criteria, a number key
scores, 0 or Delete clears, Tab goes to the comment, Ctrl+Enter or Alt+Down moves to the next
criterion (from the comment too), PageDown/PageUp go to the next/previous nominee.
Each edit is committed through the session before it is pushed on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.controllers.judge import Scorer, Step
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.i18n import status_text
from zerodx_desktop.ui.scoring_fit import ScoringFit
from zerodx_desktop.ui.scoring_keys import ScoringKeys
from zerodx_desktop.ui.scoring_totals import TotalsFooter, subtotal_texts
from zerodx_desktop.ui.scoring_widgets import (
    COMMENT_LINES,
    ERROR_RED,
    CommentEdit,
    FoldingLabel,
    LevelCard,
)
from zerodx_desktop.ui.undo import SetCommentCommand, SetScoreCommand
from zerodx_desktop.ui.workspace_session import CriterionState, WorkspaceSession

COMMENT_DEBOUNCE_MS = 500
CriterionRole = Qt.ItemDataRole.UserRole + 20

LEVEL_COL = 1
SUBTOTAL_COL = 2

STATE_MARK = {CriterionState.EMPTY: "\u2013", CriterionState.NEEDS_COMMENT: "!",
              CriterionState.DONE: "\u2713"}


def required_message(level: int) -> str:
    return QCoreApplication.translate(
        "ScoringView", "A justification is required for level {level}").format(level=level)


def reason_clause(reason: str) -> str:
    """A conflict reason ready for "…: {reason}. Scoring is locked.": its own closing full
    stop dropped (the banner adds one), so "in 2024." does not read "in 2024.."."""
    return reason.strip().rstrip(".。．").rstrip()


class ScoringView(i18n.Retranslating, QWidget):
    nextNomineeRequested = Signal(int)  # +1 / -1
    conflictRequested = Signal(str)     # nominee id: declare
    withdrawRequested = Signal(str)     # nominee id: withdraw
    # a passing note for the status bar: a function making its text (called again after a
    # language switch, so the note still up re-translates)
    notice = Signal(object)

    def __init__(self, session: WorkspaceSession, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.nominee_id: str | None = None
        self.criterion_id: str | None = None
        self._bound: tuple[str, str] | None = None  # what the comment box is editing
        self._loading = False
        self._items: dict[str, QTreeWidgetItem] = {}
        self._domain_items: dict[str, QTreeWidgetItem] = {}
        self._painted: dict[str, tuple[CriterionState, int | None]] = {}
        fw = session.framework
        self.scale = fw.scale
        # the scoring operations (what an edit does, what undo puts back) are the controller's
        self.scorer = Scorer(session, self.scale.contains)

        # header: nominee + conflict banner
        self.nominee_label = QLabel(self)
        self.nominee_label.setTextFormat(Qt.TextFormat.PlainText)
        self.nominee_label.setObjectName("scoringNominee")
        f = self.nominee_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.nominee_label.setFont(f)
        self.nominee_label.setWordWrap(True)
        self.conflict_button = QPushButton(self)
        self.conflict_button.clicked.connect(self._conflict_clicked)
        self.banner = QLabel(self)
        self.banner.setObjectName("conflictBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()

        # the framework tree
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("criteriaTree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._build_tree()
        self.tree.currentItemChanged.connect(self._current_item_changed)
        self.keys = ScoringKeys(self)  # the keyboard loop, on the tree and the comment box
        self.tree.installEventFilter(self.keys)

        # question, guidance, cards
        self.question = QLabel(self)
        self.question.setObjectName("criterionQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        qf = self.question.font()
        qf.setBold(True)
        self.question.setFont(qf)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance = FoldingLabel(self)
        self.guidance.setObjectName("criterionGuidance")
        self.guidance.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cards: dict[int, LevelCard] = {}
        cards_box = QWidget(self)
        cards_layout = QVBoxLayout(cards_box)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(4)
        for lv in self.scale.levels:
            card = LevelCard(lv.value, cards_box)
            card.clicked.connect(self.score)
            self.cards[lv.value] = card
            cards_layout.addWidget(card)
        self.required = QLabel(self)
        self.required.setObjectName("requiredMessage")
        self.required.setTextFormat(Qt.TextFormat.PlainText)
        self.required.setWordWrap(True)
        rp = self.required.palette()
        rp.setColor(QPalette.ColorRole.WindowText, ERROR_RED)
        self.required.setPalette(rp)
        self.required.hide()
        self.comment = CommentEdit(self)
        self.comment.setObjectName("commentEdit")
        self.comment.setTabChangesFocus(True)
        # its height is set by _fit(): four or five lines, the criteria tree takes the rest
        self.comment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.comment.setFixedHeight(self.comment.lines_height(COMMENT_LINES))
        self.comment.installEventFilter(self.keys)
        self.comment.textChanged.connect(self._comment_edited)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(COMMENT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush_comment)
        # the footer: one row per domain (title elided, subtotal aligned), then the total
        self.totals_box = TotalsFooter(fw, self)
        self.domain_totals = self.totals_box.domain_totals
        self.totals = self.totals_box.totals

        # no scrolling and no splitter: the question, the levels (compact when the room is
        # short) and four lines of comment are always in view; the criteria tree takes the
        # rest (_fit() chooses on every resize and criterion)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 3)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cards_box = cards_box
        self.comment_label = QLabel(self)
        self.comment_label.setBuddy(self.comment)
        self.fitter = ScoringFit(self)  # full or compact cards, folded guidance, comment lines

        head = QHBoxLayout()
        head.addWidget(self.nominee_label, 1)
        head.addWidget(self.conflict_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tree, 1)
        layout.addSpacing(2)
        layout.addWidget(self.question)
        layout.addWidget(self.guidance)
        layout.addWidget(cards_box)
        layout.addWidget(self.required)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.totals_box)
        self.tree.viewport().installEventFilter(self.keys)
        # the window may still be made smaller than 1024×700 (the bottom is cut off then):
        # the pane's fixed parts do not set the window's minimum height
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.setTabOrder(self.tree, self.comment)
        self.retranslate()
        self.setEnabled(False)

    # ---- the UI language -------------------------------------------------------------

    def retranslate(self) -> None:
        """Labels, the framework's titles (their zh or en variant) and everything computed
        from the nominee shown (states, lock, totals), in the current language."""
        stale = hasattr(self, "_ui_lang")  # at construction no nominee is shown yet
        self._ui_lang = i18n.current_language()
        self.conflict_button.setAccessibleName(self.tr("Declare a conflict of interest for "
                                                       "this nominee"))
        self.banner.setAccessibleName(self.tr("Conflict of interest"))
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Level"),
                                   self.tr("Subtotal")])
        self.tree.headerItem().setToolTip(
            LEVEL_COL, self.tr("Your level for the criterion (scale {low}\u2013{high})").format(
                low=min(lv.value for lv in self.scale.levels),
                high=max(lv.value for lv in self.scale.levels)))
        self.tree.headerItem().setToolTip(
            SUBTOTAL_COL, self.tr("The domain's subtotal, from 0 to 100"))
        self._tree_texts()
        self.required.setAccessibleName(self.tr("Justification required"))
        self.comment.setAccessibleName(self.tr("Comment (justification) for this criterion"))
        self.comment.setPlaceholderText(self.tr("Justification for your level (Tab from the "
                                                "criteria; Ctrl+Enter for the next criterion)"))
        self.comment_label.setText(self.tr("&Comment"))
        self.totals_box.retranslate()
        self._refresh_lock()  # the conflict button's text
        if stale and self.nominee_id is not None:
            n = self.session.nominee(self.nominee_id)
            self.nominee_label.setAccessibleName(self.tr("Scoring {name}").format(name=n.name))
            self._painted.clear()  # the level column's tooltips are in the old language
            self._refresh_tree_states()
            self._show_criterion_texts()
            self._refresh_required()
            self._refresh_totals()

    # ---- fitting the pane to the window --------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def is_compact(self) -> bool:
        return self.fitter.compact

    def _fit(self) -> None:
        self.fitter.fit()

    # ---- tree ------------------------------------------------------------------------
    def _build_tree(self) -> None:
        fw = self.session.framework
        # the titles are set by _tree_texts() (from retranslate())
        self._dimension_items: dict[str, QTreeWidgetItem] = {}
        for d in fw.domains:
            d_item = QTreeWidgetItem(self.tree, ["", "", ""])
            d_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = d_item.font(0)
            font.setBold(True)
            d_item.setFont(0, font)
            self._domain_items[d.id] = d_item
            for m in d.dimensions:
                m_item = QTreeWidgetItem(d_item, ["", "", ""])
                m_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._dimension_items[m.id] = m_item
                for c in m.criteria:
                    c_item = QTreeWidgetItem(m_item, ["", "", ""])
                    c_item.setData(0, CriterionRole, c.id)
                    c_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self._items[c.id] = c_item
        self.tree.expandAll()

    def _tree_texts(self) -> None:
        """The framework's titles in the tree, in the UI language's variant."""
        for d in self.session.framework.domains:
            self._domain_items[d.id].setText(0, i18n.text(d.title))
            for m in d.dimensions:
                self._dimension_items[m.id].setText(0, i18n.text(m.title))
                for c in m.criteria:
                    title = getattr(c, "title", None)
                    item = self._items[c.id]
                    item.setText(0, i18n.text(title) if title else i18n.text(c.question))
                    item.setToolTip(0, i18n.text(c.question))

    def _current_item_changed(self, current: QTreeWidgetItem | None,
                              _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        cid = current.data(0, CriterionRole)
        if not cid:
            return
        if cid != self.criterion_id:
            self.flush_comment()
            self.criterion_id = cid
            self._show_criterion()

    def select_criterion(self, criterion_id: str) -> None:
        item = self._items.get(criterion_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.scroll_to_criterion(item)

    def _row_visible(self, item: QTreeWidgetItem) -> bool:
        rect = self.tree.visualItemRect(item)
        return (rect.isValid() and rect.top() >= 0
                and rect.bottom() <= self.tree.viewport().height())

    def scroll_to_criterion(self, item: QTreeWidgetItem) -> None:
        """Show ``item`` with its domain and dimension headings when they fit, else centred."""
        dimension = item.parent()
        domain = dimension.parent() if dimension is not None else None
        anchors = [a for a in (domain, dimension) if a is not None]
        if self._row_visible(item) and all(self._row_visible(a) for a in anchors):
            return
        for anchor in anchors:
            self.tree.scrollToItem(anchor, QAbstractItemView.ScrollHint.PositionAtTop)
            if self._row_visible(item):
                return
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_domain(self, domain_id: str) -> None:
        fw = self.session.framework
        for d in fw.domains:
            if d.id == domain_id:
                ids = [c.id for m in d.dimensions for c in m.criteria]
                gap = next((cid for cid in ids if self.nominee_id and self.session.criterion_state(
                    self.nominee_id, cid) is not CriterionState.DONE), ids[0] if ids else None)
                if gap:
                    self.select_criterion(gap)
                return

    def move_criterion(self, step: int) -> None:
        ids = self.session.criterion_ids
        if not ids:
            return
        pos = self.session.criterion_pos.get(self.criterion_id or "", -1)
        new = max(0, min(len(ids) - 1, pos + step)) if pos >= 0 else 0
        self.select_criterion(ids[new])

    # ---- nominee ---------------------------------------------------------------------
    def set_nominee(self, nominee_id: str | None, criterion_id: str | None = None) -> None:
        self.flush_comment()
        self.nominee_id = nominee_id
        if nominee_id is None:
            self.setEnabled(False)
            self.nominee_label.setText("")
            return
        self.setEnabled(True)
        self.session.reload_nominee(nominee_id)
        n = self.session.nominee(nominee_id)
        self.nominee_label.setText(n.name)
        self.nominee_label.setAccessibleName(self.tr("Scoring {name}").format(name=n.name))
        self._refresh_tree_states()
        target = criterion_id
        if not target:
            target = next((cid for cid in self.session.criterion_ids
                           if self.session.criterion_state(nominee_id, cid)
                           is not CriterionState.DONE),
                          self.session.criterion_ids[0] if self.session.criterion_ids else None)
        if target and target != self.criterion_id:
            self.criterion_id = None  # make the selection change load it
            self.select_criterion(target)
        else:
            self._show_criterion()
        self._refresh_lock()
        self._refresh_totals()

    def _refresh_lock(self) -> None:
        nid = self.nominee_id
        reason = self.session.conflict_reason(nid) if nid is not None else None
        locked = reason is not None
        if reason is not None and nid is not None:
            origin = (self.tr("from the panel roster") if self.session.is_roster_conflict(nid)
                      else self.tr("declared by you"))
            self.banner.setText(self.tr("Recused — conflict of interest ({origin}): {reason}. "
                                        "Scoring is locked.").format(
                origin=origin, reason=reason_clause(reason)))
            self.banner.show()
        else:
            self.banner.hide()
        roster = nid is not None and self.session.is_roster_conflict(nid)
        self.conflict_button.setText(self.tr("Withdraw conflict") if locked
                                     else self.tr("Declare conflict\u2026"))
        self.conflict_button.setEnabled(not roster)
        for card in self.cards.values():
            card.setEnabled(not locked)
        self.comment.setReadOnly(locked)

    def _conflict_clicked(self) -> None:
        if self.nominee_id is None:
            return
        if self.session.is_locked(self.nominee_id):
            self.withdrawRequested.emit(self.nominee_id)
        else:
            self.conflictRequested.emit(self.nominee_id)

    # ---- showing ---------------------------------------------------------------------
    def _refresh_tree_states(self) -> None:
        nid = self.nominee_id
        if nid is None:
            return
        for cid, item in self._items.items():
            self._paint_item(nid, cid, item)
        self._refresh_domain_items()

    def _paint_item(self, nid: str, cid: str, item: QTreeWidgetItem) -> None:
        state = self.session.criterion_state(nid, cid)
        lv = self.session.level(nid, cid)
        if self.session.is_locked(nid):
            lv = None  # recused: the scores kept underneath are not shown
            state = CriterionState.EMPTY
        if self._painted.get(cid) == (state, lv):
            return  # unchanged: touching the item would re-layout the tree (slow at scale)
        self._painted[cid] = (state, lv)
        item.setText(1, f"{STATE_MARK[state]} {lv}" if lv is not None else STATE_MARK[state])
        if state is CriterionState.NEEDS_COMMENT:
            item.setForeground(1, ERROR_RED)
            item.setToolTip(1, required_message(lv or 0))
        else:
            item.setData(1, Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(1, status_text(state))
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("level {level}, {state}").format(level=lv, state=status_text(state))
                     if lv is not None else status_text(state))

    def _refresh_domain_items(self) -> None:
        if self.nominee_id is None:
            return
        texts, _total = subtotal_texts(self.session, self.nominee_id)
        for did, item in self._domain_items.items():
            text, tip = texts.get(did, ("", ""))
            item.setText(SUBTOTAL_COL, text)
            item.setTextAlignment(SUBTOTAL_COL, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(SUBTOTAL_COL, f"{item.text(0)}: {tip or text}" if text else "")

    def _show_criterion(self) -> None:
        nid, cid = self.nominee_id, self.criterion_id
        if nid is None or cid is None:
            return
        self._show_criterion_texts()
        self._loading = True
        try:
            self.comment.setPlainText(self._shown_comment(nid, cid))
        finally:
            self._loading = False
        self._bound = (nid, cid)
        self._refresh_cards()

    def _show_criterion_texts(self) -> None:
        """The question, guidance and level cards of the current criterion."""
        if self.criterion_id is None:
            return
        crit = self.session.framework.criterion(self.criterion_id)
        self.question.setText(i18n.text(crit.question))
        guidance = i18n.text(crit.guidance)
        self.guidance.set_full_text(guidance)
        self.guidance.setVisible(bool(guidance))
        for lv in self.scale.levels:
            desc = crit.descriptors.get(lv.value)
            text = i18n.text(desc) if desc else i18n.text(lv.description)
            self.cards[lv.value].set_content(i18n.text(lv.label), text)
        self._fit()

    def _shown_comment(self, nid: str, cid: str) -> str:
        """The stored comment; none while the nominee is recused (it is kept underneath)."""
        return "" if self.session.is_locked(nid) else self.session.comment(nid, cid)

    def _shown_level(self) -> int | None:
        # recused: the old level is not shown; a level the store refused stays on screen
        return self.scorer.shown_level(self.nominee_id, self.criterion_id)

    def _refresh_cards(self) -> None:
        level = self._shown_level()
        for value, card in self.cards.items():
            card.set_checked(value == level)
        self._refresh_required()

    def _refresh_required(self) -> None:
        level = self._shown_level()
        shown = self.required.isVisibleTo(self)
        if self.scorer.is_unsaved(self.nominee_id, self.criterion_id):
            self.required.setText(self.tr("Not saved — see the status bar. Your choice is kept "
                                          "on screen; choose it again to retry."))
            self.required.show()
        elif self.session.needs_comment(level, self.comment.toPlainText()):
            self.required.setText(required_message(level or 0))
            self.required.show()
        else:
            self.required.hide()
        if self.required.isVisibleTo(self) != shown:
            self._fit()  # one line more or less for the levels and the comment

    def _refresh_totals(self) -> None:
        if self.nominee_id is None:
            self.totals_box.clear()
            return
        nid = self.nominee_id
        self.totals_box.show_totals(subtotal_texts(self.session, nid),
                                    self.session.progress(nid),
                                    locked=self.session.is_locked(nid))

    def refresh_nominee(self, nominee_id: str) -> None:
        """The session says this nominee changed (an edit, an undo, a conflict)."""
        if nominee_id != self.nominee_id:
            return
        self._refresh_tree_states()
        self._refresh_lock()
        if self.criterion_id is not None and self._bound == (nominee_id, self.criterion_id):
            stored = self._shown_comment(nominee_id, self.criterion_id)
            if not self._debounce.isActive() and stored != self.comment.toPlainText():
                self._loading = True
                try:
                    self.comment.setPlainText(stored)
                finally:
                    self._loading = False
        self._refresh_cards()
        self._refresh_totals()

    # ---- editing ---------------------------------------------------------------------
    def score(self, level: int | None) -> bool:
        """Choose ``level`` (None clears) for the current criterion; True once saved."""
        nid = self.nominee_id
        outcome = self.scorer.score(nid, self.criterion_id, level)
        if outcome.step is Step.LOCKED and nid is not None:
            name = self.session.nominee(nid).name
            self.notice.emit(lambda: self.tr("{name} is locked by a conflict of interest: "
                                             "nothing was changed.").format(name=name))
        if outcome.step in (Step.NOTHING, Step.LOCKED):
            return False
        if outcome.edit is not None:
            e = outcome.edit
            self.undo_stack.push(SetScoreCommand(self.session, e.nominee_id, e.criterion_id,
                                                 e.old, e.new))
        self._refresh_cards()
        return outcome.saved

    def _comment_edited(self) -> None:
        if self._loading:
            return
        self._refresh_required()
        self._debounce.start()

    def flush_comment(self) -> bool:
        """Commit the comment box if it differs from the store; True if nothing is pending."""
        self._debounce.stop()
        if self._bound is None:
            return True
        outcome = self.scorer.comment(*self._bound, self.comment.toPlainText())
        if outcome.edit is not None:
            e = outcome.edit
            self.undo_stack.push(SetCommentCommand(self.session, e.nominee_id, e.criterion_id,
                                                   e.old, e.new))
        # not saved: the text stays in the box; the status bar says why
        return outcome.step is not Step.NOT_SAVED

    def has_pending_comment(self) -> bool:
        return self._debounce.isActive()

    # ---- keyboard (ui/scoring_keys.py) ------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a key as the criteria tree would (for views that forward number keys)."""
        return self.keys.tree_key(event)

    def focus_criteria(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
