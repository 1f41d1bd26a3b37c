"""Safe spreadsheet helpers shared by the score sheet and the result workbook.

Writing: every text goes through :func:`safe_cell_text` (NFC, no control characters, at most
32,767 UTF-16 units, never cut) and is stored as a *string* even when it looks like a formula
or an error code (``=1+1``, ``@SUM(A1)``, ``#N/A``): :func:`write_xlsx` (fast, writes the
OOXML parts itself) or, with openpyxl, :func:`text_cell` / :func:`set_text`.

Reading untrusted files: :func:`open_untrusted_xlsx` (fast streaming reader) and
:func:`open_untrusted_workbook` (openpyxl, read-only) both check the zip first (regular file,
member count, sizes, compression ratio: formats/limits.py) and refuse DTDs and entity
declarations (defusedxml, asserted active for openpyxl); :func:`iter_sheet_cells` yields every
stored cell with its type from either, whatever the sheet's (possibly lying) ``<dimension>``
says, and :func:`sheet_state` tells a hidden sheet.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.messages import Message

MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 code units
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ERROR_CODES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")

# Limits for an untrusted .xlsx (checked on the zip directory, before anything is inflated).
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_FILE_BYTES = 256 * 1024 * 1024

_ALLOWED_CONTROLS = {"\n", "\t"}


def _bad_char(ch: str) -> str | None:
    if ch in _ALLOWED_CONTROLS:
        return None
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return f"control character U+{ord(ch):04X}"
    if cat == "Cs":
        return f"unpaired surrogate U+{ord(ch):04X}"
    if ch in ("\ufffe", "\uffff"):
        return f"non-character U+{ord(ch):04X}"
    return None


def utf16_len(text: str) -> int:
    """Length as Excel counts it (characters outside the BMP count twice)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def safe_cell_text(text: str, *, where: str = "text") -> str:
    """Return ``text`` NFC-normalised, or raise UserError if a spreadsheet cell cannot hold it.

    Rejects control characters other than newline and tab, unpaired surrogates, the XML
    non-characters U+FFFE/U+FFFF, and text longer than 32,767 UTF-16 units. Never cuts.
    """
    if not isinstance(text, str):
        raise UserError(f"expected text, got {type(text).__name__}", where=where)
    for i, ch in enumerate(text):
        problem = _bad_char(ch)
        if problem:
            raise UserError(f"the text contains a {problem} at position {i + 1}", where=where,
                            hint="Remove the invisible control character and try again.")
    out = unicodedata.normalize("NFC", text)
    n = utf16_len(out)
    if n > MAX_CELL_CHARS:
        raise UserError(f"the text is {n:,} characters long; a spreadsheet cell holds at most "
                        f"{MAX_CELL_CHARS:,}", where=where,
                        hint="Shorten the text (nothing is cut automatically).")
    return out


def needs_text_type(value: str) -> bool:
    """True when openpyxl would not store ``value`` as a plain string on its own."""
    return (len(value) > 1 and value.startswith("=")) or value in ERROR_CODES


def text_cell(ws: Any, value: str, *, font: Any = None, alignment: Any = None,
              number_format: str | None = None) -> Any:
    """A WriteOnlyCell holding ``value`` as a string (never a formula or error)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return cell


def set_text(cell: Any, value: str) -> None:
    """Set a normal (not write-only) cell to ``value`` stored as a string."""
    cell.value = value
    cell.data_type = "s"


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


def sheet_cells(wb: Any, title: str) -> list[tuple[int, int, Any, str]]:
    """:func:`iter_sheet_cells` as a list (for an :class:`UntrustedXlsx`, the list its
    reader builds anyway)."""
    if isinstance(wb, UntrustedXlsx):
        return wb.cell_list(title)
    return list(iter_sheet_cells(wb, title))


def iter_sheet_cells(wb: Any, title: str) -> Iterator[tuple[int, int, Any, str]]:
    """Yield ``(row, column, value, data_type)`` for every stored cell of sheet ``title``.

    Works on an :class:`UntrustedXlsx` or a read-only openpyxl workbook; ignores the sheet's
    ``<dimension>`` element (a hostile file may lie about it) and reports formulas with
    ``data_type == "f"`` (value ``"=..."``).
    """
    if isinstance(wb, UntrustedXlsx):
        yield from wb.iter_cells(title)
        return
    from openpyxl.worksheet._reader import WorkSheetParser

    ws = wb[title]
    with ws._get_source() as src:
        parser = WorkSheetParser(src, ws._shared_strings, data_only=False, epoch=wb.epoch,
                                 date_formats=wb._date_formats,
                                 timedelta_formats=wb._timedelta_formats)
        for _idx, row in parser.parse():
            for cell in row:
                yield cell["row"], cell["column"], cell["value"], cell["data_type"]


# --------------------------------------------------------------------------- fast writer
#
# openpyxl's write-only mode spends ~30 us per cell in its generic serialiser; a signed score
# sheet has 9 columns x thousands of rows, and its export budget is 1.5x a bare 4-column
# openpyxl write. This writer emits the few OOXML parts a workbook needs directly. Every text
# is written as an inline *string* cell (never a formula), numbers as numbers.

STYLE_DEFAULT, STYLE_HEADER, STYLE_WRAP, STYLE_DECIMAL2 = 0, 1, 2, 3

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES_XML = (
    _XML_DECL + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE4EE"/><bgColor indexed="64"/>'
    '</patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
    'applyAlignment="1"><alignment vertical="top"/></xf></cellStyleXfs>'
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyAlignment="1"><alignment vertical="top"/></xf>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')


def _column_letters(n: int) -> list[str]:
    out = []
    for i in range(1, n + 1):
        s, k = "", i
        while k:
            k, rem = divmod(k - 1, 26)
            s = chr(65 + rem) + s
        out.append(s)
    return out


def text_width(value: Any, *, narrow: float = 1.0, wide: float = 2.0) -> float:
    """Approximate shown width of a cell value in characters (Excel's column-width unit):
    wide (CJK) characters count double unless told otherwise."""
    if value is None:
        return 0.0
    s = str(value)
    n_wide = sum(1 for ch in s if ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF")
    return (len(s) - n_wide) * narrow + n_wide * wide


def wrapped_lines(text: str, width: float, *, narrow: float = 1.0, wide: float = 2.0) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` characters wide: its own
    line breaks, then wrapping at spaces; a word longer than the line (and CJK text, which has
    no spaces) breaks across lines, as spreadsheet programs do."""
    width = max(width, 1.0)
    total = 0
    for para in text.split("\n"):
        lines, cur = 1, 0.0
        for word in para.split():
            w = text_width(word, narrow=narrow, wide=wide)
            if cur and cur + narrow + w <= width:
                cur += narrow + w
                continue
            if cur:
                lines += 1
            if w > width:
                extra = math.ceil(w / width) - 1
                lines += extra
                cur = w - extra * width
            else:
                cur = w
        total += lines
    return total


# Spreadsheet programs do not grow a row for wrapped text on their own when they open a file
# (LibreOffice prints such rows over each other): the writer sets the height itself.
_LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri
MAX_ROW_HEIGHT_PT = 409.0  # Excel's limit
_CELL_PADDING = 1.0  # of a column's width, in characters, that text does not use
# A column's width unit is the width of a digit; running Latin text averages ~0.8 of that
# (capitals more), a CJK character ~2.1. Slightly generous, so that no text is cut off.
_NARROW, _WIDE = 0.88, 2.1


def _uncached_lines(text: str, width: float) -> int:
    if len(text) * _WIDE <= width and "\n" not in text:
        return 1  # fits whatever its characters are
    return wrapped_lines(text, width, narrow=_NARROW, wide=_WIDE)


_cell_lines = functools.lru_cache(maxsize=1024)(_uncached_lines)


def _row_height(row: list[Any], wrap: set[int], widths: list[float] | None) -> float | None:
    """The height (points) ``row`` needs for its wrapped texts, or None for one line.
    (Criterion texts repeat for every nominee: the line count is cached.)"""
    lines = 1
    for ci in wrap:
        if ci <= len(row) and isinstance(row[ci - 1], str) and row[ci - 1]:
            width = widths[ci - 1] if widths and ci <= len(widths) else 8.43
            text = row[ci - 1]
            lines = max(lines, (_cell_lines if len(text) <= 500 else _uncached_lines)(
                text, width - _CELL_PADDING))  # keep long comments out of the cache
    if lines == 1:
        return None
    return min(MAX_ROW_HEIGHT_PT, lines * _LINE_HEIGHT_PT)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _esc_attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;")


# Printing: A4 landscape, one page wide (as many pages tall as needed), gridlines, and the
# sheet name and page number in the footer; row 1 repeats on every page (see write_xlsx).
_PRINT_TAIL = (
    '<printOptions gridLines="1"/>'
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    '<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>'
    '</headerFooter>')
_PLAIN_TAIL = ('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
               'footer="0.3"/>')


def _sheet_xml(rows: list[list[Any]], *, widths: list[float] | None, freeze_header: bool,
               wrap_cols: set[int], header_style: bool, selected: bool,
               printable: bool = False) -> str:
    from decimal import Decimal

    ncols = max((len(r) for r in rows), default=1) or 1
    letters = _column_letters(max(ncols, len(widths or [])))
    parts = [_XML_DECL, f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">',
             '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if printable else "",
             f'<dimension ref="A1:{letters[ncols - 1]}{max(len(rows), 1)}"/>',
             '<sheetViews><sheetView workbookViewId="0"', ' tabSelected="1"' if selected else "",
             ">"]
    if freeze_header:
        parts.append('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                     'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>')
    parts.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
    if widths:
        parts.append("<cols>")
        parts.extend(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                     for i, w in enumerate(widths, 1))
        parts.append("</cols>")
    parts.append("<sheetData>")
    add = parts.append
    all_cols = set(range(1, ncols + 1))
    for ri, row in enumerate(rows, 1):
        header = header_style and ri == 1
        height = _row_height(row, all_cols if header else wrap_cols, widths)
        add(f'<row r="{ri}" ht="{height:g}" customHeight="1">' if height else f'<row r="{ri}">')
        for ci, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = f"{letters[ci]}{ri}"
            if isinstance(v, str):
                style = (f' s="{STYLE_HEADER}"' if header else
                         f' s="{STYLE_WRAP}"' if ci + 1 in wrap_cols else "")
                add(f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">'
                    f"{_esc(v)}</t></is></c>")
            elif isinstance(v, bool):
                add(f'<c r="{ref}" t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, int):
                add(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, Decimal):
                add(f'<c r="{ref}" s="{STYLE_DECIMAL2}"><v>{v}</v></c>')
            else:
                raise TypeError(f"cannot write {type(v).__name__} into a cell")
        add("</row>")
    parts.append("</sheetData>")
    parts.append(_PRINT_TAIL if printable else _PLAIN_TAIL)
    parts.append("</worksheet>")
    return "".join(parts)


def _print_titles(sheet_index: int, title: str) -> str:
    """The defined name that repeats row 1 on every printed page of one sheet."""
    quoted = "'" + title.replace("'", "''") + "'"
    return (f'<definedName name="_xlnm.Print_Titles" localSheetId="{sheet_index}">'
            f"{_esc(quoted)}!$1:$1</definedName>")


def _printable(sheet: dict[str, Any]) -> bool:
    return bool(sheet.get("printable", sheet.get("state", "visible") == "visible"))


def write_xlsx(sheets: list[dict[str, Any]], *, title: str = "",
               creator: str = "ZeroDX Desktop") -> bytes:
    """An .xlsx (bytes) from ``sheets``: dicts with ``title``, ``rows`` (lists of str / int /
    Decimal / None; row 1 is styled as a bold header unless ``header`` is False), and optional
    ``widths``, ``wrap_cols`` (1-based), ``freeze_header`` (default True), ``state``
    ("visible", "hidden", "veryHidden"). Visible sheets print on A4 landscape, fitted to one
    page wide, with row 1 repeated on every page (``printable`` False turns that off).

    Texts must already have passed :func:`safe_cell_text`; they are stored as strings.
    """
    import io
    import zipfile
    from datetime import UTC, datetime

    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    n = len(sheets)
    ct = [_XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/'
          'vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    ct.extend(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              for i in range(1, n + 1))
    ct.append("</Types>")
    rels = (_XML_DECL + f'<Relationships xmlns="{_PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{_PKG_REL_NS}/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL_NS}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>')
    wb = [_XML_DECL, f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
          '<bookViews><workbookView activeTab="0"/></bookViews><sheets>']
    wb_rels = [_XML_DECL, f'<Relationships xmlns="{_PKG_REL_NS}">']
    for i, sh in enumerate(sheets, 1):
        state = sh.get("state", "visible")
        st = "" if state == "visible" else f' state="{state}"'
        wb.append(f'<sheet name="{_esc_attr(sh["title"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>')
    wb.append("</sheets>")
    titles = [_print_titles(i, sh["title"]) for i, sh in enumerate(sheets)
              if _printable(sh) and sh.get("header", True)]
    if titles:
        wb.append("<definedNames>" + "".join(titles) + "</definedNames>")
    wb.append("</workbook>")
    wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="{_REL_NS}/styles" '
                   'Target="styles.xml"/></Relationships>')
    core = (_XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
            f'XMLSchema-instance"><dc:title>{_esc(title)}</dc:title>'
            f"<dc:creator>{_esc(creator)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>")
    app = (_XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/extended-properties"><Application>{_esc(creator)}</Application></Properties>')

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("[Content_Types].xml", "".join(ct))
        zf.writestr("_rels/.rels", rels)
        zf.writestr("docProps/core.xml", core)
        zf.writestr("docProps/app.xml", app)
        zf.writestr("xl/workbook.xml", "".join(wb))
        zf.writestr("xl/_rels/workbook.xml.rels", "".join(wb_rels))
        zf.writestr("xl/styles.xml", _STYLES_XML)
        for i, sh in enumerate(sheets, 1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(
                sh["rows"], widths=sh.get("widths"),
                freeze_header=sh.get("freeze_header", True),
                wrap_cols=set(sh.get("wrap_cols", ())), header_style=sh.get("header", True),
                selected=i == 1, printable=_printable(sh)))
    return buf.getvalue()


# --------------------------------------------------------------------------- fast reader
#
# Reading a sheet through openpyxl's read-only mode costs ~40 us per cell (and it scans each
# sheet once more at load time when the <dimension> element is missing). Verification only
# needs every stored cell's position, type and value, so this reader streams the worksheet XML
# through expat with DTDs, entity declarations and external references refused (the attacks
# defusedxml guards against cannot even start without a DTD).

_MAX_ROW = 1_048_576
_MAX_COL = 16_384
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


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


# -- how cells are displayed: number formats, hidden rows and columns -----------------------
#
# A signed sheet signs values; a number format can still make Excel or LibreOffice *show*
# something else ("5" or [=3]"5";General on a 3, ;;; hiding a comment, 0% turning 3 into
# 300%). The reader notes every value cell whose format is not plainly benign, and the rows,
# columns and sheet settings that hide values; score_sheet.py reports them.

# ECMA-376 Part 1, 18.8.30 (numFmt): the builtin format ids that need no <numFmt> element.
BUILTIN_NUMBER_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
    11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
    17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
    22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mmss.0", 48: "##0.0E+0", 49: "@"}
FIRST_CUSTOM_FORMAT = 164  # ids below are builtin (some locale-defined: currency, CJK dates)

FORMAT_BENIGN = -2  # shows the value as it is (General, @)
FORMAT_ALTERED = -1  # may show another number, or hide the value
# a value >= 0: a plain number format with that many decimals (shows another number only
# when it rounds the value)

MAX_STYLES_BYTES = 8 * 1024 * 1024  # a styles.xml beyond this is not examined (noted)
MAX_FORMAT_CODE = 1000  # longer format codes are kept cut (never benign anyway)
MAX_LOOK_ITEMS = 10_000  # per sheet and kind of note
MIN_FONT_SIZE = 4.0  # points: smaller text cannot be read
# fonts whose letters are pictures: "5" in Wingdings is not a five
SYMBOL_FONTS = frozenset({"wingdings", "wingdings 2", "wingdings 3", "webdings", "symbol",
                          "marlett", "zapf dingbats", "mt extra", "opensymbol"})


def number_format_kind(code: str) -> int:
    """FORMAT_BENIGN, FORMAT_ALTERED, or the decimals of a plain number format.

    Benign: ``General`` and ``@``; plain: ``0``, ``#0``, ``0.0…``, ``#,##0``, ``#,##0.0…``;
    either behind a locale tag (``[$-409]``, ``[$-en-US]``), with width padding (``_)``, the
    ``0_ `` of a Chinese or Japanese Excel) or escaped spaces, and with a negative section
    that only adds the minus sign (``0.00;-0.00``). Anything else (literals, conditions,
    fills, an empty or different section, percent, dates and times, fractions, scientific)
    may alter the display.
    """
    import re

    c = code
    m = re.match(r"\[\$-[0-9A-Za-z-]{1,20}\]", c)
    if m:
        c = c[m.end():]
    if len(c) > 60:
        return FORMAT_ALTERED
    c = re.sub(r"_.|\\ ", "", c)  # padding the width of a character; an escaped space
    sections = c.split(";")
    if len(sections) in (2, 3) and sections[1] == "-" + sections[0] and (
            len(sections) == 2 or sections[2] == sections[0]):
        c = sections[0]
    if c.lower() == "general" or c == "@":
        return FORMAT_BENIGN
    m = re.fullmatch(r"(?:#*0|#,##0)(?:\.(0{1,30}))?", c)
    if m:
        return len(m.group(1) or "")
    return FORMAT_ALTERED


def format_rounds_value(value: str, decimals: int) -> bool:
    """True when a cell value (its stored text) shown with ``decimals`` decimals is not the
    same number (beyond float noise): 66.67 with ``0`` shows 67."""
    from decimal import Decimal, InvalidOperation

    try:
        x = Decimal(value.strip())
        if not x.is_finite():
            return True
        q = x.quantize(Decimal(1).scaleb(-decimals))
    except (InvalidOperation, ValueError):
        return True
    return abs(q - x) > Decimal("1e-9") * max(Decimal(1), abs(x))


_INDEXED_COLOURS = {0: "000000", 8: "000000", 1: "FFFFFF", 9: "FFFFFF"}
_THEME_COLOURS = {0: "FFFFFF", 1: "000000"}  # Excel's theme 0 is "Background 1", 1 "Text 1"


def _colour(attrs: dict[str, str]) -> str | None:
    """RRGGBB of a <color>/<fgColor> element; None for automatic or unknown colours."""
    import re

    rgb = attrs.get("rgb")
    if rgb is not None:
        return rgb[-6:].upper() if re.fullmatch(r"[0-9A-Fa-f]{6,8}", rgb) else None
    try:
        if "indexed" in attrs:
            return _INDEXED_COLOURS.get(int(attrs["indexed"]))
        if "theme" in attrs:
            if abs(float(attrs.get("tint", "0"))) > 0.15:
                return None  # a tinted theme colour: not the plain one
            return _THEME_COLOURS.get(int(attrs["theme"]))
    except ValueError:
        return None
    return None


def _xml_true(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("1", "true")


TINY_ROW_HEIGHT = 3.0  # points: a row lower than this shows no text (hidden in effect)
TINY_COLUMN_WIDTH = 1.0  # characters: a narrower column shows no value


def _xml_below(value: str | None, limit: float) -> bool:
    """True when the number ``value`` is below ``limit`` (not when absent or not a number)."""
    if value is None:
        return False
    try:
        return float(value) < limit
    except ValueError:
        return False


@dataclass
class SheetLook:
    """What hides or changes the display of one sheet's values (filled by ``iter_cells``).

    ``formats``: (row, column, format code) of cells holding a value shown with a format
    that is not plainly benign; ``unseen``: (row, column, why) of value cells whose font
    cannot be seen (background colour, tiny); ``hidden_rows`` (row numbers) and ``hidden_columns``
    ((first, last) column ranges); ``notes``: sheet-wide settings, e.g. ``("conditional
    format", "G2:G9")``, ``("zeros hidden", "")``. Each list keeps at most MAX_LOOK_ITEMS;
    the ``*_total`` counts are complete.
    """

    formats: list[tuple[int, int, str]] = field(default_factory=list)
    formats_total: int = 0
    unseen: list[tuple[int, int, str]] = field(default_factory=list)  # invisible text cells
    unseen_total: int = 0
    hidden_rows: list[int] = field(default_factory=list)
    hidden_rows_total: int = 0
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CellStyles:
    """The number format of each cell style (styles.xml ``cellXfs``), read leniently, and
    whether its font makes text invisible (colour of the background, tiny size).

    ``problem`` is set (and every style treated as General) when styles.xml could not be
    examined (too large, not well-formed); a style index out of range, a bad numFmtId or a
    custom id without a <numFmt> shows as General, as Excel and LibreOffice show it.
    """

    xf_formats: list[int] = field(default_factory=list)  # cellXfs index -> numFmtId
    custom: dict[int, str] = field(default_factory=dict)  # numFmtId -> format code
    problem: str = ""
    xf_fonts: list[tuple[int, int]] = field(default_factory=list)  # index -> fontId, fillId
    # size, colour ("AUTO": automatic, None: one we cannot resolve), lower-case font name
    fonts: list[tuple[float | None, str | None, str]] = field(default_factory=list)
    fills: list[str | None] = field(default_factory=list)  # background colour (None: unknown)

    @functools.cached_property
    def any_unseen(self) -> bool:
        """Whether some cell style makes text invisible (checked once per font/fill pair)."""
        return any(self._unseen(*pair) for pair in set(self.xf_fonts))

    def unseen(self, style: str | None) -> str:
        """Why text in this style cannot be seen ("" when it can)."""
        try:
            i = int(style) if style else 0
        except ValueError:
            return ""
        if not 0 <= i < len(self.xf_fonts):
            return ""
        return self._unseen(*self.xf_fonts[i])

    def _unseen(self, font_id: int, fill_id: int) -> str:
        if not 0 <= font_id < len(self.fonts):
            return ""
        size, colour, name = self.fonts[font_id]
        if size is not None and size < MIN_FONT_SIZE:
            return Message("font size {size}", size=f"{size:g}")
        if name in SYMBOL_FONTS:
            return Message("symbol font {name}", name=name)
        background = self.fills[fill_id] if 0 <= fill_id < len(self.fills) else "FFFFFF"
        text = "000000" if colour == "AUTO" else colour  # automatic: the window text colour
        if background is not None and text == background:
            return Message("text colour {colour} on background {background}",
                           colour=background, background=background)
        return ""

    def code(self, style: str | None) -> str:
        fid = self._format_id(style)
        if fid in self.custom:
            return self.custom[fid]
        if fid in BUILTIN_NUMBER_FORMATS:
            return BUILTIN_NUMBER_FORMATS[fid]
        if fid < FIRST_CUSTOM_FORMAT:
            return f"[builtin format {fid}]"
        return "General"

    def kind(self, style: str | None) -> int:
        fid = self._format_id(style)
        if fid in self.custom:
            return number_format_kind(self.custom[fid])
        if fid in (0, 49):
            return FORMAT_BENIGN
        if fid in (1, 2, 3, 4):
            return number_format_kind(BUILTIN_NUMBER_FORMATS[fid])
        return FORMAT_ALTERED if fid < FIRST_CUSTOM_FORMAT else FORMAT_BENIGN

    def _format_id(self, style: str | None) -> int:
        try:
            i = int(style) if style else 0
        except ValueError:
            return 0
        return self.xf_formats[i] if 0 <= i < len(self.xf_formats) else 0



FAST_PATH = True  # tests turn it off to compare both paths on the same files
FAST_MAX_BYTES = 64 * 1024 * 1024  # larger worksheet parts are streamed


class _Fallback(Exception):
    """The fast path met something outside its plain forms."""


def _fast_patterns() -> tuple[Any, ...]:
    import re

    row = re.compile(r'<row r="([0-9]{1,7})"((?: [A-Za-z0-9:]{1,40}="[^"<>&\t\r\n]*")*)(/?)>')
    cell = re.compile(
        r'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,9})")?'
        r'(?: t="(s|n|str|inlineStr|b|e|d)")?'
        r'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)</c>)')
    attr = re.compile(r' ([A-Za-z0-9:]{1,40})="([^"]*)"')
    decl = re.compile(r'<\?xml version="1\.[0-9]"(?: encoding="([A-Za-z0-9._-]+)")?'
                      r'(?: standalone="(?:yes|no)")?\s*\?>')
    bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")
    entity = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
    return row, cell, attr, decl, bad, entity


_FAST_ROW, _FAST_CELL, _FAST_ATTR, _XML_DECL_RE, _XML_BAD_CHARS, _ENTITY = _fast_patterns()
_FAST_ROW_ATTRS = frozenset({"spans", "ht", "customHeight", "hidden", "s", "customFormat",
                             "outlineLevel", "collapsed", "thickTop", "thickBot", "ph"})
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(text: str) -> str:
    """XML character data with its five entities and character references decoded; any
    other ``&`` (which an XML parser refuses) sends the part to the slow path."""
    def one(m: Any) -> str:
        if m.group(1):
            return _NAMED_ENTITIES[m.group(1)]
        code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
        ch = chr(code) if code <= 0x10FFFF else ""
        if not ch or _XML_BAD_CHARS.match(ch) or 0xD800 <= code <= 0xDFFF:
            raise _Fallback
        return ch

    out: str = _ENTITY.sub(one, text)
    if "&" in _ENTITY.sub("", text):
        raise _Fallback
    return out


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
_CELL_TYPES = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})
# XML Schema decimal / double lexical forms, ASCII digits only (no "_", no other digits, no
# spaces, no INF/NaN): what Excel and LibreOffice read as the same number.
_DECIMAL_RE = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_CELL_REF_RE = r"([A-Z]{1,3})([0-9]{1,7})"
MAX_OUTSIDE_ELEMENTS = 200_000  # elements of a worksheet outside <sheetData>
DEFAULT_MAX_CELLS = 8_000_000  # cells a workbook may hold when nothing smaller is known
MAX_SHARED_TEXT = 512 * 1024 * 1024  # characters in all shared strings together


def _number(text: str) -> int | float:
    """A cell's ``<v>`` as a number, only in the XML Schema decimal/double form."""
    import re

    if not re.fullmatch(_DECIMAL_RE, text):
        raise ValueError(f"'{text[:30]}' is not a number in the form spreadsheets store")
    if re.fullmatch(r"[+-]?[0-9]+", text):
        return int(text)
    return float(text)


def _ns_of(name: str) -> str:
    return name[:name.rfind(" ")] if " " in name else ""


class UntrustedXlsx:
    """A strict, read-only view of an untrusted .xlsx: sheet names, states and stored cells.

    Open with :func:`open_untrusted_xlsx`; works with :func:`iter_sheet_cells` and
    :func:`sheet_state` like an openpyxl workbook does. Close it with ``close()``.
    After a sheet's cells were read, :meth:`sheet_look` tells what alters their display.

    Strict where spreadsheet programs are lenient (docs/contract.md §7): values come only from
    ``worksheet/sheetData/row/c/v`` (or ``c/is/t``, ``c/is/r/t``) in the SpreadsheetML main
    namespace, shared strings only from ``sst/si`` (``t`` and rich ``r/t``; phonetic ``rPh``
    runs are not part of the text, as Excel shows it), sheets only from ``workbook/sheets``,
    relationship ids only in the official namespace. One ``<v>`` per cell, cells and rows in
    order (so never a duplicate reference), sheet names unique ignoring case, numbers in the
    XML Schema form only, no extension block (``extLst``, ``mc:AlternateContent``) inside the
    cells. Anything else raises :class:`Unreadable` naming the part and the cell.

    Work is bounded: :meth:`set_budget` caps the cells (and shared strings) read before the
    reader gives up, per sheet or for the whole workbook.
    """

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

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def sheet_state(self, title: str) -> str:
        return self._sheets[title][1]

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> UntrustedXlsx:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def sheet_look(self, title: str) -> SheetLook | None:
        """What alters the display of sheet ``title``'s values; None until it was read."""
        return self._looks.get(title)

    def iter_cells(self, title: str) -> Iterator[tuple[int, int, Any, str]]:
        """(row, column, value, data_type) of every stored cell; formulas as ``"=..."``/f.

        Strict (see the class): raises :class:`Unreadable` naming the part and cell for
        anything a spreadsheet program could show differently. Reading the sheet to its end
        also records its :meth:`sheet_look`.

        A sheet whose cells are written in the plain forms spreadsheet programs write
        (``<row r=..>``, ``<c r=.. s=.. t=..>`` holding one ``<v>`` or ``<is><t>``) is read
        by a fast path: the rest of the part goes through the same XML parser, the cells
        through one regular expression each, and the same value and display rules. Anything
        else in the cells falls back to the XML parser for the whole part.
        """
        if FAST_PATH:
            try:
                cells = list(self._cells(title, fast=True))
            except _Fallback:
                pass
            else:
                yield from cells
                return
        yield from self._cells(title, fast=False)

    def cell_list(self, title: str) -> list[tuple[int, int, Any, str]]:
        """:meth:`iter_cells` as a list, read to the sheet's end."""
        if FAST_PATH:
            try:
                return list(self._cells(title, fast=True))
            except _Fallback:
                pass
        return list(self._cells(title, fast=False))

    def _fast_source(self, member: str) -> tuple[str, str, str]:
        """(before, inside, after) ``<sheetData>`` of a worksheet part, or _Fallback."""
        size = self._zf.getinfo(member).file_size
        if size > FAST_MAX_BYTES:
            raise _Fallback
        with self._member(member) as fh:
            raw = fh.read(FAST_MAX_BYTES + 1)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _Fallback from None
        decl = _XML_DECL_RE.match(text)
        if decl is not None and decl.group(1) is not None \
                and decl.group(1).lower() not in ("utf-8", "utf8"):
            raise _Fallback
        if text.count("<sheetData>") != 1 or text.count("</sheetData>") != 1 \
                or text.count("<sheetData") != 1:
            raise _Fallback
        i = text.index("<sheetData>")
        j = text.index("</sheetData>")
        pre, body, post = text[:i], text[i + 11:j], text[j + 12:]
        rest = pre[decl.end():] if decl else pre
        if j < i or "<!" in rest or "<?" in rest or "<!" in post or "<?" in post \
                or _XML_BAD_CHARS.search(body) or "]]>" in body:
            raise _Fallback
        return pre, body, post

    def _cells(self, title: str, fast: bool) -> Iterator[tuple[int, int, Any, str]]:
        import re

        member = self._sheets[title][0]
        part = f"sheet '{title}'"
        shared = self.shared_strings()
        n_shared = len(shared)
        styles = self.cell_styles()
        look = SheetLook()
        max_cells = min(self._sheet_caps.get(title, self.max_cells), self.max_cells)
        ref_match = re.compile(_CELL_REF_RE).fullmatch
        number_ok = re.compile(_DECIMAL_RE).fullmatch
        integer_ok = re.compile(r"[+-]?[0-9]+").fullmatch
        digits_ok = re.compile(r"[0-9]{1,7}").fullmatch
        m = _MAIN_NS + " "
        WS, SD, ROW, C, V, F, IS, T, R, RPR, RPH, PPR = (
            m + "worksheet", m + "sheetData", m + "row", m + "c", m + "v", m + "f", m + "is",
            m + "t", m + "r", m + "rPr", m + "rPh", m + "phoneticPr")
        cells: list[tuple[int, int, Any, str]] = []
        append = cells.append
        buf: list[str] = []
        col_of: dict[str, int] = {}
        kind_of: dict[str | None, int] = {}  # a cell's "s" attribute -> number_format_kind
        formats, hidden_rows = look.formats, look.hidden_rows
        unseen_of: dict[str | None, str] | None = {} if styles.any_unseen else None
        # Where the parser is. 0 document, 1 worksheet, 2 sheetData, 3 row, 4 c, 5 v or f
        # (text), 6 is, 7 is/r, 8 is/t or r/t (text), 9 a skipped subtree (run formatting,
        # phonetic runs), 10 outside sheetData (settings, read by local name for the look).
        state = 0
        stack: list[int] = []
        row = col = r = c = 0
        n_cells = n_rows = outside = sheet_data = size = n_elements = 0
        row_s = "0"
        # a genuine cell is 3 elements (c, is, t); rich text and formatting add a few
        max_elements = 12 * max_cells + MAX_OUTSIDE_ELEMENTS
        t = "n"
        s: str | None = None
        v: str | None = None
        f: str | None = None
        inline: list[str] | None = None
        n_v = n_f = n_is = n_t = 0
        zero_height = cap_f = False

        def cell_name() -> str:
            return f"{_column_letter(c)}{r}" if c else f"row {row}"

        def refuse(what: str) -> Unreadable:
            return self._refuse(what, part)

        def sheet_setting(name: str, attrs: dict[str, str]) -> None:
            nonlocal zero_height
            local = name[name.rfind(" ") + 1:]
            if local == "col":
                if (_xml_true(attrs.get("hidden"))
                        or _xml_below(attrs.get("width"), TINY_COLUMN_WIDTH)):
                    try:
                        lo, hi = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
                    except ValueError:
                        return
                    if len(look.hidden_columns) < MAX_LOOK_ITEMS:
                        look.hidden_columns.append((lo, hi))
            elif local == "sheetFormatPr":
                # rows without a height of their own take the default: hidden when it is tiny
                zero_height = (_xml_true(attrs.get("zeroHeight"))
                               or _xml_below(attrs.get("defaultRowHeight"), TINY_ROW_HEIGHT))
                for key in ("defaultColWidth", "baseColWidth"):
                    if _xml_below(attrs.get(key), TINY_COLUMN_WIDTH):
                        look.notes.append(("layout", Message("default column width {width}",
                                                             width=attrs[key][:20])))
            elif local == "mergeCell" and len(look.notes) < MAX_LOOK_ITEMS:
                # one merged cell shows only its top-left value (our sheets merge nothing)
                look.notes.append(("layout", Message("merged cells {cells}",
                                                     cells=attrs.get("ref", "")[:40])))
            elif local in ("drawing", "legacyDrawing"):
                look.notes.append(("layout", Message("a drawing or text box over the cells")))
            elif local == "sheetView":
                sz = attrs.get("showZeros")
                if sz is not None and not _xml_true(sz):
                    look.notes.append(("zeros hidden", ""))
            elif local == "conditionalFormatting" and len(look.notes) < MAX_LOOK_ITEMS:
                look.notes.append(("conditional format", attrs.get("sqref", "")[:200]))
            elif local in ("sheetData", "row", "c", "sheet", "sheets"):
                raise refuse(f"a <{local}> outside the sheet's cells (in an extension block)")

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal state, row, col, r, c, t, s, v, f, inline, n_v, n_f, n_is, n_t, cap_f
            nonlocal n_cells, n_rows, outside, sheet_data, size, n_elements, row_s
            stack.append(state)
            n_elements += 1
            if n_elements > max_elements:
                raise refuse(f"more than {max_elements:,} XML elements, more than this sheet "
                             "can hold")
            if state == 4:  # inside a cell
                if name == V:
                    cap_f = False
                    n_v += 1
                    if n_v > 1:
                        raise refuse(f"cell {cell_name()} has more than one value <v>")
                    state = 5
                elif name == F:
                    n_f += 1
                    if n_f > 1:
                        raise refuse(f"cell {cell_name()} has more than one formula")
                    f = ""
                    cap_f = True
                    state = 5
                elif name == IS:
                    n_is += 1
                    if n_is > 1 or t != "inlineStr":
                        raise refuse(f"cell {cell_name()} has an inline string it does not "
                                     "show")
                    inline = []
                    state = 6
                else:
                    raise refuse(f"unexpected element {_show(name)} in cell {cell_name()}")
                buf.clear()
                size = 0
            elif state == 3:  # inside a row
                if name != C:
                    raise refuse(f"unexpected element {_show(name)} in row {row}")
                n_cells += 1
                if n_cells > max_cells:
                    raise refuse(f"more than {max_cells:,} cells, more than this sheet can "
                                 "hold; not a file this panel's program wrote")
                ref = attrs.get("r")
                cn = None if ref is None or not ref.endswith(row_s) else \
                    col_of.get(ref[:len(ref) - len(row_s)])
                if cn is not None:  # the common case: a known column, this row
                    if cn <= col:
                        raise refuse(f"cell {ref} comes twice or out of order")
                    col = cn
                elif ref is not None:
                    mt = ref_match(ref)
                    if not mt:
                        raise refuse(f"bad cell reference {ref[:20]!r} in row {row}")
                    letters = mt.group(1)
                    cn = col_of.get(letters) or col_of.setdefault(letters,
                                                                  _col_number(letters))
                    if int(mt.group(2)) != row:
                        raise refuse(f"cell {ref} is inside row {row}")
                    if cn <= col:
                        raise refuse(f"cell {ref} comes twice or out of order")
                    col = cn
                else:
                    col += 1
                c, r = col, row
                if c > _MAX_COL:
                    raise refuse(f"a cell of row {row} lies outside the sheet")
                t = attrs.get("t", "n")
                if t not in _CELL_TYPES:
                    raise refuse(f"cell {cell_name()} has the unknown type {t[:20]!r}")
                if "vm" in attrs:
                    raise refuse(f"cell {cell_name()} shows a rich value (value metadata)")
                s = attrs.get("s")
                v = f = inline = None
                n_v = n_f = n_is = n_t = 0
                state = 4
            elif state in (5, 8):
                raise refuse(f"an element inside the value of cell {cell_name()}")
            elif state == 6:  # <is>
                if name == T:
                    n_t += 1
                    if n_t > 1 or inline:
                        raise refuse(f"cell {cell_name()} has more than one inline text")
                    buf.clear()
                    size = 0
                    state = 8
                elif name == R:
                    n_t += 1
                    state = 7
                elif name in (RPH, PPR):
                    state = 9
                else:
                    raise refuse(f"unexpected element {_show(name)} in cell {cell_name()}")
            elif state == 7:  # <is><r>
                if name == T:
                    buf.clear()
                    size = 0
                    state = 8
                elif name == RPR:
                    state = 9
                else:
                    raise refuse(f"unexpected element {_show(name)} in cell {cell_name()}")
            elif state == 2:  # <sheetData>
                if name != ROW:
                    raise refuse(f"unexpected element {_show(name)} among the rows")
                n_rows += 1
                if n_rows > max_cells:
                    raise refuse(f"more than {max_cells:,} rows, more than this sheet can "
                                 "hold")
                ra = attrs.get("r")
                if ra is not None:
                    if not digits_ok(ra):
                        raise refuse(f"bad row number {ra[:20]!r}")
                    nr = int(ra)
                    if nr <= row:
                        raise refuse(f"row {nr} comes twice or out of order")
                    row = nr
                else:
                    row += 1
                row_s = str(row)
                if not 0 < row <= _MAX_ROW:
                    raise refuse(f"row {row} lies outside the sheet")
                col = 0
                if len(attrs) > ("r" in attrs) or zero_height:  # "r" is optional
                    row_look(attrs)
                state = 3
            elif state == 9:
                pass
            elif state == 1:  # children of <worksheet>
                if name == SD:
                    sheet_data += 1
                    if sheet_data > 1:
                        raise refuse("the sheet has more than one <sheetData>")
                    state = 2
                else:
                    if name.startswith(_MC_NS + " "):
                        raise refuse("an alternate-content block in the sheet")
                    sheet_setting(name, attrs)
                    state = 10
            elif state == 10:
                outside += 1
                if outside > MAX_OUTSIDE_ELEMENTS:
                    raise refuse("too many elements outside the cells")
                if name.startswith(_MC_NS + " "):
                    raise refuse("an alternate-content block in the sheet")
                sheet_setting(name, attrs)
            else:  # the root
                if name == _STRICT_MAIN_NS + " worksheet":
                    raise refuse("the sheet is saved as 'Strict Open XML', which is not read "
                                 "here")
                if name != WS:
                    raise refuse(f"the part is not a worksheet ({_show(name)})")
                state = 1

        def end(_name: str) -> None:
            nonlocal state, v, f
            if state == 5:
                if cap_f:
                    f = "".join(buf)
                else:
                    v = "".join(buf)
            elif state == 8:
# why the ignore below: a text inside <is> comes after <is> set inline to []
                inline.append("".join(buf))  # type: ignore[union-attr]
            elif state == 4:
                finish_cell()
            state = stack.pop()

        def finish_cell() -> None:
            if f is not None:
                append((r, c, "=" + f, "f"))
            elif t == "s":
                if v is None:
                    append((r, c, None, "s"))
                else:
                    if not v.isascii() or not v.isdigit():
                        raise refuse(f"cell {cell_name()} names shared string {v[:20]!r}")
                    idx = int(v)
                    if idx >= n_shared:
                        raise refuse(f"cell {cell_name()} names shared string {idx}, which "
                                     "does not exist")
                    append((r, c, shared[idx], "s"))
            elif t == "inlineStr":
                if v is not None:
                    raise refuse(f"cell {cell_name()} has both an inline string and a <v>")
                append((r, c, None if inline is None else "".join(inline), "s"))
            elif t == "n":
                if v is None or v == "":
                    append((r, c, None, "n"))
                elif not number_ok(v):
                    raise refuse(f"cell {cell_name()} holds {v[:30]!r}, not a number in the "
                                 "form spreadsheets store")
                else:
                    append((r, c, int(v) if integer_ok(v) else float(v), "n"))
            elif t == "b":
                if v not in (None, "0", "1"):
                    raise refuse(f"cell {cell_name()} holds {v[:20]!r}, not a boolean")
                append((r, c, None if v is None else v == "1", "b"))
            elif t == "str":
                append((r, c, v, "s"))
            else:  # "e", "d"
                append((r, c, v, t))
            if v is None and inline is None and f is None:
                return  # no value: a format shows nothing
            if unseen_of is not None:
                why = unseen_of.get(s)
                if why is None:
                    why = unseen_of[s] = styles.unseen(s)
                if why:
                    look.unseen_total += 1
                    if len(look.unseen) < MAX_LOOK_ITEMS:
                        look.unseen.append((r, c, why))
            k = kind_of.get(s)
            if k is None:
                k = kind_of[s] = styles.kind(s)
            if k == FORMAT_BENIGN or (
                    k >= 0 and (t != "n" or not v or not format_rounds_value(v, k))):
                return
            look.formats_total += 1
            if len(formats) < MAX_LOOK_ITEMS:
                formats.append((r, c, styles.code(s)))

        def chars(data: str) -> None:
            nonlocal size
            if state == 5 or state == 8:
                buf.append(data)
                size += len(data)
                if size > MAX_CELL_CHARS:
                    raise refuse(f"cell {cell_name()} holds more text than a cell can")

        def row_look(attrs: dict[str, str]) -> None:
            ht = attrs.get("ht")
            if (_xml_true(attrs.get("hidden")) or _xml_below(ht, TINY_ROW_HEIGHT)
                    or (zero_height and not ht)):
                look.hidden_rows_total += 1
                if len(hidden_rows) < MAX_LOOK_ITEMS:
                    hidden_rows.append(row)

        def fast_body(body: str) -> None:
            """The cells of ``body`` (inside <sheetData>) in the plain forms only; the same
            checks and rules as the XML handlers above; _Fallback for anything else."""
            nonlocal row, col, r, c, t, s, v, f, inline, n_cells, n_rows, n_elements
            row_match, cell_match = _FAST_ROW.match, _FAST_CELL.match
            get_col, kind_get = col_of.get, kind_of.get
            plain_inline = unseen_of is None
            n_body, body_cap = 0, max_cells - n_cells  # cells read here
            pos, end_at = 0, len(body)
            while pos < end_at:
                mr = row_match(body, pos)
                if mr is None:
                    raise _Fallback
                pos = mr.end()
                n_rows += 1
                if n_rows > max_cells:
                    raise refuse(f"more than {max_cells:,} rows, more than this sheet can "
                                 "hold")
                nr = int(mr.group(1))
                if nr <= row:
                    raise refuse(f"row {nr} comes twice or out of order")
                row, col = nr, 0
                if not 0 < row <= _MAX_ROW:
                    raise refuse(f"row {row} lies outside the sheet")
                extra = mr.group(2)
                attrs: dict[str, str] = {}
                if extra:
                    pairs = _FAST_ATTR.findall(extra)
                    attrs = dict(pairs)
                    if len(attrs) != len(pairs) or any(
                            k not in _FAST_ROW_ATTRS and not k.startswith("x14ac:")
                            for k in attrs):
                        raise _Fallback
                if attrs or zero_height:
                    row_look(attrs)
                if mr.group(3):  # <row .../>
                    continue
                row_s = mr.group(1)
                # the loop keeps its state in local names (closure cells are slower); the
                # closure's r, c, s, t, ... are set before anything that reads them
                lcol, lrow = col, row
                while True:
                    mc = cell_match(body, pos)
                    if mc is None:
                        break
                    pos = mc.end()
                    n_body += 1
                    if n_body > body_cap:
                        n_cells += n_body
                        raise refuse(f"more than {max_cells:,} cells, more than this sheet "
                                     "can hold; not a file this panel's program wrote")
                    letters, ref_row, cs, ct, text, itext = mc.groups()
                    cn = get_col(letters) or col_of.setdefault(letters, _col_number(letters))
                    if ref_row != row_s:
                        if int(ref_row) != lrow:
                            raise refuse(f"cell {letters}{ref_row} is inside row {lrow}")
                    if cn <= lcol:
                        raise refuse(f"cell {letters}{ref_row} comes twice or out of order")
                    lcol = cn
                    if cn > _MAX_COL:
                        raise refuse(f"a cell of row {lrow} lies outside the sheet")
                    if itext is not None and ct == "inlineStr" and plain_inline \
                            and "&" not in itext and len(itext) <= MAX_CELL_CHARS \
                            and kind_get(cs) == FORMAT_BENIGN:
                        append((lrow, cn, itext, "s"))  # the common case, as finish_cell does
                        continue
                    r, c, col, s, t, f = lrow, cn, cn, cs, ct or "n", None
                    if text is not None:
                        if "&" in text:
                            text = _unescape(text)
                        if len(text) > MAX_CELL_CHARS:
                            raise refuse(f"cell {cell_name()} holds more text than a cell can")
                        v, inline = text, None
                    else:
                        text = itext
                        if text is None:
                            v = inline = None
                        else:
                            if t != "inlineStr":
                                raise refuse(f"cell {cell_name()} has an inline string it "
                                             "does not show")
                            if "&" in text:
                                text = _unescape(text)
                            if len(text) > MAX_CELL_CHARS:
                                raise refuse(f"cell {cell_name()} holds more text than a "
                                             "cell can")
                            v, inline = None, [text]
                    finish_cell()
                if lcol:
                    r, c, col = lrow, lcol, lcol
                if not body.startswith("</row>", pos):
                    raise _Fallback
                pos += 6
            n_cells += n_body
            n_elements += 3 * n_body  # a genuine cell is 3 elements (c, is, t)
            if n_elements > max_elements:
                raise refuse(f"more than {max_elements:,} XML elements, more than this "
                             "sheet can hold")

        if fast:
            pre, body, post = self._fast_source(member)
            parser = _secure_expat(start, end, chars)
            parser.Parse((pre + "<sheetData/>" + post).encode("utf-8"), True)
            fast_body(body)
            yield from cells
        else:
            yield from self._parse_stream(member, _secure_expat(start, end, chars), cells)
        if sheet_data != 1:
            raise refuse("the sheet has no <sheetData>")
        self._looks[title] = look


def _show(name: str) -> str:
    """An expat element name ("namespace local") as a reader sees it: <local> or
    <{namespace}local>, cut to a printable length."""
    ns, _sp, local = name.rpartition(" ")
    if ns in ("", _MAIN_NS):
        return f"<{local[:40]}>"
    return f"<{{{ns[:60]}}}{local[:40]}>"


def _column_letter(n: int) -> str:
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def open_untrusted_xlsx(path: Path) -> UntrustedXlsx:
    """Open an .xlsx from someone else for fast reading: limits first, then the index."""
    path = Path(path)
    check_xlsx_limits(path)
    return UntrustedXlsx(path)


def sheet_state(wb: Any, title: str) -> str:
    """"visible", "hidden" or "veryHidden", for an UntrustedXlsx or an openpyxl workbook."""
    if isinstance(wb, UntrustedXlsx):
        return wb.sheet_state(title)
    return str(getattr(wb[title], "sheet_state", "visible"))
