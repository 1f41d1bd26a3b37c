"""Words for what verifying a score sheet finds (docs/contract.md §7).

Verification (``core.verification``) decides statuses and findings as codes with arguments;
this module turns them into sentences. :func:`finding_text`, :func:`tampered_text` and
:data:`STATUS_MESSAGES` give a :class:`~zerodx_desktop.core.messages.Message` (English, with
its id and arguments: the UI and the PDFs translate it with the engine catalogue,
``core.messages_zh``); :func:`row_change_text`, :func:`display_note_text` and
:func:`mismatch_text` are the command line's one-line English. :func:`printable_line` makes
untrusted text from a sheet safe to print on one line.
"""

from __future__ import annotations

import re

from zerodx_desktop.core import verification as V
from zerodx_desktop.core.messages import Message
from zerodx_desktop.core.sheet import DisplayNote, Mismatch, RowChange, Status

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069]+")


def printable_line(text: str, limit: int = 200) -> str:
    """Untrusted text from a sheet made safe to print on one line: control characters (line
    breaks, bidi overrides) become a space, and it is cut to ``limit`` characters."""
    if isinstance(text, Message) and len(text) <= limit and not _UNPRINTABLE.search(text):
        return text  # keeps its message id (translated at the edge)
    text = _UNPRINTABLE.sub(" ", text)
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"



def _ids_text(ids: tuple[tuple[str, str], ...], rows: int) -> str:
    shown = [f"{a} / {b}" if (a or b) else "empty" for a, b in ids[:3]]
    return ", ".join(shown) + (", …" if rows > len(shown) else "")


def row_change_text(rc: RowChange) -> str:
    """One plain English sentence for a :class:`RowChange` (the CLI's wording)."""
    span = str(rc.row) if rc.rows == 1 else f"{rc.row}–{rc.row + rc.rows - 1}"
    ids = _ids_text(rc.ids, rc.rows)
    if rc.change == "missing":
        head = (f"{rc.sheet}: row {span} ({ids}) missing" if rc.rows == 1
                else f"{rc.sheet}: rows {span} ({ids}) missing")
        way = "up"
    else:
        head = (f"{rc.sheet}: an extra row at {span} ({ids})" if rc.rows == 1
                else f"{rc.sheet}: {rc.rows} extra rows at {span} ({ids})")
        way = "down"
    if rc.moved == 1:
        return f"{head}; the row below moved {way}"
    if rc.moved:
        return f"{head}; the {rc.moved} rows below moved {way}"
    return head


def display_note_text(note: DisplayNote) -> str:
    """One plain English sentence for a :class:`DisplayNote` (the CLI's wording)."""
    if note.kind == "format":
        return (f"{note.cell} (signed {note.signed}) is displayed with the number format "
                f"'{note.detail}'")
    if note.kind == "font":
        return f"{note.cell} (signed {note.signed}) cannot be seen: {note.detail}"
    if note.kind in ("rows_hidden", "columns_hidden"):
        what = "rows" if note.kind == "rows_hidden" else "columns"
        listed = ", ".join(str(x) for x in note.items)
        more = f" and {note.count - len(note.items)} more" if note.count > len(note.items) else ""
        return f"{note.sheet}: hidden {what} {listed}{more}"
    if note.kind == "conditional_format":
        where = f" on {note.detail}" if note.detail else ""
        return f"{note.sheet}: conditional formatting{where} can change how values look"
    if note.kind == "zeros_hidden":
        return f"{note.sheet}: zero values are set not to show"
    if note.kind == "layout":
        return f"{note.sheet}: {note.detail} can hide or cover values"
    return f"the cell formats could not be checked: {note.detail}"


def finding_text(finding: V.Finding) -> str:
    """One plain English sentence for a verification :class:`Finding` ("" when valid), a
    :class:`~zerodx_desktop.core.messages.Message` (translated at the edge)."""
    a = finding.args
    code = finding.code
    if code == V.NOT_ON_ROSTER:
        return Message("signed by {judge} ({fingerprint}), who is not on this panel's roster",
                       judge=a["judge_name"], fingerprint=a["fingerprint"])
    if code == V.OTHER_PANEL:
        return Message("made for panel '{panel}', not '{expected}'", panel=a["panel_id"],
                       expected=a["expected"])
    if code == V.NEWER_ROUND:
        return Message("made for round {round}; this package is round {panel_round} (open the "
                       "newer panel package)", round=a["round"], panel_round=a["panel_round"])
    if code == V.OTHER_FRAMEWORK:
        return Message("scored against framework {framework} {version} ({hash}), not the "
                       "panel's", framework=a["framework_id"], version=a["version"],
                       hash=a["hash"])
    if code == V.NOMINEE_NOT_ON_PANEL:
        return Message("names nominee '{nominee}', who is not on this panel",
                       nominee=a["nominee_id"])
    if code == V.CRITERION_NOT_IN_FRAMEWORK:
        return Message("scores criterion '{criterion}', not in the panel's framework",
                       criterion=a["criterion_id"])
    if code == V.LEVEL_OFF_SCALE:
        return Message("level {level} for {nominee}/{criterion} is off the scale",
                       level=a["level"], nominee=a["nominee_id"], criterion=a["criterion_id"])
    if code == V.DUPLICATE_ROW:
        return Message("scores {nominee}/{criterion} twice: the app never writes such a sheet. "
                       "Do not use this file; ask the judge to export it again.",
                       nominee=a["nominee_id"], criterion=a["criterion_id"])
    if code == V.JUDGE_NAME:
        return Message("the sheet names its judge '{name}', but this panel's roster names the "
                       "holder of that key '{roster_name}'",
                       name=printable_line(a["name"], 80),
                       roster_name=printable_line(a["roster_name"], 80))
    if code == V.NOMINEE_NAMES:
        return Message("{count} nominee name(s) differ from this panel package's (first: "
                       "{first}): the sheet was made for another version of the panel",
                       count=a["count"], first=a["first"])
    if code == V.SUMMARY_FIGURES:
        return Message("{count} Summary figure(s) do not follow from the signed levels (first: "
                       "{first}). Do not use this file; ask the judge to export it again.",
                       count=a["count"], first=a["first"])
    if code == V.OLDER_ROUND:
        return Message("from round {round}; the panel is in round {panel_round}",
                       round=a["round"], panel_round=a["panel_round"])
    if code == V.NEWER_EXPORT:
        return Message("export #{sequence}; a newer export (#{newer}) of this judge exists",
                       sequence=a["sequence"], newer=a["newer"])
    return ""


def tampered_text(first: list[str], total: int, judge: str) -> str:
    """Why a sheet is ``tampered``: ``total`` cells differ, ``first`` (up to 5) named."""
    shown = ", ".join(first[:5])
    cells = Message("{cells} and {n} more", cells=shown, n=total - 5) if total > 5 else shown
    return Message("{total} cell(s) differ from what {judge} signed: {cells}. Do not use this "
                   "file; ask the judge to export it again.", total=total, judge=judge,
                   cells=cells)


def mismatch_text(m: Mismatch) -> str:
    """One plain English line for a :class:`Mismatch` (the CLI's wording)."""
    where = f"{m.cell} " if m.cell else ""
    found = "(empty)" if m.found in (None, "") else printable_line(str(m.found), 80)
    expected = "(empty)" if m.expected in (None, "") else printable_line(str(m.expected), 80)
    if m.kind == "judge_name":
        return f"{where}judge: the sheet shows {found}, the roster says {expected}"
    if m.kind == "nominee_name":
        return f"{where}{m.nominee_id}: the sheet shows {found}, the package says {expected}"
    if m.column == "nominee":
        if m.expected is None:
            return f"{where}a Summary line for {found}, which is not a nominee of the panel " \
                   "(or a second line for one)"
        return f"Summary: no line for nominee {expected}"
    return (f"{where}{m.nominee_id} / {m.column}: the sheet shows {found}, "
            f"the signed levels give {expected}")


STATUS_MESSAGES = {
    Status.VALID: Message("The signature is valid and every cell matches what the judge "
                          "signed."),
    Status.BAD_SIGNATURE: Message("The signature does not match the signed values: the file "
                                  "was altered or damaged. Ask the judge to export it again."),
}
