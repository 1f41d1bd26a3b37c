"""Opening an untrusted .xlsx: zip limits first, XML with DTDs and entities refused, then the
package index (relationships, workbook, sheet list), shared strings and cell styles.

:class:`UntrustedPackage` is the part of the strict reader that knows the package;
:class:`~zerodx_desktop.formats.xlsx.reader.UntrustedXlsx` adds the cells. The openpyxl path
(:func:`open_untrusted_workbook`) checks the same limits and asserts defusedxml.
"""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Container, Iterable, Iterator
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.formats.limits import END_RECORD, LOCAL_HEADER
from zerodx_desktop.formats.xlsx.display import (
    MAX_FORMAT_CODE,
    MAX_STYLES_BYTES,
    CellStyles,
    SheetLook,
    _colour,
    _xml_true,
)
from zerodx_desktop.formats.xlsx.ooxml import MAIN_NS as _MAIN_NS
from zerodx_desktop.formats.xlsx.ooxml import PKG_REL_NS as _PKG_REL_NS
from zerodx_desktop.formats.xlsx.ooxml import REL_NS as _REL_NS
from zerodx_desktop.formats.xlsx.text import MAX_CELL_CHARS

# Limits for an untrusted .xlsx (checked on the zip directory, before anything is inflated).
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_FILE_BYTES = 256 * 1024 * 1024


def assert_defusedxml_active() -> None:
    """Refuse to parse untrusted XML unless openpyxl goes through defusedxml."""
    import defusedxml  # noqa: F401  (a hard dependency: fail loudly if missing)
    import openpyxl.xml
    import openpyxl.xml.functions as fx

    if not openpyxl.xml.DEFUSEDXML or not fx.iterparse.__module__.startswith("defusedxml"):
        raise RuntimeError("openpyxl is not using defusedxml; refusing to read untrusted files "
                           "(unset OPENPYXL_DEFUSEDXML or install defusedxml)")


def check_xlsx_limits(path: Path) -> None:
    """Raise UserError unless ``path`` is a regular, zip-shaped file within the xlsx limits.

    Uses the shared archive checks (formats/limits.py): sizes, member count, names,
    compression ratio, overlapping members; reads no member data.
    """
    from zerodx_desktop.formats.limits import ZipLimits, close_zip, open_untrusted_zip

    limits = ZipLimits(max_file_size=MAX_FILE_BYTES, max_members=MAX_MEMBERS,
                       max_member_size=MAX_MEMBER_BYTES, max_total_size=MAX_TOTAL_BYTES,
                       max_ratio=MAX_RATIO, ratio_floor=RATIO_FLOOR)
    zf, _infos = open_untrusted_zip(Path(path), where=str(path), limits=limits,
                                    error=UserError, what="spreadsheet (.xlsx)")
    close_zip(zf)


def open_untrusted_workbook(path: Path, *, read_only: bool = True) -> Any:
    """Open an .xlsx from someone else: limits first, defusedxml asserted, read-only.

    Raises UserError for anything that is not a readable, reasonably sized workbook. The
    caller closes the returned workbook (``wb.close()``).
    """
    path = Path(path)
    assert_defusedxml_active()
    check_xlsx_limits(path)
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=False,
                                      keep_links=False)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a corrupt file
        raise unreadable_error(exc, str(path)) from exc


def unreadable_error(exc: BaseException, where: str) -> UserError:
    """A UserError for an exception raised while parsing an untrusted spreadsheet."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return UserError("the spreadsheet contains XML entity or DTD declarations, which "
                             f"are refused as a possible attack ({type(cause).__name__})",
                             where=where, hint="Ask the sender for the original file.")
        cause = cause.__cause__ or cause.__context__
    text = str(exc).split("\n", 1)[0]
    return UserError(f"the spreadsheet cannot be read ({type(exc).__name__}: {text})",
                     where=where, hint="Ask the sender for the original file.")


_READ_CHUNK = 256 * 1024


def _secure_expat(start: Any, end: Any, chars: Any) -> Any:
    from xml.parsers import expat

    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

    def no_dtd(name: str, sysid: str | None, pubid: str | None, _has_internal: int) -> None:
        raise DTDForbidden(name, sysid, pubid)

    def no_entity(name: str, _is_param: int, value: str | None, base: str | None,
                  sysid: str | None, pubid: str | None, notation: str | None) -> None:
        raise EntitiesForbidden(name, value, base, sysid, pubid, notation)

    def no_unparsed(name: str, base: str | None, sysid: str | None, pubid: str | None,
                    notation: str | None) -> None:
        raise EntitiesForbidden(name, None, base, sysid, pubid, notation)

    def no_external(context: str, base: str | None, sysid: str | None,
                    pubid: str | None) -> int:
        raise ExternalReferenceForbidden(context, base, sysid, pubid)

    p = expat.ParserCreate(encoding=None, namespace_separator=" ")
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = no_dtd
    p.EntityDeclHandler = no_entity
    p.UnparsedEntityDeclHandler = no_unparsed
    p.ExternalEntityRefHandler = no_external
    p.buffer_text = True
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    return p


class Unreadable(UserError):
    """A spreadsheet this strict reader refuses: ambiguous, or not what a genuine file holds.

    The message names the part (and the cell, when there is one) so that a person can see
    why; verification turns it into the status ``unreadable``.
    """


# The SpreadsheetML and relationship namespaces a value may come from. Only the transitional
# namespaces are read: a workbook saved as "Strict Open XML" is refused with a clear message
# (Excel and LibreOffice both save the transitional form by default, and a genuine export
# never is strict).
_STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_ID = "{" + _REL_NS + "}id"
_REL_TYPE_OFFICE = _REL_NS + "/officeDocument"
_REL_TYPE_SHEET = _REL_NS + "/worksheet"
_REL_TYPE_SHARED = _REL_NS + "/sharedStrings"
_REL_TYPE_STYLES = _REL_NS + "/styles"
DEFAULT_MAX_CELLS = 8_000_000  # cells a workbook may hold when nothing smaller is known
MAX_SHARED_TEXT = 512 * 1024 * 1024  # characters in all shared strings together




def _plain_xml(data: bytes) -> bool:
    """True for well-formed XML without a DTD (document properties a reader may parse)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, SyntaxError, ValueError):
        return False
    return True


class UntrustedPackage:
    """The package side of the strict reader: the zip, its relationships, the workbook's sheet
    list, the shared strings and the cell styles (see
    :class:`~zerodx_desktop.formats.xlsx.reader.UntrustedXlsx` for the rules)."""

    def __init__(self, path: Path) -> None:
        import zipfile

        self.path = Path(path)
        self._where = str(path)
        self._shared: list[str] | None = None
        self._styles: CellStyles | None = None
        self._looks: dict[str, SheetLook] = {}
        self.max_cells = DEFAULT_MAX_CELLS
        self.max_text = MAX_SHARED_TEXT
        self._sheet_caps: dict[str, int] = {}
        try:
            self._zf = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise UserError("not a spreadsheet (.xlsx): the file is not a zip archive",
                            where=self._where) from exc
        try:
            self._load_index()
        except UserError:
            self.close()
            raise
        except Exception as exc:  # a corrupt or hostile file: any parser error
            self.close()
            raise unreadable_error(exc, self._where) from exc

    def _refuse(self, what: str, part: str = "") -> Unreadable:
        where = f"{self._where} ({part})" if part else self._where
        return Unreadable(what, where=where,
                          hint="The file is not as a spreadsheet program writes it; ask the "
                               "sender for the original file.")

    def set_budget(self, max_cells: int | None = None,
                   sheets: dict[str, int] | None = None, max_text: int | None = None) -> None:
        """Cap the work: at most ``max_cells`` cells in any sheet and shared strings in all,
        ``max_text`` characters in all shared strings, and per sheet title the caps in
        ``sheets``. A sheet or string table beyond its cap is refused (:class:`Unreadable`)
        as soon as the cap is passed."""
        if max_cells is not None:
            self.max_cells = max_cells
        if max_text is not None:
            self.max_text = min(max_text, MAX_SHARED_TEXT)
        if sheets:
            self._sheet_caps.update(sheets)

    # -- the package index
    def _member(self, name: str) -> Any:
        try:
            return self._zf.open(name)
        except KeyError as exc:
            raise UserError(f"the spreadsheet has no part '{name}'", where=self._where,
                            hint="Ask the sender for the original file.") from exc

    def _parse_small(self, name: str) -> Any:
        from defusedxml.ElementTree import fromstring

        with self._member(name) as fh:
            data = fh.read(16 * 1024 * 1024 + 1)
        if len(data) > 16 * 1024 * 1024:
            raise UserError(f"the part '{name}' is too large", where=self._where)
        return fromstring(data, forbid_dtd=True)

    @staticmethod
    def _local(tag: str) -> str:
        return tag.rpartition("}")[2]

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type, target member name) of the relationships of ``part``: only
        ``Relationships/Relationship`` in the package relationships namespace, unique ids."""
        import posixpath

        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", name + ".rels")
        root = self._parse_small(rels_name)
        tag = "{" + _PKG_REL_NS + "}"
        if root.tag != tag + "Relationships":
            raise self._refuse("the relationships part is not in the package relationships "
                               "namespace", rels_name)
        out = []
        ids: set[str] = set()
        for el in root:
            if el.tag != tag + "Relationship":
                raise self._refuse(f"unexpected element <{self._local(el.tag)}> among the "
                                   "relationships", rels_name)
            rid = el.get("Id", "")
            if rid in ids:
                raise self._refuse(f"the relationship id '{rid[:40]}' is used twice", rels_name)
            ids.add(rid)
            if el.get("TargetMode") == "External":
                continue
            target = el.get("Target", "")
            if target.startswith("/"):
                member = target.lstrip("/")
            else:
                member = posixpath.normpath(posixpath.join(folder, target))
            out.append((rid, el.get("Type", ""), member))
        return out

    def _load_index(self) -> None:
        top = self._rels("")
        if any(t.startswith(_STRICT_REL_NS) for _i, t, _m in top):
            raise self._refuse("the workbook is saved as 'Strict Open XML', which is not read "
                               "here; save it as an ordinary Excel workbook (.xlsx)")
        office = [m for _i, t, m in top if t == _REL_TYPE_OFFICE]
        if len(office) != 1:
            raise self._refuse("the package does not name exactly one workbook part",
                               "_rels/.rels")
        book = office[0]
        rels = self._rels(book)
        by_id = {i: (t, m) for i, t, m in rels}

        def one(kind: str, what: str) -> str | None:
            found = [m for _i, t, m in rels if t == kind]
            if len(found) > 1:
                raise self._refuse(f"the workbook names {len(found)} {what} parts", book)
            return found[0] if found else None

        self._shared_member = one(_REL_TYPE_SHARED, "shared-strings")
        self._styles_member = one(_REL_TYPE_STYLES, "styles")
        root = self._parse_small(book)
        main = "{" + _MAIN_NS + "}"
        if root.tag == "{" + _STRICT_MAIN_NS + "}workbook":
            raise self._refuse("the workbook is saved as 'Strict Open XML', which is not read "
                               "here; save it as an ordinary Excel workbook (.xlsx)", book)
        if root.tag != main + "workbook":
            raise self._refuse("the workbook part is not a SpreadsheetML workbook", book)
        lists = [el for el in root if el.tag == main + "sheets"]
        if len(lists) != 1:
            raise self._refuse("the workbook does not have exactly one sheet list", book)
        official = set()
        self._sheets: dict[str, tuple[str, str]] = {}
        folded: set[str] = set()
        members: set[str] = set()
        for el in lists[0]:
            if el.tag != main + "sheet":
                raise self._refuse(f"unexpected element <{self._local(el.tag)}> in the sheet "
                                   "list", book)
            official.add(id(el))
            for key in el.attrib:
                if self._local(key) == "id" and key != _REL_ID:
                    raise self._refuse("a sheet's relationship id is in an unofficial "
                                       f"namespace ({key.partition('}')[0][1:][:80]})", book)
            name, rid = el.get("name"), el.get(_REL_ID)
            if not name or rid is None:
                raise self._refuse("the workbook lists a sheet without a name or a "
                                   "relationship id", book)
            kind, member = by_id.get(rid, ("", ""))
            if kind != _REL_TYPE_SHEET or member not in self._zf.NameToInfo:
                raise UserError("the workbook lists a sheet that is not in the file",
                                where=self._where)
            key = unicodedata.normalize("NFC", name).casefold()
            if key in folded:
                raise self._refuse(f"two sheets are named '{name[:40]}' (names are compared "
                                   "ignoring case, as spreadsheet programs do)", book)
            if member in members:
                raise self._refuse(f"two sheets share the part '{member}'", book)
            folded.add(key)
            members.add(member)
            self._sheets[name] = (member, el.get("state", "visible"))
        for el in root.iter():
            if self._local(el.tag) in ("sheet", "sheets") and id(el) not in official \
                    and el is not lists[0]:
                raise self._refuse("a sheet is listed outside the workbook's sheet list "
                                   "(in an extension block)", book)
            if el.tag.startswith("{" + _MC_NS + "}") and any(
                    self._local(d.tag) in ("sheet", "sheets", "definedName") for d in el.iter()):
                raise self._refuse("an alternate-content block holds sheets or names", book)

    def same_parts(self, parts: Iterable[tuple[str, str]], *,
                   skip: Container[str] = ()) -> bool:
        """True when the package is, header for header and byte for byte, what
        :func:`~zerodx_desktop.formats.xlsx.writer.write_xlsx` stores for ``parts``: the same
        members (each once, no other), deflated, no flags, extra fields, comments or data
        descriptors, each local header equal to its directory entry, the members back to back
        from the first byte, then the directory and a plain end record at the very end; each
        member's stream ends exactly at its stored size and unpacks to exactly the text
        (UTF-8) given. A member in ``skip`` may hold any small, plain XML (no DTD) instead.
        Stops at the first difference."""
        import zlib

        zf = self._zf
        infos = zf.infolist()
        members = {i.filename: i for i in infos}
        fh = zf.fp
        if fh is None or len(members) != len(infos) or zf.comment:
            return False
        try:
            size = fh.seek(0, 2)
            fh.seek(size - 22)
            (sig, disk, dir_disk, n_here, n, dir_size, dir_at,
             comment_len) = END_RECORD.unpack(fh.read(22))
            if (sig != 0x06054B50 or disk or dir_disk or comment_len or n_here != n
                    or n != len(infos) or dir_at != getattr(zf, "start_dir", -1)
                    or dir_at + dir_size != size - 22):
                return False
            at = 0
            stored: dict[str, tuple[int, int]] = {}
            for info in sorted(infos, key=lambda i: i.header_offset):
                name = info.orig_filename.encode("ascii")  # the writer's names are ASCII
                if (info.header_offset != at or info.flag_bits or info.extra or info.comment
                        or info.compress_type != 8 or info.filename != info.orig_filename):
                    return False
                fh.seek(at)
                (sig, _version, flags, method, _time, _date, crc, csize, usize, name_len,
                 extra_len) = LOCAL_HEADER.unpack(fh.read(30))
                if (sig != 0x04034B50 or flags or method != 8 or extra_len
                        or (crc, csize, usize) != (info.CRC, info.compress_size, info.file_size)
                        or fh.read(name_len) != name):
                    return False
                stored[info.filename] = (at + 30 + name_len, csize)
                at += 30 + name_len + csize
            if at != dir_at or dir_size != sum(46 + len(i.orig_filename) for i in infos):
                return False
            seen: set[str] = set()
            for part, text in parts:
                member = members.get(part)
                if member is None or part in seen:
                    return False
                seen.add(part)
                data = None if part in skip else text.encode("utf-8")
                if data is None and member.file_size > 64 * 1024:
                    return False
                if data is not None and member.file_size != len(data):
                    return False
                start, csize = stored[part]
                fh.seek(start)
                inflate = zlib.decompressobj(-15)
                out = inflate.decompress(fh.read(csize), member.file_size + 1)
                if (not inflate.eof or inflate.unused_data or inflate.unconsumed_tail
                        or len(out) != member.file_size or zlib.crc32(out) != member.CRC
                        or (data is not None and out != data)
                        or (data is None and not _plain_xml(out))):
                    return False
        except (OSError, ValueError, struct.error, zlib.error, UnicodeEncodeError):
            return False
        return len(seen) == len(members)

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def sheet_state(self, title: str) -> str:
        return self._sheets[title][1]

    def close(self) -> None:
        self._zf.close()


    # -- shared strings and cells
    def _parse_stream(self, member: str, parser: Any, sink: list[Any]) -> Iterator[Any]:
        with self._member(member) as fh:
            while True:
                data = fh.read(_READ_CHUNK)
                parser.Parse(data, not data)
                if sink:
                    yield from sink
                    sink.clear()
                if not data:
                    break

    def shared_strings(self) -> list[str]:
        """The shared strings, path-aware: ``sst/si/t`` and ``sst/si/r/t`` in the main
        namespace; ``rPh`` (phonetic) runs and ``phoneticPr`` are not part of the text."""
        if self._shared is not None:
            return self._shared
        if self._shared_member is None:
            self._shared = []
            return self._shared
        part = self._shared_member
        m = _MAIN_NS + " "
        SST, SI, T, R, RPR, RPH, PPR = (m + "sst", m + "si", m + "t", m + "r", m + "rPr",
                                        m + "rPh", m + "phoneticPr")
        out: list[str] = []
        parts: list[str] = []
        buf: list[str] = []
        cap_n, max_text = self.max_cells, self.max_text
        # state: 0 document, 1 sst, 2 si, 3 si/t or r/t (text), 4 r, 5 skipped subtree
        st: dict[str, int] = {"state": 0, "chars": 0, "size": 0, "t_in_si": 0}
        stack: list[int] = []

        def start(name: str, _attrs: dict[str, str]) -> None:
            state = st["state"]
            stack.append(state)
            if state == 0:
                if name != SST:
                    raise self._refuse("the shared strings part is not an <sst>", part)
                st["state"] = 1
            elif state == 1:
                if name == SI:
                    parts.clear()
                    st["t_in_si"] = 0
                    if len(out) >= cap_n:
                        raise self._refuse(f"more than {cap_n:,} shared strings, more than "
                                           "this workbook can hold", part)
                    st["state"] = 2
                elif name == m + "extLst":
                    st["state"] = 5
                else:
                    raise self._refuse(f"unexpected element {_show(name)} in the shared "
                                       "strings", part)
            elif state == 2:
                if name == T:
                    st["t_in_si"] += 1
                    if st["t_in_si"] > 1 or parts:
                        raise self._refuse(f"shared string {len(out)} has more than one text",
                                           part)
                    buf.clear()
                    st["size"] = 0
                    st["state"] = 3
                elif name == R:
                    st["state"] = 4
                elif name in (RPH, PPR):
                    st["state"] = 5
                else:
                    raise self._refuse(f"unexpected element {_show(name)} in shared string "
                                       f"{len(out)}", part)
            elif state == 4:
                if name == T:
                    buf.clear()
                    st["size"] = 0
                    st["state"] = 3
                elif name == RPR:
                    st["state"] = 5
                else:
                    raise self._refuse(f"unexpected element {_show(name)} in shared string "
                                       f"{len(out)}", part)
            elif state == 3:
                raise self._refuse(f"an element inside the text of shared string {len(out)}",
                                   part)
            # state 5: skipped subtree (formatting of a run, phonetic runs, extensions)

        def end(_name: str) -> None:
            state = st["state"]
            if state == 3:
                parts.append("".join(buf))
            elif state == 2:
                text = "".join(parts)
                out.append(text)
                st["chars"] += len(text)
                if st["chars"] > max_text:
                    raise self._refuse("the shared strings are too large", part)
            st["state"] = stack.pop()

        def chars(data: str) -> None:
            if st["state"] == 3:
                buf.append(data)
                st["size"] += len(data)
                if st["size"] > MAX_CELL_CHARS:
                    raise self._refuse(f"shared string {len(out)} is longer than a cell can "
                                       "hold", part)

        sink: list[Any] = []
        for _ in self._parse_stream(part, _secure_expat(start, end, chars), sink):
            pass
        self._shared = out
        return out

    def cell_styles(self) -> CellStyles:
        """The number format of every cell style, from styles.xml (streamed, read once).

        Lenient: a missing, oversized or malformed styles part gives ``problem`` and no
        formats, never an error; only DTDs and entity declarations (an attack) raise.
        """
        if self._styles is not None:
            return self._styles
        styles = self._styles = CellStyles()
        member = self._styles_member
        if member is None:
            return styles
        try:
            size = self._zf.getinfo(member).file_size
        except KeyError:
            styles.problem = "the styles part named by the workbook is missing"
            return styles
        if size > MAX_STYLES_BYTES:
            styles.problem = (f"the styles part is {size:,} bytes, more than the "
                              f"{MAX_STYLES_BYTES:,} examined")
            return styles
        xfs = styles.xf_formats
        custom = styles.custom
        xf_fonts, fonts, fills = styles.xf_fonts, styles.fonts, styles.fills
        depth = {"numFmts": 0, "cellXfs": 0, "fonts": 0, "fills": 0}
        cur: dict[str, Any] = {}  # the <font> or <fill> being read

        def int_attr(attrs: dict[str, str], name: str) -> int | None:
            try:
                return int(attrs.get(name, "0"))
            except ValueError:
                return None

        def start(name: str, attrs: dict[str, str]) -> None:
            local = name[name.rfind(" ") + 1:]
            if local == "xf":
                if depth["cellXfs"]:
                    fid = int_attr(attrs, "numFmtId")
                    xfs.append(0 if fid is None else fid)
                    xf_fonts.append((int_attr(attrs, "fontId") or 0,
                                     int_attr(attrs, "fillId") or 0))
            elif depth["fonts"] and local in ("font", "sz", "color", "name"):
                if local == "font":
                    cur.clear()
                    cur["font"] = True
                    cur["colour"] = "AUTO"  # no <color>: automatic
                elif local == "name":
                    cur["name"] = attrs.get("val", "")[:40].strip().lower()
                elif local == "sz":
                    try:
                        cur["sz"] = float(attrs.get("val", ""))
                    except ValueError:
                        pass
                else:
                    cur["colour"] = ("AUTO" if _xml_true(attrs.get("auto")) and len(attrs) == 1
                                     else _colour(attrs))
            elif depth["fills"] and local in ("fill", "patternFill", "fgColor"):
                if local == "fill":
                    cur.clear()
                    cur["pattern"] = "none"
                elif local == "patternFill":
                    cur["pattern"] = attrs.get("patternType", "none")
                else:
                    cur["colour"] = _colour(attrs)
            elif local == "numFmt":
                fid = int_attr(attrs, "numFmtId")
                if depth["numFmts"] and fid is not None:
                    custom[fid] = attrs.get("formatCode", "")[:MAX_FORMAT_CODE]
            elif local in depth:
                depth[local] += 1

        def end(name: str) -> None:
            local = name[name.rfind(" ") + 1:]
            if local in depth:
                depth[local] -= 1
            elif local == "font" and depth["fonts"]:
                fonts.append((cur.get("sz"), cur.get("colour"), cur.get("name", "")))
            elif local == "fill" and depth["fills"]:
                pattern = cur.get("pattern", "none")
                fills.append("FFFFFF" if pattern == "none" else
                             cur.get("colour") if pattern == "solid" else None)

        from defusedxml import DefusedXmlException

        try:
            for _ in self._parse_stream(member, _secure_expat(start, end, lambda _d: None),
                                        []):
                pass
        except DefusedXmlException:
            raise
        except Exception as exc:  # malformed styles: lenient, but say it was not examined
            xfs.clear()
            custom.clear()
            xf_fonts.clear()
            styles.problem = f"the styles part cannot be read ({type(exc).__name__})"
        return styles


def _show(name: str) -> str:
    """An expat element name ("namespace local") as a reader sees it: <local> or
    <{namespace}local>, cut to a printable length."""
    ns, _sp, local = name.rpartition(" ")
    if ns in ("", _MAIN_NS):
        return f"<{local[:40]}>"
    return f"<{{{ns[:60]}}}{local[:40]}>"
