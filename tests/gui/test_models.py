"""The workspace's Qt models: qtmodeltester on each, and what they show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.gui.workspace_fixtures import JUDGE_FP, import_into, small_framework
from zerodx_desktop.ui.nominee_list_model import (
    ConflictRole,
    NomineeFilterProxy,
    NomineeIdRole,
    NomineeListModel,
    StatusRole,
)
from zerodx_desktop.ui.overview_model import OverviewModel, ValueRole, heat_colour
from zerodx_desktop.ui.workspace_session import CriterionState, NomineeStatus, WorkspaceSession

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def session(home: Path, qapp):
    from zerodx_desktop.store.store import Store

    pid = import_into(home, 5, framework=small_framework(), roster_conflict="n-004")
    store = Store.open_home(home)
    s = WorkspaceSession(store, pid, fingerprint=JUDGE_FP)
    yield s
    s.deleteLater()
    store.close()


def test_nominee_list_model_passes_modeltester_and_tracks_edits(session, qtmodeltester):
    model = NomineeListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, 1).data() == "0/2"
    assert model.index(0, 2).data(StatusRole) == NomineeStatus.NOT_STARTED
    session.write_score("n-001", "c1", 3)
    assert model.index(0, 1).data() == "1/2"
    assert model.index(0, 2).data(StatusRole) == NomineeStatus.IN_PROGRESS
    session.write_score("n-001", "c2", 5)  # level 5 needs a comment: not complete yet
    assert model.index(0, 1).data() == "1/2"
    assert session.criterion_state("n-001", "c2") is CriterionState.NEEDS_COMMENT
    session.write_comment("n-001", "c2", "Exceptional, shown in the audit")
    assert model.index(0, 1).data() == "2/2"
    assert model.index(0, 2).data(StatusRole) == "complete"
    # the roster conflict shows a badge and counts as recused
    row = model.row_of("n-004")
    assert model.index(row, 0).data(ConflictRole) is True
    assert model.index(row, 0).data().startswith("\u2691")
    assert model.index(row, 2).data(StatusRole) == "recused"
    assert "roster" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_filter_proxy_by_text_and_status(session, qtmodeltester):
    model = NomineeListModel(session)
    proxy = NomineeFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("lanhe")
    assert [proxy.index(r, 0).data(NomineeIdRole) for r in range(proxy.rowCount())] == ["n-002"]
    proxy.set_text("")
    proxy.set_status(NomineeStatus.RECUSED.value)
    assert [proxy.index(r, 0).data(NomineeIdRole) for r in range(proxy.rowCount())] == ["n-004"]
    proxy.set_status(NomineeStatus.NOT_STARTED.value)
    assert proxy.rowCount() == 4
    session.write_score("n-003", "c1", 2)  # leaves "not started": the proxy drops it live
    assert "n-003" not in [proxy.index(r, 0).data(NomineeIdRole)
                           for r in range(proxy.rowCount())]
    proxy.set_status(NomineeStatus.IN_PROGRESS.value)
    assert [proxy.index(r, 0).data(NomineeIdRole) for r in range(proxy.rowCount())] == ["n-003"]
    qtmodeltester.check(proxy)


def test_overview_model_values_colours_and_modeltester(session, qtmodeltester):
    model = OverviewModel(session)
    qtmodeltester.check(model)
    assert model.columnCount() == 1 + 1 + 2  # nominee, one domain, total, completeness
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Domain one"
    assert model.index(0, model.total_column).data() == ""  # nothing scored: nothing shown
    session.write_score("n-001", "c1", 5)
    session.write_score("n-001", "c2", 1)
    # (5-1)/4*100 = 100 and 0: the weighted mean is 50
    assert model.index(0, 1).data(ValueRole) == pytest.approx(50.0)
    assert model.index(0, model.completeness_column).data() == "50%"  # level 5 needs a comment
    # partial (one criterion lacks its justification): the count, not a number, no colour
    assert model.index(0, model.total_column).data() == "\u2014 (1 of 2)"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "50.0" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    session.write_comment("n-001", "c1", "Outstanding evidence.")
    assert model.index(0, model.total_column).data() == "50.0"
    assert isinstance(model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole), QColor)
    row = session.nominee_pos["n-004"]
    assert model.index(row, model.completeness_column).data() == "recused"
    assert heat_colour(0).hue() < heat_colour(100).hue()
    qtmodeltester.check(model)


def test_next_unscored_walks_gaps_and_skips_recused(session):
    assert session.next_unscored(None) == ("n-001", "c1")
    session.write_score("n-001", "c1", 3)
    session.write_score("n-001", "c2", 3)
    assert session.next_unscored("n-001", "c2") == ("n-002", "c1")
    assert session.next_unscored("n-003", "c2") == ("n-005", "c1")  # n-004 is recused
    # wraps around to the first gap
    assert session.next_unscored("n-005", "c2") == ("n-002", "c1")


def test_locked_nominee_refuses_scores(session):
    from zerodx_desktop.core.errors import UserError

    failures = []
    session.saveFailed.connect(failures.append)
    with pytest.raises(UserError):
        session.write_score("n-004", "c1", 3)
    assert failures and "conflict" in failures[0]
    assert session.level("n-004", "c1") is None
