"""A signed workbook compared with the file in hand: every visible cell against the signed
grid (score sheets and result workbooks both use it).

:func:`compare_sheet` names the cells that differ (formulas never match; cells outside the
signed grid and sheets outside the signed layout are reported), notes what makes signed values
*display* differently (number formats, invisible text, hidden rows and columns, sheet
settings), lists the rows missing or added (:func:`align_rows`) and, when every cell matches,
asks the second reader (``crosscheck``) for its opinion. The caller knows its layout: which
sheets have rows named by an id pair, and how a cell is named for a person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from zerodx_desktop.core.sheet import ChangedCell, DisplayNote, RowChange
from zerodx_desktop.core.verification_words import printable_line
from zerodx_desktop.formats.xlsx.envelope import SIGNATURE
from zerodx_desktop.formats.xlsx.reader import UntrustedXlsx, sheet_cells, sheet_state

MAX_CHANGED_CELLS = 1000
MAX_DISPLAY_NOTES = 20  # display_altered notes listed (the total is counted)
MAX_LISTED_ROWS = 20  # hidden rows / columns listed per sheet
MAX_ROW_IDS = 5  # ids named per missing / extra block of rows
MAX_ROW_CHANGES = 10  # blocks of missing / extra rows listed (a sorted sheet has many)
ALIGN_MAX_ROWS = 50_000  # row alignment is skipped beyond this many rows
SHEET_SLACK = 10_000  # cells a sheet may hold beyond its signed grid (reported, not refused)

Cell = str | int | Decimal | None
Grid = list[list[Cell]]


def sheet_caps(grids: dict[str, Grid]) -> dict[str, int]:
    """Per sheet, the cells read before a sheet is refused: the signed grid and a margin."""
    return {title: sum(len(r) for r in grid) + SHEET_SLACK for title, grid in grids.items()}


def _found_text(v: Any) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, str):
        return v
    return str(v)


def signed_text(v: Cell) -> str | None:
    if v is None or v == "":
        return None
    return str(v)


def _as_decimal(v: Any) -> Decimal | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(repr(v))
    if isinstance(v, str):
        try:
            return Decimal(v.strip())
        except InvalidOperation:
            return None
    return None


def _same(expected: Cell, found: Any) -> bool:
    import unicodedata

    if expected is None or expected == "":
        return found is None or found == ""
    if isinstance(expected, str):
        if isinstance(found, str):
            return unicodedata.normalize("NFC", found) == expected
        if isinstance(found, (int, float)) and not isinstance(found, bool):
            return _found_text(found) == expected  # a text "3" re-saved as the number 3
        return False
    want = Decimal(expected)
    got = _as_decimal(found)
    if got is None or not got.is_finite():
        return False
    return abs(got - want) <= Decimal("1e-9") * max(Decimal(1), abs(want))


@dataclasses.dataclass
class Comparison:
    """What :func:`compare_sheet` found: changed cells (capped list and total), what alters
    the display of signed values (capped list and total), and rows missing or added."""

    changed: list[ChangedCell]
    total: int
    display: list[DisplayNote]
    display_total: int
    row_changes: list[RowChange]


def _unnamed(_title: str, _grid: Grid, _r: int, _c: int) -> str:
    return ""


def compare_sheet(wb: Any, grids: dict[str, Grid], *,
                  ignore: Callable[[ChangedCell], bool] | None = None,
                  where: Callable[[str, Grid, int, int], str] | None = None,
                  row_ids: dict[str, tuple[int, int]] | None = None) -> Comparison:
    """Cells of ``wb`` that differ from ``grids`` (capped list and total).

    Formula cells never match; non-empty cells outside the signed grid are reported, and so
    are the cells of any sheet that is not part of the signed layout (a look-alike sheet).
    A signed sheet that was hidden is reported as ``<Sheet>`` with signed "visible".
    Then (for an :class:`UntrustedXlsx`) the number formats, hidden rows/columns and sheet
    settings that make signed values display differently, and the rows missing or added
    compared with the signed rows of each sheet in ``row_ids`` (title -> the two columns,
    1-based, that name a row); then the second reader's cross-check (:func:`_cross_check`).
    ``ignore(ChangedCell)`` True drops a difference that is known to be harmless (a
    result's legacy header); ``where(title, grid, row, column)`` names a signed cell for a
    person (the changed cell's ``where``)."""
    from openpyxl.utils import get_column_letter

    changed: list[ChangedCell] = []
    total = 0
    sheet_notes: list[DisplayNote] = []
    cell_notes: list[DisplayNote] = []
    cell_total = 0
    row_changes: list[RowChange] = []
    where_of = where if where is not None else _unnamed
    aligned = row_ids or {}

    def record(cell: str, signed: Cell, found: Any, where: str = "") -> None:
        nonlocal total
        one = ChangedCell(cell, signed_text(signed), _found_text(found), where=where)
        if ignore is not None and ignore(one):
            return
        total += 1
        if len(changed) < MAX_CHANGED_CELLS:
            changed.append(one)

    extra = [t for t in wb.sheetnames if t not in grids and t != SIGNATURE]
    for title in [*grids, *extra]:
        grid = grids.get(title, [])
        found: dict[tuple[int, int], tuple[Any, str]] = {}
        if title in wb.sheetnames:
            state = sheet_state(wb, title)
            if title in grids and state != "visible":
                record(title, "visible", state)
            cells = sheet_cells(wb, title)
            if title in grids and isinstance(wb, UntrustedXlsx):
                look = wb.sheet_look(title)
                if look is not None:
                    sheet_notes += _sheet_display_notes(title, grid, look)
                    notes, n = _cell_display_notes(title, grid, look)
                    cell_total += n
                    cell_notes += notes[:MAX_DISPLAY_NOTES]
            if _all_as_signed(grid, cells):
                continue  # the common case; anything else is listed below, cell by cell
            for r, c, v, t in cells:
                if t == "f":
                    found[(r, c)] = (str(v) if not isinstance(v, str) else v, t)
                elif v is not None and v != "":
                    found[(r, c)] = (v, t)
        before = total
        id_cols = aligned.get(title)
        found_ids = _row_ids(found, id_cols) if id_cols else None
        pop = found.pop
        for ri, row in enumerate(grid, 1):
            for ci, exp in enumerate(row, 1):
                got = pop((ri, ci), None)
                if got is None:
                    if exp is not None and exp != "":
                        record(f"{title}!{get_column_letter(ci)}{ri}", exp, None,
                               where_of(title, grid, ri, ci))
                elif got[0].__class__ is exp.__class__ and got[0] == exp and got[1] != "f":
                    continue  # the common case: the same text or whole number
                elif got[1] == "f" or not _same(exp, got[0]):
                    record(f"{title}!{get_column_letter(ci)}{ri}", exp, got[0],
                           where_of(title, grid, ri, ci))
        for (r, c), (v, _t) in sorted(found.items()):
            record(f"{title}!{get_column_letter(c)}{r}", None, v)
        if found_ids is not None and id_cols and total > before:
            a, b = id_cols[0] - 1, id_cols[1] - 1
            row_changes += align_rows(title, [(signed_text(row[a]) or "",
                                               signed_text(row[b]) or "")
                                              for row in grid[1:]], found_ids)
    if isinstance(wb, UntrustedXlsx):
        if total == 0:  # a file that already differs needs no second opinion
            _cross_check(wb, grids, record)
        problem = wb.cell_styles().problem
        if problem:
            sheet_notes.insert(0, DisplayNote("styles_unchecked", detail=problem))
    display = (sheet_notes + cell_notes)[:MAX_DISPLAY_NOTES]
    return Comparison(changed, total, display, len(sheet_notes) + cell_total, row_changes)


def _all_as_signed(grid: Grid, cells: list[tuple[int, int, Any, str]]) -> bool:
    """True when ``cells`` (row, column, value, type; in reading order) hold exactly the signed
    ``grid``: no formula, every stored value equal to the signed one (as
    :func:`compare_sheet` compares them), no value outside the signed cells, and every
    signed value present. False sends the sheet to the cell-by-cell comparison."""
    n_rows = len(grid)
    matched = pr = pc = 0
    for r, c, v, t in cells:
        if r < pr or (r == pr and c <= pc):
            return False  # out of order, or a cell twice: counting could hide a missing one
        pr, pc = r, c
        if v is None or v == "":
            if t == "f":
                return False
            continue
        if t == "f" or r > n_rows:
            return False
        row = grid[r - 1]
        if c > len(row):
            return False
        exp = row[c - 1]
        if exp is None or exp == "":
            return False
        if not (v.__class__ is exp.__class__ and v == exp) and not _same(exp, v):
            return False
        matched += 1
    return matched == sum(len(row) - row.count(None) - row.count("") for row in grid)


def _cross_check(wb: UntrustedXlsx, grids: dict[str, Grid],
                 record: Any) -> None:
    """Every signed visible cell as python-calamine reads it must be the signed value:
    each disagreement is recorded as a changed cell (signed vs what the second reader
    found). Dates and times are left to the display checks (a number format made them)."""
    import datetime as dt

    from openpyxl.utils import get_column_letter

    from zerodx_desktop.formats.xlsx.crosscheck import disagreements, second_reader_grids

    titles = [t for t in grids if t in wb.sheetnames]
    seen = second_reader_grids(wb.path, titles, wb.sheetnames,
                               {t: len(grids[t]) + SHEET_SLACK for t in titles})
    timeish = (dt.datetime, dt.date, dt.time, dt.timedelta)
    for title in titles:
        for r, c, exp, val in disagreements(grids[title], seen[title], _same):
            if isinstance(val, timeish):
                continue
            record(f"{title}!{get_column_letter(c)}{r}", exp, val)


def _listed_signed(grid: Grid, r: int, c: int) -> Cell:
    if 0 < r <= len(grid) and 0 < c <= len(grid[r - 1]):
        return grid[r - 1][c - 1]
    return None


def _cell_display_notes(title: str, grid: Grid, look: Any) -> tuple[list[DisplayNote], int]:
    """Signed value cells shown with a number format that may alter them (capped, total)."""
    from openpyxl.utils import get_column_letter

    notes: list[DisplayNote] = []
    n = 0
    for kind, found in (("font", look.unseen), ("format", look.formats)):
        for r, c, detail in found:
            exp = _listed_signed(grid, r, c)
            if exp is None or exp == "":
                continue  # no signed value there: a changed cell, reported as such
            n += 1
            if len(notes) < MAX_DISPLAY_NOTES:
                notes.append(DisplayNote(kind, title, f"{title}!{get_column_letter(c)}{r}",
                                         printable_line(detail), signed_text(exp)))
    return notes, n + max(0, look.formats_total - len(look.formats)) + max(
        0, look.unseen_total - len(look.unseen))


def _sheet_display_notes(title: str, grid: Grid, look: Any) -> list[DisplayNote]:
    """Hidden rows/columns holding signed values, and sheet settings that alter values."""
    from openpyxl.utils import get_column_letter

    out: list[DisplayNote] = []
    rows = sorted({r for r in look.hidden_rows
                   if 0 < r <= len(grid) and any(x not in (None, "") for x in grid[r - 1])})
    rows_total = len(rows) + max(0, look.hidden_rows_total - len(look.hidden_rows))
    if rows:
        out.append(DisplayNote("rows_hidden", title, items=tuple(rows[:MAX_LISTED_ROWS]),
                               count=rows_total))
    ncols = max((len(r) for r in grid), default=0)
    cols = sorted({c for lo, hi in look.hidden_columns
                   for c in range(max(lo, 1), min(hi, ncols) + 1)})
    if cols:
        out.append(DisplayNote("columns_hidden", title,
                               items=tuple(get_column_letter(c) for c in cols[:MAX_LISTED_ROWS]),
                               count=len(cols)))
    for what, detail in list(dict.fromkeys(look.notes))[:MAX_DISPLAY_NOTES]:
        kind = {"zeros hidden": "zeros_hidden", "layout": "layout"}.get(what,
                                                                         "conditional_format")
        out.append(DisplayNote(kind, title, detail=printable_line(detail)))
    return out


def _row_ids(found: dict[tuple[int, int], tuple[Any, str]],
             cols: tuple[int, int]) -> list[tuple[str, str]] | None:
    """The id pair (in columns ``cols``) found on each row below the header; on *Scores*,
    (nominee id, criterion id)."""
    import unicodedata

    last = max((r for r, _c in found), default=1)
    if last > ALIGN_MAX_ROWS:
        return None

    def text(r: int, c: int) -> str:
        got = found.get((r, c))
        return unicodedata.normalize("NFC", _found_text(got[0]) or "") if got else ""

    return [(text(r, cols[0]), text(r, cols[1])) for r in range(2, last + 1)]


def align_rows(title: str, signed: list[tuple[str, str]],
               found: list[tuple[str, str]]) -> list[RowChange]:
    """Blocks of signed rows missing from ``found`` and of rows added to it, by aligning
    their (nominee id, criterion id) pairs (row 2 is the first of each list); at most
    MAX_ROW_CHANGES blocks, the first ones. Rows reordered (a sorted sheet) are not a few
    rows missing or added: then nothing is listed (the changed cells say it all)."""
    import difflib

    # Cheap check first (difflib is quadratic on reordered rows): how often does a found
    # row that was signed not follow the signed row found before it?
    where = {pair: i for i, pair in enumerate(signed)}
    breaks, last = 0, -1
    for pair in found:
        i = where.get(pair)
        if i is not None:
            if i != last + 1:
                breaks += 1
                if breaks > 2 * MAX_ROW_CHANGES:
                    return []
            last = i
    ops = difflib.SequenceMatcher(None, signed, found).get_opcodes()
    out: list[RowChange] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            continue  # ids edited in place: the changed cells say it
        moved = sum(b2 - b1 for t, b1, b2, c1, _c2 in ops[k + 1:] if t == "equal" and c1 != b1)
        if tag in ("delete", "replace"):
            out.append(RowChange(title, "missing", i1 + 2, i2 - i1, _shown_ids(
                signed[i1:min(i2, i1 + MAX_ROW_IDS)]), moved))
        if tag in ("insert", "replace"):
            out.append(RowChange(title, "extra", j1 + 2, j2 - j1, _shown_ids(
                found[j1:min(j2, j1 + MAX_ROW_IDS)]), moved))
        if len(out) >= MAX_ROW_CHANGES:
            return out[:MAX_ROW_CHANGES]
    return out


def _shown_ids(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((printable_line(a, 60), printable_line(b, 60)) for a, b in pairs)

