"""The judge's store: round trips, panel re-imports, validation, conflicts, audit, backups."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import BLOBS as BLOBS  # re-exported for tests that import it from here
from tests.factories import ME, OTHER, PDF, PNG
from tests.factories import store_panel as make_panel  # the old name, kept importable here
from zerodx_desktop.core.errors import StoreError, UserError
from zerodx_desktop.store.store import COMMENT_MAX, Store


@pytest.fixture
def store(home: Path):
    s = Store.open_home(home)
    s.import_panel(make_panel(), BLOBS.items())
    yield s
    s.close()


def test_new_store_is_current_schema_with_durable_pragmas(home: Path) -> None:
    with Store.open_home(home) as s:
        assert s.schema_version == 2
        conn = s._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.current_panel_id() is None
        assert s.panels() == []
        assert s.integrity_ok()
    assert (home / "store.sqlite").is_file()


def test_import_round_trips_the_panel_and_attachments(home: Path, store: Store) -> None:
    panel = make_panel()
    assert store.current_panel_id() == "panel-1"
    assert store.panels() == [("panel-1", "Awards 2026", 1)]
    assert store.panel("panel-1") == panel
    sha = hashlib.sha256(PDF).hexdigest()
    assert store.attachment_bytes(sha) == PDF
    path = store.attachment_path(sha)
    assert path is not None and path.read_bytes() == PDF
    assert path == home / "blobs" / sha[:2] / sha[2:]
    assert store.attachment_path("0" * 64) is None
    with pytest.raises(StoreError):
        store.attachment_bytes("0" * 64)
    store.close()
    with Store.open_home(home) as again:
        assert again.panel("panel-1") == panel
        assert again.current_panel_id() == "panel-1"


def test_damaged_attachment_file_is_reported(store: Store) -> None:
    sha = hashlib.sha256(PNG).hexdigest()
    path = store.attachment_path(sha)
    assert path is not None
    path.write_bytes(b"other bytes")
    with pytest.raises(StoreError, match="damaged"):
        store.attachment_bytes(sha)


def test_scores_comments_conflicts_survive_reopen(home: Path, store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    store.set_score("panel-1", "n1", "c2", 2)
    store.set_comment("panel-1", "n1", "c2", "Weak evidence\n\tsee p. 3 — 很好")
    store.set_comment("panel-1", "n2", "c3", "comment before a level")
    store.set_score("panel-1", "n2", "c1", 5)
    store.set_score("panel-1", "n2", "c1", None)  # cleared: no row left
    store.set_score("panel-1", "n1", "c1", 3)
    store.declare_conflict("panel-1", "n2", "I advised them in 2024")
    expected = {("n1", "c1"): (3, ""), ("n1", "c2"): (2, "Weak evidence\n\tsee p. 3 — 很好"),
                ("n2", "c3"): (None, "comment before a level")}
    assert store.scores("panel-1") == expected
    store.close()
    with Store.open_home(home) as s:
        assert s.scores("panel-1") == expected
        assert s.nominee_scores("panel-1", "n1") == {
            "c1": (3, ""), "c2": (2, "Weak evidence\n\tsee p. 3 — 很好")}
        assert s.conflicts("panel-1") == {"n2": "I advised them in 2024"}
        assert s.progress("panel-1") == {"n1": (2, 3), "n2": (0, 3)}
        s.withdraw_conflict("panel-1", "n2")
        assert s.conflicts("panel-1") == {}
        s.set_comment("panel-1", "n2", "c3", "")
        assert ("n2", "c3") not in s.scores("panel-1")


def test_windows_line_ends_become_newlines(store: Store) -> None:
    store.set_comment("panel-1", "n1", "c1", "a\r\nb\rc")
    assert store.scores("panel-1")[("n1", "c1")] == (None, "a\nb\nc")


@pytest.mark.parametrize(("nominee", "criterion", "level", "message"), [
    ("nx", "c1", 3, "no nominee 'nx'"),
    ("n1", "cx", 3, "no criterion 'cx'"),
    ("n1", "c1", 0, "outside the scale"),
    ("n1", "c1", 6, "outside the scale"),
    ("n1", "c1", True, "whole number"),
    ("n1", "c1", 2.5, "whole number"),
])
def test_set_score_rejects_bad_input(store: Store, nominee, criterion, level, message) -> None:
    with pytest.raises(UserError, match=message):
        store.set_score("panel-1", nominee, criterion, level)
    assert store.scores("panel-1") == {}
    assert [e["action"] for e in store.audit_log()] == ["panel_imported"]


def test_unknown_panel_is_refused(store: Store) -> None:
    with pytest.raises(UserError, match="no panel 'nope'"):
        store.set_score("nope", "n1", "c1", 3)
    with pytest.raises(UserError):
        store.panel("nope")
    with pytest.raises(UserError):
        store.set_current_panel("nope")


def test_comment_limits(store: Store) -> None:
    store.set_comment("panel-1", "n1", "c1", "x" * COMMENT_MAX)
    assert len(store.scores("panel-1")[("n1", "c1")][1]) == 32_767
    with pytest.raises(UserError, match="32,767") as exc:
        store.set_comment("panel-1", "n1", "c1", "x" * (COMMENT_MAX + 1))
    assert "32,768 characters" in exc.value.message
    for bad in ("bell\x07", "nul\x00", "esc\x1b[0m", "del\x7f"):
        with pytest.raises(UserError, match="control character"):
            store.set_comment("panel-1", "n1", "c2", bad)
    assert ("n1", "c2") not in store.scores("panel-1")


def test_declared_conflict_locks_scoring(store: Store) -> None:
    store.set_score("panel-1", "n2", "c1", 4)
    store.declare_conflict("panel-1", "n2", "family member works there")
    with pytest.raises(UserError, match="you declared a conflict"):
        store.set_score("panel-1", "n2", "c2", 3)
    with pytest.raises(UserError, match="you declared a conflict"):
        store.set_comment("panel-1", "n2", "c2", "x")
    assert store.scores("panel-1") == {("n2", "c1"): (4, "")}  # kept, but locked
    store.withdraw_conflict("panel-1", "n2")
    store.set_score("panel-1", "n2", "c2", 3)
    with pytest.raises(UserError, match="no nominee"):
        store.declare_conflict("panel-1", "nx", "?")


def test_roster_conflict_locks_scoring_for_that_judge_only(store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 2)  # no judge set yet: not locked
    store.set_judge(OTHER)  # the roster says OTHER is conflicted with n1
    assert store.judge_fingerprint() == OTHER
    with pytest.raises(UserError, match="panel lists you"):
        store.set_score("panel-1", "n1", "c1", 3)
    store.set_score("panel-1", "n2", "c1", 3)
    store.set_judge(ME)
    store.set_score("panel-1", "n1", "c1", 3)
    assert store.scores("panel-1")[("n1", "c1")] == (3, "")


def test_bulk_is_validated_first_and_atomic(store: Store) -> None:
    store.set_comment("panel-1", "n1", "c1", "keep me")
    n = store.set_scores_bulk("panel-1", [("n1", "c1", 4, None), ("n1", "c2", 2, "why"),
                                          ("n2", "c3", 5, "")])
    assert n == 3
    assert store.scores("panel-1") == {("n1", "c1"): (4, "keep me"), ("n1", "c2"): (2, "why"),
                                       ("n2", "c3"): (5, "")}
    before = store.scores("panel-1")
    head = store.audit_head()
    with pytest.raises(UserError, match="row 3") as exc:
        store.set_scores_bulk("panel-1", [("n1", "c1", 1, None), ("n2", "c1", 1, None),
                                          ("n2", "c2", 9, None)])
    assert "outside the scale" in exc.value.message
    with pytest.raises(UserError, match="row 2"):
        store.set_scores_bulk("panel-1", [("n1", "c1", 1, None), ("n2", "c1", 1, "\x01")])
    assert store.scores("panel-1") == before
    assert store.audit_head() == head


def test_reimport_same_panel_is_harmless(store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    entries = len(store.audit_log())
    other = dataclasses.replace(make_panel(), id="panel-2", title="Other")
    store.import_panel(other, BLOBS.items())
    assert store.current_panel_id() == "panel-2"
    store.import_panel(make_panel(), lambda sha: BLOBS[sha])
    assert store.current_panel_id() == "panel-1"
    assert store.scores("panel-1") == {("n1", "c1"): (4, "")}
    assert store.panel("panel-1") == make_panel()
    # only panel-2's import was logged; the identical re-import changed nothing
    assert len(store.audit_log()) == entries + 1
    assert store.panels() == [("panel-1", "Awards 2026", 1), ("panel-2", "Other", 2 - 1)]


def test_newer_round_updates_and_keeps_scores_that_still_exist(store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    store.set_score("panel-1", "n1", "c3", 2)
    store.set_score("panel-1", "n2", "c1", 5)
    store.declare_conflict("panel-1", "n2", "friend")
    newer = make_panel(round=2, nominees=("n1", "n3"), criteria=("c1", "c2", "c4"),
                       title="Awards 2026 (final)")
    store.import_panel(newer, BLOBS.items())
    assert store.panel("panel-1") == newer
    assert store.panels() == [("panel-1", "Awards 2026 (final)", 2)]
    assert store.scores("panel-1") == {("n1", "c1"): (4, "")}
    assert store.conflicts("panel-1") == {}
    assert store.progress("panel-1") == {"n1": (1, 3), "n3": (0, 3)}
    with pytest.raises(UserError, match="no criterion 'c3'"):
        store.set_score("panel-1", "n1", "c3", 1)
    store.set_score("panel-1", "n3", "c4", 1)
    actions = [e["action"] for e in store.audit_log("panel-1")]
    assert actions.count("score_dropped") == 2
    assert actions.count("conflict_dropped") == 1
    assert actions[-2] == "panel_imported"
    assert store.verify_audit_chain()


def test_older_round_is_refused(store: Store) -> None:
    store.import_panel(make_panel(round=3), BLOBS.items())
    with pytest.raises(StoreError, match=r"round 2 .* round 3 is already open"):
        store.import_panel(make_panel(round=2), BLOBS.items())
    assert store.panels() == [("panel-1", "Awards 2026", 3)]


def test_failed_import_leaves_nothing(home: Path) -> None:
    with Store.open_home(home) as s:
        bad_blobs = {hashlib.sha256(PDF).hexdigest(): PDF}  # the PNG is missing
        with pytest.raises(StoreError, match=r"logo\.png"):
            s.import_panel(make_panel(), bad_blobs.items())
        wrong = {hashlib.sha256(PDF).hexdigest(): PDF, hashlib.sha256(PNG).hexdigest(): b"x"}
        with pytest.raises(StoreError, match="does not match"):
            s.import_panel(make_panel(), wrong.items())

        def explode(sha: str) -> bytes:
            if sha == hashlib.sha256(PNG).hexdigest():
                raise RuntimeError("read failed")
            return BLOBS[sha]

        with pytest.raises(RuntimeError):
            s.import_panel(make_panel(), explode)
        assert s.panels() == []
        assert s.current_panel_id() is None
        assert s.audit_log() == []
        for table in ("panels", "nominees", "attachments", "blobs", "roster"):
            assert s._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0  # noqa: S608
        assert s.integrity_ok()


def test_invalid_framework_is_refused_before_writing(store: Store) -> None:
    broken = dataclasses.replace(make_panel(round=2), framework={"format": "nope"})
    with pytest.raises(UserError):
        store.import_panel(broken, BLOBS.items())
    assert store.panels() == [("panel-1", "Awards 2026", 1)]


def test_every_change_is_audited_and_chained(store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    store.set_score("panel-1", "n1", "c1", 4)  # no change: no entry
    store.set_score("panel-1", "n1", "c1", None)
    store.set_comment("panel-1", "n1", "c2", "text")
    store.declare_conflict("panel-1", "n2", "why")
    store.withdraw_conflict("panel-1", "n2")
    store.record_export("panel-1", store.next_export_sequence("panel-1"), "/x.xlsx", "ab" * 32)
    log = store.audit_log()
    assert [e["action"] for e in log] == [
        "panel_imported", "score_set", "score_cleared", "comment_set", "conflict_declared",
        "conflict_withdrawn", "export_recorded"]
    assert [e["seq"] for e in log] == list(range(1, 8))
    assert log[1] | {"at": None, "prev_hash": None, "hash": None} == {
        "seq": 2, "at": None, "action": "score_set", "panel_id": "panel-1", "nominee_id": "n1",
        "criterion_id": "c1", "old": None, "new": 4, "prev_hash": None, "hash": None}
    assert log[2]["old"] == 4 and log[2]["new"] is None
    assert log[0]["prev_hash"] == "0" * 64
    for a, b in itertools.pairwise(log):
        assert b["prev_hash"] == a["hash"]
    assert store.audit_head() == log[-1]["hash"]
    assert store.verify_audit_chain()
    assert store.audit_log("panel-2") == []


@pytest.mark.parametrize("tamper", [
    "UPDATE audit SET new = '5' WHERE seq = 2",
    "UPDATE audit SET at = '2020-01-01T00:00:00Z' WHERE seq = 3",
    "DELETE FROM audit WHERE seq = 2",
    "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)",
    # always a different hash (a plain 'ff' prefix left one hash in 256 unchanged)
    "UPDATE audit SET hash = (CASE WHEN substr(hash, 1, 2) = 'ff' THEN '00' ELSE 'ff' END)"
    " || substr(hash, 3) WHERE seq = 1",
])
def test_tampering_breaks_the_chain(home: Path, store: Store, tamper: str) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    store.set_score("panel-1", "n1", "c2", 3)
    store.set_comment("panel-1", "n1", "c2", "fine")
    assert store.verify_audit_chain()
    store.close()
    raw = sqlite3.connect(home / "store.sqlite")
    raw.execute(tamper)
    raw.commit()
    raw.close()
    with Store.open_home(home) as s:
        assert not s.verify_audit_chain()


def test_export_sequence_is_persisted(home: Path, store: Store) -> None:
    assert store.next_export_sequence("panel-1") == 1
    store.record_export("panel-1", 1, "/tmp/a.xlsx", "aa" * 32)
    assert store.next_export_sequence("panel-1") == 2
    with pytest.raises(StoreError, match="already recorded"):
        store.record_export("panel-1", 1, "/tmp/b.xlsx", "bb" * 32)
    store.close()
    with Store.open_home(home) as s:
        assert s.next_export_sequence("panel-1") == 2
        s.record_export("panel-1", 2, "/tmp/b.xlsx", "bb" * 32)
        assert s.next_export_sequence("panel-1") == 3


def test_backup_is_a_complete_database(home: Path, store: Store, tmp_path: Path) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    dest = tmp_path / "copy.sqlite"
    store.backup(dest)
    with Store.open(dest, backups_dir=tmp_path / "b") as copy:
        assert copy.scores("panel-1") == {("n1", "c1"): (4, "")}
        assert copy.verify_audit_chain()
        assert copy.integrity_ok()
    assert not list(tmp_path.glob(".copy.sqlite.*"))  # no temp file left


def test_backup_if_due_rotates_ten(home: Path, store: Store) -> None:
    first = store.backup_if_due(600)
    assert first is not None and first.parent == home / "backups"
    assert first.name.startswith("store-") and first.name.endswith("-v2.sqlite")
    assert store.backup_if_due(600) is None  # not due yet
    made = [store.backup_if_due(0) for _ in range(12)]
    assert all(made)
    # every backup made since the last export (here: none yet) is kept
    assert len(list((home / "backups").glob("store-*-v2.sqlite"))) == 13
    store.record_export("panel-1", 1, "/tmp/a.xlsx", "aa" * 32)
    made.append(store.backup_if_due(0))
    left = sorted((home / "backups").glob("store-*-v2.sqlite"))
    assert len(left) == 10
    assert left == sorted(p for p in made if p is not None)[-10:]


def test_two_stores_on_one_file_share_the_chain(home: Path, store: Store) -> None:
    other = Store.open_home(home)
    try:
        store.set_score("panel-1", "n1", "c1", 1)
        other.set_score("panel-1", "n1", "c2", 2)
        store.set_score("panel-1", "n1", "c3", 3)
        assert other.scores("panel-1") == store.scores("panel-1")
        assert len(store.scores("panel-1")) == 3
        assert store.verify_audit_chain()
    finally:
        other.close()


def test_garbage_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path)


def test_read_only_store_is_a_store_error(home: Path, store: Store) -> None:
    store.close()
    if os.geteuid() == 0:
        # root ignores file modes; open read-only through a URI instead
        conn = sqlite3.connect(f"file:{home / 'store.sqlite'}?mode=ro", uri=True)
        with pytest.raises(sqlite3.OperationalError) as raw:
            conn.execute("INSERT INTO meta VALUES ('a', 'b')")
        conn.close()
        from zerodx_desktop.store.store import _store_error
        err = _store_error(raw.value, "save the score", home)
        assert isinstance(err, StoreError) and "read-only" in err.message
        return
    (home / "store.sqlite").chmod(0o444)
    with pytest.raises(StoreError):
        Store.open_home(home).set_score("panel-1", "n1", "c1", 3)


def test_closed_store_refuses_calls(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.scores("panel-1")


def test_disk_full_is_a_plain_store_error_and_keeps_saved_data(store: Store) -> None:
    store.set_score("panel-1", "n1", "c1", 4)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
    with pytest.raises(StoreError, match="disk is full") as exc:
        for i in range(200):
            store.set_comment("panel-1", "n1", "c2", f"{i} " + "long text " * 3000)
    assert "Free some disk space" in exc.value.message
    assert store.scores("panel-1")[("n1", "c1")] == (4, "")
    assert store.verify_audit_chain()
    assert store.integrity_ok()


def test_threads_share_one_store_safely(home: Path, store: Store) -> None:
    import threading

    errors: list[BaseException] = []

    def work(nominee: str) -> None:
        try:
            for i in range(40):
                store.set_score("panel-1", nominee, f"c{1 + i % 3}", 1 + i % 5)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    def worker_with_own_store() -> None:
        try:
            with Store.open_home(home) as own:
                for i in range(40):
                    own.set_comment("panel-1", "n1", "c1", f"note {i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in ("n1", "n2")]
    threads.append(threading.Thread(target=worker_with_own_store))
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    scores = store.scores("panel-1")
    assert scores[("n1", "c1")][1] == "note 39"
    assert len(scores) == 6
    assert store.verify_audit_chain()
    assert store.integrity_ok()


_cells = st.tuples(st.sampled_from(["n1", "n2"]), st.sampled_from(["c1", "c2", "c3"]))
_ops = st.lists(st.one_of(
    st.tuples(st.just("score"), _cells, st.one_of(st.none(), st.integers(1, 5))),
    st.tuples(st.just("comment"), _cells,
              st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)),
    st.tuples(st.just("bulk"), st.lists(st.tuples(_cells, st.one_of(st.none(), st.integers(1, 5)),
                                                  st.one_of(st.none(), st.text(max_size=5).filter(
                                                      lambda t: t.isprintable()))),
                                        max_size=4), st.none()),
), max_size=25)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops)
def test_any_edit_sequence_reads_back_after_reopen(tmp_path_factory, ops) -> None:
    home = tmp_path_factory.mktemp("home")
    model: dict[tuple[str, str], tuple[int | None, str]] = {}

    def put(cell, level, comment, keep_level=False):
        old_level, old_comment = model.get(cell, (None, ""))
        new = (old_level if keep_level else level, old_comment if comment is None else comment)
        if new == (None, ""):
            model.pop(cell, None)
        else:
            model[cell] = new

    with Store.open_home(home) as s:
        s.import_panel(make_panel(), BLOBS.items())
        for kind, arg, value in ops:
            if kind == "score":
                s.set_score("panel-1", *arg, value)
                put(arg, value, None)
            elif kind == "comment":
                s.set_comment("panel-1", *arg, value)
                put(arg, None, value, keep_level=True)
            else:
                s.set_scores_bulk("panel-1", [(*cell, lv, cm) for cell, lv, cm in arg])
                for cell, lv, cm in arg:
                    put(cell, lv, cm)
        assert s.scores("panel-1") == model
    with Store.open_home(home) as s:
        assert s.scores("panel-1") == model
        assert s.verify_audit_chain()
        assert all(e["seq"] == i for i, e in enumerate(s.audit_log(), start=1))


def test_blobs_are_streamed_and_only_missing_ones_are_read(store: Store) -> None:
    def never() -> Iterator[tuple[str, bytes]]:
        raise AssertionError("no attachment should be read")
        yield  # pragma: no cover

    store.import_panel(make_panel(), never())  # everything is stored already
    sha = hashlib.sha256(PNG).hexdigest()
    path = store.attachment_path(sha)
    assert path is not None
    path.unlink()  # a lost file is restored by opening the package again
    read: list[str] = []

    def stream() -> Iterator[tuple[str, bytes]]:
        for digest, data in BLOBS.items():
            read.append(digest)
            yield digest, data

    store.import_panel(make_panel(), stream())
    assert store.attachment_bytes(sha) == PNG
    assert sha in read
