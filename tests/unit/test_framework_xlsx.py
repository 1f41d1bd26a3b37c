"""Framework spreadsheet template: export, import, round trip, errors that name the cell."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from zerodx_desktop.core.errors import FrameworkError
from zerodx_desktop.core.framework import Framework, framework_from_dict
from zerodx_desktop.formats.framework_file import read_framework_file
from zerodx_desktop.formats.framework_template import write_framework_template
from zerodx_desktop.formats.framework_xlsx import read_framework_xlsx
from zerodx_desktop.formats.xlsx.reader import iter_sheet_cells, open_untrusted_xlsx
from zerodx_desktop.services.frameworks import export_template, import_framework

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "frameworks" / "rendanheyi-sample.json"


@pytest.fixture(scope="module")
def sample() -> Framework:
    return read_framework_file(SAMPLE)


@pytest.fixture
def template(tmp_path: Path, sample: Framework) -> Path:
    path = tmp_path / "framework.xlsx"
    write_framework_template(path, sample)
    return path


def _cells(path: Path, sheet: str) -> dict[tuple[int, int], Any]:
    wb = open_untrusted_xlsx(path)
    try:
        return {(r, c): v for r, c, v, _t in iter_sheet_cells(wb, sheet)}
    finally:
        wb.close()


def _edit(path: Path, change: Callable[[Any], None]) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def _col(ws: Any, name: str) -> int:
    for cell in ws[1]:
        if cell.value == name:
            return int(cell.column)
    raise AssertionError(f"no column {name} in {ws.title}")


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(n))


def _import_error(path: Path) -> FrameworkError:
    with pytest.raises(FrameworkError) as info:
        read_framework_xlsx(path)
    return info.value


# --------------------------------------------------------------------------- round trip

def test_sample_round_trips_to_the_same_hash(template: Path, sample: Framework):
    doc = read_framework_xlsx(template)
    fw = framework_from_dict(doc)
    assert fw.hash == sample.hash
    assert [c.id for c in fw.criteria()] == [c.id for c in sample.criteria()]
    assert fw.title.get("zh") == "人单合一评估（样例）"


def test_template_layout_header_frozen_and_sheets(template: Path):
    wb = open_untrusted_xlsx(template)
    try:
        assert wb.sheetnames == ["Instructions", "Framework", "Scale", "Domains", "Criteria"]
    finally:
        wb.close()
    crit = _cells(template, "Criteria")
    header = [crit[(1, c)] for c in range(1, 20)]
    # the sample's criteria carry Chinese titles, questions and level descriptors (a sample
    # translation): each language column follows its English one
    assert header[:9] == ["domain_id", "dimension_id", "criterion_id", "title", "title_zh",
                          "question", "question_zh", "guidance", "weight"]
    assert header[9:19] == [f"level_{n}{lang}" for n in range(1, 6) for lang in ("", "_zh")]
    assert crit[(2, 3)] == "autonomy.leadership.decision-rights"
    import zipfile

    with zipfile.ZipFile(template) as zf:
        sheet = zf.read("xl/worksheets/sheet5.xml").decode()
    assert 'state="frozen"' in sheet and "<cols>" in sheet
    domains = _cells(template, "Domains")
    assert [domains[(1, c)] for c in range(1, 5)] == ["domain_id", "domain_title",
                                                      "domain_title_zh", "domain_weight"]


def test_empty_template_has_instructions_and_example_rows(tmp_path: Path):
    path = tmp_path / "empty.xlsx"
    export_template(path)
    text = " ".join(str(v) for v in _cells(path, "Instructions").values())
    assert "one row per criterion" in text and "formulas" in text
    doc = read_framework_xlsx(path)
    fw = framework_from_dict(doc)
    assert fw.id == "my-framework" and len(fw.criteria()) == 3
    assert fw.scale.min == 1 and fw.scale.max == 5
    assert fw.require_comment_for == frozenset({1, 5})


def test_import_writes_json_that_loads_to_the_same_hash(tmp_path: Path, template: Path,
                                                        sample: Framework):
    out = tmp_path / "fw.json"
    fw = import_framework(template, out)
    assert fw.hash == sample.hash
    assert read_framework_file(out).hash == sample.hash
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "zerodx-framework/1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_export_from_framework_file_via_service(tmp_path: Path, sample: Framework):
    out = tmp_path / "t.xlsx"
    export_template(out, SAMPLE)
    assert framework_from_dict(read_framework_xlsx(out)).hash == sample.hash


def test_formula_like_text_is_written_as_text_and_comes_back(tmp_path: Path):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    crit = doc["domains"][0]["dimensions"][0]["criteria"][0]
    crit["question"] = "=SUM(A1:A3) or @cmd|' /C calc'!A0"
    crit["guidance"] = {"en": "+1 plus", "zh": "-减号", "fr": "#N/A"}
    crit["weight"] = "2.25"
    doc["domains"][1]["weight"] = 1.5
    fw = framework_from_dict(doc)
    path = tmp_path / "f.xlsx"
    write_framework_template(path, fw)
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert "<f>" not in zf.read("xl/worksheets/sheet5.xml").decode()
    back = framework_from_dict(read_framework_xlsx(path))
    assert back.hash == fw.hash
    assert back.criteria()[0].guidance.get("fr") == "#N/A"


def test_blank_rows_are_skipped_and_numbers_typed_as_ids(template: Path, sample: Framework):
    def change(wb: Any) -> None:
        ws = wb["Criteria"]
        ws.insert_rows(4, 2)  # two empty rows in the middle
        ws.cell(row=ws.max_row + 3, column=1, value="   ")  # whitespace only: still empty
        fw = wb["Framework"]
        for row in fw.iter_rows(min_row=2):
            if row[0].value == "version":
                row[1].value = 2024  # typed as a number
    _edit(template, change)
    doc = read_framework_xlsx(template)
    assert doc["version"] == "2024"
    assert len(framework_from_dict(doc).criteria()) == len(sample.criteria())


def test_language_column_added_by_organizer(template: Path):
    def change(wb: Any) -> None:
        ws = wb["Criteria"]
        col = ws.max_column + 1
        ws.cell(row=1, column=col, value="question_fr")
        ws.cell(row=2, column=col, value="Jusqu'où les dirigeants ont-ils délégué ?")
    _edit(template, change)
    fw = framework_from_dict(read_framework_xlsx(template))
    q = fw.criteria()[0].question
    assert q.variants["fr"] == "Jusqu'où les dirigeants ont-ils délégué ?"
    assert q.get("en").startswith("How far have leaders")
    assert q.get("zh")  # the sample's own Chinese stays
    assert "fr" not in fw.criteria()[1].question.variants


def test_weight_text_with_a_dot_is_accepted(template: Path):
    def change(wb: Any) -> None:
        ws = wb["Criteria"]
        ws.cell(row=2, column=_col(ws, "weight"), value="1.5")
    _edit(template, change)
    fw = framework_from_dict(read_framework_xlsx(template))
    assert fw.criteria()[0].weight == 1.5


def test_not_a_workbook_is_a_framework_error(tmp_path: Path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip at all")
    err = _import_error(bad)
    assert str(bad) in (err.where or "")
    missing = _import_error(tmp_path / "nope.xlsx")
    assert "nope.xlsx" in (missing.where or "")


# --------------------------------------------------------------------------- bad rows

def _set(sheet: str, row: int, column: str, value: Any) -> Callable[[Any], str]:
    def change(wb: Any) -> str:
        ws = wb[sheet]
        col = _col(ws, column)
        ws.cell(row=row, column=col).value = value  # (cell(..., value=None) would not clear)
        return f"{sheet}!{_letter(col)}{row}"
    return change


def _new_column(sheet: str, header: str, row: int, value: Any) -> Callable[[Any], str]:
    def change(wb: Any) -> str:
        ws = wb[sheet]
        col = ws.max_column + 1
        ws.cell(row=1, column=col, value=header)
        ws.cell(row=row, column=col, value=value)
        return f"{sheet}!{_letter(col)}{row if header.startswith('level_') else 1}"
    return change


def _delete_column(sheet: str, header: str) -> Callable[[Any], str]:
    def change(wb: Any) -> str:
        ws = wb[sheet]
        ws.delete_cols(_col(ws, header))
        return f"{sheet}!1:1"
    return change


def _empty_criteria(wb: Any) -> str:
    ws = wb["Criteria"]
    ws.delete_rows(2, ws.max_row)
    return f"Criteria!{_letter(_col(ws, 'criterion_id'))}2"


def _duplicate_id(wb: Any) -> str:
    ws = wb["Criteria"]
    col = _col(ws, "criterion_id")
    ws.cell(row=5, column=col, value=ws.cell(row=2, column=col).value)
    return f"Criteria!{_letter(col)}5"


def _formula(wb: Any) -> str:
    ws = wb["Criteria"]
    col = _col(ws, "weight")
    ws.cell(row=4, column=col, value="=1+1")
    assert ws.cell(row=4, column=col).data_type == "f"
    return f"Criteria!{_letter(col)}4"


def _framework_value(field: str, value: Any) -> Callable[[Any], str]:
    def change(wb: Any) -> str:
        ws = wb["Framework"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == field:
                row[1].value = value
                return f"Framework!B{row[0].row}"
        raise AssertionError(field)
    return change


def _drop_dimension_criteria(wb: Any) -> str:
    """Move the criteria of autonomy/structure elsewhere: the dimension is left empty."""
    ws = wb["Criteria"]
    dcol = _col(ws, "dimension_id")
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == "autonomy" and \
                ws.cell(row=r, column=dcol).value == "structure":
            ws.cell(row=r, column=dcol, value="leadership")
    dom = wb["Domains"]
    mcol = _col(dom, "dimension_id")
    for r in range(2, dom.max_row + 1):
        if dom.cell(row=r, column=mcol).value == "structure":
            return f"Domains!{_letter(mcol)}{r}"
    raise AssertionError("no structure dimension")


def _delete_row(sheet: str, row: int) -> Callable[[Any], str]:
    def change(wb: Any) -> str:
        wb[sheet].delete_rows(row)
        return f"{sheet}!A1"  # the scale as a whole: its header row's value cell
    return change


def _clear_label(wb: Any) -> str:
    ws = wb["Scale"]
    ws.cell(row=2, column=_col(ws, "label_zh")).value = None
    ws.cell(row=2, column=_col(ws, "label")).value = "  "
    return f"Scale!{_letter(_col(ws, 'label'))}2"


BAD_ROWS: list[tuple[str, Callable[[Any], str], str]] = [
    ("missing question", lambda wb: (_set("Criteria", 4, "question_zh", None)(wb),
                                     _set("Criteria", 4, "question", None)(wb))[1],
     "question"),
    ("bad id", _set("Criteria", 3, "criterion_id", "bad id!"), "not a valid id"),
    ("duplicate id", _duplicate_id, "already used at Criteria!C2"),
    ("weight 0", _set("Criteria", 6, "weight", 0), "weight must be a number greater than zero"),
    ("weight negative", _set("Domains", 3, "dimension_weight", -2),
     "dimension_weight must be a number greater than zero"),
    ("weight text", _set("Criteria", 6, "weight", "heavy"), "weight must be a positive number"),
    ("weight comma decimal", _set("Criteria", 7, "weight", "1,5"), "written with a dot"),
    ("descriptor for level 7", _new_column("Criteria", "level_7", 3, "Beyond the scale"),
     "outside the scale"),
    ("formula cell", _formula, "formulas are not allowed; type the value"),
    ("unknown column", _new_column("Criteria", "notes", 3, "x"), "\"notes\""),
    ("missing column", _delete_column("Criteria", "question"), "no column \"question\""),
    ("missing domains column", _delete_column("Domains", "dimension_title"),
     "no column \"dimension_title\""),
    ("inconsistent domain title", _set("Domains", 3, "domain_title", "Something else"),
     "differs from"),
    ("inconsistent domain weight", _set("Domains", 3, "domain_weight", 3), "differs from"),
    ("non-integer scale value", _set("Scale", 3, "value", 2.5), "whole number"),
    ("scale level listed twice", _set("Scale", 4, "value", 2), "listed twice (also at Scale!A3)"),
    ("scale level missing", _delete_row("Scale", 4), "level 3 is missing"),
    ("empty label", _clear_label, "label is missing"),
    ("empty Criteria sheet", _empty_criteria, "no criteria"),
    ("unknown domain", _set("Criteria", 2, "domain_id", "nowhere"), "not listed in the Domains"),
    ("unknown dimension", _set("Criteria", 2, "dimension_id", "nowhere"), "not a dimension"),
    ("dimension without criteria", _drop_dimension_criteria, "has no criteria"),
    ("bad domain id", _set("Domains", 2, "domain_id", "a/b"), "not a valid id"),
    ("require_comment_for outside scale", _framework_value("require_comment_for", "1,7"),
     "outside the scale"),
    ("require_comment_for not levels", _framework_value("require_comment_for", "one, five"),
     "not a level number"),
    ("sample not yes/no", _framework_value("sample", "maybe"), "yes or no"),
    ("framework id bad", _framework_value("id", "my framework"), "not a valid id"),
    ("error value", _set("Criteria", 3, "title", "#N/A"), "error value"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _n, c, e in BAD_ROWS],
                         ids=[n for n, _c, _e in BAD_ROWS])
def test_bad_row_is_reported_at_its_cell(template: Path, change: Callable[[Any], str],
                                         expected: str):
    where: list[str] = []
    _edit(template, lambda wb: where.append(change(wb)))
    err = _import_error(template)
    assert err.where == where[0], err.message
    assert expected in err.what, err.message


def test_duplicate_domain_row_and_header_without_name(template: Path):
    def change(wb: Any) -> None:
        ws = wb["Domains"]
        ws.append([ws.cell(row=2, column=c).value for c in range(1, ws.max_column + 1)])
    _edit(template, change)
    err = _import_error(template)
    assert err.where is not None and err.where.startswith("Domains!")
    assert "already listed in row 2" in err.what


def test_values_under_a_blank_header_are_refused(template: Path):
    def change(wb: Any) -> None:
        ws = wb["Scale"]
        ws.cell(row=3, column=ws.max_column + 2, value="stray")
    _edit(template, change)
    err = _import_error(template)
    assert err.where is not None and err.where.startswith("Scale!") and err.where.endswith("1")
    assert "no header" in err.what


def test_english_twice_is_refused(template: Path):
    _edit(template, lambda wb: _new_column("Criteria", "question_en", 2, "Twice")(wb))
    err = _import_error(template)
    assert err.where is not None and err.where.startswith("Criteria!") and err.where[-1] == "2"
    assert "both give the English text" in err.what


def test_missing_sheet_and_missing_framework_row(template: Path, tmp_path: Path):
    other = tmp_path / "other.xlsx"
    shutil.copy(template, other)
    _edit(template, lambda wb: wb.remove(wb["Scale"]))
    err = _import_error(template)
    assert "no sheet named \"Scale\"" in err.what

    def drop_version(wb: Any) -> None:
        ws = wb["Framework"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "version":
                ws.delete_rows(row[0].row)
                return
    _edit(other, drop_version)
    err = _import_error(other)
    assert err.where is not None and err.where.startswith("Framework!A")
    assert "no row \"version\"" in err.what


# --------------------------------------------------------------------------- LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _soffice(src: Path, outdir: Path, profile: Path) -> Path:
    assert SOFFICE, "LibreOffice (soffice) is required for this test"
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(outdir), str(src)],
        capture_output=True, text=True, timeout=120, check=False)
    out = outdir / (src.stem + ".xlsx")
    assert proc.returncode == 0 and out.is_file(), proc.stdout + proc.stderr
    return out


@pytest.mark.slow
@pytest.mark.libreoffice
def test_template_saved_by_libreoffice_still_imports(template: Path, sample: Framework,
                                                     tmp_path: Path):
    profile = tmp_path / "profile"
    resaved = _soffice(template, tmp_path / "plain", profile)
    assert resaved.read_bytes() != template.read_bytes()
    assert framework_from_dict(read_framework_xlsx(resaved)).hash == sample.hash

    # an organizer's edits (a new question text, a new weight, a translated column), saved
    # again by LibreOffice
    edited = tmp_path / "edited" / "framework.xlsx"
    edited.parent.mkdir()
    shutil.copy(template, edited)

    def change(wb: Any) -> None:
        ws = wb["Criteria"]
        q = ws.cell(row=3, column=_col(ws, "question"), value="=Is the leader a coach? 是否？")
        q.data_type = "s"  # formula-like text typed as text
        ws.cell(row=3, column=_col(ws, "weight"), value=2.5)
        col = ws.max_column + 1
        ws.cell(row=1, column=col, value="guidance_zh")
        ws.cell(row=3, column=col, value="看证据")
    _edit(edited, change)
    out = _soffice(edited, tmp_path / "out", profile)
    fw = framework_from_dict(read_framework_xlsx(out))
    c = fw.criteria()[1]
    assert c.question.get("en") == "=Is the leader a coach? 是否？"
    assert c.weight == 2.5
    assert c.guidance.get("zh") == "看证据"
    assert fw.hash != sample.hash
    assert [x.id for x in fw.criteria()] == [x.id for x in sample.criteria()]


# --------------------------------------------------------------------------- CLI

def test_cli_framework_template_and_import(tmp_path: Path, sample: Framework, capsys):
    from zerodx_desktop.cli import main

    home = ["--home", str(tmp_path / "home")]
    xlsx, out = tmp_path / "t.xlsx", tmp_path / "fw.json"
    assert main([*home, "framework", "template", "--out", str(xlsx), "--from", str(SAMPLE)]) == 0
    assert main([*home, "framework", "import", str(xlsx), "--out", str(out)]) == 0
    assert sample.hash in capsys.readouterr().out
    assert read_framework_file(out).hash == sample.hash

    _edit(xlsx, lambda wb: _set("Criteria", 6, "weight", 0)(wb))
    assert main([*home, "framework", "import", str(xlsx), "--out", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    # the weight column comes after title, title_zh, question, question_zh and guidance
    assert "Criteria!I6: weight must be a number greater than zero" in err
    assert not (tmp_path / "x.json").exists()
