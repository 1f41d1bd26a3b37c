"""Run the `zerodx` CLI as a subprocess, the way scripts and other tools use it."""

from __future__ import annotations

from pathlib import Path

import pytest

# the runner lives in cli_runner.py; PASS, Run and zerodx stay importable from here
from tests.e2e.cli_runner import PASS as PASS
from tests.e2e.cli_runner import Run as Run
from tests.e2e.cli_runner import zerodx


@pytest.fixture
def cli():
    return zerodx


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A whole demo written by ``zerodx demo`` (panel, sheets, result, report), once a module."""
    out = tmp_path_factory.mktemp("demo") / "demo"
    r = zerodx("demo", "--out", out, passphrase=None)
    assert r.code == 0, r.err
    return out
