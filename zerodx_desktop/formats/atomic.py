"""Atomic file writes: temp file in the same folder, flush, fsync, rename over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from zerodx_desktop.core.errors import UserError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], *, mode: int | None = None
                  ) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it atomically replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left untouched.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder does not exist", where=str(folder),
                        hint="Choose an existing folder to save into.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write here ({exc.strerror})", where=str(folder),
                        hint="Choose a folder you can write to.") from exc
    tmp = Path(tmp_name)
    try:
        # mkstemp makes 0600 files; a file that travels gets the usual mode (or keeps the
        # target's). Secrets (the private key) pass mode=0o600.
        if mode is None:
            try:
                mode = path.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"could not save the file ({exc.strerror or exc})", where=str(path),
                        hint="Check free disk space and permissions, then try again.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes, *,
                       mode: int | None = None) -> None:
    with atomic_writer(target, mode=mode) as fh:
        fh.write(data)
