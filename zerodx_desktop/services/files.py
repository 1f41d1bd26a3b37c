"""Files as the front ends hand them over: check an input before any work, save bytes
atomically (the temporary-file-then-rename rule of every write)."""

from __future__ import annotations

import os
from pathlib import Path


def require_file(path: str | os.PathLike[str], what: str, expect: str | None = None,
                 hint: str | None = None) -> Path:
    """An input file checked before any work: it exists, is a regular file, and is not
    recognisably another kind of file (UserError otherwise)."""
    from zerodx_desktop.formats.limits import require_file as check

    return check(path, what, expect=expect, hint=hint)


def sniff_file(path: str | os.PathLike[str]) -> str:
    """``missing``, ``folder``, ``special`` (a pipe, a device) or what kind of file it is."""
    from zerodx_desktop.formats.limits import sniff_file as sniff

    return sniff(path)


def save_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (UserError naming the file on failure)."""
    from zerodx_desktop.atomic_io import atomic_write_bytes

    atomic_write_bytes(path, data)
