"""Step 2 of the merge, the rules: combine verified score sheets into the panel result.

Pure computation on verdicts already in hand (no file is read here; ``services.merge``
verifies the sheets, in a process pool when there are many, and calls
:func:`combine_digests`). Each verdict is first reduced to a compact :class:`SheetDigest`
(:func:`digest`: a level array indexed by nominee x criterion) so 100 sheets x 1,000 nominees
x 50 criteria never exist as millions of Python objects. Then: resolve duplicates and
superseded sheets, drop scores for conflicted nominees, compute judge totals, every
aggregation method, criterion statistics, disagreements, reliability and the plain-language
reading.

Conventions: a nominee no judge scored has score None, is listed last with
``rank = (number of ranked nominees) + 1`` and ``tied = False`` in ``RankingRow`` (the JSON
shows its rank as null). ``PanelResult.levels`` (a dict) is filled only up to
``LEVELS_LIMIT`` levels; larger panels keep criterion statistics but not every level.
Judge totals follow ``core.scoring`` exactly (weights renormalised over the criteria
scored), computed with numpy; a test checks them against ``nominee_total``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from zerodx_desktop.core import aggregate as agg
from zerodx_desktop.core import reliability
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.messages import Message
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    JudgeRow,
    PanelResult,
    RankingRow,
    Reliability,
)
from zerodx_desktop.core.sheet import SheetContent, SheetVerdict, Status, Warning_
from zerodx_desktop.core.verification import excluded_nominees, unassigned_nominees

MISSING = -32768  # "not scored" in the int16 level arrays
LEVELS_LIMIT = 250_000  # PanelResult.levels (a dict) is filled only up to this many levels


class NoValidSheet(UserError):
    """Every sheet was rejected: ``verdicts`` says why, sheet by sheet."""

    def __init__(self, verdicts: list[SheetVerdict]) -> None:
        self.verdicts = verdicts
        reasons = "; ".join(f"{os.path.basename(v.file)}: {v.status}" for v in verdicts[:10])
        more = f" (and {len(verdicts) - 10} more)" if len(verdicts) > 10 else ""
        super().__init__(f"no valid score sheet to merge ({reasons}{more})", where="merge",
                         hint="Each sheet's status says why it was rejected ('zerodx verify "
                              "SHEET.xlsx --panel PANEL.zdxpanel' explains one). Ask the judges "
                              "to export their sheets again.")


@dataclass
class SheetDigest:
    """A verdict plus its scores in compact form (picklable, small)."""

    verdict: SheetVerdict  # content.scores emptied once digested
    levels: Any = None  # np.int16 array (nominees x criteria), MISSING where not scored
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    path: str = ""
    content_key: str = ""  # sha256 of the signed content: equal keys = the same signed values


# -- a verdict as a level array ------------------------------------------------------

def _indexes(panel: Panel, framework: Framework) -> tuple[dict[str, int], dict[str, int]]:
    from zerodx_desktop.core.scoring import weights_for

    nominees = {n.id: i for i, n in enumerate(panel.nominees)}
    criteria = {row[0]: i for i, row in enumerate(weights_for(framework).rows)}
    return nominees, criteria


def digest(verdict: SheetVerdict, nominees: dict[str, int], criteria: dict[str, int],
           *, path: str = "") -> SheetDigest:
    """Reduce a verdict to a level array; the verdict keeps its metadata, not its rows."""
    import numpy as np

    out = SheetDigest(verdict=verdict, path=path or verdict.file)
    content = verdict.content
    if content is None:
        return out
    out.content_key = content_key(content)
    if verdict.status is Status.VALID:
        levels = np.full((len(nominees), len(criteria)), MISSING, dtype=np.int16)
        for row in content.scores:
            ni = nominees.get(row.nominee_id)
            ci = criteria.get(row.criterion_id)
            if ni is None or ci is None:
                continue
            if row.level is not None:
                levels[ni, ci] = row.level
            if row.comment and row.comment.strip():
                out.comments.append((ni, ci, row.comment))
        out.levels = levels
    out.verdict = replace(verdict, content=replace(content, scores=[]))
    return out


def content_key(content: SheetContent) -> str:
    """A hash of everything a judge signed: two sheets with equal keys say the same thing."""
    import hashlib
    import json
    import unicodedata
    from dataclasses import fields, is_dataclass

    # Field by field, rows as plain lists (dataclasses.asdict deep-copies 50,000 rows:
    # seconds per sheet at scale); strings NFC as in canonical JSON.
    doc: dict[str, Any] = {}
    for f in fields(content):
        value = getattr(content, f.name)
        if isinstance(value, list) and value and is_dataclass(value[0]):
            names = [g.name for g in fields(value[0])]
            value = [[getattr(item, n) for n in names] for item in value]
        doc[f.name] = value
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


# -- step 2: combine --------------------------------------------------------------------

SEQUENCE_CLASH = Warning_.SEQUENCE_CLASH  # the old name, kept for importers


def _resolve(digests: list[SheetDigest]) -> list[SheetDigest]:
    """Mark duplicates and superseded sheets; return the digests to use, one per judge.

    Which sheet counts never depends on the order the files are given in: per judge, the
    highest (round, sequence) wins. Copies with the same signed values are one sheet (the
    copy without warnings is used, then by file name). Copies with the same round and
    sequence but *different* signed values cannot both be right: the later export counts
    and both carry the ``sequence_clash`` warning and a message saying so.
    """
    seen_sha: dict[str, str] = {}
    for d in digests:
        v = d.verdict
        if not v.sha256:
            continue
        first = seen_sha.get(v.sha256)
        if first is None:
            seen_sha[v.sha256] = Path(v.file).name
            continue
        # the same bytes given twice: count once, report the copy (a rejected file keeps
        # its own status, so a copy of a tampered sheet still reads "tampered")
        if v.status is Status.VALID:
            v.status = Status.SUPERSEDED
            v.message = Message("duplicate of {file} (the same file given twice); counted once",
                                file=first)
            _drop(d)
        else:
            v.message = (Message("duplicate of {file}. {message}", file=first,
                                 message=v.message) if v.message.strip()
                         else Message("duplicate of {file}.", file=first))
    by_judge: dict[str, list[tuple[int, SheetDigest]]] = {}
    for i, d in enumerate(digests):
        v = d.verdict
        if v.status is Status.VALID and v.content is not None:
            by_judge.setdefault(v.content.fingerprint, []).append((i, d))
    for group in by_judge.values():
        if len(group) > 1:
            _resolve_judge(group)
    return [d for d in digests if d.verdict.status is Status.VALID and d.levels is not None]


def _drop(d: SheetDigest) -> None:
    d.levels = None
    d.comments = []


def _content_of(d: SheetDigest) -> SheetContent:
    """The content of a sheet that was read (only those reach the merge)."""
    assert d.verdict.content is not None
    return d.verdict.content


def _resolve_judge(group: list[tuple[int, SheetDigest]]) -> None:
    """One judge's valid sheets: keep one, mark every other (see :func:`_resolve`)."""
    def c(d: SheetDigest) -> SheetContent:
        assert d.verdict.content is not None
        return d.verdict.content

    def name(d: SheetDigest) -> str:
        return Path(d.verdict.file).name

    top = max((c(d).round, c(d).sequence) for _i, d in group)
    latest = [(i, d) for i, d in group if (c(d).round, c(d).sequence) == top]
    # one representative per distinct signed content: the copy without warnings, then by
    # file name (then position): which copy is named as used does not depend on file order
    reps: dict[str, tuple[int, SheetDigest]] = {}
    for i, d in sorted(latest, key=lambda t: (len(t[1].verdict.warnings), name(t[1]), t[0])):
        reps.setdefault(d.content_key, (i, d))
    # distinct contents under one sequence: the later export counts (then the content hash,
    # so the choice is the same whatever the file order)
    ranked = sorted(reps.values(), key=lambda t: (c(t[1]).exported_at, t[1].content_key),
                    reverse=True)
    winner = ranked[0][1]
    wc = c(winner)
    for _i, d in group:
        if d is winner:
            continue
        v, dc = d.verdict, c(d)
        if (dc.round, dc.sequence) != top:
            v.message = Message("superseded by {file} (round {round}, sequence {sequence}) "
                                "from the same judge", file=name(winner), round=wc.round,
                                sequence=wc.sequence)
        elif d.content_key == winner.content_key:
            if v.warnings and not winner.verdict.warnings:
                v.message = Message("a second copy of {file} (the same signed values); that "
                                    "copy is used because this one has warnings",
                                    file=name(winner))
            else:
                v.message = Message("a second copy of {file} (the same signed values); that "
                                    "copy is used", file=name(winner))
        else:
            if dc.exported_at != wc.exported_at:
                why = Message("{file} was exported later ({exported}, this one {this})",
                              file=name(winner), exported=wc.exported_at,
                              this=dc.exported_at)
            else:
                why = Message("both were exported at the same moment, so the choice is "
                              "arbitrary")
            v.message = Message("NOT used: {file} has the same judge, round {round} and "
                                "sequence {sequence} but DIFFERENT signed values; {why}. Ask "
                                "the judge which sheet is right and to export it again",
                                file=name(winner), round=wc.round, sequence=wc.sequence,
                                why=why)
            _warn(v, Warning_.SEQUENCE_CLASH)
            others = ", ".join(name(x) for _j, x in ranked[1:])
            chosen = (Message("because it was exported later")
                      if dc.exported_at != wc.exported_at
                      else Message("arbitrarily (both were exported at the same moment)"))
            winner.verdict.message = Message(
                "used, but {others} from the same judge has the same round {round} and "
                "sequence {sequence} with DIFFERENT signed values; this one was chosen "
                "{chosen}. Ask the judge to confirm", others=others, round=wc.round,
                sequence=wc.sequence, chosen=chosen)
            _warn(winner.verdict, Warning_.SEQUENCE_CLASH)
        v.status = Status.SUPERSEDED
        _drop(d)


def _warn(v: SheetVerdict, warning: Warning_) -> None:
    if warning not in v.warnings:
        v.warnings.append(str(warning))


def _round_or_none(x: Any) -> float | None:
    import math

    return None if x is None or not math.isfinite(float(x)) else float(x)


def combine_digests(panel: Panel, framework: Framework, digests: list[SheetDigest],
                    method: str | None = None, *, package_inputs: Sequence[tuple[str, str]] = (),
                    panel_doc: dict[str, Any] | None = None) -> PanelResult:
    """Step 2 of the merge over compact digests (see the module docstring).

    ``panel_doc`` is what the result carries to describe the panel (``services.merge`` gives
    panel.json without the dossier text)."""
    import numpy as np

    from zerodx_desktop.core import stats
    from zerodx_desktop.core.scoring import weights_for

    official = method or panel.method
    if official not in agg.METHODS:
        raise UserError(f"unknown aggregation method '{official}'", where="method",
                        hint="Use one of: " + ", ".join(agg.METHODS) + ".")
    used = _resolve(digests)
    if not used:
        raise NoValidSheet([d.verdict for d in digests])
    # one judge per fingerprint, in roster order, then any others in file order
    roster = {j.fingerprint: i for i, j in enumerate(panel.judges)}
    used.sort(key=lambda d: roster.get(_content_of(d).fingerprint, len(roster)))
    fps = [_content_of(d).fingerprint for d in used]
    nom_ids = [n.id for n in panel.nominees]
    nominee_pos = {nid: i for i, nid in enumerate(nom_ids)}
    w = weights_for(framework)
    crit_ids = [r[0] for r in w.rows]
    n_j, n_n = len(used), len(nom_ids)

    # conflicts: roster-declared and self-declared -> the judge's scores for that nominee go
    excluded = np.zeros((n_j, n_n), dtype=bool)
    for j, d in enumerate(used):
        c = d.verdict.content
        assert c is not None
        bad = excluded_nominees(c, panel)  # the rule verify's warnings use
        scored_conflict = False
        for nid in bad:
            ni = nominee_pos.get(nid)
            if ni is None:
                continue
            excluded[j, ni] = True
            if (d.levels[ni] != MISSING).any():
                scored_conflict = True
                d.levels[ni] = MISSING
        if scored_conflict:
            _warn(d.verdict, Warning_.CONFLICT_SCORED)
        if bad:
            d.comments = [t for t in d.comments if not excluded[j, t[0]]]
        for nid in unassigned_nominees(c, panel):  # missing by design: never counted
            ni = nominee_pos.get(nid)
            if ni is not None:
                d.levels[ni] = MISSING
                d.comments = [t for t in d.comments if t[0] != ni]

    levels = np.stack([d.levels for d in used])  # (J, N, C) int16
    present = levels != MISSING

    # judge totals and domain subtotals: the exact rule of core.scoring, vectorised (integer
    # numerators and denominators; one rounding to float at the end)
    em, dom_totals = _exact_totals(levels, present, w)
    totals = em.floats()
    n_d = len(w.domain_ids)
    dom_idx = np.array([r[2] for r in w.rows], dtype=int)

    names = {n.id: n.name for n in panel.nominees}
    # every method side by side
    by_scores: dict[str, list[float | None]] = {}
    by_keys: dict[str, list[Any]] = {}
    for m in agg.METHODS:
        by_scores[m], by_keys[m] = agg.method_scores(em, m)
    counts = (~np.isnan(totals)).sum(axis=0)
    t_present = ~np.isnan(totals)
    t_min = np.where(counts > 0, np.where(t_present, totals, np.inf).min(axis=0), np.nan)
    t_max = np.where(counts > 0, np.where(t_present, totals, -np.inf).max(axis=0), np.nan)
    t_sd = _column_sd(totals)
    dom_mean = _masked_mean(dom_totals, axis=0)  # (N, D)
    # uncertainty of the official ranking: a bootstrap over judges
    unc = agg.bootstrap(em, official)

    def rows_for(m: str) -> list[RankingRow]:
        scores = by_scores[m]
        ranks = agg.rank(scores, by_keys[m])
        n_ranked = sum(1 for r, _ in ranks if r is not None)
        out = []
        for i in agg.order(scores, by_keys[m]):
            r, tied = ranks[i]
            out.append(RankingRow(
                rank=r if r is not None else n_ranked + 1, tied=tied,
                nominee_id=nom_ids[i], nominee=names[nom_ids[i]], score=scores[i],
                judges=int(counts[i]), sd=_round_or_none(t_sd[i]),
                min=_round_or_none(t_min[i]), max=_round_or_none(t_max[i]),
                domain_scores={w.domain_ids[di]: _round_or_none(dom_mean[i, di])
                               for di in range(n_d)},
                p_first=unc.p_first[i] if m == official else None,
                rank_interval=unc.rank_interval[i] if m == official else None))
        return out

    by_method = {m: rows_for(m) for m in agg.METHODS}
    official_ranks = [r for r, _ in agg.rank(by_scores[official], by_keys[official])]
    sens = agg.separation(nom_ids, names, official_ranks, unc)
    # an incomplete design: someone who scored did not score every nominee that was scored
    active = em.mask.any(axis=1)
    scored_n = em.mask.any(axis=0)
    incomplete = bool(active.any() and not em.mask[np.ix_(active, scored_n)].all())
    if incomplete and official != "adjusted":
        sens.append(_adjusted_note(by_method[official], by_method["adjusted"]))

    # criterion statistics and disagreements
    lv = np.where(present, levels.astype(float), np.nan)  # (J, N, C)
    c_n = present.sum(axis=0)  # (N, C)
    with np.errstate(invalid="ignore", divide="ignore"):
        c_sum = np.where(present, levels, 0).sum(axis=0, dtype=np.int64)
        c_mean = np.where(c_n > 0, c_sum / np.maximum(c_n, 1), np.nan)
        c_min = np.where(present, levels, np.iinfo(np.int16).max).min(axis=0)
        c_max = np.where(present, levels, np.iinfo(np.int16).min).max(axis=0)
        dev = np.where(present, lv - c_mean[None], 0.0)
        c_var = (dev ** 2).sum(axis=0) / np.maximum(c_n - 1, 1)
    criteria_stats: list[CriterionStat] = []
    disagreements: list[Disagreement] = []
    spreads = [float(t_max[i] - t_min[i]) if counts[i] >= 2 else None for i in range(n_n)]
    total_flags = agg.flag_total_spreads(spreads)
    for ni, nid in enumerate(nom_ids):
        if total_flags[ni]:
            spread = spreads[ni]
            assert spread is not None
            disagreements.append(Disagreement(
                nominee_id=nid, criterion_id=None, range=spread,
                sd=_round_or_none(t_sd[ni]),
                reason=Message("the judges' totals span {spread} points, among the widest "
                               "10% in the panel", spread=f"{spread:.1f}")))
        for ci, cid in enumerate(crit_ids):
            k = int(c_n[ni, ci])
            if k == 0:
                criteria_stats.append(CriterionStat(nid, cid, 0, None, None, None, None, None))
                continue
            lo, hi = int(c_min[ni, ci]), int(c_max[ni, ci])
            sd = float(np.sqrt(c_var[ni, ci])) if k >= 2 else None
            flagged = agg.criterion_flag(hi - lo)
            criteria_stats.append(CriterionStat(
                nominee_id=nid, criterion_id=cid, n=k, mean=float(c_mean[ni, ci]),
                min=lo, max=hi, sd=sd, range=hi - lo, flagged=flagged))
            if flagged:
                disagreements.append(Disagreement(
                    nominee_id=nid, criterion_id=cid, range=float(hi - lo), sd=sd,
                    reason=Message("levels range from {low} to {high}", low=lo, high=hi)))

    # reliability, on the incomplete data; an undefined statistic is None with its reason
    rel = Reliability()
    alpha = stats.alpha_estimate(totals)
    icc = stats.icc_incomplete(totals.T)
    kw, _kw_judges, _kw_nominees, kw_method = stats.kendall_w_incomplete(totals)
    rel.krippendorff_alpha_interval = alpha.value
    rel.icc_2_1, rel.icc_3_1, rel.icc_2_k = icc.icc_2_1.value, icc.icc_3_1.value, \
        icc.icc_2_k.value
    rel.kendall_w = kw.value
    rel.kendall_w_method = kw_method
    rel.n_nominees, rel.n_judges = icc.n_nominees, icc.n_judges
    for key, est in (("krippendorff_alpha_interval", alpha), ("icc_2_1", icc.icc_2_1),
                     ("icc_3_1", icc.icc_3_1), ("icc_2_k", icc.icc_2_k), ("kendall_w", kw)):
        if est.value is None:
            rel.reasons[key] = est.reason
    for ci, cid in enumerate(crit_ids):
        rel.per_criterion_alpha[cid] = stats.krippendorff_alpha_interval(lv[:, :, ci])
    severity = stats.judge_severity(totals)
    agreement = stats.judge_agreement(totals)
    judge_names = []
    for d in used:
        c = d.verdict.content
        assert c is not None
        entry = panel.judge_by_fingerprint(c.fingerprint)
        judge_names.append(entry.name if entry else c.judge_name)
    domain_titles = {d.id: str(d.title) for d in framework.domains}
    rel.reading = _reading(rel, [domain_titles.get(w.domain_ids[di], w.domain_ids[di])
                                 for di in dom_idx],
                           crit_ids, judge_names, severity, agreement, icc_k=icc.k)

    # judges (every input file, usable or not)
    used_index = {id(d): j for j, d in enumerate(used)}
    judges: list[JudgeRow] = []
    for d in digests:
        v = d.verdict
        c = v.content
        ji = used_index.get(id(d))
        entry = panel.judge_by_fingerprint(c.fingerprint) if c else None
        judges.append(JudgeRow(
            name=(entry.name if entry else c.judge_name) if c else "",
            fingerprint=c.fingerprint if c else "", status=str(v.status),
            file=Path(v.file).name, sha256=v.sha256, sequence=c.sequence if c else None,
            warnings=list(v.warnings),
            severity=severity[ji] if ji is not None else None,
            agreement=agreement[ji] if ji is not None else None, message=v.message))

    judge_totals = {fp: {nid: _round_or_none(totals[j, ni]) for ni, nid in enumerate(nom_ids)}
                    for j, fp in enumerate(fps)}
    level_map: dict[tuple[str, str, str], int] = {}
    if int(present.sum()) <= LEVELS_LIMIT:
        for j, ni, ci in zip(*np.nonzero(present), strict=True):
            level_map[(fps[j], nom_ids[ni], crit_ids[ci])] = int(levels[j, ni, ci])
    # comments, anonymised: no judge, ordered by nominee and criterion (not by judge)
    raw_comments = sorted((ni, ci, text) for d in used for ni, ci, text in d.comments)
    comments = [Comment(nom_ids[ni], crit_ids[ci], text) for ni, ci, text in raw_comments]
    inputs = list(package_inputs) + [(Path(d.verdict.file).name, d.verdict.sha256)
                                     for d in digests]
    return PanelResult(
        panel_id=panel.id, panel_title=panel.title, round=panel.round,
        framework_id=framework.id, framework_version=framework.version,
        framework_hash=framework.hash, method=official,
        ranking=by_method[official], by_method=by_method, sensitivity=sens,
        criteria=criteria_stats, disagreements=disagreements, reliability=rel,
        judges=judges, judge_totals=judge_totals, levels=level_map, comments=comments,
        inputs=inputs, domains=[(d.id, str(d.title)) for d in framework.domains],
        generated_at=_dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
        .replace("+00:00", "Z"),
        panel_doc=panel_doc, incomplete_design=incomplete,
        category_stats=_category_stats(panel, nom_ids, em, totals, official),
        bootstrap_resamples=unc.resamples, bootstrap_note=unc.note)


def _category_stats(panel: Panel, nom_ids: Sequence[str], em: Any, totals: Any,
                    official: str) -> dict[str, Any]:
    """Each award category's own statistics: the bootstrap over judges on the category's
    nominees alone (the official method, the fixed seed) and the reliability of their
    totals (a statistic the category has too little data for is None, with its reason)."""
    from zerodx_desktop.core import stats
    from zerodx_desktop.core.result import CategoryStats

    out: dict[str, Any] = {}
    category_of = {n.id: n.category for n in panel.nominees}
    for cat in panel.categories:
        idx = [i for i, nid in enumerate(nom_ids) if category_of.get(nid) == cat.id]
        if not idx:
            continue
        sub = agg.ExactMatrix(em.num[:, idx], em.mask[:, idx], em.den)
        unc = agg.bootstrap(sub, official)
        part = totals[:, idx]
        rel = Reliability()
        alpha = stats.alpha_estimate(part)
        icc = stats.icc_incomplete(part.T)
        kw, _kw_judges, _kw_nominees, kw_method = stats.kendall_w_incomplete(part)
        rel.krippendorff_alpha_interval = alpha.value
        rel.icc_2_1, rel.icc_3_1, rel.icc_2_k = (icc.icc_2_1.value, icc.icc_3_1.value,
                                                 icc.icc_2_k.value)
        rel.kendall_w, rel.kendall_w_method = kw.value, kw_method
        rel.n_nominees, rel.n_judges = icc.n_nominees, icc.n_judges
        for key, est in (("krippendorff_alpha_interval", alpha), ("icc_2_1", icc.icc_2_1),
                         ("icc_3_1", icc.icc_3_1), ("icc_2_k", icc.icc_2_k),
                         ("kendall_w", kw)):
            if est.value is None:
                rel.reasons[key] = est.reason
        out[cat.id] = CategoryStats(
            p_first={nom_ids[i]: unc.p_first[k] for k, i in enumerate(idx)},
            rank_interval={nom_ids[i]: unc.rank_interval[k] for k, i in enumerate(idx)},
            reliability=rel, bootstrap_note=unc.note)
    return out


def _exact_totals(levels: Any, present: Any, w: Any) -> tuple[Any, Any]:
    """(judges x nominees ExactMatrix of totals, judges x nominees x domains float subtotals)
    from the level array, by the exact rule of ``core.scoring``: 100 * sum(W (level - min))
    / (span * sum(W)) with integer weights W. int64 while it fits, Python integers beyond."""
    import numpy as np

    steps = np.where(present, levels.astype(np.int64) - w.min, 0)  # (J, N, C)
    biggest = max([1, *w.int_total, *w.int_within])
    fits = biggest * max(1, w.span) * max(1, steps.shape[2]) * 100 < 2 ** 52
    kind: Any = np.int64 if fits else object
    wt = np.array(w.int_total, dtype=kind)
    num = (steps.astype(kind) @ wt) * 100
    den = (present.astype(kind) @ wt) * w.span
    mask = np.asarray(den > 0, dtype=bool)
    em = agg.ExactMatrix.from_parts(num, np.where(mask, den, 1), mask)
    n_j, n_n = present.shape[:2]
    dom_idx = np.array([r[2] for r in w.rows], dtype=int)
    wd = np.array(w.int_within, dtype=kind)
    dom = np.full((n_j, n_n, len(w.domain_ids)), np.nan)
    for di in range(len(w.domain_ids)):
        sel = dom_idx == di
        dnum = (steps[:, :, sel].astype(kind) @ wd[sel]) * 100
        dden = (present[:, :, sel].astype(kind) @ wd[sel]) * w.span
        ok = np.asarray(dden > 0, dtype=bool)
        if kind is object:
            vals = [float(Fraction(int(a), int(b))) for a, b in zip(dnum[ok], dden[ok],
                                                                        strict=True)]
            dom[ok, di] = vals
        else:
            dom[ok, di] = dnum[ok] / dden[ok]  # exact ints < 2**53: one rounding
    return em, dom


def _adjusted_note(official: list[RankingRow], adjusted: list[RankingRow]) -> str:
    """The sentence the chair reads when recusals or assignments left the design incomplete."""
    def top(rows: list[RankingRow]) -> list[str]:
        return [r.nominee for r in rows if r.rank == 1 and r.score is not None]

    a, b = top(official), top(adjusted)
    if set(a) == set(b):
        return Message("Not every judge scored every nominee (recusals or assignments), so a "
                       "plain average rewards whoever avoided the harsher judges; the adjusted "
                       "ranking corrects for each judge's severity. It has the same first "
                       "place.")
    return Message("Not every judge scored every nominee (recusals or assignments), so a plain "
                   "average rewards whoever avoided the harsher judges; the adjusted ranking "
                   "corrects for each judge's severity. It puts {adjusted} first instead of "
                   "{official}.", adjusted=agg.join_names(b), official=agg.join_names(a))


def _column_sd(mat: Any) -> Any:
    """Sample standard deviation per column over the non-NaN values (NaN below 2 values)."""
    import numpy as np

    mask = ~np.isnan(mat)
    n = mask.sum(axis=0)
    mean = np.where(mask, mat, 0.0).sum(axis=0) / np.maximum(n, 1)
    ss = (np.where(mask, mat - mean, 0.0) ** 2).sum(axis=0)
    return np.where(n >= 2, np.sqrt(ss / np.maximum(n - 1, 1)), np.nan)


def _masked_mean(arr: Any, axis: int) -> Any:
    import numpy as np

    mask = ~np.isnan(arr)
    n = mask.sum(axis=axis)
    s = np.where(mask, arr, 0.0).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, s / np.maximum(n, 1), np.nan)


def alpha_words(alpha: float) -> str:
    """The words of ``alpha``'s band (``core.reliability.alpha_band``)."""
    band = reliability.alpha_band(alpha)
    if band is reliability.AlphaBand.GOOD:
        return Message("good agreement")
    if band is reliability.AlphaBand.TENTATIVE:
        return Message("moderate agreement (tentative conclusions only)")
    if band is reliability.AlphaBand.WEAK:
        return Message("weak agreement")
    return Message("systematic disagreement")


def _reading(rel: Reliability, crit_domains: list[str], crit_ids: list[str],
             judge_names: list[str], severity: list[float | None],
             agreement: list[float | None], icc_k: float | None = None) -> list[str]:
    """The reliability reading: :class:`Message` sentences (English ``str`` with ids)."""
    out: list[str] = []
    a = rel.krippendorff_alpha_interval
    why = rel.reasons
    if a is None:
        out.append(Message("Agreement between judges cannot be measured: {why}.",
                           why=why["krippendorff_alpha_interval"]
                           if "krippendorff_alpha_interval" in why
                           else Message("too few overlapping scores")))
    else:
        out.append(Message("The judges' totals show {words} (alpha {alpha}).",
                           words=alpha_words(a), alpha=f"{a:.2f}"))
    if rel.icc_2_1 is None:
        out.append(Message("ICC cannot be computed: {why}.", why=why.get("icc_2_1", "")))
    else:
        out.append(Message("ICC(2,1) {icc21} and ICC(3,1) {icc31} (one judge), over {nominees} "
                           "nominees and {judges} judges with every score they have; a large "
                           "gap between them means judges differ mainly in severity.",
                           icc21=f"{rel.icc_2_1:.2f}", icc31=f"{rel.icc_3_1 or 0:.2f}",
                           nominees=rel.n_nominees, judges=rel.n_judges))
        if rel.icc_2_k is not None:
            out.append(Message("ICC(2,k) {icc2k}: the reliability of the panel average (about "
                               "{k} judges per nominee), which is what the ranking rests on.",
                               icc2k=f"{rel.icc_2_k:.2f}",
                               k=f"{icc_k:.1f}" if icc_k is not None else "k"))
    if rel.kendall_w is not None:
        band = reliability.order_band(rel.kendall_w)
        order = (Message("the judges largely agree on the order.")
                 if band is reliability.OrderBand.STRONG
                 else Message("the judges agree on the order only in part.")
                 if band is reliability.OrderBand.PARTIAL else
                 Message("the judges order the nominees differently."))
        if rel.kendall_w_method == "pairwise":
            out.append(Message("Kendall's W {w} (from the judges' pairwise rank correlations, "
                               "as not every judge scored every nominee): {order}",
                               w=f"{rel.kendall_w:.2f}", order=order))
        else:
            out.append(Message("Kendall's W {w}: {order}", w=f"{rel.kendall_w:.2f}",
                               order=order))
    elif "kendall_w" in why:
        out.append(Message("Kendall's W cannot be computed: {why}.", why=why["kendall_w"]))
    # the domain (by title) whose criteria have the lowest mean alpha
    by_domain: dict[str, list[float]] = {}
    for cid, title in zip(crit_ids, crit_domains, strict=True):
        value = rel.per_criterion_alpha.get(cid)
        if value is not None:
            by_domain.setdefault(title, []).append(value)
    means = {k: sum(v) / len(v) for k, v in by_domain.items() if v}
    if len(means) >= 2:
        worst = min(means, key=lambda k: means[k])
        out.append(Message("Judges disagree most on {domain} (mean alpha {alpha} over its "
                           "criteria).", domain=worst, alpha=f"{means[worst]:.2f}"))
    sev = [(s, n) for s, n in zip(severity, judge_names, strict=True) if s is not None]
    if len(sev) >= 2:
        harsh = min(sev)
        lenient = max(sev)
        if harsh[0] < 0 and reliability.far_from_panel(harsh[0]):
            out.append(Message("{judge} scores {points} points below the panel on average.",
                               judge=harsh[1], points=f"{-harsh[0]:.1f}"))
        if lenient[0] > 0 and reliability.far_from_panel(lenient[0]):
            out.append(Message("{judge} scores {points} points above the panel on average.",
                               judge=lenient[1], points=f"{lenient[0]:.1f}"))
    for value, name in zip(agreement, judge_names, strict=True):
        if value is not None and reliability.follows_weakly(value):
            out.append(Message("{judge}'s totals follow the rest of the panel weakly "
                               "(correlation {r}).", judge=name, r=f"{value:.2f}"))
    return out
