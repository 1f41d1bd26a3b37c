"""A judge's work is never silently lost (issue 13): damaged homes, backups, restore, the
audit chain check, export numbers, leftover temporary files, identities, read-only homes."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.gui.workspace_fixtures import build_panel
from zerodx_desktop.core.errors import IdentityError, StoreError, UserError
from zerodx_desktop.core.panel import JudgeEntry
from zerodx_desktop.formats.signing import Identity, has_identity, load_public_identity
from zerodx_desktop.services import recovery
from zerodx_desktop.store import backups
from zerodx_desktop.store import store as store_module
from zerodx_desktop.store.store import Store

PANEL = "test-panel"


def scored_home(home: Path, n: int = 6) -> list[str]:
    """A home with a panel and ``n`` scores, and one backup of it; the criteria scored."""
    panel, blobs = build_panel(3)
    with Store.open_home(home) as s:
        s.import_panel(panel, blobs.items())
        crits = [c.id for c in s.framework(PANEL).criteria()][:n]
        for c in crits:
            s.set_score(PANEL, "n-001", c, 3)
        assert s.backup_if_due(0) is not None
    return crits


def count_scores(home: Path) -> int:
    with Store.open_home(home) as s:
        return len(s.scores(PANEL))


# ---------------------------------------------------------------- never started afresh

@pytest.mark.parametrize("damage", ["empty", "missing", "garbage"])
def test_a_lost_store_with_backups_is_refused_not_started_afresh(home: Path, damage: str
                                                                 ) -> None:
    scored_home(home)
    path = home / "store.sqlite"
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "missing":
        path.unlink()
    else:
        path.write_bytes(b"not a database" * 300)
    with pytest.raises(StoreError) as exc:
        Store.open_home(home)
    text = exc.value.message
    assert "not started afresh" in text
    assert "store-000001-v2.sqlite" in text and "zerodx" in text and "restore" in text
    assert "Test panel 2026: 6 scores" in text
    # nothing was created in its place
    assert not path.exists() or path.stat().st_size in (0, 300 * 14)
    recovery.restore_backup(home)
    assert count_scores(home) == 6


def test_a_missing_store_with_a_wal_is_refused(home: Path) -> None:
    (home / "store.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 60)
    with pytest.raises(StoreError, match="write-ahead log"):
        Store.open_home(home)
    assert not (home / "store.sqlite").exists()


def test_an_empty_new_store_beside_backups_with_scores_is_refused(home: Path) -> None:
    scored_home(home)
    (home / "store.sqlite").unlink()
    (home / "store.sqlite-wal").unlink(missing_ok=True)
    (home / "store.sqlite-shm").unlink(missing_ok=True)
    # what an older version did: a new empty store in its place
    Store.open(home / "store.sqlite").close()
    with pytest.raises(StoreError, match="the store is empty, but the backups folder"):
        Store.open_home(home)


def test_a_new_home_still_starts_afresh(home: Path) -> None:
    with Store.open_home(home) as s:
        assert s.panels() == []


def test_the_damaged_store_message_names_the_newest_good_backup(home: Path) -> None:
    scored_home(home)
    with Store.open_home(home) as s:
        s.set_score(PANEL, "n-002", s.framework(PANEL).criteria()[0].id, 2)
        s.backup_if_due(0)
    (home / "backups" / "store-000002-v2.sqlite").write_bytes(b"x" * 4096)  # a bad newest
    (home / "store.sqlite").write_bytes(b"")
    with pytest.raises(StoreError) as exc:
        Store.open_home(home)
    assert "store-000001-v2.sqlite" in exc.value.message


# ---------------------------------------------------------------- restore

def test_restore_over_a_stale_wal_keeps_the_store_whole(home: Path, tmp_path: Path) -> None:
    """A crash leaves store.sqlite + a -wal full of later edits; the backup is put back.
    Copying the backup over store.sqlite by hand replays the old WAL into it."""
    crits = scored_home(home, 4)
    live = sqlite3.connect(home / "store.sqlite")  # keeps the WAL from being checkpointed
    live.execute("PRAGMA wal_autocheckpoint=0")
    s = Store.open_home(home)
    s._conn.execute("PRAGMA wal_autocheckpoint=0")
    for i in range(200):
        s.set_comment(PANEL, "n-002", crits[i % 4], f"edit {i}")
    crashed = tmp_path / "crashed"
    shutil.copytree(home, crashed)  # the files as a crash leaves them
    s.close()
    live.close()
    assert (crashed / "store.sqlite-wal").stat().st_size > 0

    by_hand = tmp_path / "by-hand"
    shutil.copytree(crashed, by_hand)
    shutil.copyfile(by_hand / "backups" / "store-000001-v2.sqlite", by_hand / "store.sqlite")
    con = sqlite3.connect(by_hand / "store.sqlite")
    try:
        result = con.execute("PRAGMA integrity_check").fetchall()
        comments = con.execute("SELECT COUNT(*) FROM scores WHERE comment != ''").fetchone()
    except sqlite3.DatabaseError:
        result, comments = [("malformed",)], None
    con.close()
    assert result != [("ok",)] or comments != (0,)  # the old WAL got into the copy

    done = recovery.restore_backup(crashed)
    assert done.restored.path.name == "store-000001-v2.sqlite"
    kept = {p.name for p in done.kept}
    assert any(n.endswith(".sqlite-wal") for n in kept) and any(
        n.endswith(".sqlite") for n in kept)
    assert not (crashed / "store.sqlite-wal").exists()
    with Store.open_home(crashed) as r:
        assert r.integrity_ok() and r.audit_breaks() == []
        assert r.scores(PANEL) == {("n-001", c): (3, "") for c in crits}
    # the replaced store and its WAL still open together (nothing thrown away)
    old = next(p for p in done.kept if p.name.endswith(".sqlite"))
    con = sqlite3.connect(old)
    assert con.execute("SELECT COUNT(*) FROM scores WHERE comment != ''").fetchone()[0] == 4
    con.close()


def test_restore_refuses_a_backup_with_a_broken_chain(home: Path) -> None:
    scored_home(home)
    bad = home / "backups" / "store-000001-v2.sqlite"
    con = sqlite3.connect(bad)
    con.execute("UPDATE audit SET new = '5' WHERE seq = 2")
    con.commit()
    con.close()
    before = (home / "store.sqlite").read_bytes()
    with pytest.raises(StoreError, match="audit chain is broken"):
        recovery.restore_backup(home, "store-000001-v2.sqlite")
    assert (home / "store.sqlite").read_bytes() == before
    assert not list(home.glob(".store.sqlite.*.tmp"))


def test_list_backups_says_date_panel_and_scores(home: Path) -> None:
    scored_home(home, 5)
    found = recovery.list_backups(home)
    assert [(b.path.name, b.scores, b.good) for b in found] == [
        ("store-000001-v2.sqlite", 5, True)]
    assert recovery.describe(found[0]) == "Test panel 2026: 5 scores"
    assert found[0].modified[:2] == "20"


# ---------------------------------------------------------------- backups by sequence

def test_a_clock_set_ahead_then_back_neither_stops_backups_nor_wins(home: Path) -> None:
    scored_home(home)
    first = home / "backups" / "store-000001-v2.sqlite"
    ahead = time.time() + 30 * 86400
    os.utime(first, (ahead, ahead))  # made while the clock was a month ahead
    with Store.open_home(home) as s:
        s.set_score(PANEL, "n-002", s.framework(PANEL).criteria()[0].id, 1)
        made = s.backup_if_due(600)  # the clock is right again
    assert made is not None and made.name == "store-000002-v2.sqlite"
    best = backups.newest_good(home / "backups")
    assert best is not None and best.path == made and best.scores == 7


def test_rotation_keeps_the_backup_with_the_most_scores(home: Path) -> None:
    crits = scored_home(home, 6)  # backup 1: six scores
    with Store.open_home(home) as s:
        for c in crits:
            s.set_score(PANEL, "n-001", c, None)  # all cleared (or an empty store) ...
        for _ in range(15):
            s.backup_if_due(0)  # ... and many backups of that
        s.record_export(PANEL, 1, "/tmp/x.xlsx", "ab" * 32)
        s.backup_if_due(0)
    names = sorted(p.name for p in (home / "backups").glob("store-*.sqlite"))
    # the newest ten, and the one with the most scores
    assert names == ["store-000001-v2.sqlite", *[f"store-{i:06d}-v2.sqlite"
                                                 for i in range(8, 18)]]


def test_rotation_keeps_every_backup_made_after_the_last_export(home: Path) -> None:
    scored_home(home)
    with Store.open_home(home) as s:
        s.record_export(PANEL, 1, "/tmp/x.xlsx", "ab" * 32)
        for i in range(14):
            s.set_comment(PANEL, "n-001", s.framework(PANEL).criteria()[0].id, f"c{i}")
            s.backup_if_due(0)
    # backup 1 (older than the export, and no better than the newer ones) is rotated away
    names = sorted(p.name for p in (home / "backups").glob("store-*.sqlite"))
    assert names == [f"store-{i:06d}-v2.sqlite" for i in range(2, 16)]


# ---------------------------------------------------------------- the audit chain

def test_a_score_edited_with_sqlite3_is_found(home: Path) -> None:
    crits = scored_home(home)
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("UPDATE scores SET level = 5 WHERE nominee_id = 'n-001' AND criterion_id = ?",
                (crits[0],))
    con.commit()
    con.close()
    breaks = recovery.audit_breaks(home)
    assert breaks == [f"score n-001 / {crits[0]}: the store holds level 5, its audit history "
                      "says level 3"]


def test_an_audit_row_edited_or_deleted_is_found(home: Path) -> None:
    scored_home(home)
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("UPDATE audit SET at = '2020-01-01' WHERE seq = 3")
    con.execute("DELETE FROM audit WHERE seq = 5")
    con.commit()
    con.close()
    breaks = recovery.audit_breaks(home)
    assert any(b.startswith("audit row 3 (score_set): changed") for b in breaks)
    assert "audit rows 5\u20135 are missing" in breaks


def test_an_intact_store_has_no_breaks(home: Path) -> None:
    scored_home(home)
    assert recovery.audit_breaks(home) == []


# ---------------------------------------------------------------- exports

@pytest.fixture
def judged(home: Path) -> Identity:
    """A home whose identity is on the panel's roster, with a few scores."""
    ident = Identity.generate("Test Judge", "judge@example.org")
    ident.save(home, "passphrase!", rounds=1)
    panel, blobs = build_panel(3)
    panel = dataclasses.replace(panel, judges=(
        JudgeEntry(ident.name, ident.email, ident.public_key, ident.fingerprint),))
    with Store.open_home(home) as s:
        s.import_panel(panel, blobs.items())
        for c in s.framework(PANEL).criteria()[:3]:
            s.set_score(PANEL, "n-001", c.id, 4)
    return ident


def test_export_refuses_a_broken_chain_unless_accepted(home: Path, judged: Identity,
                                                       tmp_path: Path) -> None:
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
    from zerodx_desktop.services.export import export_sheet

    con = sqlite3.connect(home / "store.sqlite")
    con.execute("UPDATE scores SET level = 1 WHERE rowid = 1")
    con.commit()
    con.close()
    out = tmp_path / "sheet.xlsx"
    with pytest.raises(recovery.AuditBroken) as exc:
        export_sheet(home, judged, out)
    assert "the store holds level 1" in exc.value.message
    assert "--accept-audit-break" in exc.value.message
    assert not out.exists()
    done = export_sheet(home, judged, out, accept_audit_break=True)
    assert len(done.audit_broken) == 1
    verdict = verify_score_sheet(out)
    assert verdict.usable and "audit_broken" in verdict.warnings
    assert verdict.content is not None and verdict.content.audit_broken == list(done.audit_broken)
    with Store.open_home(home) as s:
        acks = [e for e in s.audit_log(PANEL) if e["action"] == "audit_break_acknowledged"]
    assert acks and acks[0]["new"]["sequence"] == done.sequence


def test_an_intact_sheet_has_no_audit_broken_warning(home: Path, judged: Identity,
                                                     tmp_path: Path) -> None:
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
    from zerodx_desktop.services.export import export_sheet

    done = export_sheet(home, judged, tmp_path / "sheet.xlsx")
    assert done.audit_broken == ()
    assert "audit_broken" not in verify_score_sheet(tmp_path / "sheet.xlsx").warnings


def test_an_export_killed_while_writing_never_reuses_its_number(
        home: Path, judged: Identity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zerodx_desktop.formats import score_sheet
    from zerodx_desktop.services.export import export_sheet

    real = score_sheet.write_score_sheet

    def killed(*_a: object, **_k: object) -> str:
        raise KeyboardInterrupt  # the process dies while the file is being written

    monkeypatch.setattr(score_sheet, "write_score_sheet", killed)
    with pytest.raises(KeyboardInterrupt):
        export_sheet(home, judged, tmp_path / "a.xlsx")
    monkeypatch.setattr(score_sheet, "write_score_sheet", real)
    done = export_sheet(home, judged, tmp_path / "b.xlsx")
    assert done.sequence == 2
    with Store.open_home(home) as s:
        assert s.next_export_sequence(PANEL) == 3


def test_leftover_temporary_files_are_removed_on_the_next_start(home: Path, judged: Identity,
                                                                tmp_path: Path) -> None:
    from zerodx_desktop.services.export import export_sheet

    out = tmp_path / "out"
    out.mkdir()
    export_sheet(home, judged, out / "sheet.xlsx")
    with Store.open_home(home) as s:
        s.backup_if_due(0)
    old = time.time() - 3600
    stale = [out / ".sheet.xlsx.a1b2c3d4.tmp", home / "backups" / ".store-000002-v2.sqlite."
             "k9x8y7z6.tmp", home / ".store.sqlite.q1w2e3r4.tmp"]
    fresh = out / ".sheet.xlsx.zzzzzzzz.tmp"  # an export in progress right now
    other = out / ".budget.xlsx.a1b2c3d4.tmp"  # not ours
    for p in [*stale, fresh, other]:
        p.write_bytes(b"partial")
    for p in [*stale, other]:
        os.utime(p, (old, old))
    Store.open_home(home).close()
    assert [p.exists() for p in stale] == [False, False, False]
    assert fresh.exists() and other.exists()


# ---------------------------------------------------------------- identity

def test_a_kill_between_the_key_and_identity_json_is_recovered(home: Path) -> None:
    """What the old two-step save left: a key without identity.json."""
    ident = Identity.generate("Ann", "ann@example.org")
    (home / "identity").mkdir()
    (home / "identity" / "id_ed25519").write_bytes(ident.encrypted_private_key("pw", 1))
    said = recovery.recover_identity(home)
    assert said is not None and "half-made identity" in said and "identity new" in said
    assert not (home / "identity").exists()
    assert list(home.glob("identity-incomplete-*"))
    from zerodx_desktop.services.identity import create_identity

    pub = create_identity(home, "Ann", "ann@example.org", "long passphrase", rounds=1)
    assert load_public_identity(home).fingerprint == pub.fingerprint


def test_identity_save_is_one_step(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from zerodx_desktop.formats import signing

    real = signing.atomic_write_bytes
    calls: list[Path] = []

    def full_on_second(target: Path, data: bytes, **kw: object) -> None:
        calls.append(Path(target))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(signing, "atomic_write_bytes", full_on_second)
    with pytest.raises((IdentityError, UserError), match="disk is full"):
        Identity.generate("Ann", "ann@example.org").save(home, "passphrase!", rounds=1)
    assert not has_identity(home)
    assert sorted(p.name for p in home.iterdir()) == []  # no half-made folder anywhere


def test_an_interrupted_passphrase_change_is_put_back(home: Path) -> None:
    ident = Identity.generate("Ann", "ann@example.org")
    ident.save(home, "passphrase!", rounds=1)
    os.replace(home / "identity", home / "identity.old-abc123")  # killed mid-swap
    (home / "identity.new-def456").mkdir()
    said = recovery.recover_identity(home)
    assert said is not None and "put back" in said
    assert load_public_identity(home).fingerprint == ident.fingerprint
    assert sorted(p.name for p in home.iterdir()) == ["identity"]


# ---------------------------------------------------------------- start-up refusals

def test_a_newer_store_is_refused_before_its_journal_mode_changes(home: Path) -> None:
    path = home / "store.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store.open_home(home)
    assert path.read_bytes() == before  # header bytes 18-19 still say rollback journal
    assert not (home / "store.sqlite-wal").exists()
    problem = recovery.home_problem(home)
    assert problem is not None and problem.kind == "newer"


def test_a_read_only_home_reads_but_refuses_changes(home: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    scored_home(home)
    # root ignores file modes: the folder is reported not writable the way a read-only
    # mount reports it
    monkeypatch.setattr(store_module, "_writable", lambda _p: False)
    from zerodx_desktop.services.panels import panel_status

    assert panel_status(home)["scored"] == 6
    with Store.open_home(home) as s:
        assert s.read_only
        with pytest.raises(StoreError, match="read-only") as exc:
            s.set_score(PANEL, "n-002", s.framework(PANEL).criteria()[0].id, 2)
        assert "cannot be changed" not in exc.value.what
    problem = recovery.home_problem(home)
    assert problem is not None and problem.kind == "read_only"


def test_a_deleted_home_stops_saving(home: Path) -> None:
    crits = scored_home(home)
    s = Store.open_home(home)
    try:
        shutil.rmtree(home)
        with pytest.raises(StoreError, match="the store file is gone"):
            s.set_score(PANEL, "n-002", crits[0], 2)
    finally:
        s.close()


def test_disk_full_is_named_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    from collections import namedtuple

    from zerodx_desktop import atomic_io

    assert atomic_io.is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert atomic_io.is_disk_full(sqlite3.OperationalError("database or disk is full"))
    io_error = sqlite3.OperationalError("disk I/O error")
    assert not atomic_io.is_disk_full(io_error, tmp_path)  # plenty of space here
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 4096, 4096))
    assert atomic_io.is_disk_full(io_error, tmp_path)
    err = store_module._store_error(io_error, "save the score", tmp_path / "store.sqlite")
    assert "the disk is full" in err.what


def test_a_new_identity_over_a_half_made_one_keeps_it_aside(home: Path) -> None:
    (home / "identity").mkdir()
    (home / "identity" / "id_ed25519").write_bytes(b"half")
    assert not has_identity(home)
    Identity.generate("Ann", "ann@example.org").save(home, "passphrase!", rounds=1)
    assert has_identity(home)
    aside = list(home.glob("identity-incomplete-*"))
    assert len(aside) == 1 and (aside[0] / "id_ed25519").read_bytes() == b"half"


def test_a_restored_older_store_never_reuses_an_export_number(home: Path, judged: Identity,
                                                              tmp_path: Path) -> None:
    from zerodx_desktop.services.export import export_sheet

    export_sheet(home, judged, tmp_path / "1.xlsx")
    with Store.open_home(home) as s:
        made = s.backup_if_due(0)  # holds export 1 only
    assert made is not None
    export_sheet(home, judged, tmp_path / "2.xlsx")
    export_sheet(home, judged, tmp_path / "3.xlsx")
    for name in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm"):
        (home / name).unlink(missing_ok=True)  # the store is lost ...
    recovery.restore_backup(home, made)  # ... and the older backup put back
    with Store.open_home(home) as s:
        assert s.next_export_sequence(PANEL) == 4
    assert export_sheet(home, judged, tmp_path / "4.xlsx").sequence == 4
