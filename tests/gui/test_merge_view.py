"""The merge view's Qt models and chart, fed with hand-made results (no engine needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

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

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

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
    # a tampered sheet's reason counts its changed cells once (not the engine's count again)
    reason = model.data(model.index(1, SheetsModel.COL_REASON), D)
    assert "2 changed cells: Scores!G12, Scores!H12" in reason
    assert "2 cells differ" not in reason
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
    assert model.columnCount() == 11
    assert model.headerData(7, Qt.Orientation.Horizontal, D) == "First"
    assert model.headerData(8, Qt.Orientation.Horizontal, D) == "Ranks (90%)"
    assert model.headerData(9, Qt.Orientation.Horizontal, D) == "Autonomy"
    assert [model.data(model.index(r, 0), D) for r in range(3)] == ["1", "=2", "=2"]
    assert model.data(model.index(2, 10), D) == "70.00"
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


def test_a_judge_total_from_some_criteria_says_so(result: PanelResult) -> None:
    """A judge who left criteria of a nominee unscored: the total the merge counted is shown
    with its count and greyed, and its tooltip says what it rests on; a complete one is the
    number alone."""
    model = NomineeMatrixModel()
    crit = [CriterionInfo("c1", "Leadership 1", "Who decides?"),
            CriterionInfo("c2", "Leadership 2", "Who hires?")]
    model.set_result(result, "b", criteria=crit)  # Ann scored c1 of nominee b, not c2
    total = model.index(0, 2)
    assert model.partial("fp1") == (1, 2)
    assert model.data(total, D) == "25.00 (1 of 2)"
    assert model.data(total, Qt.ItemDataRole.ForegroundRole) == QColor("#757575")
    tip = model.data(total, TIP)
    assert "Ann scored 1 of 2 criteria" in tip and "counts in the result" in tip
    assert model.data(model.index(1, 2), D) == "—"  # Bob: no total for b
    model.set_result(result, "a", criteria=crit)  # both criteria scored: the number
    assert model.partial("fp1") is None
    assert model.data(model.index(0, 2), D) == "87.50"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is None
    # a result too large to keep every level: nothing to count, the number alone
    import dataclasses

    model.set_result(dataclasses.replace(result, levels={}), "b", criteria=crit)
    assert model.partial("fp1") is None
    assert model.data(model.index(0, 2), D) == "25.00"


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


# == the merge view, end to end with real packages and signed sheets ==========================

# the pile, the view and their helpers are shared (tests/gui/merge_fixtures.py, fixtures
# merge_pile and merge_view in tests/gui/conftest.py); the old names stay importable here
from tests.gui.merge_fixtures import FRAMEWORK_DOC as FRAMEWORK_DOC  # noqa: E402
from tests.gui.merge_fixtures import LEVELS as LEVELS  # noqa: E402
from tests.gui.merge_fixtures import drop as _drop  # noqa: E402
from tests.gui.merge_fixtures import merge_and_wait as _merge_and_wait  # noqa: E402
from tests.gui.merge_fixtures import merged_view as _merged_view  # noqa: E402


@pytest.fixture(scope="module")
def pile(merge_pile):
    return merge_pile


@pytest.fixture
def view(merge_view):
    return merge_view


def test_merge_view_statuses_methods_and_nominee(qtbot, qtmodeltester, view, pile,
                                                 monkeypatch):
    from zerodx_desktop.ui import merge_view

    monkeypatch.setattr(merge_view, "_ask_open_file", lambda *_a: pile["package"])
    monkeypatch.setattr(merge_view, "_ask_open_files",
                        lambda *_a: [*pile["sheets"][:2], pile["tampered"]])
    assert not view.export_workbook_button.isEnabled()
    view.choose_package_button.click()
    assert view.result is None  # no sheets yet: nothing to merge
    _merge_and_wait(qtbot, view, view.add_sheets_button.click)
    # dropping more files: the third judge's real sheet and a file that is not a sheet
    _merge_and_wait(qtbot, view, lambda: _drop(view, [pile["sheets"][2], pile["junk"]]))
    assert view.test_warnings == []

    model = view.sheets_model
    statuses = {model.row(r).path.name: model.row(r).status for r in range(model.rowCount())}
    assert statuses == {"judge-0.xlsx": "valid", "judge-1.xlsx": "valid",
                        "judge-2-altered.xlsx": "tampered", "judge-2.xlsx": "valid",
                        "notes.xlsx": "unreadable"}
    row = next(r for r in range(model.rowCount())
               if model.row(r).path.name == "judge-2-altered.xlsx")
    tip = model.data(model.index(row, 0), TIP)
    assert "Scores!G2" in tip and f"signed '{pile['signed_level']}'" in tip
    details = view.show_sheet_details(row)
    assert "Tampered" in details and "Scores!G2" in details
    assert "3 valid" in view.summary_label.text() and "2 rejected" in view.summary_label.text()

    # ranking under the official method: mean totals 87.5+75+... -> n1, n2, n3
    result = view.result
    assert result is not None and result.method == "mean"
    rm = view.ranking_model
    assert [rm.data(rm.index(r, 1), D) for r in range(3)] == [
        "Alpha Co.", "Beta Ltd.", "Gamma 海湾"]
    assert [rm.data(rm.index(r, 0), D) for r in range(3)] == ["1", "2", "3"]
    assert rm.data(rm.index(0, 2), D) == f"{result.by_method['mean'][0].score:.2f}"
    assert "official" in view.method_combo.currentText()
    assert view.sensitivity_label.text().startswith("What the panel can tell apart:")
    # the bootstrap over judges: P(first) and the 90 % rank range, plotted in the How sure tab
    assert result.ranking[0].p_first is not None and result.ranking[0].rank_interval
    assert rm.data(rm.index(0, RankingModel.COL_FIRST), D).endswith("%")
    assert rm.data(rm.index(0, RankingModel.COL_RANKS), D) not in ("", "—")
    assert [r.nominee_id for r in view.rank_plot.rows()] == [
        r.nominee_id for r in result.ranking if r.rank_interval]
    assert "resampled 1,000 times" in view.uncertainty_label.text()
    # every judge scored every nominee: no adjusted rings; with recusals they are drawn
    assert not result.incomplete_design and view.rank_plot.adjusted_ranks() == {}
    import dataclasses

    view._fill_uncertainty(dataclasses.replace(result, incomplete_design=True))
    assert view.rank_plot.adjusted_ranks() == {
        r.nominee_id: r.rank for r in result.by_method["adjusted"] if r.score is not None}
    assert "a ring marks the rank adjusted" in view.uncertainty_label.text()
    view._fill_uncertainty(result)
    assert view.icc2k_label.text() != ""

    # switching method shows the precomputed ranking, nothing is recomputed
    view.set_method("median")
    assert view.result is result
    median = result.by_method["median"]
    assert [rm.data(rm.index(r, 2), D) for r in range(3)] == [
        "—" if x.score is None else f"{x.score:.2f}" for x in median]
    assert "for comparison" in view.method_note.text()
    view.set_method("schulze")
    assert rm.rowCount() == len(result.by_method["schulze"])
    view.set_method("mean")

    # nominee drill-down: every valid judge's signed levels
    view.open_nominee("n1")
    mm = view.matrix_model
    assert mm.nominee_id == "n1" and mm.judge_count() == 3 and mm.criterion_count() == 3
    judge_rows = {mm.headerData(r, Qt.Orientation.Vertical, D): r for r in range(3)}
    assert [mm.data(mm.index(judge_rows["Judge A"], c), D) for c in range(3)] == ["5"] * 3
    assert [mm.data(mm.index(judge_rows["Judge C"], c), D) for c in range(3)] == [
        "5", "4", "5"]  # the signed levels, not the altered copy's
    assert view.chart.kind == "bars"  # two dimensions: one bar each
    assert view.chart.axes == ["Leadership", "Ecosystem"]
    assert "Clear evidence." in view.comments_view.toPlainText()
    assert "Judge" not in view.comments_view.toPlainText()  # anonymised
    assert "Alpha Co." in view.nominee_label.text()

    # reliability panel and disagreements
    rel = result.reliability
    assert view.alpha_label.text() == merge_view._fmt3(rel.krippendorff_alpha_interval)
    assert view.kendall_label.text() == merge_view._fmt3(rel.kendall_w)
    assert rel.reading  # the engine always says something a person can read
    for sentence in rel.reading:
        assert sentence in view.reading_label.text()
    assert view.disagreements_model.rowCount() == len(result.disagreements)
    for m in (view.sheets_model, view.ranking_model, view.matrix_model,
              view.disagreements_model):
        qtmodeltester.check(m)

    # removing the tampered sheet re-merges; the result keeps the three valid judges
    view.sheets_table.selectRow(row)
    _merge_and_wait(qtbot, view, view.remove_sheets_button.click)
    assert "judge-2-altered.xlsx" not in [p.name for p in model.paths()]
    assert len(view.result.judge_totals) == 3


def test_pdf_report_waits_for_a_result_a_chair_signed(qtbot, view, pile, home, tmp_path,
                                                     monkeypatch):
    """Before the result is saved, and when it is saved unsigned or by someone who is not a
    chair, "PDF report…" stays disabled and the status says why."""
    from zerodx_desktop.formats.signing import Identity
    from zerodx_desktop.ui import merge_view, passphrase_dialog

    _merged_view(qtbot, view, pile)
    assert view.result is not None and not view.export_pdf_button.isEnabled()
    out = tmp_path / "unsigned.xlsx"  # no identity in this home: unsigned
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    assert view.result_check.status == "unsigned" and not view.export_pdf_button.isEnabled()
    assert "unsigned" in view.status_label.text()
    outsider = Identity.generate("Otto Outsider", "otto@example.org")
    outsider.save(home, "otto-pass", rounds=1)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: "otto-pass")
    out = tmp_path / "foreign.xlsx"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    assert view.result_check.status == "unknown_signer"
    assert not view.export_pdf_button.isEnabled()
    assert "unknown_signer" in view.status_label.text()


def test_look_alike_package_refused_by_the_merge_view(qtbot, view, pile, home):
    _merged_view(qtbot, view, pile)  # the genuine package: pinned in this home
    _merge_and_wait(qtbot, view, lambda: view.set_package(pile["fake"]))
    assert view.result is None
    text = view.test_warnings[-1]
    assert pile["organizer"].fingerprint in text and pile["mallory"].fingerprint in text
    assert "look-alike" in text


def test_export_signed_workbook_and_pdf_preview(qtbot, view, pile, home, tmp_path,
                                                monkeypatch):
    from zerodx_desktop.formats.result_verify import (
        read_result_workbook,
        verify_result_workbook,
    )
    from zerodx_desktop.ui import merge_view, passphrase_dialog, pdf_preview_dialog

    chair = pile["chair"]  # named with --chair in the package
    chair.save(home, "chair-pass", rounds=1)
    asked: list[str] = []

    def answer(_parent, prompt, *, error=""):
        asked.append(error)
        return "wrong" if len(asked) == 1 else "chair-pass"

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", answer)
    _merged_view(qtbot, view, pile)
    out = tmp_path / "RESULT"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    written = tmp_path / "RESULT.xlsx"
    assert view.last_workbook == written and written.is_file()
    assert asked[0] == "" and "passphrase" in asked[1]  # asked again after a wrong one
    status, signer, changed = verify_result_workbook(written)
    assert changed == []
    assert (status, signer) == ("valid", chair.fingerprint)
    assert chair.fingerprint in view.status_label.text()
    back = read_result_workbook(written)
    assert [r.nominee_id for r in back.ranking] == [r.nominee_id for r in view.result.ranking]
    assert view.result_check.valid and view.export_pdf_button.isEnabled()

    # the PDF report opens in the preview, which prints every page
    pdf = tmp_path / "report.pdf"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: pdf)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_pdf_button.click()
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    preview = view.preview
    assert isinstance(preview, pdf_preview_dialog.PdfPreviewDialog)
    pages = preview.document.pageCount()
    assert pages >= 3 and f"{pages} pages" in preview.info_label.text()

    printed_to = tmp_path / "printed.pdf"

    def fake_print_dialog(printer, _parent):
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(pdf_preview_dialog, "_exec_print_dialog", fake_print_dialog)
    assert preview.print_with_dialog() == pages
    assert printed_to.is_file() and printed_to.stat().st_size > 1000
    monkeypatch.setattr(pdf_preview_dialog, "_exec_print_dialog", lambda *_a: False)
    assert preview.print_with_dialog() == 0  # cancelled: nothing printed
    preview.close()


def test_export_without_identity_is_unsigned(qtbot, view, pile, tmp_path, monkeypatch):
    from zerodx_desktop.formats.result_verify import verify_result_workbook
    from zerodx_desktop.ui import merge_view, passphrase_dialog

    def never(*_a, **_k):
        raise AssertionError("no identity: nothing to unlock")

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", never)
    assert "UNSIGNED" in view.signing_label.text()
    _merged_view(qtbot, view, pile)
    out = tmp_path / "unsigned.xlsx"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    assert verify_result_workbook(out)[0] == "unsigned"
    assert "UNSIGNED" in view.status_label.text()


def test_cancelled_passphrase_writes_nothing(qtbot, view, pile, home, tmp_path, monkeypatch):
    from zerodx_desktop.formats.signing import Identity
    from zerodx_desktop.ui import merge_view, passphrase_dialog

    Identity.generate("Chris Chair", "chair@example.org").save(home, "pw", rounds=1)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: None)
    _merged_view(qtbot, view, pile)
    out = tmp_path / "never.xlsx"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    view.export_workbook_button.click()
    assert not view.busy and not out.exists()


def test_merge_with_no_valid_sheet_reports_why(qtbot, view, pile):
    view.set_package(pile["package"])
    _merge_and_wait(qtbot, view, lambda: view.add_sheets([pile["junk"]]))
    assert view.result is None
    assert view.test_warnings and "no valid" in view.test_warnings[0]
    assert "No result" in view.status_label.text()
    assert not view.export_workbook_button.isEnabled()
    # every sheet still shows why it was not used
    assert view.sheets_model.row(0).status == "unreadable"
    assert "1 rejected" in view.summary_label.text()


def test_invalid_package_is_reported(qtbot, view, pile, tmp_path):
    fake = tmp_path / "fake.zdxpanel"
    fake.write_bytes(b"PK not really a zip")
    view.set_package(fake)
    _merge_and_wait(qtbot, view, lambda: view.add_sheets([pile["sheets"][0]]))
    assert view.result is None and view.test_warnings
    assert view.sheets_model.row(0).status == "pending"  # nothing could be checked
    assert "fake.zdxpanel" in view.status_label.text()


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_drag_enter_accepts_sheets_and_packages_only(view, pile, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent

    def enter(paths) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        ev = QDragEnterEvent(QPoint(3, 3), Qt.DropAction.CopyAction, mime,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        view.dragEnterEvent(ev)
        return ev.isAccepted()

    assert enter([pile["sheets"][0]])
    assert enter([pile["package"]])
    assert enter([tmp_path])  # a folder of sheets
    assert not enter([tmp_path / "photo.png"])


def test_a_dropped_folder_brings_its_package_and_sheets(qtbot, view, pile, tmp_path) -> None:
    import shutil

    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(pile["package"], folder / "panel.zdxpanel")
    for sheet in pile["sheets"]:
        shutil.copy(sheet, folder / sheet.name)
    (folder / "notes.txt").write_text("not a sheet")
    (folder / "~$lock.xlsx").write_bytes(b"office lock file")
    _merge_and_wait(qtbot, view, lambda: view.open_paths([folder]))
    assert view.package_path == folder / "panel.zdxpanel"
    names = sorted(view.sheets_model.row(r).path.name
                   for r in range(view.sheets_model.rowCount()))
    assert names == sorted(s.name for s in pile["sheets"])
    assert view.result is not None


def test_merge_view_fits_its_sheets_and_ranking_and_names_the_criteria(qtbot, view, pile):
    from zerodx_desktop.ui import i18n
    from zerodx_desktop.ui.merge_view import MATRIX_COLUMN_MAX

    assert not view.summary_label.text().endswith("….")  # one ellipsis, not four dots
    view.resize(1320, 790)  # the Merge tab's room in a 1400x900 window
    view.set_package(pile["package"])
    _merge_and_wait(qtbot, view, lambda: view.add_sheets(
        [*pile["sheets"], pile["tampered"], pile["junk"]]))
    qtbot.waitUntil(lambda: view.ranking_model.rowCount() == 3, timeout=5000)
    QApplication.processEvents()
    # every sheet and every ranked nominee in view without scrolling
    assert view.sheets_model.rowCount() == 5
    assert view.sheets_table.verticalScrollBar().maximum() == 0
    assert view.ranking_table.verticalScrollBar().maximum() == 0
    matrix = view.matrix_table
    assert matrix.verticalScrollBar().maximum() == 0  # judges and summary rows too
    # criterion columns fit their titles (up to a limit); the tooltip has the full title
    header = matrix.horizontalHeader()
    for col, c in enumerate(view._criteria):
        tip = view.matrix_model.headerData(col, Qt.Orientation.Horizontal, TIP)
        assert tip.splitlines()[0] == c.title
        want = header.sectionSizeHint(col)
        assert header.sectionSize(col) == min(max(want, matrix.sizeHintForColumn(col)),
                                              MATRIX_COLUMN_MAX)
    # dates: ISO-like, 24-hour, in every locale
    assert i18n.fmt_datetime("2026-11-01T22:39:00") == "2026-11-01 22:39"


def test_a_failed_merge_after_a_good_one_leaves_no_stale_nominee(qtbot, view, pile, tmp_path):
    view.set_package(pile["package"])
    _merge_and_wait(qtbot, view, lambda: view.add_sheets(pile["sheets"]))
    assert view.result is not None and view.nominee_label.text()  # the first is drilled into
    fake = tmp_path / "fake.zdxpanel"
    fake.write_bytes(b"PK not really a zip")
    _merge_and_wait(qtbot, view, lambda: view.set_package(fake))
    assert view.result is None
    assert view.nominee_label.text() == ""  # no "rank 1, score …" of the previous result
