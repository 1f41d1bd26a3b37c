"""The shortcuts verification takes at scale answer exactly as the cell-by-cell paths do."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from decimal import Decimal

import openpyxl
import pytest

from tests.unit.test_score_sheet import make_content, make_framework, make_panel
from zerodx_desktop.core.canonical import canonical_json, is_canonical
from zerodx_desktop.core.combine import content_key
from zerodx_desktop.core.sheet import ScoreRow, Status
from zerodx_desktop.formats import score_sheet as ss
from zerodx_desktop.formats import score_sheet_verify as ssv
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx import compare as cmp
from zerodx_desktop.formats.xlsx.crosscheck import disagreements
from zerodx_desktop.formats.xlsx.reader import open_untrusted_xlsx

GRID = [["Nominee ID", "Level", "Comment"], ["n1", 3, "good"], ["n2", 4, None],
        ["n3", Decimal("2.5"), ""]]


def _cells(grid):
    return [(r, c, v, "n" if isinstance(v, (int, Decimal)) else "s")
            for r, row in enumerate(grid, 1) for c, v in enumerate(row, 1)
            if v is not None and v != ""]


def test_a_sheet_as_signed_takes_the_shortcut():
    assert cmp._all_as_signed(GRID, _cells(GRID))
    # re-saved forms compare equal as before: 3 read as 3.0, 2.5 as a float
    resaved = [(r, c, float(v) if isinstance(v, (int, Decimal)) else v, t)
               for r, c, v, t in _cells(GRID)]
    assert cmp._all_as_signed(GRID, resaved)


@pytest.mark.parametrize("edit", ["formula", "boolean", "changed", "missing", "extra_row",
                                  "extra_column", "in_blank"])
def test_any_difference_goes_to_the_cell_by_cell_comparison(edit):
    cells = _cells(GRID)
    if edit == "formula":
        cells[4] = (cells[4][0], cells[4][1], "=1+2", "f")
    elif edit == "boolean":
        cells = [(r, c, True if v == 3 else v, t) for r, c, v, t in cells]
    elif edit == "changed":
        cells = [(r, c, 5 if v == 3 else v, t) for r, c, v, t in cells]
    elif edit == "missing":
        cells = [x for x in cells if x[2] != "good"]
    elif edit == "extra_row":
        cells.append((9, 1, "n9", "s"))
    elif edit == "extra_column":
        cells.append((2, 7, "x", "s"))
    else:
        cells.append((3, 3, "added", "s"))
    assert not cmp._all_as_signed(GRID, cells)


def test_a_text_in_another_unicode_form_is_the_same_text():
    assert cmp._all_as_signed([["café"]], [(1, 1, "cafe\u0301", "s")])  # as _same says
    assert not cmp._all_as_signed([["café"]], [(1, 1, "cafe", "s")])


def test_a_cell_given_twice_is_not_counted_twice():
    cells = _cells(GRID)
    twice = [*cells[:3], cells[2], *cells[4:]]  # C1 twice, A2 missing
    assert len(twice) == len(cells)
    assert not cmp._all_as_signed(GRID, twice)
    assert not cmp._all_as_signed(GRID, list(reversed(cells)))


def test_a_formula_with_no_value_is_not_as_signed():
    assert not cmp._all_as_signed(GRID, [*_cells(GRID), (5, 1, None, "f")])


def test_cross_check_rows_at_once_find_what_cells_one_by_one_find():
    grid = [["a", 1, None], ["b", 2, "c"]]
    assert list(disagreements(grid, [["a", 1.0, ""], ["b", 2, "c", "", None]], cmp._same)) == []
    # a boolean equals 1 in Python, but it is not the signed level
    assert list(disagreements(grid, [["a", True, None], ["b", 2, "c"]], cmp._same)) == [
        (1, 2, 1, True)]
    # a 0 after the signed cells is a value where nothing was signed
    assert list(disagreements(grid, [["a", 1, None], ["b", 2, "c", 0]], cmp._same)) == [
        (2, 4, None, 0)]
    assert list(disagreements(grid, [["a", 1, None], ["b", 3, "c"]], cmp._same)) == [
        (2, 2, 2, 3)]
    assert list(disagreements(grid, [["a", 1, None]], cmp._same)) == [
        (2, 1, "b", None), (2, 2, 2, None), (2, 3, "c", None)]


@pytest.mark.parametrize("doc", [
    {"b": [1, None, True], "a": {"z": "é", "y": "x\n\"q\""}},
    {"k": "e\u0301"},  # not NFC
    {"e\u0301": 1},  # a key not NFC
    {"a": "\u0301x", "b": ["<\u0338"]},
])
def test_is_canonical_agrees_with_canonical_json(doc):
    canonical = canonical_json(doc)
    assert is_canonical(json.loads(canonical), canonical)
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert is_canonical(json.loads(raw), raw) == (raw == canonical)
    spaced = json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()
    assert not is_canonical(json.loads(spaced), spaced)


def test_content_key_is_the_hash_of_what_was_signed():
    fw = make_framework()
    content = make_content(fw)
    same = dataclasses.replace(content, scores=list(content.scores))
    assert content_key(same) == content_key(content)
    first = content.scores[0]
    other = dataclasses.replace(content, scores=[
        ScoreRow(first.nominee_id, first.criterion_id, first.level, first.comment + "!"),
        *content.scores[1:]])
    assert content_key(other) != content_key(content)
    # NFC, as the canonical JSON the judge signed
    nfd = dataclasses.replace(content, judge_name=content.judge_name + "e\u0301")
    nfc = dataclasses.replace(content, judge_name=content.judge_name + "é")
    assert content_key(nfd) == content_key(nfc)
    assert len(content_key(content)) == len(hashlib.sha256().hexdigest())


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    root = tmp_path_factory.mktemp("fast")
    fw = make_framework()
    judge = Identity.generate("Ada Judge", "ada@example.org")
    panel = make_panel(fw, [judge])
    path = root / "ada.xlsx"
    ss.write_score_sheet(path, make_content(fw), fw, panel, judge)
    return root, path, panel


@pytest.mark.parametrize("cell,value", [("G2", 5), ("G2", "=1+1"), ("A3", "n-999"),
                                        ("K2", "added"), ("I2", None), ("G2", True)])
def test_edited_sheets_compare_the_same_with_and_without_the_shortcut(signed, monkeypatch,
                                                                      cell, value):
    root, path, panel = signed
    out = root / f"edit-{cell}-{value}.xlsx"
    shutil.copyfile(path, out)
    wb = openpyxl.load_workbook(out)
    wb[ss.SCORES][cell] = value
    wb.save(out)

    def compare() -> cmp.Comparison:
        got = ssv._load_signed(open_untrusted_xlsx(out), str(out), panel)
        assert not isinstance(got, Status)
        grids = ss.render_grids(*got)
        return cmp.compare_sheet(open_untrusted_xlsx(out), grids, where=ssv._cell_where,
                                 row_ids=ss.ROW_IDS)

    fast = compare()
    monkeypatch.setattr(cmp, "_all_as_signed", lambda grid, cells: False)
    slow = compare()
    assert fast == slow
    verdict = ssv.verify_score_sheet(out, panel)
    if fast.total:
        assert verdict.status is Status.TAMPERED


def test_the_genuine_sheet_is_valid_through_the_shortcut(signed):
    _root, path, panel = signed
    assert ssv.verify_score_sheet(path, panel).status is Status.VALID
