"""End to end for the chair and organizer: demo, verify, merge --json, report."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.e2e.cli_runner import zerodx


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_demo_writes_every_piece(demo: Path) -> None:
    assert (demo / "panel.zdxpanel").is_file()
    sheets = sorted((demo / "sheets").glob("*.xlsx"))
    assert len(sheets) >= 4
    assert len([p for p in (demo / "judges").iterdir() if p.is_dir()]) == len(sheets)
    assert (demo / "result.xlsx").is_file() and (demo / "report.pdf").is_file()
    for sheet in sheets:
        r = zerodx("verify", sheet, "--panel", demo / "panel.zdxpanel", "--json",
                   passphrase=None)
        assert r.code == 0, r.out
        assert r.json()["status"] == "valid"


def test_merge_json_contract_and_a_tampered_sheet(demo: Path, tmp_path: Path) -> None:
    import openpyxl

    sheets = sorted((demo / "sheets").glob("*.xlsx"))
    altered = tmp_path / "altered.xlsx"
    shutil.copy(sheets[0], altered)
    wb = openpyxl.load_workbook(altered)
    ws = wb["Scores"]
    header = [c.value for c in ws[1]]
    level_col = header.index("Level") + 1
    row = next(r for r in range(2, ws.max_row + 1)
               if isinstance(ws.cell(r, level_col).value, int))
    old = ws.cell(row, level_col).value
    ws.cell(row, level_col).value = 5 if old != 5 else 1
    wb.save(altered)
    cell = f"Scores!{openpyxl.utils.get_column_letter(level_col)}{row}"

    r = zerodx("verify", altered, "--json", passphrase=None)
    assert r.code == 1
    doc = r.json()
    assert doc["status"] == "tampered"
    found = str(ws.cell(row, level_col).value)
    first = doc["changed_cells"][0]
    assert (first["cell"], first["signed"], first["found"]) == (cell, str(old), found)
    nominee_id = ws.cell(row, header.index("Nominee ID") + 1).value
    criterion_id = ws.cell(row, header.index("Criterion ID") + 1).value
    assert (first["nominee_id"], first["criterion_id"]) == (nominee_id, criterion_id)

    out = tmp_path / "result.xlsx"
    r = zerodx("merge", "--panel", demo / "panel.zdxpanel", "--out", out, "--json",
               *sheets[1:], altered, passphrase=None)
    # a rejected sheet: the result is written, but the exit status stops `merge && report`,
    # and stderr names the sheet, its status and its changed cells by nominee and criterion
    assert r.code == 1, r.err
    assert out.is_file()
    assert "altered.xlsx" in r.err and "tampered" in r.err
    assert f"{nominee_id} / {criterion_id}: signed {old}, found {found}" in r.err
    assert cell in r.err
    assert "listed below" not in r.err or cell in r.err.split("listed below", 1)[1]
    doc = r.json()
    assert {"panel", "method", "sheets", "ranking", "reliability", "disagreements"} <= set(doc)
    assert set(doc["panel"]) >= {"id", "title"}
    statuses = {Path(s["file"]).name: s["status"] for s in doc["sheets"]}
    assert statuses["altered.xlsx"] == "tampered"
    assert sum(1 for s in statuses.values() if s == "valid") == len(sheets) - 1
    for s in doc["sheets"]:
        assert set(s) >= {"file", "judge", "fingerprint", "status", "warnings"}
    ranks = doc["ranking"]
    assert ranks and set(ranks[0]) >= {"rank", "tied", "nominee_id", "nominee", "score",
                                       "judges", "sd", "min", "max"}
    scores = [x["score"] for x in ranks if x["score"] is not None]
    assert scores == sorted(scores, reverse=True)
    assert all(round(s, 2) == s for s in scores)
    assert set(doc["reliability"]) >= {"krippendorff_alpha_interval", "icc_2_1", "icc_3_1",
                                       "kendall_w"}
    for d in doc["disagreements"]:
        assert set(d) >= {"nominee_id", "criterion_id", "range", "sd"}
    assert "UNSIGNED" in r.err  # this home has no identity: said so


def test_merge_with_no_valid_sheet_exits_1(demo: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    r = zerodx("merge", "--panel", demo / "panel.zdxpanel", "--out", tmp_path / "r.xlsx",
               junk, passphrase=None)
    assert r.code == 1 and r.err.strip()
    assert not (tmp_path / "r.xlsx").exists()


def test_report_from_the_result_workbook_keeps_the_verification_code(demo: Path,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    # a final report needs the panel's package (or a home that pinned it): who may sign
    r = zerodx("report", demo / "result.xlsx", "--out", out, "--certificates", "3",
               home=tmp_path / "home", passphrase=None)
    assert r.code == 1 and "unknown_signer" in r.err and not out.exists()
    r = zerodx("report", demo / "result.xlsx", "--panel", demo / "panel.zdxpanel", "--out",
               out, "--certificates", "3", home=tmp_path / "home", passphrase=None)
    assert r.code == 0, r.err
    again, original = _pdf_text(out), _pdf_text(demo / "report.pdf")
    codes = set(re.findall(r"ZDX-[0-9A-F]{4}-[0-9A-F]{4}", original))
    assert len(codes) == 1
    assert codes == set(re.findall(r"ZDX-[0-9A-F]{4}-[0-9A-F]{4}", again))
    cert = tmp_path / "report-certificates.pdf"
    assert cert.is_file()
    assert "Demo Organizer" in again  # the chair who signed the result
    # the report printed from the workbook alone still shows the framework's questions
    assert "Leadership" in again
