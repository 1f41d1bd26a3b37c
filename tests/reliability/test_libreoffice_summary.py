"""LibreOffice agrees with the Summary's partial totals (summary rule 2): what it displays is
an empty total and "partial: 1 of 4"; its re-save of a new sheet and of a sheet written by
the previous version (rule 1) still verifies, without display warnings."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from tests.factories import NOMINEES, make_framework, make_panel
from tests.tools import SOFFICE, soffice_convert
from tests.unit.test_summary_partial import OLD_PANEL, OLD_SHEET, _content
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats import score_sheet as ss
from zerodx_desktop.formats import score_sheet_verify
from zerodx_desktop.formats.package import panel_from_dict
from zerodx_desktop.formats.signing import Identity

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]

# CSV export of the second sheet (Summary), UTF-8, as displayed (formatted)
SUMMARY_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"


def test_libreoffice_shows_the_partial_total_as_partial(tmp_path: Path) -> None:
    fw = make_framework()
    judge = Identity.generate("Ada Judge", "ada@example.org")
    panel = make_panel(fw, [judge])
    path = tmp_path / "in" / "sheet.xlsx"
    path.parent.mkdir()
    ss.write_score_sheet(path, _content(fw), fw, panel, judge)
    assert SOFFICE, "LibreOffice (soffice) is required for these tests"
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", SUMMARY_CSV, "--outdir", str(tmp_path / "csv"),
         str(path)], capture_output=True, text=True, timeout=120, check=False)
    shown = tmp_path / "csv" / "sheet-Summary.csv"  # one file per sheet exported
    assert proc.returncode == 0 and shown.is_file(), proc.stdout + proc.stderr
    rows = list(csv.reader(shown.read_text(encoding="utf-8").splitlines()))
    header = rows[0]
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    first, second = NOMINEES[0].id, NOMINEES[1].id
    assert by_id[first]["Total (0–100)"] == "" and by_id[first]["Status"] == "partial: 1 of 4"
    assert by_id[second]["Total (0–100)"] != "" and by_id[second]["Status"] == "complete"

    out = soffice_convert(path, "xlsx", tmp_path / "out", tmp_path / "profile")
    v = score_sheet_verify.verify_score_sheet(out, panel)
    assert v.status is Status.VALID and v.warnings == ["incomplete"], v.message


def test_a_previous_version_sheet_resaved_by_libreoffice_verifies(tmp_path: Path) -> None:
    panel = panel_from_dict(json.loads(OLD_PANEL.read_text(encoding="utf-8")))
    out = soffice_convert(OLD_SHEET, "xlsx", tmp_path / "out", tmp_path / "profile")
    assert out.read_bytes() != OLD_SHEET.read_bytes()
    v = score_sheet_verify.verify_score_sheet(out, panel)
    assert v.status is Status.VALID and v.warnings == ["incomplete"], v.message
