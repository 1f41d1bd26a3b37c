"""The organizer's assignment matrix: propose from K/seed, tick and untick by hand, conflicted
cells refused (the reason as tooltip), counts per nominee and loads per judge, and the package
built from the edited matrix (checked by the same rule as --assign)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.organizer_fixtures import organizer_programme
from zerodx_desktop.services.demo import DEMO_PASSPHRASE
from zerodx_desktop.services.programme import panel_show
from zerodx_desktop.ui import organizer_view, passphrase_dialog
from zerodx_desktop.ui.assignment_matrix_model import AssignmentMatrixModel
from zerodx_desktop.ui.organizer_view import OrganizerView

CHECK = Qt.ItemDataRole.CheckStateRole


def _model() -> AssignmentMatrixModel:
    m = AssignmentMatrixModel()
    m.set_design([("n-1", "One"), ("n-2", "Two"), ("n-3", "Three")],
                 [("SHA256:a", "Ann"), ("SHA256:b", "Ben")],
                 {("SHA256:b", "n-2"): "former employer"},
                 {"n-1": ["SHA256:a"], "n-2": ["SHA256:a"], "n-3": ["SHA256:b"]}, k=2)
    return m


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = _model()
    qtmodeltester.check(m)
    m.setData(m.index(0, 1), Qt.CheckState.Checked.value, CHECK)
    qtmodeltester.check(m)


def test_tick_untick_counts_loads_and_conflicts(qtbot) -> None:  # type: ignore[no-untyped-def]
    m = _model()
    assert m.headerData(0, Qt.Orientation.Vertical) == "n-1 (1/2)"
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Ann (load 2)"
    assert m.short_rows() == ["n-1", "n-2", "n-3"]
    with qtbot.waitSignal(m.dataChanged):
        assert m.setData(m.index(0, 1), Qt.CheckState.Checked.value, CHECK)
    assert m.headerData(0, Qt.Orientation.Vertical) == "n-1 (2/2)"
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Ben (load 2)"
    assert m.setData(m.index(2, 1), Qt.CheckState.Unchecked.value, CHECK)
    assert m.assignment() == {"n-1": ["SHA256:a", "SHA256:b"], "n-2": ["SHA256:a"], "n-3": []}
    # the conflicted cell: disabled, the reason as tooltip, a tick refused
    cell = m.index(1, 1)
    assert not m.flags(cell) & Qt.ItemFlag.ItemIsEnabled
    assert "former employer" in m.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert not m.setData(cell, Qt.CheckState.Checked.value, CHECK)
    assert m.data(cell, CHECK) == Qt.CheckState.Unchecked.value
    assert "SHA256:b" not in m.assignment()["n-2"]


def test_package_is_built_from_the_edited_matrix(qtbot, tmp_path: Path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home, _org, judges, cards, nominees = organizer_programme(tmp_path, "ABC", 4,
                                                              DEMO_PASSPHRASE)
    warnings: list[str] = []
    monkeypatch.setattr(organizer_view, "_warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(organizer_view, "_inform", lambda *_a: None)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: DEMO_PASSPHRASE)
    view = OrganizerView(home)
    qtbot.addWidget(view)
    view.show()
    view.title_edit.setText("Matrix panel")
    with qtbot.waitSignal(view.nomineesLoaded, timeout=15000):
        view.load_nominees(nominees)
    assert view.add_judge_cards(cards) == 3
    assert view.add_conflict(judges[0].fingerprint, "n-0", "is its adviser")
    view.judges_per_nominee_spin.setValue(2)
    assert view.propose_matrix()
    m = view.matrix_model
    assert view.matrix_view.model() is m and m.rowCount() == 4 and m.columnCount() == 3
    assert all(len(v) == 2 for v in m.assignment().values())
    assert judges[0].fingerprint not in m.assignment()["n-0"]
    # untick one judge of n-1, tick judge A for n-0 (refused: conflicted)
    a_col = 0
    assert not m.setData(m.index(0, a_col), Qt.CheckState.Checked.value, CHECK)
    assert "is its adviser" in m.data(m.index(0, a_col), Qt.ItemDataRole.ToolTipRole)
    first = m.assignment()["n-1"][0]
    col = [j.fingerprint for j in judges].index(first)
    assert m.setData(m.index(1, col), Qt.CheckState.Unchecked.value, CHECK)
    assert "Fewer than 2 judges: n-1" in view.matrix_label.text()
    # and tick every judge for n-3
    for c in range(3):
        m.setData(m.index(3, c), Qt.CheckState.Checked.value, CHECK)
    edited = m.assignment()
    assert len(edited["n-1"]) == 1 and len(edited["n-3"]) == 3
    out = tmp_path / "p.zdxpanel"
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.packageBuilt, timeout=30000):
        view.build_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert warnings == []
    assert panel_show(home, out)["assignments"] == edited
    view.close()
