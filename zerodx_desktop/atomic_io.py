"""Atomic file writes, the one mechanism every layer uses: a temporary file in the same folder,
flushed and fsynced, renamed over the target, then the folder fsynced.

``replacing`` raises plain OSError (the store turns it into a StoreError); ``atomic_writer`` and
``atomic_write_bytes`` turn it into a UserError naming the file (every export).

Platform rules, in one place:
- POSIX: after the rename the folder itself is fsynced so the new entry survives a crash.
- Windows: a folder cannot be opened for fsync (NTFS journals the rename), so that step is
  skipped; ``os.fsync`` needs a handle with write access; and ``os.replace`` fails with
  PermissionError while another program (a virus scanner, the search indexer, a file preview)
  briefly holds the target, so it is retried for about two seconds before giving up.
- macOS: ``fsync`` does not reach the disk platter; the store asks SQLite for ``fullfsync``
  (store.py), and files written here get ``F_FULLFSYNC`` through ``fsync_fd``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from zerodx_desktop.core.errors import UserError

WINDOWS = os.name == "nt"
MACOS = sys.platform == "darwin"
# seconds to wait before each new attempt of os.replace on Windows (about 2 s in all)
REPLACE_RETRY_DELAYS = (0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 0.75)


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


def fsync_fd(fd: int) -> None:
    """Flush a file's data to the disk (``F_FULLFSYNC`` on macOS, where plain fsync only
    reaches the drive's cache; plain fsync where that is refused, e.g. network shares)."""
    if MACOS:
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
                return
            except OSError:
                pass
    os.fsync(fd)


def fsync_file(path: str | os.PathLike[str]) -> None:
    """fsync a closed file by name (Windows needs write access to flush a handle)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) if WINDOWS else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        fsync_fd(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a folder's entries (a rename, a new file) durable; nothing to do on Windows."""
    if WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], *,
                 sleep: Callable[[float], None] | None = None) -> None:
    """``os.replace``, retried on Windows while another program briefly holds ``dst``."""
    delays = REPLACE_RETRY_DELAYS if WINDOWS else ()
    for delay in delays:
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            (sleep or time.sleep)(delay)
    os.replace(src, dst)


@contextlib.contextmanager
def replacing(target: Path, *, mode: int | None = None) -> Iterator[IO[bytes]]:
    """Yield a binary file that atomically replaces ``target`` when the block succeeds.

    On any exception the temporary file is removed and ``target`` is untouched. mkstemp makes
    0600 files; the result gets ``mode``, else the target's mode, else the usual 0666 & ~umask
    (a file that travels must be readable as usual; secrets pass mode=0o600).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=folder)
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
            fsync_fd(fh.fileno())
        replace_file(tmp, target)
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], *, mode: int | None = None
                  ) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it atomically replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left untouched; an
    OSError (disk full, read-only folder, a file held open elsewhere) becomes a UserError
    naming the file.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder does not exist", where=str(folder),
                        hint="Choose an existing folder to save into.")
    try:
        with replacing(path, mode=mode) as fh:
            yield fh
    except PermissionError as exc:
        raise UserError(f"could not save the file ({exc.strerror or exc})", where=str(path),
                        hint="Close the file if another program has it open, check that the "
                             "folder is writable, then try again.") from exc
    except OSError as exc:
        if is_disk_full(exc, folder):
            raise UserError("could not save the file: the disk is full", where=str(path),
                            hint="Free some disk space, then try again.") from exc
        raise UserError(f"could not save the file ({exc.strerror or exc})", where=str(path),
                        hint="Check free disk space and permissions, then try again.") from exc


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes, *,
                       mode: int | None = None) -> None:
    with atomic_writer(target, mode=mode) as fh:
        fh.write(data)
