"""The panel meeting: decisions per category (rules, the decided order), the decisions CSV,
the discussion list, and the decisions and notes signed into the result workbook."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest

from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import pile
from zerodx_desktop.core.decisions import (
    OVERALL,
    Decision,
    MeetingNote,
    awards,
    check_decisions,
    decided_ranking,
    first_place,
)
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.result import RankingRow
from zerodx_desktop.formats import result_verify as rv
from zerodx_desktop.formats import result_workbook as rw
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.services import meeting
from zerodx_desktop.services.merge import MergeOutcome, combine, merge_to_json


def _row(rank: int, tied: bool, nid: str, score: float | None) -> RankingRow:
    return RankingRow(rank, tied, nid, nid.upper(), score, 3, 1.0, score, score)


CLEAR = [_row(1, False, "a", 90), _row(2, False, "b", 80), _row(3, False, "c", 70),
         _row(4, False, "z", None)]
TIED = [_row(1, True, "a", 90), _row(1, True, "b", 90), _row(3, False, "c", 70)]


def test_the_first_place_needs_no_rationale_and_does_not_override():
    [d] = check_decisions({OVERALL: CLEAR}, [Decision(OVERALL, "a", "")])
    assert (d.nominee_id, d.overrides_ranking, d.rationale) == ("a", False, "")


def test_another_nominee_is_an_override_and_needs_a_rationale():
    with pytest.raises(UserError, match=r"rationale is required.*another nominee"):
        check_decisions({OVERALL: CLEAR}, [Decision(OVERALL, "c", "   ")])
    [d] = check_decisions({OVERALL: CLEAR}, [Decision(OVERALL, "c", " Stronger impact ")])
    assert d.overrides_ranking and d.rationale == "Stronger impact"


def test_a_tie_at_the_top_needs_a_rationale_but_is_no_override():
    with pytest.raises(UserError, match="first place is a tie"):
        check_decisions({OVERALL: TIED}, [Decision(OVERALL, "b", "")])
    [d] = check_decisions({OVERALL: TIED}, [Decision(OVERALL, "b", "Broader reach")])
    assert not d.overrides_ranking


@pytest.mark.parametrize(("decisions", "message"), [
    ([Decision(OVERALL, "nobody", "x")], "'nobody' is not in the category 'overall'"),
    ([Decision("individual", "a", "")], "unknown category 'individual'"),
    ([Decision(OVERALL, "a", ""), Decision(OVERALL, "b", "x")], "second decision"),
    ([Decision(OVERALL, "z", "x")], "has no score"),
    ([Decision(OVERALL, "c", "x" * 2001)], "longer than"),
])
def test_bad_decisions_are_refused(decisions, message):
    with pytest.raises(UserError, match=message):
        check_decisions({OVERALL: CLEAR}, decisions)


def test_a_tie_without_a_decision_stays_a_tie():
    [award] = awards({OVERALL: TIED}, [])
    assert award.tie and [r.nominee_id for r in award.winners] == ["a", "b"]
    assert decided_ranking(TIED, None) == TIED
    [award] = awards({OVERALL: TIED}, [Decision(OVERALL, "b", "why")])
    assert not award.tie and award.winners[0].nominee_id == "b"


def test_the_decided_order_puts_the_chosen_first_and_keeps_scores():
    rows = decided_ranking(CLEAR, Decision(OVERALL, "c", "why", True))
    assert [(r.nominee_id, r.rank, r.tied, r.score) for r in rows] == [
        ("c", 1, False, 70), ("a", 2, False, 90), ("b", 3, False, 80), ("z", 4, False, None)]
    rows = decided_ranking(TIED, Decision(OVERALL, "c", "why", True))
    assert [(r.nominee_id, r.rank, r.tied) for r in rows] == [
        ("c", 1, False), ("a", 2, True), ("b", 2, True)]
    assert first_place(rows) == [rows[0]]


def _csv(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "decisions.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_the_decisions_csv(tmp_path):
    p = _csv(tmp_path, "category,nominee_id,rationale\n\noverall,n2,\"Reach, and depth\"\n")
    assert meeting.read_decisions_csv(p) == [Decision(OVERALL, "n2", "Reach, and depth")]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ("category,nominee\noverall,n1\n", "header row must be"),
    ("category,nominee_id,rationale\n", "holds no decision"),
    ("category,nominee_id,rationale\noverall,n1,a,b\n", "expected 3 columns"),
    ("category,nominee_id,rationale\n,n1,x\n", "needs a category and a nominee"),
])
def test_bad_decisions_csv(tmp_path, text, message):
    with pytest.raises(UserError, match=message):
        meeting.read_decisions_csv(_csv(tmp_path, text))


@pytest.fixture
def result():
    return combine(PANEL, FW, pile())


def test_decide_records_on_the_result_or_nothing(result):
    assert [r.nominee_id for r in result.ranking] == ["n1", "n2", "n3"]
    with pytest.raises(UserError):
        meeting.decide(result, [Decision(OVERALL, "n2", "")])
    assert result.decisions == []  # nothing recorded
    with pytest.raises(UserError, match="two notes"):
        meeting.decide(result, [], [MeetingNote("n1", "a"), MeetingNote("n1", "b")])
    meeting.decide(result, [Decision(OVERALL, "n2", "Deeper impact")],
                   [MeetingNote("n3", "Revisit next year"), MeetingNote("n1", "  ")])
    assert result.decisions == [Decision(OVERALL, "n2", "Deeper impact", True)]
    assert result.notes == [MeetingNote("n3", "Revisit next year")]
    doc = merge_to_json(MergeOutcome(result=result, verdicts=[], panel=PANEL))
    assert doc["decisions"] == [{"category": "overall", "nominee_id": "n2",
                                 "rationale": "Deeper impact", "overrides_ranking": True}]
    assert [a.winners[0].nominee_id for a in meeting.awards_of(result)] == ["n2"]


def test_decisions_and_notes_signed_into_the_workbook(tmp_path, result):
    chair = Identity.generate("Chair Person", "chair@example.org")
    meeting.decide(result, [Decision(OVERALL, "n3", "=Unanimous, after discussion")],
                   [MeetingNote("n1", "Strong 海湾 evidence")])
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    back = rv.read_result_workbook(path)
    assert back.decisions == [Decision(OVERALL, "n3", "=Unanimous, after discussion", True)]
    assert back.notes == [MeetingNote("n1", "Strong 海湾 evidence")]
    wb = openpyxl.load_workbook(path)
    rows = [[c.value for c in r] for r in wb[rw.DECISIONS].iter_rows()]
    assert rows[0] == ["Item", "Category", "Nominee ID", "Nominee", "Overrides ranking", "Text"]
    assert rows[1][:5] == ["Decision", "overall", "n3", result.ranking[2].nominee, "yes"]
    assert rows[1][5] == "=Unanimous, after discussion"  # text, not a formula
    assert rows[2][0] == "Chair's note" and rows[2][5] == "Strong 海湾 evidence"
    # an edited rationale is named, and the result cannot be read as signed
    wb[rw.DECISIONS]["F2"] = "We picked a friend"
    wb.save(path)
    status, _signer, changed = rv.verify_result_workbook(path)
    assert status == "tampered" and [c.cell for c in changed] == ["Decisions!F2"]


def test_a_result_from_before_the_meeting_reads_without_decisions(tmp_path, result):
    doc = rw.payload_doc(result, None)
    del doc["decisions"], doc["notes"]
    assert rw.DECISIONS not in rw.render_grids(doc)
    back = rw.result_from_payload(doc)
    assert back.decisions == [] and back.notes == []


def test_the_discussion_list_puts_the_largest_disagreement_first(result):
    result = dataclasses.replace(result)
    items = meeting.discussion(result)
    spreads = [it.spread for it in items]
    assert spreads == sorted(spreads, reverse=True)
    assert {it.row.nominee_id for it in items} == {"n1", "n2", "n3"}
    n1 = next(it for it in items if it.row.nominee_id == "n1")
    assert n1.comments and all(isinstance(t, str) for _c, t in n1.comments)
    ranges = [c.range or 0 for c in n1.criteria]
    assert ranges == sorted(ranges, reverse=True)
