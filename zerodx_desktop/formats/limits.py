"""Limits for untrusted zip archives (panel packages, .xlsx workbooks) checked before reading.

``open_untrusted_zip`` looks at the archive's directory only: file size, member count, sizes
declared in the headers, compression ratios, overlapping members, and member names that could
escape a folder (nothing here ever extracts by name, but a name like ``../x`` says the file
was made to attack something). ``iter_member`` / ``read_member`` then stream a member and
count the bytes that really come out, because headers can lie.

Every problem is raised as ``error`` (a ``UserError`` subclass, ``PackageError`` by default)
with a message a person can act on.
"""

from __future__ import annotations

import itertools
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from zerodx_desktop.core.errors import PackageError, UserError

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

CHUNK = 256 * KiB

_DRIVE = re.compile(r"^[A-Za-z]:")
_EOCD_SIG = b"PK\x05\x06"
_EOCD_MIN = 22
_EOCD_SEARCH = 64 * KiB + _EOCD_MIN
_S_IFMT = 0o170000


@dataclass(frozen=True)
class ZipLimits:
    """What an untrusted archive may declare before a single member byte is read."""

    max_file_size: int = 2 * GiB
    max_members: int = 10_000
    max_member_size: int = 64 * MiB  # uncompressed, per member
    max_total_size: int = 2 * GiB  # uncompressed, all members together
    max_ratio: int = 200  # uncompressed:compressed, for members above ``ratio_floor``
    ratio_floor: int = 1 * MiB
    max_name_length: int = 1024
    allowed_methods: frozenset[int] = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


DEFAULT_LIMITS = ZipLimits()

DAMAGED_HINT = "The file is damaged or incomplete; ask the sender to send it again."
HOSTILE_HINT = ("The file was not made by this application and may be crafted to cause "
                "harm; do not use it. Ask the sender for a new copy.")


def _size(n: int) -> str:
    if n >= GiB:
        return f"{n / GiB:.1f} GiB"
    if n >= MiB:
        return f"{n / MiB:.1f} MB"
    if n >= KiB:
        return f"{n / KiB:.0f} KB"
    return f"{n} bytes"


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is unsafe (a reason to show a person), or None when it is fine."""
    if not name:
        return "an empty member name"
    if "\x00" in name:
        return "a NUL character in a member name"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return "a control character in a member name"
    if "\\" in name:
        return "a backslash in a member name (a Windows path)"
    if name.startswith("/"):
        return "an absolute member path"
    if _DRIVE.match(name):
        return "a drive letter in a member name"
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return "a member path that climbs out of its folder ('..')"
    if any(p in ("", ".") for p in parts):
        return "an empty or '.' path component"
    return None


def _where(where: str, name: str) -> str:
    return f"{where}: {name}" if name else where


def _precheck_end_record(fh: BinaryIO, file_size: int, where: str, limits: ZipLimits,
                         error: type[UserError]) -> None:
    """Read the end-of-central-directory record and count the central directory's entries
    ourselves, before zipfile builds an object per member: a directory claiming (or holding)
    millions of entries is refused without parsing it. Anything malformed is left for
    zipfile to report."""
    tail_len = min(file_size, _EOCD_SEARCH)
    fh.seek(file_size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or len(tail) - pos < _EOCD_MIN:
        return
    cd_end = file_size - tail_len + pos
    entries, cd_size, _offset = struct.unpack("<HII", tail[pos + 10: pos + 20])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or _offset == 0xFFFFFFFF:
        # zip64: a 20-byte locator, and before it the 56-byte zip64 end record
        rec_at = cd_end - 20 - 56
        if rec_at < 0:
            return
        fh.seek(rec_at)
        rec = fh.read(56 + 20)
        if rec[:4] != b"PK\x06\x06" or rec[56:60] != b"PK\x06\x07":
            return
        entries, cd_size, _offset = struct.unpack("<QQQ", rec[32:56])
        cd_end = rec_at
    too_many = (f"the archive holds {{:,}} members; at most {limits.max_members:,} are "
                "allowed")
    if entries > limits.max_members:
        raise error(too_many.format(entries), where=where, hint=HOSTILE_HINT)
    # a central directory entry is 46 bytes + name + extra fields + comment
    max_cd = limits.max_members * (46 + limits.max_name_length + 1024)
    if cd_size > max_cd:
        raise error(f"the archive's directory is {_size(cd_size)}, far more than its "
                    "contents need", where=where, hint=HOSTILE_HINT)
    if cd_size > cd_end:
        return
    fh.seek(cd_end - cd_size)
    cd = fh.read(cd_size)
    count, at = 0, 0
    while at + 46 <= len(cd) and cd[at: at + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", cd, at + 28)
        at += 46 + name_len + extra_len + comment_len
        count += 1
        if count > limits.max_members:
            raise error(too_many.format(count) + " (its directory understates the count)",
                        where=where, hint=HOSTILE_HINT)


def check_zip_limits(zf: zipfile.ZipFile | str | os.PathLike[str], *, where: str | None = None,
                     limits: ZipLimits = DEFAULT_LIMITS,
                     error: type[UserError] = PackageError) -> list[zipfile.ZipInfo]:
    """Check every member of an archive against ``limits``; return the members.

    ``zf`` is an open ZipFile or a path (then the file itself is checked first: size, a
    directory claiming too many entries, not a zip at all; see ``open_untrusted_zip``).

    Refuses: too many members, duplicate names, unsafe names (``..``, absolute, backslash,
    drive letter, NUL), names that are not UTF-8, symlinks and other special files,
    encrypted members, unusual compression methods, a member or a total that is too large,
    a compression ratio that only a bomb has, and members that overlap in the file.
    Reads no member data.
    """
    if not isinstance(zf, zipfile.ZipFile):
        opened, infos = open_untrusted_zip(Path(zf), where=where, limits=limits, error=error)
        close_zip(opened)
        return infos
    where = where or str(zf.filename or "archive")
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise error(f"the archive holds {len(infos):,} members; at most "
                    f"{limits.max_members:,} are allowed", where=where, hint=HOSTILE_HINT)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if len(name) > limits.max_name_length:
            raise error("a member name is too long", where=_where(where, name[:60] + "…"),
                        hint=HOSTILE_HINT)
        if not info.flag_bits & 0x800 and any(ord(ch) > 127 for ch in name):
            raise error("a member name is not UTF-8 (an old or foreign zip tool made it)",
                        where=_where(where, name.encode("cp437", "replace").decode("ascii",
                                                                                   "replace")),
                        hint=HOSTILE_HINT)
        # zipfile cuts a name at a NUL byte; the name as stored is in orig_filename
        reason = unsafe_name_reason(getattr(info, "orig_filename", name) or name)
        if reason:
            raise error(f"the archive contains {reason}", where=_where(where, repr(name)),
                        hint=HOSTILE_HINT)
        # zipfile turns an "a\b" name into "a/b" on Windows only; compare case-folded names
        # too, so two members cannot land on one name on a case-insensitive file system
        key = name.casefold()
        if key in seen:
            raise error("the archive contains the same member name twice",
                        where=_where(where, name), hint=HOSTILE_HINT)
        seen.add(key)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise error("the archive contains a symbolic link", where=_where(where, name),
                        hint=HOSTILE_HINT)
        if mode and kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise error("the archive contains a special file (device, pipe or socket)",
                        where=_where(where, name), hint=HOSTILE_HINT)
        if info.flag_bits & 0x1:
            raise error("the archive contains an encrypted member", where=_where(where, name),
                        hint="Packages are never encrypted; ask the sender for a normal copy.")
        if info.compress_type not in limits.allowed_methods:
            raise error(f"a member uses an unsupported compression method "
                        f"({info.compress_type})", where=_where(where, name),
                        hint="Save the file again with the application that made it.")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise error(f"a member expands {info.file_size // max(info.compress_size, 1):,} "
                        f"times when unpacked: a zip bomb", where=_where(where, name),
                        hint=HOSTILE_HINT)
        if info.file_size > limits.max_member_size:
            raise error(f"a member is too large ({_size(info.file_size)}; the limit is "
                        f"{_size(limits.max_member_size)})", where=_where(where, name),
                        hint=HOSTILE_HINT)
        total += info.file_size
        if total > limits.max_total_size:
            raise error(f"the archive unpacks to more than {_size(limits.max_total_size)}",
                        where=where, hint=HOSTILE_HINT)
    _check_overlaps(infos, where, error)
    return infos


def _check_overlaps(infos: list[zipfile.ZipInfo], where: str,
                    error: type[UserError]) -> None:
    """Members whose stored data overlap are how the densest zip bombs are made."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for a, b in itertools.pairwise(ordered):
        if a.header_offset + 30 + a.compress_size > b.header_offset:
            raise error("two members share the same stored data (overlapping entries)",
                        where=_where(where, b.filename), hint=HOSTILE_HINT)


def open_untrusted_zip(path: Path, *, where: str | None = None,
                       limits: ZipLimits = DEFAULT_LIMITS,
                       error: type[UserError] = PackageError,
                       what: str | None = None) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """Open ``path`` as a zip after checking it against ``limits``; close it with
    ``close_zip``.

    ``what`` names the expected kind of file in messages ("panel package", "spreadsheet").
    """
    path = Path(path)
    where = where or path.name
    kind = what or "file"
    not_a = f"not a {what}: " if what else ""
    try:
        # O_NONBLOCK: opening a named pipe must not hang; it is refused just below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise error(f"cannot open the {kind} ({exc.strerror or exc})", where=str(path),
                    hint="Check the file name and that you may read it.") from exc
    fh = os.fdopen(fd, "rb")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{not_a}it is not a regular file", where=str(path),
                        hint="Choose the file itself, not a folder or device.")
        if st.st_size == 0:
            raise error(f"{not_a}the file is empty", where=where,
                        hint="The file was not copied completely; ask the sender again.")
        if st.st_size > limits.max_file_size:
            raise error(f"the file is too large ({st.st_size:,} bytes; the limit for a {kind} "
                        f"is {_size(limits.max_file_size)})", where=where, hint=HOSTILE_HINT)
        _precheck_end_record(fh, st.st_size, where, limits, error)
        fh.seek(0)
        zf = zipfile.ZipFile(fh)
    except UserError:
        fh.close()
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, struct.error, ValueError,
            OSError, NotImplementedError, UnicodeDecodeError, IndexError,
            OverflowError) as exc:
        fh.close()
        raise error(f"{not_a}the file is not a zip archive, or it is truncated or damaged "
                    f"({exc})", where=where, hint=DAMAGED_HINT) from exc
    zf._zerodx_fh = fh  # type: ignore[attr-defined]  # closed by close_zip
    try:
        infos = check_zip_limits(zf, where=where, limits=limits, error=error)
    except BaseException:
        close_zip(zf)
        raise
    return zf, infos


def close_zip(zf: zipfile.ZipFile) -> None:
    """Close a ZipFile from ``open_untrusted_zip`` and the file under it."""
    fh = getattr(zf, "_zerodx_fh", None)
    zf.close()
    if fh is not None:
        fh.close()


def iter_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int, where: str,
                error: type[UserError] = PackageError,
                chunk: int = CHUNK) -> Iterator[bytes]:
    """Yield a member's bytes in chunks, stopping at ``limit`` bytes whatever the header says.

    CRC errors, truncated data and decompression errors become ``error``.
    """
    loc = _where(where, info.filename)
    count = 0
    try:
        with zf.open(info) as fh:
            while True:
                block = fh.read(chunk)
                if not block:
                    break
                count += len(block)
                if count > limit or count > info.file_size:
                    raise error(f"a member unpacks to more than "
                                f"{_size(min(limit, info.file_size))}", where=loc,
                                hint=HOSTILE_HINT)
                yield block
    except UserError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError, struct.error) as exc:
        raise error(f"the member is damaged and cannot be read ({exc})", where=loc,
                    hint=DAMAGED_HINT) from exc
    if count != info.file_size:
        raise error("the member is shorter than its header says (truncated)", where=loc,
                    hint=DAMAGED_HINT)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int, where: str,
                error: type[UserError] = PackageError) -> bytes:
    """A member's bytes, read through ``iter_member`` (at most ``limit`` bytes)."""
    if info.file_size > limit:
        raise error(f"a member is too large ({_size(info.file_size)}; the limit is "
                    f"{_size(limit)})", where=_where(where, info.filename), hint=HOSTILE_HINT)
    return b"".join(iter_member(zf, info, limit=limit, where=where, error=error))
