"""The built-in demo: a signed panel from the shipped sample framework and fictional dossiers,
judges with their own homes, their signed sheets, the merged result and the report.

Demo keys are throw-away: they use OpenSSH's default 16 KDF rounds so the demo starts fast, and
their passphrase is DEMO_PASSPHRASE (printed in the README). Real identities use more rounds.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Set
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Conflict, Panel
from zerodx_desktop.formats.signing import Identity, PublicIdentity
from zerodx_desktop.paths import demo_nominees_dir, sample_framework_path
from zerodx_desktop.services.panels import open_panel_package, open_store

if TYPE_CHECKING:
    from zerodx_desktop.formats.package import PanelPackage

DEMO_PASSPHRASE = "demo-passphrase"  # noqa: S105 -- throw-away demo keys, documented
DEMO_ROUNDS = 16
DEMO_TITLE = "ZeroDX Awards 2026 — Demo panel"

DEMO_JUDGES = [
    ("Amara Okafor", "amara.okafor@example.org", 0.0),
    ("Lukas Brenner", "lukas.brenner@example.org", -0.35),
    ("Wang Lei 王磊", "wang.lei@example.cn", 0.25),
    ("Sofia Marques", "sofia.marques@example.pt", 0.1),
    ("Daniel Cohen", "daniel.cohen@example.com", -0.15),
]

_POSITIVE = [
    "Clear evidence in the dossier: self-organising teams own the user relationship end to end.",
    "Micro-enterprises hold real rights to decide, hire and distribute pay; well documented.",
    "Strong ecosystem partnerships with shared value-added statements.",
    "用户数据被系统地用于决策，证据充分。",
]
_NEGATIVE = [
    "Decisions still flow through a traditional hierarchy; little autonomy shown.",
    "No evidence that frontline teams can act on user feedback without approval.",
    "The ecosystem section describes suppliers, not co-creating partners.",
]
_NEUTRAL = [
    "Pilot programmes look promising but are limited to one business unit.",
    "Partially evidenced; the annual report excerpt helps.",
]


# How mature each fictional demo organisation reads in its dossier (0..1), so the demo's scores
# follow the dossiers: Sakuragawa is "in the early stages", Lanhe and Nordvik are far along.
DEMO_MATURITY = {"n-001": 0.84, "n-002": 0.8, "n-003": 0.66, "n-004": 0.58, "n-005": 0.72,
                 "n-006": 0.62, "n-007": 0.3, "n-008": 0.7}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "judge"


DEMO_JUDGES_PER_NOMINEE = 3
DEMO_NOMINATED = "n-008"  # the demo's one nomination: by the third judge
DEMO_SHORTLIST = 2  # round 2: the top 2 of each category


def _build_package(organizer: Identity, judges: list[PublicIdentity],
                   conflicts: list[Conflict], out: Path,
                   panel_id: str = "zerodx-demo-2026", **programme: Any
                   ) -> PanelPackage:
    from zerodx_desktop.formats.framework_file import read_framework_file
    from zerodx_desktop.formats.package_build import build_panel_package

    framework = read_framework_file(sample_framework_path())
    return build_panel_package(title=DEMO_TITLE, framework=framework,
                               nominees_dir=demo_nominees_dir(), judges=judges,
                               conflicts=conflicts, method="mean", round=1,
                               organizer=organizer, out=out, panel_id=panel_id,
                               **programme)


def demo_levels(panel: Panel, framework: Framework, judge_index: int, severity: float,
                skip: Set[str] = frozenset()) -> list[tuple[str, str, int, str]]:
    """Deterministic, believable scores: each nominee has a latent quality per domain."""
    lo, hi = framework.scale.min, framework.scale.max
    rows = []
    for n_index, nominee in enumerate(panel.nominees):
        if nominee.id in skip:
            continue
        base = random.Random(f"quality:{nominee.id}")
        centre = DEMO_MATURITY.get(nominee.id, base.uniform(0.3, 0.85))
        quality = {d.id: min(0.95, max(0.1, centre + base.uniform(-0.12, 0.12)))
                   for d in framework.domains}
        rng = random.Random(f"judge:{judge_index}:{n_index}")
        for d in framework.domains:
            for c in (c for dim in d.dimensions for c in dim.criteria):
                raw = lo + quality[d.id] * (hi - lo) + severity + rng.gauss(0, 0.55)
                level = max(lo, min(hi, round(raw)))
                comment = ""
                if level in framework.require_comment_for or rng.random() < 0.15:
                    pool = (_POSITIVE if level >= hi - 1 else
                            _NEGATIVE if level <= lo + 1 else _NEUTRAL)
                    comment = rng.choice(pool)
                rows.append((nominee.id, c.id, level, comment))
    return rows


def prepare_demo_home(home: Path) -> str:
    """Make ``home`` a judge's home on the demo panel, partly scored. Returns the panel id."""
    from zerodx_desktop.core.framework import framework_from_dict

    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    if has_identity(home):  # a judge trying the demo keeps their own key: put it on the roster
        judge_public = load_public_identity(home)
    else:
        judge = Identity.generate("Demo Judge", "demo.judge@example.org")
        judge.save(home, DEMO_PASSPHRASE, DEMO_ROUNDS)
        judge_public = judge.public
    organizer = Identity.generate("Demo Organizer", "organizer@example.org")
    others = [Identity.generate(n, e).public for n, e, _ in DEMO_JUDGES[:3]]
    demo_dir = home / "demo"
    demo_dir.mkdir(exist_ok=True)
    package = demo_dir / "panel.zdxpanel"
    pkg = _build_package(organizer, [judge_public, *others], [], package)
    # each demo has a fresh organizer key: stated, so a home that saw an earlier demo
    # re-pins it instead of refusing it as a look-alike
    panel_id = open_panel_package(home, package, organizer=organizer.fingerprint)
    framework = framework_from_dict(pkg.panel.framework)
    first_two = {n.id for n in pkg.panel.nominees[:2]}
    rows = [r for r in demo_levels(pkg.panel, framework, 0, 0.0)
            if r[0] in first_two]
    # leave the second nominee half done so the demo shows work in progress
    second = pkg.panel.nominees[1].id if len(pkg.panel.nominees) > 1 else None
    rows = [r for i, r in enumerate(rows) if r[0] != second or i % 2 == 0]
    with open_store(home) as store:
        store.set_scores_bulk(panel_id, rows)
    return panel_id


def throwaway_demo_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="zerodx-demo-"))
    prepare_demo_home(home)
    return home


def check_demo_target(out: Path) -> None:
    """Refuse a demo folder that would overwrite something: a file, or a folder that is not
    empty (a second demo there would replace the panel under the judges' homes, with a new
    organizer key and roster, and leave them unable to open it)."""
    out = Path(out)
    hint = ("Give a new folder name (it is created), or delete the old demo folder first; "
            "a demo is never written over existing files.")
    if out.is_dir():
        try:
            has_files = next(out.iterdir(), None) is not None
        except OSError as exc:
            raise UserError(f"cannot look inside the folder ({exc.strerror or exc})",
                            where=str(out), hint=hint) from exc
        if has_files:
            raise UserError("the folder is not empty (a demo may already be there)",
                            where=str(out), hint=hint)
    elif out.exists() or out.is_symlink():
        raise UserError("this is a file, not a folder for the demo", where=str(out),
                        hint=hint)
    parent = out.parent
    if parent.exists() and not parent.is_dir():
        raise UserError("this is a file, not a folder", where=str(parent), hint=hint)


def build_demo(out: Path) -> list[str]:
    """A complete demo in ``out``: panel.zdxpanel, judges/<name>/, sheets/*.xlsx, result.xlsx,
    report.pdf. Returns human-readable lines describing what was made.

    ``out`` must be new or an empty folder (``check_demo_target``; checked before anything
    is written). The demo is built in a temporary folder next to it and moved into place
    when complete, so a failure leaves nothing half-written.
    """
    import shutil

    out = Path(out)
    check_demo_target(out)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the demo folder ({exc.strerror or exc})",
                        where=str(out), hint="Choose a folder you may write to.") from exc
    # built in place (the judges' stores record where their sheets went), and taken away
    # again if anything fails: a folder we made goes, an empty one given to us is emptied
    try:
        lines = _build_demo_in(out)
    except BaseException:
        if created:
            shutil.rmtree(out, ignore_errors=True)
        else:
            for child in list(out.iterdir()):
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        raise
    return [f"Demo written to {out}", *lines]


def _build_demo_in(out: Path) -> list[str]:
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.result_workbook import write_result_workbook
    from zerodx_desktop.formats.signing import write_judge_card
    from zerodx_desktop.services.export import export_sheet
    from zerodx_desktop.services.merge import merge
    from zerodx_desktop.services.reports import print_report

    for sub in ("judges", "sheets", "organizer"):
        (out / sub).mkdir(exist_ok=True)
    organizer = Identity.generate("Demo Organizer", "organizer@example.org")
    organizer.save(out / "organizer", DEMO_PASSPHRASE, DEMO_ROUNDS)
    judges: list[tuple[Identity, Path, float]] = []
    for name, email, severity in DEMO_JUDGES:
        ident = Identity.generate(name, email)
        jhome = out / "judges" / _slug(name)
        jhome.mkdir(exist_ok=True)
        ident.save(jhome, DEMO_PASSPHRASE, DEMO_ROUNDS)
        write_judge_card(ident.public, jhome / "judge.zdxjudge")
        judges.append((ident, jhome, severity))

    from zerodx_desktop.formats.nominee_dir import read_categories, read_nominees_dir
    from zerodx_desktop.services.programme import nominate, read_nominations

    nominees, blobs = read_nominees_dir(demo_nominees_dir())
    conflict_nominee = nominees[min(2, len(nominees) - 1)].id
    conflicts = [Conflict(judges[1][0].fingerprint, conflict_nominee,
                          "Served on the nominee's advisory board until 2025")]
    # one nominee comes in as a judge's signed nomination (zerodx nominate)
    (out / "nominations").mkdir(exist_ok=True)
    folder = next((d for d in sorted(demo_nominees_dir().iterdir())
                   if (d / "nominee.json").is_file()
                   and f'"{DEMO_NOMINATED}"' in (d / "nominee.json").read_text("utf-8")), None)
    nominated = []
    if folder is not None:
        nominator = judges[2][0]
        nominate(out, folder, "Advised its founders on the 2023 reorganisation",
                 out / "nominations" / f"{_slug(nominator.name)}.zdxnom", nominator)
        nominated = read_nominations(out / "nominations")
        nominees = [n for n in nominees if n.id != DEMO_NOMINATED]
    package = out / "panel.zdxpanel"
    # every demo has a fresh organizer key, so its own panel id (as `panel build` gives one):
    # a home that verified an earlier demo does not take this one for a look-alike
    from zerodx_desktop.services.panels import default_panel_id

    pkg = _build_package(organizer, [j.public for j, _, _ in judges], conflicts, package,
                         panel_id=default_panel_id(DEMO_TITLE, organizer.fingerprint),
                         judges_per_nominee=min(DEMO_JUDGES_PER_NOMINEE, len(judges)),
                         seed=1, nominee_source=(nominees, blobs), nominated=nominated,
                         categories=read_categories(demo_nominees_dir()))
    framework = framework_from_dict(pkg.panel.framework)

    sheets = []
    for index, (ident, jhome, severity) in enumerate(judges):
        open_panel_package(jhome, package)
        mine = set(pkg.panel.assigned_to(ident.fingerprint))
        skip = {n.id for n in pkg.panel.nominees
                if n.id not in mine or pkg.panel.is_conflicted(ident.fingerprint, n.id)}
        rows = demo_levels(pkg.panel, framework, index, severity, skip)
        with open_store(jhome) as store:
            store.set_scores_bulk(pkg.panel.id, rows)
        done = export_sheet(jhome, ident, out / "sheets" / f"{_slug(ident.name)}.xlsx")
        sheets.append(done.path)

    org_home = out / "organizer"
    outcome = merge(package, sheets, home=org_home)  # pins the demo panel in its home
    result_path = out / "result.xlsx"
    write_result_workbook(result_path, outcome.result, organizer)
    print_report(org_home, result_path, out / "report.pdf", include_comments=True)
    from zerodx_desktop.services.programme import build_next_round, rankings_by_category

    nxt = build_next_round(home=org_home, organizer=organizer, result=result_path,
                           previous=package, shortlist_n=DEMO_SHORTLIST,
                           per_category=bool(pkg.panel.categories),
                           out=out / "round2.zdxpanel")
    p = pkg.panel
    lines = [f"  panel.zdxpanel   {p.title}: {len(p.nominees)} nominees in "
             f"{len(p.categories)} categories ("
             + ", ".join(c.title for c in p.categories) + f"), {len(judges)} judges, "
             f"{DEMO_JUDGES_PER_NOMINEE} per nominee (signed by {organizer.fingerprint})",
             *(f"  nominations/     {m.nominee_id} nominated by "
               f"{p.judge_by_fingerprint(m.fingerprint).name}"  # type: ignore[union-attr]
               for m in p.nominations),
             f"  judges/          {len(judges)} judge homes (passphrase: {DEMO_PASSPHRASE})",
             f"  sheets/          {len(sheets)} signed score sheets",
             "  result.xlsx      the merged panel result (signed by the demo organizer)",
             "  report.pdf       the final report",
             f"  round2.zdxpanel  round 2: the top {DEMO_SHORTLIST} of each category "
             f"({', '.join(nxt.kept)})"]
    winner = outcome.result.ranking[0] if outcome.result.ranking else None
    if winner and winner.score is not None:
        lines.append(f"  winner: {winner.nominee} ({winner.score:.2f})")
    for cat in rankings_by_category(p, outcome.result.ranking):
        top = cat.rows[0] if cat.rows else None
        if top is not None and top.score is not None:
            lines.append(f"  {cat.title}: {top.nominee} ({top.score:.2f})")
    return lines
