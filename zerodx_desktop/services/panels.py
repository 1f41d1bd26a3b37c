"""Use-cases on panels: build a signed package, open one into a home, report progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS, Conflict, Panel

if TYPE_CHECKING:
    from collections.abc import Iterator

    from zerodx_desktop.formats.package import PanelPackage
    from zerodx_desktop.formats.signing import Identity
    from zerodx_desktop.store.store import Store

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
                       progress: Progress | None = None) -> str:
    """Verify ``package_path`` (signature, attachments) and import it into the home's store."""
    from zerodx_desktop.formats.package import read_panel_package
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    if progress:
        progress(0, 2, "Verifying the panel package…")
    pkg = read_panel_package(Path(package_path))
    if progress:
        progress(1, 2, "Importing nominees and dossiers…")
    with open_store(home) as store:
        _check_same_organizer(store, pkg)
        if has_identity(home):
            store.set_judge(load_public_identity(home).fingerprint)
        panel_id = store.import_panel(pkg.panel, pkg.blobs())
    if progress:
        progress(2, 2, "Done")
    return panel_id


def _check_same_organizer(store: Store, pkg: PanelPackage) -> None:
    """A package for a panel already in this home must come from the same organizer's key.

    Otherwise anyone could send a "new round" that silently replaces the roster and conflicts.
    """
    from zerodx_desktop.core.errors import PackageError

    if pkg.panel.id not in {pid for pid, _title, _round in store.panels()}:
        return
    before = store.panel(pkg.panel.id).organizer
    now = pkg.signer
    if before is not None and (now is None or now.fingerprint != before.fingerprint):
        raise PackageError(
            f"panel {pkg.panel.id} was signed by {before.name} ({before.fingerprint}) when you "
            f"opened it; this package is signed by "
            f"{now.name + ' (' + now.fingerprint + ')' if now else 'nobody'}",
            where=str(pkg.path or pkg.panel.id),
            hint="Only the panel's organizer can send a new version of it. Ask them which "
                 "package is genuine; nothing was changed.")


def roster_warning(home: Path, panel: Panel) -> str | None:
    """A sentence for a judge whose key is not on the panel's roster (their sheet would be
    rejected as unknown_judge), or None."""
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    if not has_identity(home):
        return ("This home has no judge identity yet: create one (zerodx identity new) and "
                "send your judge card to the organizer before you export.")
    me = load_public_identity(home)
    if panel.judge_by_fingerprint(me.fingerprint) is None:
        return (f"Your key ({me.fingerprint}) is not on this panel's roster: a sheet you "
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
                round_: int = 1, out: Path, panel_id: str | None = None) -> PanelPackage:
    from zerodx_desktop.formats.framework_file import read_framework_file
    from zerodx_desktop.formats.package import build_panel_package
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
    return build_panel_package(title=title, framework=framework, nominees_dir=Path(nominees_dir),
                               judges=judges, conflicts=parse_conflicts(conflicts),
                               method=method, round=round_, organizer=organizer, out=Path(out),
                               panel_id=panel_id or default_panel_id(title,
                                                                     organizer.fingerprint))


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
    from zerodx_desktop.core.scoring import needs_comment

    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        progress = store.progress(panel_id)
        declared = recusals(store, panel)
        scores = store.scores(panel_id)
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
        if n.id in declared:
            status = "recused"
        elif scored == 0:
            status = "not_started"
        elif done < total:
            status = "in_progress"
        else:
            status = "complete"
        if status != "recused":
            totals[0] += scored
            totals[1] += total
            totals[2] += done
        nominees.append({"id": n.id, "name": n.name, "scored": scored, "done": done,
                         "total": total, "missing_comments": missing_comments,
                         "status": status, "conflict": declared.get(n.id)})
    return {"panel": {"id": panel.id, "title": panel.title, "round": panel.round,
                      "framework": {"id": framework.id, "version": framework.version,
                                    "hash": framework.hash}},
            "nominees": nominees, "scored": totals[0], "done": totals[2], "total": totals[1],
            "complete": sum(1 for n in nominees if n["status"] == "complete"),
            "recused": sum(1 for n in nominees if n["status"] == "recused")}
