"""Score sheet: write, verify, statuses and warnings (formats/score_sheet.py)."""

from __future__ import annotations

import dataclasses
import json
import os
import zipfile

import pytest

# the shared test data; the names stay importable from here for tests that still do so
from tests.factories import FRAMEWORK_DOC as FRAMEWORK_DOC
from tests.factories import NOMINEES as NOMINEES
from tests.factories import make_content as make_content
from tests.factories import make_framework as make_framework
from tests.factories import make_panel as make_panel
from zerodx_desktop.core.errors import SignatureError, UserError
from zerodx_desktop.core.panel import Conflict, Nominee
from zerodx_desktop.core.sheet import DeclaredConflict, ScoreRow, Status
from zerodx_desktop.formats.score_sheet import write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import read_signed_content, verify_score_sheet
from zerodx_desktop.formats.signing import Identity


@pytest.fixture(scope="module")
def judges() -> list[Identity]:
    return [Identity.generate("Ada Judge", "ada@example.org"),
            Identity.generate("Bo Judge", "bo@example.org")]


@pytest.fixture
def setup(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    path = tmp_path / "ada.xlsx"
    audit = [{"seq": 1, "at": "2026-11-28T09:00:00Z", "nominee": "n-001", "criterion": "a.l.1",
              "level": 3, "comment": "=cmd|' /C calc'!A0", "hash": "sha256:01"}]
    write_score_sheet(path, make_content(fw), fw, panel, judges[0], audit_log=audit)
    return fw, panel, path


def test_roundtrip_valid_and_content_is_signed(setup, judges):
    fw, panel, path = setup
    v = verify_score_sheet(path, panel)
    assert v.status is Status.VALID, v.message
    assert v.warnings == []
    c = v.content
    assert c.fingerprint == judges[0].fingerprint and c.panel_id == "panel-2026"
    assert c.framework_hash == fw.hash and c.round == 1 and c.sequence == 1
    assert len(c.scores) == 3 * 4
    assert c.scores[0] == ScoreRow("n-001", "a.l.1", 1, "fine n-001/a.l.1")
    assert read_signed_content(path) == c
    j = v.to_json()
    assert j["status"] == "valid" and j["judge"] == "Ada Judge" and j["changed_cells"] == []


def test_layout_readable_with_openpyxl(setup):
    import openpyxl

    _fw, _panel, path = setup
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:5] == ["Scores", "Summary", "Conflicts", "About", "Audit"]
    assert wb["_signature"].sheet_state == "veryHidden"
    ws = wb["Scores"]
    assert [c.value for c in ws[1]] == ["Nominee ID", "Nominee", "Domain", "Dimension",
                                        "Criterion ID", "Criterion", "Level", "Level label",
                                        "Comment"]
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert [c.value for c in ws[2]] == ["n-001", "Example Co.",
                                        "Level of Organizational Autonomy", "Leadership",
                                        "a.l.1", "Do teams hold decision rights?", 1,
                                        "Traditional", "fine n-001/a.l.1"]
    assert ws["I2"].alignment.wrap_text
    summ = wb["Summary"]
    header = [c.value for c in summ[1]]
    assert header[:4] == ["Nominee ID", "Nominee", "Level of Organizational Autonomy (0–100)",
                          "Level of User Value (0–100)"]
    # n-001 levels a.l.1=1, a.l.2=2, a.s.1=3, v.e.1=4; weights within autonomy 1/6, 1/3, 1/2:
    # autonomy = 0/6 + 25/3 + 50/2 = 33.33; value = 75; total = (33.33 + 75) / 2 = 54.17
    assert summ["C2"].value == 33.33 and summ["D2"].value == 75
    assert summ["E2"].value == 54.17 and summ["E2"].number_format == "0.00"
    about = {r[0].value: r[1].value for r in wb["About"].iter_rows(min_row=2)}
    assert about["Fingerprint"].startswith("SHA256:") and about["Round"] == 1
    assert "zerodx verify FILE.xlsx --panel PANEL.zdxpanel" in about["How to verify"]


def test_ids_are_never_cut_and_long_texts_wrap_with_row_heights(judges, tmp_path):
    import openpyxl

    doc = json.loads(json.dumps(FRAMEWORK_DOC))
    long_id = "autonomy.micro-enterprises.right-to-distribute-pay"  # 49 characters
    doc["domains"][0]["dimensions"][0]["criteria"][0]["id"] = long_id
    fw = make_framework(doc)
    panel = make_panel(fw, judges)
    content = make_content(fw)
    long_comment = "The dossier documents self-organising teams in every unit. " * 4
    content.scores[0] = ScoreRow(content.scores[0].nominee_id, content.scores[0].criterion_id,
                                 content.scores[0].level, long_comment)
    path = tmp_path / "sheet.xlsx"
    write_score_sheet(path, content, fw, panel, judges[0])
    ws = openpyxl.load_workbook(path)["Scores"]
    assert long_id in [ws.cell(r, 5).value for r in range(2, ws.max_row + 1)]
    assert ws.column_dimensions["E"].width == 48  # grown to the longest id, up to the cap
    assert all(ws.cell(2, c).alignment.wrap_text for c in (2, 3, 4, 6, 9))
    assert not ws.cell(2, 5).alignment.wrap_text  # ids stay on one line
    # the long comment's row is several lines tall; spreadsheet programs do not do it alone
    assert ws.row_dimensions[2].height >= 3 * 15
    assert verify_score_sheet(path, panel).status is Status.VALID


def test_formula_like_text_is_stored_as_string_in_raw_xml(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    content = make_content(fw)
    evil = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=tab", "#N/A", "=HYPERLINK(\"x\")"]
    content.scores[:len(evil)] = [dataclasses.replace(s, comment=e)
                                  for s, e in zip(content.scores, evil, strict=False)]
    path = tmp_path / "f.xlsx"
    write_score_sheet(path, content, fw, panel, judges[0])
    with zipfile.ZipFile(path) as zf:
        xml = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets"))
    assert "<f>" not in xml and "<f " not in xml
    assert 't="e"' not in xml
    v = verify_score_sheet(path, panel)
    assert v.status is Status.VALID, v.message
    assert [s.comment for s in v.content.scores[:len(evil)]] == evil


def test_recused_rows_and_conflicts_sheet(judges, tmp_path):
    import openpyxl

    fw = make_framework()
    panel = make_panel(fw, judges)
    content = make_content(fw, conflicts=[DeclaredConflict("n-002", "former employer")])
    path = tmp_path / "r.xlsx"
    write_score_sheet(path, content, fw, panel, judges[0])
    v = verify_score_sheet(path, panel)
    assert v.status is Status.VALID and v.warnings == []
    assert all(s.level is None for s in v.content.scores if s.nominee_id == "n-002")
    wb = openpyxl.load_workbook(path)
    rows = [[c.value for c in r] for r in wb["Scores"].iter_rows(min_row=2)]
    recused = [r for r in rows if r[0] == "n-002"]
    assert recused and all(r[6] is None and r[7] == "recused" for r in recused)
    assert [c.value for c in wb["Conflicts"][2]] == ["n-002", "海湾 Zero Distance Ltd",
                                                     "former employer"]


def test_bad_inputs_are_user_errors(judges, tmp_path):
    fw = make_framework()
    panel = make_panel(fw, judges)
    path = tmp_path / "bad.xlsx"
    for bad in (ScoreRow("n-001", "a.l.1", 9, ""), ScoreRow("n-404", "a.l.1", 1, ""),
                ScoreRow("n-001", "nope", 1, ""), ScoreRow("n-001", "a.l.1", 1, "a\x07b"),
                ScoreRow("n-001", "a.l.1", 1, "x" * 32_768)):
        content = make_content(fw)
        content.scores[0] = bad
        with pytest.raises(UserError):
            write_score_sheet(path, content, fw, panel, judges[0])
        assert not path.exists()  # nothing half-written


# ----------------------------------------------------------------- statuses & precedence

def _export(path, judge, judges, *, fw=None, panel=None, **kw):
    fw = fw or make_framework()
    panel = panel or make_panel(fw, judges)
    write_score_sheet(path, make_content(fw, **kw), fw, panel, judge)
    return path


def test_unknown_judge(judges, tmp_path):
    fw = make_framework()
    stranger = Identity.generate("Eve", "eve@example.org")
    path = _export(tmp_path / "e.xlsx", stranger, judges)
    v = verify_score_sheet(path, make_panel(fw, judges))
    assert v.status is Status.UNKNOWN_JUDGE and "roster" in v.message
    assert verify_score_sheet(path).status is Status.VALID  # no panel: no roster to check


def test_wrong_panel_and_framework_and_superseded(judges, tmp_path):
    fw = make_framework()
    path = _export(tmp_path / "a.xlsx", judges[0], judges)
    other = make_panel(fw, judges, panel_id="another-panel")
    assert verify_score_sheet(path, other).status is Status.WRONG_PANEL
    doc2 = {**FRAMEWORK_DOC, "version": "2.0"}
    fw2 = make_framework(doc2)
    assert verify_score_sheet(path, make_panel(fw2, judges)).status is Status.WRONG_FRAMEWORK
    # unknown judge wins over wrong panel and wrong framework
    stranger_panel = dataclasses.replace(make_panel(fw2, judges[1:]), id="x")
    assert verify_score_sheet(path, stranger_panel).status is Status.UNKNOWN_JUDGE
    # wrong panel wins over wrong framework
    assert verify_score_sheet(path, dataclasses.replace(make_panel(fw2, judges), id="x")
                              ).status is Status.WRONG_PANEL
    round2 = make_panel(fw, judges, round_=2)
    v = verify_score_sheet(path, round2)
    assert v.status is Status.SUPERSEDED and "round" in v.message
    future = _export(tmp_path / "r2.xlsx", judges[0], judges, panel=round2)
    v = verify_score_sheet(future, make_panel(fw, judges))  # the chair has the old package
    assert v.status is Status.WRONG_PANEL and "newer panel package" in v.message
    fp = judges[0].fingerprint
    assert verify_score_sheet(path, make_panel(fw, judges), known_sequences={fp: 2}
                              ).status is Status.SUPERSEDED
    assert verify_score_sheet(path, make_panel(fw, judges), known_sequences={fp: 1}
                              ).status is Status.VALID


def test_incomplete_and_conflict_scored_warnings(judges, tmp_path):
    fw = make_framework()
    path = _export(tmp_path / "i.xlsx", judges[0], judges, complete=False)
    v = verify_score_sheet(path, make_panel(fw, judges))
    assert v.status is Status.VALID and v.warnings == ["incomplete"]
    panel = make_panel(fw, judges, conflicts=[Conflict(judges[0].fingerprint, "n-003", "x")])
    path2 = _export(tmp_path / "c.xlsx", judges[0], judges, panel=panel)
    v2 = verify_score_sheet(path2, panel)
    assert v2.status is Status.VALID and v2.warnings == ["conflict_scored"]
    # recused by the judge: neither incomplete nor conflict_scored
    path3 = _export(tmp_path / "d.xlsx", judges[0], judges, panel=panel,
                    conflicts=[DeclaredConflict("n-003", "panel says so")])
    assert verify_score_sheet(path3, panel).warnings == []


def test_tampered_beats_panel_statuses(judges, tmp_path):
    import openpyxl

    fw = make_framework()
    path = _export(tmp_path / "t.xlsx", judges[0], judges)
    wb = openpyxl.load_workbook(path)
    wb["Scores"]["G2"] = 5
    wb.save(path)
    v = verify_score_sheet(path, make_panel(fw, judges, panel_id="other"))
    assert v.status is Status.TAMPERED
    assert [(c.cell, c.signed, c.found) for c in v.changed_cells] == [("Scores!G2", "1", "5")]
    assert v.content.scores[0].level == 1  # the signed value, not the visible one


def test_bad_signature(judges, tmp_path):
    import openpyxl

    path = _export(tmp_path / "s.xlsx", judges[0], judges)
    wb = openpyxl.load_workbook(path)
    ws = wb["_signature"]
    ws["B5"] = ws["B5"].value.replace('"sequence":1', '"sequence":7')
    wb.save(path)
    v = verify_score_sheet(path)
    assert v.status is Status.BAD_SIGNATURE and v.content is None
    with pytest.raises(SignatureError):
        read_signed_content(path)


def test_unreadable_random_bytes(tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(os.urandom(4096))
    v = verify_score_sheet(path)
    assert v.status is Status.UNREADABLE and "zip" in v.message
    missing = verify_score_sheet(tmp_path / "nope.xlsx")
    assert missing.status is Status.UNREADABLE


def test_unreadable_plain_xlsx_without_signature(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Scores"
    wb.active["A1"] = "Nominee ID"
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    v = verify_score_sheet(path)
    assert v.status is Status.UNREADABLE and "no signature" in v.message
    with pytest.raises(UserError):
        read_signed_content(path)


def test_unreadable_zip_bomb(judges, tmp_path):
    src = _export(tmp_path / "ok.xlsx", judges[0], judges)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("xl/media/padding.bin", b"\0" * (64 * 1024 * 1024))
    v = verify_score_sheet(bomb)
    assert v.status is Status.UNREADABLE and "zip bomb" in v.message


def test_unreadable_entity_expansion(judges, tmp_path):
    src = _export(tmp_path / "ok.xlsx", judges[0], judges)
    evil = tmp_path / "xxe.xlsx"
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                if text.startswith("<?xml"):
                    text = text[text.index("?>") + 2:]
                text = lol + text
                text = text.replace("Example Co.", "&lol2;", 1)
                data = text.encode()
            zout.writestr(info, data)
    v = verify_score_sheet(evil)
    assert v.status is Status.UNREADABLE and "entity" in v.message  # defusedxml refused


def test_truncated_file_is_unreadable(judges, tmp_path):
    src = _export(tmp_path / "ok.xlsx", judges[0], judges)
    data = src.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    assert verify_score_sheet(cut).status is Status.UNREADABLE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX-only")
def test_named_pipe_is_unreadable_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    v = verify_score_sheet(fifo)
    assert v.status is Status.UNREADABLE and "regular file" in v.message


# ----------------------------------------------------------------- strict reader

def test_fast_reader_matches_openpyxl(judges, tmp_path):
    """UntrustedXlsx reads the same cells as openpyxl: inline strings, shared strings
    (an openpyxl re-save), rich text with phonetic runs, booleans, formulas, numbers."""
    import openpyxl

    from zerodx_desktop.formats.xlsx.reader import iter_sheet_cells, open_untrusted_xlsx

    src = _export(tmp_path / "a.xlsx", judges[0], judges)
    wb = openpyxl.load_workbook(src)
    ws = wb["Scores"]
    ws["K1"], ws["K2"], ws["K3"], ws["K4"] = True, "=SUM(G2:G3)", 2.5, -7
    resaved = tmp_path / "b.xlsx"
    wb.save(resaved)
    for path in (src, resaved):
        fast = open_untrusted_xlsx(path)
        slow = openpyxl.load_workbook(path, read_only=True)
        try:
            assert fast.sheetnames == slow.sheetnames
            for title in fast.sheetnames:
                a = [(r, c, v, t) for r, c, v, t in iter_sheet_cells(fast, title)
                     if v is not None]
                b = [(r, c, v, t) for r, c, v, t in iter_sheet_cells(slow, title)
                     if v is not None]
                assert a == b, title
        finally:
            fast.close()
            slow.close()


def test_fast_reader_shared_string_rich_text_and_phonetics(tmp_path):
    from zerodx_desktop.formats.xlsx.reader import iter_sheet_cells, open_untrusted_xlsx

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": "<Types xmlns='http://schemas.openxmlformats.org/package/2006/"
                               "content-types'/>",
        "_rels/.rels": "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                       f"relationships'><Relationship Id='rId1' Type='{rel}/officeDocument' "
                       "Target='/xl/workbook.xml'/></Relationships>",
        "xl/workbook.xml": f"<x:workbook xmlns:x='{ns}' xmlns:rr='{rel}'><x:sheets>"
                           "<x:sheet name='S' sheetId='1' rr:id='a'/></x:sheets></x:workbook>",
        "xl/_rels/workbook.xml.rels": "<Relationships xmlns='http://schemas.openxmlformats.org/"
                                      f"package/2006/relationships'><Relationship Id='a' "
                                      f"Type='{rel}/worksheet' Target='sheets/one.xml'/>"
                                      f"<Relationship Id='b' Type='{rel}/sharedStrings' "
                                      "Target='strings.xml'/></Relationships>",
        "xl/strings.xml": f"<sst xmlns='{ns}'><si><r><t>海</t></r><r><t xml:space='preserve'>"
                          " 尔</t></r><rPh><t>hai</t></rPh></si><si><t>=not a formula</t></si>"
                          "</sst>",
        "xl/sheets/one.xml": f"<worksheet xmlns='{ns}'><sheetData><row><c t='s'><v>0</v></c>"
                             "<c t='s'><v>1</v></c><c><v>3.0</v></c></row><row r='5'>"
                             "<c r='C5' t='str'><f>1+1</f><v>2</v></c></row></sheetData>"
                             "</worksheet>",
    }
    path = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    with open_untrusted_xlsx(path) as x:
        assert x.sheetnames == ["S"]
        assert list(iter_sheet_cells(x, "S")) == [
            (1, 1, "海 尔", "s"), (1, 2, "=not a formula", "s"), (1, 3, 3.0, "n"),
            (5, 3, "=1+1", "f")]


def test_signed_rows_off_the_panel(judges, tmp_path):
    """A sheet for a look-alike panel (same id, one more nominee / another criterion) is
    not accepted against the real panel."""
    fw = make_framework()
    real = make_panel(fw, judges)
    bigger = dataclasses.replace(real, nominees=(*NOMINEES, Nominee("n-999", "Ghost Ltd")))
    path = tmp_path / "ghost.xlsx"
    write_score_sheet(path, make_content(fw), fw, bigger, judges[0])
    v = verify_score_sheet(path, real)
    assert v.status is Status.WRONG_PANEL and "n-999" in v.message
    assert verify_score_sheet(path, bigger).status is Status.VALID


def test_visible_sheets_print_landscape_one_page_wide_with_repeated_header(setup):
    import openpyxl

    _fw, _panel, path = setup
    with zipfile.ZipFile(path) as zf:
        workbook_xml = zf.read("xl/workbook.xml").decode("utf-8")
        scores_xml = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert '<pageSetUpPr fitToPage="1"/>' in scores_xml
    assert 'orientation="landscape"' in scores_xml and 'paperSize="9"' in scores_xml
    assert 'fitToWidth="1"' in scores_xml and 'fitToHeight="0"' in scores_xml
    assert "_xlnm.Print_Titles" in workbook_xml and "'Scores'!$1:$1" in workbook_xml
    wb = openpyxl.load_workbook(path)
    for title in ("Scores", "Summary", "Conflicts", "About"):
        ws = wb[title]
        assert ws.page_setup.orientation == "landscape", title
        assert ws.page_setup.paperSize == 9, title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, title
        assert ws.print_title_rows == "$1:$1", title
    # the hidden signature sheet has no print titles
    assert wb["_signature"].print_title_rows is None
    wb.close()


def test_print_titles_quote_sheet_names():
    from zerodx_desktop.formats.xlsx.writer import write_xlsx

    data = write_xlsx([{"title": "Bob's & co", "rows": [["a"], ["b"]]}])
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        workbook_xml = zf.read("xl/workbook.xml").decode("utf-8")
    assert "'Bob''s &amp; co'!$1:$1" in workbook_xml
