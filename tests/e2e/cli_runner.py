"""Run the `zerodx` CLI as a subprocess, the way scripts and other tools use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASS = "correct horse battery"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def zerodx(*args: str | Path, home: Path | None = None, passphrase: str | None = PASS,
           cwd: Path | None = None, timeout: float = 180) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZERODX_")}
    if passphrase is not None:
        env["ZERODX_PASSPHRASE"] = passphrase
    cmd = [sys.executable, "-m", "zerodx_desktop.cli"]
    if home is not None:
        cmd += ["--home", str(home)]
    cmd += [str(a) for a in args]
    # without a home, a throw-away one: never the machine's user data folder, whose pinned
    # organizers would outlive the test (and clash with another test's panel of the same id)
    with tempfile.TemporaryDirectory(prefix="zerodx-e2e-home-") as spare:
        if home is None:
            env["ZERODX_HOME"] = spare
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    return Run(proc.returncode, proc.stdout, proc.stderr)
