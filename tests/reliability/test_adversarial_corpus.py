"""The adversarial corpus (tests/reliability/adversarial.py) against our reader and LibreOffice.

For every crafted score sheet and result workbook: either ``verify`` does not say ``valid``,
or LibreOffice (the display oracle, docs/contract.md §7) shows exactly the signed values, names and
totals. A score sheet that verifies with the ``display_altered`` warning must name every cell
LibreOffice shows otherwise (or the sheet, for sheet-wide settings). All files go through one
``soffice --convert-to csv`` run.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.factories import make_content, make_framework, make_panel
from tests.reliability.adversarial import Crafted, build_corpus
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats import result_verify as rv
from zerodx_desktop.formats import result_workbook as rw
from zerodx_desktop.formats.score_sheet import render_grids, write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import _load_signed, verify_score_sheet
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx.reader import open_untrusted_xlsx
from zerodx_desktop.formats.xlsx.refs import column_letter

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.factories import MERGE_FW as FW
    from tests.factories import MERGE_PANEL as PANEL
    from tests.factories import pile
    from zerodx_desktop.services.merge import combine

    root = tmp_path_factory.mktemp("adversarial")
    fw = make_framework()
    judge = Identity.generate("Ada Lovelace", "ada@example.org")
    panel = make_panel(fw, [judge])
    sheet = root / "genuine" / "sheet.xlsx"
    sheet.parent.mkdir()
    write_score_sheet(sheet, make_content(fw, comment="Evidence =1+1 海湾"), fw, panel, judge,
                      audit_log=[{"seq": 1, "level": 3, "comment": "first"}])
    chair = Identity.generate("Chair Person", "chair@example.org")
    result = root / "genuine" / "result.xlsx"
    rw.write_result_workbook(result, combine(PANEL, FW, pile()), chair)
    files = build_corpus(sheet, result, root / "crafted")
    return {"root": root, "panel": panel, "files": files, "sheet": sheet, "result": result}


def _verdict(item: Crafted, panel: Any) -> tuple[str, Any]:
    if item.kind == "sheet":
        v = verify_score_sheet(item.path, panel)
        return v.status.value, v
    try:
        status, _signer, changed = rv.verify_result_workbook(item.path)
    except UserError as exc:
        return "unreadable", exc
    return status, changed


def test_corpus_size_and_genuine_files_valid(corpus):
    kinds = [f.kind for f in corpus["files"]]
    assert kinds.count("sheet") >= 30 and kinds.count("result") >= 10
    assert verify_score_sheet(corpus["sheet"], corpus["panel"]).status is Status.VALID
    assert rv.verify_result_workbook(corpus["result"])[0] == "valid"


@pytest.mark.parametrize("kind", ["sheet", "result"])
def test_each_crafted_file_gets_its_status(corpus, kind):
    """Where the class has one right answer (an ambiguous file is unreadable, an edited
    value tampered, a genuine oddity valid), our reader gives it, with a reason."""
    wrong = []
    for item in corpus["files"]:
        if item.kind != kind or item.expect is None:
            continue
        status, detail = _verdict(item, corpus["panel"])
        if status != item.expect:
            wrong.append((item.name, item.expect, status, str(getattr(detail, "message",
                                                                       detail))[:200]))
    assert not wrong, wrong


def test_unreadable_reasons_name_the_part(corpus):
    item = next(f for f in corpus["files"] if f.name == "two-v")
    v = verify_score_sheet(item.path, corpus["panel"])
    assert v.status is Status.UNREADABLE
    assert "sheet 'Scores'" in v.message and "cell G2 has more than one value" in v.message
    item = next(f for f in corpus["files"] if f.name == "same-name-other-case")
    assert "two sheets are named" in verify_score_sheet(item.path, corpus["panel"]).message


# --------------------------------------------------------------------------- LibreOffice

def _shown(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return str(v)
    return str(v)


def _trim(rows: list[list[str]]) -> list[list[str]]:
    out = []
    for row in rows:
        while row and row[-1] == "":
            row = row[:-1]
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


def _signed_grids(item: Crafted, genuine: dict[str, Any]) -> dict[str, list[list[Any]]]:
    """The signed grids, from the genuine file the crafted one was made from."""
    if item.kind == "result":
        doc, _status, _signer, _changed = rv._load(genuine["result"])
        return rw.render_grids(doc)
    wb = open_untrusted_xlsx(genuine["sheet"])
    try:
        got = _load_signed(wb, "genuine")
    finally:
        wb.close()
    assert not isinstance(got, Status)
    return render_grids(*got)


def _libreoffice_csv(files: list[Path], outdir: Path, profile: Path) -> None:
    assert SOFFICE, "LibreOffice (soffice) is required for these tests"
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", CSV_FILTER, "--outdir", str(outdir), *[str(f) for f in files]],
        capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def _covered(cell: str, sheet: str, notes: list[dict[str, Any]]) -> bool:
    for n in notes:
        if n.get("cell") == cell or (n.get("sheet") == sheet and "cell" not in n) \
                or "styles_unchecked" in n:
            return True
    return False


@pytest.mark.slow
@pytest.mark.libreoffice
def test_libreoffice_shows_the_signed_values_of_every_valid_file(corpus):
    files: list[Crafted] = corpus["files"]
    outdir = corpus["root"] / "csv"
    _libreoffice_csv([f.path for f in files], outdir, corpus["root"] / "profile")
    grids = {k: _signed_grids(next(f for f in files if f.kind == k), corpus)
             for k in ("sheet", "result")}
    checked, warned, failures = 0, 0, []
    for item in files:
        status, detail = _verdict(item, corpus["panel"])
        if status != "valid":
            continue
        checked += 1
        notes = [n.to_json() for n in detail.display_altered] if item.kind == "sheet" else []
        for title, grid in grids[item.kind].items():
            out = outdir / f"{item.path.stem}-{title}.csv"
            if not out.is_file():
                failures.append((item.name, title, "LibreOffice shows no such sheet"))
                continue
            with open(out, encoding="utf-8", newline="") as fh:
                shown = _trim(list(csv.reader(fh)))
            want = _trim([[_shown(v) for v in row] for row in grid])
            for r in range(max(len(shown), len(want))):
                a = want[r] if r < len(want) else []
                b = shown[r] if r < len(shown) else []
                for c in range(max(len(a), len(b))):
                    x = a[c] if c < len(a) else ""
                    y = b[c] if c < len(b) else ""
                    if x == y:
                        continue
                    cell = f"{title}!{column_letter(c + 1)}{r + 1}"
                    if notes and _covered(cell, title, notes):
                        warned += 1  # verify warned: display_altered names this cell or sheet
                        continue
                    failures.append((item.name, cell, x[:60], y[:60]))
    assert checked >= 8, checked  # the genuine oddities and the display cases at least
    assert warned >= 4, warned  # the comparison is live: LibreOffice shows the format's "5"
    assert not failures, json.dumps(failures[:20], ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------- fast path

def _read_all(path: Path, fast: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    from zerodx_desktop.formats.xlsx import reader

    monkeypatch.setattr(reader, "FAST_PATH", fast)
    try:
        wb = open_untrusted_xlsx(path)
    except UserError as exc:
        return ("refused", exc.message)
    out: dict[str, Any] = {}
    try:
        for title in wb.sheetnames:
            try:
                out[title] = (list(wb.iter_cells(title)), wb.sheet_look(title))
            except UserError as exc:
                out[title] = ("refused", exc.what)
    finally:
        wb.close()
    return out


def test_fast_and_streaming_paths_read_every_file_alike(corpus, monkeypatch):
    """The fast path reads exactly what the XML parser reads (cells, values, looks, and the
    refusals), on the genuine files and on every crafted one."""
    files = [corpus["sheet"], corpus["result"], *[f.path for f in corpus["files"]]]
    for path in files:
        assert _read_all(path, True, monkeypatch) == _read_all(path, False, monkeypatch), path


@pytest.mark.slow
@pytest.mark.libreoffice
def test_fast_path_reads_libreoffice_resaves(corpus, monkeypatch):
    """LibreOffice's way of writing cells (shared strings, many row attributes) is one of the
    plain forms: read by the fast path, as the XML parser reads it, and still valid."""
    from zerodx_desktop.formats.xlsx import reader

    outdir = corpus["root"] / "resaved"
    outdir.mkdir()
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(corpus['root'] / 'profile2').as_uri()}",
         "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", str(outdir),
         str(corpus["sheet"]), str(corpus["result"])],
        capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    sheet, result = outdir / "sheet.xlsx", outdir / "result.xlsx"
    used: list[str] = []
    real = reader.UntrustedXlsx._fast_source

    def spy(self: Any, member: str) -> Any:
        got = real(self, member)
        used.append(member)
        return got

    monkeypatch.setattr(reader.UntrustedXlsx, "_fast_source", spy)
    for path in (sheet, result):
        assert _read_all(path, True, monkeypatch) == _read_all(path, False, monkeypatch)
    assert len(used) >= 10  # every worksheet of both files went the fast way
    monkeypatch.setattr(reader, "FAST_PATH", True)
    assert verify_score_sheet(sheet, corpus["panel"]).status is Status.VALID
    assert rv.verify_result_workbook(result)[0] == "valid"
