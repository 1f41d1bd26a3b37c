"""The judge workspace's state: one panel in the store, its framework, and a score cache.

Every edit goes through here: the store call commits first, then the cache is updated and
``changed`` tells each view which nominee moved. The framework and panel are read once;
switching nominee only re-reads that nominee's scores.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Criterion, Framework, framework_from_dict
from zerodx_desktop.core.panel import Nominee, Panel
from zerodx_desktop.core.scoring import NomineeStatus as NomineeStatus  # re-exported (old home)
from zerodx_desktop.core.scoring import criterion_done, needs_comment
from zerodx_desktop.ui.i18n import fmt_time

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store


class CriterionState(StrEnum):
    EMPTY = "empty"
    NEEDS_COMMENT = "needs comment"
    DONE = "done"


Entry = tuple[int | None, str]


def judge_fingerprint(home: Any) -> str | None:
    """The home's identity fingerprint, or None when the home has no identity yet."""
    from zerodx_desktop.services.panels import home_fingerprint

    return home_fingerprint(home)


class WorkspaceSession(QObject):
    """Scores and conflicts of the current judge on one panel, written through the store."""

    changed = Signal(str)             # nominee id whose scores/conflict changed
    saved = Signal(str)               # a status text ("Saved 12:03:44")
    saveFailed = Signal(str)          # a message a person can act on
    navigateRequested = Signal(str, str)  # nominee id, criterion id ("" for none)

    def __init__(self, store: Store, panel_id: str, *, fingerprint: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.panel_id = panel_id
        self.fingerprint = fingerprint
        if fingerprint and store.judge_fingerprint() != fingerprint:
            store.set_judge(fingerprint)
        self.panel: Panel = store.panel(panel_id)
        self.framework: Framework = framework_from_dict(self.panel.framework)
        self.criteria: list[Criterion] = self.framework.criteria()
        self.criterion_ids = [c.id for c in self.criteria]
        self.criterion_pos = {cid: i for i, cid in enumerate(self.criterion_ids)}
        # with assignments, a judge sees (and may score) only their assigned nominees
        self.assigned: int | None = (None if self.panel.assignments is None
                                     else len(self.panel.assigned_to(fingerprint)))
        self.nominees: list[Nominee] = [n for n in self.panel.nominees
                                        if fingerprint is None
                                        or self.panel.is_assigned(fingerprint, n.id)]
        self.nominee_pos = {n.id: i for i, n in enumerate(self.nominees)}
        self.require_comment_for = frozenset(self.framework.require_comment_for)
        self.roster_conflicts: dict[str, str] = {}
        if fingerprint:
            for c in self.panel.conflicts:
                if c.fingerprint == fingerprint:
                    self.roster_conflicts[c.nominee_id] = (c.reason
                                                       or self.tr("listed by the organizer"))
        self._declared: dict[str, str] = {}
        self._scores: dict[str, dict[str, Entry]] = {}
        self._summary: dict[str, tuple[int, NomineeStatus]] = {}
        self.reload_all()

    # ---- loading -------------------------------------------------------------------
    def reload_all(self) -> None:
        self._scores = {n.id: {} for n in self.nominees}
        for (nid, cid), entry in self.store.scores(self.panel_id).items():
            if nid in self._scores:
                self._scores[nid][cid] = (entry[0], entry[1] or "")
        declared = dict(self.store.conflicts(self.panel_id))
        self._declared = {k: v for k, v in declared.items() if k not in self.roster_conflicts}
        self._summary.clear()

    def reload_nominee(self, nominee_id: str) -> None:
        """Re-read one nominee's scores (cheap; used when a nominee is shown)."""
        fresh = self.store.nominee_scores(self.panel_id, nominee_id)
        self._scores[nominee_id] = {cid: (e[0], e[1] or "") for cid, e in fresh.items()}
        self._summary.pop(nominee_id, None)

    # ---- reading -------------------------------------------------------------------
    def nominee(self, nominee_id: str) -> Nominee:
        return self.nominees[self.nominee_pos[nominee_id]]

    def entry(self, nominee_id: str, criterion_id: str) -> Entry:
        return self._scores.get(nominee_id, {}).get(criterion_id, (None, ""))

    def level(self, nominee_id: str, criterion_id: str) -> int | None:
        return self.entry(nominee_id, criterion_id)[0]

    def comment(self, nominee_id: str, criterion_id: str) -> str:
        return self.entry(nominee_id, criterion_id)[1]

    def levels(self, nominee_id: str) -> dict[str, int]:
        return {cid: lv for cid, (lv, _c) in self._scores.get(nominee_id, {}).items()
                if lv is not None}

    def needs_comment(self, level: int | None, comment: str) -> bool:
        return needs_comment(level, comment, self.require_comment_for)

    def criterion_state(self, nominee_id: str, criterion_id: str) -> CriterionState:
        lv, comment = self.entry(nominee_id, criterion_id)
        if lv is None:
            return CriterionState.EMPTY
        if not criterion_done(lv, comment, self.require_comment_for):
            return CriterionState.NEEDS_COMMENT
        return CriterionState.DONE

    def conflict_reason(self, nominee_id: str) -> str | None:
        if nominee_id in self.roster_conflicts:
            return self.roster_conflicts[nominee_id]
        return self._declared.get(nominee_id)

    def is_roster_conflict(self, nominee_id: str) -> bool:
        return nominee_id in self.roster_conflicts

    def is_locked(self, nominee_id: str) -> bool:
        return self.conflict_reason(nominee_id) is not None

    def progress(self, nominee_id: str) -> tuple[int, int]:
        """(criteria complete, total): a level without a required justification is not."""
        return self._summarise(nominee_id)[0], len(self.criteria)

    def status(self, nominee_id: str) -> NomineeStatus:
        return self._summarise(nominee_id)[1]

    def _summarise(self, nominee_id: str) -> tuple[int, NomineeStatus]:
        hit = self._summary.get(nominee_id)
        if hit is not None:
            return hit
        entries = self._scores.get(nominee_id, {})
        done = 0
        touched = False
        for cid in self.criterion_ids:
            lv, comment = entries.get(cid, (None, ""))
            if lv is not None or comment:
                touched = True
            if criterion_done(lv, comment, self.require_comment_for):
                done += 1
        if self.is_locked(nominee_id):
            status = NomineeStatus.RECUSED
        elif done == len(self.criterion_ids) and done > 0:
            status = NomineeStatus.COMPLETE
        elif touched:
            status = NomineeStatus.IN_PROGRESS
        else:
            status = NomineeStatus.NOT_STARTED
        result = (done, status)
        self._summary[nominee_id] = result
        return result

    def totals(self, nominee_id: str) -> tuple[dict[str, float | None], float | None]:
        """(domain subtotals, nominee total) on 0..100, None where nothing is scored."""
        from zerodx_desktop.core.scoring import domain_subtotals, nominee_total

        levels = self.levels(nominee_id)
        return domain_subtotals(self.framework, levels), nominee_total(self.framework, levels)

    def next_unscored(self, after_nominee: str | None, after_criterion: str | None = None
                      ) -> tuple[str, str] | None:
        """The next (nominee, criterion) gap after the given position, wrapping around."""
        n_count, c_count = len(self.nominees), len(self.criterion_ids)
        total = n_count * c_count
        if total == 0:
            return None
        start = -1
        if after_nominee in self.nominee_pos:
            start = self.nominee_pos[after_nominee] * c_count
            start += self.criterion_pos.get(after_criterion or "", -1)
        for k in range(1, total + 1):
            ni, ci = divmod((start + k) % total, c_count)
            nid = self.nominees[ni].id
            if self.is_locked(nid):
                continue
            cid = self.criterion_ids[ci]
            if self.criterion_state(nid, cid) is not CriterionState.DONE:
                return nid, cid
        return None

    # ---- writing (store first, then the cache, then the signal) ----------------------
    def _guard(self, nominee_id: str) -> None:
        if nominee_id not in self.nominee_pos:
            raise UserError(self.tr("this nominee is not assigned to you"),
                            where=nominee_id,
                            hint=self.tr("Score only your assigned nominees; ask the organizer "
                                         "if you should score this one."))
        if self.is_locked(nominee_id):
            raise UserError(self.tr("this nominee is locked by a conflict of interest"),
                            where=self.nominee(nominee_id).name,
                            hint=self.tr("Withdraw your declared conflict to score it."))

    def _saved(self) -> None:
        self.saved.emit(self.tr("Saved {time}").format(time=fmt_time()))

    def _failed(self, exc: BaseException) -> None:
        msg = exc.message if isinstance(exc, UserError) else str(exc)
        self.saveFailed.emit(msg)

    def _touch(self, nominee_id: str) -> None:
        self._summary.pop(nominee_id, None)
        self.changed.emit(nominee_id)

    def write_score(self, nominee_id: str, criterion_id: str, level: int | None) -> None:
        """Commit a level (None clears it). Raises UserError; the cache moves only on success."""
        try:
            self._guard(nominee_id)
            self.store.set_score(self.panel_id, nominee_id, criterion_id, level)
        except UserError as exc:
            self._failed(exc)
            raise
        comment = self.comment(nominee_id, criterion_id)
        self._scores.setdefault(nominee_id, {})[criterion_id] = (level, comment)
        self._touch(nominee_id)
        self._saved()

    def write_comment(self, nominee_id: str, criterion_id: str, comment: str) -> None:
        try:
            self._guard(nominee_id)
            self.store.set_comment(self.panel_id, nominee_id, criterion_id, comment)
        except UserError as exc:
            self._failed(exc)
            raise
        level = self.level(nominee_id, criterion_id)
        self._scores.setdefault(nominee_id, {})[criterion_id] = (level, comment)
        self._touch(nominee_id)
        self._saved()

    def declare_conflict(self, nominee_id: str, reason: str) -> None:
        try:
            self.store.declare_conflict(self.panel_id, nominee_id, reason)
        except UserError as exc:
            self._failed(exc)
            raise
        self._declared[nominee_id] = reason
        self._touch(nominee_id)
        self._saved()

    def withdraw_conflict(self, nominee_id: str) -> None:
        if self.is_roster_conflict(nominee_id):
            raise UserError(self.tr("this conflict comes from the panel roster and cannot be "
                                    "withdrawn"),
                            where=self.nominee(nominee_id).name,
                            hint=self.tr("Ask the organizer if it is wrong."))
        try:
            self.store.withdraw_conflict(self.panel_id, nominee_id)
        except UserError as exc:
            self._failed(exc)
            raise
        self._declared.pop(nominee_id, None)
        self._touch(nominee_id)
        self._saved()
