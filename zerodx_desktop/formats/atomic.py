"""Atomic file writes for everything the app exports, with errors a person can act on."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from zerodx_desktop.atomic_io import is_disk_full, replacing
from zerodx_desktop.core.errors import UserError


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str], *, mode: int | None = None
                  ) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it atomically replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left untouched; an
    OSError (disk full, read-only folder) becomes a UserError naming the file.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder does not exist", where=str(folder),
                        hint="Choose an existing folder to save into.")
    try:
        with replacing(path, mode=mode) as fh:
            yield fh
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
