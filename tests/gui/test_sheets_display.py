"""The merge view's sheet list says moved rows first and names what alters the display,
in English and in Chinese (verdicts from real altered files)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.sheet_edits import SCORES_XML
from tests.sheet_edits import formatted as _formatted
from tests.sheet_edits import openpyxl_edit as _openpyxl_edit
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.sheets_model import SheetsModel

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

TIP = Qt.ItemDataRole.ToolTipRole
D = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def english(qapp):
    i18n.apply_language(i18n.ENGLISH)
    yield
    i18n.apply_language(i18n.ENGLISH)


def _model(path, verdict) -> SheetsModel:
    model = SheetsModel()
    model.add_files([path])
    model.set_verdicts([verdict])
    return model


def test_deleted_row_is_said_first_in_tooltip_reason_and_details(world, english):
    out = _openpyxl_edit(world, "gui-deleted", lambda ws: ws.delete_rows(5))
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.TAMPERED
    model = _model(out, v)
    sentence = "Scores: row 5 (n-001 / v.e.1) missing; the 8 rows below moved up"
    tip = model.data(model.index(0, 0), TIP).splitlines()
    assert tip[0] == f"Tampered: {out.name}" and tip[1] == sentence
    assert "Changed cells:" in tip  # the shifted cells are still listed after it
    reason = model.data(model.index(0, SheetsModel.COL_REASON), D)
    assert reason.startswith(sentence + " · ")
    details = model.details_text(0).splitlines()
    assert details[1] == "Status: Tampered" and details[2] == sentence

    i18n.apply_language(i18n.CHINESE)
    tip = model.data(model.index(0, 0), TIP).splitlines()
    assert tip[1] == "Scores：第 5 行（n-001 / v.e.1）缺失；其下的 8 行上移"


def test_display_altered_is_a_warning_with_the_cell_named(world, english):
    out = _formatted(world, "gui-format", SCORES_XML, "G2", 164, '"5"')
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID
    model = _model(out, v)
    assert model.row(0).kind == "warn"  # valid, with a warning
    tip = model.data(model.index(0, 0), TIP)
    line = 'Scores!G2 (signed 1) is displayed with the number format “"5"”'
    assert "displayed differently: number formats, invisible text or hidden rows/columns" in tip
    assert "Displayed differently from what was signed:\n" + line in tip
    assert line in model.details_text(0)

    i18n.apply_language(i18n.CHINESE)
    tip = model.data(model.index(0, 0), TIP)
    assert 'Scores!G2（签名值 1）以数字格式 “"5"” 显示' in tip
    assert "显示与签名不符：" in tip
