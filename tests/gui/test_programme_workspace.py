"""A judge's workspace on a programme panel: only the assigned nominees ("N assigned to
you"), scoring an unassigned one refused, and the category filter."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.workspace_fixtures import (
    JUDGE_FP,
    build_panel,
    refuse_message_boxes,
    small_framework,
    store_panel_in,
)
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import JudgeEntry
from zerodx_desktop.core.programme import Category
from zerodx_desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    refuse_message_boxes(monkeypatch)


OTHER_FP = "SHA256:otherjudgefingerprintAAAAAAAAAAAAAAAAAAAAAAA"


def _import(home: Path) -> None:
    panel, blobs = build_panel(5, framework=small_framework())
    nominees = tuple(dataclasses.replace(n, category="ind" if i < 3 else "org")
                     for i, n in enumerate(panel.nominees))
    other = JudgeEntry("Other", "o@example.org", "ssh-ed25519 BBBB", OTHER_FP)
    panel = dataclasses.replace(
        panel, nominees=nominees, judges=(*panel.judges, other),
        categories=(Category("ind", "Individual", "个人"), Category("org", "Organisation")),
        assignments=(("n-001", (JUDGE_FP,)), ("n-002", (OTHER_FP,)),
                     ("n-003", (JUDGE_FP,)), ("n-004", (JUDGE_FP, OTHER_FP)),
                     ("n-005", (OTHER_FP,))))
    store_panel_in(home, panel, blobs)


def test_workspace_shows_only_assigned_nominees_and_filters_by_category(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.workspace_fixtures import record_message_boxes

    home = tmp_path / "home"
    _import(home)
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    assert ws is not None
    assert [n.id for n in ws.session.nominees] == ["n-001", "n-003", "n-004"]
    assert ws.proxy.rowCount() == 3
    assert ws.count_label.text().startswith("3 assigned to you")
    # scoring a nominee not assigned: refused with a clear message, nothing stored
    shown = record_message_boxes(monkeypatch)
    with pytest.raises(UserError, match="not assigned to you"):
        ws.session.write_score("n-002", "c1", 3)
    assert window.store.nominee_scores(ws.session.panel_id, "n-002") == {}
    assert any("not assigned to you" in text for text in shown)
    # the category filter
    assert ws.category_combo.isVisibleTo(window)
    assert [ws.category_combo.itemText(i) for i in range(ws.category_combo.count())] == \
        ["All categories", "Individual", "Organisation"]
    ws.category_combo.setCurrentIndex(2)
    QApplication.processEvents()
    assert ws.proxy.rowCount() == 1
    ws.category_combo.setCurrentIndex(0)
    assert ws.proxy.rowCount() == 3
    window.close()
