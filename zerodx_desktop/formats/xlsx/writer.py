"""Writing .xlsx files: a fast writer of the few OOXML parts a workbook needs
(:func:`write_xlsx`) and, for openpyxl, cells that always hold a string (:func:`text_cell`,
:func:`set_text`). Texts must already have passed
:func:`~zerodx_desktop.formats.xlsx.text.safe_cell_text`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from zerodx_desktop.formats.xlsx.ooxml import MAIN_NS as _MAIN_NS
from zerodx_desktop.formats.xlsx.ooxml import PKG_REL_NS as _PKG_REL_NS
from zerodx_desktop.formats.xlsx.ooxml import REL_NS as _REL_NS
from zerodx_desktop.formats.xlsx.refs import column_letter
from zerodx_desktop.formats.xlsx.text import wrapped_lines


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


# --------------------------------------------------------------------------- fast writer
#
# openpyxl's write-only mode spends ~30 us per cell in its generic serialiser; a signed score
# sheet has 9 columns x thousands of rows, and its export budget is 1.5x a bare 4-column
# openpyxl write. This writer emits the few OOXML parts a workbook needs directly. Every text
# is written as an inline *string* cell (never a formula), numbers as numbers.

STYLE_DEFAULT, STYLE_HEADER, STYLE_WRAP, STYLE_DECIMAL2 = 0, 1, 2, 3

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


# Spreadsheet programs do not grow a row for wrapped text on their own when they open a file
# (LibreOffice prints such rows over each other): the writer sets the height itself.
_LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri
MAX_ROW_HEIGHT_PT = 409.0  # Excel's limit
_CELL_PADDING = 1.0  # of a column's width, in characters, that text does not use
# A column's width unit is the width of a digit; running Latin text averages ~0.8 of that
# (capitals more), a CJK character ~2.1. Slightly generous, so that no text is cut off.
_NARROW, _WIDE = 0.88, 2.1


def _lines(text: str, width: float) -> int:
    if len(text) * _WIDE <= width and "\n" not in text:
        return 1  # fits whatever its characters are
    return wrapped_lines(text, width, narrow=_NARROW, wide=_WIDE)


def _row_height(row: list[Any], cols: list[int], width_of: list[float],
                lines_of: list[dict[str, int]]) -> float | None:
    """The height (points) ``row`` needs for the texts in its wrapping columns ``cols``
    (0-based; ``width_of`` their text widths), or None for one line. ``lines_of`` keeps each
    column's line counts for the sheet: names and questions repeat on many rows (long
    comments are measured, not kept)."""
    lines = 1
    n = len(row)
    for ci in cols:
        if ci < n:
            text = row[ci]
            if text and isinstance(text, str):
                k = lines_of[ci].get(text)
                if k is None:
                    k = _lines(text, width_of[ci])
                    if len(text) <= 500:
                        lines_of[ci][text] = k
                if k > lines:
                    lines = k
    return None if lines == 1 else min(MAX_ROW_HEIGHT_PT, lines * _LINE_HEIGHT_PT)


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
    letters = [column_letter(i) for i in range(1, max(ncols, len(widths or [])) + 1)]
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
    all_cols = list(range(ncols))
    # Sheets repeat their texts (a nominee's name on each of its rows, a criterion's question
    # for every nominee): per column, each text's cell (from after its row number to its end)
    # and its line count are made once per sheet. The bytes are those of writing each cell on
    # its own; verification rebuilds them (score_sheet_verify.as_written).
    tails: list[dict[str, str]] = [{} for _ in range(ncols)]
    lines_of: list[dict[str, int]] = [{} for _ in range(ncols)]
    width_of = [(widths[i] if widths and i < len(widths) else 8.43) - _CELL_PADDING
                for i in range(ncols)]
    opens = [f'<c r="{letter}' for letter in letters]
    text_mid = ['" t="inlineStr"><is><t xml:space="preserve">',
                f'" s="{STYLE_WRAP}" t="inlineStr"><is><t xml:space="preserve">',
                f'" s="{STYLE_HEADER}" t="inlineStr"><is><t xml:space="preserve">']
    wrap_idx = sorted(ci - 1 for ci in wrap_cols if 0 < ci <= ncols)
    for ri, row in enumerate(rows, 1):
        header = header_style and ri == 1
        rs = str(ri)
        height = _row_height(row, all_cols if header else wrap_idx, width_of, lines_of)
        add(f'<row r="{rs}" ht="{height:g}" customHeight="1">' if height else f'<row r="{rs}">')
        for ci, v in enumerate(row):
            if v is None or v == "":
                continue
            cls = v.__class__
            if cls is str and not header:
                tail = tails[ci].get(v)
                if tail is None:
                    tail = (f'{text_mid[1 if ci + 1 in wrap_cols else 0]}{_esc(v)}'
                            "</t></is></c>")
                    if len(v) <= 500:
                        tails[ci][v] = tail
                add(opens[ci] + rs + tail)
            elif isinstance(v, str):
                mid = text_mid[2 if header else 1 if ci + 1 in wrap_cols else 0]
                add(f"{opens[ci]}{rs}{mid}{_esc(v)}</t></is></c>")
            elif isinstance(v, bool):
                add(f'{opens[ci]}{rs}" t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, int):
                add(f"{opens[ci]}{rs}\"><v>{v}</v></c>")
            elif isinstance(v, Decimal):
                add(f'{opens[ci]}{rs}" s="{STYLE_DECIMAL2}"><v>{v}</v></c>')
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


CORE_PROPS = "docProps/core.xml"  # the only part that differs between two writes (times)


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

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, text in xlsx_parts(sheets, title=title, creator=creator):
            zf.writestr(name, text)
    return buf.getvalue()


def xlsx_parts(sheets: list[dict[str, Any]], *, title: str = "",
               creator: str = "ZeroDX Desktop") -> Iterator[tuple[str, str]]:
    """The parts :func:`write_xlsx` stores, in order, as (name, XML text): the same text for
    the same ``sheets`` every time, but for :data:`CORE_PROPS` (it holds the time of
    writing). Worksheets are made only when the iteration reaches them, so a reader comparing
    a file with them (:meth:`UntrustedXlsx.same_parts`) stops at the first part that differs."""
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

    yield "[Content_Types].xml", "".join(ct)
    yield "_rels/.rels", rels
    yield CORE_PROPS, core
    yield "docProps/app.xml", app
    yield "xl/workbook.xml", "".join(wb)
    yield "xl/_rels/workbook.xml.rels", "".join(wb_rels)
    yield "xl/styles.xml", _STYLES_XML
    for i, sh in enumerate(sheets, 1):
        yield f"xl/worksheets/sheet{i}.xml", _sheet_xml(
            sh["rows"], widths=sh.get("widths"),
            freeze_header=sh.get("freeze_header", True),
            wrap_cols=set(sh.get("wrap_cols", ())), header_style=sh.get("header", True),
            selected=i == 1, printable=_printable(sh))
