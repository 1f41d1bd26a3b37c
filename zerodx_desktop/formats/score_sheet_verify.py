"""Reading and verifying a judge's signed score sheet (:mod:`score_sheet` writes it): the
signature sheet and its payload, the visible cells against what was signed (or the file
exactly as written), the payload against the panel; every outcome a :class:`SheetVerdict`."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Iterator
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from zerodx_desktop.core import verification as V
from zerodx_desktop.core.canonical import is_canonical
from zerodx_desktop.core.errors import SignatureError, UserError
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
from zerodx_desktop.formats.score_sheet import (
    ABOUT,
    ROW_IDS,
    SCORES,
    SHEET_FILE_TITLE,
    SIGNATURE,
    SUMMARY,
    Grid,
    _sheet_specs,
    render_grids,
    summary_rule_of,
)
from zerodx_desktop.formats.signing import fingerprint_of, verify_signature
from zerodx_desktop.formats.xlsx.compare import (
    SHEET_SLACK,
    Comparison,
    compare_sheet,
    sheet_caps,
    signed_text,
)
from zerodx_desktop.formats.xlsx.envelope import DEFAULT_MAX_PAYLOAD, read_envelope
from zerodx_desktop.formats.xlsx.reader import UntrustedXlsx, open_untrusted_xlsx
from zerodx_desktop.formats.xlsx.text import ESCAPE_LIKE
from zerodx_desktop.formats.xlsx.untrusted import DEFAULT_MAX_CELLS, unreadable_error
from zerodx_desktop.formats.xlsx.writer import CORE_PROPS, xlsx_parts

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
