"""The judge's local store: one SQLite file per home holding panels, scores and the audit log.

Durability: WAL journal, ``synchronous=FULL`` (and ``fullfsync`` on macOS), foreign keys on.
Every public method that changes something commits before it returns; that is what the UI
shows as "saved". Each change appends a hash-chained audit entry in the same transaction.
Attachments are content-addressed files under ``<home>/blobs``. SQLite and file-system
failures reach callers as ``StoreError`` with a plain message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.atomic_io import fsync_dir, fsync_file, replace_file
from zerodx_desktop.core.errors import StoreError, UserError
from zerodx_desktop.core.panel import (
    Attachment,
    Conflict,
    JudgeEntry,
    Nomination,
    Nominee,
    Panel,
    Section,
)
from zerodx_desktop.core.programme import Category
from zerodx_desktop.store import audit, backups, migrations
from zerodx_desktop.store.blobs import BlobFiles, valid_sha256

if TYPE_CHECKING:
    from sqlite_utils import Database

    from zerodx_desktop.core.framework import Framework

COMMENT_MAX = 32_767  # the most characters a spreadsheet cell holds (Excel and LibreOffice)
KEEP_BACKUPS = backups.KEEP_BACKUPS
_CURRENT_KEY = "current_panel"
_JUDGE_KEY = "judge_fingerprint"
_EXPORTED_AFTER_KEY = "backup_sequence_at_last_export"


class _Keep:
    """Marker: leave this value as it is."""


_KEEP = _Keep()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")




def _store_error(exc: BaseException, doing: str, where: Path) -> StoreError:
    from zerodx_desktop.atomic_io import is_disk_full

    text = str(exc).lower()
    if is_disk_full(exc, Path(where).parent):
        return StoreError(f"could not {doing}: the disk is full", where=str(where),
                          hint="Free some disk space and try again. Your saved scores are "
                               "safe.")
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        reason = exc.strerror or str(exc)
        return StoreError(f"could not {doing} ({reason})", where=str(where),
                          hint="Check free disk space and the folder's permissions.")
    if "locked" in text or "busy" in text:
        return StoreError(f"could not {doing}: the store is busy in another window or program",
                          where=str(where),
                          hint="Close the other copy of ZeroDX Desktop and try again.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"could not {doing}: the store is read-only", where=str(where),
                          hint="Check that you may write to this folder and that the disk is "
                               "not write-protected.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        home = Path(where).parent
        return StoreError(f"could not {doing}: the store file is damaged", where=str(where),
                          hint=backups.restore_hint(home, backups.newest_good(
                              home / backups.BACKUPS_DIR)))
    if "unable to open" in text:
        return StoreError(f"could not {doing}: the store file cannot be opened",
                          where=str(where),
                          hint="Check that the folder exists and that you may write to it.")
    if "disk i/o" in text:
        return StoreError(f"could not {doing}: the disk reported an error", where=str(where),
                          hint="Check the disk, then try again.")
    return StoreError(f"could not {doing} ({exc})", where=str(where))


def _clean_text(text: str, what: str) -> str:
    """Normalise line ends and refuse what a spreadsheet cell cannot hold."""
    if not isinstance(text, str):
        raise UserError(f"the {what} must be text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > COMMENT_MAX:
        raise UserError(
            f"the {what} is {len(text):,} characters long; a spreadsheet cell holds at most"
            f" {COMMENT_MAX:,}",
            hint=f"Shorten the {what} to {COMMENT_MAX:,} characters or fewer.")
    for i, ch in enumerate(text):
        if ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs"):
            raise UserError(
                f"the {what} contains an invisible control character (U+{ord(ch):04X}) at"
                f" position {i + 1}",
                hint="Remove it (it often comes from pasting); line breaks and tabs are fine.")
    return text


def _check_level_type(level: object) -> None:
    if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
        raise UserError(f"the level must be a whole number, not {level!r}")


_PROGRAMME_KEY = "programme:"  # + panel id: categories, assignments, nominations (JSON)


def _programme_json(panel: Panel) -> str:
    return json.dumps({
        "categories": [dataclasses.asdict(c) for c in panel.categories],
        "assignments": None if panel.assignments is None else [
            [n, list(fps)] for n, fps in panel.assignments],
        "nominations": [dataclasses.asdict(m) for m in panel.nominations]},
        ensure_ascii=False)


def _panel_digest(panel: Panel) -> str:
    data = json.dumps(dataclasses.asdict(panel), sort_keys=True, ensure_ascii=False,
                      default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class _PanelInfo:
    digest: str
    framework: Framework
    criteria: tuple[str, ...]
    criteria_set: frozenset[str]
    min: int
    max: int


def _framework_of(doc: dict[str, Any], validated_hash: str = "") -> Framework:
    """Validate ``doc``; a stored framework that still has the hash recorded when its panel
    was imported (and validated in full) skips the JSON-schema pass."""
    from zerodx_desktop.core.framework import framework_from_dict, framework_from_validated_dict

    if validated_hash:
        return framework_from_validated_dict(doc, validated_hash)
    fw: Framework = framework_from_dict(doc)
    return fw


class Store:
    """One judge's store. Open with ``Store.open`` / ``Store.open_home``; close when done.

    Safe to share between threads (a lock serialises calls); a second ``Store`` on the same
    file (another thread or process) also works: writers wait up to 10 s for each other.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, backups_dir: Path, *,
                 read_only: bool = False) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.blobs = BlobFiles(path.parent / "blobs")
        self.read_only = read_only
        self._conn = conn
        self._sqlite_utils: Database | None = None
        self._lock = threading.RLock()
        self._info: dict[str, _PanelInfo] = {}
        self._closed = False
        self._identity = _file_identity(path)

    # ---------------------------------------------------------------- opening and closing

    @classmethod
    def open(cls, path: Path, *, backups_dir: Path | None = None) -> Store:
        """Open (creating or upgrading) the store at ``path``.

        A store in a folder this user cannot write to opens read-only (``read_only``): reads
        work, every change is refused with a message. A store written by a newer version is
        refused before anything in it is changed.
        """
        path = Path(path)
        backups_at = Path(backups_dir) if backups_dir is not None else path.parent / "backups"
        conn: sqlite3.Connection | None = None
        try:
            if path.is_file() and not _writable(path):
                return cls._open_read_only(path, backups_at)
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                                   timeout=10.0)
            # before the journal mode is set: a newer version's store is left as it is
            _refuse_newer(conn)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError("the store cannot use its safe journal mode here",
                                 where=str(path),
                                 hint="Keep the data folder on a local disk.")
            conn.execute("PRAGMA synchronous=FULL")
            if sys.platform == "darwin":
                conn.execute("PRAGMA fullfsync=ON")
                conn.execute("PRAGMA checkpoint_fullfsync=ON")
            conn.execute("PRAGMA foreign_keys=ON")
            store = cls(path, conn, backups_at)

            def backup_before(version: int) -> Path:
                return store._backup_to_dir(version)

            migrations.migrate(conn, backup=backup_before)
            return store
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            raise _store_error(exc, "open the store", path) from exc
        except BaseException:
            if conn is not None:
                conn.close()
            raise

    @classmethod
    def _open_read_only(cls, path: Path, backups_at: Path) -> Store:
        uri = path.resolve().as_uri()
        # a clean WAL store has no -wal: opened immutable, no -shm needs creating
        flags = "mode=ro" if has_side_files(path) else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{uri}?{flags}", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=10.0)
        try:
            _refuse_newer(conn)
            if migrations.user_version(conn) < migrations.latest_version():
                raise StoreError("the store needs an upgrade, but its folder is read-only",
                                 where=str(path),
                                 hint="Open it once where it can be written to.")
            conn.execute("PRAGMA query_only=ON")
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, backups_at, read_only=True)

    @classmethod
    def open_home(cls, home: Path) -> Store:
        """The store of a home folder: ``<home>/store.sqlite``, backups in ``<home>/backups``.

        A missing, empty or damaged store is never started afresh while the backups folder
        (or a ``-wal`` beside it) holds data: that is refused with the newest good backup and
        the restore command. Temporary files a killed process left are removed.
        """
        home = Path(home)
        path = home / backups.STORE_NAME
        check_home(home)
        store = cls.open(path, backups_dir=home / backups.BACKUPS_DIR)
        if not store.read_only:
            try:
                store._after_open()
            except BaseException:
                store.close()
                raise
        return store

    def _after_open(self) -> None:
        backups.clean_temp_files(self.path.parent, prefixes=(backups.STORE_NAME,))
        backups.clean_temp_files(self.backups_dir)
        names: dict[Path, set[str]] = {}
        with self._lock, self._sql("read the exports"):
            has_exports = self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                             " AND name = 'exports'").fetchone()
            paths = self._conn.execute("SELECT DISTINCT path FROM exports WHERE path IS NOT"
                                       " NULL AND path != ''").fetchall() if has_exports else []
            for (where,) in paths:
                p = Path(where)
                names.setdefault(p.parent, set()).add(p.name)
        for folder, files in names.items():
            backups.clean_temp_files(folder, prefixes=tuple(sorted(files)))
        if not self.panels() and self.backups_dir.is_dir():
            best = backups.newest_good(self.backups_dir)
            if best is not None and best.scores:
                raise StoreError(
                    "the store is empty, but the backups folder holds your earlier work",
                    where=str(self.path), hint=backups.restore_hint(self.path.parent, best))

    def still_there(self) -> bool:
        """False when the store file was deleted or replaced since it was opened (the home
        folder removed while the app runs): changes would go into a file nobody can read."""
        return self._identity is None or _file_identity(self.path) == self._identity

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock, self._sql("read the store"):
            return migrations.user_version(self._conn)

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _sql(self, doing: str) -> Iterator[None]:
        if self._closed:
            raise StoreError("the store is closed")
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            raise _store_error(exc, doing, self.path) from exc

    @contextlib.contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with self._lock, self._sql(doing):
            if self.read_only:
                raise StoreError(f"could not {doing}: the data folder is read-only",
                                 where=str(self.path.parent),
                                 hint="Your scores can be read but not changed here. Make the "
                                      "folder writable (or copy it somewhere you can write), "
                                      "then open it again.")
            if not self.still_there():
                raise StoreError(f"could not {doing}: the store file is gone (the data folder "
                                 "was moved or deleted while the app was open)",
                                 where=str(self.path),
                                 hint="Nothing more is saved. Put the folder back, or restart "
                                      "the app and restore the newest backup.")
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @property
    def _db(self) -> Database:
        """sqlite-utils on the same connection, imported on first use (it is slow to import
        and the scoring path does not need it)."""
        if self._sqlite_utils is None:
            from sqlite_utils import Database

            self._sqlite_utils = Database(self._conn, execute_plugins=False)
        return self._sqlite_utils

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                               "DO UPDATE SET value = excluded.value", (key, value))

    def _panel_info(self, panel_id: str) -> _PanelInfo:
        row = self._conn.execute("SELECT content_hash FROM panels WHERE id = ?",
                                 (panel_id,)).fetchone()
        if row is None:
            raise UserError(f"there is no panel {panel_id!r} in this store",
                            hint="Open the panel package first.")
        cached = self._info.get(panel_id)
        if cached is not None and cached.digest == row[0]:
            return cached
        text, validated_hash = self._conn.execute(
            "SELECT framework, framework_hash FROM panels WHERE id = ?", (panel_id,)).fetchone()
        fw = _framework_of(json.loads(text), validated_hash or "")
        criteria = tuple(c.id for c in fw.criteria())
        info = _PanelInfo(row[0], fw, criteria, frozenset(criteria), fw.scale.min, fw.scale.max)
        self._info[panel_id] = info
        return info

    def _check_nominee(self, panel_id: str, nominee_id: str) -> None:
        if self._conn.execute("SELECT 1 FROM nominees WHERE panel_id = ? AND id = ?",
                              (panel_id, nominee_id)).fetchone() is None:
            raise UserError(f"there is no nominee {nominee_id!r} in this panel",
                            hint="Check the nominee id (panel status lists them).")

    def _check_not_conflicted(self, panel_id: str, nominee_id: str) -> None:
        row = self._conn.execute(
            "SELECT 'declared' FROM declared_conflicts WHERE panel_id = ? AND nominee_id = ? "
            "UNION ALL SELECT 'roster' FROM roster_conflicts WHERE panel_id = ? "
            "AND nominee_id = ? AND fingerprint = (SELECT value FROM meta WHERE key = ?) "
            "LIMIT 1", (panel_id, nominee_id, panel_id, nominee_id, _JUDGE_KEY)).fetchone()
        if row is None:
            return
        if row[0] == "declared":
            raise UserError(
                f"you declared a conflict of interest with nominee {nominee_id!r}, so you "
                "cannot score it",
                hint="If it was declared by mistake, withdraw it first "
                     "(zerodx conflict NOMINEE_ID --withdraw).")
        raise UserError(
            f"the panel lists you as having a conflict of interest with nominee {nominee_id!r},"
            " so you cannot score it",
            hint="Ask the organizer if this is wrong.")

    def _check_cell(self, info: _PanelInfo, panel_id: str, nominee_id: str,
                    criterion_id: str, level: int | _Keep | None) -> None:
        self._check_nominee(panel_id, nominee_id)
        if criterion_id not in info.criteria_set:
            raise UserError(f"there is no criterion {criterion_id!r} in this panel's framework",
                            hint="Check the criterion id.")
        if isinstance(level, int) and not info.min <= level <= info.max:
            raise UserError(
                f"level {level} is outside the scale ({info.min} to {info.max})",
                where=f"{nominee_id} / {criterion_id}",
                hint=f"Give a whole number from {info.min} to {info.max}.")
        self._check_not_conflicted(panel_id, nominee_id)

    def _apply(self, panel_id: str, nominee_id: str, criterion_id: str,
               level: int | _Keep | None, comment: str | None) -> bool:
        conn = self._conn
        row = conn.execute(
            "SELECT level, comment FROM scores WHERE panel_id = ? AND nominee_id = ? "
            "AND criterion_id = ?", (panel_id, nominee_id, criterion_id)).fetchone()
        old_level, old_comment = (row[0], row[1]) if row else (None, "")
        new_level = old_level if isinstance(level, _Keep) else level
        new_comment = old_comment if comment is None else comment
        if new_level == old_level and new_comment == old_comment:
            return False
        at = _now()
        if new_level is None and new_comment == "":
            conn.execute("DELETE FROM scores WHERE panel_id = ? AND nominee_id = ? "
                         "AND criterion_id = ?", (panel_id, nominee_id, criterion_id))
        else:
            conn.execute(
                "INSERT INTO scores (panel_id, nominee_id, criterion_id, level, comment,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(panel_id, nominee_id,"
                " criterion_id) DO UPDATE SET level = excluded.level, comment ="
                " excluded.comment, updated_at = excluded.updated_at",
                (panel_id, nominee_id, criterion_id, new_level, new_comment, at))
        if new_level != old_level:
            audit.append(conn, at=at, action="score_set" if new_level is not None
                         else "score_cleared", panel_id=panel_id, nominee_id=nominee_id,
                         criterion_id=criterion_id, old=old_level, new=new_level)
        if new_comment != old_comment:
            audit.append(conn, at=at, action="comment_set", panel_id=panel_id,
                         nominee_id=nominee_id, criterion_id=criterion_id, old=old_comment,
                         new=new_comment)
        return True

    # ------------------------------------------------------------------ panels

    def import_panel(self, panel: Panel,
                     blobs: Iterable[tuple[str, bytes]] | Callable[[str], bytes]) -> str:
        """Add or update ``panel`` with its attachment bytes, and make it the current panel.

        A newer (or the same) round of a stored panel replaces its description and keeps the
        scores of nominees and criteria that still exist; an older round is refused. All in
        one transaction.
        """
        fw = _framework_of(panel.framework)  # validate before touching anything
        criteria = {c.id for c in fw.criteria()}
        digest = _panel_digest(panel)
        nominee_ids = [n.id for n in panel.nominees]
        if len(set(nominee_ids)) != len(nominee_ids):
            raise UserError("the panel lists the same nominee id twice", where=panel.id)
        with self._write("import the panel") as conn:
            row = conn.execute("SELECT round, content_hash FROM panels WHERE id = ?",
                               (panel.id,)).fetchone()
            if row is not None and panel.round < row[0]:
                raise StoreError(
                    f"this package is round {panel.round} of panel {panel.title!r}, but round"
                    f" {row[0]} is already open",
                    hint="Open the newest package the organizer sent.")
            self._store_blobs(panel, blobs)
            if row is None or row[1] != digest:
                self._write_panel(panel, digest, criteria, set(nominee_ids),
                                  None if row is None else int(row[0]))
            self._set_meta(_PROGRAMME_KEY + panel.id, _programme_json(panel))
            self._set_meta(_CURRENT_KEY, panel.id)
        self._info.pop(panel.id, None)
        return panel.id

    def _store_blobs(self, panel: Panel,
                     blobs: Iterable[tuple[str, bytes]] | Callable[[str], bytes]) -> None:
        """Store every attachment file the store lacks; an iterable is streamed (one file in
        memory at a time), a callable is asked for each missing hash."""
        conn = self._conn
        needed: dict[str, tuple[Attachment, str]] = {}
        for nominee in panel.nominees:
            for att in nominee.attachments:
                sha = att.sha256.lower()
                if not valid_sha256(sha):
                    raise UserError(f"attachment {att.file!r} has no valid SHA-256",
                                    where=f"nominee {nominee.id}")
                needed.setdefault(sha, (att, nominee.id))
        missing = {sha for sha in needed
                   if conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
                   is None or not self.blobs.has(sha)}

        def keep(sha: str, data: bytes) -> None:
            att, nominee_id = needed[sha]
            if hashlib.sha256(data).hexdigest() != sha:
                raise StoreError(f"the file of attachment {att.file!r} does not match its"
                                 " SHA-256", where=f"nominee {nominee_id}",
                                 hint="The panel package is damaged; ask the organizer "
                                      "for a new copy.")
            self.blobs.put(sha, data)
            conn.execute("INSERT INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?) "
                         "ON CONFLICT(sha256) DO NOTHING", (sha, len(data), _now()))
            missing.discard(sha)

        if callable(blobs):
            for sha in sorted(missing):
                try:
                    data = blobs(needed[sha][0].sha256)
                except KeyError:
                    break
                keep(sha, data)
        elif missing:
            for sha, data in blobs:
                if sha.lower() in missing:
                    keep(sha.lower(), data)
                    if not missing:
                        break
        if missing:
            att, nominee_id = needed[min(missing)]
            raise StoreError(f"the file of attachment {att.file!r} is missing",
                             where=f"nominee {nominee_id}",
                             hint="The panel package is incomplete; ask the organizer for a "
                                  "new copy.")

    def _write_panel(self, panel: Panel, digest: str, criteria: set[str], nominees: set[str],
                     old_round: int | None) -> None:
        conn = self._conn
        db = self._db
        at = _now()
        organizer = (json.dumps(dataclasses.asdict(panel.organizer), ensure_ascii=False)
                     if panel.organizer is not None else None)
        db.table("panels").upsert({
            "id": panel.id, "title": panel.title, "round": panel.round, "method": panel.method,
            "framework": json.dumps(panel.framework, ensure_ascii=False),
            "framework_hash": panel.framework_hash, "created_at": panel.created_at,
            "organizer": organizer, "content_hash": digest, "imported_at": at}, pk="id")
        # Scores and declared conflicts of nominees or criteria that are gone.
        for nominee_id, criterion_id, level, comment in conn.execute(
                "SELECT nominee_id, criterion_id, level, comment FROM scores WHERE panel_id = ?"
                " ORDER BY nominee_id, criterion_id", (panel.id,)).fetchall():
            if nominee_id in nominees and criterion_id in criteria:
                continue
            conn.execute("DELETE FROM scores WHERE panel_id = ? AND nominee_id = ? AND "
                         "criterion_id = ?", (panel.id, nominee_id, criterion_id))
            audit.append(conn, at=at, action="score_dropped", panel_id=panel.id,
                         nominee_id=nominee_id, criterion_id=criterion_id,
                         old={"level": level, "comment": comment}, new=None)
        for nominee_id, reason in conn.execute(
                "SELECT nominee_id, reason FROM declared_conflicts WHERE panel_id = ? "
                "ORDER BY nominee_id", (panel.id,)).fetchall():
            if nominee_id in nominees:
                continue
            conn.execute("DELETE FROM declared_conflicts WHERE panel_id = ? AND nominee_id = ?",
                         (panel.id, nominee_id))
            audit.append(conn, at=at, action="conflict_dropped", panel_id=panel.id,
                         nominee_id=nominee_id, old=reason, new=None)
        conn.execute("DELETE FROM attachments WHERE panel_id = ?", (panel.id,))
        for (nominee_id,) in conn.execute("SELECT id FROM nominees WHERE panel_id = ?",
                                          (panel.id,)).fetchall():
            if nominee_id not in nominees:
                conn.execute("DELETE FROM nominees WHERE panel_id = ? AND id = ?",
                             (panel.id, nominee_id))
        db.table("nominees").upsert_all(
            ({"panel_id": panel.id, "id": n.id, "position": i, "name": n.name,
              "country": n.country, "category": n.category, "summary": n.summary,
              "sections": json.dumps([dataclasses.asdict(s) for s in n.sections],
                                     ensure_ascii=False)}
             for i, n in enumerate(panel.nominees)), pk=("panel_id", "id"))
        db.table("attachments").insert_all(
            ({"panel_id": panel.id, "nominee_id": n.id, "position": i, "file": a.file,
              "title": a.title, "sha256": a.sha256.lower(), "size": a.size,
              "media_type": a.media_type}
             for n in panel.nominees for i, a in enumerate(n.attachments)))
        conn.execute("DELETE FROM roster WHERE panel_id = ?", (panel.id,))
        conn.execute("DELETE FROM roster_conflicts WHERE panel_id = ?", (panel.id,))
        db.table("roster").insert_all(
            ({"panel_id": panel.id, "position": i, "name": j.name, "email": j.email,
              "public_key": j.public_key, "fingerprint": j.fingerprint}
             for i, j in enumerate(panel.judges)))
        db.table("roster_conflicts").insert_all(
            ({"panel_id": panel.id, "position": i, "fingerprint": c.fingerprint,
              "nominee_id": c.nominee_id, "reason": c.reason}
             for i, c in enumerate(panel.conflicts)))
        audit.append(conn, at=at, action="panel_imported", panel_id=panel.id, old=old_round,
                     new={"round": panel.round, "title": panel.title,
                          "framework_hash": panel.framework_hash,
                          "nominees": len(panel.nominees), "content_hash": digest})

    def current_panel_id(self) -> str | None:
        with self._lock, self._sql("read the store"):
            return self._meta(_CURRENT_KEY)

    def set_current_panel(self, panel_id: str) -> None:
        with self._write("choose the panel"):
            self._panel_info(panel_id)
            self._set_meta(_CURRENT_KEY, panel_id)

    def panel(self, panel_id: str) -> Panel:
        with self._lock, self._sql("read the panel"):
            conn = self._conn
            row = conn.execute(
                "SELECT id, title, round, method, framework, framework_hash, created_at,"
                " organizer FROM panels WHERE id = ?", (panel_id,)).fetchone()
            if row is None:
                raise UserError(f"there is no panel {panel_id!r} in this store",
                                hint="Open the panel package first.")
            attachments: dict[str, list[Attachment]] = {}
            for nid, file, title, sha, size, media in conn.execute(
                    "SELECT nominee_id, file, title, sha256, size, media_type FROM attachments"
                    " WHERE panel_id = ? ORDER BY nominee_id, position", (panel_id,)):
                attachments.setdefault(nid, []).append(Attachment(file, title, sha, size, media))
            nominees = tuple(
                Nominee(id=nid, name=name, country=country or "", category=category or "",
                        summary=summary or "",
                        sections=tuple(Section(**s) for s in json.loads(sections or "[]")),
                        attachments=tuple(attachments.get(nid, ())))
                for nid, name, country, category, summary, sections in conn.execute(
                    "SELECT id, name, country, category, summary, sections FROM nominees"
                    " WHERE panel_id = ? ORDER BY position", (panel_id,)))
            judges = tuple(JudgeEntry(*r) for r in conn.execute(
                "SELECT name, email, public_key, fingerprint FROM roster WHERE panel_id = ?"
                " ORDER BY position", (panel_id,)))
            conflicts = tuple(Conflict(*r) for r in conn.execute(
                "SELECT fingerprint, nominee_id, reason FROM roster_conflicts"
                " WHERE panel_id = ? ORDER BY position", (panel_id,)))
            organizer = JudgeEntry(**json.loads(row[7])) if row[7] else None
            framework = json.loads(row[4])
            if row[5]:
                # warm the framework memo the cheap way: the caller's framework_from_dict of
                # this document then skips validation (a start-up cost of ~100 ms)
                with contextlib.suppress(UserError):  # the caller meets any error itself
                    _framework_of(framework, row[5])
            prog = json.loads(self._meta(_PROGRAMME_KEY + panel_id) or "{}")
            assignments = prog.get("assignments")
            return Panel(id=row[0], title=row[1], round=row[2], method=row[3],
                         framework=framework, framework_hash=row[5] or "",
                         judges=judges, conflicts=conflicts, nominees=nominees,
                         created_at=row[6] or "", organizer=organizer,
                         categories=tuple(Category(**c) for c in prog.get("categories", [])),
                         assignments=None if assignments is None else tuple(
                             (n, tuple(fps)) for n, fps in assignments),
                         nominations=tuple(Nomination(**m)
                                           for m in prog.get("nominations", [])))

    def framework(self, panel_id: str) -> Framework:
        """The panel's framework (parsed once and cached)."""
        with self._lock, self._sql("read the panel"):
            return self._panel_info(panel_id).framework

    def panels(self) -> list[tuple[str, str, int]]:
        with self._lock, self._sql("read the store"):
            return [(r[0], r[1], r[2]) for r in self._conn.execute(
                "SELECT id, title, round FROM panels ORDER BY rowid")]

    def attachment_bytes(self, sha256: str) -> bytes:
        sha = sha256.lower()
        with self._lock, self._sql("read the attachment"):
            if not valid_sha256(sha) or self._conn.execute(
                    "SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone() is None:
                raise StoreError(f"there is no attachment {sha256} in the store",
                                 hint="Open the panel package again.")
            try:
                return self.blobs.get(sha)
            except FileNotFoundError:
                raise StoreError(f"the file of attachment {sha256} is missing",
                                 where=str(self.blobs.root),
                                 hint="Open the panel package again to restore it.") from None
            except ValueError:
                raise StoreError(f"the file of attachment {sha256} is damaged",
                                 where=str(self.blobs.root),
                                 hint="Open the panel package again to restore it.") from None

    def attachment_path(self, sha256: str) -> Path | None:
        sha = sha256.lower()
        if not valid_sha256(sha):
            return None
        path = self.blobs.path(sha)
        return path if path.is_file() else None

    # ------------------------------------------------------------------ the judge

    def set_judge(self, fingerprint: str | None) -> None:
        """Record whose home this is, so the roster's conflicts for this judge lock scoring."""
        with self._write("save the judge"):
            self._set_meta(_JUDGE_KEY, fingerprint)

    def judge_fingerprint(self) -> str | None:
        with self._lock, self._sql("read the store"):
            return self._meta(_JUDGE_KEY)

    # ------------------------------------------------------------------ scores

    def set_score(self, panel_id: str, nominee_id: str, criterion_id: str,
                  level: int | None) -> None:
        """Set (or with None clear) one level; committed when this returns."""
        _check_level_type(level)
        with self._write("save the score"):
            info = self._panel_info(panel_id)
            self._check_cell(info, panel_id, nominee_id, criterion_id, level)
            self._apply(panel_id, nominee_id, criterion_id, level, None)

    def set_comment(self, panel_id: str, nominee_id: str, criterion_id: str,
                    comment: str) -> None:
        """Set one justification (empty clears it); committed when this returns."""
        comment = _clean_text(comment, "comment")
        with self._write("save the comment"):
            info = self._panel_info(panel_id)
            self._check_cell(info, panel_id, nominee_id, criterion_id, _KEEP)
            self._apply(panel_id, nominee_id, criterion_id, _KEEP, comment)

    def set_scores_bulk(self, panel_id: str,
                        rows: Iterable[tuple[str, str, int | None, str | None]], *,
                        row_labels: Sequence[str] | None = None) -> int:
        """Apply many (nominee, criterion, level, comment or None to keep) rows at once.

        Every row is checked first; one bad row changes nothing. Returns the number of rows.
        Errors name the row as ``row_labels[i]`` (e.g. "scores.csv:7") or "row N".
        """
        def label(i: int) -> str:
            return row_labels[i - 1] if row_labels and i <= len(row_labels) else f"row {i}"

        cleaned: list[tuple[str, str, int | None, str | None]] = []
        for i, (nominee_id, criterion_id, level, comment) in enumerate(rows, start=1):
            try:
                _check_level_type(level)
                text = None if comment is None else _clean_text(comment, "comment")
            except UserError as exc:
                raise UserError(exc.what, where=label(i), hint=exc.hint) from None
            cleaned.append((str(nominee_id), str(criterion_id), level, text))
        with self._write("save the scores"):
            info = self._panel_info(panel_id)
            for i, (nominee_id, criterion_id, level, _) in enumerate(cleaned, start=1):
                try:
                    self._check_cell(info, panel_id, nominee_id, criterion_id, level)
                except UserError as exc:
                    where = label(i) + (f" ({exc.where})" if exc.where else "")
                    raise UserError(exc.what, where=where, hint=exc.hint) from None
            for nominee_id, criterion_id, level, text in cleaned:
                self._apply(panel_id, nominee_id, criterion_id, level, text)
        return len(cleaned)

    def scores(self, panel_id: str) -> dict[tuple[str, str], tuple[int | None, str]]:
        with self._lock, self._sql("read the scores"):
            return {(n, c): (lv, cm) for n, c, lv, cm in self._conn.execute(
                "SELECT nominee_id, criterion_id, level, comment FROM scores WHERE panel_id = ?",
                (panel_id,))}

    def nominee_scores(self, panel_id: str, nominee_id: str) -> dict[str, tuple[int | None, str]]:
        with self._lock, self._sql("read the scores"):
            return {c: (lv, cm) for c, lv, cm in self._conn.execute(
                "SELECT criterion_id, level, comment FROM scores WHERE panel_id = ? AND"
                " nominee_id = ?", (panel_id, nominee_id))}

    def progress(self, panel_id: str) -> dict[str, tuple[int, int]]:
        """Per nominee (in panel order): (criteria with a level, criteria in the framework)."""
        with self._lock, self._sql("read the scores"):
            info = self._panel_info(panel_id)
            scored: dict[str, int] = {}
            for nominee_id, criterion_id in self._conn.execute(
                    "SELECT nominee_id, criterion_id FROM scores WHERE panel_id = ? AND"
                    " level IS NOT NULL", (panel_id,)):
                if criterion_id in info.criteria_set:
                    scored[nominee_id] = scored.get(nominee_id, 0) + 1
            total = len(info.criteria)
            return {nid: (scored.get(nid, 0), total) for (nid,) in self._conn.execute(
                "SELECT id FROM nominees WHERE panel_id = ? ORDER BY position", (panel_id,))}

    # ------------------------------------------------------------------ conflicts

    def declare_conflict(self, panel_id: str, nominee_id: str, reason: str) -> None:
        """Declare a conflict of interest; the nominee's scores stay but are locked."""
        reason = _clean_text(reason, "reason")
        with self._write("save the conflict") as conn:
            self._panel_info(panel_id)
            self._check_nominee(panel_id, nominee_id)
            row = conn.execute("SELECT reason FROM declared_conflicts WHERE panel_id = ? AND"
                               " nominee_id = ?", (panel_id, nominee_id)).fetchone()
            if row is not None and row[0] == reason:
                return
            at = _now()
            conn.execute(
                "INSERT INTO declared_conflicts (panel_id, nominee_id, reason, declared_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(panel_id, nominee_id) DO UPDATE SET"
                " reason = excluded.reason, declared_at = excluded.declared_at",
                (panel_id, nominee_id, reason, at))
            audit.append(conn, at=at, action="conflict_declared", panel_id=panel_id,
                         nominee_id=nominee_id, old=None if row is None else row[0], new=reason)

    def withdraw_conflict(self, panel_id: str, nominee_id: str) -> None:
        with self._write("withdraw the conflict") as conn:
            row = conn.execute("SELECT reason FROM declared_conflicts WHERE panel_id = ? AND"
                               " nominee_id = ?", (panel_id, nominee_id)).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM declared_conflicts WHERE panel_id = ? AND nominee_id = ?",
                         (panel_id, nominee_id))
            audit.append(conn, at=_now(), action="conflict_withdrawn", panel_id=panel_id,
                         nominee_id=nominee_id, old=row[0], new=None)

    def conflicts(self, panel_id: str) -> dict[str, str]:
        with self._lock, self._sql("read the conflicts"):
            return {n: r for n, r in self._conn.execute(
                "SELECT nominee_id, reason FROM declared_conflicts WHERE panel_id = ?"
                " ORDER BY nominee_id", (panel_id,))}

    # ------------------------------------------------------------------ audit and exports

    def audit_log(self, panel_id: str | None = None) -> list[dict[str, Any]]:
        with self._lock, self._sql("read the audit log"):
            return audit.entries(self._conn, panel_id)

    def audit_head(self) -> str:
        with self._lock, self._sql("read the audit log"):
            return audit.head(self._conn)

    def audit_summary(self, panel_id: str | None = None) -> dict[str, Any]:
        """Head, chain length, and ``panel_id``'s entry count and first/last time."""
        with self._lock, self._sql("read the audit log"):
            return audit.summary(self._conn, panel_id)

    def verify_audit_chain(self) -> bool:
        with self._lock, self._sql("read the audit log"):
            return audit.verify(self._conn)

    def audit_breaks(self) -> list[str]:
        """Where the audit chain or the scores were changed behind the app's back (one
        sentence per problem), empty when all is well."""
        with self._lock, self._sql("check the audit log"):
            return audit.find_breaks(self._conn)

    def acknowledge_audit_break(self, panel_id: str, sequence: int,
                                problems: Sequence[str]) -> None:
        """Record that the judge exported export ``sequence`` knowing the chain is broken."""
        with self._write("record the acknowledgement") as conn:
            audit.append(conn, at=_now(), action="audit_break_acknowledged", panel_id=panel_id,
                         new={"sequence": sequence, "rows": list(problems)})

    def reserve_export_sequence(self, panel_id: str, path: str = "") -> int:
        """Take the next export number of ``panel_id`` for good (committed before the file is
        written): a killed or concurrent export never lets a number be used twice."""
        with self._write("reserve the export number") as conn:
            self._panel_info(panel_id)
            row = conn.execute("SELECT MAX(sequence) FROM exports WHERE panel_id = ?",
                               (panel_id,)).fetchone()
            sequence = int(row[0] or 0) + 1
            conn.execute("INSERT INTO exports (panel_id, sequence, path, sha256, exported_at)"
                         " VALUES (?, ?, ?, NULL, NULL)", (panel_id, sequence, str(path)))
        backups.note_export(self.path.parent, panel_id, sequence, str(path), None)
        return sequence

    def next_export_sequence(self, panel_id: str) -> int:
        with self._lock, self._sql("read the exports"):
            row = self._conn.execute("SELECT MAX(sequence) FROM exports WHERE panel_id = ?",
                                     (panel_id,)).fetchone()
            return int(row[0] or 0) + 1

    def record_export(self, panel_id: str, sequence: int, path: str, sha256: str) -> None:
        with self._write("record the export") as conn:
            self._panel_info(panel_id)
            row = conn.execute("SELECT sha256 FROM exports WHERE panel_id = ? AND sequence = ?",
                               (panel_id, sequence)).fetchone()
            if row is not None and row[0] is not None:
                raise StoreError(f"export number {sequence} of this panel is already recorded",
                                 hint="Export again; the next number is used automatically.")
            at = _now()
            conn.execute("INSERT INTO exports (panel_id, sequence, path, sha256, exported_at)"
                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT(panel_id, sequence) DO UPDATE SET"
                         " path = excluded.path, sha256 = excluded.sha256, exported_at ="
                         " excluded.exported_at", (panel_id, sequence, str(path), sha256, at))
            # backups made from now on hold work the chair has not received: kept
            self._set_meta(_EXPORTED_AFTER_KEY,
                           str(backups.next_sequence(self.backups_dir) - 1))
            audit.append(conn, at=at, action="export_recorded", panel_id=panel_id,
                         new={"sequence": sequence, "path": str(path), "sha256": sha256})
        backups.note_export(self.path.parent, panel_id, sequence, str(path), sha256)

    # ------------------------------------------------------------------ backups and health

    def backup(self, dest: Path) -> None:
        """Copy the whole database to ``dest`` (SQLite backup API, then an atomic rename)."""
        dest = Path(dest)
        with self._lock, self._sql("back up the store"):
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp",
                                            dir=dest.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            try:
                target = sqlite3.connect(tmp_name, isolation_level=None)
                try:
                    self._conn.backup(target)
                    # A backup is one self-contained file, not a WAL database.
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
                fsync_file(tmp)
                replace_file(tmp, dest)
                fsync_dir(dest.parent)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise

    def _backup_to_dir(self, version: int) -> Path:
        self.backups_dir.mkdir(parents=True, exist_ok=True)
        dest = self.backups_dir / backups.backup_name(backups.next_sequence(self.backups_dir),
                                                      version)
        self.backup(dest)
        return dest

    def backup_if_due(self, interval_seconds: float = 600) -> Path | None:
        """Back up into the backups folder unless the newest backup (by sequence) was made
        less than the interval ago. A backup whose time lies in the future (the clock was set
        back) does not stop the next one.

        Rotation (``backups.rotate``) keeps the newest 10 of the current schema, each panel's
        newest backup with the most scores, every backup made after the last export, and
        all backups of older versions (made before migrations).
        """
        with self._lock, self._sql("back up the store"):
            if self.read_only:
                return None
            existing = backups.backup_files(self.backups_dir)
            if existing:
                age = time.time() - existing[-1].stat().st_mtime
                if 0 <= age < interval_seconds:
                    return None
            version = self.schema_version
            dest = self._backup_to_dir(version)
            after = self._meta(_EXPORTED_AFTER_KEY)
            backups.rotate(self.backups_dir, version,
                           exported_after=int(after) if after and after.isdigit() else 0)
            return dest

    @property
    def changes(self) -> int:
        """Rows changed through this connection so far (SQLite total_changes)."""
        with self._lock:
            return int(self._conn.total_changes)

    def integrity_ok(self) -> bool:
        with self._lock, self._sql("check the store"):
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                return False
            return not self._conn.execute("PRAGMA foreign_key_check").fetchall()


# ---------------------------------------------------------------- opening, the helpers

def check_home(home: Path) -> None:
    """Refuse to start a new store where a judge's work may be: the store file is missing,
    empty or not an SQLite file while a ``-wal`` or the backups folder holds data."""
    path = Path(home) / backups.STORE_NAME
    state = backups.store_state(path)
    if state == "present":
        return
    side = backups.has_side_data(path)
    folder = Path(home) / backups.BACKUPS_DIR
    files = backups.backup_files(folder)
    if state in ("missing", "empty") and not side and not files:
        return  # a new home (or one that never held anything): start afresh
    best = backups.newest_good(folder) if files else None
    what = {"missing": "the store file is missing", "empty": "the store file is empty",
            "damaged": "the store file is damaged (it is not a database)"}[state]
    if side:
        what += ", but its write-ahead log (store.sqlite-wal) holds data"
    elif files:
        what += ", but the backups folder holds your earlier work"
    raise StoreError(f"{what}; it is not started afresh", where=str(path),
                     hint=backups.restore_hint(Path(home), best))


def has_side_files(path: Path) -> bool:
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _refuse_newer(conn: sqlite3.Connection) -> None:
    current = migrations.user_version(conn)
    if current > migrations.latest_version():
        raise StoreError(
            f"the store was written by a newer version of ZeroDX Desktop (schema {current},"
            f" this version knows {migrations.latest_version()})",
            hint="Install the newer version of the app, or use another data folder.")
