"""Framework files (``*.json``) in: read with a size limit, then validate in core."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import FrameworkError
from zerodx_desktop.core.framework import Framework, framework_from_bytes, framework_from_dict
from zerodx_desktop.core.framework_schema import MAX_FRAMEWORK_BYTES
from zerodx_desktop.formats.limits import SNIFF_BYTES, sniff_bytes, sniff_file, wrong_kind_error


def _folder(p: Path) -> FrameworkError:
    return FrameworkError("this is a folder, not a framework file", where=str(p),
                          hint="Choose the framework's .json file itself.")


def read_framework_file(path: str | os.PathLike[str]) -> Framework:
    """Read and validate a framework file; every problem is a ``FrameworkError``.

    File-level problems (missing, unreadable, too large, not UTF-8, not JSON) name the file in
    ``where``; problems inside the document name the field as a JSON path and the file in
    ``hint``.
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FRAMEWORK_BYTES:
                raise FrameworkError(
                    f"is too large ({size:,} bytes; a framework may be at most "
                    f"{MAX_FRAMEWORK_BYTES // (1024 * 1024)} MB)",
                    where=str(p), hint="Check that this is a framework file.")
            # Read one byte more than allowed so a file that grows while we read is caught too.
            data = fh.read(MAX_FRAMEWORK_BYTES + 1)
    except FileNotFoundError as exc:
        raise FrameworkError("file not found", where=str(p),
                             hint="Check the path to the framework file.") from exc
    except IsADirectoryError as exc:
        raise _folder(p) from exc
    except OSError as exc:
        if p.is_dir():  # Windows refuses to open a folder with "permission denied"
            raise _folder(p) from exc
        raise FrameworkError(f"cannot be read ({exc.strerror or exc})", where=str(p)) from exc
    if sniff_bytes(data[:SNIFF_BYTES]) not in ("json", "framework", "text", "other",
                                                  "empty"):
        # a spreadsheet, a PDF, a judge card...: say what it is, not "not UTF-8 at byte 10"
        raise wrong_kind_error(p, sniff_file(p), "framework", error=FrameworkError)
    try:
        return framework_from_bytes(data, where=str(p))
    except FrameworkError as exc:
        if exc.where == str(p):
            raise
        fix = f"Fix this in {p.name} and load it again."
        raise FrameworkError(exc.what, where=exc.where,
                             hint=f"{exc.hint} {fix}" if exc.hint else fix) from exc


def load_framework(source: dict[str, Any] | bytes | str | os.PathLike[str]) -> Framework:
    """A framework from a parsed document, JSON bytes, or a file path (str or Path)."""
    if isinstance(source, dict):
        return framework_from_dict(source)
    if isinstance(source, bytes | bytearray):
        return framework_from_bytes(bytes(source))
    return read_framework_file(source)
