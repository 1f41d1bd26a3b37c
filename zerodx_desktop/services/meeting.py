"""The panel meeting: the discussion list, the chair's notes and the decisions per category.

One door for the CLI (``merge --decisions FILE.csv``) and the app's meeting view: both build
:class:`core.decisions.Decision` objects and hand them to :func:`decide`, which checks them
against the result's category rankings and records them (with the notes) on the result, so
that the result workbook signs them and the report and certificates follow them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zerodx_desktop.core.decisions import (
    OVERALL,
    Award,
    Decision,
    MeetingNote,
    awards,
    check_decisions,
    check_notes,
    first_place,
    needs_rationale,
)
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.result import CriterionStat, PanelResult, RankingRow

DECISIONS_HEADER = ["category", "nominee_id", "rationale"]
MAX_DECISIONS_BYTES = 1_000_000

__all__ = ["OVERALL", "Award", "Decision", "DiscussionItem", "MeetingNote", "awards_of",
           "decide", "discussion", "first_place", "needs_rationale", "read_decisions_csv"]


def read_decisions_csv(path: Path) -> list[Decision]:
    """The decisions in a UTF-8 CSV with the header ``category,nominee_id,rationale``."""
    from zerodx_desktop.formats.limits import require_file

    require_file(path, "decisions CSV file", expect="csv")
    where = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_DECISIONS_BYTES + 1)
    except OSError as exc:
        raise UserError(f"cannot read the decisions file ({exc.strerror or exc})",
                        where=where, hint="Check that you may read the file.") from exc
    if len(data) > MAX_DECISIONS_BYTES:
        raise UserError("the decisions file is too large (over 1 MB)", where=where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UserError("the decisions file is not UTF-8 text", where=f"{where}:{line}",
                        hint="Save it again as \"CSV UTF-8\".") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    out: list[Decision] = []
    try:
        header = next(reader, None)
        if header is None:
            raise UserError("the decisions file is empty", where=where,
                            hint="Its first row is: " + ",".join(DECISIONS_HEADER))
        if [h.strip().lower() for h in header] != DECISIONS_HEADER:
            raise UserError("the header row must be: " + ",".join(DECISIONS_HEADER),
                            where=f"{where}:1", hint=f"Found: {','.join(header)}")
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            line = reader.line_num
            if len(record) != 3:
                raise UserError(f"expected 3 columns, found {len(record)}",
                                where=f"{where}:{line}",
                                hint="Quote a rationale that contains commas.")
            category, nominee_id, rationale = (
                unicodedata.normalize("NFC", c.strip()) for c in record)
            if not category or not nominee_id:
                raise UserError("a decision needs a category and a nominee id",
                                where=f"{where}:{line}",
                                hint="Write 'overall' as the category when the panel has no "
                                     "categories.")
            out.append(Decision(category, nominee_id, rationale))
    except csv.Error as exc:
        raise UserError(f"not a valid CSV ({exc})", where=f"{where}:{reader.line_num}"
                        ) from exc
    if not out:
        raise UserError("the decisions file holds no decision", where=where,
                        hint="Add one row per category: " + ",".join(DECISIONS_HEADER))
    return out


def decide(result: PanelResult, decisions: Sequence[Decision],
           notes: Sequence[MeetingNote] = (), *, where: str = "decisions") -> PanelResult:
    """Check the decisions and notes against ``result`` and record them on it (replacing
    any before). Raises UserError (nothing recorded) for a bad decision or note."""
    clean = [Decision(d.category.strip(), d.nominee_id.strip(),
                      unicodedata.normalize("NFC", d.rationale.strip()))
             for d in decisions]
    checked = check_decisions(result.category_rankings(), clean, where=where)
    kept = check_notes([MeetingNote(n.nominee_id, unicodedata.normalize("NFC", n.text))
                        for n in notes], {r.nominee_id for r in result.ranking})
    result.decisions, result.notes = checked, kept
    return result


def awards_of(result: PanelResult) -> list[Award]:
    """Who each category's award goes to (the decision, else the first place or a tie)."""
    return awards(result.category_rankings(), result.decisions)


@dataclass
class DiscussionItem:
    """One nominee on the meeting's discussion list."""

    row: RankingRow
    spread: float  # the range of the judges' totals (0 when fewer than two judges)
    criteria: list[CriterionStat] = field(default_factory=list)  # widest range first
    # ((nominee id, criterion id, n), text): the key is how the chair excludes a comment
    comments: list[tuple[tuple[str, str, int], str]] = field(default_factory=list)
    flagged: bool = False


def discussion(result: PanelResult) -> list[DiscussionItem]:
    """The nominees ordered by disagreement, largest first: the range of the judges' totals,
    then the widest criterion range; ties in the ranking's order. Comments are anonymised
    (the result never carries who wrote them)."""
    flagged = {d.nominee_id for d in result.disagreements}
    crit: dict[str, list[CriterionStat]] = {}
    for c in result.criteria:
        crit.setdefault(c.nominee_id, []).append(c)
    from zerodx_desktop.core.feedback import comment_keys

    comments: dict[str, list[tuple[tuple[str, str, int], str]]] = {}
    for key, cm in comment_keys(result):
        comments.setdefault(cm.nominee_id, []).append((key, cm.text))
    items = []
    for row in result.ranking:
        spread = (row.max - row.min) if row.max is not None and row.min is not None else 0.0
        stats = sorted(crit.get(row.nominee_id, []), key=lambda c: -(c.range or 0))
        items.append(DiscussionItem(row, spread, stats, comments.get(row.nominee_id, []),
                                    row.nominee_id in flagged))
    order = {r.nominee_id: i for i, r in enumerate(result.ranking)}
    items.sort(key=lambda it: (-it.spread,
                               -max((c.range or 0 for c in it.criteria), default=0),
                               order[it.row.nominee_id]))
    return items
