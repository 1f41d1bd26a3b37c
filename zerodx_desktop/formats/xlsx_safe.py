"""Safe spreadsheet helpers shared by the score sheet and the result workbook.

Writing: every text goes through :func:`safe_cell_text` (NFC, no control characters, at most
32,767 UTF-16 units, never cut) and is stored as a *string* even when it looks like a formula
or an error code (``=1+1``, ``@SUM(A1)``, ``#N/A``): see :func:`text_cell` / :func:`set_text`.

Reading untrusted files: :func:`open_untrusted_workbook` checks the zip (member count, sizes,
compression ratio) before openpyxl sees it, asserts openpyxl parses through defusedxml, and
opens read-only; :func:`iter_sheet_cells` yields every stored cell with its type, whatever the
sheet's (possibly lying) ``<dimension>`` says.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import UserError

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


def iter_sheet_cells(wb: Any, title: str) -> Iterator[tuple[int, int, Any, str]]:
    """Yield ``(row, column, value, data_type)`` for every stored cell of sheet ``title``.

    Works on a read-only workbook; ignores the sheet's ``<dimension>`` element (a hostile file
    may lie about it) and reports formulas with ``data_type == "f"`` (value ``"=..."``).
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    ws = wb[title]
    with ws._get_source() as src:
        parser = WorkSheetParser(src, ws._shared_strings, data_only=False, epoch=wb.epoch,
                                 date_formats=wb._date_formats,
                                 timedelta_formats=wb._timedelta_formats)
        for _idx, row in parser.parse():
            for cell in row:
                yield cell["row"], cell["column"], cell["value"], cell["data_type"]
