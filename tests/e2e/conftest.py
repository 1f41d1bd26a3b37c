"""Run the `zerodx` CLI as a subprocess, the way scripts and other tools use it."""

from __future__ import annotations

import pytest

# the runner lives in cli_runner.py; PASS, Run and zerodx stay importable from here
from tests.e2e.cli_runner import PASS as PASS
from tests.e2e.cli_runner import Run as Run
from tests.e2e.cli_runner import zerodx


@pytest.fixture
def cli():
    return zerodx
