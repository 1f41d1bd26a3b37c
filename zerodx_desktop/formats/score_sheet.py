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
import binascii
import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from zerodx_desktop import __version__
from zerodx_desktop.atomic_io import atomic_write_bytes
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.canonical import canonical_json, is_canonical, sha256_hex
from zerodx_desktop.core.errors import SignatureError, UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.sheet import (
    RESULT_FORMAT,
    SHEET_FORMAT,
    ChangedCell,
    DeclaredConflict,
    Mismatch,
    ScoreRow,
    SheetContent,
    SheetVerdict,
    Status,
)
from zerodx_desktop.core.verification_words import (
    STATUS_MESSAGES,
    finding_text,
    tampered_text,
)
from zerodx_desktop.file_hash import file_sha256
from zerodx_desktop.formats.signing import Identity, fingerprint_of, verify_signature
from zerodx_desktop.formats.xlsx.compare import (
    SHEET_SLACK,
    Comparison,
    compare_sheet,
    sheet_caps,
    signed_text,
)
from zerodx_desktop.formats.xlsx.envelope import DEFAULT_MAX_PAYLOAD, read_envelope
from zerodx_desktop.formats.xlsx.reader import UntrustedXlsx, open_untrusted_xlsx
from zerodx_desktop.formats.xlsx.text import ESCAPE_LIKE, safe_cell_text, text_width
from zerodx_desktop.formats.xlsx.untrusted import DEFAULT_MAX_CELLS, unreadable_error
from zerodx_desktop.formats.xlsx.writer import CORE_PROPS, write_xlsx, xlsx_parts

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


# --------------------------------------------------------------------------- reading

def _read_signature(wb: Any, where: str, max_payload: int = DEFAULT_MAX_PAYLOAD
                    ) -> tuple[bytes, bytes]:
    """(payload bytes, signature) from the ``_signature`` sheet, or UserError."""
    if SIGNATURE not in wb.sheetnames:
        raise UserError("this spreadsheet is not a signed ZeroDX score sheet (no signature)",
                        where=where, hint="Ask the judge for the file exported by ZeroDX.")
    env = read_envelope(wb, where, max_payload=max_payload)
    if env.format == RESULT_FORMAT:
        raise UserError("this is the chair's result workbook, not a judge's score sheet",
                        where=where, hint="Give the judges' score sheets; check a result "
                        "workbook with `zerodx verify` on its own.")
    if env.format != SHEET_FORMAT:
        raise UserError("the signature part is not in a format this version understands",
                        where=where)
    try:
        signature = base64.b64decode(env.signature, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise UserError("the signature part of the sheet is damaged", where=where) from exc
    return env.payload, signature


def cell_budget(panel: Panel | None) -> tuple[int, int]:
    """(cells, payload characters) a score sheet for ``panel`` can hold, with room to spare:
    what the reader reads at most before it refuses a file (docs/contract.md §6: work bounded by the
    panel's size, not the file's). Without a panel, fixed bounds."""
    if panel is None:
        return DEFAULT_MAX_CELLS, DEFAULT_MAX_PAYLOAD
    fw = panel.framework if isinstance(panel.framework, dict) else {}
    try:
        n_crit = sum(len(m["criteria"]) for d in fw["domains"] for m in d["dimensions"])
    except (KeyError, TypeError):
        return DEFAULT_MAX_CELLS, DEFAULT_MAX_PAYLOAD
    rows = max(1, len(panel.nominees)) * max(1, n_crit)
    # Scores: 9 columns a row; Summary/Conflicts per nominee; an opted-in audit history of
    # many edits a score; the signature chunks. Comments average well below 2 KB.
    return (100_000 + 64 * rows, min(DEFAULT_MAX_PAYLOAD, 4 * 1024 * 1024 + 2048 * rows))



def _req(d: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    v = d[key]
    if not isinstance(v, kind) or isinstance(v, bool):
        raise ValueError(f"'{key}' has the wrong type")
    return v


def _parse_payload(doc: Any) -> tuple[SheetContent, dict[str, Any]]:
    """SheetContent + display from a payload document; ValueError/KeyError/TypeError if bad."""
    if not isinstance(doc, dict) or doc.get("format") != SHEET_FORMAT:
        raise ValueError("not a score sheet payload")
    judge, panel, fw = doc["judge"], doc["panel"], doc["framework"]
    scores = []
    for row in _req(doc, "scores", list):
        nid, cid, level, comment = row
        if not isinstance(nid, str) or not isinstance(cid, str) or not isinstance(comment, str):
            raise ValueError("bad score row")
        if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
            raise ValueError("bad level")
        scores.append(ScoreRow(nid, cid, level, comment))
    conflicts = []
    for row in _req(doc, "conflicts", list):
        nid, reason = row
        if not isinstance(nid, str) or not isinstance(reason, str):
            raise ValueError("bad conflict row")
        conflicts.append(DeclaredConflict(nid, reason))
    content = SheetContent(
        judge_name=_req(judge, "name", str), judge_email=_req(judge, "email", str),
        fingerprint=_req(judge, "fingerprint", str), public_key=_req(judge, "public_key", str),
        panel_id=_req(panel, "id", str), panel_title=_req(panel, "title", str),
        round=_req(panel, "round", int), framework_id=_req(fw, "id", str),
        framework_version=_req(fw, "version", str), framework_hash=_req(fw, "hash", str),
        sequence=_req(doc, "sequence", int), exported_at=_req(doc, "exported_at", str),
        scores=scores, conflicts=conflicts, audit_head=_req(doc, "audit_head", str),
    )
    display = _req(doc, "display", dict)
    broken = display.get("audit_broken")
    if broken is not None:
        if not isinstance(broken, dict) or not isinstance(broken.get("label"), str) \
                or not isinstance(broken.get("text"), str) \
                or not isinstance(broken.get("rows"), list) or not broken["rows"] \
                or not all(isinstance(r, str) for r in broken["rows"]):
            raise ValueError("bad audit_broken")
        content.audit_broken = list(broken["rows"])
    for key in ("nominees", "domains", "criteria", "levels", "summary"):
        _req(display, key, list)
    _req(display, "labels", dict)
    return content, display


def _load_signed(wb: Any, where: str, panel: Panel | None = None,
                 envelope: list[Any] | None = None
                 ) -> tuple[SheetContent, dict[str, Any]] | Status:
    """Signature-checked content, or Status.BAD_SIGNATURE. UserError when unreadable.
    Reads at most what a sheet of ``panel`` can hold (:func:`cell_budget`). A list given as
    ``envelope`` receives the payload text, public key and signature of a good signature."""
    max_cells, max_payload = cell_budget(panel)
    # shared strings hold the payload chunks (after a re-save) and the visible texts
    wb.set_budget(max_cells=max_cells, max_text=3 * max_payload + 1024 * 1024)
    payload, signature = _read_signature(wb, where, max_payload)
    floats: list[str] = []  # canonical JSON has none: noted here, refused below

    def a_float(text: str) -> float:
        floats.append(text)
        return float(text)

    try:
        doc = json.loads(payload.decode("utf-8"), parse_float=a_float, parse_constant=a_float)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("the signed payload is damaged (not JSON)", where=where) from exc
    try:
        public_key = doc["judge"]["public_key"]
        if not isinstance(public_key, str):
            raise TypeError
    except (KeyError, TypeError) as exc:
        raise UserError("the signed payload names no public key", where=where) from exc
    if not verify_signature(public_key, SHEET_FORMAT, payload, signature):
        return Status.BAD_SIGNATURE
    try:
        content, display = _parse_payload(doc)
        if floats:
            raise TypeError("canonical JSON carries no floats; pass numbers as decimal strings")
        if not is_canonical(doc, payload):
            raise ValueError("payload is not canonical")
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError(f"the signed payload is malformed ({exc})", where=where) from exc
    try:
        if fingerprint_of(content.public_key) != content.fingerprint:
            return Status.BAD_SIGNATURE
    except SignatureError:
        return Status.BAD_SIGNATURE
    if envelope is not None:
        envelope[:] = [payload.decode("utf-8"), public_key, signature]
    return content, display


def read_signed_content(path: Path) -> SheetContent:
    """The signed content of a score sheet, signature checked (visible cells NOT compared).

    Raises UserError when the file is unreadable and SignatureError when the signature does
    not verify. Use :func:`verify_score_sheet` to also detect edited cells.
    """
    where = str(path)
    wb = open_untrusted_xlsx(Path(path))
    try:
        got = _load_signed(wb, where)
    finally:
        wb.close()
    if isinstance(got, Status):
        raise SignatureError("the signature does not match the sheet's signed values",
                             where=where, hint="The file was altered or damaged.")
    return got[0]


# --------------------------------------------------------------------------- comparing
# (the cell-by-cell comparison itself is formats/xlsx/compare.py; here, this sheet's layout)

def _cell_where(title: str, grid: Grid, r: int, c: int) -> str:
    """A signed cell named for a person: the nominee, the criterion (Scores) and the
    column's heading, e.g. "Alpha Co. · c1 · Level"; "" for headers and other sheets."""
    if title not in (SCORES, SUMMARY) or r < 2 or r > len(grid) or not grid:
        return ""
    row, head = grid[r - 1], grid[0]
    parts = [signed_text(row[1]) or signed_text(row[0]) or ""]
    if title == SCORES and len(row) > 4:
        parts.append(signed_text(row[4]) or "")
    if 0 < c <= len(head):
        parts.append(signed_text(head[c - 1]) or "")
    return " · ".join(p for p in parts if p)


AS_WRITTEN = True  # tests turn the shortcut below off to run every sheet through the readers


def as_written(wb: Any, sheets: list[dict[str, Any]], title: str) -> bool:
    """True when ``wb`` is, part for part and byte for byte, the file :func:`write_xlsx`
    makes of ``sheets`` (the signed grids and signature part): only the document
    properties (the time of writing) may differ. Such a file *is* a genuine export of the
    signed values, so every reader shows them — the strict reader's cell-by-cell
    comparison, its display checks and the second reader's cross-check would all find
    nothing, and are skipped (docs/contract.md §7). Any other file — re-saved, edited,
    written by an older version — takes the full comparison."""
    if not AS_WRITTEN or not isinstance(wb, UntrustedXlsx):
        return False
    coded = False

    def parts() -> Iterator[tuple[str, str]]:
        nonlocal coded
        for name, text in xlsx_parts(sheets, title=title):
            if ESCAPE_LIKE.search(text):  # never written by this app: read by both readers
                coded = True
                return
            yield name, text

    return wb.same_parts(parts(), skip=(CORE_PROPS,)) and not coded


# --------------------------------------------------------------------------- verifying


def _shown(display: dict[str, Any]) -> V.Shown | None:
    """What the signed display shows (names, summary lines); None when it is malformed."""
    try:
        names = {str(nid): str(name) for nid, name in display["nominees"]}
        rows = []
        rule = summary_rule_of(display)
        for nid, subs, total, scored, count in display["summary"]:
            if isinstance(scored, bool) or isinstance(count, bool) or not isinstance(
                    scored, int) or not isinstance(count, int) or not isinstance(subs, list):
                return None
            rows.append(V.SummaryRow(str(nid), tuple(None if x is None else str(x)
                                                     for x in subs),
                                     None if total is None else str(total), scored, count))
    except (KeyError, TypeError, ValueError):
        return None
    return V.Shown(names, tuple(rows), rule)


def _with_cells(mismatches: list[Mismatch], domain_ids: list[str]) -> list[Mismatch]:
    """Name the cell of each mismatch in the signed layout."""
    from openpyxl.utils import get_column_letter

    n_domains = len(domain_ids)  # Summary: id, name, domains..., total, scored, count, recused
    out = []
    for m in mismatches:
        cell = ""
        if m.kind == "judge_name":
            cell = f"{ABOUT}!B2"
        elif m.kind == "nominee_name" and m.row >= 0:
            cell = f"{SCORES}!B{m.row + 2}"
        elif m.kind == "summary" and m.row >= 0:
            col = {"nominee": 1, "total": 3 + n_domains, "scored": 4 + n_domains,
                   "criteria": 5 + n_domains}.get(m.column or "")
            if col is None:
                col = 3 + (domain_ids.index(m.column) if m.column in domain_ids else 0)
            cell = f"{SUMMARY}!{get_column_letter(col)}{m.row + 2}"
        out.append(dataclasses.replace(m, cell=cell))
    return out


def _cell_ids(cell: ChangedCell, grids: dict[str, Grid],
              domain_ids: list[str]) -> ChangedCell:
    """``cell`` with the nominee id and criterion id (or domain id / "total") it is about."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    title, _, ref = cell.cell.partition("!")
    if title not in (SCORES, SUMMARY) or not ref:
        return cell
    try:
        letters, row = coordinate_from_string(ref)
        col = column_index_from_string(letters)
    except ValueError:
        return cell
    grid = grids[title]
    if row < 2 or row > len(grid):
        return cell
    line = grid[row - 1]
    nid = signed_text(line[0])
    if title == SCORES:
        return dataclasses.replace(cell, nominee_id=nid, criterion_id=signed_text(line[4]))
    if 3 <= col < 3 + len(domain_ids):
        return dataclasses.replace(cell, nominee_id=nid, criterion_id=domain_ids[col - 3])
    if col == 3 + len(domain_ids):
        return dataclasses.replace(cell, nominee_id=nid, criterion_id="total")
    return dataclasses.replace(cell, nominee_id=nid)




def verify_score_sheet(path: Path, panel: Panel | None = None, *,
                       known_sequences: dict[str, int] | None = None) -> SheetVerdict:
    """Verify a score sheet. Never raises for a bad file: returns status ``unreadable``.

    Order of statuses: unreadable > bad_signature > tampered > unknown_judge > wrong_panel >
    wrong_framework > superseded > valid. ``content`` is the *signed* content.
    """
    path = Path(path)
    verdict = SheetVerdict(file=str(path), status=Status.UNREADABLE)
    try:
        wb = open_untrusted_xlsx(path)  # limits first: never hash a pipe or a bomb
    except UserError as exc:
        verdict.message = exc.message
        return verdict
    try:
        verdict.sha256 = file_sha256(path)
    except UserError as exc:
        wb.close()
        verdict.message = exc.message
        return verdict
    try:
        envelope: list[Any] = []
        got = _load_signed(wb, str(path), panel, envelope)
        if isinstance(got, Status):
            verdict.status = got
            verdict.message = STATUS_MESSAGES[got]
            return verdict
        content, display = got
        verdict.content = content
        try:
            grids = render_grids(content, display)
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise UserError(f"the signed payload is malformed ({exc})",
                            where=str(path)) from exc
        shown = _shown(display)
        if shown is None:
            raise UserError("the signed payload is malformed (its Summary lines)",
                            where=str(path))
        if as_written(wb, _sheet_specs(grids, *envelope), SHEET_FILE_TITLE):
            compared = Comparison([], 0, [], 0, [])
        else:
            wb.set_budget(sheets={**{t: SHEET_SLACK for t in wb.sheetnames if t != SIGNATURE},
                                  **sheet_caps(grids)})
            compared = compare_sheet(wb, grids, where=_cell_where, row_ids=ROW_IDS)
        changed, total = compared.changed, compared.total
    except UserError as exc:
        verdict.status = Status.UNREADABLE
        verdict.content = None
        verdict.message = exc.message
        return verdict
    except Exception as exc:  # a hostile/corrupt file must never crash verification
        verdict.status = Status.UNREADABLE
        verdict.content = None
        verdict.message = unreadable_error(exc, str(path)).message
        return verdict
    finally:
        wb.close()

    verdict.warnings = V.warnings(content, panel,
                                  display_altered=bool(compared.display_total))
    verdict.display_altered = compared.display
    verdict.display_altered_total = compared.display_total
    verdict.row_changes = compared.row_changes
    domain_ids = [str(row[0]) for row in display["domains"]]
    if total:
        verdict.status = Status.TAMPERED
        verdict.changed_cells = [_cell_ids(c, grids, domain_ids) for c in changed]
        verdict.message = tampered_text([c.cell for c in changed[:5]], total,
                                        content.judge_name)
        return verdict
    finding, mismatches = V.sheet_status(content, panel, shown, known_sequences)
    if panel is not None:
        verdict.mismatches = _with_cells(mismatches, domain_ids)
    verdict.status = finding.status
    verdict.message = finding_text(finding) or STATUS_MESSAGES[Status.VALID]
    return verdict
