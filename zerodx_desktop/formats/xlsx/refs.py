"""Spreadsheet cell references: column numbers as letters ("A", "Z", "AA"), "Sheet!B7"."""

from __future__ import annotations


def column_letter(n: int) -> str:
    """The letters of the 1-based column ``n`` (1 → "A", 27 → "AA"); "" for 0."""
    s = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def cell_ref(sheet: str, row: int, col: int) -> str:
    """``Sheet!B7`` for 1-based ``row`` and ``col``."""
    return f"{sheet}!{column_letter(col)}{row}"
