"""End to end for the panel meeting: `merge --decisions` changes the report's winner and its
certificates, prints the rationale, and refuses a bad decision without writing anything."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import zerodx

DEMO_PASS = "demo-passphrase"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    r = zerodx("demo", "--out", out, passphrase=None)
    assert r.code == 0, r.err
    return out


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _merge(demo: Path, out: Path, *extra: str | Path):
    return zerodx("merge", "--panel", demo / "panel.zdxpanel", "--out", out, *extra,
                  *sorted((demo / "sheets").glob("*.xlsx")), home=demo / "organizer",
                  passphrase=DEMO_PASS)


def test_a_decision_changes_the_winner_and_prints_the_rationale(demo: Path,
                                                              tmp_path: Path) -> None:
    plain = _merge(demo, tmp_path / "plain.xlsx", "--json")
    assert plain.code == 0, plain.err
    ranking = plain.json()["ranking"]
    assert plain.json()["decisions"] == []
    first, second = ranking[0], ranking[1]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("category,nominee_id,rationale\n"
                         f"overall,{second['nominee_id']},\"Deeper impact, per the panel\"\n",
                         encoding="utf-8")
    result = tmp_path / "result.xlsx"
    r = _merge(demo, result, "--json", "--decisions", decisions)
    assert r.code == 0, r.err
    assert r.json()["decisions"] == [{"category": "overall",
                                      "nominee_id": second["nominee_id"],
                                      "rationale": "Deeper impact, per the panel",
                                      "overrides_ranking": True}]
    assert r.json()["ranking"] == ranking  # the scores and the ranking are not changed
    v = zerodx("verify", result, "--panel", demo / "panel.zdxpanel", "--json",
               home=demo / "organizer", passphrase=None)
    assert v.code == 0 and v.json()["status"] == "valid"

    pdf = tmp_path / "report.pdf"
    r = zerodx("report", result, "--out", pdf, "--certificates", "1",
               home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    assert "Wrote 1 certificate(s)" in r.out
    text = " ".join(_text(pdf).split())
    assert (f"Award {second['nominee']} (decided by the panel, overriding the ranking) "
            "Rationale: Deeper impact, per the panel") in text
    cert = " ".join(_text(tmp_path / "report-certificates.pdf").split())
    assert f"{second['nominee']} 1st place" in cert
    assert first["nominee"] not in cert

    # without decisions: the first place wins, as before
    r = zerodx("report", tmp_path / "plain.xlsx", "--out", tmp_path / "p.pdf",
               "--certificates", "1", home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    text = " ".join(_text(tmp_path / "p.pdf").split())
    assert f"Award {first['nominee']} (the ranking's first place)" in text
    assert f"{first['nominee']} 1st place" in " ".join(
        _text(tmp_path / "p-certificates.pdf").split())


@pytest.mark.parametrize(("row", "message"), [
    ("overall,n-999,why", "'n-999' is not in the category 'overall'"),
    ("overall,SECOND,", "a rationale is required"),
    ("individual,SECOND,why", "unknown category 'individual'"),
])
def test_a_bad_decision_writes_nothing(demo: Path, tmp_path: Path, row: str,
                                       message: str) -> None:
    plain = _merge(demo, tmp_path / "plain.xlsx", "--json")
    second = plain.json()["ranking"][1]["nominee_id"]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("category,nominee_id,rationale\n" + row.replace("SECOND", second)
                         + "\n", encoding="utf-8")
    out = tmp_path / "result.xlsx"
    r = _merge(demo, out, "--decisions", decisions, "--pdf", tmp_path / "r.pdf")
    assert r.code == 1 and message in r.err, r.err
    assert not out.exists() and not (tmp_path / "r.pdf").exists()
