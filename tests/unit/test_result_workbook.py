"""The signed result workbook: write -> read round trip, tidy sheets, tamper detection."""

from __future__ import annotations

import dataclasses
import json

import openpyxl
import pytest

from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import pile
from zerodx_desktop.core.errors import SignatureError, UserError
from zerodx_desktop.core.panel import Nominee
from zerodx_desktop.formats import result_verify as rv
from zerodx_desktop.formats import result_workbook as rw
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx.text import wrapped_lines
from zerodx_desktop.services.merge import combine

SHEETS = ["Ranking", "Nominee × Judge", "Criteria", "Disagreements", "Reliability", "Judges",
          "Method", "Inputs"]


@pytest.fixture(scope="module")
def chair() -> Identity:
    return Identity.generate("Chair Person", "chair@example.org")


@pytest.fixture
def result():
    panel = dataclasses.replace(PANEL, nominees=(
        Nominee("n1", "Alpha Co."), Nominee("n2", "=HYPERLINK(\"http://x\")"),
        Nominee("n3", "Gamma GmbH")))
    return combine(panel, FW, pile())


def test_round_trip_signed(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    sha = rw.write_result_workbook(path, result, chair)
    assert len(sha) == 64
    back = rv.read_result_workbook(path)
    expected = dataclasses.replace(result, chair=chair.name,
                                   chair_fingerprint=chair.fingerprint)
    assert back == expected
    assert back.ranking[2].score == result.ranking[2].score  # exact float, not rounded
    assert rv.verify_result_workbook(path) == ("valid", chair.fingerprint, [])


def test_tidy_sheets_with_header_rows(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:8] == SHEETS
    assert wb["_signature"].sheet_state == "veryHidden"
    for title in SHEETS:
        header = [c.value for c in wb[title][1]]
        assert header and all(isinstance(h, str) and h for h in header), title
        assert len(set(header)) == len(header), title
    ranking = wb["Ranking"]
    header = [c.value for c in ranking[1]]
    assert header[:9] == ["Rank", "Tied", "Nominee ID", "Nominee", "Score", "Judges", "SD",
                          "Min", "Max"]
    first = [c.value for c in ranking[2]]
    assert first[:6] == [1, "no", "n1", "Alpha Co.", 87.5, 3]
    # formula-like text is stored as text, never as a formula
    cell = next(r[3] for r in ranking.iter_rows(min_row=2) if r[2].value == "n2")
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://x\")"
    matrix = wb["Nominee × Judge"]
    assert [c.value for c in matrix[1]] == ["Nominee ID", "Nominee", "Judge A", "Judge B",
                                            "Judge C"]
    assert [c.value for c in matrix[2]] == ["n1", "Alpha Co.", 100, 75, 87.5]
    method = {r[0].value: r[1].value for r in wb["Method"].iter_rows(min_row=2)}
    assert method["Signature"].startswith("signed by Chair Person")
    wb.close()


def test_unsigned(tmp_path, result):
    path = tmp_path / "unsigned.xlsx"
    rw.write_result_workbook(path, result, None)
    assert rv.verify_result_workbook(path) == ("unsigned", None, [])
    wb = openpyxl.load_workbook(path)
    method = {r[0].value: r[1].value for r in wb["Method"].iter_rows(min_row=2)}
    wb.close()
    assert method["Signature"].startswith("unsigned")
    assert rv.read_result_workbook(path) == result


def test_resaved_without_edits_still_verifies(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    wb.save(tmp_path / "resaved.xlsx")
    assert rv.verify_result_workbook(tmp_path / "resaved.xlsx")[0] == "valid"


def test_edited_cell_is_tampered(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    wb["Ranking"]["E2"] = 99.0
    wb["Judges"]["C2"] = "valid"
    wb.save(path)
    status, signer, changed = rv.verify_result_workbook(path)
    assert status == "tampered" and signer == chair.fingerprint
    cells = {c.cell: (c.signed, c.found) for c in changed}
    assert cells["Ranking!E2"] == ("87.50", "99")
    assert "Judges!C2" in cells
    with pytest.raises(UserError, match="edited after it was written"):
        rv.read_result_workbook(path)


def test_altered_payload_is_bad_signature(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    ws = wb["_signature"]
    ws["B5"] = ws["B5"].value.replace('"panel_title":"Test Panel"',
                                      '"panel_title":"Test Panes"')
    wb.save(path)
    assert rv.verify_result_workbook(path)[0] == "bad_signature"
    with pytest.raises(SignatureError):
        rv.read_result_workbook(path)


def test_not_a_result_workbook(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "hello"
    wb.save(path)
    with pytest.raises(UserError, match="not a ZeroDX result workbook"):
        rv.read_result_workbook(path)
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UserError):
        rv.verify_result_workbook(tmp_path / "junk.xlsx")


def test_a_result_workbook_given_as_a_score_sheet_is_named(tmp_path, result, chair):
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet

    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    v = verify_score_sheet(path)
    assert v.status.value == "unreadable"
    assert "the chair's result workbook, not a judge's score sheet" in v.message


def test_order_survives_canonical_json(tmp_path, result, chair):
    """Maps are sorted in canonical JSON; the sheets must still verify and keep the
    framework's criterion order and the judges' order."""
    result.reliability.per_criterion_alpha = dict(
        reversed(list(result.reliability.per_criterion_alpha.items())))
    result.judge_totals = dict(reversed(list(result.judge_totals.items())))
    result.judges = list(reversed(result.judges))
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    assert rv.verify_result_workbook(path)[0] == "valid"
    back = rv.read_result_workbook(path)
    assert list(back.reliability.per_criterion_alpha) == ["c3", "c2", "c1"]
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Nominee × Judge"][1]][2:] == ["Judge C", "Judge B", "Judge A"]
    wb.close()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_resaved_by_libreoffice_still_verifies(tmp_path, result, chair):
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is required for this test"
    path = tmp_path / "in" / "result.xlsx"
    path.parent.mkdir()
    rw.write_result_workbook(path, result, chair)
    out = tmp_path / "out"
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=120, check=False)
    resaved = out / "result.xlsx"
    assert proc.returncode == 0 and resaved.is_file(), proc.stdout + proc.stderr
    assert resaved.read_bytes() != path.read_bytes()
    assert rv.verify_result_workbook(resaved) == ("valid", chair.fingerprint, [])
    assert rv.read_result_workbook(resaved).ranking == result.ranking


def test_columns_fonts_and_print_setup(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    for title in SHEETS:
        ws = wb[title]
        header = list(ws[1])
        for cell in header:
            dim = ws.column_dimensions[cell.column_letter]
            assert dim.customWidth and 6 <= dim.width <= 68, (title, cell.value, dim.width)
            assert cell.font.b and cell.font.name == "Calibri", (title, cell.value)
        assert ws.freeze_panes == "A2", title
        assert ws.page_setup.orientation == "landscape", title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, title
        assert ws.print_title_rows == "$1:$1", title
    ranking = wb["Ranking"]
    # the name column fits the longest name; the header wraps instead of widening its column
    longest = max(len(str(r[3].value)) for r in ranking.iter_rows(min_row=2))
    assert ranking.column_dimensions["D"].width >= longest
    assert ranking.column_dimensions["B"].width < 10  # "Tied" / "yes"
    body = next(c for c in ranking[2] if isinstance(c.value, str))
    assert body.font.name == "Calibri"
    wb.close()


def test_column_widths_count_wide_characters_double_and_cap():
    widths = rw.column_widths([["Name", "Note"], ["青岛澜禾", "x" * 200]])
    assert widths == [10.0, 68.0]


def test_schulze_column_says_wins_and_an_older_header_still_verifies(tmp_path, result, chair):
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    wb = openpyxl.load_workbook(path)
    header = [c.value for c in wb["Ranking"][1]]
    assert "Schulze wins" in header and "Score (schulze)" not in header
    assert header[4] == "Score"  # the official method is mean
    col = header.index("Schulze wins") + 1
    # the signed values are unchanged: the column still holds the win counts
    wins = {r.nominee_id: r.score for r in result.by_method["schulze"]}
    for row in wb["Ranking"].iter_rows(min_row=2):
        assert row[col - 1].value == pytest.approx(wins[row[2].value])
    # a workbook written before the rename (same signed values) still verifies...
    wb["Ranking"].cell(row=1, column=col).value = "Score (schulze)"
    wb.save(tmp_path / "older.xlsx")
    assert rv.verify_result_workbook(tmp_path / "older.xlsx") == ("valid", chair.fingerprint,
                                                                  [])
    # ...but any other header is an edit
    wb["Ranking"].cell(row=1, column=col).value = "Score (best)"
    wb.save(tmp_path / "edited.xlsx")
    status, _signer, changed = rv.verify_result_workbook(tmp_path / "edited.xlsx")
    assert status == "tampered" and changed[0].found == "Score (best)"
    wb.close()
    schulze = dataclasses.replace(result, method="schulze", ranking=result.by_method["schulze"])
    rw.write_result_workbook(tmp_path / "schulze.xlsx", schulze, chair)
    wb = openpyxl.load_workbook(tmp_path / "schulze.xlsx")
    assert wb["Ranking"]["E1"].value == "Score (Schulze wins)"
    wb.close()


def test_words_wrap_in_a_capped_column_and_the_row_grows(tmp_path, chair):
    long_name = "Nyandarua Highlands Growers Cooperative of the Upper Rift Valley"
    panel = dataclasses.replace(PANEL, nominees=(
        Nominee("n1", long_name), Nominee("n2", "Beta"), Nominee("n3", "Gamma")))
    res = combine(panel, FW, pile())
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, res, chair)
    assert rv.verify_result_workbook(path)[0] == "valid"
    wb = openpyxl.load_workbook(path)
    ws = wb["Ranking"]
    assert ws.column_dimensions["D"].width == 36  # capped: the name wraps
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == long_name)
    assert row[3].alignment.wrap_text
    assert ws.row_dimensions[row[3].row].height == 15 * wrapped_lines(long_name, 34) >= 30
    assert row[4].alignment.vertical == "top"  # the row's other cells stay level with it
    # a SHA-256 (no spaces) stays on one line
    wb.close()
    assert rw.column_widths([["SHA-256", "Reason"], ["ab" * 32, "x " * 40]]) == [66.0, 36.0]


@pytest.mark.slow
@pytest.mark.libreoffice
def test_libreoffice_prints_every_sheet_landscape_one_page_wide_and_legible(tmp_path,
                                                                           result, chair):
    import re
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is required for this test"
    path = tmp_path / "result.xlsx"
    rw.write_result_workbook(path, result, chair)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(path)], capture_output=True, timeout=120, check=True)
    pdf = tmp_path / "result.pdf"
    info = subprocess.run(["pdfinfo", "-l", "99", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert sizes and all(float(w) > float(h) for w, h in sizes)  # every page landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    for title in SHEETS:  # each sheet printed, one page wide (its footer names it)
        assert any(title in p.splitlines()[-1] for p in pages if p.strip()), title
    first = pages[0]
    # the header "Schulze wins" prints whole (wrapped at its space or on one line)
    assert re.search(r"Schulze[^\n]*\n[^\n]*\bwins\b", first) and "Alpha Co." in first
    assert "(schulze)" in first and "Score (schulze)" not in first
    # the Ranking's 27 columns (P(first), the rank interval and adjusted included) print at a
    # size a person can read (the word box height is about the font size: 11 pt scaled to
    # the page width)
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    box = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Alpha<', bbox)
    assert box and float(box[2]) - float(box[1]) >= 6.0


def test_uncertainty_and_reasons_round_trip_and_an_older_payload_renders_as_then(
        tmp_path, result, chair):
    path = tmp_path / "r.xlsx"
    rw.write_result_workbook(path, result, chair)
    back = rv.read_result_workbook(path)
    assert [r.p_first for r in back.ranking] == [r.p_first for r in result.ranking]
    assert [r.rank_interval for r in back.ranking] == [r.rank_interval for r in result.ranking]
    assert back.ranking[0].rank_interval is not None
    assert back.reliability.icc_2_k == result.reliability.icc_2_k
    assert back.reliability.reasons == result.reliability.reasons
    assert (back.reliability.n_nominees, back.reliability.n_judges) == (3, 3)
    assert back.bootstrap_resamples == 1000
    doc = rw.payload_doc(result, chair)
    grids = rw.render_grids(doc)
    assert grids["Ranking"][0][9:11] == ["P(first)", "Ranks (90%)"]
    assert ["ICC(2,k)", "nominee totals (3 nominees, 3 judges)"] == grids["Reliability"][4][:2]
    # a payload written before the bootstrap and ICC(2,k): the grids (and so verification)
    # are those of its time, and it reads back with the new fields empty
    old = json.loads(json.dumps(doc))
    for key in ("bootstrap", "incomplete_design"):
        del old[key]
    for key in ("icc_2_k", "reasons", "n_nominees", "n_judges", "kendall_w_method"):
        del old["reliability"][key]
    for rows in [old["ranking"], *old["by_method"].values()]:
        for row in rows:
            del row["p_first"], row["rank_interval"]
    old_grids = rw.render_grids(old)
    assert "P(first)" not in old_grids["Ranking"][0]
    assert [r[0] for r in old_grids["Reliability"][1:5]] == [
        "Krippendorff's alpha (interval)", "ICC(2,1)", "ICC(3,1)", "Kendall's W"]
    assert ["Methods", rw.LEGACY_METHODS_TEXT] in old_grids["Method"]
    assert "Score (adjusted)" in old_grids["Ranking"][0]  # every method as then
    legacy = rw.result_from_payload(old)
    assert legacy.ranking[0].p_first is None and legacy.reliability.icc_2_k is None
    assert legacy.bootstrap_resamples == 0 and not legacy.incomplete_design
