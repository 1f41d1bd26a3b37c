"""Shared test setup: offscreen Qt, a tmp home per test, GUI tests auto-marked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import zerodx_desktop.ui  # noqa: F401 -- guards None's refcount before any Qt call (qt_guard)
from tests.sheet_edits import world  # noqa: F401 -- a fixture: registered for every folder

os.environ.pop("ZERODX_HOME", None)
os.environ.pop("ZERODX_PASSPHRASE", None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
