"""Row heights for wrapped text in the sheets we write (spreadsheet programs do not grow a row
on their own when they open a file: LibreOffice printed long criteria over the next rows)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from zerodx_desktop.formats.xlsx.text import text_width, wrapped_lines
from zerodx_desktop.formats.xlsx.writer import write_xlsx


def test_text_width_counts_wide_characters_double() -> None:
    assert text_width("abc") == 3
    assert text_width("青岛ab") == 6
    assert text_width(None) == 0
    assert text_width(12345) == 5


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("", 10, 1),
    ("short", 10, 1),
    ("one two three four", 10, 2),       # "one two" | "three four" (wraps at spaces)
    ("one two three four", 18, 1),
    ("a\nb\nc", 40, 3),                  # the text's own line breaks
    ("x" * 25, 10, 3),                   # a word longer than the line breaks across lines
    ("用户数据被系统地用于决策证据充分", 10, 4),  # CJK has no spaces: 32 wide units / 10
    ("first line\n" + "word " * 10, 12, 1 + 5),
])
def test_wrapped_lines(text: str, width: float, lines: int) -> None:
    assert wrapped_lines(text, width) == lines


def _rows(data: bytes, sheet: int = 1) -> dict[int, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read(f"xl/worksheets/sheet{sheet}.xml").decode()
    return {int(m.group(1)): m.group(0) for m in re.finditer(r'<row r="(\d+)"[^>]*>', xml)}


def test_rows_with_wrapped_text_get_a_height_and_others_do_not() -> None:
    long = "Do units coordinate through clear internal contracts (targets, resources, " \
           "shares of value) instead of instructions? " * 3
    data = write_xlsx([{"title": "Scores", "widths": [14, 40, 20], "wrap_cols": [2],
                        "rows": [["ID", "Criterion", "Note"],
                                 ["n-1", "Short question?", "x"],
                                 ["n-2", long, "y"],
                                 ["n-3", "short", "z" * 300],          # not a wrapping column
                                 ["n-4", "用户数据被系统地用于决策，证据充分。" * 6, ""]]}])
    rows = _rows(data)
    assert "ht=" not in rows[1] and "ht=" not in rows[2] and "ht=" not in rows[4]
    height = float(re.search(r'ht="([\d.]+)"', rows[3]).group(1))
    assert 'customHeight="1"' in rows[3]
    # ~3 x 117 characters in a 40-wide column: at least 6 lines of 15 pt, well under the cap
    assert 6 * 15 <= height <= 12 * 15
    assert float(re.search(r'ht="([\d.]+)"', rows[5]).group(1)) >= 4 * 15


def test_a_long_header_wraps_and_the_height_is_capped() -> None:
    data = write_xlsx([{"title": "S", "widths": [8, 8], "rows": [
        ["A header much longer than its column", "B"], ["x", "y"]], "wrap_cols": [1]},
        {"title": "T", "widths": [10], "wrap_cols": [1], "rows": [["H"], ["word " * 2000]]}])
    assert 'customHeight="1"' in _rows(data)[1]
    assert 'ht="409"' in _rows(data, 2)[2]  # Excel's maximum row height
