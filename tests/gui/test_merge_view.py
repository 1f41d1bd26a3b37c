"""The merge view's Qt models and chart, fed with hand-made results (no engine needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt

from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    JudgeRow,
    PanelResult,
    RankingRow,
)
from zerodx_desktop.core.sheet import ChangedCell, SheetContent, SheetVerdict, Status
from zerodx_desktop.ui.charts import DomainChart, Series
from zerodx_desktop.ui.nominee_matrix_model import (
    CriterionInfo,
    NomineeMatrixModel,
    framework_outline,
)
from zerodx_desktop.ui.ranking_model import DisagreementsModel, RankingModel, rank_label
from zerodx_desktop.ui.sheets_model import SheetsModel, status_kind

D = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(autouse=True)
def _app(qapp):  # icons and colours need a QGuiApplication, as in the app
    return qapp


def _content(name: str, fp: str, seq: int = 1) -> SheetContent:
    return SheetContent(judge_name=name, judge_email=f"{name.lower()}@example.org",
                        fingerprint=fp, public_key="ssh-ed25519 AAAA", panel_id="p1",
                        panel_title="Panel", round=1, framework_id="fw",
                        framework_version="1", framework_hash="sha256:x", sequence=seq,
                        exported_at="2026-01-01T00:00:00Z")


def _row(rank: int, tied: bool, nid: str, score: float | None, **dom: float) -> RankingRow:
    return RankingRow(rank=rank, tied=tied, nominee_id=nid, nominee=f"Nominee {nid}",
                      score=score, judges=3, sd=1.5, min=40.0, max=80.0, domain_scores=dom)


@pytest.fixture
def result() -> PanelResult:
    mean = [_row(1, False, "a", 80.0, autonomy=75.0, value=85.0),
            _row(2, True, "b", 60.0, autonomy=60.0, value=60.0),
            _row(2, True, "c", 60.0, autonomy=50.0, value=70.0)]
    median = [_row(1, False, "b", 70.0), _row(2, False, "a", 65.0), _row(3, False, "c", None)]
    levels = {("fp1", "a", "c1"): 5, ("fp1", "a", "c2"): 4,
              ("fp2", "a", "c1"): 3, ("fp2", "a", "c2"): 4,
              ("fp1", "b", "c1"): 2}
    return PanelResult(
        panel_id="p1", panel_title="Panel", round=1, framework_id="fw",
        framework_version="1", framework_hash="sha256:x", method="mean", ranking=mean,
        by_method={"mean": mean, "median": median},
        sensitivity=["With median, the winner changes: Nominee b instead of Nominee a."],
        criteria=[CriterionStat("a", "c1", 2, 4.0, 3, 5, 1.41, 2, flagged=True),
                  CriterionStat("a", "c2", 2, 4.0, 4, 4, 0.0, 0)],
        disagreements=[Disagreement("a", "c1", 2, 1.41, "range of levels ≥ 2"),
                       Disagreement("b", None, 30.5, 21.6, "top decile spread")],
        judges=[JudgeRow("Ann", "fp1", "valid", "ann.xlsx", "00"),
                JudgeRow("Bob", "fp2", "valid", "bob.xlsx", "11"),
                JudgeRow("Cy", "fp3", "valid", "cy.xlsx", "22"),
                JudgeRow("Eve", "fp9", "tampered", "eve.xlsx", "33")],
        judge_totals={"fp1": {"a": 87.5, "b": 25.0}, "fp2": {"a": 62.5, "b": None},
                      "fp3": {"a": None}},
        levels=levels,
        comments=[Comment("a", "c1", "Strong evidence.")],
        domains=[("autonomy", "Autonomy"), ("value", "User value")])


def test_sheets_model_statuses_and_tampered_cells(qtmodeltester, tmp_path: Path) -> None:
    model = SheetsModel()
    files = [tmp_path / n for n in ("ann.xlsx", "eve.xlsx", "old.xlsx", "junk.xlsx")]
    assert model.add_files(files) == 4
    assert model.add_files([files[0]]) == 0  # the same file twice is one row
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), D) == "Not checked yet"
    assert model.counts() == {"pending": 4}

    tampered = SheetVerdict(str(files[1]), Status.TAMPERED, content=_content("Eve", "fp9"),
                            changed_cells=[ChangedCell("Scores!G12", "3", "5"),
                                           ChangedCell("Scores!H12", "ok", None)],
                            message="2 cells differ from what the judge signed")
    model.set_verdicts([
        SheetVerdict(str(files[0]), Status.VALID, content=_content("Ann", "fp1"),
                     warnings=["incomplete"]),
        tampered,
        SheetVerdict("old.xlsx", Status.SUPERSEDED, content=_content("Ann", "fp1", 0)),
        SheetVerdict(str(files[3]), Status.UNREADABLE, message="not a score sheet"),
    ])
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0), D) for r in range(4)] == [
        "Valid", "Tampered", "Superseded", "Unreadable"]
    assert model.data(model.index(1, SheetsModel.COL_JUDGE), D) == "Eve"
    assert "incomplete" in model.data(model.index(0, SheetsModel.COL_REASON), D)
    tip = model.data(model.index(1, 2), TIP)
    assert "Scores!G12: signed '3', found '5'" in tip
    assert "Scores!H12: signed 'ok', found (empty)" in tip
    details = model.details_text(1)
    assert "Changed cells (2):" in details and "Scores!G12" in details
    assert model.counts() == {"warn": 1, "bad": 2, "old": 1}
    assert not model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()

    model.remove_rows([1, 3])
    assert [p.name for p in model.paths()] == ["ann.xlsx", "old.xlsx"]
    model.clear_verdicts()
    assert model.data(model.index(0, 0), SheetsModel.StatusRole) == "pending"
    qtmodeltester.check(model)


def test_sheets_model_keeps_verdicts_for_unknown_files(qtmodeltester) -> None:
    model = SheetsModel()
    model.set_verdicts([SheetVerdict("/x/dup.xlsx", Status.UNREADABLE)])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1), D) == "dup.xlsx"
    qtmodeltester.check(model)


def test_status_kinds() -> None:
    assert status_kind("valid") == "ok"
    assert status_kind("valid", ["conflict_scored"]) == "warn"
    assert status_kind("superseded") == "old"
    assert status_kind("bad_signature") == "bad"


def test_ranking_model_ties_and_method_rows(qtmodeltester, result: PanelResult) -> None:
    model = RankingModel()
    model.set_rows(result.by_method["mean"], result.domains)
    qtmodeltester.check(model)
    assert model.columnCount() == 9
    assert model.headerData(7, Qt.Orientation.Horizontal, D) == "Autonomy"
    assert [model.data(model.index(r, 0), D) for r in range(3)] == ["1", "=2", "=2"]
    assert model.data(model.index(2, 8), D) == "70.00"
    assert "Tied at rank 2 with Nominee b" in model.data(model.index(2, 1), TIP)
    assert model.data(model.index(0, 2), D) == "80.00"

    model.set_rows(result.by_method["median"])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1), D) == "Nominee b"
    assert model.data(model.index(2, 2), D) == "—"  # no score, no fake zero
    assert model.data(model.index(1, 0), RankingModel.NomineeIdRole) == "a"
    assert model.row_of("c") == 2
    assert rank_label(result.ranking[1]) == "=2"


def test_disagreements_model(qtmodeltester, result: PanelResult) -> None:
    model = DisagreementsModel()
    model.set_rows(result.disagreements, {"a": "Alpha Co."}, {"c1": "Leadership 1"})
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c), D) for c in range(5)] == [
        "Alpha Co.", "Leadership 1", "2", "1.41", "range of levels ≥ 2"]
    assert model.data(model.index(1, 1), D) == "Total score"
    assert model.data(model.index(1, 0), D) == "b"  # unknown name: the id, not a blank


def test_nominee_matrix_model(qtmodeltester, result: PanelResult) -> None:
    model = NomineeMatrixModel()
    qtmodeltester.check(model)
    crit = [CriterionInfo("c1", "Leadership 1", "Who decides?"),
            CriterionInfo("c2", "Leadership 2", "Who hires?")]
    model.set_result(result, "a", criteria=crit, scale=(1, 5), conflicted={"fp3"})
    qtmodeltester.check(model)
    # three valid judges (the tampered sheet's judge is not a row) + mean/min/max/sd
    assert model.rowCount() == 7 and model.columnCount() == 3
    assert [model.headerData(r, Qt.Orientation.Vertical, D) for r in range(7)] == [
        "Ann", "Bob", "Cy", "Mean", "Min", "Max", "SD"]
    assert model.data(model.index(0, 0), D) == "5"
    assert model.data(model.index(1, 0), D) == "3"
    assert model.data(model.index(2, 0), D) == "recused"
    assert model.data(model.index(0, 2), D) == "87.50"
    assert model.data(model.index(3, 0), D) == "4.00"  # mean
    assert model.data(model.index(6, 0), D) == "1.41"  # sd
    assert model.data(model.index(4, 1), D) == "4"  # min level
    assert "Flagged" in model.headerData(0, Qt.Orientation.Horizontal, TIP)
    assert model.level(0, 1) == 4

    model.set_result(result, "b")  # no framework given: criteria the result knows
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal, D) == "c1"
    assert model.data(model.index(0, 0), D) == "2"
    assert model.data(model.index(1, 0), D) == "—"


def test_framework_outline_reads_raw_document() -> None:
    raw = {"scale": {"min": 0, "max": 4},
           "domains": [{"id": "d1", "dimensions": [
               {"id": "m", "title": {"en": "Leadership", "zh": "领导"},
                "criteria": [{"id": "x.1", "question": "Q1"}, {"id": "x.2", "question": "Q2"}]}
           ]}]}
    crit, scale = framework_outline(raw)
    assert scale == (0, 4)
    assert [(c.id, c.title, c.question, c.domain_id) for c in crit] == [
        ("x.1", "Leadership 1", "Q1", "d1"), ("x.2", "Leadership 2", "Q2", "d1")]
    assert framework_outline(None) == ([], (1, 5))


def test_domain_chart_radar_and_bars(qtbot) -> None:
    chart = DomainChart()
    qtbot.addWidget(chart)
    assert chart.kind == "empty"
    chart.set_data(["A", "B", "C"], [Series("Nominee", [80.0, None, 40.0]),
                                     Series("Panel", [50.0, 50.0, 50.0], "#9e9e9e")])
    assert chart.kind == "radar"
    img = chart.render_image(QSize(300, 240))
    colours = {img.pixel(x, y) for x in range(0, 300, 3) for y in range(0, 240, 3)}
    assert len(colours) > 5  # something was drawn beyond the white background
    chart.set_data(["A", "B"], [Series("Nominee", [80.0, 20.0])])
    assert chart.kind == "bars"
    assert not chart.render_image(QSize(300, 160)).isNull()
    with pytest.raises(ValueError):
        chart.set_data(["A"], [Series("bad", [1.0, 2.0])])
    chart.show()
    qtbot.waitExposed(chart)
    chart.close()
