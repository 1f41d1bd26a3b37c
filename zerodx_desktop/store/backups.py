"""The backups folder beside a store: naming, what each backup holds, rotation, restore.

Backups are named ``store-<sequence>-v<schema>.sqlite``: the sequence (six digits, counting
up) orders them, never the wall clock, so a clock set ahead and then back neither stops
backups nor makes a stale backup look newest. Files named by the older scheme
(``store-<UTC stamp>-v<schema>.sqlite``) count as older than every numbered one.

Rotation keeps the newest ``KEEP_BACKUPS`` of the current schema and never removes, for any
panel, the newest backup holding the most scores, nor any backup made after the last
export (those hold work the chair has not received yet).

A restore checks the chosen backup (integrity, audit chain, schema) on a copy, moves the
current store *with* its ``-wal``/``-shm`` files aside (so an old write-ahead log can never be
replayed into the restored file), then renames the copy into place.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from zerodx_desktop.core.errors import StoreError
from zerodx_desktop.store import audit, migrations

KEEP_BACKUPS = 10
STORE_NAME = "store.sqlite"
BACKUPS_DIR = "backups"
SIDE_FILES = ("-wal", "-shm", "-journal")
_NAME = re.compile(r"^store-(?P<key>[0-9TZ.]+)-v(?P<version>\d+)\.sqlite$")
_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")  # atomic_io's and Store.backup's temps
STALE_TEMP_S = 600  # a temporary file this old (by its own clock) belongs to a killed process
EXPORTS_LOG = "exports.log"  # beside the store: every export number ever taken


@dataclass(frozen=True)
class PanelCount:
    panel_id: str
    title: str
    scores: int  # criteria with a level


@dataclass(frozen=True)
class BackupInfo:
    """What one backup file holds (read without changing it)."""

    path: Path
    sequence: int  # 0 for a file named by the old clock-stamp scheme
    version: int
    modified: str  # the file's modification time, ISO 8601 UTC (shown, never used to order)
    panels: tuple[PanelCount, ...] = ()
    good: bool = False  # opens, integrity_check ok, audit chain intact, schema known
    problem: str = ""  # why it is not good
    last_change: str = ""  # the time of its newest audit entry

    @property
    def scores(self) -> int:
        return sum(p.scores for p in self.panels)

    @property
    def sort_key(self) -> tuple[int, str]:
        return (self.sequence, self.path.name)


@dataclass
class RestoreDone:
    restored: BackupInfo
    kept: list[Path] = field(default_factory=list)  # the previous store's files, moved aside


def parse_name(name: str) -> tuple[int, int] | None:
    """(sequence, schema version) of a backup file name, or None if it is not one."""
    m = _NAME.match(name)
    if m is None:
        return None
    key = m.group("key")
    return (int(key) if key.isdigit() else 0, int(m.group("version")))


def backup_files(folder: Path) -> list[Path]:
    """Backup files in ``folder``, oldest first (by sequence, then name)."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        parsed = parse_name(p.name)
        if parsed is not None and p.is_file():
            found.append((parsed[0], p.name, p))
    return [p for _s, _n, p in sorted(found)]


def next_sequence(folder: Path) -> int:
    files = backup_files(folder)
    if not files:
        return 1
    last = parse_name(files[-1].name)
    return (last[0] if last else 0) + 1


def backup_name(sequence: int, version: int) -> str:
    return f"store-{sequence:06d}-v{version}.sqlite"


def _ro_connect(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written while it is read, and no -wal/-shm is created
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def inspect(path: Path, *, check: bool = True) -> BackupInfo:
    """What ``path`` (a backup or a store file) holds, and whether it can be restored."""
    parsed = parse_name(path.name) or (0, 0)
    try:
        st = path.stat()
        modified = datetime.fromtimestamp(st.st_mtime, UTC).strftime("%Y-%m-%d %H:%M")
    except OSError as exc:
        return BackupInfo(path, parsed[0], parsed[1], "", problem=exc.strerror or str(exc))
    if st.st_size == 0:
        return BackupInfo(path, parsed[0], parsed[1], modified, problem="the file is empty")
    try:
        conn = _ro_connect(path)
    except sqlite3.Error as exc:
        return BackupInfo(path, parsed[0], parsed[1], modified, problem=str(exc))
    try:
        version = migrations.user_version(conn)
        panels: tuple[PanelCount, ...] = ()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "panels" in tables:
            counts = dict(conn.execute("SELECT panel_id, COUNT(*) FROM scores WHERE level IS"
                                       " NOT NULL GROUP BY panel_id").fetchall())
            panels = tuple(PanelCount(pid, title, int(counts.get(pid, 0))) for pid, title in
                           conn.execute("SELECT id, title FROM panels ORDER BY rowid"))
        last = ""
        if "audit" in tables:
            row = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            last = str(row[0]) if row else ""
        problem = ""
        if version > migrations.latest_version():
            problem = f"written by a newer version of the app (schema {version})"
        elif check:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                problem = "the file is damaged (integrity check failed)"
            elif "audit" in tables and audit.find_breaks(conn):
                problem = "its audit chain is broken (rows were changed outside the app)"
        elif version == 0:
            problem = "it holds no store"
        return BackupInfo(path, parsed[0], version, modified, panels, good=not problem,
                          problem=problem, last_change=last)
    except sqlite3.Error as exc:
        return BackupInfo(path, parsed[0], parsed[1], modified,
                          problem=f"the file is damaged ({exc})")
    finally:
        conn.close()


def list_backups(folder: Path, *, check: bool = True) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first."""
    return [inspect(p, check=check) for p in reversed(backup_files(folder))]


def newest_good(folder: Path) -> BackupInfo | None:
    """The newest backup that can be restored (checked newest first; stops at the first)."""
    for p in reversed(backup_files(folder)):
        info = inspect(p)
        if info.good and info.panels:
            return info
    return None


def rotate(folder: Path, version: int, exported_after: int) -> list[Path]:
    """Remove old backups of schema ``version``; returns what was removed.

    Kept: the newest ``KEEP_BACKUPS``; for each panel, the newest backup with the most scores;
    every backup whose sequence is above ``exported_after`` (made after the last export).
    """
    files = [p for p in backup_files(folder) if (parse_name(p.name) or (0, 0))[1] == version]
    if len(files) <= KEEP_BACKUPS:
        return []
    keep = set(files[-KEEP_BACKUPS:])
    best: dict[str, tuple[int, int, Path]] = {}
    for p in files:
        seq = (parse_name(p.name) or (0, 0))[0]
        if seq > exported_after:
            keep.add(p)
        info = inspect(p, check=False)
        for pc in info.panels:
            held = best.get(pc.panel_id)
            if held is None or (pc.scores, seq) >= (held[0], held[1]):
                best[pc.panel_id] = (pc.scores, seq, p)
    keep.update(p for _n, _s, p in best.values())
    removed = []
    for p in files:
        if p not in keep:
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def clean_temp_files(folder: Path, *, prefixes: tuple[str, ...] = ()) -> list[Path]:
    """Remove temporary files a killed process left in ``folder`` (``.NAME.XXXXXXXX.tmp``),
    older than ``STALE_TEMP_S`` by the file's own time (a clock set back keeps them: safe).
    ``prefixes`` limits it to temporaries of those file names."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for p in entries:
        if not _TEMP.match(p.name):
            continue
        if prefixes and not any(p.name.startswith(f".{name}.") for name in prefixes):
            continue
        try:
            st = p.lstat()
            if not p.is_file() or p.is_symlink() or now - st.st_mtime < STALE_TEMP_S:
                continue
            p.unlink()
            removed.append(p)
        except OSError:
            continue
    return removed


# ------------------------------------------------------------------ the store file's state

def has_side_data(store: Path) -> bool:
    """A ``-wal`` (or rollback journal) with content beside ``store``."""
    for suffix in ("-wal", "-journal"):
        side = store.with_name(store.name + suffix)
        with contextlib.suppress(OSError):
            if side.stat().st_size > 0:
                return True
    return False


def store_state(store: Path) -> str:
    """"missing", "empty" (0 bytes), "damaged" (not an SQLite file) or "present"."""
    try:
        size = store.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    try:
        with store.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return "present"  # unreadable: opening it says why
    return "present" if header == b"SQLite format 3\x00" else "damaged"


def restore_hint(home: Path, best: BackupInfo | None) -> str:
    if best is None:
        return ("No good backup was found in the backups folder. Do not start over in this "
                "folder: keep it as it is and ask for help; your exported score sheets are "
                "safe.")
    return (f"The newest good backup is {best.path.name} ({best.modified} UTC, "
            f"{describe_panels(best)}). Restore it with: zerodx --home \"{home}\" restore "
            f"(or File \u25b8 Restore from backup\u2026 in the app); the current store is kept "
            "beside it.")


def describe_panels(info: BackupInfo) -> str:
    if not info.panels:
        return "no panel"
    return "; ".join(f"{p.title}: {p.scores} score{'s' if p.scores != 1 else ''}"
                     for p in info.panels)


# ------------------------------------------------------------------ export numbers

def note_export(folder: Path, panel_id: str, sequence: int, path: str,
                sha256: str | None) -> None:
    """Append one line to the exports log in ``folder`` (the home), so a restored (older) store
    still knows every export number already taken and never hands one out twice. Best
    effort: the store itself is the record; a line cut by a kill is skipped when read."""
    import json

    line = json.dumps({"panel_id": panel_id, "sequence": sequence, "path": path,
                       "sha256": sha256}, ensure_ascii=False) + "\n"
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / EXPORTS_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)


def _known_exports(folder: Path, replaced: Path) -> list[tuple[str, int, str, str | None]]:
    import json

    rows: list[tuple[str, int, str, str | None]] = []
    with contextlib.suppress(OSError):
        for line in (folder / EXPORTS_LOG).read_text("utf-8", errors="replace").splitlines():
            try:
                doc = json.loads(line)
                rows.append((str(doc["panel_id"]), int(doc["sequence"]), str(doc["path"] or ""),
                             doc.get("sha256")))
            except (ValueError, KeyError, TypeError):
                continue  # a line cut by a kill
    if store_state(replaced) == "present":
        try:
            conn = sqlite3.connect(f"{replaced.resolve().as_uri()}?mode=ro", uri=True)
            try:
                rows += [(str(p), int(q), str(w or ""), h) for p, q, w, h in conn.execute(
                    "SELECT panel_id, sequence, path, sha256 FROM exports")]
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # a damaged store: the log is what is known
    return rows


def _carry_exports(copy: Path, rows: list[tuple[str, int, str, str | None]]) -> None:
    """Export numbers taken after the backup was made go into the restored copy."""
    if not rows:
        return
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "exports" not in tables:
            return  # a backup from before schema 2: opening it upgrades it, numbers start anew
        panels = {r[0] for r in conn.execute("SELECT id FROM panels")}
        conn.execute("BEGIN")
        for panel_id, sequence, path, sha in rows:
            if panel_id in panels:
                conn.execute("INSERT INTO exports (panel_id, sequence, path, sha256, exported_at)"
                             " VALUES (?, ?, ?, ?, NULL) ON CONFLICT(panel_id, sequence) DO"
                             " NOTHING", (panel_id, sequence, path, sha))
        conn.execute("COMMIT")
    finally:
        conn.close()


# ------------------------------------------------------------------ restore

def in_use_elsewhere(store: Path) -> bool:
    """Whether another process has ``store`` open (SQLite holds a shared lock on the -shm
    file's "dead man switch" byte while a connection is open). POSIX only; never call it
    in a process that itself has the store open (closing this descriptor would drop that
    process's own SQLite locks)."""
    shm = store.with_name(store.name + "-shm")
    if os.name != "posix" or not shm.is_file():
        return False
    import fcntl

    dms = 128  # SQLite's unix VFS: UNIX_SHM_BASE (120) + SQLITE_SHM_NLOCK (8)
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, dms)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, dms)
        return False
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore(home: Path, backup: Path | None = None) -> RestoreDone:
    """Put ``backup`` (default: the newest good one) back as ``<home>/store.sqlite``.

    Nothing may have the store open. The backup is copied and checked first; only then is the
    current store (with its -wal/-shm) renamed to ``store-replaced-<stamp>.sqlite`` beside it.
    """
    home = Path(home)
    folder = home / BACKUPS_DIR
    if backup is None:
        info = newest_good(folder)
        if info is None:
            raise StoreError("there is no good backup to restore", where=str(folder),
                             hint="Run 'zerodx restore --list' to see what each backup holds.")
    else:
        path = Path(backup)
        if not path.is_absolute() and not path.exists():
            path = folder / path
        if not path.is_file():
            raise StoreError("no such backup", where=str(backup),
                             hint="Run 'zerodx restore --list' to see the backups.")
        info = inspect(path)
    target = home / STORE_NAME
    fd, tmp_name = tempfile.mkstemp(prefix=f".{STORE_NAME}.", suffix=".tmp", dir=home)
    os.close(fd)
    tmp = Path(tmp_name)
    kept: list[Path] = []
    try:
        shutil.copyfile(info.path, tmp)
        _fsync(tmp)
        checked = inspect(tmp)  # the copy that goes into place is the one checked
        if not checked.good:
            raise StoreError(f"this backup cannot be restored: {checked.problem or info.problem}",
                             where=str(info.path),
                             hint="Choose another backup ('zerodx restore --list').")
        _carry_exports(tmp, _known_exports(home, target))
        _fsync(tmp)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = home / f"store-replaced-{stamp}.sqlite"
        n = 1
        while any(aside.with_name(aside.name + s).exists() for s in ("", *SIDE_FILES)):
            n += 1
            aside = home / f"store-replaced-{stamp}-{n}.sqlite"
        # the -wal and -shm go first: a store file without them is safe, an old WAL beside a
        # restored file is not
        for suffix in (*SIDE_FILES, ""):
            src = target.with_name(target.name + suffix)
            if src.exists():
                os.replace(src, aside.with_name(aside.name + suffix))
                kept.append(aside.with_name(aside.name + suffix))
        os.replace(tmp, target)
        if os.name == "posix":
            _fsync(home)
    except OSError as exc:
        from zerodx_desktop.atomic_io import is_disk_full

        what = "the disk is full" if is_disk_full(exc, home) else (exc.strerror or str(exc))
        raise StoreError(f"could not restore the backup: {what}", where=str(home),
                         hint="Nothing was replaced unless listed; free some space or check "
                              "the folder's permissions, then try again.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return RestoreDone(info, kept)
