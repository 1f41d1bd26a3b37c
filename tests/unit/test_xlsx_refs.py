"""Cell references: column letters as a spreadsheet shows them (checked against openpyxl)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from zerodx_desktop.formats.xlsx.refs import cell_ref, column_letter


def test_column_letters_match_the_spreadsheet_s() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 702, 703, 16384)] == \
        ["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]
    assert all(column_letter(n) == get_column_letter(n) for n in range(1, 2000))
    assert column_letter(0) == ""


def test_a_cell_reference_names_sheet_column_and_row() -> None:
    assert cell_ref("Scores", 7, 2) == "Scores!B7"
    assert cell_ref("Criteria", 1, 28) == "Criteria!AB1"
