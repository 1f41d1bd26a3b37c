"""End to end: a judge signs a hand-made payload with their own key (Summary totals unrelated
to the levels). `verify` names the figures, `merge` writes the result without that sheet but
exits 1 naming it, so `merge && report` stops."""

from __future__ import annotations

import shlex
import subprocess
import sys
from typing import Any

import pytest

from benchmarks.synthetic import make_panel, sheet_content
from tests.e2e.cli_runner import zerodx
from zerodx_desktop.core.canonical import canonical_json
from zerodx_desktop.core.sheet import SHEET_FORMAT
from zerodx_desktop.formats import score_sheet as ss


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("forged")
    sp = make_panel(base, nominees=3, criteria=4, judges=2)
    honest = base / "honest.xlsx"
    ss.write_score_sheet(honest, sheet_content(sp, 1), sp.framework, sp.panel, sp.judges[1])
    # judge 0 signs, with their own key, a Summary whose first total says 99.00
    ident = sp.judges[0]
    content = ss._prepare(sheet_content(sp, 0), sp.framework, sp.panel, ident)
    display = ss._display(content, sp.framework, sp.panel, None)
    summary = [list(row) for row in display["summary"]]
    summary[0][2] = "99.00"
    display = dict(display, summary=summary)
    payload = canonical_json(ss._payload_doc(content, display))
    forged = base / "forged.xlsx"
    forged.write_bytes(ss._write_bytes(ss.render_grids(content, display), payload.decode(),
                                       ident.public_key, ident.sign(SHEET_FORMAT, payload)))
    n_domains = len(sp.framework.domains)
    return {"base": base, "package": sp.package, "honest": honest, "forged": forged,
            "cell": f"Summary!{'ABCDEFGH'[2 + n_domains]}2",
            "nominee": sp.panel.nominees[0].id}


def test_verify_names_the_figures_that_do_not_follow(sheets: dict[str, Any]) -> None:
    r = zerodx("verify", sheets["forged"], "--panel", sheets["package"], passphrase=None)
    assert r.code == 1
    assert "tampered" in r.out and "Summary figure" in r.out
    assert f"{sheets['cell']} {sheets['nominee']} / total: the sheet shows 99.00" in r.out
    assert "do not fit" in r.out  # what to do says the judge signed it, not that cells changed
    doc = zerodx("verify", sheets["forged"], "--panel", sheets["package"], "--json",
                 passphrase=None).json()
    assert doc["status"] == "tampered" and doc["changed_cells"] == []
    assert [(m["cell"], m["column"], m["found"]) for m in doc["mismatches"]] == [
        (sheets["cell"], "total", "99.00")]


def test_merge_exits_1_and_merge_and_report_stops(sheets: dict[str, Any]) -> None:
    base = sheets["base"]
    result, report = base / "result.xlsx", base / "report.pdf"
    cli = f"{shlex.quote(sys.executable)} -m zerodx_desktop.cli --home {shlex.quote(str(base))}"
    line = (f"{cli} merge --panel {shlex.quote(str(sheets['package']))} --out "
            f"{shlex.quote(str(result))} {shlex.quote(str(sheets['honest']))} "
            f"{shlex.quote(str(sheets['forged']))} && {cli} report "
            f"{shlex.quote(str(result))} --out {shlex.quote(str(report))}")
    proc = subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stderr
    assert result.is_file()  # the result is written, without the rejected sheet
    assert not report.exists()  # ... and the report did not run
    assert "1 of 2 score sheet(s) rejected" in proc.stderr
    assert "forged.xlsx: tampered" in proc.stderr
    assert sheets["cell"] in proc.stderr and "99.00" in proc.stderr
