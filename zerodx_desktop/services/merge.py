"""Merge judges' score sheets into the panel result (the chair's main use-case).

Two steps:

1. **verify** every sheet (``formats.score_sheet_verify.verify_score_sheet``), in a process pool
   when there are many, and reduce each verdict to a compact ``core.combine.SheetDigest``;
2. **combine** the usable digests (``core.combine.combine_digests``: the rules, pure
   computation). :func:`combine` does step 2 for verdicts already in hand (tests, the UI after
   its own verification).

:func:`merge_to_json` gives the ``zerodx merge --json`` document (docs/contract.md, "JSON keys").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zerodx_desktop.core import aggregate as agg
from zerodx_desktop.core.combine import SheetDigest, _indexes, combine_digests, digest
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.result import PanelResult, RankingRow, Reliability
from zerodx_desktop.core.sheet import SheetVerdict, Status
from zerodx_desktop.file_hash import file_sha256

POOL_THRESHOLD = 6  # verify in a process pool from this many sheets on
POOL_WORKERS = 2

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class MergeCancelled(UserError):
    """The chair cancelled the merge; nothing was produced."""


@dataclass
class MergeOutcome:
    result: PanelResult
    verdicts: list[SheetVerdict]
    panel: Panel


# -- step 1: verify ---------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(panel: Panel, framework: Framework) -> None:
    _WORKER["panel"] = panel
    _WORKER["index"] = _indexes(panel, framework)


def _verify_path(path: str) -> SheetDigest:
    import gc

    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet

    panel: Panel = _WORKER["panel"]
    nominees, criteria = _WORKER["index"]
    # A large sheet makes hundreds of thousands of objects (rows, cells, texts) and holds them
    # to the end: the cycle collector would walk them again and again (a third of the time of a
    # 1,000 x 50 sheet). Reference counting frees them; the collector resumes after the sheet.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            verdict = verify_score_sheet(Path(path), panel)
        except UserError as exc:
            verdict = SheetVerdict(file=Path(path).name, status=Status.UNREADABLE,
                                   sha256=_sha256_or_empty(path), message=exc.message)
        return digest(verdict, nominees, criteria, path=path)
    finally:
        if was_enabled:
            gc.enable()


def _sha256_or_empty(path: str) -> str:
    """The file's checksum, or "" for a file that cannot be read (its verdict says why)."""
    try:
        return file_sha256(path)
    except UserError:
        return ""


def verify_sheets(panel: Panel, framework: Framework, sheet_paths: Sequence[Path], *,
                  progress: Progress | None = None, cancel: Cancel | None = None,
                  workers: int | None = None) -> list[SheetDigest]:
    """Verify every sheet (in input order), in a process pool when there are many."""
    total = len(sheet_paths)
    paths = [str(p) for p in sheet_paths]
    results: list[SheetDigest | None] = [None] * total
    if progress:
        progress(0, total, "Verifying score sheets")
    n_workers = workers if workers is not None else (
        POOL_WORKERS if total >= POOL_THRESHOLD else 0)
    if n_workers <= 1:
        _init_worker(panel, framework)
        try:
            for i, p in enumerate(paths):
                if cancel and cancel():
                    raise MergeCancelled("the merge was cancelled")
                results[i] = _verify_path(p)
                if progress:
                    progress(i + 1, total, f"Verified {Path(p).name}")
        finally:
            _WORKER.clear()
    else:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        # spawn, not fork: the desktop app has Qt threads running, and fork copies them badly
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx,
                                 initializer=_init_worker,
                                 initargs=(panel, framework)) as pool:
            pending = {pool.submit(_verify_path, p): i for i, p in enumerate(paths)}
            done_count = 0
            try:
                while pending:
                    done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    if cancel and cancel():
                        raise MergeCancelled("the merge was cancelled")
                    for fut in done:
                        i = pending.pop(fut)
                        results[i] = fut.result()
                        done_count += 1
                        if progress:
                            progress(done_count, total, f"Verified {Path(paths[i]).name}")
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise
    return [r for r in results if r is not None]


# -- step 2: combine (the rules: core.combine) --------------------------------------

def combine(panel: Panel, framework: Framework, verdicts: list[SheetVerdict],
            method: str | None = None) -> PanelResult:
    """The panel result from verdicts already in hand (their statuses may be updated)."""
    nominees, criteria = _indexes(panel, framework)
    digests = [digest(v, nominees, criteria) for v in verdicts]
    result = combine_digests(panel, framework, digests, method,
                             panel_doc=slim_panel_doc(panel))
    for v, d in zip(verdicts, digests, strict=True):
        v.status, v.message, v.warnings = d.verdict.status, d.verdict.message, d.verdict.warnings
    return result


def slim_panel_doc(panel: Panel) -> dict[str, Any]:
    """panel.json without the dossier text: what a report needs to describe the panel."""
    from zerodx_desktop.formats.package import panel_to_dict

    doc = panel_to_dict(panel)
    doc["nominees"] = [{k: v for k, v in n.items() if k not in ("summary", "sections")}
                       for n in doc["nominees"]]
    return doc


# -- the use-case -----------------------------------------------------------------------

def merge(panel_package_path: Path, sheet_paths: list[Path], *, method: str | None = None,
          progress: Progress | None = None, cancel: Cancel | None = None,
          home: Path | None = None, organizer: str | None = None,
          decisions: Sequence[Any] = ()) -> MergeOutcome:
    """Verify the sheets against the panel package and combine the valid ones.

    With ``home`` (the CLI and the app always give it) the package goes through the chain
    of trust (``services.trust``): its signer must be the organizer pinned for its panel id,
    or the stated ``organizer``. ``decisions`` (``core.decisions.Decision``) are checked
    against the rankings and recorded on the result (``services.meeting.decide``).
    """
    if home is not None:
        from zerodx_desktop.services.trust import load_package

        pkg = load_package(home, Path(panel_package_path), organizer=organizer)
    else:
        from zerodx_desktop.formats.package import read_panel_package

        pkg = read_panel_package(Path(panel_package_path))
    panel, framework = pkg.panel, pkg.framework
    if method is not None and method not in agg.METHODS:
        raise UserError(f"unknown aggregation method '{method}'", where="--method",
                        hint="Use one of: " + ", ".join(agg.METHODS) + ".")
    if not sheet_paths:
        raise UserError("no score sheets given", where="merge",
                        hint="Add the judges' .xlsx score sheets.")
    digests = verify_sheets(panel, framework, sheet_paths, progress=progress, cancel=cancel)
    if cancel and cancel():
        raise MergeCancelled("the merge was cancelled")
    if progress:
        progress(len(sheet_paths), len(sheet_paths), "Computing the panel result")
    pkg_sha = getattr(pkg, "sha256", "") or _sha256_or_empty(str(panel_package_path))
    result = combine_digests(panel, framework, digests, method,
                             package_inputs=[(os.path.basename(panel_package_path), pkg_sha)],
                             panel_doc=slim_panel_doc(panel))
    if decisions:
        from zerodx_desktop.services.meeting import decide

        decide(result, decisions)
    return MergeOutcome(result=result, verdicts=[d.verdict for d in digests], panel=panel)


def rejected_verdicts(verdicts: Sequence[SheetVerdict]) -> list[SheetVerdict]:
    """The sheets the result does not count and nothing replaces: every status but
    ``valid``, except a ``superseded`` sheet whose judge has a counted sheet (an older
    export, or a second copy). ``merge`` exits 1 when this is not empty."""
    counted = {v.content.fingerprint for v in verdicts
               if v.status is Status.VALID and v.content is not None}
    return [v for v in verdicts if v.status is not Status.VALID and not (
        v.status is Status.SUPERSEDED and v.content is not None
        and v.content.fingerprint in counted)]


# -- merge --json -----------------------------------------------------------------------

def _r(x: float | None, digits: int) -> float | None:
    return None if x is None else round(float(x), digits)


def _ranking_json(row: RankingRow) -> dict[str, Any]:
    return {"rank": row.rank if row.score is not None else None,
            "tied": row.tied, "nominee_id": row.nominee_id, "nominee": row.nominee,
            "score": _r(row.score, 2), "judges": row.judges, "sd": _r(row.sd, 2),
            "min": _r(row.min, 2), "max": _r(row.max, 2),
            "p_first": _r(row.p_first, 3),
            "rank_interval": list(row.rank_interval) if row.rank_interval else None}


def _categories_json(outcome: MergeOutcome) -> dict[str, Any]:
    """``categories`` (panels with categories only): each ranked within itself."""
    from zerodx_desktop.services.programme import rankings_by_category

    res = outcome.result
    cats = rankings_by_category(outcome.panel, res.ranking, res.category_stats)
    if not cats:
        return {}
    out = []
    for c in cats:
        own = res.category_stats.get(c.id)
        rel = own.reliability if own is not None else Reliability()
        out.append({
            "id": c.id, "title": c.title, "ranking": [_ranking_json(r) for r in c.rows],
            "reliability": {
                "krippendorff_alpha_interval": _r(rel.krippendorff_alpha_interval, 3),
                "icc_2_1": _r(rel.icc_2_1, 3), "icc_3_1": _r(rel.icc_3_1, 3),
                "icc_2_k": _r(rel.icc_2_k, 3), "kendall_w": _r(rel.kendall_w, 3)},
            "reliability_notes": {
                "reasons": dict(rel.reasons) if own is not None else {
                    k: "not computed" for k in ("krippendorff_alpha_interval", "icc_2_1",
                                                "icc_3_1", "icc_2_k", "kendall_w")},
                "n_nominees": rel.n_nominees, "n_judges": rel.n_judges,
                "kendall_w_method": rel.kendall_w_method or None,
                "bootstrap_note": (own.bootstrap_note if own is not None
                                   else "not computed") or None}})
    return {"categories": out}


def merge_to_json(outcome: MergeOutcome) -> dict[str, Any]:
    """The ``zerodx merge --json`` document: exactly the keys of docs/contract.md ("JSON keys")."""
    res = outcome.result
    rel = res.reliability
    return {
        "panel": {"id": res.panel_id, "title": res.panel_title},
        "method": res.method,
        "sheets": [
            {"file": v.file,
             "judge": v.content.judge_name if v.content else None,
             "fingerprint": v.content.fingerprint if v.content else None,
             "status": str(v.status),
             "warnings": list(v.warnings)}
            for v in outcome.verdicts],
        "ranking": [
            {"rank": row.rank if row.score is not None else None,
             "tied": row.tied, "nominee_id": row.nominee_id, "nominee": row.nominee,
             "score": _r(row.score, 2), "judges": row.judges, "sd": _r(row.sd, 2),
             "min": _r(row.min, 2), "max": _r(row.max, 2),
             "p_first": _r(row.p_first, 3),
             "rank_interval": list(row.rank_interval) if row.rank_interval else None}
            for row in res.ranking],
        **_categories_json(outcome),
        "reliability": {
            "krippendorff_alpha_interval": _r(rel.krippendorff_alpha_interval, 3),
            "icc_2_1": _r(rel.icc_2_1, 3),
            "icc_3_1": _r(rel.icc_3_1, 3),
            "icc_2_k": _r(rel.icc_2_k, 3),
            "kendall_w": _r(rel.kendall_w, 3)},
        # why a reliability statistic is null, what the ICCs and W were computed on, and
        # how the uncertainty (p_first, rank_interval) was estimated
        "reliability_notes": {
            "reasons": dict(rel.reasons),
            "n_nominees": rel.n_nominees, "n_judges": rel.n_judges,
            "kendall_w_method": rel.kendall_w_method or None,
            "bootstrap_resamples": res.bootstrap_resamples or None,
            "bootstrap_note": res.bootstrap_note or None},
        "disagreements": [
            {"nominee_id": d.nominee_id, "criterion_id": d.criterion_id,
             "range": _r(d.range, 2), "sd": _r(d.sd, 2)}
            for d in res.disagreements],
        "decisions": [
            {"category": d.category, "nominee_id": d.nominee_id, "rationale": d.rationale,
             "overrides_ranking": d.overrides_ranking}
            for d in res.decisions],
    }
