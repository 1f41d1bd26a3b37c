"""The judge's workflow, without Qt: the home's store for one window, opening a package or
the demo, the backup schedule, the workspace's score cache, scoring edits with their undo
records, and the export steps.

The main window, the scoring pane and the export dialog ask this module and show what comes
back: :class:`JudgeHome` owns the store's lifetime (open, release, restore, close) and says
when the home folder vanished or a backup failed; :class:`JudgeWorkspace` holds one panel's
scores and conflicts and writes every edit through the store (``ui.workspace_session`` adds
the signals and the words); :class:`Scorer` decides what a level or a
comment edit does (nothing, refused, saved with the :class:`Edit` to undo, not saved) so the
view only pushes the edit on its undo stack; :func:`check_export` and :func:`export_sheet`
are the export's two steps. Long work (:func:`open_package`, :func:`prepare_demo`,
:func:`export_sheet`, :func:`print_scorecard`, :func:`audit_breaks`) is plain functions a
view runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.filenames import portable_stem
from zerodx_desktop.core.framework import Criterion, Framework, framework_from_dict
from zerodx_desktop.core.scoring import NomineeStatus, criterion_done, needs_comment

if TYPE_CHECKING:
    from zerodx_desktop.core.panel import Nominee, Panel
    from zerodx_desktop.services.export import ExportDone
    from zerodx_desktop.services.identity import PublicIdentity
    from zerodx_desktop.services.panels import Store

BACKUP_INTERVAL_S = 600  # a periodic backup besides the one before each migration
Progress = Callable[[int, int, str], None]


# -- the home's store -------------------------------------------------------------------------
class HomeCheck(StrEnum):
    FINE = "fine"
    GONE = "gone"  # the store file vanished just now: say it, once
    STILL_GONE = "still_gone"  # already said


class JudgeHome:
    """The home's store for one window: opened at start, let go of for a restore, closed
    with the window. Nothing here blocks for long: the store opens in milliseconds."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.store: Store | None = None
        self.closed = False
        self.gone = False  # the store file vanished while the window was open

    def open(self) -> Store:
        """Open (or create) the home's store; raises ``UserError`` when it cannot be."""
        from zerodx_desktop.services.home import open_home_store

        self.store = open_home_store(self.home)
        self.gone = False
        return self.store

    def release(self) -> None:
        """Let go of the store (for a restore); the window stays."""
        if self.store is not None:
            self.store.close()
            self.store = None

    def close(self) -> None:
        """The window is closing: the store is closed and nothing more is done."""
        self.closed = True
        self.release()

    @property
    def usable(self) -> bool:
        return self.store is not None and not self.closed

    def current_panel_id(self) -> str | None:
        """The panel to show at start (None: the welcome page)."""
        return self.store.current_panel_id() if self.store is not None else None

    def demo_goes_here(self) -> bool:
        """The demo panel is built in this home only when it has no panel yet (the judge's
        own key is kept); otherwise it goes in a throw-away home."""
        return self.current_panel_id() is None

    def fingerprint(self) -> tuple[str | None, str | None]:
        """(the home identity's fingerprint, the one the workspace scores as): the home's
        own key, or the judge the store last scored as when the home has no identity."""
        from zerodx_desktop.services.panels import home_fingerprint

        own = home_fingerprint(self.home)
        stored = self.store.judge_fingerprint() if self.store is not None else None
        return own, own or stored

    def check(self) -> HomeCheck:
        """Whether the store file is still where it was opened (an unplugged disk, a deleted
        folder): ``GONE`` the first time it is not, then ``STILL_GONE``."""
        if self.gone:
            return HomeCheck.STILL_GONE
        if self.store is None or self.closed or self.store.still_there():
            return HomeCheck.FINE
        self.gone = True
        return HomeCheck.GONE

    def backup(self, interval_s: float = BACKUP_INTERVAL_S) -> str | None:
        """A backup if the last is older than ``interval_s``; what went wrong (a full disk
        must not interrupt scoring: the view says it and goes on), or None."""
        if not self.usable:
            return None
        assert self.store is not None
        try:
            self.store.backup_if_due(interval_s)
        except UserError as exc:
            return exc.what
        return None

    def restore(self, backup: str) -> Any:  # services.recovery's RestoreDone
        """Put ``backup`` back: the store is let go of first (the caller drops what uses
        it), the current store is kept beside the backup. The store is not reopened here:
        :meth:`open` does it, restored or not."""
        from zerodx_desktop.services.recovery import restore_backup

        self.release()
        return restore_backup(self.home, backup)


def open_package(home: Path, path: Path, progress: Progress | None = None) -> str:
    """Verify and import a panel package into the home; its panel id (slow: run it off the
    UI thread)."""
    from zerodx_desktop.services.panels import open_panel_package

    return open_panel_package(Path(home), Path(path), progress=progress)


def prepare_demo(home: Path) -> str:
    """Build the demo panel in ``home`` and open it; its panel id."""
    from zerodx_desktop.services.demo import prepare_demo_home

    return prepare_demo_home(Path(home))


def audit_breaks(home: Path) -> list[str]:
    """Where the edit history (audit chain) was changed outside the app (empty: intact)."""
    from zerodx_desktop.services.recovery import audit_breaks as breaks

    return breaks(Path(home))


def restored_description(done: Any) -> tuple[str, str]:
    """(the backup's file name, what it holds) for the status bar."""
    from zerodx_desktop.services.recovery import describe

    return done.restored.path.name, describe(done.restored)


def print_scorecard(home: Path, out: Path) -> Path:
    """The judge's scores and comments as a PDF at ``out`` (.pdf added when missing)."""
    from zerodx_desktop.services.export import print_scorecard as write

    out = Path(out)
    return write(Path(home), out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf"))


# -- the workspace: one panel's scores, cached ------------------------------------------------
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


# -- scoring edits ----------------------------------------------------------------------------
class Session(Protocol):
    """What the scorer needs of the workspace (:class:`JudgeWorkspace`)."""

    def is_locked(self, nominee_id: str) -> bool: ...
    def level(self, nominee_id: str, criterion_id: str) -> int | None: ...
    def comment(self, nominee_id: str, criterion_id: str) -> str: ...
    def write_score(self, nominee_id: str, criterion_id: str, level: int | None) -> None: ...
    def write_comment(self, nominee_id: str, criterion_id: str, comment: str) -> None: ...


class Step(StrEnum):
    """What an edit did."""

    NOTHING = "nothing"  # no criterion, or a level outside the scale: ignored
    LOCKED = "locked"  # the nominee is recused: nothing changed (say so)
    UNCHANGED = "unchanged"  # already stored: saved, nothing to undo
    SAVED = "saved"  # stored; ``edit`` is what undo puts back
    NOT_SAVED = "not_saved"  # the store refused (the session said why): kept on screen


@dataclass(frozen=True)
class Edit:
    """One undoable change: (nominee, criterion) from ``old`` to ``new``."""

    nominee_id: str
    criterion_id: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Outcome:
    step: Step
    edit: Edit | None = None

    @property
    def saved(self) -> bool:
        return self.step in (Step.SAVED, Step.UNCHANGED)


@dataclass
class Scorer:
    """Scoring operations on one session: a level chosen or cleared, a comment committed.
    A level the store refused is kept (``unsaved``) so the pane can keep showing it."""

    session: Session
    contains: Callable[[int], bool]  # the framework scale's check
    unsaved: dict[tuple[str, str], int | None] = field(default_factory=dict)

    def score(self, nominee_id: str | None, criterion_id: str | None,
              level: int | None) -> Outcome:
        if nominee_id is None or criterion_id is None:
            return Outcome(Step.NOTHING)
        if level is not None and not self.contains(level):
            return Outcome(Step.NOTHING)
        if self.session.is_locked(nominee_id):
            return Outcome(Step.LOCKED)
        key = (nominee_id, criterion_id)
        old = self.session.level(nominee_id, criterion_id)
        if old == level and key not in self.unsaved:
            return Outcome(Step.UNCHANGED)
        try:
            self.session.write_score(nominee_id, criterion_id, level)
        except UserError:
            self.unsaved[key] = level
            return Outcome(Step.NOT_SAVED)
        self.unsaved.pop(key, None)
        if old == level:
            return Outcome(Step.UNCHANGED)
        return Outcome(Step.SAVED, Edit(nominee_id, criterion_id, old, level))

    def shown_level(self, nominee_id: str | None, criterion_id: str | None) -> int | None:
        """The level the pane shows: none while recused, an unsaved choice over the stored."""
        if nominee_id is None or criterion_id is None or self.session.is_locked(nominee_id):
            return None
        key = (nominee_id, criterion_id)
        if key in self.unsaved:
            return self.unsaved[key]
        return self.session.level(nominee_id, criterion_id)

    def is_unsaved(self, nominee_id: str | None, criterion_id: str | None) -> bool:
        return (nominee_id or "", criterion_id or "") in self.unsaved

    def comment(self, nominee_id: str, criterion_id: str, text: str) -> Outcome:
        """Commit the comment box's text; nothing to do when it is stored already or the
        nominee is recused (its comments are kept underneath, not edited)."""
        old = self.session.comment(nominee_id, criterion_id)
        if text == old:
            return Outcome(Step.UNCHANGED)
        if self.session.is_locked(nominee_id):
            return Outcome(Step.LOCKED)
        try:
            self.session.write_comment(nominee_id, criterion_id, text)
        except UserError:
            return Outcome(Step.NOT_SAVED)  # the text stays in the box; the status bar says why
        return Outcome(Step.SAVED, Edit(nominee_id, criterion_id, old, text))


def domain_progress(framework: Framework, done: Callable[[str], bool]
                    ) -> dict[str, tuple[int, int]]:
    """Per domain: (criteria complete, criteria), ``done`` saying which criterion is."""
    return {d.id: (sum(1 for m in d.dimensions for c in m.criteria if done(c.id)),
                   sum(len(m.criteria) for m in d.dimensions))
            for d in framework.domains}


# -- the export -------------------------------------------------------------------------------
class ExportBlock(StrEnum):
    NO_IDENTITY = "no_identity"  # no key to sign with
    NOT_ON_ROSTER = "not_on_roster"  # the chair would reject the sheet (args: fingerprint)
    STORE = "store"  # the panel or store cannot be read (``message``)


class ExportStep(StrEnum):
    UNLOCKING = "unlocking"
    WRITING = "writing"


def sheet_file_name(panel_id: str, judge_name: str, sequence: int) -> str:
    """``<panel>-<judge>-seq<N>.xlsx``, valid on Windows, macOS and Linux."""
    return (f"{portable_stem(panel_id, 'judge')}-{portable_stem(judge_name, 'judge')}"
            f"-seq{sequence}.xlsx")


def completeness(status: dict[str, Any]) -> dict[str, int]:
    """Counts for the warning, from a ``panel_status`` document (recused nominees excluded)."""
    active = [n for n in status["nominees"] if n["status"] != NomineeStatus.RECUSED]
    return {
        "unscored": sum(n["total"] - n["scored"] for n in active),
        "unscored_nominees": sum(1 for n in active if n["scored"] < n["total"]),
        "missing_comments": sum(n["missing_comments"] for n in active),
        "comment_nominees": sum(1 for n in active if n["missing_comments"]),
        "recused": sum(1 for n in status["nominees"] if n["status"] == NomineeStatus.RECUSED),
    }


@dataclass
class ExportCheck:
    """The export's first step: what will be signed, by whom, and what stops it."""

    status: dict[str, Any] | None = None  # the ``panel_status`` document
    public: PublicIdentity | None = None
    sequence: int = 1
    block: ExportBlock | None = None
    message: str = ""  # the store's own words, for ``ExportBlock.STORE``
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def incomplete(self) -> bool:
        return bool(self.counts.get("unscored") or self.counts.get("missing_comments"))

    def file_name(self) -> str:
        panel_id = self.status["panel"]["id"] if self.status else "panel"
        return sheet_file_name(panel_id, self.public.name if self.public else "judge",
                               self.sequence)


def check_export(home: Path) -> ExportCheck:
    """Read the panel's progress, the identity and the next export number."""
    from zerodx_desktop.services.identity import has_identity, load_public_identity
    from zerodx_desktop.services.panels import (
        current_panel_id,
        open_store,
        panel_status,
        roster_problem,
    )

    out = ExportCheck()
    try:
        out.status = panel_status(home)
        out.public = load_public_identity(home) if has_identity(home) else None
        with open_store(home) as store:
            panel_id = current_panel_id(store)
            out.sequence = store.next_export_sequence(panel_id)
            panel = store.panel(panel_id)
        if out.public is None:
            out.block = ExportBlock.NO_IDENTITY
        elif roster_problem(panel, out.public.fingerprint) is not None:
            out.block = ExportBlock.NOT_ON_ROSTER
    except UserError as exc:
        out.status = None
        out.block, out.message = ExportBlock.STORE, exc.message
    out.counts = completeness(out.status) if out.status else {}
    return out


def export_sheet(home: Path, passphrase: str, out: Path, *, include_history: bool,
                 accept_audit_break: bool,
                 step: Callable[[ExportStep], None] | None = None) -> ExportDone:
    """Unlock the key, then write and sign the sheet (slow: run it off the UI thread)."""
    from zerodx_desktop.services.export import export_sheet as write
    from zerodx_desktop.services.identity import unlock

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    if step:
        step(ExportStep.UNLOCKING)
    identity = unlock(Path(home), passphrase)
    if step:
        step(ExportStep.WRITING)
    return write(Path(home), identity, out, include_history=include_history,
                 accept_audit_break=accept_audit_break)


class Counted(Protocol):
    nominees: list[Any]

    def progress(self, nominee_id: str) -> tuple[int, int]: ...
    def is_locked(self, nominee_id: str) -> bool: ...


def criteria_done(session: Counted) -> int:
    """The nominee list's count of done criteria (recused nominees left out), said after an
    export beside the sheet's total."""
    return sum(session.progress(n.id)[0] for n in session.nominees if not session.is_locked(n.id))
