"""The signed result workbook (.xlsx): the chair's panel result, read back by ``zerodx report``.

Visible sheets *Ranking*, *Nominee × Judge*, *Criteria*, *Disagreements*, *Reliability*,
*Judges*, *Method* and *Inputs* are tidy tables (header in row 1) rendered from a canonical
payload by :func:`render_grids`; the very hidden ``_signature`` sheet holds that payload (in
chunks) and the chair's Ed25519 signature under the namespace ``zerodx-result/1``. Like a
score sheet, values are signed, not bytes: a re-saved workbook still verifies, an edited
cell is named. Without an identity the workbook is written *unsigned* (the Method sheet says
so) but still carries the payload, so it can be read back (``formats.result_verify`` reads
and verifies it).

Numbers in the payload are decimal strings (``repr`` of the float, so reading gives back
exactly the same float); the visible cells show them rounded (scores 2 decimals,
statistics 3).
"""

from __future__ import annotations

import base64
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from zerodx_desktop.atomic_io import atomic_write_bytes
from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.decisions import Decision, MeetingNote
from zerodx_desktop.core.panel import METHODS, Method
from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    JudgeRow,
    PanelResult,
    RankingRow,
    Reliability,
)
from zerodx_desktop.core.sheet import RESULT_FORMAT
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx.text import text_width, wrapped_lines
from zerodx_desktop.formats.xlsx.writer import MAX_ROW_HEIGHT_PT

RANKING, MATRIX, CRITERIA, DISAGREEMENTS, RELIABILITY, JUDGES, METHOD, INPUTS, SIGNATURE = (
    "Ranking", "Nominee × Judge", "Criteria", "Disagreements", "Reliability", "Judges",
    "Method", "Inputs", "_signature")
DECISIONS = "Decisions"  # the meeting's decisions and notes (results written since issue 16)
CHUNK_CODEPOINTS = 16_000

# the Method sheet's description of the methods (a workbook written before the adjusted
# method and the bootstrap renders, and verifies, with the text of its time)
LEGACY_METHODS_TEXT = ("mean; median; trimmed (drop highest and lowest when at least 5 judges "
                       "scored); zscore (each judge standardised, mapped back to 0-100); "
                       "schulze (rankings combined by strongest paths; score = nominees beaten)")
METHODS_TEXT = ("totals exact (fractions), ties exact; mean; median; trimmed (20% trimmed "
                "from each end, interpolated); zscore (each judge standardised, mapped back "
                "to 0-100; a judge with no spread counts 0); schulze (rankings combined by "
                "strongest paths; winner set and order per Schulze 2011; score = nominees "
                "placed below); adjusted (least squares: panel mean + nominee effect, each "
                "judge's severity removed)")
UNCERTAINTY_TEXT = ("bootstrap over judges: {n} resamples with a fixed seed, same method; "
                    "P(first) = share of resamples ranked first (ties share); ranks (90%) = "
                    "the 90% interval of the rank")

Cell = str | int | Decimal | None
Grid = list[list[Cell]]


# --------------------------------------------------------------------------- payload

def _num(x: float | None) -> str | None:
    return None if x is None else repr(float(x))


def _flt(s: Any) -> float | None:
    if s is None:
        return None
    if not isinstance(s, str):
        raise ValueError("a number in the payload is not a decimal string")
    return float(s)


def _row_doc(r: RankingRow) -> dict[str, Any]:
    return {"rank": r.rank, "tied": r.tied, "nominee_id": r.nominee_id, "nominee": r.nominee,
            "score": _num(r.score), "judges": r.judges, "sd": _num(r.sd),
            "min": _num(r.min), "max": _num(r.max),
            "domain_scores": {k: _num(v) for k, v in r.domain_scores.items()},
            "p_first": _num(r.p_first),
            "rank_interval": list(r.rank_interval) if r.rank_interval else None}


def _row_of(d: dict[str, Any]) -> RankingRow:
    # p_first / rank_interval: absent from workbooks written before the bootstrap
    interval = d.get("rank_interval")
    return RankingRow(rank=d["rank"], tied=d["tied"], nominee_id=d["nominee_id"],
                      nominee=d["nominee"], score=_flt(d["score"]), judges=d["judges"],
                      sd=_flt(d["sd"]), min=_flt(d["min"]), max=_flt(d["max"]),
                      domain_scores={k: _flt(v) for k, v in d["domain_scores"].items()},
                      p_first=_flt(d.get("p_first")),
                      rank_interval=(int(interval[0]), int(interval[1])) if interval else None)


def payload_doc(result: PanelResult, signer: Identity | None) -> dict[str, Any]:
    """Everything the report needs, as canonical-JSON-safe values."""
    rel = result.reliability
    return {
        "format": RESULT_FORMAT,
        "panel_id": result.panel_id, "panel_title": result.panel_title, "round": result.round,
        "framework_id": result.framework_id, "framework_version": result.framework_version,
        "framework_hash": result.framework_hash, "method": result.method,
        "generated_at": result.generated_at,
        "chair": signer.name if signer else "",
        "chair_fingerprint": signer.fingerprint if signer else "",
        "chair_public_key": signer.public_key if signer else "",
        "ranking": [_row_doc(r) for r in result.ranking],
        "by_method": {m: [_row_doc(r) for r in rows] for m, rows in result.by_method.items()},
        "sensitivity": list(result.sensitivity),
        "criteria": [[c.nominee_id, c.criterion_id, c.n, _num(c.mean), c.min, c.max,
                      _num(c.sd), c.range, c.flagged] for c in result.criteria],
        "disagreements": [[d.nominee_id, d.criterion_id, _num(d.range), _num(d.sd), d.reason]
                          for d in result.disagreements],
        "reliability": {
            "krippendorff_alpha_interval": _num(rel.krippendorff_alpha_interval),
            "icc_2_1": _num(rel.icc_2_1), "icc_3_1": _num(rel.icc_3_1),
            "kendall_w": _num(rel.kendall_w),
            "icc_2_k": _num(rel.icc_2_k),
            "reasons": [[k, v] for k, v in rel.reasons.items()],
            "n_nominees": rel.n_nominees, "n_judges": rel.n_judges,
            "kendall_w_method": rel.kendall_w_method,
            # a list, not a map: canonical JSON sorts keys, and the order here is the
            # framework's
            "per_criterion_alpha": [[k, _num(v)] for k, v in rel.per_criterion_alpha.items()],
            "reading": list(rel.reading)},
        "incomplete_design": result.incomplete_design,
        "bootstrap": {"resamples": result.bootstrap_resamples, "note": result.bootstrap_note},
        "judges": [{"name": j.name, "fingerprint": j.fingerprint, "status": j.status,
                    "file": j.file, "sha256": j.sha256, "sequence": j.sequence,
                    "warnings": list(j.warnings), "severity": _num(j.severity),
                    "agreement": _num(j.agreement), "message": j.message}
                   for j in result.judges],
        "judge_totals": {fp: {n: _num(v) for n, v in per.items()}
                         for fp, per in result.judge_totals.items()},
        "levels": [[fp, n, c, lv] for (fp, n, c), lv in result.levels.items()],
        "comments": [[c.nominee_id, c.criterion_id, c.text] for c in result.comments],
        "inputs": [[f, s] for f, s in result.inputs],
        "domains": [[i, t] for i, t in result.domains],
        "panel": result.panel_doc,
        "decisions": [[d.category, d.nominee_id, d.rationale, d.overrides_ranking]
                      for d in result.decisions],
        "notes": [[n.nominee_id, n.text] for n in result.notes],
        **({"category_stats": [_category_stats_doc(cid, cs)
                               for cid, cs in result.category_stats.items()]}
           if result.category_stats else {}),
    }


def _category_stats_doc(cid: str, cs: Any) -> dict[str, Any]:
    rel = cs.reliability
    return {"id": cid,
            "p_first": [[n, _num(v)] for n, v in cs.p_first.items()],
            "rank_interval": [[n, list(v) if v else None] for n, v in cs.rank_interval.items()],
            "bootstrap_note": cs.bootstrap_note,
            "reliability": {
                "krippendorff_alpha_interval": _num(rel.krippendorff_alpha_interval),
                "icc_2_1": _num(rel.icc_2_1), "icc_3_1": _num(rel.icc_3_1),
                "icc_2_k": _num(rel.icc_2_k), "kendall_w": _num(rel.kendall_w),
                "reasons": [[k, v] for k, v in rel.reasons.items()],
                "n_nominees": rel.n_nominees, "n_judges": rel.n_judges,
                "kendall_w_method": rel.kendall_w_method}}


def _category_stats_of(doc: dict[str, Any]) -> dict[str, Any]:
    from zerodx_desktop.core.result import CategoryStats

    out: dict[str, Any] = {}
    for c in doc.get("category_stats", []):
        rel = c["reliability"]
        out[c["id"]] = CategoryStats(
            p_first={n: _flt(v) for n, v in c["p_first"]},
            rank_interval={n: (int(v[0]), int(v[1])) if v else None
                           for n, v in c["rank_interval"]},
            bootstrap_note=str(c.get("bootstrap_note", "")),
            reliability=Reliability(
                krippendorff_alpha_interval=_flt(rel["krippendorff_alpha_interval"]),
                icc_2_1=_flt(rel["icc_2_1"]), icc_3_1=_flt(rel["icc_3_1"]),
                icc_2_k=_flt(rel["icc_2_k"]), kendall_w=_flt(rel["kendall_w"]),
                reasons={k: v for k, v in rel.get("reasons", [])},
                n_nominees=rel.get("n_nominees"), n_judges=rel.get("n_judges"),
                kendall_w_method=rel.get("kendall_w_method", "")))
    return out


def result_from_payload(doc: dict[str, Any]) -> PanelResult:
    """The PanelResult a payload describes (raises KeyError/TypeError/ValueError if bad)."""
    if doc.get("format") != RESULT_FORMAT:
        raise ValueError("not a result payload")
    rel = doc["reliability"]
    return PanelResult(
        panel_id=doc["panel_id"], panel_title=doc["panel_title"], round=doc["round"],
        framework_id=doc["framework_id"], framework_version=doc["framework_version"],
        framework_hash=doc["framework_hash"], method=doc["method"],
        ranking=[_row_of(r) for r in doc["ranking"]],
        by_method={m: [_row_of(r) for r in rows] for m, rows in doc["by_method"].items()},
        sensitivity=list(doc["sensitivity"]),
        criteria=[CriterionStat(n, c, k, _flt(mean), lo, hi, _flt(sd), rng, flagged)
                  for n, c, k, mean, lo, hi, sd, rng, flagged in doc["criteria"]],
        disagreements=[Disagreement(n, c, float(_flt(rng) or 0.0), _flt(sd), reason)
                       for n, c, rng, sd, reason in doc["disagreements"]],
        reliability=Reliability(
            krippendorff_alpha_interval=_flt(rel["krippendorff_alpha_interval"]),
            icc_2_1=_flt(rel["icc_2_1"]), icc_3_1=_flt(rel["icc_3_1"]),
            kendall_w=_flt(rel["kendall_w"]),
            icc_2_k=_flt(rel.get("icc_2_k")),
            reasons={k: v for k, v in rel.get("reasons", [])},
            n_nominees=rel.get("n_nominees"), n_judges=rel.get("n_judges"),
            kendall_w_method=rel.get("kendall_w_method", ""),
            per_criterion_alpha={k: _flt(v) for k, v in rel["per_criterion_alpha"]},
            reading=list(rel["reading"])),
        judges=[JudgeRow(name=j["name"], fingerprint=j["fingerprint"], status=j["status"],
                         file=j["file"], sha256=j["sha256"], sequence=j["sequence"],
                         warnings=list(j["warnings"]), severity=_flt(j["severity"]),
                         agreement=_flt(j["agreement"]), message=j["message"])
                for j in doc["judges"]],
        judge_totals={fp: {n: _flt(v) for n, v in per.items()}
                      for fp, per in doc["judge_totals"].items()},
        levels={(fp, n, c): lv for fp, n, c, lv in doc["levels"]},
        comments=[Comment(n, c, t) for n, c, t in doc["comments"]],
        inputs=[(f, s) for f, s in doc["inputs"]],
        domains=[(i, t) for i, t in doc["domains"]],
        generated_at=doc["generated_at"], chair=doc["chair"],
        chair_fingerprint=doc["chair_fingerprint"], panel_doc=doc.get("panel"),
        incomplete_design=bool(doc.get("incomplete_design", False)),
        bootstrap_resamples=int(doc.get("bootstrap", {}).get("resamples", 0)),
        bootstrap_note=str(doc.get("bootstrap", {}).get("note", "")),
        category_stats=_category_stats_of(doc),
        # absent from results written before the meeting existed
        decisions=[Decision(c, n, r, bool(o)) for c, n, r, o in doc.get("decisions", [])],
        notes=[MeetingNote(n, t) for n, t in doc.get("notes", [])])


# --------------------------------------------------------------------------- rendering

def _dec(s: str | None, places: int) -> Decimal | None:
    if s is None:
        return None
    return round(Decimal(s), places)


def _judge_headers(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(fingerprint, column header) per judge whose totals count, in the Judges sheet's
    order, with unique headers."""
    totals = doc["judge_totals"]
    order = [j for j in doc["judges"] if j["fingerprint"] in totals and j["status"] == "valid"]
    names = {j["fingerprint"]: j["name"] for j in order}
    fps = list(dict.fromkeys([j["fingerprint"] for j in order] + sorted(totals)))
    out = []
    used: set[str] = set()
    for fp in fps:
        name = names.get(fp) or fp
        header = name if name not in used else f"{name} ({fp[7:15]})"
        used.add(header)
        out.append((fp, header))
    return out


def score_header(method: str) -> str:
    """The Ranking sheet's header for a method's score column. Schulze's "score" is the
    number of nominees a nominee beats by strongest paths, so it is named for what it is."""
    return "Schulze wins" if method == Method.SCHULZE else f"Score ({method})"


# headers an older version wrote: a workbook signed then still verifies (the header is not a
# signed value; it is rendered from the method name)
LEGACY_HEADERS = {"Schulze wins": "Score (schulze)", "Score (Schulze wins)": "Score"}


def render_grids(doc: dict[str, Any]) -> dict[str, Grid]:
    """The visible sheets as grids (row 1 = header), derived from the payload only."""
    names = {r["nominee_id"]: r["nominee"] for r in doc["ranking"]}
    domains = doc["domains"]
    methods = [m for m in METHODS if m in doc["by_method"]] + sorted(
        m for m in doc["by_method"] if m not in METHODS)
    by_method = {m: {r["nominee_id"]: r for r in rows} for m, rows in doc["by_method"].items()}

    official = "Score (Schulze wins)" if doc["method"] == Method.SCHULZE else "Score"
    # workbooks written before the bootstrap have no p_first: they render (and verify) as then
    boot = "bootstrap" in doc
    if boot:  # the official method's rank and score are the first columns already
        methods = [m for m in methods if m != doc["method"]]
    ranking: Grid = [["Rank", "Tied", "Nominee ID", "Nominee", official, "Judges", "SD", "Min",
                      "Max",
                      *(["P(first)", "Ranks (90%)"] if boot else []),
                      *[f"{t} ({i})" for i, t in domains],
                      *[h for m in methods for h in (f"Rank ({m})", score_header(m))]]]
    for r in doc["ranking"]:
        row: list[Cell] = [r["rank"] if r["score"] is not None else None,
                           "yes" if r["tied"] else "no", r["nominee_id"], r["nominee"],
                           _dec(r["score"], 2), r["judges"], _dec(r["sd"], 2),
                           _dec(r["min"], 2), _dec(r["max"], 2)]
        if boot:
            iv = r.get("rank_interval")
            row += [_dec(r.get("p_first"), 3),
                    (str(iv[0]) if iv[0] == iv[1] else f"{iv[0]}-{iv[1]}") if iv else None]
        row += [_dec(r["domain_scores"].get(i), 2) for i, _t in domains]
        for m in methods:
            other = by_method[m].get(r["nominee_id"])
            if other is None or other["score"] is None:
                row += [None, None]
            else:
                row += [other["rank"], _dec(other["score"], 2)]
        ranking.append(row)

    judges = _judge_headers(doc)
    matrix: Grid = [["Nominee ID", "Nominee", *[h for _fp, h in judges]]]
    for r in doc["ranking"]:
        nid = r["nominee_id"]
        matrix.append([nid, r["nominee"],
                       *[_dec(doc["judge_totals"][fp].get(nid), 2) for fp, _h in judges]])

    criteria: Grid = [["Nominee ID", "Nominee", "Criterion ID", "Judges", "Mean", "Min", "Max",
                       "SD", "Range", "Flagged"]]
    for n, c, k, mean, lo, hi, sd, rng, flagged in doc["criteria"]:
        criteria.append([n, names.get(n, n), c, k, _dec(mean, 2), lo, hi, _dec(sd, 2), rng,
                         "yes" if flagged else "no"])

    disagreements: Grid = [["Nominee ID", "Nominee", "Criterion ID", "Range", "SD", "Reason"]]
    for n, c, rng, sd, reason in doc["disagreements"]:
        disagreements.append([n, names.get(n, n), c if c is not None else "(total)",
                              _dec(rng, 2), _dec(sd, 2), reason])

    rel = doc["reliability"]
    reliability: Grid = [["Statistic", "Scope", "Value", "Note"]]
    stats_rows = [("Krippendorff's alpha (interval)", "krippendorff_alpha_interval"),
                  ("ICC(2,1)", "icc_2_1"), ("ICC(3,1)", "icc_3_1"),
                  ("Kendall's W", "kendall_w")]
    if "icc_2_k" in rel:  # written since ICC(2,k) and the reasons exist
        stats_rows.insert(3, ("ICC(2,k)", "icc_2_k"))
    reasons = dict(rel.get("reasons", []))
    used = (f"nominee totals ({rel['n_nominees']} nominees, {rel['n_judges']} judges)"
            if rel.get("n_nominees") is not None else "nominee totals")
    for label, key in stats_rows:
        reliability.append([label, used if key != "krippendorff_alpha_interval" and
                            "icc_2_k" in rel else "nominee totals", _dec(rel[key], 3),
                            None if rel[key] is not None else
                            reasons.get(key, "not enough data")])
    for cid, value in rel["per_criterion_alpha"]:
        reliability.append(["Krippendorff's alpha (interval)", cid, _dec(value, 3),
                            None if value is not None else "not enough data"])
    for sentence in rel["reading"]:
        reliability.append(["Reading", "panel", None, sentence])

    judges_grid: Grid = [["Judge", "Fingerprint", "Status", "File", "SHA-256", "Sequence",
                          "Warnings", "Severity", "Agreement", "Message"]]
    for j in doc["judges"]:
        judges_grid.append([j["name"], j["fingerprint"], j["status"], j["file"], j["sha256"],
                            j["sequence"], ", ".join(j["warnings"]), _dec(j["severity"], 2),
                            _dec(j["agreement"], 3), j["message"]])

    signed = bool(doc["chair_fingerprint"])
    method: Grid = [["Item", "Value"],
                    ["Panel", doc["panel_title"]], ["Panel ID", doc["panel_id"]],
                    ["Round", doc["round"]],
                    ["Framework", f"{doc['framework_id']} {doc['framework_version']}"],
                    ["Framework hash", doc["framework_hash"]],
                    ["Official method", doc["method"]],
                    ["Generated at", doc["generated_at"]],
                    ["Signature", f"signed by {doc['chair']} ({doc['chair_fingerprint']})"
                     if signed else "unsigned: no chair identity; the values cannot be "
                                    "attributed to anyone"],
                    ["How to verify", "open it with ZeroDX: 'zerodx report RESULT.xlsx' "
                                      "checks the signature and every value first"],
                    ["Methods", METHODS_TEXT if boot else LEGACY_METHODS_TEXT]]
    if boot:
        method.append(["Uncertainty", UNCERTAINTY_TEXT.format(
            n=doc["bootstrap"]["resamples"]) if doc["bootstrap"]["resamples"]
            else f"not estimated: {doc['bootstrap']['note']}"])
        if doc.get("incomplete_design"):
            method.append(["Design", "incomplete: not every judge scored every nominee "
                                     "(recusals or assignments); compare the adjusted "
                                     "ranking"])
    method += [["Sensitivity", s] for s in doc["sensitivity"]]

    inputs: Grid = [["File", "SHA-256"], *[[f, s] for f, s in doc["inputs"]]]
    grids = {RANKING: ranking, **_category_grids(doc, official), MATRIX: matrix,
             CRITERIA: criteria,
             DISAGREEMENTS: disagreements, RELIABILITY: reliability, JUDGES: judges_grid,
             METHOD: method, INPUTS: inputs}
    if "decisions" in doc:  # a result from before the meeting existed has no such sheet
        meeting: Grid = [["Item", "Category", "Nominee ID", "Nominee", "Overrides ranking",
                          "Text"]]
        for c, n, r, o in doc["decisions"]:
            meeting.append(["Decision", c, n, names.get(n, n), "yes" if o else "no",
                            r or None])
        for n, t in doc.get("notes", []):
            meeting.append(["Chair's note", None, n, names.get(n, n), None, t])
        grids[DECISIONS] = meeting
    return grids


def category_sheet_name(title: str, used: set[str]) -> str:
    """A sheet name for an award category: at most 31 characters, none of []:*?/\\,
    unique in the workbook."""
    clean = "".join(" " if ch in "[]:*?/\\'" else ch for ch in title).strip() or "Category"
    base = ("Category " + clean)[:31].rstrip()
    name, n = base, 2
    while name.casefold() in {u.casefold() for u in used}:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


def _category_grids(doc: dict[str, Any], official: str) -> dict[str, Grid]:
    """A sheet per award category (panels with categories): its nominees ranked within it."""
    from zerodx_desktop.core.programme import Category, category_rankings

    panel = doc.get("panel") or {}
    cats = [Category(c["id"], c["title"], c.get("title_zh", ""))
            for c in panel.get("categories", [])]
    if not cats:
        return {}
    category_of = {n["id"]: n.get("category", "") for n in panel.get("nominees", [])}
    rows = [_row_of(r) for r in doc["ranking"]]
    used = {RANKING, MATRIX, CRITERIA, DISAGREEMENTS, RELIABILITY, JUDGES, METHOD, INPUTS,
            SIGNATURE, DECISIONS}
    out: dict[str, Grid] = {}
    stats = _category_stats_of(doc)
    for cr in category_rankings(rows, cats, category_of, stats):
        grid: Grid = [["Rank", "Tied", "Nominee ID", "Nominee", official, "Judges", "SD",
                       "Min", "Max", "Category ID", "P(first)", "Rank interval (90%)"]]
        for r in cr.rows:
            iv = r.rank_interval
            grid.append([r.rank if r.score is not None else None, "yes" if r.tied else "no",
                         r.nominee_id, r.nominee, _dec(_num(r.score), 2), r.judges,
                         _dec(_num(r.sd), 2), _dec(_num(r.min), 2), _dec(_num(r.max), 2),
                         cr.id, _dec(_num(r.p_first), 3),
                         f"{iv[0]}–{iv[1]}" if iv else None])
        own = stats.get(cr.id)
        if own is not None:  # the category's own reliability, each with its reason if none
            rel = own.reliability
            grid.append([])
            grid.append(["Statistic", "Value", "Why none"])
            for key, value in (("krippendorff_alpha_interval", rel.krippendorff_alpha_interval),
                               ("icc_2_1", rel.icc_2_1), ("icc_3_1", rel.icc_3_1),
                               ("icc_2_k", rel.icc_2_k), ("kendall_w", rel.kendall_w)):
                grid.append([key, _dec(_num(value), 3), rel.reasons.get(key)])
            if own.bootstrap_note:
                grid.append(["p_first", None, own.bootstrap_note])
        out[category_sheet_name(cr.title, used)] = grid
    return out


# --------------------------------------------------------------------------- writing

def _check_texts(doc: dict[str, Any]) -> None:
    """Every text a visible cell will show must fit a cell (UserError otherwise).

    Comments only travel inside the payload (JSON-escaped), so they are not checked here;
    repeated texts (reasons, names) are checked once.
    """
    from zerodx_desktop.formats.xlsx.text import safe_cell_text

    texts: dict[str, str] = {}

    def add(value: Any, where: str) -> None:
        if isinstance(value, str) and value not in texts:
            texts[value] = where

    add(doc["panel_title"], "panel title")
    for s in doc["sensitivity"] + doc["reliability"]["reading"]:
        add(s, "reading")
    for r in doc["ranking"]:
        add(r["nominee"], f"nominee {r['nominee_id']}")
    for d in doc["disagreements"]:
        add(d[4], f"disagreement {d[0]}")
    for j in doc["judges"]:
        for key in ("name", "file", "message"):
            add(j[key], f"judge {j['fingerprint']} {key}")
        add(", ".join(j["warnings"]), "warnings")
    for f, _sha in doc["inputs"]:
        add(f, "input file name")
    for _i, title in doc["domains"]:
        add(title, "domain title")
    for c, n, r, _o in doc.get("decisions", []):
        add(c, "decision category")
        add(r, f"rationale for {n}")
    for n, t in doc.get("notes", []):
        add(t, f"note about {n}")
    for text, where in texts.items():
        safe_cell_text(text, where=where)


_MIN_WIDTH, _MAX_WIDTH, _TEXT_WIDTH = 6.0, 68.0, 36.0  # 68: a SHA-256 on one line


def column_widths(grid: Grid) -> list[float]:
    """Column widths (characters) that fit each column's content, so that a sheet printed one
    page wide stays legible: a header wraps at its spaces (its longest word sets the minimum),
    a column of words (names, reasons) is capped at 36 and wraps; ids and hashes (no spaces)
    get up to 68 (a SHA-256 stays on one line)."""
    ncols = max((len(r) for r in grid), default=0)
    out = [_MIN_WIDTH] * ncols
    words = [False] * ncols
    for ri, row in enumerate(grid):
        for ci, v in enumerate(row):
            if ri == 0:
                w = max((text_width(word) for word in str(v or "").split()), default=0) + 3
            else:
                w = text_width(v) + 2
                if isinstance(v, str) and len(v.split()) > 1:
                    words[ci] = True
            if w > out[ci]:
                out[ci] = w
    return [min(_TEXT_WIDTH if words[ci] else _MAX_WIDTH, round(w, 1))
            for ci, w in enumerate(out)]


def _wrapped_rows(grid: Grid, widths: list[float]) -> dict[int, int]:
    """Data rows (1-based sheet row) whose text wraps in its column: how many lines."""
    out: dict[int, int] = {}
    for ri, row in enumerate(grid[1:], start=2):
        lines = max((wrapped_lines(v, w - 2) for v, w in zip(row, widths, strict=False)
                     if isinstance(v, str) and text_width(v) + 2 > w), default=1)
        if lines > 1:
            out[ri] = lines
    return out


def _print_setup(ws: Any, grid: Grid) -> list[float]:
    """Column widths by content; rows tall enough for their wrapped text; printed on A4
    landscape, one page wide, header row repeated on every page (the same page setup as a
    score sheet). Returns the widths."""
    from openpyxl.utils import get_column_letter

    widths = column_widths(grid)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    lines = max((wrapped_lines(str(h or ""), w - 3) for h, w in zip(grid[0], widths,
                                                                    strict=False)), default=1)
    if lines > 1:  # spreadsheet programs do not grow a row for wrapped text on their own
        ws.row_dimensions[1].height = min(MAX_ROW_HEIGHT_PT, 15 * lines)
    for r, n in _wrapped_rows(grid, widths).items():
        ws.row_dimensions[r].height = min(MAX_ROW_HEIGHT_PT, 15 * n)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    # narrow margins: a wide sheet fitted to the page width prints that much larger
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Page &P of &N"
    return widths


def _write_bytes(grids: dict[str, Grid], payload_text: str, public_key: str,
                 signature: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    from zerodx_desktop.formats.xlsx.text import needs_text_type
    from zerodx_desktop.formats.xlsx.writer import text_cell

    # The score sheet's font (Calibri 11) for the header too: a Font without a name prints
    # in the spreadsheet program's fallback face (a serif in LibreOffice).
    bold = Font(name="Calibri", size=11, family=2, bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    top_align = Alignment(vertical="top")
    wb = Workbook(write_only=True)
    wb.properties.creator = "ZeroDX Desktop"
    wb.properties.title = "ZeroDX panel result"
    for title, grid in grids.items():
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        widths = _print_setup(ws, grid)
        header = []
        for h in grid[0]:
            cell = text_cell(ws, str(h), font=bold, alignment=wrap)
            cell.fill = fill
            header.append(cell)
        ws.append(header)
        tall = _wrapped_rows(grid, widths)
        for ri, row in enumerate(grid[1:], start=2):
            out: list[Any] = []
            # a row made taller for wrapped text has every cell at the top, on one line
            top = top_align if ri in tall else None
            for v, w in zip(row, widths, strict=False):
                if isinstance(v, str) and text_width(v) + 2 > w:
                    out.append(text_cell(ws, v, alignment=wrap))  # row height set to fit
                elif isinstance(v, str):
                    out.append(text_cell(ws, v, alignment=top) if needs_text_type(v) or top
                               else v)
                elif isinstance(v, Decimal):
                    cell = WriteOnlyCell(ws, value=float(v))
                    exponent = v.as_tuple().exponent
                    places = -exponent if isinstance(exponent, int) else 2
                    cell.number_format = "0.000" if places > 2 else "0.00"
                    if top is not None:
                        cell.alignment = top
                    out.append(cell)
                elif top is not None and v is not None:
                    cell = WriteOnlyCell(ws, value=v)
                    cell.alignment = top
                    out.append(cell)
                else:
                    out.append(v)
            ws.append(out)
    sig = wb.create_sheet(SIGNATURE)
    sig.sheet_state = "veryHidden"
    chunks = [payload_text[i:i + CHUNK_CODEPOINTS]
              for i in range(0, len(payload_text), CHUNK_CODEPOINTS)] or [""]
    sig.append([text_cell(sig, RESULT_FORMAT)])
    sig.append([text_cell(sig, "public_key"), text_cell(sig, public_key)])
    sig.append([text_cell(sig, "signature"), text_cell(sig, signature)])
    sig.append([text_cell(sig, "payload_chunks"), len(chunks)])
    for chunk in chunks:
        sig.append([text_cell(sig, "payload"), text_cell(sig, chunk)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_result_workbook(path: Path, result: PanelResult, identity: Identity | None) -> str:
    """Write the result workbook atomically, signed by ``identity`` (unsigned when None).

    Returns the SHA-256 (hex) of the written file, and records the signer and the hash of
    the signed values on ``result`` (``chair``, ``chair_fingerprint``, ``content_sha256``).
    Raises UserError for text a cell cannot hold (nothing is cut) or a folder that cannot be
    written.
    """
    doc = payload_doc(result, identity)
    _check_texts(doc)
    payload = canonical_json(doc)
    if identity is not None:
        signature = base64.b64encode(identity.sign(RESULT_FORMAT, payload)).decode("ascii")
        public_key = identity.public_key
    else:
        signature, public_key = "", ""
    # render from the payload exactly as a reader will see it (canonical key order)
    text = payload.decode("utf-8")
    data = _write_bytes(render_grids(json.loads(text)), text, public_key, signature)
    atomic_write_bytes(path, data)
    result.chair, result.chair_fingerprint = doc["chair"], doc["chair_fingerprint"]
    result.content_sha256 = sha256_hex(payload)
    return sha256_hex(data)
