"""Reading back and verifying the signed result workbook (``formats.result_workbook`` writes it).

The payload in the very hidden ``_signature`` sheet is checked against the chair's signature,
the visible sheets are rendered again from it (:func:`~zerodx_desktop.formats.result_workbook.
render_grids`) and every cell is compared with what the file holds
(:mod:`zerodx_desktop.formats.xlsx.compare`); what makes a cell *show* another value counts as
a changed cell. The rules on the outcome (status, who may sign) are in ``core.verification``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.errors import SignatureError, UserError
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.core.sheet import RESULT_FORMAT, ChangedCell
from zerodx_desktop.core.verification import ResultStatus, result_signer_status, result_status
from zerodx_desktop.formats.result_workbook import (
    LEGACY_HEADERS,
    RANKING,
    SIGNATURE,
    render_grids,
    result_from_payload,
)
from zerodx_desktop.formats.signing import fingerprint_of, verify_signature


def _read_signature(wb: Any, where: str) -> tuple[bytes, str, str]:
    """(payload, public key, base64 signature); UserError when absent or damaged."""
    from zerodx_desktop.formats.xlsx.envelope import read_envelope

    if SIGNATURE not in wb.sheetnames:
        raise UserError("this spreadsheet is not a ZeroDX result workbook (no signed values)",
                        where=where, hint="Use the result.xlsx written by 'zerodx merge'.")
    env = read_envelope(wb, where)
    if env.format != RESULT_FORMAT:
        raise UserError("not a result workbook in a format this version understands",
                        where=where, hint="A score sheet goes to 'zerodx verify' or "
                                          "'zerodx merge', not 'zerodx report'.")
    return env.payload, env.public_key, env.signature


def _display_changes(notes: list[Any]) -> list[ChangedCell]:
    """What makes a result workbook *show* other values than its cells hold (a number
    format, hidden rows, invisible text...), as changed cells: a genuine result workbook
    has none of these, so a result shown otherwise than signed is not valid."""
    from zerodx_desktop.core.verification_words import display_note_text

    return [ChangedCell(note.cell or note.sheet or "styles", note.signed or None,
                        f"displayed otherwise: {display_note_text(note)}") for note in notes]


def _load(path: Path) -> tuple[dict[str, Any], str, str | None, list[ChangedCell]]:
    """(payload doc, status, signer fingerprint, changed cells)."""
    from zerodx_desktop.formats.xlsx.compare import SHEET_SLACK, compare_sheet, sheet_caps
    from zerodx_desktop.formats.xlsx.reader import open_untrusted_xlsx

    where = str(path)
    wb = open_untrusted_xlsx(Path(path))
    try:
        payload, public_key, sig_b64 = _read_signature(wb, where)
        try:
            doc = json.loads(payload.decode("utf-8"))
            if not isinstance(doc, dict) or canonical_json(doc) != payload:
                raise ValueError("the payload is not canonical")
            grids = render_grids(doc)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserError("the signed values of the result workbook are damaged",
                            where=where) from exc
        status = ResultStatus.UNSIGNED
        signer: str | None = None
        if sig_b64 or public_key:
            try:
                signature = base64.b64decode(sig_b64, validate=True)
                fp = fingerprint_of(public_key)
            except (binascii.Error, ValueError, SignatureError):
                fp, signature = "", b""
            ok = (bool(fp) and verify_signature(public_key, RESULT_FORMAT, payload, signature)
                  and doc.get("chair_fingerprint") == fp
                  and doc.get("chair_public_key") == public_key)
            if not ok:
                return doc, ResultStatus.BAD_SIGNATURE, None, []
            status, signer = ResultStatus.VALID, fp
        elif doc.get("chair_fingerprint"):
            # claims a signer but carries no signature
            return doc, ResultStatus.BAD_SIGNATURE, None, []
        wb.set_budget(sheets={**{t: SHEET_SLACK for t in wb.sheetnames if t != SIGNATURE},
                              **sheet_caps(grids)})
        compared = compare_sheet(wb, grids, ignore=_legacy_header)
        changed = list(compared.changed)
        changed += _display_changes(compared.display)
    finally:
        wb.close()
    status = result_status(status, bool(changed))
    return doc, status, signer, changed


def _legacy_header(cell: ChangedCell) -> bool:
    """A Ranking header cell holding what an older version wrote for the same column."""
    import re

    return (re.fullmatch(rf"'?{RANKING}'?!\$?[A-Z]+\$?1", cell.cell) is not None
            and cell.signed in LEGACY_HEADERS and cell.found == LEGACY_HEADERS[cell.signed])


def verify_result_workbook(path: Path) -> tuple[str, str | None, list[ChangedCell]]:
    """(status, signer fingerprint or None, changed cells).

    Status is "valid" (signed, every cell as signed), "unsigned" (no chair identity, cells
    consistent with the stored values), "tampered" (cells differ, or a second reader or the
    display checks find them shown otherwise: listed), "bad_signature". Raises UserError
    when the file is not a readable result workbook (the strict reader refuses it).
    """
    _doc, status, signer, changed = _load(Path(path))
    return status, signer, changed


@dataclass
class ResultVerdict:
    """What ``verify_result_signer`` found: the status, who signed (as the payload names
    them, with the key the signature was checked with), the panel, the changed cells."""

    status: str
    fingerprint: str | None
    signer: str
    panel_id: str
    round: int | None
    changed: list[ChangedCell]


def verify_result_signer(path: Path, may_sign: Callable[[str, str], bool]) -> ResultVerdict:
    """Verify a result workbook and decide on its signer.

    ``may_sign(panel_id, fingerprint)`` is the caller's trust rule (a chair or the organizer
    of the pinned panel). Statuses: ``valid`` (a good signature by a key ``may_sign``
    accepts, every cell as signed), ``unknown_signer`` (a good signature by any other key),
    ``unsigned``, ``tampered`` (cells differ: listed), ``bad_signature``.
    """
    doc, status, signer, changed = _load(Path(path))
    panel_id = str(doc.get("panel_id") or "")
    status = result_signer_status(status, panel_id, signer, may_sign)
    rnd = doc.get("round")
    return ResultVerdict(status=status, fingerprint=signer,
                         signer=str(doc.get("chair") or "") if signer else "",
                         panel_id=panel_id, round=rnd if isinstance(rnd, int) else None,
                         changed=changed)


def read_result_workbook(path: Path) -> PanelResult:
    """The PanelResult stored in a result workbook, from its signed values.

    Raises SignatureError when the signature does not verify and UserError when a visible
    cell was edited after writing (the report must print what was signed and shown).
    """
    doc, status, _signer, changed = _load(Path(path))
    where = str(path)
    if status == ResultStatus.BAD_SIGNATURE:
        raise SignatureError("the result workbook's signature does not verify", where=where,
                             hint="The file was altered or damaged; ask the chair for the "
                                  "original.")
    if status == ResultStatus.TAMPERED:
        cells = ", ".join(c.cell for c in changed[:5]) + (" ..." if len(changed) > 5 else "")
        raise UserError(f"the result workbook was edited after it was written ({cells})",
                        where=where, hint="Ask the chair for the original result workbook.")
    try:
        result = result_from_payload(doc)
        result.content_sha256 = sha256_hex(canonical_json(doc))
        return result
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError("the result workbook's stored values are incomplete", where=where
                        ) from exc
