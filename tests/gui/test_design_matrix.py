"""The merge view's design matrix (who scored what) on the demo's assigned panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zerodx_desktop.services.demo import build_demo
from zerodx_desktop.services.programme import design_matrix, panel_show
from zerodx_desktop.services.results import read_result
from zerodx_desktop.ui.design_matrix_model import DesignMatrixModel
from zerodx_desktop.ui.merge_view import MergeView


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    build_demo(out)
    return out


def test_design_matrix_follows_the_assignment(qtbot, qtmodeltester, demo: Path) -> None:  # type: ignore[no-untyped-def]
    result = read_result(demo / "result.xlsx")
    show = panel_show(demo / "organizer", demo / "panel.zdxpanel")
    amap = show["assignments"]
    assert amap is not None
    design = design_matrix(result)
    conflicted = {(c["fingerprint"], c["nominee_id"]) for c in show["conflicts"]}
    for (fp, nid), state in design.cells.items():
        if (fp, nid) in conflicted:
            assert state == "recused"
        elif fp not in amap[nid]:
            assert state == "not_assigned"
        else:
            assert state in ("scored", "not_scored")
            assert (state == "scored") == (result.judge_totals[fp].get(nid) is not None)
    c = design.counts()
    assert sum(c.values()) == len(design.judges) * len(design.nominees)
    assert c["not_assigned"] > 0 and c["scored"] > 0

    model = DesignMatrixModel()
    model.set_design(design)
    qtmodeltester.check(model)
    nid = design.nominees[0][0]
    col = next(i for i, (fp, _) in enumerate(design.judges) if fp not in amap[nid])
    assert model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole).endswith("not assigned")

    view = MergeView(demo / "organizer")
    qtbot.addWidget(view)
    view._fill_design(result)
    assert view.tabs.tabText(view.tabs.count() - 1) == "Design"
    assert view.design_model.rowCount() == len(design.nominees)
    assert f"not assigned (missing by design): {c['not_assigned']}" in view.design_label.text()
    assert f"assigned and scored: {c['scored']}" in view.design_label.text()
    view._fill_design(None)
    assert view.design_model.rowCount() == 0
