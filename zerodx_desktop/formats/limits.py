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
    _check_local_headers(zf, infos, where, error)
    return infos


_UNICODE_EXTRAS = {0x7075, 0x6375}  # Info-ZIP Unicode path / comment: some readers rename by them
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")  # a local file header's fixed 30 bytes
END_RECORD = struct.Struct("<IHHHHIIH")  # the end of central directory record, no comment


def _extra_ids(extra: bytes) -> set[int]:
    ids, at = set(), 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        ids.add(kind)
        at += 4 + size
    return ids


def _check_local_headers(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], where: str,
                         error: type[UserError]) -> None:
    """Every reader must see the same members: readers that walk the local headers (streaming
    ones, repairing ones) and readers that use the central directory. Refuses a local header
    that differs from its directory entry (name, flags, method, checksum, sizes), bytes before
    or between the members (room for a hidden member), Unicode path extra fields (some
    readers take the name from them) and extra fields or comments of 32 KiB or more (read as
    negative lengths by some). Reads 30 bytes and the name and extra field of each member."""
    fh = zf.fp
    if fh is None:
        return
    at = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        name = info.filename

        def refuse(what: str, name: str = name) -> UserError:
            return error(f"the archive's member headers disagree ({what})",
                         where=_where(where, name), hint=HOSTILE_HINT)

        if len(info.extra) >= 0x8000 or len(info.comment) >= 0x8000:
            raise refuse("an oversized extra field or comment")
        if _UNICODE_EXTRAS & _extra_ids(info.extra):
            raise refuse("a second, Unicode name")
        if info.header_offset != at:
            raise refuse("bytes before or between the members")
        fh.seek(at)
        head = fh.read(30)
        if len(head) != 30:
            raise refuse("a cut local header")
        (sig, _version, flags, method, _time, _date, crc, csize, usize, name_len,
         extra_len) = LOCAL_HEADER.unpack(head)
        stored_name = fh.read(name_len)
        local_extra = fh.read(extra_len)
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        if sig != 0x04034B50 or stored_name != info.orig_filename.encode(encoding, "replace"):
            raise refuse("another name in the local header")
        if extra_len >= 0x8000 or _UNICODE_EXTRAS & _extra_ids(local_extra):
            raise refuse("an oversized or Unicode-name local extra field")
        if flags != info.flag_bits or method != info.compress_type:
            raise refuse("other flags or compression in the local header")
        zip64 = 0xFFFFFFFF in (csize, usize)
        if not flags & 0x08 and not zip64 and (crc, csize, usize) != (
                info.CRC, info.compress_size, info.file_size):
            raise refuse("another checksum or size in the local header")
        at += 30 + name_len + extra_len + info.compress_size
        if flags & 0x08:  # a data descriptor follows: optional signature, crc, sizes (4 or 8)
            fh.seek(at)
            desc = fh.read(24)
            k = 4 if desc[:4] == b"PK\x07\x08" else 0
            if len(desc) < k + 12:
                raise refuse("a cut data descriptor")
            d_crc, d_csize, d_usize = struct.unpack_from("<III", desc, k)
            if d_crc != info.CRC:
                raise refuse("another checksum in the data descriptor")
            if (d_csize, d_usize) == (info.compress_size & 0xFFFFFFFF,
                                      info.file_size & 0xFFFFFFFF):
                at += k + 12
            elif len(desc) >= k + 20 and struct.unpack_from("<QQ", desc, k + 4) == (
                    info.compress_size, info.file_size):
                at += k + 20
            else:
                raise refuse("other sizes in the data descriptor")
    if at != getattr(zf, "start_dir", at):
        raise error("the archive's member headers disagree (bytes between the last member "
                    "and the directory)", where=where, hint=HOSTILE_HINT)


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
                       what: str | None = None,
                       expect: str | None = None) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """Open ``path`` as a zip after checking it against ``limits``; close it with
    ``close_zip``.

    ``what`` names the expected kind of file in messages ("panel package", "spreadsheet").
    ``expect`` is that kind as ``sniff_file`` names it ("xlsx", "zdxpanel"; guessed from
    ``what`` when not given): a file that is recognisably something else (a PDF, a JSON
    file, a panel package given as a spreadsheet...) is refused saying what it is.
    A folder is refused as a folder.
    """
    path = Path(path)
    where = where or path.name
    kind = what or "file"
    not_a = f"not a {what}: " if what else ""
    expect = expect or _EXPECT_BY_WHAT.get(what or "")
    try:
        # O_NONBLOCK: opening a named pipe must not hang; it is refused just below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if path.is_dir():  # Windows refuses to open a folder at all
            raise _folder_error(path, what, error) from exc
        raise error(f"cannot open the {kind} ({exc.strerror or exc})", where=str(path),
                    hint="Check the file name and that you may read it.") from exc
    try:
        # before fdopen, which refuses a folder with a bare IsADirectoryError
        st = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise error(f"cannot open the {kind} ({exc.strerror or exc})", where=str(path),
                    hint="Check the file name and that you may read it.") from exc
    if stat.S_ISDIR(st.st_mode):
        os.close(fd)
        raise _folder_error(path, what, error)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise error(f"{not_a}it is not a regular file", where=str(path),
                    hint="Choose the file itself, not a folder or device.")
    fh = os.fdopen(fd, "rb")
    try:
        if st.st_size and expect:
            found = sniff_bytes(fh.read(SNIFF_BYTES))
            if found in _NOT_ZIP:
                raise wrong_kind_error(path, found, expect, error=error)
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
        if expect:
            found = zip_kind(i.filename for i in infos)
            if found != expect and found in _ZIP_KINDS_REFUSED.get(expect, ()):
                raise wrong_kind_error(path, found, expect, error=error)
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


# ------------------------------------------------------------------ what a file is

SNIFF_BYTES = 4096

# A short phrase per kind, as "this is <phrase>, not <phrase>".
KIND_PHRASES: dict[str, str] = {
    "folder": "a folder",
    "zdxpanel": "a panel package (.zdxpanel)",
    "xlsx": "a spreadsheet (.xlsx)",
    "ods": "an OpenDocument file (.ods/.odt)",
    "office": "a Word, PowerPoint or other Office document",
    "zip": "a zip archive",
    "pdf": "a PDF document",
    "ole": "an old-style Excel or Word file (.xls/.doc)",
    "framework": "a framework file (.json)",
    "judge_card": "a judge card (a .zdxjudge JSON file)",
    "json": "a JSON file",
    "csv": "a CSV file",
    "text": "a text file",
}

# What to give instead, by the kind a command expected.
CHOOSE_HINTS: dict[str, str] = {
    "xlsx": "Choose the .xlsx file itself: a judge's score sheet or the chair's result "
            "workbook.",
    "zdxpanel": "Choose the .zdxpanel file the organizer sent.",
    "framework": "A framework is a .json file. A filled-in framework template (.xlsx) is "
                 "turned into one with 'zerodx framework import TEMPLATE.xlsx --out "
                 "FRAMEWORK.json'.",
    "judge_card": "Choose the judge's .zdxjudge file (they make it with 'zerodx identity "
                  "card').",
    "csv": "Give a UTF-8 CSV file with the header nominee_id,criterion_id,level,comment "
           "(Excel: Save As > CSV UTF-8).",
}

# What the wrong file is for, when that helps the person find the right one.
USE_HINTS: dict[str, str] = {
    "zdxpanel": "A panel package is opened with 'zerodx panel open', or given to verify "
                "and merge with --panel.",
    "pdf": "A PDF is a printed report; it cannot be read back.",
    "framework": "A framework file is used as it is: 'zerodx panel build --framework "
                 "FRAMEWORK.json'.",
    "ods": "Save it in Excel format (.xlsx) first.",
    "ole": "Open it and save it in the current Excel format (.xlsx) first.",
}

# first bytes that a zip (even a damaged one) never starts with
_NOT_ZIP = frozenset({"pdf", "ole", "json", "framework", "judge_card", "text"})
_EXPECT_BY_WHAT = {"spreadsheet (.xlsx)": "xlsx", "spreadsheet": "xlsx",
                   "panel package": "zdxpanel"}
# zip-shaped kinds refused outright per expected kind (anything else is left to the reader,
# which says what is missing or damaged)
_ZIP_KINDS_REFUSED = {"xlsx": ("zdxpanel", "office", "ods"),
                      "zdxpanel": ("xlsx", "office", "ods")}


def sniff_bytes(head: bytes) -> str:
    """What a file is from its first bytes (``SNIFF_BYTES`` are plenty): "zip", "pdf",
    "ole", "framework", "judge_card", "json", "text", "empty" or "other"."""
    if not head:
        return "empty"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return "other"
        text = head[:exc.start].decode("utf-8")
    if any((ch < " " and ch not in "\t\r\n") or ch == "\x7f" for ch in text):
        return "other"  # control characters: binary (random bytes may well start with "{")
    if text.removeprefix("\ufeff").lstrip(" \t\r\n").startswith("{"):
        if '"zerodx-framework/' in text:
            return "framework"
        if '"zerodx-judge/' in text:
            return "judge_card"
        return "json"
    return "text"


def zip_kind(names: Iterator[str] | list[str] | tuple[str, ...] | set[str]) -> str:
    """What a zip archive holds, from its member names: "zdxpanel", "xlsx", "ods",
    "office" (another OOXML or OpenDocument file) or "zip"."""
    seen = set(names)
    if "panel.json" in seen and "[Content_Types].xml" not in seen:
        return "zdxpanel"
    if "xl/workbook.xml" in seen:
        return "xlsx"
    if "mimetype" in seen and "content.xml" in seen:
        return "ods"  # an OpenDocument file: a LibreOffice spreadsheet, most likely
    if "[Content_Types].xml" in seen:
        return "office"
    return "zip"


def sniff_file(path: str | os.PathLike[str]) -> str:
    """What ``path`` is, from the file system and its first bytes: "missing", "folder",
    "special" (device, pipe, socket), "unreadable", or a kind from ``sniff_bytes``, where
    a zip is told apart by ``zip_kind`` (its directory read only within ``DEFAULT_LIMITS``).
    Never raises and never blocks on a pipe."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return "missing" if not os.path.lexists(p) else "unreadable"
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if not stat.S_ISREG(st.st_mode):
        return "special"
    try:
        with open(p, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            kind = sniff_bytes(head)
            if kind != "zip" or st.st_size > DEFAULT_LIMITS.max_file_size:
                return kind
            try:
                _precheck_end_record(fh, st.st_size, str(p), DEFAULT_LIMITS, UserError)
                fh.seek(0)
                with zipfile.ZipFile(fh) as zf:
                    return zip_kind(zf.namelist())
            except Exception:  # any damage is for the real reader to report, in its words
                return "zip"
    except OSError:
        return "unreadable"


def describe_kind(kind: str) -> str:
    """"a PDF document" for "pdf"; a plain phrase for any kind ``sniff_file`` returns."""
    return KIND_PHRASES.get(kind, "a file of another kind")


def wrong_kind_error(path: str | os.PathLike[str], found: str, expect: str, *,
                     error: type[UserError] = UserError, hint: str | None = None) -> UserError:
    """"PATH: this is a PDF document, not a spreadsheet (.xlsx)" with what to give instead
    (``hint``, else the usual one for ``expect``) and what the wrong file is for."""
    parts = [hint or CHOOSE_HINTS.get(expect, ""), USE_HINTS.get(found, "")]
    return error(f"this is {describe_kind(found)}, not {describe_kind(expect)}",
                 where=str(path), hint=" ".join(p for p in parts if p) or None)


def _folder_error(path: Path, what: str | None, error: type[UserError]) -> UserError:
    return error(f"this is a folder, not {_article(what) if what else 'a file'}",
                 where=str(path), hint="Choose the file itself, not a folder.")


def _article(what: str) -> str:
    return ("an " if what[:1].lower() in "aeiou" else "a ") + what


def require_file(path: str | os.PathLike[str], what: str, *,
                 expect: str | None = None, hint: str | None = None,
                 error: type[UserError] = UserError) -> Path:
    """``path`` as a Path when it is an existing regular file (of kind ``expect`` when given
    and recognisable); otherwise ``error`` naming the file, what it is and what to give.

    ``what`` names the expected file in messages ("judge card", "framework file").
    A check before any work starts, so a command refuses its inputs before writing.
    """
    p = Path(path)
    found = sniff_file(p)
    if found == "missing":
        raise error(f"no such file (the {what} was not found)", where=str(p),
                    hint="Check the file name and the folder.")
    if found == "folder":
        raise _folder_error(p, what, error)
    if found == "special":
        raise error("this is not a regular file (a device, pipe or socket)", where=str(p),
                    hint=f"Choose the {what} itself.")
    if found == "unreadable":
        raise error(f"the {what} cannot be read", where=str(p),
                    hint="Check that you may read the file.")
    if found == "empty":
        raise error(f"the {what} is empty", where=str(p),
                    hint="The file was not saved or copied completely; make it again.")
    if expect is not None and found != expect and _clearly_other(found, expect):
        raise wrong_kind_error(p, found, expect, error=error, hint=hint)
    return p


def _clearly_other(found: str, expect: str) -> bool:
    """True when ``found`` can never be a file of kind ``expect`` (a damaged or unusual file
    of the right kind is left for its reader to describe)."""
    if expect in ("framework", "judge_card"):  # JSON documents
        return found not in ("json", "text", "other")
    if expect == "csv":
        return found not in ("text", "other", "json")
    if expect in ("xlsx", "zdxpanel"):
        return found in _NOT_ZIP or found in _ZIP_KINDS_REFUSED.get(expect, ())
    return False
