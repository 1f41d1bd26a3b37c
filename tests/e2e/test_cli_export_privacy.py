"""End to end: what an exported sheet tells the chair about the judge's drafts, and `--home`
given after the sub-command."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.e2e.cli_runner import zerodx

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORK = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
NOMINEES = ROOT / "data" / "demo" / "nominees"
DRAFT = "DRAFT-7f3a: first thoughts I withdrew"
FINAL = "Teams hold budget and hiring rights."


def _criterion() -> str:
    doc = json.loads(FRAMEWORK.read_text("utf-8"))
    return str(doc["domains"][0]["dimensions"][0]["criteria"][0]["id"])


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A judge who wrote a comment, then replaced it (the draft is in the audit log)."""
    base = tmp_path_factory.mktemp("privacy")
    org, judge = base / "organizer", base / "judge"
    # --home after the sub-command, as docs/contract.md writes it
    r = zerodx("identity", "new", "--home", org, "--name", "Olga Organizer", "--email",
               "olga@example.org")
    assert r.code == 0, r.err
    r = zerodx("identity", "new", "--name", "Jun Judge", "--email", "jun@example.org",
               "--home", judge)
    assert r.code == 0, r.err
    card = base / "jun.zdxjudge"
    assert zerodx("identity", "card", "--out", card, home=judge).code == 0
    package = base / "panel.zdxpanel"
    r = zerodx("panel", "build", "--title", "Privacy panel", "--framework", FRAMEWORK,
               "--nominees", NOMINEES, "--judge", card, "--out", package, "--home", org)
    assert r.code == 0, r.err
    assert zerodx("panel", "open", package, "--home", judge, passphrase=None).code == 0
    status = zerodx("panel", "status", "--json", "--home", judge, passphrase=None).json()
    nominee = status["nominees"][0]["id"]
    crit = _criterion()
    for level, comment in (("1", DRAFT), ("4", FINAL)):
        r = zerodx("score", nominee, crit, level, "--comment", comment, home=judge,
                   passphrase=None)
        assert r.code == 0, r.err
    return {"base": base, "judge": judge, "package": package}


def _xml_text(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def test_default_export_carries_no_withdrawn_draft(judged: dict[str, Path],
                                                   tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "sheet.xlsx"
    r = zerodx("export", "--out", out, "--home", judged["judge"])
    assert r.code == 0, r.err
    text = _xml_text(out)
    assert FINAL in text  # the decision is there
    assert "DRAFT-7f3a" not in text  # the withdrawn draft is not, in any part of the file
    wb = openpyxl.load_workbook(out, read_only=True)
    audit = {row[0]: row[1] for row in wb["Audit"].iter_rows(min_row=2, values_only=True)}
    wb.close()
    assert audit["Audit chain head"] and len(audit["Audit chain head"]) == 64
    assert audit["Events for this panel"] >= 3  # imported, and the score/comment changes
    assert audit["Chain length (events)"] >= audit["Events for this panel"]
    assert audit["First event"] <= audit["Last event"]
    r = zerodx("verify", out, "--panel", judged["package"], "--json", passphrase=None)
    assert r.code == 0 and r.json()["status"] == "valid", r.out


def test_include_history_carries_the_drafts(judged: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    r = zerodx("export", "--include-history", "--out", out, home=judged["judge"])
    assert r.code == 0, r.err
    assert "DRAFT-7f3a" in _xml_text(out)
    r = zerodx("verify", out, "--panel", judged["package"], "--json", passphrase=None)
    assert r.code == 0 and r.json()["status"] == "valid", r.out


def test_home_after_the_sub_command_wins_over_the_one_before(judged: dict[str, Path],
                                                             tmp_path: Path) -> None:
    empty = tmp_path / "empty-home"
    # before: a home with no panel; after the sub-command: the judge's home
    r = zerodx("--home", empty, "panel", "status", "--json", "--home", judged["judge"],
               passphrase=None)
    assert r.code == 0, r.err
    assert r.json()["panel"]["title"] == "Privacy panel"
    r = zerodx("--home", judged["judge"], "panel", "status", "--json", passphrase=None)
    assert r.code == 0 and r.json()["panel"]["title"] == "Privacy panel"
