"""The exported Summary shows a partial total as partial (summary rule 2): the total of a
nominee with criteria left unscored, and the subtotal of such a domain, are empty cells and
the line's status says "partial: 1 of 4". Sheets exported before (rule 1, a figure over what
was scored) still verify: a committed sheet written by the previous version is checked."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.factories import NOMINEES, make_content, make_framework, make_panel
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.canonical import canonical_json
from zerodx_desktop.core.sheet import SHEET_FORMAT, DeclaredConflict, SheetContent, Status
from zerodx_desktop.formats import score_sheet as ss
from zerodx_desktop.formats import score_sheet_verify as ssv
from zerodx_desktop.formats.package import panel_from_dict
from zerodx_desktop.formats.signing import Identity

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_SHEET = DATA / "summary-rule1-sheet.xlsx"  # written by the version before rule 2
OLD_PANEL = DATA / "summary-rule1-panel.json"


@pytest.fixture(scope="module")
def judge() -> Identity:
    return Identity.generate("Ada Judge", "ada@example.org")


def _content(fw: Any) -> SheetContent:
    """n-001: one criterion of four scored; n-002: complete; n-003: recused."""
    crits = [c.id for c in fw.criteria()]
    first, _second, third = (n.id for n in NOMINEES[:3])
    content = make_content(fw, conflicts=[DeclaredConflict(third, "my former employer")])
    scores = [dataclasses.replace(s, level=None, comment="")
              if s.nominee_id == first and s.criterion_id != crits[0] else s
              for s in content.scores]
    return dataclasses.replace(content, scores=scores)


def _summary_cells(path: Path) -> list[list[Any]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [list(r) for r in wb["Summary"].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_a_partial_total_is_empty_and_said_partial(judge, tmp_path) -> None:
    fw = make_framework()
    panel = make_panel(fw, [judge])
    path = tmp_path / "new.xlsx"
    ss.write_score_sheet(path, _content(fw), fw, panel, judge)
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.VALID, v.message
    rows = _summary_cells(path)
    n_dom = len(fw.domains)
    header = rows[0]
    assert header[2 + n_dom:] == ["Total (0–100)", "Scored", "Criteria", "Recused", "Status"]
    by_id = {r[0]: r for r in rows[1:]}
    first, second, third = (n.id for n in NOMINEES[:3])
    partial = by_id[first]
    # the scored criterion's domain has others unscored: no subtotal; no total; the status
    assert partial[2:2 + n_dom] == [None] * n_dom
    assert partial[2 + n_dom:] == [None, 1, 4, None, "partial: 1 of 4"]
    done = by_id[second]
    assert all(isinstance(x, (int, float)) for x in done[2:3 + n_dom])
    assert done[3 + n_dom:] == [4, 4, None, "complete"]
    assert by_id[third][2 + n_dom:] == [None, 0, 4, "yes", "recused"]  # levels dropped
    # the figure shown for the complete nominee is the one the scoring rule gives
    from zerodx_desktop.core.scoring import nominee_total

    levels = {s.criterion_id: s.level for s in _content(fw).scores if s.nominee_id == second}
    assert Decimal(str(done[2 + n_dom])) == Decimal(f"{nominee_total(fw, levels):.2f}")


def test_nothing_scored_is_said_not_scored(judge, tmp_path) -> None:
    fw = make_framework()
    panel = make_panel(fw, [judge])
    content = make_content(fw)
    first = NOMINEES[0].id
    content = dataclasses.replace(content, scores=[
        dataclasses.replace(s, level=None, comment="") if s.nominee_id == first else s
        for s in content.scores])
    path = tmp_path / "none.xlsx"
    ss.write_score_sheet(path, content, fw, panel, judge)
    assert ssv.verify_score_sheet(path, panel).status is Status.VALID
    line = next(r for r in _summary_cells(path) if r[0] == first)
    assert line[-5:] == [None, 0, 4, None, "not scored"]


def test_a_sheet_of_the_previous_version_still_verifies() -> None:
    panel = panel_from_dict(json.loads(OLD_PANEL.read_text(encoding="utf-8")))
    v = ssv.verify_score_sheet(OLD_SHEET, panel)
    assert v.status is Status.VALID, v.message
    assert v.warnings == ["incomplete"] and v.mismatches == []
    rows = _summary_cells(OLD_SHEET)
    assert rows[0][-1] == "Recused"  # no Status column then
    scored, total = rows[0].index("Scored"), rows[0].index("Total (0–100)")
    partial = next(r for r in rows[1:] if r[scored] == 1)  # one criterion scored ...
    assert isinstance(partial[total], (int, float))  # ... a figure over it, as shown then


def _forge(path: Path, judge: Identity, panel: Any, fw: Any, edit: Any) -> Path:
    content = ss._prepare(_content(fw), fw, panel, judge)
    display = edit(ss._display(content, fw, panel, None))
    payload = canonical_json(ss._payload_doc(content, display))
    path.write_bytes(ss._write_bytes(ss.render_grids(content, display), payload.decode(),
                                     judge.public_key, judge.sign(SHEET_FORMAT, payload)))
    return path


def test_a_signed_partial_figure_under_rule_2_is_tampered(judge, tmp_path) -> None:
    """A judge signing, under rule 2, the partial total the old rule gave: the figure does
    not follow from the rule the sheet says it follows, and is named."""
    fw = make_framework()
    panel = make_panel(fw, [judge])
    old = ss._display(ss._prepare(_content(fw), fw, panel, judge), fw, panel, None,
                      summary_rule=1)

    def partial_total(d: dict[str, Any]) -> dict[str, Any]:
        summary = [list(x) for x in d["summary"]]
        summary[0][2] = old["summary"][0][2]  # n-001's partial figure, under rule 2
        return dict(d, summary=summary)

    v = ssv.verify_score_sheet(_forge(tmp_path / "f.xlsx", judge, panel, fw, partial_total),
                              panel)
    assert v.status is Status.TAMPERED
    assert [(m.nominee_id, m.column, m.expected) for m in v.mismatches] == [
        (NOMINEES[0].id, "total", None)]


def test_an_unknown_summary_rule_is_refused(judge, tmp_path) -> None:
    fw = make_framework()
    panel = make_panel(fw, [judge])
    with pytest.raises(ValueError):
        _forge(tmp_path / "r.xlsx", judge, panel, fw, lambda d: dict(d, summary_rule=3))
    with pytest.raises(ValueError):
        V.summary_rows(fw, {}, [], rule=0)
    assert ssv._shown({"nominees": [], "summary": [], "summary_rule": True}) is None


def test_an_edited_status_cell_is_tampered(judge, tmp_path) -> None:
    fw = make_framework()
    panel = make_panel(fw, [judge])
    path = tmp_path / "s.xlsx"
    ss.write_score_sheet(path, _content(fw), fw, panel, judge)
    wb = load_workbook(path)
    ws = wb["Summary"]
    status_col = ws.max_column
    assert ws.cell(2, status_col).value == "partial: 1 of 4"
    ws.cell(2, status_col).value = "complete"
    wb.save(path)
    v = ssv.verify_score_sheet(path, panel)
    assert v.status is Status.TAMPERED
    assert [c.cell for c in v.changed_cells] == [f"Summary!{ws.cell(2, status_col).coordinate}"]
