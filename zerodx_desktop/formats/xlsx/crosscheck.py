"""An independent second reader for signed workbooks (docs/contract.md §7).

Our strict reader (formats/xlsx/reader.py) decides what a sheet holds; python-calamine (the Rust
reader pandas uses, written by other people from the same specification) reads the same
sheets again. Every signed visible cell must read the same in both: a file crafted so that
two readers see different values is exactly the file that shows one thing in a spreadsheet
program and another to the merge, so a disagreement is reported as a changed cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from zerodx_desktop.formats.xlsx.untrusted import Unreadable


def _hint() -> str:
    return "Ask the sender for the original file."


def second_reader_grids(path: Path, titles: list[str], all_titles: list[str],
                        max_rows: dict[str, int]) -> dict[str, list[list[Any]]]:
    """The cells python-calamine reads in each sheet of ``titles`` (rows from A1, at most
    ``max_rows[title]`` rows). Unreadable when it cannot open the file or lists other
    sheets than ``all_titles`` (what our reader found)."""
    from python_calamine import CalamineWorkbook

    where = str(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for corrupt files
        raise Unreadable(f"a second, independent reader cannot read the file "
                         f"({type(exc).__name__})", where=where, hint=_hint()) from exc
    try:
        names = list(wb.sheet_names)
        if sorted(names) != sorted(all_titles):
            raise Unreadable("a second, independent reader finds other sheets ("
                             + ", ".join(repr(n[:40]) for n in names[:10]) + ")",
                             where=where, hint=_hint())
        out: dict[str, list[list[Any]]] = {}
        for title in titles:
            try:
                sheet = wb.get_sheet_by_name(title)
                out[title] = sheet.to_python(skip_empty_area=False,
                                             nrows=max_rows.get(title))
            except Exception as exc:
                raise Unreadable(f"a second, independent reader cannot read the sheet "
                                 f"'{title}' ({type(exc).__name__})", where=where,
                                 hint=_hint()) from exc
        return out
    finally:
        wb.close()


def disagreements(grid: list[list[Any]], seen: list[list[Any]],
                  same: Callable[[Any, Any], bool]) -> Iterator[tuple[int, int, Any, Any]]:
    """(row, column, signed, found) of every cell where the second reader's ``seen`` differs
    from the signed ``grid`` (1-based; empty cells included on both sides)."""
    rows = max(len(grid), len(seen))
    empty = {None, ""}
    for ri in range(rows):
        want = grid[ri] if ri < len(grid) else []
        got = seen[ri] if ri < len(seen) else []
        n_want = len(want)
        # the common case first, a whole row at once: equal values (a whole number may be
        # read as a float, which == finds equal), blanks after the signed ones, no booleans
        # (True == 1, but a boolean is never a signed level)
        if ((len(got) == n_want and got == want)
                or (len(got) > n_want and got[:n_want] == want
                    and set(got[n_want:]) <= empty)) \
                and bool not in set(map(type, got)):
            continue
        for ci in range(max(n_want, len(got))):
            exp = want[ci] if ci < n_want else None
            val = got[ci] if ci < len(got) else None
            if val == exp and (val.__class__ is exp.__class__ or (
                    val.__class__ is float and exp.__class__ is int)):
                continue  # the common cases: the same text; a whole number
            if val == "":
                val = None
            if exp is None and val is None:
                continue
            if not same(exp, val):
                yield ri + 1, ci + 1, exp, val
