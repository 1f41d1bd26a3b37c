"""Use-cases on panels: build a signed package, open one into a home, report progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS, Conflict, Panel

if TYPE_CHECKING:
    from collections.abc import Iterator

    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.formats.package import PanelPackage
    from zerodx_desktop.formats.signing import Identity, PublicIdentity

    # re-exported for typing: the UI names the store type through services
    from zerodx_desktop.store.store import Store as Store

Progress = Callable[[int, int, str], None]


@contextmanager
def open_store(home: Path) -> Iterator[Store]:
    from zerodx_desktop.store.store import Store

    store = Store.open_home(home)
    try:
        before = store.changes
        yield store
        if store.changes != before:  # periodic backup after edits, at most one per interval
            store.backup_if_due()
    finally:
        store.close()


def current_panel_id(store: Store) -> str:
    panel_id = store.current_panel_id()
    if not panel_id:
        raise UserError("no panel is open in this home",
                        hint="Open the panel package first: zerodx panel open FILE.zdxpanel")
    return panel_id


def open_panel_package(home: Path, package_path: Path,
                       progress: Progress | None = None, *,
                       organizer: str | None = None) -> str:
    """``open_package``, returning the panel id."""
    return open_package(home, package_path, progress, organizer=organizer).panel.id


def open_package(home: Path, package_path: Path, progress: Progress | None = None, *,
                 organizer: str | None = None) -> PanelPackage:
    """Verify ``package_path`` (signature against the pinned or stated ``organizer`` key,
    attachments) and import it into the home's store; returns the package."""
    from zerodx_desktop.formats.signing import has_identity, load_public_identity
    from zerodx_desktop.services.trust import load_package

    if progress:
        progress(0, 2, "Verifying the panel package…")
    pkg = load_package(home, Path(package_path), organizer=organizer)
    if progress:
        progress(1, 2, "Importing nominees and dossiers…")
    with open_store(home) as store:
        if has_identity(home):
            store.set_judge(load_public_identity(home).fingerprint)
        store.import_panel(pkg.panel, pkg.blobs())
    if progress:
        progress(2, 2, "Done")
    return pkg


class RosterProblem(StrEnum):
    """Why a sheet exported from this home would be rejected (``unknown_judge``)."""

    NO_IDENTITY = "no identity"
    NOT_ON_ROSTER = "not on roster"


def roster_problem(panel: Panel, fingerprint: str | None) -> RosterProblem | None:
    """The one roster check (CLI, export, the workspace, the export dialog): None when the
    key ``fingerprint`` is on the panel's roster."""
    if not fingerprint:
        return RosterProblem.NO_IDENTITY
    if panel.judge_by_fingerprint(fingerprint) is None:
        return RosterProblem.NOT_ON_ROSTER
    return None


def home_fingerprint(home: Path | None) -> str | None:
    """The home's identity fingerprint, or None when it has none (or it cannot be read)."""
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    if home is None:
        return None
    try:
        return load_public_identity(home).fingerprint if has_identity(home) else None
    except UserError:
        return None


def roster_warning(home: Path, panel: Panel) -> str | None:
    """A sentence for a judge whose key is not on the panel's roster (their sheet would be
    rejected as unknown_judge), or None."""
    fp = home_fingerprint(home)
    problem = roster_problem(panel, fp)
    if problem is RosterProblem.NO_IDENTITY:
        return ("This home has no judge identity yet: create one (zerodx identity new) and "
                "send your judge card to the organizer before you export.")
    if problem is RosterProblem.NOT_ON_ROSTER:
        return (f"Your key ({fp}) is not on this panel's roster: a sheet you "
                "export will be rejected as unknown_judge. Send your judge card to the "
                "organizer and ask for an updated package.")
    return None


def default_panel_id(title: str, organizer_fingerprint: str) -> str:
    """Stable for the same organizer and title, so round 2 of a panel keeps its id."""
    import hashlib
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-") or "panel"
    digest = hashlib.sha256(f"{organizer_fingerprint}\n{title}".encode()).hexdigest()[:8]
    return f"{slug}-{digest}"


def parse_conflicts(specs: Sequence[str]) -> list[Conflict]:
    """Parse ``FINGERPRINT:NOMINEE_ID`` (fingerprints contain one ``:`` themselves)."""
    out = []
    for spec in specs:
        fp, sep, nominee = spec.rpartition(":")
        if not sep or not fp.startswith("SHA256:") or not nominee:
            raise UserError(f"'{spec}' is not FINGERPRINT:NOMINEE_ID", where="--conflict",
                            hint="Example: --conflict SHA256:abc…xyz:n-003")
        out.append(Conflict(fingerprint=fp, nominee_id=nominee, reason="declared by organizer"))
    return out


def build_panel(*, organizer: Identity, title: str, framework_path: Path, nominees_dir: Path,
                judge_cards: Sequence[Path], conflicts: Sequence[str] = (), method: str = "mean",
                round_: int = 1, out: Path, panel_id: str | None = None,
                chair_cards: Sequence[Path] = (), home: Path | None = None,
                judges_per_nominee: int | None = None, seed: int = 0,
                assign_csv: Path | None = None, nominations_dir: Path | None = None,
                lifted: dict[str, str] | None = None) -> PanelPackage:
    """``panel build``: the package from files (framework, judge and chair cards; an
    assignment CSV, a folder of nominations)."""
    from zerodx_desktop.formats.framework_file import read_framework_file
    from zerodx_desktop.formats.signing import read_judge_card

    if method not in METHODS:
        raise UserError(f"unknown method '{method}'", where="--method",
                        hint="Choose one of: " + ", ".join(METHODS))
    if round_ < 1:
        raise UserError("the round must be 1 or more", where="--round")
    framework = read_framework_file(Path(framework_path))
    judges = [read_judge_card(Path(p)) for p in judge_cards]
    if not judges:
        raise UserError("a panel needs at least one judge card", where="--judge")
    chairs = [read_judge_card(Path(p)) for p in chair_cards]
    from zerodx_desktop.services.programme import read_assign_csv, read_nominations

    assignment = read_assign_csv(Path(assign_csv), judges) if assign_csv else None
    nominated = read_nominations(Path(nominations_dir), lifted) if nominations_dir else []
    return build_panel_from(organizer=organizer, title=title, framework=framework,
                            nominees_dir=Path(nominees_dir), judges=judges,
                            conflicts=parse_conflicts(conflicts), method=method, round_=round_,
                            out=Path(out), panel_id=panel_id, chairs=chairs, home=home,
                            judges_per_nominee=judges_per_nominee, seed=seed,
                            assignment=assignment, nominated=nominated)


def build_panel_from(*, organizer: Identity, title: str, framework: Framework,
                     nominees_dir: Path, judges: Sequence[PublicIdentity],
                     conflicts: Sequence[Conflict] = (), method: str = "mean", round_: int = 1,
                     out: Path, panel_id: str | None = None,
                     chairs: Sequence[PublicIdentity] = (),
                     home: Path | None = None, judges_per_nominee: int | None = None,
                     seed: int = 0, assignment: dict[str, list[str]] | None = None,
                     nominated: Sequence[Any] = ()) -> PanelPackage:
    """Build and sign a panel package (the CLI and the organizer view both come here).

    The panel id is stable (``default_panel_id``), so a later round of the same title by the
    same organizer is the same panel to every judge. With ``home``, the organizer's own home
    pins the package it signed (a result signed by a chair it named then checks there).
    """
    from zerodx_desktop.formats.package_build import build_panel_package

    pkg = build_panel_package(title=title, framework=framework, nominees_dir=Path(nominees_dir),
                              judges=list(judges), conflicts=list(conflicts), method=method,
                              round=round_, organizer=organizer, out=Path(out),
                              panel_id=panel_id or default_panel_id(" ".join(title.split()),
                                                                    organizer.fingerprint),
                              chairs=list(chairs), judges_per_nominee=judges_per_nominee,
                              seed=seed, assignment=assignment, nominated=list(nominated))
    if home is not None:
        from zerodx_desktop.services.trust import remember

        remember(home, pkg.panel, pkg.signer)
    return pkg


def read_judge_card(path: Path) -> PublicIdentity:
    """A judge's (or chair's) public card."""
    from zerodx_desktop.formats.signing import read_judge_card as read

    return read(Path(path))


def recusals(store: Store, panel: Panel, fingerprint: str | None = None) -> dict[str, str]:
    """Nominees this judge does not score: declared conflicts and the roster's for them
    (the judge is ``fingerprint``, else the one recorded in the store)."""
    out = dict(store.conflicts(panel.id))
    me = fingerprint or store.judge_fingerprint()
    for c in panel.conflicts:
        if me and c.fingerprint == me:
            out.setdefault(c.nominee_id, c.reason or "listed by the organizer")
    return out


def panel_status(home: Path) -> dict[str, Any]:
    """Progress per nominee for the current panel (the `panel status --json` document)."""
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.core.scoring import NomineeStatus, needs_comment

    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        progress = store.progress(panel_id)
        declared = recusals(store, panel)
        scores = store.scores(panel_id)
        mine = set(panel.assigned_to(store.judge_fingerprint()))
    framework = framework_from_dict(panel.framework)
    need_comment = framework.require_comment_for
    nominees = []
    totals = [0, 0, 0]
    for n in panel.nominees:
        scored, total = progress.get(n.id, (0, len(framework.criteria())))
        # "done" is core.scoring.criterion_done: the count the workspace's list shows
        missing_comments = sum(
            1 for c in framework.criteria()
            if needs_comment(*scores.get((n.id, c.id), (None, "")), need_comment))
        done = scored - missing_comments
        if n.id not in mine:
            status = NomineeStatus.NOT_ASSIGNED  # missing by design: not counted, not incomplete
        elif n.id in declared:
            status = NomineeStatus.RECUSED
        elif scored == 0:
            status = NomineeStatus.NOT_STARTED
        elif done < total:
            status = NomineeStatus.IN_PROGRESS
        else:
            status = NomineeStatus.COMPLETE
        if status not in (NomineeStatus.RECUSED, NomineeStatus.NOT_ASSIGNED):
            totals[0] += scored
            totals[1] += total
            totals[2] += done
        nominees.append({"id": n.id, "name": n.name, "scored": scored, "done": done,
                         "total": total, "missing_comments": missing_comments,
                         "status": str(status), "conflict": declared.get(n.id)})
    return {"panel": {"id": panel.id, "title": panel.title, "round": panel.round,
                      "framework": {"id": framework.id, "version": framework.version,
                                    "hash": framework.hash}},
            "nominees": nominees, "scored": totals[0], "done": totals[2], "total": totals[1],
            "complete": sum(1 for n in nominees if n["status"] == NomineeStatus.COMPLETE),
            "recused": sum(1 for n in nominees if n["status"] == NomineeStatus.RECUSED),
            "assigned": None if panel.assignments is None else len(mine)}


def read_nominee_folder(folder: Path) -> tuple[Any, dict[str, bytes]]:
    """One nominee folder as ``panel build`` reads it: (nominee, attachment bytes by sha)."""
    from zerodx_desktop.formats.nominee_dir import read_nominee_folder as read

    return read(Path(folder))
