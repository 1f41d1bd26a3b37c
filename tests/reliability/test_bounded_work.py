"""Work is bounded by the panel's size, not the file's (contract §6, §7): hostile sheets built
by benchmarks/hostile_sheet.py (smaller here) are refused as soon as a part holds more than a
sheet of the panel can, naming the part; long texts within the sheet's slack are read and
named as changed cells. Time and memory are measured by ``python -m benchmarks``."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.hostile_sheet import craft
from benchmarks.synthetic import make_panel, write_sheets
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("bounded")
    sp = make_panel(work, nominees=10, criteria=5, judges=1)
    return sp, write_sheets(sp, work / "sheets")[0], work


@pytest.mark.parametrize(("kind", "mb", "reason"), [
    ("cells", 1.0, "sheet 'Scores'): more than 10,"),
    ("strings", 2.5, "shared strings, more than this workbook can hold"),
    ("elements", 2.5, "XML elements, more than this sheet can hold"),
])
def test_a_flood_is_refused_naming_the_part(genuine, kind, mb, reason):
    sp, sheet, work = genuine
    assert verify_score_sheet(sheet, sp.panel).status is Status.VALID
    path = craft(sheet, work / f"{kind}.xlsx", kind, mb)
    v = verify_score_sheet(path, sp.panel)
    assert v.status is Status.UNREADABLE and reason in v.message, v.message


def test_long_texts_within_the_slack_are_changed_cells(genuine):
    sp, sheet, work = genuine
    path = craft(sheet, work / "long.xlsx", "long_texts", 0.5)
    v = verify_score_sheet(path, sp.panel)
    assert v.status is Status.TAMPERED
    assert v.changed_cells and all(c.signed is None for c in v.changed_cells)
    assert all(len(c.found or "") == 32_000 for c in v.changed_cells)


def test_without_a_panel_the_signed_grid_still_bounds_each_sheet(genuine):
    _sp, sheet, work = genuine
    path = craft(sheet, work / "cells-np.xlsx", "cells", 1.0)
    v = verify_score_sheet(Path(path))
    assert v.status is Status.UNREADABLE and "more than" in v.message
