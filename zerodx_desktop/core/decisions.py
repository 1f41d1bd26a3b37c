"""The panel meeting's decisions: who wins each category, and why.

The ranking is where the meeting starts. For each category ("overall" when the panel has
none) the chair records a decision; without one the award goes to the ranking's first place,
and a tie at the top with no decision stays a tie (never one winner picked silently).
Choosing the first place needs no rationale; choosing among nominees tied at the top, or
choosing anyone else (an override), does.

Pure logic: no Qt, no files. ``services.meeting`` reads the decisions CSV and the app's
meeting view builds the same :class:`Decision` objects.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zerodx_desktop.core.errors import UserError

if TYPE_CHECKING:
    from zerodx_desktop.core.result import RankingRow

OVERALL = "overall"
MAX_RATIONALE = 2000
MAX_NOTE = 4000


@dataclass(frozen=True)
class Decision:
    category: str
    nominee_id: str
    rationale: str = ""
    overrides_ranking: bool = False  # the nominee is not (one of) the ranking's first place


@dataclass(frozen=True)
class MeetingNote:
    """The chair's note on one discussion item (a nominee)."""

    nominee_id: str
    text: str


@dataclass
class Award:
    """Who a category's award goes to, as the report and certificates print it."""

    category: str
    winners: list[RankingRow] = field(default_factory=list)  # more than one: a tie
    decision: Decision | None = None

    @property
    def tie(self) -> bool:
        return len(self.winners) > 1


def first_place(ranking: Sequence[RankingRow]) -> list[RankingRow]:
    """The ranking's first place: one row, or every row tied at the top (none without
    scores)."""
    return [r for r in ranking if r.rank == 1 and r.score is not None]


def needs_rationale(ranking: Sequence[RankingRow], nominee_id: str) -> bool:
    """Whether choosing ``nominee_id`` needs a rationale: a tie at the top, or an override."""
    top = first_place(ranking)
    return len(top) != 1 or top[0].nominee_id != nominee_id


def check_decisions(rankings: Mapping[str, Sequence[RankingRow]],
                    decisions: Sequence[Decision], *, where: str = "decisions"
                    ) -> list[Decision]:
    """The decisions, checked against the category rankings, with ``overrides_ranking`` set.

    ``rankings`` maps each category id ("overall" without categories) to its ranking.
    Raises UserError for an unknown category, a second decision for one category, a nominee
    not ranked in that category (or without a score), or an empty rationale where one is
    required (a tie at the top, an override).
    """
    out: list[Decision] = []
    seen: set[str] = set()
    for i, d in enumerate(decisions, start=1):
        at = f"{where}, decision {i}"
        category = d.category.strip()
        nominee_id = d.nominee_id.strip()
        # the workbook's cells hold NFC text: the signed value must be the same
        rationale = unicodedata.normalize("NFC", d.rationale.strip())
        if category not in rankings:
            known = ", ".join(sorted(rankings))
            raise UserError(f"unknown category '{category}'", where=at,
                            hint=f"Use one of: {known}." + (
                                "" if len(rankings) > 1 else
                                " A panel without categories has one: 'overall'."))
        if category in seen:
            raise UserError(f"a second decision for the category '{category}'", where=at,
                            hint="Give one decision per category.")
        seen.add(category)
        ranking = rankings[category]
        row = next((r for r in ranking if r.nominee_id == nominee_id), None)
        if row is None:
            raise UserError(f"the nominee '{nominee_id}' is not in the category '{category}'",
                            where=at, hint="Use a nominee id from that category's ranking.")
        if row.score is None:
            raise UserError(f"the nominee '{nominee_id}' has no score, so it cannot be chosen",
                            where=at, hint="Choose a nominee the judges scored.")
        if len(rationale) > MAX_RATIONALE:
            raise UserError(f"the rationale is longer than {MAX_RATIONALE} characters",
                            where=at, hint="Shorten it.")
        top = first_place(ranking)
        overrides = nominee_id not in {r.nominee_id for r in top}
        if needs_rationale(ranking, nominee_id) and not rationale:
            why = ("another nominee than the ranking's first place was chosen" if overrides
                   else "the first place is a tie")
            raise UserError(f"a rationale is required for '{category}': {why}", where=at,
                            hint="Say why the panel chose this nominee.")
        out.append(Decision(category, nominee_id, rationale, overrides))
    return out


def check_notes(notes: Sequence[MeetingNote], nominee_ids: set[str]) -> list[MeetingNote]:
    """The chair's notes, checked: known nominees, one note each, not empty, not too long."""
    out: list[MeetingNote] = []
    seen: set[str] = set()
    for n in notes:
        text = unicodedata.normalize("NFC", n.text.strip())
        if not text:
            continue
        if n.nominee_id not in nominee_ids:
            raise UserError(f"a note about an unknown nominee '{n.nominee_id}'", where="notes")
        if n.nominee_id in seen:
            raise UserError(f"two notes about the nominee '{n.nominee_id}'", where="notes")
        if len(text) > MAX_NOTE:
            raise UserError(f"the note about '{n.nominee_id}' is longer than {MAX_NOTE} "
                            "characters", where="notes", hint="Shorten it.")
        seen.add(n.nominee_id)
        out.append(MeetingNote(n.nominee_id, text))
    return out


def awards(rankings: Mapping[str, Sequence[RankingRow]],
           decisions: Sequence[Decision]) -> list[Award]:
    """One award per category, in the rankings' order: the decided nominee, else the first
    place (a tie when several share it; empty when nobody has a score)."""
    by_cat = {d.category: d for d in decisions}
    out = []
    for category, ranking in rankings.items():
        d = by_cat.get(category)
        if d is not None:
            row = next((r for r in ranking if r.nominee_id == d.nominee_id), None)
            if row is not None:
                out.append(Award(category, [row], d))
                continue
        out.append(Award(category, first_place(ranking)))
    return out


def decided_ranking(ranking: Sequence[RankingRow], decision: Decision | None
                    ) -> list[RankingRow]:
    """The ranking as the award reads it: with a decision, its nominee first (rank 1, not
    tied) and everyone who was ranked level with or ahead of it one place down; without one,
    the ranking unchanged (a tie at the top stays a tie). Scores are never changed."""
    from dataclasses import replace

    rows = list(ranking)
    if decision is None:
        return rows
    chosen = next((r for r in rows if r.nominee_id == decision.nominee_id), None)
    if chosen is None or chosen.score is None:
        return rows
    rest = [replace(r, rank=r.rank + 1 if r.score is not None and r.rank <= chosen.rank
                    else r.rank)
            for r in rows if r is not chosen]
    counts: dict[int, int] = {}
    for r in rest:
        if r.score is not None:
            counts[r.rank] = counts.get(r.rank, 0) + 1
    rest = [replace(r, tied=r.score is not None and counts.get(r.rank, 0) > 1) for r in rest]
    rest.sort(key=lambda r: (r.score is None, r.rank))
    return [replace(chosen, rank=1, tied=False), *rest]
