"""Schema versions of the store: one function per step, each run in its own transaction.

``PRAGMA user_version`` holds the version. ``STEPS[i]`` takes a database from version ``i`` to
``i + 1``; ``migrate`` backs up an existing database (SQLite backup API) before the first step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zerodx_desktop.core.errors import StoreError

if TYPE_CHECKING:
    # sqlite-utils (and the numpy it pulls in) is imported only when a step runs, so opening
    # an up-to-date store at start-up stays fast.
    from sqlite_utils import Database


def step_1_initial(db: Database) -> None:
    """Version 1: panels, nominees, attachments, roster, scores, conflicts, audit log."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("panels").create(
        {"id": str, "title": str, "round": int, "method": str, "framework": str,
         "framework_hash": str, "created_at": str, "organizer": str, "content_hash": str,
         "imported_at": str},
        pk="id", not_null={"title", "round", "method", "framework"})
    db.table("nominees").create(
        {"panel_id": str, "id": str, "position": int, "name": str, "country": str,
         "category": str, "summary": str, "sections": str},
        pk=("panel_id", "id"), not_null={"name", "position"},
        foreign_keys=[("panel_id", "panels", "id")])
    db.table("blobs").create({"sha256": str, "size": int, "stored_at": str}, pk="sha256")
    db.table("attachments").create(
        {"panel_id": str, "nominee_id": str, "position": int, "file": str, "title": str,
         "sha256": str, "size": int, "media_type": str},
        pk=("panel_id", "nominee_id", "position"),
        foreign_keys=[(("panel_id", "nominee_id"), "nominees", ("panel_id", "id")),
                      ("sha256", "blobs", "sha256")])
    db.table("roster").create(
        {"panel_id": str, "position": int, "name": str, "email": str, "public_key": str,
         "fingerprint": str},
        pk=("panel_id", "position"), foreign_keys=[("panel_id", "panels", "id")])
    db.table("roster_conflicts").create(
        {"panel_id": str, "position": int, "fingerprint": str, "nominee_id": str,
         "reason": str},
        pk=("panel_id", "position"), foreign_keys=[("panel_id", "panels", "id")])
    db.table("scores").create(
        {"panel_id": str, "nominee_id": str, "criterion_id": str, "level": int,
         "comment": str, "updated_at": str},
        pk=("panel_id", "nominee_id", "criterion_id"), not_null={"comment"},
        defaults={"comment": ""},
        foreign_keys=[(("panel_id", "nominee_id"), "nominees", ("panel_id", "id"))])
    db.table("declared_conflicts").create(
        {"panel_id": str, "nominee_id": str, "reason": str, "declared_at": str},
        pk=("panel_id", "nominee_id"),
        foreign_keys=[(("panel_id", "nominee_id"), "nominees", ("panel_id", "id"))])
    db.table("audit").create(
        {"seq": int, "at": str, "action": str, "panel_id": str, "nominee_id": str,
         "criterion_id": str, "old": str, "new": str, "prev_hash": str, "hash": str},
        pk="seq", not_null={"at", "action", "prev_hash", "hash"})


def step_2_exports(db: Database) -> None:
    """Version 2: the exports table (sheet sequence numbers) and lookup indexes."""
    db.table("exports").create(
        {"panel_id": str, "sequence": int, "path": str, "sha256": str, "exported_at": str},
        pk=("panel_id", "sequence"), foreign_keys=[("panel_id", "panels", "id")])
    db.table("audit").create_index(["panel_id", "seq"], index_name="audit_by_panel")
    db.table("roster_conflicts").create_index(["panel_id", "nominee_id", "fingerprint"],
                                        index_name="roster_conflicts_lookup")


Step = Callable[["Database"], None]
STEPS: list[Step] = [step_1_initial, step_2_exports]


def latest_version() -> int:
    return len(STEPS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int | None = None,
            backup: Callable[[int], Path] | None = None) -> int:
    """Run the missing steps up to ``target`` (default: the latest). Returns the new version.

    ``backup(old_version)`` is called once before the first step when the database already
    has a schema (version > 0). Each step and its version bump commit together or not at all.
    """
    steps = list(STEPS)
    goal = len(steps) if target is None else target
    current = user_version(conn)
    if current > len(steps):
        raise StoreError(
            f"the store was written by a newer version of ZeroDX Desktop (schema {current},"
            f" this version knows {len(steps)})",
            hint="Install the newer version of the app, or use another data folder.")
    if current >= goal:
        return current
    if current > 0 and backup is not None:
        backup(current)
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    for version in range(current, goal):
        step = steps[version]
        try:
            with db.atomic():
                step(db)
                # user_version lives in the database header, so it commits with the step.
                db.conn.execute(f"PRAGMA user_version = {version + 1}")
        except sqlite3.Error as exc:
            raise StoreError(
                f"could not upgrade the store from schema {version} to {version + 1} ({exc})",
                hint="Nothing was changed. Check free disk space, then open the app again.",
            ) from exc
    return goal
