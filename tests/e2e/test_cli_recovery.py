"""`zerodx restore`, the refusals of a lost store, the audit check before an export and a
killed `identity new`, through the CLI as a subprocess (issue 13)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import PASS, zerodx
from tests.factories import DEMO_NOMINEES_DIR as NOMINEES
from tests.factories import SAMPLE_FRAMEWORK_FILE as FRAMEWORK


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("recovery")
    org, judge = base / "organizer", base / "judge"
    for home, name in ((org, "Olga Organizer"), (judge, "Jun Judge")):
        r = zerodx("identity", "new", "--name", name, "--email", "x@example.org", home=home)
        assert r.code == 0, r.err
    card = base / "jun.zdxjudge"
    assert zerodx("identity", "card", "--out", card, home=judge).code == 0
    package = base / "panel.zdxpanel"
    r = zerodx("panel", "build", "--title", "Recovery panel", "--framework", FRAMEWORK,
               "--nominees", NOMINEES, "--judge", card, "--out", package, home=org)
    assert r.code == 0, r.err
    return {"base": base, "judge": judge, "package": package}


def judge_home(setup: dict[str, Path], tmp_path: Path) -> tuple[Path, str, str]:
    """A copy of the judge's home with the panel open, one score and one backup."""
    import shutil

    home = tmp_path / "home"
    shutil.copytree(setup["judge"], home)
    assert zerodx("panel", "open", setup["package"], home=home).code == 0
    import os
    import time

    for made in (home / "backups").glob("store-*.sqlite"):  # the one opening made is old
        os.utime(made, (time.time() - 3600, time.time() - 3600))
    status = zerodx("panel", "status", "--json", home=home).json()
    nominee = status["nominees"][0]["id"]
    con = sqlite3.connect(home / "store.sqlite")
    crit = con.execute("SELECT framework FROM panels").fetchone()[0]
    con.close()
    import json

    criterion = json.loads(crit)["domains"][0]["dimensions"][0]["criteria"][0]["id"]
    r = zerodx("score", nominee, criterion, "3", home=home)
    assert r.code == 0, r.err
    return home, nominee, criterion


def test_an_empty_store_is_refused_then_restored(setup: dict[str, Path], tmp_path: Path
                                                 ) -> None:
    home, nominee, criterion = judge_home(setup, tmp_path)
    assert list((home / "backups").glob("store-000002-v*.sqlite"))  # made after the score
    (home / "store.sqlite").write_bytes(b"")
    for side in ("-wal", "-shm"):
        (home / f"store.sqlite{side}").unlink(missing_ok=True)
    r = zerodx("score", nominee, criterion, "4", home=home)
    assert r.code == 1
    assert "the store file is empty" in r.err and "store-000002-v" in r.err
    assert "restore" in r.err
    assert "Saved" not in r.out
    r = zerodx("panel", "status", home=home)
    assert r.code == 1 and "not started afresh" in r.err

    listed = zerodx("restore", "--list", home=home)
    assert listed.code == 0, listed.err
    assert "store-000002-v" in listed.out and "store-000001-v" in listed.out
    assert "Recovery panel: 1 score" in listed.out and "[ok]" in listed.out

    r = zerodx("restore", home=home)
    assert r.code == 0, r.err
    assert "Restored store-000002-v" in r.out and "kept as" in r.out
    assert list(home.glob("store-replaced-*.sqlite"))  # the empty file, kept beside it
    status = zerodx("panel", "status", "--json", home=home).json()
    assert status["scored"] == 1


def test_restore_of_a_named_backup_and_bad_names(setup: dict[str, Path], tmp_path: Path
                                                 ) -> None:
    home, _n, _c = judge_home(setup, tmp_path)
    name = next((home / "backups").glob("store-*.sqlite")).name
    r = zerodx("restore", name, home=home)
    assert r.code == 0, r.err
    r = zerodx("restore", "no-such-backup.sqlite", home=home)
    assert r.code == 1 and "no such backup" in r.err
    r = zerodx("restore", "--list", name, home=home)
    assert r.code == 2


def test_export_over_a_row_edited_with_sqlite3(setup: dict[str, Path], tmp_path: Path) -> None:
    home, nominee, criterion = judge_home(setup, tmp_path)
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("UPDATE scores SET level = 5")
    con.commit()
    con.close()
    r = zerodx("panel", "status", home=home)
    assert r.code == 0 and f"score {nominee} / {criterion}: the store holds level 5" in r.err
    out = tmp_path / "sheet.xlsx"
    r = zerodx("export", "--out", out, home=home)
    assert r.code == 1
    assert f"score {nominee} / {criterion}: the store holds level 5" in r.err
    assert "--accept-audit-break" in r.err and not out.exists()
    r = zerodx("export", "--out", out, "--accept-audit-break", home=home)
    assert r.code == 0, r.err
    assert "audit_broken" in r.err
    v = zerodx("verify", out, "--panel", setup["package"], "--json", home=home)
    assert v.code == 0, v.err
    assert "audit_broken" in v.json()["warnings"]


KILL_CHILD = """
import os, signal, sys
from zerodx_desktop.formats import signing
real = signing.atomic_write_bytes
calls = []
def write(target, data, **kw):
    calls.append(target)
    if len(calls) == 2:  # after the key, before identity.json
        os.kill(os.getpid(), signal.SIGKILL)
    real(target, data, **kw)
signing.atomic_write_bytes = write
from zerodx_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_identity_new_killed_between_the_key_and_identity_json(tmp_path: Path) -> None:
    import os

    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZERODX_")}
    env["ZERODX_PASSPHRASE"] = PASS
    proc = subprocess.run([sys.executable, "-c", KILL_CHILD, "--home", str(home), "identity",
                           "new", "--name", "Ann", "--email", "ann@example.org"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9
    r = zerodx("identity", "show", home=home)
    assert r.code == 1 and "no identity yet" in r.err
    r = zerodx("identity", "new", "--name", "Ann", "--email", "ann@example.org", home=home)
    assert r.code == 0, r.err
    assert zerodx("identity", "show", home=home).code == 0
    assert sorted(p.name for p in home.iterdir()) == ["identity"]


def test_a_half_made_identity_from_before_is_moved_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "identity").mkdir(parents=True)
    (home / "identity" / "id_ed25519").write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
    r = zerodx("identity", "new", "--name", "Ann", "--email", "ann@example.org", home=home)
    assert r.code == 0, r.err
    assert "half-made identity" in r.err and "identity-incomplete-" in r.err
    assert len(list(home.glob("identity-incomplete-*"))) == 1


def test_verify_still_works_in_a_damaged_home(setup: dict[str, Path], tmp_path: Path) -> None:
    home, _n, _c = judge_home(setup, tmp_path)
    out = tmp_path / "sheet.xlsx"
    assert zerodx("export", "--out", out, home=home).code == 0
    (home / "store.sqlite").write_bytes(b"")
    r = zerodx("verify", out, "--panel", setup["package"], home=home)
    assert r.code == 0, r.err
    r = zerodx("verify", out, home=home)
    assert "cannot be read" in r.err and "valid" in r.out


HOLD_OPEN = """
import sys, time
from pathlib import Path
from zerodx_desktop.store.store import Store
store = Store.open_home(Path(sys.argv[1]))
store.panels()
print("open", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_the_store_is_open_elsewhere(setup: dict[str, Path],
                                                              tmp_path: Path) -> None:
    home, _n, _c = judge_home(setup, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(home)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        r = zerodx("restore", home=home)
        assert r.code == 1 and "open in another program" in r.err
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()  # else a ResourceWarning (an error under filterwarnings)
    r = zerodx("restore", home=home)
    assert r.code == 0, r.err
