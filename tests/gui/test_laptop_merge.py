"""The chair's merge view on a laptop screen: the ranking before the sheet list."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.merge_fixtures import merge_and_wait as _merge_and_wait


@pytest.fixture(scope="module")
def pile(merge_pile):
    return merge_pile


@pytest.fixture
def view(merge_view):
    return merge_view


def test_a_short_merge_view_gives_the_ranking_the_sheet_rows(qtbot, view, pile) -> None:
    from zerodx_desktop.ui.merge_view import FIT_SHEET_ROWS

    view.resize(990, 640)  # the Merge tab's room in a 1024x700 window
    view.set_package(pile["package"])
    _merge_and_wait(qtbot, view, lambda: view.add_sheets(
        [*pile["sheets"], pile["tampered"], pile["junk"]]))
    qtbot.waitUntil(lambda: view.ranking_model.rowCount() == 3, timeout=5000)
    QApplication.processEvents()
    row = view.sheets_table.verticalHeader().defaultSectionSize()
    shown = view.sheets_table.viewport().height() // row
    assert view.sheets_model.rowCount() == 5 and shown <= FIT_SHEET_ROWS[0]
    assert view.ranking_table.verticalScrollBar().maximum() == 0  # every nominee in view
    view.resize(1320, 790)  # a large screen: every sheet again
    QApplication.processEvents()
    assert view.sheets_table.verticalScrollBar().maximum() == 0


def test_a_changed_cell_is_named_by_nominee_and_criterion(qtbot, view, pile) -> None:
    view.resize(1240, 700)  # the Merge tab's room in a 1280x800 window
    view.set_package(pile["package"])
    _merge_and_wait(qtbot, view, lambda: view.add_sheets([pile["tampered"]]))
    QApplication.processEvents()
    reason = view.sheets_model.index(0, view.sheets_model.COL_REASON).data()
    assert "Scores!G2 (" in reason and "c1" in reason  # which nominee, which criterion
    details = view.show_sheet_details(0)
    line = next(x for x in details.splitlines() if x.strip().startswith("• Scores!G2"))
    assert "c1" in line and "signed" in line
    # the table's row says it where the chair looks first, in view at 1280x800
    rect = view.sheets_table.visualRect(view.sheets_model.index(0, 0))
    assert view.sheets_table.viewport().rect().contains(rect)
