"""The signed score sheet (.xlsx): what a judge exports and the chair verifies.

Visible sheets *Scores*, *Summary*, *Conflicts*, *About* (and *Audit* when an audit log or
its summary is given: by default an export carries the chain head and counts, the full
history only when the judge chooses) are rendered from the signed payload by
:func:`render_grids`; the very hidden sheet ``_signature`` holds the canonical payload JSON
(in chunks) and an Ed25519 signature over it.
Writer and verifier both call :func:`render_grids`, so the layout is defined once and
verification compares every visible cell with what was signed, naming the cells that differ.

The payload signs *values*, not file bytes: ids, levels, comments, plus a ``display`` part
holding what the sheet shows besides them (nominee names, domain/dimension titles, short
questions, level labels, summary figures as decimal strings, audit rows). A sheet re-saved by
Excel or LibreOffice without edits still verifies; any edited value is named.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from zerodx_desktop import __version__
from zerodx_desktop.atomic_io import atomic_write_bytes
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.sheet import (
    SHEET_FORMAT,
    DeclaredConflict,
    ScoreRow,
    SheetContent,
)
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx.text import safe_cell_text, text_width
from zerodx_desktop.formats.xlsx.writer import write_xlsx

SCORES, SUMMARY, CONFLICTS, ABOUT, AUDIT, SIGNATURE = (
    "Scores", "Summary", "Conflicts", "About", "Audit", "_signature")
SCORES_HEADER = ("Nominee ID", "Nominee", "Domain", "Dimension", "Criterion ID",
                 "Criterion", "Level", "Level label", "Comment")
RECUSED = "recused"
ROW_IDS = {SCORES: (1, 5)}  # a row of Scores is named by its nominee id and criterion id
CHUNK_CODEPOINTS = 16_000  # <= 32,000 UTF-16 units whatever the characters
QUESTION_SHORT = 200

Cell = str | int | Decimal | None
Grid = list[list[Cell]]


# --------------------------------------------------------------------------- rendering

def _short(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) > QUESTION_SHORT:
        line = line[: QUESTION_SHORT - 1].rstrip() + "…"
    return line


ABOUT_KEYS = ("Judge", "E-mail", "Fingerprint", "Public key", "Panel ID", "Panel title",
              "Round", "Framework ID", "Framework version", "Framework hash", "Exported at",
              "Sequence", "Audit head", "App version", "How to verify")
HOW_TO_VERIFY = ("This sheet is signed. Any edited cell makes it fail verification. Check it "
                 "with: zerodx verify FILE.xlsx --panel PANEL.zdxpanel")


# what the Summary's status cell says (summary rule 2), by core.verification.summary_status
SUMMARY_STATUS = {"complete": "complete", "partial": "partial: {scored} of {criteria}",
                  "not_scored": "not scored", "recused": "recused"}


def default_labels(domain_titles: list[str],
                   summary_rule: int = V.SUMMARY_RULE) -> dict[str, Any]:
    """The fixed wording of a sheet (headers, About keys, markers). It is signed with the
    values, so a later version may reword or translate it without breaking old sheets.
    Summary rule 2 adds the Summary's *Status* column and its words."""
    status = ["Status"] if summary_rule >= 2 else []
    extra: dict[str, Any] = {"summary_status": dict(SUMMARY_STATUS)} if status else {}
    return {
        **extra,
        "scores": list(SCORES_HEADER),
        "summary": ["Nominee ID", "Nominee", *[f"{t} (0–100)" for t in domain_titles],
                    "Total (0–100)", "Scored", "Criteria", "Recused", *status],
        "conflicts": ["Nominee ID", "Nominee", "Reason"],
        "about": ["Field", "Value"],
        "about_keys": list(ABOUT_KEYS),
        "how_to_verify": HOW_TO_VERIFY,
        "recused": RECUSED,
        "yes": "yes",
    }


def render_grids(content: SheetContent, display: dict[str, Any]) -> dict[str, Grid]:
    """The visible cells of every signed sheet, from the signed values alone.

    Row 1 of each grid is its header. Numbers are ``int`` (levels, counts) or ``Decimal``
    (0–100 figures, written with two decimals); ``None`` is an empty cell.
    """
    text = display["labels"]
    names = {nid: name for nid, name in display["nominees"]}
    domains = {did: title for did, title in display["domains"]}
    crit = {cid: (domains.get(did, did), dim, q) for cid, did, dim, q in display["criteria"]}
    levels = {int(v): lab for v, lab in display["levels"]}
    recused = {c.nominee_id for c in content.conflicts}

    scores: Grid = [list(text["scores"])]
    for s in content.scores:
        dom, dim, q = crit.get(s.criterion_id, ("", "", ""))
        if s.nominee_id in recused:
            label: str | None = text["recused"]
        elif s.level is None:
            label = None
        else:
            label = levels.get(s.level, "")
        scores.append([s.nominee_id, names.get(s.nominee_id, ""), dom, dim, s.criterion_id, q,
                       s.level, label, s.comment or None])

    summary: Grid = [list(text["summary"])]
    rule = summary_rule_of(display)
    for nid, subs, total, scored, count in display["summary"]:
        line: list[Cell] = [nid, names.get(nid, ""),
                            *[None if x is None else Decimal(x) for x in subs],
                            None if total is None else Decimal(total), scored, count,
                            text["yes"] if nid in recused else None]
        if rule >= 2:  # the line's status: a partial figure is left empty and said partial
            code = V.summary_status(V.SummaryRow(nid, (), None, scored, count),
                                    nid in recused)
            line.append(str(text["summary_status"][code]).format(scored=scored,
                                                                 criteria=count))
        summary.append(line)

    conflicts: Grid = [list(text["conflicts"])]
    for c in content.conflicts:
        conflicts.append([c.nominee_id, names.get(c.nominee_id, ""), c.reason or None])

    values: list[Cell] = [
        content.judge_name, content.judge_email, content.fingerprint, content.public_key,
        content.panel_id, content.panel_title, content.round, content.framework_id,
        content.framework_version, content.framework_hash, content.exported_at,
        content.sequence, content.audit_head or None, display.get("app_version") or None,
        text["how_to_verify"]]
    keys = list(text["about_keys"])
    if len(keys) != len(values):
        raise ValueError("the About labels do not match the About values")
    about: Grid = [list(text["about"]), *[[k, v] for k, v in zip(keys, values, strict=True)]]
    broken = display.get("audit_broken")
    if broken:  # only in sheets exported over a broken audit chain
        about.append([broken["label"], broken["text"]])

    grids: dict[str, Grid] = {SCORES: scores, SUMMARY: summary, CONFLICTS: conflicts,
                              ABOUT: about}
    audit = display.get("audit")
    if audit is not None:
        grids[AUDIT] = [list(audit["columns"]), *[list(r) for r in audit["rows"]]]
    return grids


# --------------------------------------------------------------------------- writing

def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _prepare(content: SheetContent, framework: Framework, panel: Panel,
             identity: Identity) -> SheetContent:
    """The content to sign: every nominee x criterion row, judge/panel/framework filled in."""
    if panel.framework_hash and framework.hash and panel.framework_hash != framework.hash:
        raise UserError("the framework is not the one this panel uses", where="export",
                        hint="Re-open the panel package and export again.")
    criteria = framework.criteria()
    crit_ids = {c.id for c in criteria}
    # with assignments, the sheet holds the judge's assigned nominees only (the rest is
    # missing by design, never incomplete)
    nominee_ids = panel.assigned_to(identity.fingerprint)
    known = {n.id for n in panel.nominees}

    declared: dict[str, str] = {}
    for c in content.conflicts:
        if c.nominee_id not in known:
            raise UserError(f"conflict declared for unknown nominee '{c.nominee_id}'",
                            where="conflicts")
        reason = safe_cell_text(c.reason or "", where=f"conflict reason for {c.nominee_id}")
        declared.setdefault(c.nominee_id, reason)

    given: dict[tuple[str, str], ScoreRow] = {}
    for s in content.scores:
        where = f"score {s.nominee_id}/{s.criterion_id}"
        if s.nominee_id not in known:
            raise UserError(f"unknown nominee '{s.nominee_id}'", where=where)
        if s.criterion_id not in crit_ids:
            raise UserError(f"unknown criterion '{s.criterion_id}'", where=where)
        if s.level is not None and (isinstance(s.level, bool) or not isinstance(s.level, int)
                                    or not framework.scale.contains(s.level)):
            raise UserError(f"level {s.level!r} is not on the scale "
                            f"{framework.scale.min}..{framework.scale.max}", where=where)
        key = (s.nominee_id, s.criterion_id)
        if key in given:
            raise UserError("the same criterion is scored twice", where=where)
        given[key] = ScoreRow(s.nominee_id, s.criterion_id, s.level,
                              safe_cell_text(s.comment or "", where=f"comment for {where}"))

    rows: list[ScoreRow] = []
    for nid in nominee_ids:
        for crit in criteria:
            row = given.get((nid, crit.id))
            if nid in declared or row is None:
                rows.append(ScoreRow(nid, crit.id, None, ""))
            else:
                rows.append(row)
    if isinstance(content.sequence, bool) or not isinstance(content.sequence, int) \
            or content.sequence < 0:
        raise UserError("the export sequence number must be a whole number >= 0",
                        where="sequence")
    # the roster's name for this key (what the chair checks), else the identity's own
    entry = panel.judge_by_fingerprint(identity.fingerprint)
    return dataclasses.replace(
        content,
        judge_name=safe_cell_text(entry.name if entry else identity.name, where="judge name"),
        judge_email=safe_cell_text(identity.email, where="judge e-mail"),
        fingerprint=identity.fingerprint, public_key=identity.public_key,
        panel_id=panel.id, panel_title=safe_cell_text(panel.title, where="panel title"),
        round=int(panel.round), framework_id=framework.id,
        framework_version=safe_cell_text(framework.version, where="framework version"),
        framework_hash=framework.hash,
        exported_at=safe_cell_text(content.exported_at or _now(), where="exported at"),
        audit_head=safe_cell_text(content.audit_head or "", where="audit head"),
        scores=rows,
        conflicts=[DeclaredConflict(n, declared[n]) for n in nominee_ids if n in declared],
    )


def summary_rule_of(display: dict[str, Any]) -> int:
    """The Summary rule a signed display was written by (1 when it does not say: sheets
    exported before rule 2); ValueError for a rule this version does not know."""
    rule = display.get("summary_rule", 1)
    if isinstance(rule, bool) or rule not in V.SUMMARY_RULES:
        raise ValueError(f"unknown summary rule {rule!r}")
    return int(rule)


def _summary(content: SheetContent, framework: Framework,
             rule: int = V.SUMMARY_RULE) -> list[list[Any]]:
    """The *Summary* lines as signed: the rule of core.verification.summary_rows."""
    levels = {(s.nominee_id, s.criterion_id): s.level for s in content.scores}
    nominees = list(dict.fromkeys(s.nominee_id for s in content.scores))
    recused = {c.nominee_id for c in content.conflicts}
    return [[r.nominee_id, list(r.subtotals), r.total, r.scored, r.criteria]
            for r in V.summary_rows(framework, levels, nominees, recused, rule=rule)]


def _audit_value(v: Any, where: str) -> str | int | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return safe_cell_text(v, where=where)
    if isinstance(v, float):
        return repr(v)
    return safe_cell_text(json.dumps(v, sort_keys=True, ensure_ascii=False, default=str),
                          where=where)


AUDIT_SUMMARY_KEYS = ("Audit chain head", "Chain length (events)", "Events for this panel",
                      "First event", "Last event", "Edit history")
HISTORY_NOT_INCLUDED = ("not included: the judge exported these counts only (old scores and "
                        "comments stay on their computer)")


def _audit_summary_grid(summary: dict[str, Any]) -> dict[str, Any]:
    def text(v: Any, where: str) -> str | None:
        return None if v in (None, "") else safe_cell_text(str(v), where=where)

    def count(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise UserError("the audit counts are not whole numbers", where="audit summary")
        return v

    values = [text(summary.get("head"), "audit head"), count(summary.get("chain_length")),
              count(summary.get("events")), text(summary.get("first_at"), "first event"),
              text(summary.get("last_at"), "last event"), HISTORY_NOT_INCLUDED]
    return {"columns": ["Audit", "Value"],
            "rows": [[k, v] for k, v in zip(AUDIT_SUMMARY_KEYS, values, strict=True)]}


def _display(content: SheetContent, framework: Framework, panel: Panel,
             audit_log: list[dict[str, Any]] | None,
             audit_summary: dict[str, Any] | None = None,
             summary_rule: int = V.SUMMARY_RULE) -> dict[str, Any]:
    criteria: list[list[str]] = []
    for d in framework.domains:
        for m in d.dimensions:
            for c in m.criteria:
                criteria.append([c.id, d.id, safe_cell_text(str(m.title), where=f"{m.id} title"),
                                 safe_cell_text(_short(str(c.question)),
                                                where=f"{c.id} question")])
    audit = None
    if audit_log is not None:
        columns: list[str] = list(dict.fromkeys(str(k) for e in audit_log for k in e))
        rows = [[_audit_value(e.get(k), f"audit row {i + 1}") for k in columns]
                for i, e in enumerate(audit_log)]
        audit = {"columns": [safe_cell_text(c, where="audit column") for c in columns],
                 "rows": rows}
    elif audit_summary is not None:
        audit = _audit_summary_grid(audit_summary)
    extra: dict[str, Any] = {}
    if summary_rule >= 2:  # absent in older sheets: they are rendered and checked by rule 1
        extra["summary_rule"] = summary_rule
    if content.audit_broken:
        problems = [safe_cell_text(p, where="audit problem") for p in content.audit_broken]
        shown = "; ".join(problems[:20]) + (
            f"; and {len(problems) - 20} more" if len(problems) > 20 else "")
        extra["audit_broken"] = {
            "label": "Warning",
            "text": "audit_broken: the judge's edit history (audit chain) was changed outside "
                    "the app, and the judge exported this sheet knowing it: " + shown,
            "rows": problems}
    return {
        **extra,
        "nominees": [[n.id, safe_cell_text(n.name, where=f"nominee {n.id} name")]
                     for n in panel.nominees],
        "domains": [[d.id, safe_cell_text(str(d.title), where=f"domain {d.id} title")]
                    for d in framework.domains],
        "criteria": criteria,
        "levels": [[lv.value, safe_cell_text(str(lv.label), where=f"level {lv.value} label")]
                   for lv in framework.scale.levels],
        "summary": _summary(content, framework, summary_rule),
        "app_version": __version__,
        "audit": audit,
        "labels": default_labels([safe_cell_text(str(d.title), where=f"domain {d.id} title")
                                  for d in framework.domains], summary_rule),
    }


def _payload_doc(content: SheetContent, display: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": SHEET_FORMAT,
        "judge": {"name": content.judge_name, "email": content.judge_email,
                  "fingerprint": content.fingerprint, "public_key": content.public_key},
        "panel": {"id": content.panel_id, "title": content.panel_title,
                  "round": content.round},
        "framework": {"id": content.framework_id, "version": content.framework_version,
                      "hash": content.framework_hash},
        "sequence": content.sequence,
        "exported_at": content.exported_at,
        "audit_head": content.audit_head,
        "scores": [[s.nominee_id, s.criterion_id, s.level, s.comment] for s in content.scores],
        "conflicts": [[c.nominee_id, c.reason] for c in content.conflicts],
        "display": display,
    }


_WIDTHS = {
    SCORES: (14, 28, 24, 24, 30, 60, 7, 16, 60),
    CONFLICTS: (14, 28, 60),
    ABOUT: (20, 90),
}
# names and texts wrap (the writer sets the row heights); ids never wrap, so their columns
# grow to the longest id (up to _MAX_ID_WIDTH): a cut id cannot be read or searched for
_WRAP_COLS = {SCORES: {2, 3, 4, 6, 9}, SUMMARY: {2}, CONFLICTS: {2, 3}, ABOUT: {2}}
_ID_COLS = {SCORES: (1, 5), SUMMARY: (1,), CONFLICTS: (1,)}
_MAX_ID_WIDTH = 48.0


def _fit_ids(title: str, grid: Grid, widths: list[float]) -> list[float]:
    for col in _ID_COLS.get(title, ()):
        ids = {row[col - 1] for row in grid[1:] if len(row) >= col}  # ids repeat: once each
        longest = max((text_width(v) for v in ids), default=0.0)
        widths[col - 1] = max(widths[col - 1], min(_MAX_ID_WIDTH, longest + 2))
    return widths


SHEET_FILE_TITLE = "ZeroDX signed score sheet"


def _write_bytes(grids: dict[str, Grid], payload_text: str, public_key: str,
                 signature: bytes) -> bytes:
    return write_xlsx(_sheet_specs(grids, payload_text, public_key, signature),
                      title=SHEET_FILE_TITLE)


def _sheet_specs(grids: dict[str, Grid], payload_text: str, public_key: str,
                 signature: bytes) -> list[dict[str, Any]]:
    """The sheets :func:`write_xlsx` is given for these signed grids and signature part."""
    sheets: list[dict[str, Any]] = []
    for title, grid in grids.items():
        ncols = len(grid[0])
        widths = [float(w) for w in _WIDTHS.get(title) or (
            (14, 28, *([16] * (ncols - 2))) if title == SUMMARY else [22] * ncols)]
        if title == SUMMARY and ncols > 2:  # the status ("partial: 12 of 24") is read whole
            widths[-1] = max([16.0, *(text_width(r[-1]) + 2 for r in grid
                                      if r and isinstance(r[-1], str))])
        sheets.append({"title": title, "rows": grid,
                       "widths": _fit_ids(title, grid, widths),
                       "wrap_cols": _WRAP_COLS.get(title, set())})
    chunks = [payload_text[i:i + CHUNK_CODEPOINTS]
              for i in range(0, len(payload_text), CHUNK_CODEPOINTS)] or [""]
    sig_rows: list[list[Any]] = [
        [SHEET_FORMAT], ["public_key", public_key],
        ["signature", base64.b64encode(signature).decode("ascii")],
        ["payload_chunks", len(chunks)], *[["payload", c] for c in chunks]]
    sheets.append({"title": SIGNATURE, "rows": sig_rows, "state": "veryHidden",
                   "header": False, "freeze_header": False, "widths": [16, 100]})
    return sheets


def write_score_sheet(path: Path, content: SheetContent, framework: Framework, panel: Panel,
                      identity: Identity, audit_log: list[dict[str, Any]] | None = None,
                      audit_summary: dict[str, Any] | None = None) -> str:
    """Sign ``content`` with ``identity`` and write the score sheet atomically to ``path``.

    Judge, panel and framework fields come from ``identity``, ``panel`` and ``framework``;
    rows are written for every nominee (panel order) x criterion (framework order); a
    nominee the judge declared a conflict for is written recused (no level, no comment).
    The *Audit* sheet holds ``audit_log`` (every entry, old values included) or, instead,
    ``audit_summary`` (``head``, ``chain_length``, ``events``, ``first_at``, ``last_at``:
    no old value); neither: no *Audit* sheet.
    Raises UserError for text a cell cannot hold (never cuts) or scores off the scale.
    Returns the SHA-256 (hex) of the written file.
    """
    signed = _prepare(content, framework, panel, identity)
    display = _display(signed, framework, panel, audit_log, audit_summary)
    payload = canonical_json(_payload_doc(signed, display))
    signature = identity.sign(SHEET_FORMAT, payload)
    data = _write_bytes(render_grids(signed, display), payload.decode("utf-8"),
                        identity.public_key, signature)
    atomic_write_bytes(path, data)
    return sha256_hex(data)
