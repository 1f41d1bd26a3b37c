"""Whether a judge's signed score sheet fits its panel: statuses and warnings as codes.

No prose and no file I/O: ``formats.score_sheet`` reads the file, checks the signature and
compares the visible cells, then asks these rules what the signed content means for the
panel, and words the answer. The merge uses the same rules (through the verdicts), so a rule
lives once.

A judge holding their own key can sign any payload, so the signed content is checked against
the panel exactly (docs/contract.md §3, "The chain of trust"):

- the key is on the roster (else ``unknown_judge``), the panel id and round match
  (``wrong_panel``), the framework hash matches (``wrong_framework``);
- every row names a nominee of the panel (``wrong_panel``) and a criterion of the framework
  with a level on its scale (``wrong_framework``); a nominee x criterion given twice is
  ``tampered`` (a sheet the app cannot write);
- the judge name shown is the roster's name for that key, and the nominee names shown are the
  package's (else ``wrong_panel``: the sheet was made for another version of the panel, or
  claims another judge);
- the *Summary* (domain subtotals, total, criteria scored, criteria count, recused) is
  recomputed from the signed levels with the framework's weights; any figure that does not
  follow from the levels makes the sheet ``tampered``, each figure named (:class:`Mismatch`).
  Sheets since summary rule 2 (``SUMMARY_RULE``) show a total only for a nominee with every
  criterion scored, a domain subtotal only for a domain with every criterion scored (a
  partial figure is left empty; the line's status says "partial: 1 of 24"); older sheets
  (rule 1: every figure over what was scored) are checked by their own rule;
- an assigned, non-conflicted nominee x criterion without a level, *or without a row*, is the
  warning ``incomplete`` (a row left out is never silently dropped).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.sheet import Mismatch, SheetContent, Status, Warning_

# What a finding says (``Finding.code``); ``Finding.args`` carries its ids and numbers.
VALID = "valid"
NOT_ON_ROSTER = "not_on_roster"  # unknown_judge: judge_name, fingerprint
OTHER_PANEL = "other_panel"  # wrong_panel: panel_id (the sheet's), expected
NEWER_ROUND = "newer_round"  # wrong_panel: round, panel_round
OTHER_FRAMEWORK = "other_framework"  # wrong_framework: framework_id, version, hash
NOMINEE_NOT_ON_PANEL = "nominee_not_on_panel"  # wrong_panel: nominee_id
CRITERION_NOT_IN_FRAMEWORK = "criterion_not_in_framework"  # wrong_framework: criterion_id
LEVEL_OFF_SCALE = "level_off_scale"  # wrong_framework: nominee_id, criterion_id, level
DUPLICATE_ROW = "duplicate_row"  # tampered: nominee_id, criterion_id
JUDGE_NAME = "judge_name"  # wrong_panel: name (signed), roster_name
NOMINEE_NAMES = "nominee_names"  # wrong_panel: count (nominees), first (nominee id)
SUMMARY_FIGURES = "summary_figures"  # tampered: count (figures), first (nominee id)
OLDER_ROUND = "older_round"  # superseded: round, panel_round
NEWER_EXPORT = "newer_export"  # superseded: sequence, newer

# the Summary's rule (signed in the display as ``summary_rule``; absent in older sheets: 1):
# 1 = every figure over the criteria scored so far; 2 = partial figures left empty
SUMMARY_RULE = 2
SUMMARY_RULES = (1, 2)
TOLERANCE = Decimal("0.011")  # a shown figure (2 decimals) may differ from the recomputed one
MAX_MISMATCHES = 1000


@dataclass(frozen=True)
class Finding:
    """A status and why, as a code with its ids and numbers (the words come later)."""

    status: Status
    code: str = VALID
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryRow:
    """One nominee's line of the *Summary* sheet: figures as shown (0-100, two decimals)."""

    nominee_id: str
    subtotals: tuple[str | None, ...]  # one per domain, framework order
    total: str | None
    scored: int
    criteria: int


@dataclass(frozen=True)
class Shown:
    """What a signed sheet shows besides ids and levels, as signed (the payload's display)."""

    nominee_names: Mapping[str, str]  # nominee id -> name
    summary: tuple[SummaryRow, ...]
    summary_rule: int = 1  # the rule the Summary was written by (SUMMARY_RULES)


def framework_hash_of(panel: Panel) -> str:
    if panel.framework_hash:
        return panel.framework_hash
    return "sha256:" + sha256_hex(canonical_json(panel.framework))


def _nfc(text: str | None) -> str | None:
    return None if text is None else unicodedata.normalize("NFC", text)


def _fmt(x: float | None) -> str | None:
    return None if x is None else f"{x:.2f}"


def summary_rows(framework: Framework, levels: Mapping[tuple[str, str], int | None],
                 nominee_ids: Iterable[str], recused: Iterable[str] = (),
                 rule: int = SUMMARY_RULE) -> list[SummaryRow]:
    """The *Summary* lines for ``nominee_ids``: the one rule the writer uses to fill the sheet
    and the verifier uses to check it (weights of ``core.scoring``, missing is missing).
    By ``rule`` 2 a total needs every criterion scored and a domain subtotal every criterion
    of its domain (else None: a partial figure is not shown as if it were final); by rule 1
    (sheets before it) every figure is over the criteria scored so far."""
    from zerodx_desktop.core.scoring import domain_subtotals, nominee_total, weights_for

    if rule not in SUMMARY_RULES:
        raise ValueError(f"unknown summary rule {rule!r}")
    w = weights_for(framework)
    skip = set(recused)
    crit_ids = [r[0] for r in w.rows]
    domain_of = [r[2] for r in w.rows]
    out: list[SummaryRow] = []
    for nid in nominee_ids:
        mine = {cid: levels.get((nid, cid)) for cid in crit_ids}
        scored = sum(1 for v in mine.values() if v is not None)
        if nid in skip:
            subs: tuple[str | None, ...] = tuple(None for _ in w.domain_ids)
            total = None
        else:
            by_domain = domain_subtotals(w, mine)
            subs = tuple(_fmt(by_domain[d]) for d in w.domain_ids)
            total = _fmt(nominee_total(w, mine))
            if rule >= 2:
                open_domains = {di for cid, di in zip(crit_ids, domain_of, strict=True)
                                if mine[cid] is None}
                subs = tuple(None if di in open_domains else x for di, x in enumerate(subs))
                total = total if scored == len(crit_ids) else None
        out.append(SummaryRow(nid, subs, total, scored, len(crit_ids)))
    return out


def summary_status(row: SummaryRow, recused: bool) -> str:
    """What a Summary line's status cell says (rule 2), as a code: "recused", "complete",
    "not_scored" or "partial" (its text adds ``row.scored`` of ``row.criteria``)."""
    if recused:
        return "recused"
    if row.scored >= row.criteria:
        return "complete"
    return "not_scored" if row.scored == 0 else "partial"


def panel_framework(panel: Panel) -> Framework | None:
    """The panel's framework, or None when its document is unusable (nothing to check)."""
    from zerodx_desktop.core.errors import UserError
    from zerodx_desktop.core.framework import framework_from_dict

    if not isinstance(panel.framework, dict):
        return None
    try:
        return framework_from_dict(panel.framework)
    except (UserError, KeyError, TypeError, ValueError):
        return None


def sequence_status(content: SheetContent,
                    known_sequences: Mapping[str, int] | None) -> Finding:
    seen = (known_sequences or {}).get(content.fingerprint)
    if seen is not None and seen > content.sequence:
        return Finding(Status.SUPERSEDED, NEWER_EXPORT,
                       {"sequence": content.sequence, "newer": seen})
    return Finding(Status.VALID)


def panel_status(content: SheetContent, panel: Panel, shown: Shown | None = None,
                 known_sequences: Mapping[str, int] | None = None
                 ) -> tuple[Finding, list[Mismatch]]:
    """The status of a signed ``content`` for ``panel`` and the figures/names that do not fit.

    Order: unknown_judge > wrong_panel (id, newer round) > wrong_framework > superseded
    (older round) > rows off the panel > judge and nominee names > summary figures >
    superseded (newer export known) > valid. ``shown`` (what
    the sheet shows) is needed for the name and summary checks.
    """
    fp = content.fingerprint
    entry = panel.judge_by_fingerprint(fp)
    if entry is None:
        return Finding(Status.UNKNOWN_JUDGE, NOT_ON_ROSTER,
                       {"judge_name": content.judge_name, "fingerprint": fp}), []
    if content.panel_id != panel.id:
        return Finding(Status.WRONG_PANEL, OTHER_PANEL,
                       {"panel_id": content.panel_id, "expected": panel.id}), []
    if content.round > panel.round:
        return Finding(Status.WRONG_PANEL, NEWER_ROUND,
                       {"round": content.round, "panel_round": panel.round}), []
    if content.framework_hash != framework_hash_of(panel):
        return Finding(Status.WRONG_FRAMEWORK, OTHER_FRAMEWORK,
                       {"framework_id": content.framework_id,
                        "version": content.framework_version,
                        "hash": content.framework_hash}), []
    if content.round < panel.round:  # never counted: that round's nominees (a shortlist
        # round keeps only some) and names may differ
        return Finding(Status.SUPERSEDED, OLDER_ROUND,
                       {"round": content.round, "panel_round": panel.round}), []
    framework = panel_framework(panel)
    odd = rows_off_panel(content, panel, framework)
    if odd is not None:
        return odd, []
    mismatches: list[Mismatch] = []
    wrong_name = _nfc(content.judge_name) != _nfc(entry.name)
    if wrong_name:
        mismatches.append(Mismatch("judge_name", None, None, -1, entry.name,
                                   content.judge_name))
    if shown is not None:
        mismatches += name_mismatches(content, panel, shown)
    if mismatches:
        names = [m for m in mismatches if m.kind == "nominee_name"]
        if wrong_name:
            return Finding(Status.WRONG_PANEL, JUDGE_NAME,
                           {"name": content.judge_name, "roster_name": entry.name}), mismatches
        return Finding(Status.WRONG_PANEL, NOMINEE_NAMES,
                       {"count": len(names), "first": names[0].nominee_id}), mismatches
    if shown is not None and framework is not None:
        mismatches = summary_mismatches(content, panel, framework, shown)
        if mismatches:
            return Finding(Status.TAMPERED, SUMMARY_FIGURES,
                           {"count": len(mismatches), "first": mismatches[0].nominee_id}
                           ), mismatches
    return sequence_status(content, known_sequences), []


def rows_off_panel(content: SheetContent, panel: Panel,
                   framework: Framework | None) -> Finding | None:
    """A signed row naming a nominee, criterion or level the panel does not have, or the same
    nominee x criterion twice (only a hand-made payload can: the writer refuses them)."""
    nominees = {n.id for n in panel.nominees}
    named = [s.nominee_id for s in content.scores] + [c.nominee_id for c in content.conflicts]
    for nid in named:
        if nid not in nominees:
            return Finding(Status.WRONG_PANEL, NOMINEE_NOT_ON_PANEL, {"nominee_id": nid})
    if framework is None:
        return None  # the panel's own framework is unusable: nothing to compare against
    criteria = {c.id for c in framework.criteria()}
    lo, hi = framework.scale.min, framework.scale.max
    seen: set[tuple[str, str]] = set()
    for s in content.scores:
        if s.criterion_id not in criteria:
            return Finding(Status.WRONG_FRAMEWORK, CRITERION_NOT_IN_FRAMEWORK,
                           {"criterion_id": s.criterion_id})
        if s.level is not None and not lo <= s.level <= hi:
            return Finding(Status.WRONG_FRAMEWORK, LEVEL_OFF_SCALE,
                           {"nominee_id": s.nominee_id, "criterion_id": s.criterion_id,
                            "level": s.level})
        key = (s.nominee_id, s.criterion_id)
        if key in seen:
            return Finding(Status.TAMPERED, DUPLICATE_ROW,
                           {"nominee_id": s.nominee_id, "criterion_id": s.criterion_id})
        seen.add(key)
    return None


def name_mismatches(content: SheetContent, panel: Panel, shown: Shown) -> list[Mismatch]:
    """Nominees shown under another name than the package's: one per nominee, at its first
    row of *Scores* (the name shows on every row of that nominee and in *Summary*)."""
    first_row: dict[str, int] = {}
    for i, s in enumerate(content.scores):
        first_row.setdefault(s.nominee_id, i)
    out: list[Mismatch] = []
    for n in panel.nominees:
        got = shown.nominee_names.get(n.id)
        if n.id in first_row or got is not None:
            if _nfc(got) != _nfc(n.name):
                out.append(Mismatch("nominee_name", n.id, None, first_row.get(n.id, -1),
                                    n.name, got))
    return out[:MAX_MISMATCHES]


def _number(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        got = Decimal(text)
    except (InvalidOperation, ValueError, TypeError):
        return None
    return got if got.is_finite() else None


def _same_figure(expected: str | None, found: str | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    a, b = _number(expected), _number(found)
    return a is not None and b is not None and abs(a - b) <= TOLERANCE


def summary_mismatches(content: SheetContent, panel: Panel, framework: Framework,
                       shown: Shown) -> list[Mismatch]:
    """Every *Summary* figure that does not follow from the signed levels (``row``: the line's
    index in the shown summary, -1 for a nominee whose line is missing; ``column``: a domain
    id, ``total``, ``scored``, ``criteria``, ``recused`` or ``nominee`` for a line that names
    no nominee of the panel or names one twice)."""
    from zerodx_desktop.core.scoring import weights_for

    levels = {(s.nominee_id, s.criterion_id): s.level for s in content.scores}
    recused = {c.nominee_id for c in content.conflicts}
    # the nominees with rows (the writer's lines); a nominee left out entirely is
    # ``incomplete`` (missing_rows), and a Summary line for it is a figure from nowhere
    order = list(dict.fromkeys(s.nominee_id for s in content.scores))
    expected = {r.nominee_id: r for r in summary_rows(framework, levels, order, recused,
                                                      rule=shown.summary_rule)}
    domain_ids = weights_for(framework).domain_ids
    out: list[Mismatch] = []

    def add(kind_col: str, nid: str | None, row: int, exp: object, got: object) -> None:
        if len(out) < MAX_MISMATCHES:
            out.append(Mismatch("summary", nid, kind_col, row,
                                None if exp is None else str(exp),
                                None if got is None else str(got)))

    seen: set[str] = set()
    for i, row in enumerate(shown.summary):
        want = expected.get(row.nominee_id)
        if want is None or row.nominee_id in seen:
            add("nominee", row.nominee_id, i, None, row.nominee_id)
            continue
        seen.add(row.nominee_id)
        subs = list(row.subtotals)
        if len(subs) != len(domain_ids):
            add("domains", row.nominee_id, i, len(domain_ids), len(subs))
        for did, exp, got in zip(domain_ids, want.subtotals, subs, strict=False):
            if not _same_figure(exp, got):
                add(did, row.nominee_id, i, exp, got)
        if not _same_figure(want.total, row.total):
            add("total", row.nominee_id, i, want.total, row.total)
        if row.scored != want.scored:
            add("scored", row.nominee_id, i, want.scored, row.scored)
        if row.criteria != want.criteria:
            add("criteria", row.nominee_id, i, want.criteria, row.criteria)
    for nid in order:
        if nid not in seen:
            add("nominee", nid, -1, nid, None)
    return out


def excluded_nominees(content: SheetContent, panel: Panel | None) -> set[str]:
    """Nominees whose scores from this judge never count: declared by the judge or by the
    roster (the merge drops them; scores for a roster conflict warn ``conflict_scored``)."""
    out = {c.nominee_id for c in content.conflicts}
    if panel is not None:
        out |= {c.nominee_id for c in panel.conflicts if c.fingerprint == content.fingerprint}
    return out


def unassigned_nominees(content: SheetContent, panel: Panel | None) -> set[str]:
    """Nominees this judge was not assigned (missing by design: never ``incomplete``, and
    any level for them does not count)."""
    if panel is None or panel.assignments is None:
        return set()
    mine = set(panel.assigned_to(content.fingerprint))
    return {n.id for n in panel.nominees if n.id not in mine}


def missing_rows(content: SheetContent, panel: Panel, framework: Framework | None) -> int:
    """How many assigned, non-conflicted nominee x criterion pairs have no row at all."""
    if framework is None:
        return 0
    skip = excluded_nominees(content, panel) | unassigned_nominees(content, panel)
    have = {(s.nominee_id, s.criterion_id) for s in content.scores}
    crit_ids = [c.id for c in framework.criteria()]
    return sum(1 for n in panel.nominees if n.id not in skip
               for cid in crit_ids if (n.id, cid) not in have)


def sheet_status(content: SheetContent, panel: Panel | None, shown: Shown | None = None,
                 known_sequences: Mapping[str, int] | None = None
                 ) -> tuple[Finding, list[Mismatch]]:
    """The status of a signed ``content`` whose cells are as signed: for ``panel``
    (:func:`panel_status`), or without a panel only whether a newer export is known."""
    if panel is not None:
        return panel_status(content, panel, shown, known_sequences)
    return sequence_status(content, known_sequences), []


def warnings(content: SheetContent, panel: Panel | None, *,
             display_altered: bool = False) -> list[str]:
    """The warnings that do not reject: incomplete, conflict_scored, display_altered,
    audit_broken (the judge's audit log was found broken at export)."""
    out: list[str] = []
    panel_conflicts: set[str] = set()
    if panel is not None:
        panel_conflicts = {c.nominee_id for c in panel.conflicts
                           if c.fingerprint == content.fingerprint}
    skip = excluded_nominees(content, panel) | unassigned_nominees(content, panel)
    unscored = any(s.level is None for s in content.scores if s.nominee_id not in skip)
    if unscored or (panel is not None and missing_rows(content, panel,
                                                       panel_framework(panel)) > 0):
        out.append(str(Warning_.INCOMPLETE))
    if any(s.level is not None for s in content.scores if s.nominee_id in panel_conflicts):
        out.append(str(Warning_.CONFLICT_SCORED))
    if display_altered:
        out.append(str(Warning_.DISPLAY_ALTERED))
    if content.audit_broken:
        out.append(str(Warning_.AUDIT_BROKEN))
    return out


# -- result workbooks (formats.result_workbook checks the signature and compares the cells;
# these rules give the status)
class ResultStatus:
    """The statuses of a result workbook (plain strings, as ``--json`` prints them)."""

    VALID = "valid"
    UNSIGNED = "unsigned"
    TAMPERED = "tampered"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_SIGNER = "unknown_signer"  # a good signature, by a key that may not sign it


def result_status(signed: str, changed: bool) -> str:
    """A result workbook's status from its signature check (``valid``, ``unsigned`` or
    ``bad_signature``) and whether a visible cell differs from the signed values (or is shown
    otherwise): a valid or unsigned workbook with changed cells is ``tampered``."""
    if changed and signed != ResultStatus.BAD_SIGNATURE:
        return ResultStatus.TAMPERED
    return signed


def result_signer_status(status: str, panel_id: str, signer: str | None,
                         may_sign: Callable[[str, str], bool]) -> str:
    """``unknown_signer`` for a valid result workbook signed by a key the caller's trust rule
    ``may_sign(panel_id, fingerprint)`` does not accept; else ``status``."""
    if status == ResultStatus.VALID and signer and not may_sign(panel_id, signer):
        return ResultStatus.UNKNOWN_SIGNER
    return status
