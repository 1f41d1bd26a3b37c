"""The signature sheet both signed workbooks carry (score sheet and result workbook): one
reader, one set of limits.

Layout (very hidden sheet ``_signature``, columns A and B)::

    A1  format marker (zerodx-sheet/1, zerodx-result/1)
    A2  public_key       B2  the signer's public key (may be empty: an unsigned result)
    A3  signature        B3  base64 Ed25519 signature (may be empty)
    A4  payload_chunks   B4  n
    A5.. payload         B5.. the canonical payload JSON, in n chunks

Nothing else may be in the sheet: a stray cell, a formula, a chunk count that is not a whole
number or a payload larger than the caller's bound is refused (:class:`Unreadable`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zerodx_desktop.formats.xlsx.reader import UntrustedXlsx
from zerodx_desktop.formats.xlsx.refs import column_letter
from zerodx_desktop.formats.xlsx.untrusted import Unreadable

SIGNATURE = "_signature"
CHUNK_CODEPOINTS = 16_000  # <= 32,000 UTF-16 units whatever the characters
DEFAULT_MAX_PAYLOAD = 64 * 1024 * 1024  # characters, when the caller knows no smaller bound
LABELS = {2: "public_key", 3: "signature", 4: "payload_chunks"}


@dataclass
class Envelope:
    format: str
    public_key: str
    signature: str  # base64 text, as stored
    payload: bytes  # UTF-8


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _damaged(what: str, where: str) -> Unreadable:
    return Unreadable(f"the signature sheet is damaged: {what}", where=where,
                      hint="Ask the sender for the original file.")


def read_envelope(wb: UntrustedXlsx, where: str, *,
                  max_payload: int = DEFAULT_MAX_PAYLOAD) -> Envelope:
    """The signature sheet of ``wb`` (which must have one), strictly: Unreadable otherwise.

    At most ``max_payload`` characters of payload are read (the caller bounds it by the
    panel's size); the sheet is refused as soon as it holds more cells than that allows.
    """
    max_chunks = max(1, -(-max_payload // CHUNK_CODEPOINTS))
    wb.set_budget(sheets={SIGNATURE: 2 * (4 + max_chunks) + 2})
    cells: dict[tuple[int, int], Any] = {}
    for r, c, v, t in wb.iter_cells(SIGNATURE):
        if v is None or v == "":
            continue
        if t == "f":
            raise _damaged(f"a formula in {column_letter(c)}{r}", where)
        if c > 2 or r > 4 + max_chunks:
            raise _damaged(f"an unexpected cell {column_letter(c)}{r}", where)
        cells[(r, c)] = v
    marker = _text(cells.get((1, 1)))
    if (1, 2) in cells:
        raise _damaged("an unexpected cell B1", where)
    for row, label in LABELS.items():
        if _text(cells.get((row, 1))) != label:
            raise _damaged(f"A{row} is not '{label}'", where)
    raw = cells.get((4, 2))
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, str) and raw.isascii() and raw.isdigit():
        raw = int(raw)
    if not isinstance(raw, int) or isinstance(raw, bool) or not 0 < raw <= max_chunks:
        raise _damaged("the chunk count B4 is not a whole number in range", where)
    for (r, c) in cells:
        if r > 4 + raw:
            raise _damaged(f"an unexpected cell {column_letter(c)}{r}", where)
        if r > 4 and c == 1 and _text(cells[(r, c)]) != "payload":
            raise _damaged(f"A{r} is not 'payload'", where)
    parts = [_text(cells.get((5 + i, 2))) for i in range(raw)]
    payload = "".join(parts)
    if len(payload) > max_payload:
        raise _damaged("the payload is larger than this panel's sheet can be", where)
    return Envelope(marker, _text(cells.get((2, 2))), _text(cells.get((3, 2))),
                    payload.encode("utf-8"))
