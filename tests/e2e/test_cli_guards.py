"""The CLI refuses what would hurt a judge or a chair, with a message and the right code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_runner import zerodx

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORK = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
NOMINEES = ROOT / "data" / "demo" / "nominees"


def _criteria() -> list[str]:
    fw = json.loads(FRAMEWORK.read_text("utf-8"))
    return [c["id"] for d in fw["domains"] for m in d["dimensions"] for c in m["criteria"]]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | str]:
    base = tmp_path_factory.mktemp("guards")
    org, other_org, judge = base / "org", base / "other-org", base / "judge"
    for home, name in ((org, "Olga Org"), (other_org, "Mallory Org"), (judge, "Jia Judge")):
        r = zerodx("identity", "new", "--name", name, "--email", "x@example.org", home=home)
        assert r.code == 0, r.err
    card = base / "jia.zdxjudge"
    assert zerodx("identity", "card", "--out", card, home=judge).code == 0
    fp = zerodx("identity", "show", "--json", home=judge).json()["fingerprint"]
    packages = {}
    panel_id = ""
    for key, home, round_ in (("r1", org, "1"), ("r2", org, "2"), ("forged", other_org, "2")):
        out = base / f"{key}.zdxpanel"
        same_id = ["--panel-id", panel_id] if key == "forged" else []
        r = zerodx("panel", "build", "--title", "Guard panel", "--framework", FRAMEWORK,
                   "--nominees", NOMINEES, "--judge", card, "--conflict", f"{fp}:n-002",
                   "--round", round_, "--out", out, *same_id, home=home)
        assert r.code == 0, r.err
        packages[key] = out
        if key == "r1":
            assert zerodx("panel", "open", out, home=judge).code == 0
            panel_id = zerodx("panel", "status", "--json", home=judge).json()["panel"]["id"]
    return {"base": base, "judge": judge, "fp": fp, **packages}


def test_round_two_keeps_the_panel_id_and_updates_it(world, tmp_path: Path) -> None:
    home = tmp_path / "j"
    shutil.copytree(world["judge"], home)
    before = zerodx("panel", "status", "--json", home=home).json()["panel"]
    r = zerodx("panel", "open", world["r2"], home=home)
    assert r.code == 0, r.err
    after = zerodx("panel", "status", "--json", home=home).json()["panel"]
    assert after["id"] == before["id"] and after["round"] == 2


def test_a_package_from_another_organizer_is_refused(world, tmp_path: Path) -> None:
    home = tmp_path / "j"
    shutil.copytree(world["judge"], home)
    r = zerodx("panel", "open", world["forged"], home=home)
    assert r.code == 1
    assert "Olga Org" in r.err and "Mallory Org" in r.err
    status = zerodx("panel", "status", "--json", home=home).json()
    assert status["panel"]["round"] == 1  # nothing was changed


def test_roster_conflicts_show_as_recused(world) -> None:
    status = zerodx("panel", "status", "--json", home=world["judge"]).json()
    by_id = {n["id"]: n for n in status["nominees"]}
    assert by_id["n-002"]["status"] == "recused"
    assert status["recused"] == 1
    per = by_id["n-001"]["total"]
    assert status["total"] == per * (len(by_id) - 1)  # the recused nominee is not counted


def test_scoring_messages_and_levels(world, tmp_path: Path) -> None:
    home = tmp_path / "j"
    shutil.copytree(world["judge"], home)
    crit = _criteria()
    r = zerodx("score", "n-002", crit[0], "3", home=home)
    assert r.code == 1 and "conflict" in r.err and "row 1" not in r.err
    r = zerodx("score", "n-001", crit[0], "3.0", home=home)
    assert r.code == 0, r.err
    r = zerodx("score", "n-001", crit[1], "5", home=home)
    assert r.code == 0 and "justification" in r.err
    r = zerodx("score", "n-001", crit[1], "2.5", home=home)
    assert r.code == 1 and "whole number" in r.err
    dup = tmp_path / "dup.csv"
    dup.write_text("nominee_id,criterion_id,level,comment\n"
                   f"n-001,{crit[2]},3,\nn-001,{crit[2]},4,\n", encoding="utf-8")
    r = zerodx("score", "--csv", dup, home=home)
    assert r.code == 1 and "lines 2 and 3" in r.err
    latin = tmp_path / "latin.csv"
    latin.write_bytes("nominee_id,criterion_id,level,comment\n"
                      f"n-001,{crit[2]},3,très bien\n".encode("latin-1"))
    r = zerodx("score", "--csv", latin, home=home)
    assert r.code == 1 and "latin.csv:2" in r.err and "UTF-8" in r.err
    conflict_csv = tmp_path / "c.csv"
    conflict_csv.write_text(f"nominee_id,criterion_id,level,comment\nn-002,{crit[0]},3,\n",
                            encoding="utf-8")
    r = zerodx("score", "--csv", conflict_csv, home=home)
    assert r.code == 1 and "c.csv:2" in r.err
    r = zerodx("score", "--csv", conflict_csv, "n-001", home=home)
    assert r.code == 2


def test_conflict_can_be_withdrawn(world, tmp_path: Path) -> None:
    home = tmp_path / "j"
    shutil.copytree(world["judge"], home)
    crit = _criteria()
    assert zerodx("conflict", "n-003", "--reason", "cousin works there", home=home).code == 0
    assert zerodx("score", "n-003", crit[0], "3", home=home).code == 1
    r = zerodx("conflict", "n-003", "--withdraw", home=home)
    assert r.code == 0, r.err
    assert zerodx("score", "n-003", crit[0], "3", home=home).code == 0
    r = zerodx("conflict", "n-002", "--withdraw", home=home)  # the organizer's, not ours
    assert r.code == 1 and "organizer" in r.err
    assert zerodx("conflict", "n-003", home=home).code == 2


def test_outputs_never_overwrite_inputs_or_take_the_wrong_name(world, tmp_path: Path) -> None:
    home = tmp_path / "j"
    shutil.copytree(world["judge"], home)
    victim = tmp_path / "victim.zdxpanel"
    shutil.copy(world["r1"], victim)
    r = zerodx("export", "--out", victim, home=home)
    assert r.code == 1 and ".xlsx" in r.err
    assert victim.read_bytes() == Path(world["r1"]).read_bytes()
    r = zerodx("export", "--out", tmp_path / "nope" / "s.xlsx", home=home)
    assert r.code == 1 and "folder does not exist" in r.err
    sheet = tmp_path / "s.xlsx"
    assert zerodx("export", "--out", sheet, home=home).code == 0
    before = sheet.read_bytes()
    r = zerodx("merge", "--panel", world["r1"], "--out", sheet, sheet, home=tmp_path / "c")
    assert r.code == 1 and "overwrite" in r.err
    assert sheet.read_bytes() == before
    r = zerodx("merge", "--panel", world["r1"], "--out", tmp_path / "r.xlsx", "--pdf",
               tmp_path / "nope" / "r.pdf", sheet, home=tmp_path / "c")
    assert r.code == 1 and not (tmp_path / "r.xlsx").exists()
    r = zerodx("report", tmp_path / "r.xlsx", "--out", tmp_path / "x.pdf", "--certificates",
               "-1")
    assert r.code == 2


def test_verify_without_panel_uses_the_home_copy_or_says_the_roster_was_not_checked(
        world, tmp_path: Path) -> None:
    from zerodx_desktop.formats.signing import Identity

    home = tmp_path / "stranger"
    stranger = Identity.generate("Jia Judge", "x@example.org")  # same name, other key
    stranger.save(home, "correct horse battery", rounds=4)
    assert zerodx("panel", "open", world["r1"], home=home).code == 0
    from zerodx_desktop.services.export import collect_content
    from zerodx_desktop.services.panels import open_store

    content, _audit = collect_content(home, stranger, check_roster=False)
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.score_sheet import write_score_sheet

    with open_store(home) as store:
        panel = store.panel(content.panel_id)
    forged = tmp_path / "forged.xlsx"
    write_score_sheet(forged, content, framework_from_dict(panel.framework), panel, stranger)

    r = zerodx("verify", forged, "--json", home=world["judge"])  # this home has the panel
    assert r.code == 1 and r.json()["status"] == "unknown_judge"
    r = zerodx("verify", forged, "--json", home=tmp_path / "empty")  # no panel anywhere
    doc = r.json()
    assert doc["status"] == "valid" and "roster_not_checked" in doc["warnings"]


def test_verify_understands_a_result_workbook_and_home_must_be_a_folder(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    assert zerodx("demo", "--out", demo).code == 0
    # a home that knows nothing of the panel cannot tell a chair from anyone else
    r = zerodx("verify", demo / "result.xlsx", "--json", home=tmp_path / "h")
    assert r.code == 1, r.err
    assert r.json()["kind"] == "result_workbook" and r.json()["status"] == "unknown_signer"
    r = zerodx("verify", demo / "result.xlsx", "--panel", demo / "panel.zdxpanel", "--json",
               home=tmp_path / "h")
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["kind"] == "result_workbook" and doc["status"] == "valid"
    assert doc["signer"] == "Demo Organizer"
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    r = zerodx("--home", afile, "panel", "status")
    assert r.code == 1 and "not a data folder" in r.err and "Traceback" not in r.err
