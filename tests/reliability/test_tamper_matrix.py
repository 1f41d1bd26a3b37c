"""Tamper matrix: every edit to a signed score sheet is rejected and the edited cell named.

Edits are made the way a person would with a spreadsheet library: openpyxl loads the real
exported file normally, changes it and saves it. Zero false accepts is the bar.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.factories import make_content, make_framework, make_panel
from zerodx_desktop.core.sheet import DeclaredConflict, Status
from zerodx_desktop.formats.score_sheet import (
    ABOUT,
    AUDIT,
    CONFLICTS,
    SCORES,
    SIGNATURE,
    SUMMARY,
    write_score_sheet,
)
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx.writer import set_text

SIGNED_SHEETS = (SCORES, SUMMARY, CONFLICTS, ABOUT, AUDIT)
AUDIT_LOG = [
    {"seq": 1, "at": "2026-11-28T09:00:00Z", "nominee": "n-001", "criterion": "a.l.1",
     "level": 3, "comment": "first", "hash": "sha256:01"},
    {"seq": 2, "at": "2026-11-28T09:01:00Z", "nominee": "n-001", "criterion": "a.l.1",
     "level": 1, "comment": "=revised", "hash": "sha256:02"},
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("tamper")
    fw = make_framework()
    a = Identity.generate("Ada Judge", "ada@example.org")
    b = Identity.generate("Bo Judge", "bo@example.org")
    panel = make_panel(fw, [a, b])
    conflicts = [DeclaredConflict("n-003", "board member")]
    sheet_a = root / "ada.xlsx"
    write_score_sheet(sheet_a, make_content(fw, conflicts=conflicts), fw, panel, a,
                      audit_log=AUDIT_LOG)
    sheet_b = root / "bo.xlsx"
    write_score_sheet(sheet_b, make_content(fw, comment="Bo says"), fw, panel, b,
                      audit_log=AUDIT_LOG)
    old_a = root / "ada-seq1.xlsx"
    write_score_sheet(old_a, make_content(fw, sequence=1), fw, panel, a)
    new_a = root / "ada-seq2.xlsx"
    write_score_sheet(new_a, make_content(fw, sequence=2, comment="revised"), fw, panel, a)
    return {"fw": fw, "a": a, "b": b, "panel": panel, "sheet_a": sheet_a, "sheet_b": sheet_b,
            "old_a": old_a, "new_a": new_a, "root": root}


def _edited(world: dict, name: str, fn: Callable[[Any], None]) -> Path:
    out = world["root"] / f"edit-{name}.xlsx"
    shutil.copyfile(world["sheet_a"], out)
    wb = openpyxl.load_workbook(out)
    fn(wb)
    wb.save(out)
    return out


def _mutate(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if value is None:
        return "x"
    return f"{value}x"


def _named(v) -> list[tuple[str, str | None, str | None]]:
    return [(c.cell, c.signed, c.found) for c in v.changed_cells]


def test_untouched_and_resaved_sheets_are_valid(world):
    v = verify_score_sheet(world["sheet_a"], world["panel"])
    assert v.status is Status.VALID, v.message
    resaved = _edited(world, "noop", lambda wb: None)
    assert resaved.read_bytes() != world["sheet_a"].read_bytes()
    v2 = verify_score_sheet(resaved, world["panel"])
    assert v2.status is Status.VALID, (v2.message, _named(v2)[:5])


def test_every_score_cell_changed_is_named(world):
    wb0 = openpyxl.load_workbook(world["sheet_a"])
    rows = wb0[SCORES].max_row
    assert rows == 1 + 3 * 4
    for r in range(2, rows + 1):
        old = wb0[SCORES][f"G{r}"].value
        new = 3 if old is None else old % 5 + 1  # recused rows (None) get a level too

        def edit(wb, r=r, new=new):
            wb[SCORES][f"G{r}"] = new

        v = verify_score_sheet(_edited(world, f"G{r}", edit), world["panel"])
        assert v.status is Status.TAMPERED
        assert _named(v) == [(f"Scores!G{r}", None if old is None else str(old), str(new))]
        # and a cleared level (scored rows only)
        if old is not None:
            def clear(wb, r=r):
                wb[SCORES][f"G{r}"] = None

            v = verify_score_sheet(_edited(world, f"G{r}-clear", clear), world["panel"])
            assert _named(v) == [(f"Scores!G{r}", str(old), None)]


@pytest.mark.slow
def test_every_signed_cell_changed_is_named(world):
    """Exhaustive: each cell of each signed sheet, edited alone, is the one cell reported."""
    wb = openpyxl.load_workbook(world["sheet_a"])  # edited in place, reverted after each save
    out = world["root"] / "edit-one-cell.xlsx"
    checked = 0
    for title in SIGNED_SHEETS:
        ws = wb[title]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                old_value, old_type = cell.value, cell.data_type
                new = _mutate(old_value)
                if isinstance(new, str):
                    set_text(cell, new)
                else:
                    cell.value = new
                wb.save(out)
                cell.value, cell.data_type = old_value, old_type
                v = verify_score_sheet(out)
                assert v.status is Status.TAMPERED, (title, cell.coordinate)
                assert [c.cell for c in v.changed_cells] == [f"{title}!{cell.coordinate}"]
                checked += 1
    wb.save(out)  # everything reverted: valid again
    assert verify_score_sheet(out).status is Status.VALID
    assert checked > 150


@pytest.mark.parametrize(("sheet", "coord", "new"), [
    (SCORES, "I2", "changed my mind"),
    (SCORES, "I5", ""),  # comment deleted
    (SCORES, "I9", "fine n-002/a.l.1 "),  # one trailing space
    (SCORES, "I13", "=HYPERLINK(\"http://x\")"),  # a formula where a comment was
    (SCORES, "A2", "n-002"),  # nominee id
    (SCORES, "E3", "a.l.1"),  # criterion id
    (SCORES, "B2", "Other Co."),  # nominee name
    (SCORES, "H4", "Leading"),  # level label
    (SCORES, "F2", "Another question?"),
    (SUMMARY, "C2", 99.5),  # a subtotal
    (SUMMARY, "E3", 10),  # a total
    (CONFLICTS, "C2", "none really"),
    (CONFLICTS, "A2", "n-001"),
    (ABOUT, "B2", "Eve Mallory"),  # judge
    (ABOUT, "B4", "SHA256:forged"),  # fingerprint
    (ABOUT, "B6", "other-panel"),
    (ABOUT, "B8", 2),  # round
    (ABOUT, "B11", "sha256:0000"),  # framework hash
    (ABOUT, "B13", 9),  # sequence
    (AUDIT, "F3", "third"),
])
def test_named_edits(world, sheet, coord, new):
    old = openpyxl.load_workbook(world["sheet_a"])[sheet][coord].value

    def edit(wb):
        if isinstance(new, str) and not new.startswith("="):
            set_text(wb[sheet][coord], new)
        else:
            wb[sheet][coord] = new  # "=..." really becomes a formula here

    v = verify_score_sheet(_edited(world, f"{sheet}-{coord}-named", edit), world["panel"])
    assert v.status is Status.TAMPERED
    assert [c.cell for c in v.changed_cells] == [f"{sheet}!{coord}"]
    assert v.changed_cells[0].signed == (None if old is None else
                                         str(int(old)) if isinstance(old, float)
                                         and old.is_integer() else str(old))


def test_number_typed_as_text_and_formula_with_same_value(world):
    def as_formula(wb):
        wb[SCORES]["G2"] = "=1"  # displays 1, the signed level: still a formula in the range

    v = verify_score_sheet(_edited(world, "formula-same", as_formula), world["panel"])
    assert v.status is Status.TAMPERED and _named(v) == [("Scores!G2", "1", "=1")]

    def formula_outside(wb):
        wb[SCORES]["K20"] = "=G2*2"

    v = verify_score_sheet(_edited(world, "formula-out", formula_outside), world["panel"])
    assert v.status is Status.TAMPERED and _named(v) == [("Scores!K20", None, "=G2*2")]


def test_swap_two_rows(world):
    def swap(wb):
        ws = wb[SCORES]
        r2 = [c.value for c in ws[2]]
        r3 = [c.value for c in ws[3]]
        for i, (x, y) in enumerate(zip(r2, r3, strict=True), 1):
            ws.cell(2, i).value, ws.cell(3, i).value = y, x

    v = verify_score_sheet(_edited(world, "swap", swap), world["panel"])
    assert v.status is Status.TAMPERED
    cells = {c.cell for c in v.changed_cells}
    # rows 2 and 3 share nominee, domain and dimension; criterion, question, level, comment
    assert cells == {f"Scores!{col}{r}" for col in "EFGHI" for r in (2, 3)}


def test_delete_a_row(world):
    def delete(wb):
        wb[SCORES].delete_rows(5)

    v = verify_score_sheet(_edited(world, "delete", delete), world["panel"])
    assert v.status is Status.TAMPERED
    cells = {c.cell for c in v.changed_cells}
    assert "Scores!G5" in cells and "Scores!A13" in cells  # the last row is now missing
    assert not any(c.endswith(("2", "3", "4")) and c.startswith("Scores!") for c in cells
                   if c[-2:-1].isalpha())


def test_add_a_row(world):
    def add(wb):
        wb[SCORES].append(["n-001", "Example Co.", "x", "y", "a.l.1", "q", 5, "Leading", ""])

    v = verify_score_sheet(_edited(world, "add", add), world["panel"])
    assert v.status is Status.TAMPERED
    assert [c.cell for c in v.changed_cells] == [f"Scores!{col}14" for col in "ABCDEFGH"]
    assert all(c.signed is None for c in v.changed_cells)

    def insert(wb):
        wb[SCORES].insert_rows(3)

    v = verify_score_sheet(_edited(world, "insert", insert), world["panel"])
    assert v.status is Status.TAMPERED
    assert "Scores!A3" in {c.cell for c in v.changed_cells}


def test_extra_column_and_lookalike_sheet_and_hidden_sheet(world):
    def extra_col(wb):
        wb[SCORES]["J2"] = "note"

    v = verify_score_sheet(_edited(world, "col", extra_col), world["panel"])
    assert _named(v) == [("Scores!J2", None, "note")]

    def lookalike(wb):
        wb[SCORES].sheet_state = "hidden"
        fake = wb.create_sheet("Scores (2)", 0)
        fake["G2"] = 5

    v = verify_score_sheet(_edited(world, "fake", lookalike), world["panel"])
    assert v.status is Status.TAMPERED
    assert _named(v) == [("Scores", "visible", "hidden"), ("Scores (2)!G2", None, "5")]


def test_missing_or_renamed_sheet(world):
    def rename(wb):
        wb[CONFLICTS].title = "Conflicts of interest"

    v = verify_score_sheet(_edited(world, "rename", rename), world["panel"])
    assert v.status is Status.TAMPERED
    cells = {c.cell for c in v.changed_cells}
    assert "Conflicts!C2" in cells and "Conflicts of interest!C2" in cells

    def drop(wb):
        del wb[SUMMARY]

    v = verify_score_sheet(_edited(world, "drop", drop), world["panel"])
    assert v.status is Status.TAMPERED and "Summary!E2" in {c.cell for c in v.changed_cells}


def test_graft_another_judges_signature(world):
    """Judge B's valid signature sheet pasted into judge A's file is not accepted."""
    wb_b = openpyxl.load_workbook(world["sheet_b"])
    b_cells = [[c.value for c in row] for row in wb_b[SIGNATURE].iter_rows()]

    def graft(wb):
        ws = wb[SIGNATURE]
        ws.delete_rows(1, ws.max_row)
        for r, row in enumerate(b_cells, 1):
            for c, value in enumerate(row, 1):
                if isinstance(value, str):
                    set_text(ws.cell(r, c), value)
                else:
                    ws.cell(r, c).value = value

    v = verify_score_sheet(_edited(world, "graft", graft), world["panel"])
    assert v.status is Status.TAMPERED
    assert v.content is not None and v.content.fingerprint == world["b"].fingerprint
    named = {c.cell: (c.signed, c.found) for c in v.changed_cells}
    assert named["About!B4"] == (world["b"].fingerprint, world["a"].fingerprint)
    assert named["About!B2"] == ("Bo Judge", "Ada Judge")
    assert "Scores!I2" in named  # A's comments are not what B signed


def test_edited_payload_is_bad_signature(world):
    def forge(wb):
        ws = wb[SIGNATURE]
        ws["B5"].value = ws["B5"].value.replace('"sequence":1', '"sequence":99')

    v = verify_score_sheet(_edited(world, "forge", forge), world["panel"])
    assert v.status is Status.BAD_SIGNATURE

    def swap_key(wb):
        wb_b = openpyxl.load_workbook(world["sheet_b"])
        set_text(wb[SIGNATURE]["B3"], wb_b[SIGNATURE]["B3"].value)  # B's signature bytes

    assert verify_score_sheet(_edited(world, "sig", swap_key)).status is Status.BAD_SIGNATURE

    def drop_sig(wb):
        del wb[SIGNATURE]

    assert verify_score_sheet(_edited(world, "nosig", drop_sig)).status is Status.UNREADABLE


def test_replay_older_sequence_or_round(world):
    fp = world["a"].fingerprint
    assert verify_score_sheet(world["new_a"], world["panel"],
                              known_sequences={fp: 2}).status is Status.VALID
    old = verify_score_sheet(world["old_a"], world["panel"], known_sequences={fp: 2})
    assert old.status is Status.SUPERSEDED and old.content.sequence == 1
    round2 = make_panel(world["fw"], [world["a"], world["b"]], round_=2)
    assert verify_score_sheet(world["new_a"], round2).status is Status.SUPERSEDED


def _rewrite_sheet1(src: Path, out: Path, fn: Callable[[str], str]) -> Path:
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = fn(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)
    return out


def test_hand_edited_xml_beyond_the_dimension_is_caught(world):
    """A cell added by editing the XML, outside what <dimension> claims, is still named."""
    def add_cell(xml: str) -> str:
        assert '<dimension ref="A1:I13"/>' in xml
        return xml.replace("</sheetData>", '<row r="40"><c r="Z40" t="inlineStr"><is><t>'
                           "hidden note</t></is></c></row></sheetData>")

    out = _rewrite_sheet1(world["sheet_a"], world["root"] / "dim.xlsx", add_cell)
    v = verify_score_sheet(out, world["panel"])
    assert _named(v) == [("Scores!Z40", None, "hidden note")]

    def bad_ref(xml: str) -> str:
        return xml.replace('r="G2"', 'r="XFE2"', 1)  # column 16,385: beyond any sheet

    out = _rewrite_sheet1(world["sheet_a"], world["root"] / "ref.xlsx", bad_ref)
    assert verify_score_sheet(out).status is Status.UNREADABLE

    def level_as_shared_formula(xml: str) -> str:
        return xml.replace('<c r="G2"><v>1</v></c>', '<c r="G2"><f>0+1</f><v>1</v></c>', 1)

    out = _rewrite_sheet1(world["sheet_a"], world["root"] / "f.xlsx", level_as_shared_formula)
    assert _named(verify_score_sheet(out)) == [("Scores!G2", "1", "=0+1")]
