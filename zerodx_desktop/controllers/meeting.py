"""The panel meeting's workflow, without widgets: the discussion list, the chair's notes, the
comments left out of the feedback letters, and the award decisions per category.

The Meeting tab shows what this holds and hands it what the chair does; the rules (who needs
a rationale, which decisions are acceptable) come from ``services.meeting``, which also
records the decisions and notes on the result that the result workbook then signs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.services import meeting
from zerodx_desktop.services.meeting import Award, Decision, DiscussionItem, MeetingNote

CommentKey = tuple[str, str, int]  # (nominee id, criterion id, n): one comment


@dataclass
class Choices:
    """Who a category's award may go to, as the decide step offers it."""

    tie_at_top: bool  # several share the first place (or nobody has a score)
    rows: list[RankingRow] = field(default_factory=list)  # the nominees with a score
    preselected: str | None = None  # the decided nominee, else the single first place


class MeetingController:
    """The meeting of one result: what is discussed, noted, left out and decided."""

    def __init__(self) -> None:
        self.result: PanelResult | None = None
        self.items: list[DiscussionItem] = []
        self._notes: dict[str, str] = {}
        self._decisions: dict[str, Decision] = {}
        self._excluded: set[CommentKey] = set()

    # -- the result ------------------------------------------------------------------------
    def set_result(self, result: PanelResult | None) -> None:
        """Meet over ``result`` (None: nothing to meet over). Notes and decisions already on
        the result are taken; a new merge of the same panel keeps the notes typed so far (on
        nominees it still ranks) and the comments left out, but not the decisions."""
        self.result = result
        self.items = meeting.discussion(result) if result is not None else []
        known = {r.nominee_id for r in result.ranking} if result is not None else set()
        if result is not None and (result.notes or result.decisions):
            self._notes = {n.nominee_id: n.text for n in result.notes}
            self._decisions = {d.category: d for d in result.decisions}
        else:
            self._notes = {k: v for k, v in self._notes.items() if k in known}
            self._decisions = {}
        keys = {k for it in self.items for k, _t in it.comments}
        self._excluded = {k for k in self._excluded if k in keys}

    def item(self, index: int) -> DiscussionItem | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def index_of(self, nominee_id: str) -> int:
        """The nominee's place on the discussion list (-1 when not on it)."""
        return next((i for i, it in enumerate(self.items) if it.row.nominee_id == nominee_id),
                    -1)

    # -- notes -----------------------------------------------------------------------------
    def note(self, nominee_id: str) -> str:
        return self._notes.get(nominee_id, "")

    def set_note(self, nominee_id: str, text: str) -> None:
        """The chair's note on ``nominee_id``; a blank note is no note."""
        if text.strip():
            self._notes[nominee_id] = text
        else:
            self._notes.pop(nominee_id, None)

    def notes(self) -> list[MeetingNote]:
        """The notes in the discussion list's order."""
        order = {it.row.nominee_id: i for i, it in enumerate(self.items)}
        return [MeetingNote(n, t) for n, t in
                sorted(self._notes.items(), key=lambda kv: order.get(kv[0], 0))]

    # -- comments in the letters -----------------------------------------------------------
    def is_excluded(self, key: CommentKey) -> bool:
        return tuple(key) in self._excluded

    def set_included(self, key: CommentKey, included: bool) -> None:
        """Keep the comment ``key`` in the feedback letters, or leave it out."""
        key = (str(key[0]), str(key[1]), int(key[2]))
        if included:
            self._excluded.discard(key)
        else:
            self._excluded.add(key)

    def excluded_comments(self) -> list[CommentKey]:
        """The comments the chair left out of the feedback letters."""
        return sorted(self._excluded)

    # -- deciding --------------------------------------------------------------------------
    def categories(self) -> list[str]:
        """The award categories (``OVERALL`` alone for a panel without categories)."""
        return list(self.result.category_rankings()) if self.result is not None else []

    def ranking(self, category: str | None) -> list[RankingRow]:
        if self.result is None or category is None:
            return []
        return list(self.result.category_rankings().get(category, []))

    def decision(self, category: str | None) -> Decision | None:
        return self._decisions.get(category or "")

    def choices(self, category: str | None) -> Choices:
        """Who the category's award may go to, and who is chosen before the chair picks."""
        ranking = self.ranking(category)
        top = meeting.first_place(ranking)
        decided = self.decision(category)
        want = decided.nominee_id if decided else (top[0].nominee_id if len(top) == 1 else None)
        return Choices(tie_at_top=len(top) != 1,
                       rows=[r for r in ranking if r.score is not None], preselected=want)

    def needs_rationale(self, category: str | None, nominee_id: str) -> bool:
        """A tie at the top, or another nominee than the first place, needs a rationale."""
        return meeting.needs_rationale(self.ranking(category), nominee_id)

    def can_record(self, category: str | None, nominee_id: str | None, rationale: str) -> bool:
        if nominee_id is None:
            return False
        return not self.needs_rationale(category, nominee_id) or bool(rationale.strip())

    def record(self, category: str, nominee_id: str, rationale: str) -> None:
        """Check the decision (with those already made) and record it on the result.
        UserError when it is not acceptable; nothing is recorded then."""
        if self.result is None:
            return
        trial = dict(self._decisions)
        trial[category] = Decision(category, nominee_id, rationale)
        meeting.decide(self.result, list(trial.values()), self.notes())
        self._decisions = {d.category: d for d in self.result.decisions}

    def decisions(self) -> list[Decision]:
        return list(self._decisions.values())

    def apply(self) -> None:
        """Record the notes and decisions on the result (UserError when one is bad)."""
        if self.result is not None:
            meeting.decide(self.result, self.decisions(), self.notes())

    def awards(self) -> list[Award]:
        """Who each category's award goes to as things stand."""
        return meeting.awards_of(self.result) if self.result is not None else []
