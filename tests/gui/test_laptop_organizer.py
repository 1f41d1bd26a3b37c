"""The organizer's form on a laptop: "cannot be built yet" follows the form and goes once
everything is done; nominee names take the room an empty notes column does not need."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.organizer_fixtures import load_nominees as _load_nominees
from tests.gui.organizer_fixtures import write_nominee
from zerodx_desktop.ui import organizer_view


@pytest.fixture
def view(organizer_view_widget):
    return organizer_view_widget


def test_cannot_be_built_yet_shrinks_and_goes_when_the_form_is_done(
        qtbot, view, nominees: Path, cards: list[Path], monkeypatch) -> None:
    monkeypatch.setattr(organizer_view.signing, "has_identity", lambda _home: True)
    view.title_edit.setText("")
    view.build_package()
    text = view.status_label.text()
    assert text.startswith("The package cannot be built yet:")
    assert "title" in text and "nominees folder" in text and "judge card" in text
    view.title_edit.setText("Awards 2026")
    assert "title" not in view.status_label.text()
    assert view.status_label.text().startswith("The package cannot be built yet:")
    _load_nominees(qtbot, view, nominees)
    assert "nominees folder" not in view.status_label.text()
    assert view.add_judge_cards(cards) == 2
    assert view.problems() == []
    assert view.status_label.text() == ""  # nothing stands in the way any more


def test_nominee_names_are_not_cut_when_the_notes_column_is_empty(
        qtbot, view, tmp_path: Path) -> None:
    root = tmp_path / "long-names"
    long_name = "Cooperativa Agrícola de Produtores Familiares do Vale do Ribeira Ltda"
    write_nominee(root, "a", {"id": "n-1", "name": long_name})
    write_nominee(root, "b", {"id": "n-2", "name": "Short"})
    view.resize(1280, 800)
    _load_nominees(qtbot, view, root)
    t = view.nominees_table
    assert t.columnWidth(2) >= t.fontMetrics().horizontalAdvance(long_name)
