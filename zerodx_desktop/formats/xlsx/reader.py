"""The strict streaming reader of untrusted .xlsx files (docs/contract.md §7).

:func:`open_untrusted_xlsx` (fast streaming reader) and
:func:`~zerodx_desktop.formats.xlsx.untrusted.open_untrusted_workbook` (openpyxl, read-only)
both check the zip first (regular file, member count, sizes, compression ratio:
formats/limits.py) and refuse DTDs and entity declarations (defusedxml, asserted active for
openpyxl); :func:`iter_sheet_cells` yields every stored cell with its type from either,
whatever the sheet's (possibly lying) ``<dimension>`` says, and :func:`sheet_state` tells a
hidden sheet. The package index, shared strings and styles are read by
:class:`~zerodx_desktop.formats.xlsx.untrusted.UntrustedPackage`; the display checks are in
formats/xlsx/display.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from zerodx_desktop.core.messages import Message
from zerodx_desktop.formats.xlsx.display import (
    FORMAT_BENIGN,
    MAX_LOOK_ITEMS,
    TINY_COLUMN_WIDTH,
    TINY_ROW_HEIGHT,
    CellStyles,
    SheetLook,
    _xml_below,
    _xml_true,
    format_rounds_value,
)
from zerodx_desktop.formats.xlsx.ooxml import MAIN_NS as _MAIN_NS
from zerodx_desktop.formats.xlsx.refs import column_letter as _column_letter
from zerodx_desktop.formats.xlsx.text import MAX_CELL_CHARS
from zerodx_desktop.formats.xlsx.untrusted import (
    _MC_NS,
    _STRICT_MAIN_NS,
    Unreadable,
    UntrustedPackage,
    _secure_expat,
    _show,
    check_xlsx_limits,
)


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


# --------------------------------------------------------------------------- fast reader
#
# Reading a sheet through openpyxl's read-only mode costs ~40 us per cell (and it scans each
# sheet once more at load time when the <dimension> element is missing). Verification only
# needs every stored cell's position, type and value, so this reader streams the worksheet XML
# through expat with DTDs, entity declarations and external references refused (the attacks
# defusedxml guards against cannot even start without a DTD).

_MAX_ROW = 1_048_576
_MAX_COL = 16_384


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n



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



_CELL_TYPES = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})
# XML Schema decimal / double lexical forms, ASCII digits only (no "_", no other digits, no
# spaces, no INF/NaN): what Excel and LibreOffice read as the same number.
_DECIMAL_RE = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_CELL_REF_RE = r"([A-Z]{1,3})([0-9]{1,7})"
MAX_OUTSIDE_ELEMENTS = 200_000  # elements of a worksheet outside <sheetData>


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


def _sheet_setting(look: SheetLook, name: str, attrs: dict[str, str],
                   refuse: Callable[[str], Unreadable]) -> bool | None:
    """Note in ``look`` what an element of a worksheet outside its cells does to the display.
    For ``sheetFormatPr``, whether rows without a height of their own are hidden (None for
    any other element). A cell element there (in an extension block) is refused."""
    zero_height = None
    local = name[name.rfind(" ") + 1:]
    if local == "col":
        if (_xml_true(attrs.get("hidden"))
                or _xml_below(attrs.get("width"), TINY_COLUMN_WIDTH)):
            try:
                lo, hi = int(attrs.get("min", "0")), int(attrs.get("max", "0"))
            except ValueError:
                return None
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
    return zero_height


def _row_look(look: SheetLook, row: int, attrs: dict[str, str], zero_height: bool) -> None:
    """Note a hidden row (hidden, tiny, or no height of its own in a zero-height sheet)."""
    ht = attrs.get("ht")
    if (_xml_true(attrs.get("hidden")) or _xml_below(ht, TINY_ROW_HEIGHT)
            or (zero_height and not ht)):
        look.hidden_rows_total += 1
        if len(look.hidden_rows) < MAX_LOOK_ITEMS:
            look.hidden_rows.append(row)



def _cell_finisher(cells: list[tuple[int, int, Any, str]], shared: list[str],
                   styles: CellStyles, look: SheetLook, refuse: Callable[[str], Unreadable]
                   ) -> tuple[Callable[[int, int, str, str | None, str | None, str | None,
                                        list[str] | None], None], dict[str | None, int]]:
    """The rules every cell read goes through, both paths: ``finish_cell(r, c, t, s, v, f,
    inline)`` (row, column, type, style, ``<v>`` text, formula, inline texts) appends the
    cell's (row, column, value, type) to ``cells`` and notes in ``look`` a format or font that
    shows the value otherwise; :class:`Unreadable` for a value its type does not allow.
    Also returns the cache of each style's number format kind (the fast path reads it)."""
    import re

    append = cells.append
    n_shared = len(shared)
    number_ok = re.compile(_DECIMAL_RE).fullmatch
    integer_ok = re.compile(r"[+-]?[0-9]+").fullmatch
    kind_of: dict[str | None, int] = {}  # a cell's "s" attribute -> number_format_kind
    formats = look.formats
    unseen_of: dict[str | None, str] | None = {} if styles.any_unseen else None

    def finish_cell(r: int, c: int, t: str, s: str | None, v: str | None, f: str | None,
                    inline: list[str] | None) -> None:
        if f is not None:
            append((r, c, "=" + f, "f"))
        elif t == "s":
            if v is None:
                append((r, c, None, "s"))
            else:
                if not v.isascii() or not v.isdigit():
                    raise refuse(f"cell {_column_letter(c)}{r} names shared string {v[:20]!r}")
                idx = int(v)
                if idx >= n_shared:
                    raise refuse(f"cell {_column_letter(c)}{r} names shared string {idx}, which "
                                 "does not exist")
                append((r, c, shared[idx], "s"))
        elif t == "inlineStr":
            if v is not None:
                raise refuse(f"cell {_column_letter(c)}{r} has both an inline string and a <v>")
            append((r, c, None if inline is None else "".join(inline), "s"))
        elif t == "n":
            if v is None or v == "":
                append((r, c, None, "n"))
            elif not number_ok(v):
                raise refuse(f"cell {_column_letter(c)}{r} holds {v[:30]!r}, not a number in the "
                             "form spreadsheets store")
            else:
                append((r, c, int(v) if integer_ok(v) else float(v), "n"))
        elif t == "b":
            if v not in (None, "0", "1"):
                raise refuse(f"cell {_column_letter(c)}{r} holds {v[:20]!r}, not a boolean")
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

    return finish_cell, kind_of


def _fast_body(body: str, finish_cell: Callable[..., None], kind_of: dict[str | None, int], *,
               plain_inline: bool, look: SheetLook, zero_height: bool, max_cells: int,
               elements: int, max_elements: int, refuse: Callable[[str], Unreadable],
               append: Callable[[tuple[int, int, Any, str]], None]) -> None:
    """The cells of ``body`` (inside <sheetData>) in the plain forms only; the same checks
    as the XML handlers of :meth:`UntrustedXlsx._cells` and the rules of ``finish_cell``;
    :class:`_Fallback` for anything else. ``elements``: those read outside the cells;
    ``plain_inline``: no style makes text invisible."""
    row = col = n_rows = 0
    row_match, cell_match = _FAST_ROW.match, _FAST_CELL.match
    col_of: dict[str, int] = {}
    get_col, kind_get = col_of.get, kind_of.get
    n_body = 0  # cells read
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
            _row_look(look, row, attrs, zero_height)
        if mr.group(3):  # <row .../>
            continue
        row_s = mr.group(1)
        # the loop keeps its state in local names (closure cells are slower)
        lcol, lrow = col, row
        while True:
            mc = cell_match(body, pos)
            if mc is None:
                break
            pos = mc.end()
            n_body += 1
            if n_body > max_cells:
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
            t = ct or "n"
            if text is not None:
                if "&" in text:
                    text = _unescape(text)
                if len(text) > MAX_CELL_CHARS:
                    raise refuse(f"cell {letters}{lrow} holds more text than a cell can")
                finish_cell(lrow, cn, t, cs, text, None, None)
            else:
                text = itext
                if text is None:
                    finish_cell(lrow, cn, t, cs, None, None, None)
                else:
                    if t != "inlineStr":
                        raise refuse(f"cell {letters}{lrow} has an inline string it "
                                     "does not show")
                    if "&" in text:
                        text = _unescape(text)
                    if len(text) > MAX_CELL_CHARS:
                        raise refuse(f"cell {letters}{lrow} holds more text than a "
                                     "cell can")
                    finish_cell(lrow, cn, t, cs, None, None, [text])
        if not body.startswith("</row>", pos):
            raise _Fallback
        pos += 6
    if elements + 3 * n_body > max_elements:  # a genuine cell is 3 elements (c, is, t)
        raise refuse(f"more than {max_elements:,} XML elements, more than this "
                     "sheet can hold")


class UntrustedXlsx(UntrustedPackage):
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

    def __enter__(self) -> UntrustedXlsx:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        """The cells of sheet ``title``: through the fast path (:func:`_fast_body` for the
        cells, expat for the rest of the part; :class:`_Fallback` for anything else) or the
        XML parser for the whole part (the handlers below). Both apply the rules of
        :func:`_cell_finisher` to every cell and record the sheet's :meth:`sheet_look`."""
        import re

        member = self._sheets[title][0]
        part = f"sheet '{title}'"
        shared = self.shared_strings()
        styles = self.cell_styles()
        look = SheetLook()
        max_cells = min(self._sheet_caps.get(title, self.max_cells), self.max_cells)
        ref_match = re.compile(_CELL_REF_RE).fullmatch
        digits_ok = re.compile(r"[0-9]{1,7}").fullmatch
        m = _MAIN_NS + " "
        WS, SD, ROW, C, V, F, IS, T, R, RPR, RPH, PPR = (
            m + "worksheet", m + "sheetData", m + "row", m + "c", m + "v", m + "f", m + "is",
            m + "t", m + "r", m + "rPr", m + "rPh", m + "phoneticPr")
        cells: list[tuple[int, int, Any, str]] = []
        buf: list[str] = []
        col_of: dict[str, int] = {}
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

        finish_cell, kind_of = _cell_finisher(cells, shared, styles, look, refuse)

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal state, row, col, r, c, t, s, v, f, inline, n_v, n_f, n_is, n_t, cap_f
            nonlocal n_cells, n_rows, outside, sheet_data, size, n_elements, row_s
            nonlocal zero_height
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
                    _row_look(look, row, attrs, zero_height)
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
                    zh = _sheet_setting(look, name, attrs, refuse)
                    if zh is not None:
                        zero_height = zh
                    state = 10
            elif state == 10:
                outside += 1
                if outside > MAX_OUTSIDE_ELEMENTS:
                    raise refuse("too many elements outside the cells")
                if name.startswith(_MC_NS + " "):
                    raise refuse("an alternate-content block in the sheet")
                zh = _sheet_setting(look, name, attrs, refuse)
                if zh is not None:
                    zero_height = zh
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
                finish_cell(r, c, t, s, v, f, inline)
            state = stack.pop()

        def chars(data: str) -> None:
            nonlocal size
            if state == 5 or state == 8:
                buf.append(data)
                size += len(data)
                if size > MAX_CELL_CHARS:
                    raise refuse(f"cell {cell_name()} holds more text than a cell can")

        if fast:
            pre, body, post = self._fast_source(member)
            parser = _secure_expat(start, end, chars)
            parser.Parse((pre + "<sheetData/>" + post).encode("utf-8"), True)
            # outside <sheetData> there are no rows or cells: the body starts from row 0
            _fast_body(body, finish_cell, kind_of, plain_inline=not styles.any_unseen,
                       look=look, zero_height=zero_height, max_cells=max_cells,
                       elements=n_elements, max_elements=max_elements, refuse=refuse,
                       append=cells.append)
            yield from cells
        else:
            yield from self._parse_stream(member, _secure_expat(start, end, chars), cells)
        if sheet_data != 1:
            raise refuse("the sheet has no <sheetData>")
        self._looks[title] = look



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
