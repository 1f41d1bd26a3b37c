"""Schema migrations: a v1 store made by the v1 step upgrades to v2 after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.factories import BLOBS
from tests.factories import store_panel as make_panel
from zerodx_desktop.core.errors import StoreError
from zerodx_desktop.store import migrations
from zerodx_desktop.store.store import Store


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def make_v1_store(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store as version 1 of the app left it: only the v1 step, with a panel and scores."""
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", [migrations.step_1_initial])
        with Store.open_home(home) as s:
            assert s.schema_version == 1
            s.import_panel(make_panel(), BLOBS.items())
            s.set_score("panel-1", "n1", "c1", 4)
            s.set_comment("panel-1", "n1", "c1", "good")
            s.declare_conflict("panel-1", "n2", "advisor")
    assert version_of(home / "store.sqlite") == 1
    assert "exports" not in tables(home / "store.sqlite")


def test_steps_are_numbered_functions() -> None:
    assert migrations.latest_version() == 2
    assert [s.__name__ for s in migrations.STEPS] == ["step_1_initial", "step_2_exports"]


def test_v1_store_upgrades_with_a_backup(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1_store(home, monkeypatch)
    assert not (home / "backups").exists()
    with Store.open_home(home) as s:
        assert s.schema_version == 2
        assert s.scores("panel-1") == {("n1", "c1"): (4, "good")}
        assert s.conflicts("panel-1") == {"n2": "advisor"}
        assert s.verify_audit_chain()
        assert s.integrity_ok()
        assert s.next_export_sequence("panel-1") == 1
        s.record_export("panel-1", 1, "/tmp/sheet.xlsx", "cd" * 32)
        indexes = {r[1] for r in s._conn.execute("PRAGMA index_list(audit)")}
        assert "audit_by_panel" in indexes
    backups = list((home / "backups").glob("store-*-v1.sqlite"))
    assert len(backups) == 1
    backup = backups[0]
    assert version_of(backup) == 1
    assert "exports" not in tables(backup)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT level, comment FROM scores").fetchall() == [(4, "good")]
    finally:
        conn.close()
    # opening again changes nothing and makes no further backup
    with Store.open_home(home) as s:
        assert s.schema_version == 2
    assert len(list((home / "backups").iterdir())) == 1


def test_new_store_needs_no_backup(home: Path) -> None:
    Store.open_home(home).close()
    assert not (home / "backups").exists()


def test_failing_step_rolls_back(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1_store(home, monkeypatch)

    def step_2_broken(db: Database) -> None:
        migrations.step_2_exports(db)  # creates the exports table ...
        db.execute("INSERT INTO no_such_table VALUES (1)")  # ... then fails

    monkeypatch.setattr(migrations, "STEPS", [migrations.step_1_initial, step_2_broken])
    with pytest.raises(StoreError, match="from schema 1 to 2") as exc:
        Store.open_home(home)
    assert "Nothing was changed" in exc.value.message
    path = home / "store.sqlite"
    assert version_of(path) == 1
    assert "exports" not in tables(path)
    # the backup was taken before the attempt
    assert len(list((home / "backups").glob("store-*-v1.sqlite"))) == 1
    monkeypatch.setattr(migrations, "STEPS", [migrations.step_1_initial,
                                              migrations.step_2_exports])
    with Store.open_home(home) as s:
        assert s.schema_version == 2
        assert s.scores("panel-1") == {("n1", "c1"): (4, "good")}


def test_step_raising_a_bug_rolls_back_too(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1_store(home, monkeypatch)

    def step_2_bug(db: Database) -> None:
        migrations.step_2_exports(db)
        raise RuntimeError("bug in a migration")

    monkeypatch.setattr(migrations, "STEPS", [migrations.step_1_initial, step_2_bug])
    with pytest.raises(RuntimeError):
        Store.open_home(home)
    assert version_of(home / "store.sqlite") == 1
    assert "exports" not in tables(home / "store.sqlite")


def test_newer_schema_is_refused(home: Path) -> None:
    Store.open_home(home).close()
    conn = sqlite3.connect(home / "store.sqlite")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open_home(home)
