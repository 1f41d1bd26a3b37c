"""A judge's own signed payload checked against the panel (core/verification.py).

A judge holding their key can sign anything; these sheets are hand-made with the signing API
(every visible cell matches what was signed, the signature is good) and must still not be
``valid`` when they claim another judge's name, other nominee names or Summary figures that do
not follow from the levels; rows left out are ``incomplete``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.factories import make_content, make_framework, make_panel
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.canonical import canonical_json
from zerodx_desktop.core.panel import JudgeEntry
from zerodx_desktop.core.sheet import SHEET_FORMAT, ScoreRow, SheetContent, Status
from zerodx_desktop.formats import score_sheet as ss
from zerodx_desktop.formats import score_sheet_verify as ssv
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.services.merge import rejected_verdicts

Edit = Any  # (content, display) -> (content, display)


@pytest.fixture(scope="module")
def judges() -> list[Identity]:
    return [Identity.generate("Ada Judge", "ada@example.org"),
            Identity.generate("Bo Judge", "bo@example.org")]


def forge(path: Path, identity: Identity, panel: Any, fw: Any, edit: Edit) -> Path:
    """Sign with ``identity``'s own key a payload edited by ``edit`` and write the sheet
    exactly as the app would lay it out (the visible cells are what was signed)."""
    content = ss._prepare(make_content(fw), fw, panel, identity)
    display = ss._display(content, fw, panel, None)
    content, display = edit(content, display)
    payload = canonical_json(ss._payload_doc(content, display))
    signature = identity.sign(SHEET_FORMAT, payload)
    path.write_bytes(ss._write_bytes(ss.render_grids(content, display), payload.decode(),
                                     identity.public_key, signature))
    return path


def _recomputed(content: SheetContent, display: dict, fw: Any, panel: Any
                ) -> tuple[SheetContent, dict]:
    """The display a writer would make for ``content`` (Summary consistent with its rows)."""
    return content, ss._display(content, fw, panel, None)


def test_an_untouched_forge_is_valid(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    path = forge(tmp_path / "same.xlsx", judges[0], panel, fw, lambda c, d: (c, d))
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.VALID, v.message
    assert v.warnings == [] and v.mismatches == []


def test_rows_left_out_are_incomplete_never_dropped(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)

    def drop_some(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        rows = [s for s in c.scores if not (s.nominee_id == "n-001" and s.criterion_id
                                            == "a.l.2") and s.nominee_id != "n-002"]
        return _recomputed(dataclasses.replace(c, scores=rows), d, fw, panel)

    path = forge(tmp_path / "holes.xlsx", judges[0], panel, fw, drop_some)
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.VALID, v.message
    assert v.warnings == ["incomplete"]
    signed = v.content
    assert signed is not None
    # 1 row of n-001 and the 4 rows of n-002 are missing
    assert V.missing_rows(signed, panel, fw) == 1 + len(fw.criteria())


def test_a_row_left_out_for_a_conflicted_nominee_is_not_incomplete(judges, tmp_path):
    from zerodx_desktop.core.panel import Conflict

    fw = make_framework()
    panel = make_panel(fw, judges, conflicts=[Conflict(judges[0].fingerprint, "n-003", "x")])

    def drop(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        rows = [s for s in c.scores if s.nominee_id != "n-003"]
        return _recomputed(dataclasses.replace(c, scores=rows), d, fw, panel)

    v = ssv.verify_score_sheet(forge(tmp_path / "c.xlsx", judges[0], panel, fw, drop), panel)
    assert v.status is Status.VALID and v.warnings == []


def test_another_judges_name_is_not_valid(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    path = forge(tmp_path / "name.xlsx", judges[0], panel, fw,
                 lambda c, d: (dataclasses.replace(c, judge_name=judges[1].name), d))
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.WRONG_PANEL
    assert "Bo Judge" in v.message and "Ada Judge" in v.message
    assert [(m.kind, m.cell, m.expected, m.found) for m in v.mismatches] == [
        ("judge_name", "About!B2", "Ada Judge", "Bo Judge")]


def test_other_nominee_names_are_not_valid(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)

    def rename(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        d = dict(d, nominees=[[nid, "Mallory Holdings" if nid == "n-002" else name]
                              for nid, name in d["nominees"]])
        return c, d

    path = forge(tmp_path / "names.xlsx", judges[0], panel, fw, rename)
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.WRONG_PANEL
    first_row = 2 + len(fw.criteria())  # n-002's first row on Scores
    assert [(m.kind, m.cell, m.nominee_id, m.expected, m.found) for m in v.mismatches] == [
        ("nominee_name", f"Scores!B{first_row}", "n-002", "海湾 Zero Distance Ltd",
         "Mallory Holdings")]


def test_summary_totals_unrelated_to_the_levels_name_the_cells(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    real: dict[str, Any] = {}

    def inflate(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        summary = [list(x) for x in d["summary"]]
        real["total"], real["sub"] = summary[0][2], summary[0][1][1]
        summary[0][2] = "99.00"  # n-001's total
        summary[0][1] = [summary[0][1][0], "98.00"]  # n-001's second domain
        return c, dict(d, summary=summary)

    path = forge(tmp_path / "sum.xlsx", judges[0], panel, fw, inflate)
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.TAMPERED
    assert v.changed_cells == []  # nothing changed after signing: the payload lies
    # two domains: Summary is A id, B name, C autonomy, D value, E total
    assert sorted((m.cell, m.nominee_id, m.column, m.expected, m.found)
                  for m in v.mismatches) == [
        ("Summary!D2", "n-001", "value", real["sub"], "98.00"),
        ("Summary!E2", "n-001", "total", real["total"], "99.00")]
    assert "Summary" in v.message
    assert rejected_verdicts([v]) == [v]


def test_a_counted_figure_is_checked_too(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)

    def count(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        summary = [list(x) for x in d["summary"]]
        summary[1][3] = 1  # n-002: "1 scored" while all four are
        return c, dict(d, summary=summary)

    v = ssv.verify_score_sheet(forge(tmp_path / "n.xlsx", judges[0], panel, fw, count), panel)
    assert v.status is Status.TAMPERED
    assert [(m.cell, m.column) for m in v.mismatches] == [("Summary!F3", "scored")]


def test_the_same_row_twice_is_not_valid(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)

    def twice(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        first = c.scores[0]
        rows = [*c.scores, ScoreRow(first.nominee_id, first.criterion_id, 5, "")]
        return dataclasses.replace(c, scores=rows), d

    v = ssv.verify_score_sheet(forge(tmp_path / "d.xlsx", judges[0], panel, fw, twice), panel)
    assert v.status is Status.TAMPERED and "twice" in v.message


def test_rows_off_the_panel_are_not_valid(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)

    def stranger(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        return dataclasses.replace(c, scores=[*c.scores, ScoreRow("n-999", "a.l.1", 3, "")]), d

    def criterion(c: SheetContent, d: dict) -> tuple[SheetContent, dict]:
        return dataclasses.replace(c, scores=[*c.scores, ScoreRow("n-001", "x.y", 3, "")]), d

    v = ssv.verify_score_sheet(forge(tmp_path / "a.xlsx", judges[0], panel, fw, stranger), panel)
    assert v.status is Status.WRONG_PANEL and "n-999" in v.message
    v = ssv.verify_score_sheet(forge(tmp_path / "b.xlsx", judges[0], panel, fw, criterion),
                              panel)
    assert v.status is Status.WRONG_FRAMEWORK and "x.y" in v.message


def test_the_writer_uses_the_rosters_name(judges, tmp_path):
    fw = make_framework()
    roster = make_panel(fw, judges)
    renamed = dataclasses.replace(roster, judges=(
        JudgeEntry("Ada Lovelace", judges[0].email, judges[0].public_key,
                   judges[0].fingerprint), *roster.judges[1:]))
    path = tmp_path / "ada.xlsx"
    ss.write_score_sheet(path, make_content(fw), fw, renamed, judges[0])
    v = ssv.verify_score_sheet(path, renamed)
    assert v.status is Status.VALID, v.message
    assert v.content is not None and v.content.judge_name == "Ada Lovelace"


def test_summary_rule_is_the_writers(judges):
    """The figures the writer signs are the ones the verifier recomputes."""
    fw = make_framework()
    panel = make_panel(fw, judges)
    content = ss._prepare(make_content(fw, complete=False), fw, panel, judges[0])
    display = ss._display(content, fw, panel, None)
    shown = ssv._shown(display)
    assert shown is not None
    assert V.summary_mismatches(content, panel, fw, shown) == []
    first = shown.summary[0]
    # n-001 without its first criterion: three of four scored; the total and the first
    # domain's subtotal are partial, so not shown (rule 2); the second domain is complete
    assert (first.scored, first.criteria) == (3, 4) and shown.summary_rule == 2
    assert first.total is None and first.subtotals[0] is None
    assert first.subtotals[1] is not None and shown.summary[1].total is not None
    # the rule before (older sheets): every figure over what was scored, missing not zero
    old = ssv._shown(ss._display(content, fw, panel, None, summary_rule=1))
    assert old is not None and old.summary_rule == 1
    assert V.summary_mismatches(content, panel, fw, old) == []
    assert old.summary[0].total is not None and old.summary[0].subtotals[0] is not None
