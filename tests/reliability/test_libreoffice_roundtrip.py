"""Score sheets survive LibreOffice: re-saved without edits they verify; edited, the cell is named.

The edit is made in a real LibreOffice document: the sheet is converted to flat ODS (.fods,
plain XML), the score value is changed in that XML, and LibreOffice converts it back to .xlsx.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # only to build/write; parsing goes through defusedxml
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET

from tests.factories import make_content, make_framework, make_panel
from tests.tools import soffice_convert
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet import write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import Identity

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


_soffice = soffice_convert  # the old name, kept importable here


@pytest.fixture
def exported(tmp_path: Path):
    fw = make_framework()
    judge = Identity.generate("Ada Lovelace", "ada@example.org")
    panel = make_panel(fw, [judge])
    content = make_content(fw, comment="=SUM(1,2) 海湾 ok\nline two")
    path = tmp_path / "in" / "sheet.xlsx"
    path.parent.mkdir()
    write_score_sheet(path, content, fw, panel, judge,
                      audit_log=[{"seq": 1, "level": 3, "comment": "@first"}])
    assert verify_score_sheet(path, panel).status is Status.VALID
    return path, panel


def test_resaved_by_libreoffice_without_edits_is_valid(exported, tmp_path):
    path, panel = exported
    out = _soffice(path, "xlsx", tmp_path / "out", tmp_path / "profile")
    assert out.read_bytes() != path.read_bytes()  # really rewritten by LibreOffice
    v = verify_score_sheet(out, panel)
    assert v.status is Status.VALID, (v.message, v.changed_cells[:5])


def _cells_of_row(row: ET.Element) -> list[ET.Element]:
    """The row's cells with repeated cells expanded (the same element listed n times)."""
    out: list[ET.Element] = []
    for cell in row:
        if cell.tag in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
            n = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
            out.extend([cell] * min(n, 64))
    return out


def _edit_fods(fods: Path, sheet: str, row_no: int, col_no: int, new: int) -> str:
    """Set a numeric cell in a flat ODS document; returns the old value."""
    for _event, (prefix, uri) in SafeET.iterparse(fods, events=["start-ns"]):
        ET.register_namespace(prefix, uri)
    tree = SafeET.parse(fods)
    table = next(t for t in tree.iter(f"{{{TABLE}}}table") if t.get(f"{{{TABLE}}}name") == sheet)
    rows = []
    for row in table.iter(f"{{{TABLE}}}table-row"):
        rows.extend([row] * int(row.get(f"{{{TABLE}}}number-rows-repeated", "1")))
        if len(rows) >= row_no:
            break
    cell = _cells_of_row(rows[row_no - 1])[col_no - 1]
    assert cell.get(f"{{{OFFICE}}}value-type") == "float"
    old = cell.get(f"{{{OFFICE}}}value")
    cell.set(f"{{{OFFICE}}}value", str(new))
    para = cell.find(f"{{{TEXT}}}p")
    assert para is not None
    para.text = str(new)
    tree.write(fods, encoding="UTF-8", xml_declaration=True)
    return str(old)


def test_edit_through_libreoffice_names_the_cell(exported, tmp_path):
    path, panel = exported
    profile = tmp_path / "profile"
    fods = _soffice(path, "fods", tmp_path / "fods", profile)
    assert "Scores" in fods.read_text(encoding="utf-8")

    # first: the flat-ODS round trip itself, unedited, keeps the sheet valid
    plain = _soffice(fods, "xlsx", tmp_path / "plain", profile)
    assert verify_score_sheet(plain, panel).status is Status.VALID

    old = _edit_fods(fods, "Scores", 3, 7, 5)  # G3: n-001's second criterion
    assert old == "2"
    edited = _soffice(fods, "xlsx", tmp_path / "edited", profile)
    v = verify_score_sheet(edited, panel)
    assert v.status is Status.TAMPERED
    assert [(c.cell, c.signed, c.found) for c in v.changed_cells] == [("Scores!G3", "2", "5")]
    assert v.content is not None and v.content.scores[1].level == 2  # the signed value


def test_long_texts_and_multi_chunk_payload_survive(tmp_path):
    """Comments up to the cell limit (CJK, astral, NFD input) and a payload split over many
    signature cells come back from LibreOffice unchanged."""
    import dataclasses
    import unicodedata

    fw = make_framework()
    judge = Identity.generate("Zhang Wěi", "zhang@example.org")
    panel = make_panel(fw, [judge])
    content = make_content(fw)
    long_texts = ["海湾人单合一" * 5000, "𠀀😀" * 8000, unicodedata.normalize("NFD", "é") * 9000,
                  "x" * 32_767]
    for i, text in enumerate(long_texts):
        content.scores[i] = dataclasses.replace(content.scores[i], comment=text)
    path = tmp_path / "in" / "long.xlsx"
    path.parent.mkdir()
    write_score_sheet(path, content, fw, panel, judge)
    out = _soffice(path, "xlsx", tmp_path / "out", tmp_path / "profile")
    v = verify_score_sheet(out, panel)
    assert v.status is Status.VALID, (v.message, v.changed_cells[:3])
    assert [s.comment for s in v.content.scores[:4]] == [
        unicodedata.normalize("NFC", t) for t in long_texts]
