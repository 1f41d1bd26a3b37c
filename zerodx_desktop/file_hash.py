"""The SHA-256 of a file, the one way every layer computes it (read in 1 MiB blocks).

A file that cannot be read raises :class:`UserError` naming the file ("cannot read the file
(reason)"); callers that record an unreadable file with an empty checksum say so themselves.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from zerodx_desktop.core.errors import UserError

BLOCK = 1 << 20


def file_sha256(path: str | Path) -> str:
    """The lowercase hex SHA-256 of the file at ``path``."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(BLOCK):
                h.update(block)
    except OSError as exc:
        raise UserError(f"cannot read the file ({exc.strerror or exc})",
                        where=str(path)) from exc
    return h.hexdigest()
