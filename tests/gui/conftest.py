"""Fixtures the GUI tests share: the chair's merge view with its pile, and the organizer's
form with nominee folders and judge cards (built by merge_fixtures.py, organizer_fixtures.py).

Every GUI test also fails on a Qt warning (``qt_log_level_fail`` in pyproject.toml)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui import merge_fixtures, organizer_fixtures


@pytest.fixture(scope="module")
def merge_pile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A signed package (3 judges, 3 nominees), its sheets, a tampered copy and junk."""
    return merge_fixtures.build_pile(tmp_path_factory.mktemp("pile"))


@pytest.fixture
def merge_view(qapp: Any, qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
               ) -> Iterator[Any]:
    """A shown MergeView on ``home`` whose warnings are collected in ``test_warnings``."""
    yield from merge_fixtures.open_merge_view(qtbot, home, monkeypatch)


@pytest.fixture
def nominees(tmp_path: Path) -> Path:
    return organizer_fixtures.make_nominees(tmp_path)


@pytest.fixture
def cards(tmp_path: Path) -> list[Path]:
    return organizer_fixtures.make_cards(tmp_path)


@pytest.fixture
def organizer_view_widget(qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
                          ) -> Iterator[Any]:
    """A shown OrganizerView on ``home`` whose warnings are collected in ``test_warnings``."""
    yield from organizer_fixtures.open_organizer_view(qtbot, home, monkeypatch)
