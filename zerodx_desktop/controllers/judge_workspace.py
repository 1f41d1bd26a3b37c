"""The judge workspace's state, without Qt: one panel in the store, its framework, and a
score cache.

Every edit goes through :class:`JudgeWorkspace`: the store call commits first, then the cache
is updated and a hook names the nominee that moved. The framework and panel are read once;
switching nominee only re-reads that nominee's scores. ``ui.workspace_session`` adds the Qt
signals and the words in the user's language; ``controllers.judge.Scorer`` decides what an
edit does on top of it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Criterion, Framework, framework_from_dict
from zerodx_desktop.core.scoring import NomineeStatus, criterion_done, needs_comment

if TYPE_CHECKING:
    from zerodx_desktop.core.panel import Nominee, Panel
    from zerodx_desktop.services.panels import Store


class CriterionState(StrEnum):
    EMPTY = "empty"
    NEEDS_COMMENT = "needs comment"
    DONE = "done"


Entry = tuple[int | None, str]


class Refusal(StrEnum):
    """Why an edit is refused before the store is asked."""

    NOT_ASSIGNED = "not_assigned"  # the nominee is not assigned to this judge
    LOCKED = "locked"  # a conflict of interest locks the nominee
    ROSTER_CONFLICT = "roster_conflict"  # the organizer's conflict cannot be withdrawn


class JudgeWorkspace:
    """Scores and conflicts of the current judge on one panel, written through the store.

    Every edit goes through here: the store call commits first, then the cache is updated
    and :meth:`_on_changed` names the nominee that moved. The framework and panel are read
    once; switching nominee only re-reads that nominee's scores. A view subclasses it to say
    things: :meth:`_refusal` and :meth:`_roster_reason` give the words, the ``_on_*`` hooks
    are told what happened.
    """

    def __init__(self, store: Store, panel_id: str, *, fingerprint: str | None = None) -> None:
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
                    self.roster_conflicts[c.nominee_id] = c.reason or self._roster_reason()
        self._declared: dict[str, str] = {}
        self._scores: dict[str, dict[str, Entry]] = {}
        self._summary: dict[str, tuple[int, NomineeStatus]] = {}
        self.reload_all()

    # ---- words and hooks (a view overrides them) ----------------------------------------
    def _roster_reason(self) -> str:
        """The reason shown for an organizer's conflict that gives none."""
        return "listed by the organizer"

    def _refusal(self, code: Refusal, where: str) -> UserError:
        """The error an edit refused for ``code`` raises."""
        words = {
            Refusal.NOT_ASSIGNED: ("this nominee is not assigned to you",
                                   "Score only your assigned nominees; ask the organizer "
                                   "if you should score this one."),
            Refusal.LOCKED: ("this nominee is locked by a conflict of interest",
                             "Withdraw your declared conflict to score it."),
            Refusal.ROSTER_CONFLICT: ("this conflict comes from the panel roster and cannot "
                                      "be withdrawn", "Ask the organizer if it is wrong."),
        }
        what, hint = words[code]
        return UserError(what, where=where, hint=hint)

    def _on_changed(self, nominee_id: str) -> None:
        """A nominee's scores or conflict changed (the store has it)."""

    def _on_saved(self) -> None:
        """An edit was committed."""

    def _on_failed(self, exc: UserError) -> None:
        """The store refused an edit (``exc`` is raised after this)."""

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

    # ---- writing (store first, then the cache, then the hooks) -----------------------
    def _guard(self, nominee_id: str) -> None:
        if nominee_id not in self.nominee_pos:
            raise self._refusal(Refusal.NOT_ASSIGNED, nominee_id)
        if self.is_locked(nominee_id):
            raise self._refusal(Refusal.LOCKED, self.nominee(nominee_id).name)

    def _commit(self, nominee_id: str, write: Callable[[], object], *,
                guard: bool = True) -> None:
        """Run the store call ``write`` (after the guard); on a refusal tell the hook and
        raise, the cache untouched."""
        try:
            if guard:
                self._guard(nominee_id)
            write()
        except UserError as exc:
            self._on_failed(exc)
            raise

    def _touch(self, nominee_id: str) -> None:
        self._summary.pop(nominee_id, None)
        self._on_changed(nominee_id)
        self._on_saved()

    def write_score(self, nominee_id: str, criterion_id: str, level: int | None) -> None:
        """Commit a level (None clears it). Raises UserError; the cache moves only on success."""
        self._commit(nominee_id, lambda: self.store.set_score(
            self.panel_id, nominee_id, criterion_id, level))
        comment = self.comment(nominee_id, criterion_id)
        self._scores.setdefault(nominee_id, {})[criterion_id] = (level, comment)
        self._touch(nominee_id)

    def write_comment(self, nominee_id: str, criterion_id: str, comment: str) -> None:
        self._commit(nominee_id, lambda: self.store.set_comment(
            self.panel_id, nominee_id, criterion_id, comment))
        level = self.level(nominee_id, criterion_id)
        self._scores.setdefault(nominee_id, {})[criterion_id] = (level, comment)
        self._touch(nominee_id)

    def declare_conflict(self, nominee_id: str, reason: str) -> None:
        self._commit(nominee_id, lambda: self.store.declare_conflict(
            self.panel_id, nominee_id, reason), guard=False)
        self._declared[nominee_id] = reason
        self._touch(nominee_id)

    def withdraw_conflict(self, nominee_id: str) -> None:
        if self.is_roster_conflict(nominee_id):
            raise self._refusal(Refusal.ROSTER_CONFLICT, self.nominee(nominee_id).name)
        self._commit(nominee_id, lambda: self.store.withdraw_conflict(
            self.panel_id, nominee_id), guard=False)
        self._declared.pop(nominee_id, None)
        self._touch(nominee_id)
