"""Crash test: SIGKILL a process that is saving scores; every reported edit must survive.

A child process (crash_child.py) edits scores in a loop and reports each edit only after the
store call returned. The parent kills it at a random moment, reopens the store and checks that
every reported edit is there (latest value per cell), the in-flight edit is either fully there
or not at all, ``PRAGMA integrity_check`` says ok and the audit chain verifies. The same
database is reused across kills. ZERODX_CRASH_KILLS raises the number of kills (default 50).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.factories import BLOBS
from tests.factories import store_panel as make_panel
from zerodx_desktop.store.store import Store

CHILD = Path(__file__).with_name("crash_child.py")
State = dict[tuple[str, str], tuple[int | None, str]]


def apply_rows(state: State, rows: list[list[Any]]) -> State:
    """What the store should hold after one edit (mirrors Store semantics)."""
    out = dict(state)
    for n, c, level, comment in rows:
        old_level, old_comment = out.get((n, c), (None, ""))
        new_level = old_level if level == "keep" else level
        new_comment = old_comment if comment is None else comment
        if new_level is None and new_comment == "":
            out.pop((n, c), None)
        else:
            out[(n, c)] = (new_level, new_comment)
    return out


def run_and_kill(home: Path, seed: int, delay: float, after_edits: int, log: Path
                 ) -> list[str]:
    """Start the child; kill it ``delay`` s after it reported ``after_edits`` finished edits."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with open(log, "ab") as err:
        proc = subprocess.Popen([sys.executable, str(CHILD), str(home), str(seed)],
                                stdout=subprocess.PIPE, stderr=err, env=env)
    assert proc.stdout is not None
    lines: list[str] = []
    ready = threading.Event()
    done = 0

    def reader() -> None:
        nonlocal done
        assert proc.stdout is not None
        for raw in proc.stdout:
            if not raw.endswith(b"\n"):
                break  # a line cut by the kill: its edit is treated as in flight
            line = raw.decode("utf-8").rstrip("\n")
            if line == "ready":
                if after_edits == 0:
                    ready.set()
            else:
                lines.append(line)
                done += line == "D"
                if done == after_edits:
                    ready.set()
        ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        assert ready.wait(30), "the child did not start or stalled"
        assert proc.poll() is None, f"the child died by itself: see {log}"
        time.sleep(delay)
        assert proc.poll() is None, f"the child died by itself: see {log}"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        thread.join(10)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return lines


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_edit(home: Path, tmp_path: Path) -> None:
    kills = max(50, int(os.environ.get("ZERODX_CRASH_KILLS", "50")))
    rng = random.Random(os.environ.get("ZERODX_CRASH_SEED", "20261128"))
    with Store.open_home(home) as store:
        panel = make_panel(nominees=tuple(f"n{i}" for i in range(1, 9)))
        store.import_panel(panel, BLOBS.items())
    expected: State = {}
    confirmed = in_flight_landed = 0
    log = tmp_path / "child-stderr.log"
    started = time.monotonic()
    for kill in range(kills):
        # half the kills come 0-150 ms after start-up, half right after a random number of
        # edits (so edits are hit even on a loaded machine), within the next 0-3 ms
        if kill % 2:
            delay, after = rng.uniform(0, 0.150), 0
        else:
            delay, after = rng.uniform(0, 0.003), rng.randint(1, 80)
        lines = run_and_kill(home, rng.randrange(1 << 30), delay, after, log)
        pending: list[list[Any]] | None = None
        for line in lines:
            if line.startswith("B "):
                assert pending is None, f"kill {kill}: an edit began before the last one ended"
                pending = json.loads(line[2:])
            else:
                assert line == "D" and pending is not None, f"kill {kill}: bad line {line!r}"
                expected = apply_rows(expected, pending)
                pending = None
                confirmed += 1
        with Store.open_home(home) as store:
            got = store.scores("panel-1")
            # the edit in flight when the kill came may have committed, but only wholly
            landed = apply_rows(expected, pending) if pending is not None else expected
            if got != expected and got == landed:
                expected = got
                in_flight_landed += 1
            if got != expected:
                diff = {k: (expected.get(k), got.get(k)) for k in expected.keys() | got.keys()
                        if expected.get(k) != got.get(k)}
                pytest.fail(f"kill {kill}: a reported edit was lost or an edit landed only in"
                            f" part; cell: (reported, stored) = {diff}")
            assert store.integrity_ok(), f"kill {kill}: integrity check failed"
            assert store.verify_audit_chain(), f"kill {kill}: audit chain broken"
        raw = sqlite3.connect(home / "store.sqlite")
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            raw.close()
    elapsed = time.monotonic() - started
    assert confirmed >= kills // 2, f"too few edits reached the kill points ({confirmed})"
    print(f"{kills} kills, {confirmed} reported edits, {in_flight_landed} in-flight edits "
          f"landed, {elapsed:.1f} s")
