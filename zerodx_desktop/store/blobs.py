"""Content-addressed attachment files: ``<folder>/ab/cdef...`` named by their SHA-256.

Each file is written to a temporary file beside it, fsynced and renamed into place, so a
file that exists under its hash is complete. Files are written before the database row that
names them commits; a crash in between leaves a harmless orphan that the next import reuses.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from zerodx_desktop.atomic_io import fsync_dir, replacing

_HEX = re.compile(r"[0-9a-f]{64}")


def valid_sha256(value: str) -> bool:
    return bool(_HEX.fullmatch(value))


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (the shared mechanism; raises OSError)."""
    with replacing(target) as fh:
        fh.write(data)


class BlobFiles:
    """The folder of attachment files."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not valid_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, sha256: str, data: bytes) -> Path:
        """Store ``data`` (whose hash the caller has checked) unless it is already there."""
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            return target
        new_folder = not target.parent.is_dir()
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)
        if new_folder:
            fsync_dir(self.root)  # make the new ab/ folder entry itself durable
        return target

    def get(self, sha256: str) -> bytes:
        """The bytes of a stored file, checked against the hash (raises ValueError if not)."""
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"attachment {sha256} is damaged on disk")
        return data
