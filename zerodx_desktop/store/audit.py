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
