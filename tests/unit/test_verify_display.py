"""Signed values shown differently: number formats, hidden rows/columns (``display_altered``),
and rows deleted from or inserted into *Scores* said plainly (``row_changes``).

The altered files are made by editing the xlsx zip parts directly, as an attacker would.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

# the signed sheet and its editors live in tests/sheet_edits.py (the ``world`` fixture in
# tests/conftest.py); the names stay importable from here for tests that still do so
from tests.sheet_edits import SCORES_XML as SCORES_XML
from tests.sheet_edits import STYLES_XML as STYLES_XML
from tests.sheet_edits import SUMMARY_XML as SUMMARY_XML
from tests.sheet_edits import add_style as _add_style
from tests.sheet_edits import formatted as _formatted
from tests.sheet_edits import openpyxl_edit as _openpyxl_edit
from tests.sheet_edits import rewrite as _rewrite
from tests.sheet_edits import set_style as _set_style
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.core.verification_words import display_note_text, row_change_text
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.xlsx.display import (
    FORMAT_ALTERED,
    FORMAT_BENIGN,
    number_format_kind,
)


def _notes(v) -> list[dict]:
    """The notes as ``verify --json`` prints them, without the ``kind`` every one carries."""
    out = []
    for n in v.display_altered:
        doc = n.to_json()
        assert doc.pop("kind") == n.kind
        out.append(doc)
    return out


def test_untouched_sheet_has_no_display_warning(world):
    v = verify_score_sheet(world["sheet"], world["panel"])
    assert v.status is Status.VALID
    assert "display_altered" not in v.warnings
    assert v.display_altered == [] and v.display_altered_total == 0 and v.row_changes == []
    doc = v.to_json()
    assert doc["display_altered"] == [] and doc["row_changes"] == []
    # the contract's keys are all still there
    assert {"file", "status", "judge", "fingerprint", "panel_id", "round", "sequence",
            "warnings", "changed_cells"} <= set(doc)


def test_openpyxl_resave_has_no_display_warning(world):
    import openpyxl

    out = world["root"] / "openpyxl-resave.xlsx"
    wb = openpyxl.load_workbook(world["sheet"])
    wb.save(out)
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and v.warnings == [], _notes(v)


HOSTILE_FORMATS = [
    # (case, sheet part, cell, numFmtId, custom code or None for a builtin id, signed value)
    ("literal", SCORES_XML, "G2", 164, '"5"', "1"),
    ("condition-equal", SCORES_XML, "G2", 164, '[=1]"5";General', "1"),
    ("condition-less", SCORES_XML, "G3", 164, '[<3]"4";0', "2"),
    ("escape", SCORES_XML, "G2", 164, "\\5", "1"),
    ("hide-comment", SCORES_XML, "I2", 164, ";;;", "fine n-001/a.l.1"),
    ("hide-text-section", SCORES_XML, "B2", 164, 'General;General;General;"x"',
     "Example Co."),
    ("percent-builtin", SCORES_XML, "G2", 9, None, "1"),
    ("percent-custom", SCORES_XML, "G2", 164, "0%", "1"),
    ("date-builtin", SCORES_XML, "G2", 14, None, "1"),
    ("date-custom", SCORES_XML, "G2", 164, "yyyy-mm-dd", "1"),
    ("time-builtin", SCORES_XML, "G2", 21, None, "1"),
    ("fraction-builtin", SCORES_XML, "G2", 12, None, "1"),
    ("scientific-builtin", SCORES_XML, "G2", 11, None, "1"),
    ("currency-builtin", SCORES_XML, "G2", 5, None, "1"),
    ("two-sections", SCORES_XML, "G2", 164, "0;0", "1"),
    ("locale-then-literal", SCORES_XML, "G2", 164, '[$-409]"5"', "1"),
]


@pytest.mark.parametrize(("case", "part", "ref", "fid", "code", "signed"), HOSTILE_FORMATS,
                         ids=[c[0] for c in HOSTILE_FORMATS])
def test_hostile_format_is_display_altered(world, case, part, ref, fid, code, signed):
    out = _formatted(world, case, part, ref, fid, code)
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID, (v.message, v.changed_cells[:3])  # values untouched
    assert "display_altered" in v.warnings
    sheet = "Scores" if part == SCORES_XML else "Summary"
    shown = code if code is not None else {9: "0%", 14: "mm-dd-yy", 21: "h:mm:ss",
                                           12: "# ?/?", 11: "0.00E+00"}.get(fid)
    assert _notes(v) == [{"cell": f"{sheet}!{ref}", "format": shown or "[builtin format 5]",
                          "signed": signed}]
    assert v.display_altered_total == 1
    assert f"{sheet}!{ref}" in display_note_text(v.display_altered[0])


BENIGN_FORMATS = [
    ("general-custom", SCORES_XML, "G2", 164, "General"),
    ("general-lower", SCORES_XML, "G2", 164, "general"),
    ("zero", SCORES_XML, "G2", 164, "0"),
    ("zero-builtin", SCORES_XML, "G2", 1, None),
    ("thousands", SCORES_XML, "G2", 3, None),
    ("decimals", SCORES_XML, "G2", 164, "0.000"),
    ("text", SCORES_XML, "I2", 164, "@"),
    ("text-builtin", SCORES_XML, "I2", 49, None),
    ("locale-general", SCORES_XML, "G2", 164, "[$-409]General"),
    ("summary-two-decimals", SUMMARY_XML, "C2", 4, None),
]


@pytest.mark.parametrize(("case", "part", "ref", "fid", "code"), BENIGN_FORMATS,
                         ids=[c[0] for c in BENIGN_FORMATS])
def test_benign_format_gives_no_warning(world, case, part, ref, fid, code):
    out = _formatted(world, case, part, ref, fid, code)
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and v.warnings == [], _notes(v)


def _summary_fraction_cell(world: dict) -> tuple[str, Decimal]:
    """A Summary cell whose signed figure has a fractional part (66.67 and the like)."""
    import openpyxl

    wb = openpyxl.load_workbook(world["sheet"])
    for row in wb["Summary"].iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, float) and not cell.value.is_integer():
                return cell.coordinate, Decimal(repr(cell.value))
    raise AssertionError("the sample sheet has no fractional summary figure")


def test_rounding_format_on_a_decimal_is_display_altered(world):
    ref, value = _summary_fraction_cell(world)
    out = _formatted(world, "rounding", SUMMARY_XML, ref, 164, "0")
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"cell": f"Summary!{ref}", "format": "0",
                          "signed": f"{value:.2f}"}]


def _sheet_edit(world: dict, name: str, fn: Callable[[str], str],
                part: str = SCORES_XML) -> Path:
    return _rewrite(world, name, {part: fn})


def _row_attr(text: str, row: int, attr: str) -> str:
    new, n = re.subn(rf'<row r="{row}"', f'<row r="{row}" {attr}', text, count=1)
    assert n == 1
    return new


def test_hidden_row_is_display_altered(world):
    out = _sheet_edit(world, "hidden-row", lambda t: _row_attr(
        _row_attr(t, 5, 'hidden="1"'), 9, 'hidden="true"'))
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"sheet": "Scores", "rows_hidden": [5, 9], "count": 2}]
    assert display_note_text(v.display_altered[0]) == "Scores: hidden rows 5, 9"


@pytest.mark.parametrize("height", ["0", "1.5"])
def test_zero_or_tiny_height_row_is_display_altered(world, height):
    def low(text: str) -> str:
        return re.sub(r'(<row r="7")[^>]*>', rf'\1 ht="{height}" customHeight="1">', text,
                      count=1)

    v = verify_score_sheet(_sheet_edit(world, f"low-row-{height}", low), world["panel"])
    assert v.status is Status.VALID
    assert _notes(v) == [{"sheet": "Scores", "rows_hidden": [7], "count": 1}]


def test_zero_height_by_default_hides_rows_without_a_height(world):
    def default(text: str) -> str:
        text = re.sub(r"<sheetFormatPr [^>]*/>", '<sheetFormatPr defaultRowHeight="15" '
                      'zeroHeight="1"/>', text, count=1)
        # rows that keep an explicit height stay visible; strip it from rows 3 and 4
        return re.sub(r'(<row r="[34]")[^>]*>', r"\1>", text)

    v = verify_score_sheet(_sheet_edit(world, "zero-default", default), world["panel"])
    notes = _notes(v)
    assert v.status is Status.VALID and notes[0]["sheet"] == "Scores"
    assert {3, 4} <= set(notes[0]["rows_hidden"])


def test_hidden_column_is_display_altered(world):
    def hide(text: str) -> str:
        text, n = re.subn(r'<col min="7" max="7"', '<col min="7" max="7" hidden="1"', text)
        assert n == 1
        return text

    v = verify_score_sheet(_sheet_edit(world, "hidden-col", hide), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"sheet": "Scores", "columns_hidden": ["G"], "count": 1}]


def test_zero_width_columns_and_summary_sheet(world):
    def hide(text: str) -> str:
        return text.replace("<cols>", '<cols><col min="3" max="3" width="0" customWidth="1"/>'
                            '<col min="4" max="4" width="0.4" customWidth="1"/>'
                            '<col min="20" max="30" hidden="1"/>', 1)

    v = verify_score_sheet(_sheet_edit(world, "zero-width", hide, SUMMARY_XML),
                           world["panel"])
    assert v.status is Status.VALID
    # columns beyond the signed grid hold nothing signed: not reported
    assert _notes(v) == [{"sheet": "Summary", "columns_hidden": ["C", "D"], "count": 2}]


def test_hidden_rows_beyond_the_signed_rows_are_ignored(world):
    def far(text: str) -> str:
        return text.replace("</sheetData>", '<row r="500" hidden="1"/></sheetData>')

    v = verify_score_sheet(_sheet_edit(world, "far-row", far), world["panel"])
    assert v.status is Status.VALID and v.warnings == []


def test_conditional_format_and_hidden_zeros(world):
    def cond(text: str) -> str:
        text = text.replace("<sheetView ", '<sheetView showZeros="0" ', 1)
        return text.replace("</sheetData>", (
            '</sheetData><conditionalFormatting sqref="G2:G13"><cfRule type="cellIs" '
            'dxfId="0" priority="1" operator="equal"><formula>3</formula></cfRule>'
            "</conditionalFormatting>"), 1)

    v = verify_score_sheet(_sheet_edit(world, "cond", cond), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"sheet": "Scores", "zeros_hidden": True},
                         {"sheet": "Scores", "conditional_format": "G2:G13"}]


def test_default_style_altered_flags_every_value_cell_capped(world):
    """Style 0 (cells without an ``s`` attribute) made to show "5": every signed value."""
    def styles(text: str) -> str:
        head = text.index(">", text.index("<styleSheet")) + 1
        text = (text[:head] + '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;5'
                '&quot;"/></numFmts>' + text[head:])
        return text.replace('<cellXfs count="4"><xf numFmtId="0"',
                            '<cellXfs count="4"><xf numFmtId="164"', 1)

    v = verify_score_sheet(_rewrite(world, "style0", {STYLES_XML: styles}), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert len(v.display_altered) == 20 and v.display_altered_total > 40
    assert v.display_altered[0].to_json() == {"kind": "format", "cell": "Scores!A2",
                                              "format": '"5"', "signed": "n-001"}


def test_format_on_a_changed_cell_is_tampered_and_display(world):
    def both(text: str) -> str:
        text = _set_style(text, "G2", 4)
        return text.replace('<c r="G2" s="4"><v>1</v>', '<c r="G2" s="4"><v>5</v>', 1)

    def styles(text: str) -> str:
        return _add_style(text, 164, '"1"')[0]

    v = verify_score_sheet(_rewrite(world, "both", {STYLES_XML: styles, SCORES_XML: both}),
                           world["panel"])
    assert v.status is Status.TAMPERED
    assert [(c.cell, c.signed, c.found) for c in v.changed_cells] == [("Scores!G2", "1", "5")]
    assert "display_altered" in v.warnings and _notes(v)[0]["cell"] == "Scores!G2"
    assert v.row_changes == []  # an edited value is not a moved row


def test_number_format_kind():
    assert number_format_kind("General") == FORMAT_BENIGN
    assert number_format_kind("@") == FORMAT_BENIGN
    assert number_format_kind("0") == 0
    assert number_format_kind("#,##0.00") == 2
    assert number_format_kind("[$-804]0.0") == 1
    # what Excel writes without changing the number: a BCP-47 locale tag, width padding (the
    # "0_ " of a Chinese or Japanese Excel), a negative section that only adds the sign
    assert number_format_kind("[$-en-US]General") == FORMAT_BENIGN
    for code, decimals in (("0_ ", 0), ("0.00_ ", 2), ("0_)", 0), ("#0", 0), ("0;-0", 0),
                           ("0.00;-0.00", 2), ("0.00;-0.00;0.00", 2), ("0\\ ", 0)):
        assert number_format_kind(code) == decimals, code
    for code in ('"5"', "\\5", ";;;", "0%", "0.00E+00", "# ?/?", "[=3]0", "0 ",
                 "[Red]0", "General;", "x" * 100_000, "", "[$-409",
                 "0;0", "General;General", "0;-0;", "0.00;-0.0", "0*-", "0;[Red]-0"):
        assert number_format_kind(code) == FORMAT_ALTERED, code


# ----------------------------------------------------------------- hostile styles.xml

def _hostile_styles(world: dict, name: str, styles_xml: str, style: str) -> Path:
    return _rewrite(world, name, {STYLES_XML: lambda _t: styles_xml,
                                  SCORES_XML: lambda t: _set_style(t, "G2", style)})


def _styles_doc(numfmts: str, xfs: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.'
            f'openxmlformats.org/spreadsheetml/2006/main">{numfmts}<fonts count="1"><font/>'
            '</fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
            f"<cellXfs>{xfs}</cellXfs></styleSheet>")


def test_hundred_thousand_styles_are_read(world):
    import random

    n = 100_000
    rnd = random.Random(7)  # varied attributes: within the zip's compression-ratio limit
    xfs = "".join(f'<xf numFmtId="{rnd.choice((0, 1, 2, 49))}" fontId="{rnd.randrange(10**6)}"/>'
                  for _ in range(n - 1)) + '<xf numFmtId="164"/>'
    doc = _styles_doc('<numFmts><numFmt numFmtId="164" formatCode="&quot;5&quot;"/>'
                      "</numFmts>", xfs)
    out = _hostile_styles(world, "many-xfs", doc, str(n - 1))
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID
    assert _notes(v) == [{"cell": "Scores!G2", "format": '"5"', "signed": "1"}]


@pytest.mark.parametrize("style", ["123456789", "-3", "abc", "1e3", "99999999999999999999"])
def test_out_of_range_style_index_is_lenient(world, style):
    out = _rewrite(world, f"bad-index-{style}",
                   {SCORES_XML: lambda t: _set_style(t, "G2", style)})
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and v.warnings == [], _notes(v)


def test_bad_numfmt_ids_are_lenient(world):
    doc = _styles_doc('<numFmts><numFmt numFmtId="x" formatCode="&quot;5&quot;"/></numFmts>',
                      '<xf numFmtId="0"/><xf numFmtId="zz"/><xf numFmtId="400"/>')
    for style in ("1", "2"):  # a bad id and an undefined custom id show as General
        v = verify_score_sheet(_hostile_styles(world, f"bad-fid-{style}", doc, style),
                               world["panel"])
        assert v.status is Status.VALID and v.warnings == [], _notes(v)


def test_huge_format_code_is_cut_and_flagged(world):
    code = "0" + "\\x" * 50_000  # 100 k characters
    doc = _styles_doc(f'<numFmts><numFmt numFmtId="200" formatCode="{code}"/></numFmts>',
                      '<xf numFmtId="0"/>' * 4 + '<xf numFmtId="200"/>')
    v = verify_score_sheet(_hostile_styles(world, "huge-code", doc, "4"), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    note = _notes(v)[0]
    assert note["cell"] == "Scores!G2" and len(note["format"]) == 200
    assert len(json.dumps(v.to_json())) < 10_000


def test_malformed_styles_are_unreadable(world):
    # Our reader alone would only note the styles it cannot examine; the second,
    # independent reader (python-calamine) cannot open the file at all, and a file two
    # readers disagree on is refused (docs/contract.md §7).
    out = _rewrite(world, "broken-styles", {STYLES_XML: lambda t: t[: len(t) // 2]})
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.UNREADABLE
    assert "second, independent reader cannot read" in v.message


def test_oversized_styles_are_noted_not_rejected(world):
    import base64
    import os

    pad = base64.b64encode(os.urandom(6_500_000)).decode()  # ~8.7 MB, incompressible
    out = _rewrite(world, "big-styles", {STYLES_XML: lambda t: t.replace(
        "</styleSheet>", f"<!-- {pad} --></styleSheet>")})
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert "more than" in _notes(v)[0]["styles_unchecked"]


def test_entity_declarations_in_styles_are_refused(world):
    def evil(text: str) -> str:
        body = text[text.index("?>") + 2:]
        return ('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]>' + body)

    v = verify_score_sheet(_rewrite(world, "xxe-styles", {STYLES_XML: evil}), world["panel"])
    assert v.status is Status.UNREADABLE and "entity" in v.message


# ----------------------------------------------------------------- rows deleted / inserted

def test_deleted_row_is_said_plainly(world, capsys):
    out = _openpyxl_edit(world, "deleted-row", lambda ws: ws.delete_rows(5))
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.TAMPERED
    assert len(v.changed_cells) > 8  # every shifted cell is still listed
    assert [rc.to_json() for rc in v.row_changes] == [
        {"sheet": "Scores", "change": "missing", "row": 5, "rows": 1,
         "ids": [["n-001", "v.e.1"]], "moved": 8}]
    assert row_change_text(v.row_changes[0]) == (
        "Scores: row 5 (n-001 / v.e.1) missing; the 8 rows below moved up")

    from zerodx_desktop.cli import main

    capsys.readouterr()
    assert main(["--home", str(world["root"] / "home"), "verify", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": tampered")
    # the plain sentence comes before the message and the list of shifted cells
    assert lines[2] == "  Scores: row 5 (n-001 / v.e.1) missing; the 8 rows below moved up"
    assert "cell(s) differ" in lines[3]
    assert any(line.startswith("  Scores!A5: signed n-001, found n-002") for line in lines)
    # the shifted cells are listed up to a point: the row sentence explains them (JSON: all)
    from zerodx_desktop.cli import SHIFTED_CELLS_SHOWN

    listed = [line for line in lines if line.startswith("  Scores!")]
    assert len(v.changed_cells) > SHIFTED_CELLS_SHOWN == len(listed)
    assert lines[-1] == (f"  … and {len(v.changed_cells) - SHIFTED_CELLS_SHOWN} more "
                         "changed cells, moved with the rows above (every one: --json)")

    assert main(["--home", str(world["root"] / "home"), "verify", str(out), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["status"] == "tampered" and len(doc["changed_cells"]) == len(v.changed_cells)
    assert doc["row_changes"][0]["row"] == 5


def test_cli_text_names_the_altered_display(world, capsys):
    from zerodx_desktop.cli import main

    out = _formatted(world, "cli-format", SCORES_XML, "G2", 164, '"5"')
    home = str(world["root"] / "home")
    assert main(["--home", home, "verify", str(out)]) == 0  # valid: warnings do not reject
    text = capsys.readouterr().out
    assert ": valid" in text.splitlines()[0]
    assert "warning: display_altered" in text
    assert "Scores!G2 (signed 1) is displayed with the number format '\"5\"'" in text
    assert main(["--home", home, "verify", str(out), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["status"] == "valid" and "display_altered" in doc["warnings"]
    assert doc["display_altered"] == [{"kind": "format", "cell": "Scores!G2", "format": '"5"',
                                       "signed": "1"}]
    assert doc["display_altered_total"] == 1


def test_cli_prints_a_changed_cell_on_one_line(world, capsys):
    from zerodx_desktop.cli import main

    def fake(ws):
        ws["I2"] = "edited\n/tmp/other.xlsx: valid\n  The signature is valid"

    out = _openpyxl_edit(world, "fake-lines", fake)
    assert main(["--home", str(world["root"] / "home"), "verify", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": tampered")
    assert not any(line.startswith("/tmp/other.xlsx") for line in lines)  # no faked verdict
    assert any(line.startswith("  Scores!I2: signed ") and "/tmp/other.xlsx: valid" in line
               for line in lines)


def test_inserted_row_is_said_plainly(world):
    def insert(ws):
        ws.insert_rows(7)
        ws["A7"], ws["E7"], ws["G7"] = "n-009", "x.y.z", 5

    v = verify_score_sheet(_openpyxl_edit(world, "inserted-row", insert), world["panel"])
    assert v.status is Status.TAMPERED
    assert [rc.to_json() for rc in v.row_changes] == [
        {"sheet": "Scores", "change": "extra", "row": 7, "rows": 1,
         "ids": [["n-009", "x.y.z"]], "moved": 7}]
    assert row_change_text(v.row_changes[0]) == (
        "Scores: an extra row at 7 (n-009 / x.y.z); the 7 rows below moved down")


def test_several_deleted_rows_and_a_blank_inserted_row(world):
    def edit(ws):
        ws.delete_rows(3, 2)  # signed rows 3-4
        ws.insert_rows(9)  # a blank row where signed row 11 was

    v = verify_score_sheet(_openpyxl_edit(world, "multi-rows", edit), world["panel"])
    assert v.status is Status.TAMPERED
    got = [rc.to_json() for rc in v.row_changes]
    assert got == [
        {"sheet": "Scores", "change": "missing", "row": 3, "rows": 2,
         "ids": [["n-001", "a.l.2"], ["n-001", "a.s.1"]], "moved": 9},
        {"sheet": "Scores", "change": "extra", "row": 9, "rows": 1, "ids": [["", ""]],
         "moved": 3}]
    assert row_change_text(v.row_changes[0]) == (
        "Scores: rows 3–4 (n-001 / a.l.2, n-001 / a.s.1) missing; the 9 rows below moved up")
    assert row_change_text(v.row_changes[1]) == (
        "Scores: an extra row at 9 (empty); the 3 rows below moved down")


def test_sorted_or_huge_scores_rows_stay_fast(world):
    """A person sorting *Scores* by level moves most rows: that is no "row missing" story;
    on a big sheet nothing is listed (every shifted cell is still named), the list stays
    short, and the alignment never takes long."""
    from zerodx_desktop.formats.xlsx.compare import MAX_ROW_CHANGES, align_rows

    def sort_by_level(ws):
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
        rows.sort(key=lambda r: (r[6] is None, r[6] or 0))
        for i, r in enumerate(rows, 2):
            for j, value in enumerate(r, 1):
                ws.cell(i, j).value = value

    v = verify_score_sheet(_openpyxl_edit(world, "sorted", sort_by_level), world["panel"])
    assert v.status is Status.TAMPERED and len(v.changed_cells) > 10
    assert len(v.row_changes) <= MAX_ROW_CHANGES  # a 12-row sheet: a few blocks at most
    signed = [(f"n-{i // 40:05d}", f"c.{i % 40}") for i in range(50_000)]
    assert align_rows("Scores", signed, sorted(signed, key=lambda x: x[1])) == []
    one_less = signed[:30_000] + signed[30_001:]
    got = align_rows("Scores", signed, one_less + [("n-x", "c.x")] * 3)
    assert [(rc.change, rc.row, rc.rows, rc.moved) for rc in got] == [
        ("missing", 30_002, 1, 19_999), ("extra", 50_001, 3, 0)]


# ----------------------------------------------------------------- invisible text

def _font_style(styles: str, font: str, fill: str | None = None) -> tuple[str, int]:
    """styles.xml with one more font (and fill), and a cell style using them."""
    n_fonts = len(re.findall(r"<font>|<font ", styles[:styles.index("</fonts>")]))
    styles = styles.replace("</fonts>", font + "</fonts>", 1)
    fill_id = 0
    if fill is not None:
        fill_id = len(re.findall(r"<fill>|<fill ", styles[:styles.index("</fills>")]))
        styles = styles.replace("</fills>", fill + "</fills>", 1)
    n = len(re.findall(r"<xf ", styles[styles.index("<cellXfs"):styles.index("</cellXfs>")]))
    styles = styles.replace("</cellXfs>", f'<xf numFmtId="0" fontId="{n_fonts}" '
                            f'fillId="{fill_id}" borderId="0" xfId="0" applyFont="1"/>'
                            "</cellXfs>")
    return styles, n


def _with_font(world: dict, name: str, font: str, fill: str | None) -> Path:
    """The sheet with cell I3 (a signed comment) in one more font (and fill)."""
    with zipfile.ZipFile(world["sheet"]) as zf:
        _s, idx = _font_style(zf.read(STYLES_XML).decode(), font, fill)
    return _rewrite(world, name, {STYLES_XML: lambda t: _font_style(t, font, fill)[0],
                                  SCORES_XML: lambda t: _set_style(t, "I3", idx)})


INVISIBLE = [
    ("white-rgb", '<font><sz val="11"/><color rgb="FFFFFFFF"/></font>', None,
     "text colour FFFFFF on background FFFFFF"),
    ("white-theme", '<font><sz val="11"/><color theme="0"/></font>', None,
     "text colour FFFFFF on background FFFFFF"),
    ("same-as-fill", '<font><color rgb="FF336699"/></font>',
     '<fill><patternFill patternType="solid"><fgColor rgb="FF336699"/></patternFill></fill>',
     "text colour 336699 on background 336699"),
    ("black-on-black", "<font/>",
     '<fill><patternFill patternType="solid"><fgColor indexed="8"/></patternFill></fill>',
     "text colour 000000 on background 000000"),
    ("tiny", '<font><sz val="1"/></font>', None, "font size 1"),
    ("symbol-font", '<font><sz val="11"/><name val="Wingdings"/></font>', None,
     "symbol font wingdings"),
]


@pytest.mark.parametrize(("case", "font", "fill", "why"), INVISIBLE,
                         ids=[c[0] for c in INVISIBLE])
def test_invisible_text_is_display_altered(world, case, font, fill, why):
    v = verify_score_sheet(_with_font(world, f"font-{case}", font, fill), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"cell": "Scores!I3", "font": why, "signed": "fine n-001/a.l.2"}]
    assert display_note_text(v.display_altered[0]) == (
        f"Scores!I3 (signed fine n-001/a.l.2) cannot be seen: {why}")


VISIBLE = [
    ("red", '<font><color rgb="FFFF0000"/></font>', None),
    ("white-on-dark", '<font><color rgb="FFFFFFFF"/></font>',
     '<fill><patternFill patternType="solid"><fgColor rgb="FF003366"/></patternFill></fill>'),
    ("tinted-theme", '<font><color theme="0" tint="-0.5"/></font>', None),
    ("auto", '<font><sz val="9"/><color auto="1"/></font>', None),
    ("pattern", '<font><color rgb="FFFFFFFF"/></font>',
     '<fill><patternFill patternType="gray125"/></fill>'),
    # a colour we cannot resolve (yellow by index) is not taken for black on a black fill
    ("unresolved-on-black", '<font><color indexed="13"/></font>',
     '<fill><patternFill patternType="solid"><fgColor indexed="8"/></patternFill></fill>'),
]


@pytest.mark.parametrize(("case", "font", "fill"), VISIBLE, ids=[c[0] for c in VISIBLE])
def test_visible_fonts_give_no_warning(world, case, font, fill):
    v = verify_score_sheet(_with_font(world, f"visible-{case}", font, fill), world["panel"])
    assert v.status is Status.VALID and v.warnings == [], _notes(v)


# ----------------------------------------------------------------- rows and layout

def test_a_hidden_row_without_a_number_is_seen(world):
    # "r" is optional on <row>: the row is the one after the previous
    def unnumbered(text: str) -> str:
        new, n = re.subn(r'<row r="3"', '<row hidden="1"', text, count=1)
        assert n == 1
        return re.sub(r'(<c )r="[A-Z]+3" ', r"\1", new)

    v = verify_score_sheet(_sheet_edit(world, "row-no-r", unnumbered), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings, v.message
    assert _notes(v) == [{"sheet": "Scores", "rows_hidden": [3], "count": 1}]


def test_a_tiny_default_row_height_hides_every_row_without_its_own(world):
    def tiny(text: str) -> str:
        return re.sub(r"<sheetFormatPr[^>]*/>",
                      '<sheetFormatPr defaultRowHeight="0.5" customHeight="1"/>', text)

    v = verify_score_sheet(_sheet_edit(world, "tiny-default", tiny), world["panel"])
    assert "display_altered" in v.warnings
    with zipfile.ZipFile(world["sheet"]) as zf:
        rows = re.findall(r"<row ([^>]*)>", zf.read(SCORES_XML).decode())
    plain = [int(re.search(r'r="(\d+)"', a).group(1)) for a in rows if "ht=" not in a]
    assert plain  # the rows that take the default height (the others set their own)
    assert _notes(v) == [{"sheet": "Scores", "rows_hidden": plain, "count": len(plain)}]


@pytest.mark.parametrize(("case", "xml", "detail"), [
    ("merged", '<mergeCells count="1"><mergeCell ref="F2:I3"/></mergeCells>',
     "merged cells F2:I3"),
    ("drawing", '<drawing r:id="rId9"/>', "a drawing or text box over the cells"),
])
def test_merged_cells_and_drawings_are_display_altered(world, case, xml, detail):
    def add(text: str) -> str:
        return text.replace("</sheetData>", "</sheetData>" + xml, 1)

    v = verify_score_sheet(_sheet_edit(world, f"layout-{case}", add), world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    assert _notes(v) == [{"sheet": "Scores", "layout": detail}]
    assert display_note_text(v.display_altered[0]) == f"Scores: {detail} can hide or cover values"


def test_untrusted_text_in_notes_and_row_changes_is_one_short_line(world):
    code = "0" + "\n" * 3 + "status: valid\u202e" + "x" * 500
    with zipfile.ZipFile(world["sheet"]) as zf:
        _s, idx = _add_style(zf.read(STYLES_XML).decode(), 170, code)
    out = _rewrite(world, "fake-lines", {
        STYLES_XML: lambda t: _add_style(t, 170, code)[0],
        SCORES_XML: lambda t: _set_style(t, "G2", idx)})
    v = verify_score_sheet(out, world["panel"])
    text = display_note_text(v.display_altered[0])
    assert "\n" not in text and "\u202e" not in text and len(text) < 300
