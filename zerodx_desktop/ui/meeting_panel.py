"""The panel meeting, a tab of the merge view: walk the disagreements, take notes, decide.

The discussion list holds the nominees ordered by disagreement (largest spread first); the
selected nominee's spread per criterion and its anonymised comments sit side by side, with
the chair's note for it below. The "decide" step names each category's award: the ranking's
first place by default; a tie at the top, or another nominee, needs a rationale. The
workflow (notes, comments left out, decisions and their rules) is
``controllers.meeting.MeetingController``; this widget shows it and hands it what the chair
does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.controllers.meeting import MeetingController
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.services import meeting
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.ranking_model import fmt

NomineeRole = Qt.ItemDataRole.UserRole


class MeetingPanel(i18n.Retranslating, QWidget):
    """Discussion list, spread and comments, the chair's notes, and the decision."""

    decisionsChanged = Signal()

    def __init__(self, parent: QWidget | None = None,
                 controller: MeetingController | None = None) -> None:
        super().__init__(parent)
        self.meeting = controller if controller is not None else MeetingController()
        self._criterion_titles: dict[str, str] = {}
        self._build_ui()
        self.retranslate()

    @property
    def result(self) -> PanelResult | None:
        return self.meeting.result

    @property
    def _items(self) -> list[meeting.DiscussionItem]:
        return self.meeting.items

    # == building ===============================================================================
    def _build_ui(self) -> None:
        self.list_caption = QLabel()
        self.discussion_list = QListWidget()
        self.discussion_list.currentRowChanged.connect(self._item_selected)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list_caption)
        lv.addWidget(self.discussion_list, 1)

        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.spread_table = QTableWidget(0, 5)
        self.spread_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.spread_table.verticalHeader().setVisible(False)
        self.spread_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.spread_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.spread_table.setWordWrap(False)
        self.comments_caption = QLabel()
        self.comments_view = QListWidget()
        self.comments_view.setWordWrap(True)
        self.comments_view.itemChanged.connect(self._comment_toggled)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(self.spread_table)
        box = QWidget()
        cv = QVBoxLayout(box)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.comments_caption)
        cv.addWidget(self.comments_view, 1)
        side.addWidget(box)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        self.notes_caption = QLabel()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.textChanged.connect(self._note_edited)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.item_label)
        rv.addWidget(side, 1)
        rv.addWidget(self.notes_caption)
        rv.addWidget(self.notes_edit)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)

        decide = QHBoxLayout()
        self.decide_caption = QLabel()
        decide.addWidget(self.decide_caption)
        self.category_combo = QComboBox()
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        decide.addWidget(self.category_combo)
        self.nominee_combo = QComboBox()
        self.nominee_combo.currentIndexChanged.connect(self._update_decide)
        decide.addWidget(self.nominee_combo, 1)
        self.rationale_edit = QLineEdit()
        self.rationale_edit.textChanged.connect(self._update_decide)
        decide.addWidget(self.rationale_edit, 2)
        self.decide_button = QPushButton()
        self.decide_button.clicked.connect(self.record_decision)
        decide.addWidget(self.decide_button)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(decide)
        layout.addWidget(self.decision_label)

    # == the UI language =======================================================================
    def retranslate(self) -> None:
        self._ui_lang = i18n.current_language()
        self.list_caption.setText(self.tr("Discussion list (largest disagreement first):"))
        self.comments_caption.setText(self.tr("Comments (anonymised; untick to leave one out "
                                              "of the feedback letter):"))
        self.notes_caption.setText(self.tr("Chair's notes on this nominee:"))
        self.spread_table.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Min"), self.tr("Max"), self.tr("Range"),
             self.tr("SD")])
        self.decide_caption.setText(self.tr("Decide the award:"))
        self.rationale_edit.setPlaceholderText(self.tr("Rationale (required for a tie at the "
                                                       "top or another nominee)"))
        # what a screen reader says for each control
        self.discussion_list.setAccessibleName(self.tr("Discussion list (largest disagreement "
                                                       "first):"))
        self.spread_table.setAccessibleName(self.tr("Spread per criterion"))
        self.comments_view.setAccessibleName(self.tr("Comments (anonymised)"))
        self.notes_edit.setAccessibleName(self.tr("Chair's notes on this nominee:"))
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.nominee_combo.setAccessibleName(self.tr("Nominee the award goes to"))
        self.rationale_edit.setAccessibleName(self.tr("Rationale"))
        self.decide_button.setText(self.tr("Record decision"))
        self.decide_button.setToolTip(self.tr("Record the panel's decision for this category; "
                                              "it is signed into the result workbook"))
        self._fill_list()
        self._show_item()
        self._fill_categories()
        self._show_decisions()

    # == the result =============================================================================
    def set_result(self, result: PanelResult | None,
                   criterion_titles: dict[str, str] | None = None) -> None:
        """Show ``result`` (None: clear). Notes and decisions already on it are kept."""
        self.meeting.set_result(result)
        self.refresh(criterion_titles)

    def refresh(self, criterion_titles: dict[str, str] | None = None) -> None:
        """Show the meeting's result as the controller now holds it."""
        self._criterion_titles = dict(criterion_titles or {})
        self._fill_list()
        self._fill_categories()
        self._show_decisions()
        if self._items:
            self.discussion_list.setCurrentRow(0)
        else:
            self._show_item()

    def _fill_list(self) -> None:
        current = self.discussion_list.currentRow()
        self.discussion_list.blockSignals(True)
        self.discussion_list.clear()
        for it in self._items:
            text = self.tr("{nominee} — spread {spread}").format(
                nominee=it.row.nominee, spread=fmt(it.spread))
            item = QListWidgetItem(("⚑ " if it.flagged else "") + text)
            item.setData(NomineeRole, it.row.nominee_id)
            self.discussion_list.addItem(item)
        self.discussion_list.blockSignals(False)
        if 0 <= current < len(self._items):
            self.discussion_list.setCurrentRow(current)

    def current_nominee_id(self) -> str | None:
        row = self.discussion_list.currentRow()
        return self._items[row].row.nominee_id if 0 <= row < len(self._items) else None

    def _item_selected(self, _row: int) -> None:
        self._show_item()

    def _show_item(self) -> None:
        it = self.meeting.item(self.discussion_list.currentRow())
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(self.meeting.note(it.row.nominee_id) if it else "")
        self.notes_edit.blockSignals(False)
        self.notes_edit.setEnabled(it is not None)
        self.comments_view.blockSignals(True)
        self.comments_view.clear()
        self.comments_view.blockSignals(False)
        if it is None:
            self.item_label.setText(self.tr("Merge the sheets to start the meeting."))
            self.spread_table.setRowCount(0)
            return
        rank = f"={it.row.rank}" if it.row.tied else str(it.row.rank)
        self.item_label.setText(self.tr("{nominee} — rank {rank}, score {score}, judges' totals "
                                        "{low}–{high}").format(
            nominee=it.row.nominee, rank=rank, score=fmt(it.row.score), low=fmt(it.row.min),
            high=fmt(it.row.max)))
        self.spread_table.setRowCount(len(it.criteria))
        for r, c in enumerate(it.criteria):
            name = QTableWidgetItem(self._criterion_titles.get(c.criterion_id, c.criterion_id))
            name.setToolTip(c.criterion_id)
            self.spread_table.setItem(r, 0, name)
            for col, value in enumerate((c.min, c.max, c.range), start=1):
                self.spread_table.setItem(r, col, QTableWidgetItem(
                    "—" if value is None else str(value)))
            self.spread_table.setItem(r, 4, QTableWidgetItem(fmt(c.sd)))
        self.comments_view.blockSignals(True)
        for key, text in it.comments:
            item = QListWidgetItem(f"{self._criterion_titles.get(key[1], key[1])}: {text}")
            item.setData(NomineeRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if self.meeting.is_excluded(key)
                               else Qt.CheckState.Checked)
            self.comments_view.addItem(item)
        if not it.comments:
            none = QListWidgetItem(self.tr("No comments."))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comments_view.addItem(none)
        self.comments_view.blockSignals(False)

    def _comment_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(NomineeRole)
        if not key:
            return
        self.meeting.set_included(tuple(key), item.checkState() == Qt.CheckState.Checked)

    def excluded_comments(self) -> list[tuple[str, str, int]]:
        """The comments the chair left out of the feedback letters."""
        return self.meeting.excluded_comments()

    def _note_edited(self) -> None:
        nid = self.current_nominee_id()
        if nid is None:
            return
        self.meeting.set_note(nid, self.notes_edit.toPlainText())

    def set_note(self, nominee_id: str, text: str) -> None:
        """The chair's note on ``nominee_id`` (as typed into the notes box)."""
        i = self.meeting.index_of(nominee_id)
        if i < 0:
            raise KeyError(nominee_id)
        self.discussion_list.setCurrentRow(i)
        self.notes_edit.setPlainText(text)

    def notes(self) -> list[meeting.MeetingNote]:
        return self.meeting.notes()

    # == deciding ===============================================================================
    def _fill_categories(self) -> None:
        cats = self.meeting.categories()
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for c in cats:
            self.category_combo.addItem(self.tr("Overall") if c == meeting.OVERALL else c, c)
        self.category_combo.blockSignals(False)
        i = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(i if i >= 0 else 0)
        self._category_changed()

    def current_category(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data is not None else None

    def _category_changed(self, *_args: object) -> None:
        cat = self.current_category()
        choices = self.meeting.choices(cat)
        decided = self.meeting.decision(cat)
        self.nominee_combo.blockSignals(True)
        self.nominee_combo.clear()
        if choices.tie_at_top:
            self.nominee_combo.addItem(self.tr("(tie at the top: choose a nominee)"), None)
        for r in choices.rows:
            rank = f"={r.rank}" if r.tied else str(r.rank)
            self.nominee_combo.addItem(f"{rank}. {r.nominee}", r.nominee_id)
        want = choices.preselected
        i = self.nominee_combo.findData(want) if want is not None else 0
        self.nominee_combo.setCurrentIndex(max(0, i))
        self.nominee_combo.blockSignals(False)
        self.rationale_edit.setText(decided.rationale if decided else "")
        self._update_decide()

    def choose(self, nominee_id: str) -> None:
        i = self.nominee_combo.findData(nominee_id)
        if i < 0:
            raise KeyError(nominee_id)
        self.nominee_combo.setCurrentIndex(i)

    def _update_decide(self, *_args: object) -> None:
        nid = self.nominee_combo.currentData()
        self.decide_button.setEnabled(self.meeting.can_record(
            self.current_category(), None if nid is None else str(nid),
            self.rationale_edit.text()))
        self.rationale_edit.setEnabled(nid is not None)

    def record_decision(self) -> None:
        """Check and record the decision shown (UserError shown below; nothing recorded)."""
        cat, nid = self.current_category(), self.nominee_combo.currentData()
        if self.result is None or cat is None or nid is None:
            return
        try:
            self.meeting.record(cat, str(nid), self.rationale_edit.text())
        except UserError as exc:
            self.decision_label.setText(self.tr("Not recorded: {message}").format(
                message=exc.message))
            return
        self._show_decisions()
        self.decisionsChanged.emit()

    def decisions(self) -> list[meeting.Decision]:
        return self.meeting.decisions()

    def apply(self) -> None:
        """Record the notes and decisions on the result (UserError when one is bad)."""
        self.meeting.apply()

    def _show_decisions(self) -> None:
        if self.result is None:
            self.decision_label.setText("")
            return
        lines = []
        for award in self.meeting.awards():
            cat = self.tr("Overall") if award.category == meeting.OVERALL else award.category
            if not award.winners:
                what = self.tr("no nominee has a score")
            elif award.tie:
                what = self.tr("a tie at the top ({names}): no decision yet").format(
                    names=", ".join(r.nominee for r in award.winners))
            elif award.decision is None:
                what = self.tr("{nominee} (the ranking's first place; not decided yet)").format(
                    nominee=award.winners[0].nominee)
            else:
                what = self.tr("{nominee}, decided").format(nominee=award.winners[0].nominee)
                if award.decision.rationale:
                    what += " — " + award.decision.rationale
            lines.append(f"{cat}: {what}")
        self.decision_label.setText("\n".join(lines))
