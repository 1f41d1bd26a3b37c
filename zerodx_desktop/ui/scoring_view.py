"""The scoring pane: framework tree, question and guidance, level cards, comment, totals.

Keyboard loop (the tree has focus): Up/Down or K/J move between criteria, a number key
scores, 0 or Delete clears, Tab goes to the comment, Ctrl+Enter or Alt+Down moves to the next
criterion (from the comment too), PageDown/PageUp go to the next/previous nominee.
Each edit is committed through the session before it is pushed on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.i18n import fmt_number, status_text
from zerodx_desktop.ui.undo import SetCommentCommand, SetScoreCommand
from zerodx_desktop.ui.workspace_session import CriterionState, WorkspaceSession

COMMENT_DEBOUNCE_MS = 500
CriterionRole = Qt.ItemDataRole.UserRole + 20
ERROR_RED = QColor("#c62828")

LEVEL_COL = 1
SUBTOTAL_COL = 2
COMMENT_LINES = 5  # the comment box's height, in lines, when the pane has the room
MIN_COMMENT_LINES = 4  # never fewer: the box a judge types into stays in view
FULL_TREE_ROWS = 10  # full level cards only if the criteria tree keeps this many rows
MIN_TREE_ROWS = 4

STATE_MARK = {CriterionState.EMPTY: "\u2013", CriterionState.NEEDS_COMMENT: "!",
              CriterionState.DONE: "\u2713"}


def required_message(level: int) -> str:
    return QCoreApplication.translate(
        "ScoringView", "A justification is required for level {level}").format(level=level)


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the width it gets; the tooltip has it all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("W\u2026"), super().minimumSizeHint()
                     .height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(0, self.width())))


class FoldingLabel(QLabel):
    """A wrapped label that can fold to one elided line (the tooltip then has it all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._full = ""
        self._folded = False

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._show()

    def full_text(self) -> str:
        return self._full

    def set_folded(self, folded: bool) -> None:
        if folded == self._folded:
            return
        self._folded = folded
        self.setWordWrap(not folded)
        self.setSizePolicy(QSizePolicy.Policy.Ignored if folded else QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred)
        self._show()

    def is_folded(self) -> bool:
        return self._folded

    def _show(self) -> None:
        if self._folded:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                  max(0, self.width()))
            self.setToolTip(self._full if shown != self._full else "")
        else:
            shown = self._full
            self.setToolTip("")
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._folded:
            self._show()


class CommentEdit(QPlainTextEdit):
    """The comment box: at least four lines in view, a few more when the pane has the room;
    a long comment scrolls inside it. Ctrl+Z / Ctrl+Shift+Z undo the typing first; the
    panel's undo takes over once the box has nothing left to undo."""

    def lines_height(self, lines: int) -> int:
        return (self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth()
                + int(2 * self.document().documentMargin()) + 2)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_height(COMMENT_LINES))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_height(MIN_COMMENT_LINES))

    def visible_lines(self) -> float:
        """How many lines of text the box shows, as it is laid out and clipped now."""
        shown = self.viewport().visibleRegion().boundingRect().height()
        margin = 2 * self.document().documentMargin()
        return max(0.0, (shown - margin) / self.fontMetrics().lineSpacing())


class LevelCard(QFrame):
    """One scale level: number, label and descriptor; click to choose. Compact: one line,
    the descriptor elided (the tooltip has it all)."""

    clicked = Signal(int)

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName(f"levelCard{value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the number keys choose; no tab stops
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = FoldingLabel(self)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 5, 8, 6)
        self._layout.setHorizontalSpacing(8)
        self._layout.setVerticalSpacing(2)
        self._layout.addWidget(self.title, 0, 0)
        self._layout.addWidget(self.body, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        self._layout.setColumnStretch(1, 1)
        self._layout.setRowStretch(1, 1)  # any spare height below the descriptor
        self._compact = False
        self._checked = False
        self.setAutoFillBackground(True)
        self.set_checked(False)

    def set_content(self, label: str, descriptor: str) -> None:
        self.title.setText(f"{self.value}  {label}")
        self.body.set_full_text(descriptor)
        self.body.setVisible(bool(descriptor))
        self.setAccessibleName(self.tr("Level {value}: {label}").format(
                                   value=self.value, label=label))
        self._describe()
        self.setToolTip(self.tr("Press {key} to choose this level").format(key=self.value)
                        if 0 <= self.value <= 9 else "")

    def set_compact(self, compact: bool) -> None:
        """One line (the descriptor beside the title, elided) or the descriptor wrapped."""
        if compact == self._compact:
            return
        self._compact = compact
        self._layout.removeWidget(self.body)
        if compact:
            self._layout.addWidget(self.body, 0, 1)
            self._layout.setContentsMargins(8, 2, 8, 2)
        else:
            self._layout.addWidget(self.body, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            self._layout.setContentsMargins(8, 5, 8, 6)
        self.body.set_folded(compact)

    def is_compact(self) -> bool:
        return self._compact

    def height_for(self, width: int) -> int:
        """The card's height at ``width``: its text, wrapped or on one line, and margins."""
        m = self._layout.contentsMargins()
        frame = 2 * self.frameWidth()
        title = self.title.sizeHint().height()
        if self._compact or not self.body.full_text():
            line = max(title, self.body.sizeHint().height() if self.body.full_text() else 0)
            return m.top() + m.bottom() + line + frame
        inner = max(10, width - m.left() - m.right() - frame)
        body = self.body.heightForWidth(inner)
        if body < 0:
            body = self.body.sizeHint().height()
        return m.top() + m.bottom() + title + self._layout.verticalSpacing() + body + frame

    def set_checked(self, checked: bool) -> None:
        # colour roles, not copied colours: the card follows a light/dark palette switch
        self._checked = checked
        self.setBackgroundRole(QPalette.ColorRole.Highlight if checked
                               else QPalette.ColorRole.Base)
        text_role = (QPalette.ColorRole.HighlightedText if checked
                     else QPalette.ColorRole.Text)
        self.title.setForegroundRole(text_role)
        self.body.setForegroundRole(text_role)
        self.setFrameShadow(QFrame.Shadow.Sunken if checked else QFrame.Shadow.Raised)
        self.setLineWidth(2 if checked else 1)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(("selected. " if self._checked else "")
                                      + self.body.full_text())

    def is_checked(self) -> bool:
        return self._checked

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit(self.value)
            event.accept()
            return
        super().mousePressEvent(event)


def _height_for(widget: QWidget, width: int) -> int:
    if widget.hasHeightForWidth():
        return widget.heightForWidth(width)
    return widget.sizeHint().height()


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
        self._unsaved_level: dict[tuple[str, str], int | None] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._domain_items: dict[str, QTreeWidgetItem] = {}
        self._painted: dict[str, tuple[CriterionState, int | None]] = {}
        fw = session.framework
        self.scale = fw.scale

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
        self.tree.installEventFilter(self)

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
        self.comment.installEventFilter(self)
        self.comment.textChanged.connect(self._comment_edited)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(COMMENT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush_comment)
        # the footer: one row per domain (title elided, subtotal aligned), then the total
        self.totals_box = QWidget(self)
        self.totals_box.setObjectName("totalsBox")
        grid = QGridLayout(self.totals_box)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(0, 1)
        self.domain_totals: dict[str, tuple[ElidedLabel, QLabel]] = {}
        for row, d in enumerate(fw.domains):
            name = ElidedLabel("", self.totals_box)  # titled in retranslate()
            value = QLabel(self.totals_box)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            vf = value.font()
            vf.setBold(True)
            value.setFont(vf)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.domain_totals[d.id] = (name, value)
        self.totals = QLabel(self.totals_box)
        self.totals.setObjectName("totalsLabel")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        grid.addWidget(self.totals, len(fw.domains), 0, 1, 2)

        # no scrolling and no splitter: the question, the levels (compact when the room is
        # short) and four lines of comment are always in view; the criteria tree takes the
        # rest (_fit() chooses on every resize and criterion)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 3)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cards_box = cards_box
        self.comment_label = QLabel(self)
        self.comment_label.setBuddy(self.comment)
        self._fitting = False
        self._compact = False
        self._descriptor_heights: dict[str, tuple[int, str] | int] = {}

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
        self.tree.viewport().installEventFilter(self)
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
        self.totals_box.setAccessibleName(self.tr("Domain subtotals and total"))
        self.comment_label.setText(self.tr("&Comment"))
        for d in self.session.framework.domains:
            self.domain_totals[d.id][0].set_full_text(i18n.text(d.title))
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
        return self._compact

    def _row_height(self) -> int:
        return max(1, self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else
                   self.tree.fontMetrics().height())

    def _fixed_height(self) -> int:
        """The height of everything but the criteria tree, as the widgets are now."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        m = layout.contentsMargins()
        width = max(50, self.width() - m.left() - m.right())
        shown = [self.banner, self.question, self.guidance, self.cards_box, self.required,
                 self.comment_label, self.comment, self.totals_box]
        total = m.top() + m.bottom() + 2 + max(self.nominee_label.heightForWidth(
            max(50, width - self.conflict_button.sizeHint().width() - 8)),
            self.conflict_button.sizeHint().height())
        count = 2  # the head and the tree
        for w in shown:
            if not w.isVisibleTo(self):
                continue
            count += 1
            if w is self.cards_box:
                cards = list(self.cards.values())
                total += 4 * max(0, len(cards) - 1)
                if self._compact:
                    total += sum(c.height_for(width) for c in cards)
                else:  # the wordiest criterion's: the cards do not flip from one to the next
                    total += max(sum(c.height_for(width) for c in cards),
                                 self._longest_descriptors(width))
            else:
                total += _height_for(w, width)
        return total + layout.spacing() * count

    def _longest_descriptors(self, width: int) -> int:
        """The five full cards' height for the criterion with the longest descriptors."""
        key = (width, i18n.current_language())
        if self._descriptor_heights.get("key") != key:
            card = next(iter(self.cards.values()))
            card_layout = card.layout()
            assert card_layout is not None  # every card lays out its title and body
            m = card_layout.contentsMargins()
            frame = 2 * card.frameWidth()
            inner = max(10, width - m.left() - m.right() - frame)
            fm = card.body.fontMetrics()
            fixed = 5 + 6 + card.title.sizeHint().height() + 2 + frame
            worst = 0
            for cid in self.session.criterion_ids:
                crit = self.session.framework.criterion(cid)
                total = 0
                for lv in self.scale.levels:
                    desc = crit.descriptors.get(lv.value)
                    text = i18n.text(desc) if desc else i18n.text(lv.description)
                    body = fm.boundingRect(0, 0, inner, 100000, int(Qt.TextFlag.TextWordWrap),
                                           text).height() if text else 0
                    total += fixed + body
                worst = max(worst, total)
            self._descriptor_heights = {"key": key, "height": worst}
        height = self._descriptor_heights["height"]
        assert isinstance(height, int)
        return height

    def _fit(self) -> None:
        """Full level cards when the criteria tree keeps FULL_TREE_ROWS rows with them; else
        compact cards (one line each), then the guidance folded to one line, then a comment
        box of four lines instead of five: the question, the levels and the comment stay in
        view at 1024×700 and up."""
        if self._fitting or self.height() <= 0:
            return
        self._fitting = True
        try:
            tree_room = self.height() - self.tree.header().sizeHint().height() - 4
            modes = ((False, False, COMMENT_LINES, FULL_TREE_ROWS),
                     (True, False, COMMENT_LINES, FULL_TREE_ROWS // 2),
                     (True, True, COMMENT_LINES, MIN_TREE_ROWS),
                     (True, True, MIN_COMMENT_LINES, 0))
            for compact, folded, lines, rows in modes:
                self._set_compact(compact)
                self.guidance.set_folded(folded)
                self.comment.setFixedHeight(self.comment.lines_height(lines))
                if (tree_room - self._fixed_height()) // self._row_height() >= rows:
                    break
            # each card exactly as tall as its text at this width (a splitter above does not
            # pass height-for-width down: cards with one line got the room of two)
            own = self.layout()
            assert own is not None  # set in __init__
            m = own.contentsMargins()
            width = max(50, self.width() - m.left() - m.right())
            for card in self.cards.values():
                card.setFixedHeight(card.height_for(width))
        finally:
            self._fitting = False

    def _set_compact(self, compact: bool) -> None:
        self._compact = compact
        for card in self.cards.values():
            card.set_compact(compact)

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

    def domain_progress(self, nominee_id: str) -> dict[str, tuple[int, int]]:
        """Per domain: (criteria complete, criteria)."""
        done = CriterionState.DONE
        return {d.id: (sum(1 for m in d.dimensions for c in m.criteria
                           if self.session.criterion_state(nominee_id, c.id) is done),
                       sum(len(m.criteria) for m in d.dimensions))
                for d in self.session.framework.domains}

    def subtotal_texts(self, nominee_id: str) -> tuple[dict[str, tuple[str, str]],
                                                       tuple[str, str]]:
        """What each domain's subtotal and the total show, with their tooltips: the number
        once every criterion is complete, "— (3 of 8)" while partial (the partial number in
        the tooltip), nothing for a recused nominee."""
        subtotals, total = self.session.totals(nominee_id)
        if self.session.is_locked(nominee_id):
            count = len(self.session.criterion_ids)
            return ({did: ("", "") for did in subtotals or self.domain_totals},
                    (self.tr("recused"), self.tr("Recused: not scored ({count} criteria)")
                     .format(count=count)))
        out: dict[str, tuple[str, str]] = {}
        for did, (done, count) in self.domain_progress(nominee_id).items():
            v = subtotals.get(did)
            out[did] = ((self.tr("{value} / 100").format(value=fmt_number(v, 1)), "")
                        if done == count and count else
                        (i18n.partial_text(done, count), i18n.so_far_text(v, done, count)))
        done, count = self.session.progress(nominee_id)
        if done == count and count:
            whole = (self.tr("{value} / 100").format(value=fmt_number(total, 1)), "")
        else:
            whole = (i18n.partial_text(done, count), i18n.so_far_text(total, done, count))
        return out, whole

    def _refresh_domain_items(self) -> None:
        if self.nominee_id is None:
            return
        texts, _total = self.subtotal_texts(self.nominee_id)
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
        if self.nominee_id is None or self.criterion_id is None:
            return None
        if self.session.is_locked(self.nominee_id):
            return None  # recused: the old level is not shown
        key = (self.nominee_id, self.criterion_id)
        if key in self._unsaved_level:
            return self._unsaved_level[key]
        return self.session.level(*key)

    def _refresh_cards(self) -> None:
        level = self._shown_level()
        for value, card in self.cards.items():
            card.set_checked(value == level)
        self._refresh_required()

    def _refresh_required(self) -> None:
        level = self._shown_level()
        key = (self.nominee_id or "", self.criterion_id or "")
        shown = self.required.isVisibleTo(self)
        if key in self._unsaved_level:
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
            self.totals.setText("")
            return
        texts, (total, total_tip) = self.subtotal_texts(self.nominee_id)
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for did, (name, value) in self.domain_totals.items():
            text, tip = texts.get(did, ("", ""))
            value.setText(text)
            value.setToolTip(tip)
            # a partial subtotal is greyed: it is not a result yet
            value.setForegroundRole(QPalette.ColorRole.PlaceholderText if tip
                                    else QPalette.ColorRole.WindowText)
            value.setAccessibleName(f"{name.full_text()}: {tip or text}")
        done, count = self.session.progress(self.nominee_id)
        import html

        if not total_tip:
            self.totals.setText(self.tr("Total: {total} &nbsp;·&nbsp; {done}/{count} criteria "
                                        "complete").format(
                total=f"<b>{html.escape(total)}</b>", done=done, count=count))
        elif self.session.is_locked(self.nominee_id):
            self.totals.setText(self.tr("Total: {total}").format(
                total=f'<span style="color:{grey}">{html.escape(total)}</span>'))
        else:  # partial: no number that reads as a result, the count instead
            partial = self.tr("\u2014 ({done} of {count} criteria complete)").format(
                done=done, count=count)
            self.totals.setText(self.tr("Total: {total}").format(
                total=f'<span style="color:{grey}">{html.escape(partial)}</span>'))
        self.totals.setToolTip(total_tip)
        self.totals.setAccessibleName(self.tr("Total: {total}").format(
            total=total_tip or total))

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
        nid, cid = self.nominee_id, self.criterion_id
        if nid is None or cid is None:
            return False
        if level is not None and not self.scale.contains(level):
            return False
        if self.session.is_locked(nid):
            name = self.session.nominee(nid).name
            self.notice.emit(lambda: self.tr("{name} is locked by a conflict of interest: "
                                             "nothing was changed.").format(name=name))
            return False
        old = self.session.level(nid, cid)
        key = (nid, cid)
        if old == level and key not in self._unsaved_level:
            return True
        try:
            self.session.write_score(nid, cid, level)
        except UserError:
            self._unsaved_level[key] = level
            self._refresh_cards()
            return False
        self._unsaved_level.pop(key, None)
        if old != level:
            self.undo_stack.push(SetScoreCommand(self.session, nid, cid, old, level))
        self._refresh_cards()
        return True

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
        nid, cid = self._bound
        text = self.comment.toPlainText()
        old = self.session.comment(nid, cid)
        if text == old or self.session.is_locked(nid):
            return True
        try:
            self.session.write_comment(nid, cid, text)
        except UserError:
            return False  # the text stays in the box; the status bar says why
        self.undo_stack.push(SetCommentCommand(self.session, nid, cid, old, text))
        return True

    def has_pending_comment(self) -> bool:
        return self._debounce.isActive()

    # ---- keyboard --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.tree:
                return self._tree_key(event)
            if watched is self.comment:
                return self._comment_key(event)
        elif (event.type() == QEvent.Type.ShortcutOverride and watched is self.comment
              and isinstance(event, QKeyEvent)):
            # Ctrl+Z in the box undoes the typing first; once the box has nothing left to
            # undo, the key goes to the window's Undo (the panel's named undo)
            doc = self.comment.document()
            if ((event.matches(QKeySequence.StandardKey.Undo) and doc.isUndoAvailable())
                    or (event.matches(QKeySequence.StandardKey.Redo)
                        and doc.isRedoAvailable())):
                event.accept()
                return True
            if (event.matches(QKeySequence.StandardKey.Undo)
                    or event.matches(QKeySequence.StandardKey.Redo)):
                event.ignore()
                return True
        elif event.type() == QEvent.Type.FocusOut and watched is self.comment:
            self.flush_comment()
        elif event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            current = self.tree.currentItem()
            if current is not None:
                # the first selection happens before the tree has its size: show the headings
                self.scroll_to_criterion(current)
        return super().eventFilter(watched, event)

    def _common_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) or (
                alt and key == Qt.Key.Key_Down):
            self.flush_comment()
            self.move_criterion(+1)
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if alt and key == Qt.Key.Key_Up:
            self.flush_comment()
            self.move_criterion(-1)
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    def _tree_key(self, event: QKeyEvent) -> bool:
        if self._common_key(event):
            return True
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier
                             | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        if not plain:
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            self.move_criterion(+1)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            self.move_criterion(-1)
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            if self.scale.contains(digit):
                self.score(digit)
            elif digit == 0:
                self.score(None)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.score(None)
            return True
        if key == Qt.Key.Key_Tab:
            self.comment.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_PageDown:
            self.nextNomineeRequested.emit(+1)
            return True
        if key == Qt.Key.Key_PageUp:
            self.nextNomineeRequested.emit(-1)
            return True
        return False

    def _comment_key(self, event: QKeyEvent) -> bool:
        if self._common_key(event):
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.flush_comment()
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if event.key() == Qt.Key.Key_Backtab:
            self.flush_comment()
            self.tree.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a key as the criteria tree would (for views that forward number keys)."""
        return self._tree_key(event)

    def focus_criteria(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
