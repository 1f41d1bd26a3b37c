"""The hash-chained audit log: every change to the judge's store, in order, tamper-evident.

Each entry stores ``prev_hash`` (the previous entry's hash, or 64 zeros for the first) and
``hash = sha256(prev_hash + canonical_json(fields))`` where ``fields`` are the entry's seq, at,
action, panel_id, nominee_id, criterion_id, old and new. The newest hash is also kept in the
``meta`` table, so deleting the last entries is detected too.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from zerodx_desktop.core.canonical import canonical_json, sha256_hex

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

# What each action means (old/new hold JSON values).
ACTIONS = (
    "score_set",          # old/new: level (int or null)
    "score_cleared",      # old: level, new: null
    "comment_set",        # old/new: comment text
    "score_dropped",      # a newer round removed the nominee/criterion; old: {"level", "comment"}
    "conflict_declared",  # old: previous reason or null, new: reason
    "conflict_withdrawn",  # old: reason
    "conflict_dropped",   # a newer round removed the nominee; old: reason
    "panel_imported",     # old: previous round or null, new: {"round", "title", ...}
    "export_recorded",    # new: {"sequence", "path", "sha256"}
    "audit_break_acknowledged",  # new: {"sequence", "rows"}: exported over a broken chain
)

FIELDS = ("seq", "at", "action", "panel_id", "nominee_id", "criterion_id", "old", "new")


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The hash of one entry: sha256 over prev_hash and the canonical JSON of its fields."""
    body = {k: fields[k] for k in FIELDS}
    return sha256_hex(prev_hash.encode("ascii") + canonical_json(body))


def _dump(value: Any) -> str:
    return canonical_json(value).decode("utf-8")


def append(conn: sqlite3.Connection, *, at: str, action: str, panel_id: str | None,
           nominee_id: str | None = None, criterion_id: str | None = None,
           old: Any = None, new: Any = None) -> str:
    """Append one entry; the caller holds the write transaction. Returns the new head hash."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    fields = {"seq": seq, "at": at, "action": action, "panel_id": panel_id,
              "nominee_id": nominee_id, "criterion_id": criterion_id,
              "old": json.loads(_dump(old)), "new": json.loads(_dump(new))}
    digest = entry_hash(prev, fields)
    conn.execute(
        "INSERT INTO audit (seq, at, action, panel_id, nominee_id, criterion_id, old, new,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (seq, at, action, panel_id, nominee_id, criterion_id, _dump(old), _dump(new),
         prev, digest))
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (HEAD_KEY, digest))
    return digest


_SELECT = ("SELECT seq, at, action, panel_id, nominee_id, criterion_id, old, new, prev_hash, hash"
           " FROM audit")


def _row_to_entry(row: tuple[Any, ...]) -> dict[str, Any]:
    seq, at, action, panel_id, nominee_id, criterion_id, old, new, prev_hash, digest = row
    return {"seq": seq, "at": at, "action": action, "panel_id": panel_id,
            "nominee_id": nominee_id, "criterion_id": criterion_id,
            "old": json.loads(old) if old is not None else None,
            "new": json.loads(new) if new is not None else None,
            "prev_hash": prev_hash, "hash": digest}


def entries(conn: sqlite3.Connection, panel_id: str | None = None) -> list[dict[str, Any]]:
    if panel_id is None:
        rows = conn.execute(_SELECT + " ORDER BY seq").fetchall()
    else:
        rows = conn.execute(_SELECT + " WHERE panel_id = ? ORDER BY seq", (panel_id,)).fetchall()
    return [_row_to_entry(r) for r in rows]


def head(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def summary(conn: sqlite3.Connection, panel_id: str | None = None) -> dict[str, Any]:
    """What an exported sheet carries by default instead of the history (no old values):
    the chain's head hash and length, and how many entries ``panel_id`` has (every panel
    when None) with the time of the first and the last."""
    (length,) = conn.execute("SELECT COUNT(*) FROM audit").fetchone()
    events, first_seq, last_seq = conn.execute(
        "SELECT COUNT(*), MIN(seq), MAX(seq) FROM audit WHERE ?1 IS NULL OR panel_id = ?1",
        (panel_id,)).fetchone()

    def at(seq: int | None) -> str | None:
        row = conn.execute("SELECT at FROM audit WHERE seq = ?", (seq,)).fetchone()
        return str(row[0]) if row else None

    first, last = at(first_seq), at(last_seq)
    return {"head": head(conn), "chain_length": int(length), "events": int(events),
            "first_at": first, "last_at": last}


def find_breaks(conn: sqlite3.Connection, *, limit: int = 50) -> list[str]:
    """Where the chain (or the scores it describes) was changed behind the app's back: one
    sentence per problem (at most ``limit``), empty when all is well.

    Checked: each entry's hash, its link to the previous entry, seqs running 1, 2, 3..., the
    head recorded in ``meta``, and every score and comment in ``scores`` against the last value
    its audit entries gave it (an edited or deleted score row shows up here).
    """
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    cells: dict[tuple[str, str, str], list[Any]] = {}
    for row in conn.execute(_SELECT + " ORDER BY seq"):
        seq = row[0]
        try:
            entry = _row_to_entry(row)
        except (ValueError, TypeError):
            problems.append(f"audit row {seq}: its values cannot be read")
            prev, expected_seq = str(row[9]), int(seq) + 1
            continue
        if entry["seq"] != expected_seq:
            problems.append(f"audit rows {expected_seq}\u2013{entry['seq'] - 1} are missing"
                            if entry["seq"] > expected_seq else
                            f"audit row {entry['seq']} is out of order")
        elif entry["prev_hash"] != prev:
            problems.append(f"audit row {seq}: it does not follow row {seq - 1}")
        try:
            ok = entry_hash(entry["prev_hash"], entry) == entry["hash"]
        except (ValueError, TypeError):
            ok = False
        if not ok:
            problems.append(f"audit row {seq} ({entry['action']}): changed after it was written")
        _replay(cells, entry)
        prev = entry["hash"]
        expected_seq = int(entry["seq"]) + 1
        if len(problems) >= limit:
            return problems
    stored = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if (stored is not None and stored[0] != prev) or (stored is None and prev != GENESIS):
        problems.append(f"the last audit rows after row {expected_seq - 1} were removed"
                        if stored is not None else "the audit head is missing")
    found = {(p, n, c): [lv, cm] for p, n, c, lv, cm in conn.execute(
        "SELECT panel_id, nominee_id, criterion_id, level, comment FROM scores")}
    for key in sorted(set(cells) | set(found)):
        want = cells.get(key, [None, ""])
        got = found.get(key, [None, ""])
        if want != got and len(problems) < limit:
            _panel, nominee, criterion = key
            problems.append(f"score {nominee} / {criterion}: the store holds level {got[0]}"
                            f"{' with another comment' if got[1] != want[1] else ''}, its audit "
                            f"history says level {want[0]}")
    return problems


def _replay(cells: dict[tuple[str, str, str], list[Any]], entry: dict[str, Any]) -> None:
    """Apply one entry to ``cells`` ({(panel, nominee, criterion): [level, comment]})."""
    action = entry["action"]
    key = (entry["panel_id"], entry["nominee_id"], entry["criterion_id"])
    if action in ("score_set", "score_cleared"):
        cells.setdefault(key, [None, ""])[0] = entry["new"]
    elif action == "comment_set":
        cells.setdefault(key, [None, ""])[1] = entry["new"]
    elif action == "score_dropped":
        cells.pop(key, None)
    else:
        return
    if cells.get(key) == [None, ""]:
        del cells[key]  # a cell with no level and no comment has no row


def verify(conn: sqlite3.Connection) -> bool:
    """True when every entry hashes correctly, links to the previous one, seqs run 1, 2, 3...
    and the last hash is the head recorded in ``meta``."""
    prev = GENESIS
    expected_seq = 1
    for row in conn.execute(_SELECT + " ORDER BY seq"):
        try:
            entry = _row_to_entry(row)
            if entry["seq"] != expected_seq or entry["prev_hash"] != prev:
                return False
            if entry_hash(prev, entry) != entry["hash"]:
                return False
        except (ValueError, TypeError):
            return False
        prev = entry["hash"]
        expected_seq += 1
    stored = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if stored is None:
        return prev == GENESIS
    return bool(stored[0] == prev)
