"""The one atomic-replace mechanism: temp file in the same folder, flush, fsync, rename, fsync
the folder. Raises plain OSError; callers turn it into the error their layer speaks
(formats.atomic -> UserError for exports, the store -> StoreError)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether ``exc`` means the disk is full: ENOSPC/EDQUOT, SQLite's "database or disk is
    full", or a write error (SQLite's "disk I/O error", EIO) while ``folder``'s disk has next
    to no free space left. The one place that decides it, so every layer names it the same."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text:
        return True
    vague = "disk i/o" in text or (isinstance(exc, OSError) and exc.errno == errno.EIO)
    if vague and folder is not None:
        import shutil

        try:
            return shutil.disk_usage(folder).free < 1024 * 1024
        except OSError:
            return False
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(target: Path, *, mode: int | None = None) -> Iterator[IO[bytes]]:
    """Yield a binary file that atomically replaces ``target`` when the block succeeds.

    On any exception the temporary file is removed and ``target`` is untouched. mkstemp makes
    0600 files; the result gets ``mode``, else the target's mode, else the usual 0666 & ~umask
    (a file that travels must be readable as usual; secrets pass mode=0o600).
    """
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        if mode is None:
            try:
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
