"""LibreOffice and display_altered: an untouched re-save gives no warning (LibreOffice writes
its own custom numFmt entries such as ``General`` and ``0.00``), and a hostile format or a
hidden row survives a re-save and is still named. `zerodx verify` is run as a subprocess."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.cli_runner import zerodx
from tests.sheet_edits import SCORES_XML, STYLES_XML
from tests.sheet_edits import add_style as _add_style
from tests.sheet_edits import rewrite as _rewrite
from tests.sheet_edits import set_style as _set_style
from tests.tools import soffice_convert as _soffice
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]


def _resaved(src: Path, tmp_path: Path) -> Path:
    out = _soffice(src, "xlsx", tmp_path / "out", tmp_path / "profile")
    assert out.read_bytes() != src.read_bytes()
    return out


def test_untouched_libreoffice_resave_gives_no_warning(world, tmp_path):
    out = _resaved(world["sheet"], tmp_path)
    import zipfile

    with zipfile.ZipFile(out) as zf:
        styles = zf.read(STYLES_XML).decode()
    # LibreOffice declares General (and 0.00) as custom formats of its own
    assert re.search(r'<numFmt numFmtId="1\d\d" formatCode="General"', styles)
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and v.warnings == [], [n.to_json()
                                                          for n in v.display_altered]
    run = zerodx("verify", out, "--json", home=tmp_path / "home")
    doc = run.json()
    assert run.code == 0 and doc["status"] == "valid"
    assert doc["warnings"] == ["roster_not_checked"]  # no --panel, no stored panel
    assert doc["display_altered"] == [] and doc["display_altered_total"] == 0


def test_hostile_format_and_hidden_row_survive_a_libreoffice_resave(world, tmp_path):
    style: list[int] = []

    def styles(text: str) -> str:
        text, idx = _add_style(text, 164, '[=1]"5";General')
        style.append(idx)
        return text

    def sheet(text: str) -> str:
        text = _set_style(text, "G2", 4)  # the style added above is the 5th (index 4)
        return re.sub(r'<row r="6"', '<row r="6" hidden="1"', text, count=1)

    src = _rewrite(world, "lo-hostile", {STYLES_XML: styles, SCORES_XML: sheet})
    assert style == [4]
    out = _resaved(src, tmp_path)
    v = verify_score_sheet(out, world["panel"])
    assert v.status is Status.VALID and "display_altered" in v.warnings
    notes = [n.to_json() for n in v.display_altered]
    assert {"kind": "rows_hidden", "sheet": "Scores", "rows_hidden": [6], "count": 1} in notes
    cells = [n for n in notes if "cell" in n]
    assert [(n["cell"], n["signed"]) for n in cells] == [("Scores!G2", "1")]
    assert cells[0]["format"] in ('[=1]"5";General', '[=1]\\5;General')  # re-spelled

    run = zerodx("verify", out, home=tmp_path / "home")
    assert run.code == 0 and "warning: display_altered" in run.out
    assert "Scores: hidden rows 6" in run.out and "Scores!G2 (signed 1)" in run.out
