"""Use-cases of an awards programme: assignments from a CSV, `panel show`, nominations, the
next (shortlist) round from a signed result, and the rankings per category.

The CLI and the app both come here (the import contracts keep formats and the store behind
services).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import Nomination, Nominee, Panel
from zerodx_desktop.core.programme import (
    AssignmentImpossible,
    Category,
    CategoryRanking,
    category_rankings,
    shortlist,
)

if TYPE_CHECKING:
    from zerodx_desktop.core.result import RankingRow
    from zerodx_desktop.formats.package import PanelPackage
    from zerodx_desktop.formats.signing import Identity

__all__ = ["AssignmentImpossible", "Category", "CategoryRanking", "DesignMatrix", "NextRound",
           "build_next_round", "design_matrix", "nominate", "panel_categories", "panel_show",
           "propose_assignment", "rankings_by_category", "read_assign_csv",
           "read_nominations"]

ASSIGN_HEADER = ["nominee_id", "judge"]
MAX_ASSIGN_CSV = 10 * 1024 * 1024


def read_assign_csv(path: Path, judges: Sequence[Any]) -> dict[str, list[str]]:
    """``--assign FILE.csv``: a header ``nominee_id,judge`` and a row per assignment; the judge
    is named by fingerprint or e-mail (as on the judge card). Unknown judges are refused here,
    naming the line; unknown nominees by the package builder."""
    from zerodx_desktop.services.files import require_file

    require_file(path, "assignment CSV", expect="csv")
    where = str(path)
    data = Path(path).read_bytes()[:MAX_ASSIGN_CSV + 1]
    if len(data) > MAX_ASSIGN_CSV:
        raise UserError("the assignment CSV is too large (over 10 MB)", where=where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError("the file is not UTF-8 text", where=where,
                        hint='Save it again as "CSV UTF-8".') from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or [h.strip().lower() for h in header] != ASSIGN_HEADER:
        raise UserError("the header row must be: " + ",".join(ASSIGN_HEADER),
                        where=f"{where}:1",
                        hint="One row per nominee and judge; the judge by fingerprint or "
                             "e-mail.")
    by_key: dict[str, str] = {}
    for j in judges:
        by_key[j.fingerprint] = j.fingerprint
        by_key[j.email.strip().lower()] = j.fingerprint
    out: dict[str, list[str]] = {}
    for record in reader:
        line = reader.line_num
        if not any(c.strip() for c in record):
            continue
        if len(record) != 2:
            raise UserError(f"expected 2 columns, found {len(record)}", where=f"{where}:{line}")
        nominee, judge = record[0].strip(), record[1].strip()
        fp = by_key.get(judge) or by_key.get(judge.lower())
        if fp is None:
            raise UserError(f"the judge '{judge}' is not on the roster",
                            where=f"{where}:{line}",
                            hint="Name judges by the fingerprint or e-mail of a judge card "
                                 "given with --judge.")
        if fp in out.get(nominee, []):
            raise UserError(f"{judge} is assigned to {nominee} twice", where=f"{where}:{line}")
        out.setdefault(nominee, []).append(fp)
    return out


def panel_show(home: Path, package: Path, *, organizer: str | None = None) -> dict[str, Any]:
    """The ``panel show --json`` document (docs/contract.md): what a package holds."""
    from zerodx_desktop.formats.package import read_panel_package

    # show checks the signature but pins nothing: the organizer checks their own package
    del home, organizer
    pkg = read_panel_package(Path(package))
    return show_doc(pkg.panel)


def show_doc(p: Panel) -> dict[str, Any]:
    return {
        "id": p.id, "title": p.title, "round": p.round,
        "organizer": None if p.organizer is None else {
            "name": p.organizer.name, "email": p.organizer.email,
            "fingerprint": p.organizer.fingerprint},
        "chairs": [{"name": c.name, "email": c.email, "fingerprint": c.fingerprint}
                   for c in p.chairs],
        "judges": [{"name": j.name, "email": j.email, "fingerprint": j.fingerprint}
                   for j in p.judges],
        "nominees": [{"id": n.id, "name": n.name, "category": n.category}
                     for n in p.nominees],
        "categories": [{"id": c.id, "title": c.title} for c in p.categories],
        "conflicts": [{"fingerprint": c.fingerprint, "nominee_id": c.nominee_id,
                       "reason": c.reason} for c in p.conflicts],
        "assignments": p.assignment_map(),
        "nominations": [{"nominee_id": m.nominee_id, "fingerprint": m.fingerprint,
                         "relationship": m.relationship,
                         "conflict_lifted": m.conflict_lifted or None}
                        for m in p.nominations],
    }


def nominate(home: Path, nominee_dir: Path, relationship: str, out: Path,
             identity: Identity) -> Nominee:
    """Sign a nomination of the nominee in ``nominee_dir`` by this home's judge."""
    from zerodx_desktop.formats.nomination import write_nomination
    from zerodx_desktop.formats.nominee_dir import read_nominee_folder

    del home
    nominee, blobs = read_nominee_folder(Path(nominee_dir))
    write_nomination(Path(out), nominee, blobs, relationship, identity)
    return nominee


def read_nominations(folder: Path, lifted: dict[str, str] | None = None
                     ) -> list[tuple[Nominee, dict[str, bytes], Nomination, str]]:
    """Every ``*.zdxnom`` in ``folder``, verified (a tampered one is refused, named); the
    roster check is the package builder's. ``lifted`` maps a nominee id to the organizer's
    reason for letting its nominating judge score it."""
    from zerodx_desktop.formats.nomination import read_nomination

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("the nominations folder does not exist", where=str(folder),
                        hint="Give the folder holding the judges' .zdxnom files.")
    files = sorted(folder.glob("*.zdxnom"))
    if not files:
        raise UserError("the nominations folder holds no .zdxnom files", where=str(folder))
    out = []
    for f in files:
        nom = read_nomination(f)
        reason = (lifted or {}).get(nom.nominee.id, "")
        out.append((nom.nominee, nom.blobs,
                    Nomination(nom.nominee.id, nom.fingerprint, nom.relationship, reason),
                    str(f)))
    return out


def panel_categories(panel: Panel) -> list[Category]:
    """The panel's award categories (id, title, zh title) — [] for a flat panel."""
    return list(panel.categories)


def rankings_by_category(panel: Panel, rows: Sequence[RankingRow],
                         stats: dict[str, Any] | None = None) -> list[CategoryRanking]:
    """Each category's ranking (rows re-ranked within the category, ties kept; ``p_first``
    and ``rank_interval`` from the category's own ``stats``); [] for a panel without
    categories. The meeting's decisions per category build on this."""
    if not panel.categories:
        return []
    return category_rankings(rows, panel.categories, {n.id: n.category for n in panel.nominees},
                             stats)


@dataclass(frozen=True)
class NextRound:
    package: PanelPackage
    kept: list[str]  # nominee ids carried into the round
    ties: list[str]  # the categories (or "overall") whose cut included ties


def build_next_round(*, home: Path, organizer: Identity, result: Path, previous: Path,
                     shortlist_n: int, per_category: bool, out: Path,
                     judges_per_nominee: int | None = None, seed: int = 0,
                     judge_cards: Sequence[Path] = ()) -> NextRound:
    """``panel build --from-result``: round + 1 of the same panel with the top N (per
    category if asked), ties at the cut included, dossiers carried over; judges kept (or the
    new ``judge_cards``), assignments new when ``judges_per_nominee`` is given."""
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.package_build import build_panel_package
    from zerodx_desktop.services import trust
    from zerodx_desktop.services.panels import read_judge_card
    from zerodx_desktop.services.results import check_result, read_result

    if isinstance(shortlist_n, bool) or shortlist_n < 1:
        raise UserError("the shortlist needs 1 or more nominees", where="--shortlist")
    check = check_result(home, Path(result), package=Path(previous))
    if not check.valid:
        raise UserError(f"a shortlist needs a valid signed result of this panel: {check.reason}"
                        f" (status {check.status})", where=str(result),
                        hint="Merge the round's sheets again in a home with the chair's or "
                             "organizer's identity, and use that result.")
    pkg = check.package
    assert pkg is not None
    prev = pkg.panel
    if check.round is not None and check.round != prev.round:
        raise UserError(f"the result is of round {check.round}, but the package is round "
                        f"{prev.round}", where=str(result),
                        hint="Give the package the result was merged for.")
    res = read_result(Path(result))
    ties: list[str] = []
    if per_category and prev.categories:
        keep: set[str] = set()
        for cr in rankings_by_category(prev, res.ranking):
            picked, tie = shortlist(cr.rows, shortlist_n)
            keep |= {r.nominee_id for r in picked}
            if tie:
                ties.append(cr.id)
    else:
        if per_category:
            raise UserError("the panel has no categories, so --per-category does not apply",
                            where="--per-category")
        picked, tie = shortlist(res.ranking, shortlist_n)
        keep = {r.nominee_id for r in picked}
        if tie:
            ties.append("overall")
    if not keep:
        raise UserError("no nominee in the result has a score", where=str(result))
    nominees = [n for n in prev.nominees if n.id in keep]
    wanted = {a.sha256 for n in nominees for a in n.attachments}
    blobs = {sha: data for sha, data in pkg.blobs() if sha in wanted}
    if judge_cards:
        judges = [read_judge_card(Path(c)) for c in judge_cards]
    else:
        from zerodx_desktop.formats.signing import PublicIdentity

        judges = [PublicIdentity(j.name, j.email, j.public_key, j.fingerprint)
                  for j in prev.judges]
    from zerodx_desktop.formats.signing import PublicIdentity

    chairs = [PublicIdentity(c.name, c.email, c.public_key, c.fingerprint) for c in prev.chairs]
    fps = {j.fingerprint for j in judges}
    conflicts = [c for c in prev.conflicts if c.nominee_id in keep and c.fingerprint in fps]
    assignment = None
    if judges_per_nominee is None and prev.assignments is not None and not judge_cards:
        assignment = {n: [fp for fp in f if fp in fps]
                      for n, f in prev.assignments if n in keep}
    new = build_panel_package(
        title=prev.title, framework=framework_from_dict(prev.framework),
        nominees_dir=Path(previous), judges=judges, conflicts=conflicts, method=prev.method,
        round=prev.round + 1, organizer=organizer, out=Path(out), panel_id=prev.id,
        chairs=chairs, judges_per_nominee=judges_per_nominee, seed=seed,
        assignment=assignment, nominee_source=(nominees, blobs),
        categories=[c for c in prev.categories if any(n.category == c.id for n in nominees)])
    trust.remember(home, new.panel, new.signer)
    return NextRound(new, [n.id for n in nominees], ties)


def propose_assignment(nominees: Sequence[str], judges: Sequence[str], k: int, *,
                       conflicts: Sequence[tuple[str, str]] = (), seed: int = 0,
                       categories: dict[str, str] | None = None) -> dict[str, list[str]]:
    """A balanced assignment of ``k`` judges per nominee (the one ``--judges-per-nominee``
    builds) for the organizer's matrix to start from; raises AssignmentImpossible naming
    the nominees that cannot get K."""
    from zerodx_desktop.core.programme import balanced_assignment

    return balanced_assignment(list(nominees), list(judges), k, conflicts=list(conflicts),
                               seed=seed, categories=categories)


DESIGN_STATES = ("scored", "not_scored", "not_assigned", "recused")


@dataclass(frozen=True)
class DesignMatrix:
    """Who scored what in a merged result: ``cells[(fingerprint, nominee_id)]`` is one of
    DESIGN_STATES (``recused``: a conflict on the roster; ``not_assigned``: missing by
    design; ``not_scored``: assigned, no total counted — incomplete, or the judge's own
    recusal)."""

    nominees: list[tuple[str, str]]  # (id, name)
    judges: list[tuple[str, str]]  # (fingerprint, name)
    cells: dict[tuple[str, str], str]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(DESIGN_STATES, 0)
        for state in self.cells.values():
            out[state] += 1
        return out


def design_matrix(result: Any) -> DesignMatrix:
    """The design of a merged PanelResult: every counted judge × every nominee."""
    doc = result.panel_doc or {}
    nominees = [(str(n.get("id", "")), str(n.get("name", ""))) for n in doc.get("nominees", [])]
    if not nominees:
        nominees = [(r.nominee_id, r.nominee) for r in result.ranking]
    judges = [(j.fingerprint, j.name) for j in result.judges
              if j.fingerprint in result.judge_totals]
    conflicted = {(c.get("fingerprint"), c.get("nominee_id")) for c in doc.get("conflicts", [])}
    raw = doc.get("assignments")
    assigned = None if raw is None else {(fp, n) for n, fps in raw.items() for fp in fps}
    cells: dict[tuple[str, str], str] = {}
    for fp, _name in judges:
        totals = result.judge_totals.get(fp, {})
        for nid, _n in nominees:
            if (fp, nid) in conflicted:
                state = "recused"
            elif assigned is not None and (fp, nid) not in assigned:
                state = "not_assigned"
            elif totals.get(nid) is not None:
                state = "scored"
            else:
                state = "not_scored"
            cells[(fp, nid)] = state
    return DesignMatrix(nominees, judges, cells)
