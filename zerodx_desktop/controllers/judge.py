"""The judge's workflow, without Qt: the home's store for one window, opening a package or
the demo, the backup schedule, scoring edits with their undo records, and the export steps.

The main window, the scoring pane and the export dialog ask this module and show what comes
back: :class:`JudgeHome` owns the store's lifetime (open, release, restore, close) and says
when the home folder vanished or a backup failed (the workspace's score cache is
``controllers.judge_workspace``); :class:`Scorer` decides what a level or a
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
from zerodx_desktop.core.scoring import NomineeStatus

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
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


# -- scoring edits ----------------------------------------------------------------------------
class Session(Protocol):
    """What the scorer needs of the workspace (``controllers.judge_workspace``)."""

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
