"""End to end through the CLI: organizer builds, judge opens, scores, exports, anyone verifies."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import zerodx
from tests.factories import DEMO_NOMINEES_DIR, SAMPLE_FRAMEWORK_FILE

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORK = SAMPLE_FRAMEWORK_FILE
NOMINEES = DEMO_NOMINEES_DIR


@pytest.fixture(scope="module")
def panel_setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("flow")
    org, judge, other = base / "organizer", base / "judge", base / "other"
    r = zerodx("identity", "new", "--name", "Olga Organizer", "--email", "olga@example.org",
               home=org)
    assert r.code == 0, r.err
    r = zerodx("identity", "new", "--name", "Jun Judge 李军", "--email", "jun@example.org",
               home=judge)
    assert r.code == 0, r.err
    r = zerodx("identity", "new", "--name", "Otto Other", "--email", "otto@example.org",
               home=other)
    assert r.code == 0, r.err
    card = base / "jun.zdxjudge"
    r = zerodx("identity", "card", "--out", card, home=judge)
    assert r.code == 0, r.err
    assert json.loads(card.read_text("utf-8"))["name"] == "Jun Judge 李军"
    package = base / "panel.zdxpanel"
    r = zerodx("panel", "build", "--title", "Test panel", "--framework", FRAMEWORK,
               "--nominees", NOMINEES, "--judge", card, "--out", package, home=org)
    assert r.code == 0, r.err
    return {"base": base, "org": org, "judge": judge, "other": other, "package": package,
            "card": card}


def _framework() -> dict:
    return json.loads(FRAMEWORK.read_text("utf-8"))


def _criteria() -> list[str]:
    return [c["id"] for d in _framework()["domains"] for m in d["dimensions"]
            for c in m["criteria"]]


def test_identity_show_json(panel_setup: dict[str, Path]) -> None:
    r = zerodx("identity", "show", "--json", home=panel_setup["judge"], passphrase=None)
    assert r.code == 0, r.err
    doc = r.json()
    assert set(doc) == {"name", "email", "fingerprint"}
    assert doc["fingerprint"].startswith("SHA256:") and not doc["fingerprint"].endswith("=")


def test_wrong_passphrase_is_rejected(panel_setup: dict[str, Path], tmp_path: Path) -> None:
    r = zerodx("identity", "card", "--out", tmp_path / "x.zdxjudge", home=panel_setup["judge"])
    assert r.code == 0
    r = zerodx("export", "--out", tmp_path / "s.xlsx", home=panel_setup["judge"],
               passphrase="not the passphrase")
    assert r.code == 1
    assert "passphrase" in r.err.lower()
    assert not (tmp_path / "s.xlsx").exists()


def test_full_judge_flow(panel_setup: dict[str, Path], tmp_path: Path) -> None:
    judge, package = panel_setup["judge"], panel_setup["package"]
    r = zerodx("panel", "open", package, home=judge, passphrase=None)
    assert r.code == 0, r.err
    assert "Signed by Olga Organizer" in r.out
    status = zerodx("panel", "status", "--json", home=judge, passphrase=None).json()
    nominees = [n["id"] for n in status["nominees"]]
    criteria = _criteria()
    assert status["scored"] == 0 and status["total"] == len(nominees) * len(criteria)

    # score the first nominee fully from CSV (comments where level 1 or 5 needs one)
    rows = [{"nominee_id": nominees[0], "criterion_id": c, "level": str(1 + i % 5),
             "comment": f"=SUM(A1) justification {i}" if (1 + i % 5) in (1, 5) else ""}
            for i, c in enumerate(criteria)]
    sheet_csv = tmp_path / "scores.csv"
    with sheet_csv.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["nominee_id", "criterion_id", "level", "comment"])
        w.writeheader()
        w.writerows(rows)
    r = zerodx("score", "--csv", sheet_csv, home=judge, passphrase=None)
    assert r.code == 0, r.err
    r = zerodx("score", nominees[1], criteria[0], "4", "--comment", "Solid evidence",
               home=judge, passphrase=None)
    assert r.code == 0, r.err
    r = zerodx("conflict", nominees[2], "--reason", "Former employer", home=judge,
               passphrase=None)
    assert r.code == 0, r.err

    status = zerodx("panel", "status", "--json", home=judge, passphrase=None).json()
    by_id = {n["id"]: n for n in status["nominees"]}
    assert by_id[nominees[0]]["scored"] == len(criteria)
    assert by_id[nominees[0]]["status"] == "complete"
    assert by_id[nominees[1]]["scored"] == 1 and by_id[nominees[1]]["status"] == "in_progress"
    assert by_id[nominees[2]]["status"] == "recused"
    assert by_id[nominees[3]]["status"] == "not_started"

    sheet = tmp_path / "jun.xlsx"
    r = zerodx("export", "--out", sheet, home=judge)
    assert r.code == 0, r.err
    r = zerodx("verify", sheet, "--panel", package, "--json", passphrase=None)
    assert r.code == 0, r.out + r.err
    doc = r.json()
    assert doc["status"] == "valid"
    assert doc["judge"] == "Jun Judge 李军"
    assert doc["sequence"] == 1
    assert "incomplete" in doc["warnings"]
    assert doc["changed_cells"] == []

    # the raw private key never appears in any file the app wrote
    _assert_private_key_nowhere(judge, [panel_setup["base"], tmp_path])


def _assert_private_key_nowhere(home: Path, folders: list[Path]) -> None:
    import base64

    from cryptography.hazmat.primitives import serialization

    from zerodx_desktop.formats.signing import load_identity

    ident = load_identity(home, "correct horse battery")
    raw = ident._key.private_bytes(  # the test reaches in on purpose
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())
    needles = [raw, raw.hex().encode(), base64.b64encode(raw).rstrip(b"=")]
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    assert len(files) > 5
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".xlsx":
            import zipfile

            with zipfile.ZipFile(path) as zf:
                data += b"".join(zf.read(n) for n in zf.namelist())
        for needle in needles:
            assert needle not in data, f"private key material found in {path}"


def test_bad_inputs_exit_1_with_a_message(panel_setup: dict[str, Path], tmp_path: Path) -> None:
    judge = panel_setup["judge"]
    zerodx("panel", "open", panel_setup["package"], home=judge, passphrase=None)
    r = zerodx("score", "no-such-nominee", _criteria()[0], "3", home=judge, passphrase=None)
    assert r.code == 1 and "no-such-nominee" in r.err
    r = zerodx("score", _first_nominee(judge), _criteria()[0], "9", home=judge, passphrase=None)
    assert r.code == 1 and "scale" in r.err
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("nominee_id,criterion_id,level,comment\nx,y,abc,\n", encoding="utf-8")
    r = zerodx("score", "--csv", bad_csv, home=judge, passphrase=None)
    assert r.code == 1 and "bad.csv:2" in r.err
    r = zerodx("panel", "open", tmp_path / "missing.zdxpanel", home=judge, passphrase=None)
    assert r.code == 1
    r = zerodx("score", home=judge, passphrase=None)
    assert r.code == 2
    r = zerodx("frobnicate", passphrase=None)
    assert r.code == 2


def _first_nominee(home: Path) -> str:
    status = zerodx("panel", "status", "--json", home=home, passphrase=None).json()
    return str(status["nominees"][0]["id"])


def test_sheet_from_a_key_off_the_roster_is_unknown_judge(panel_setup: dict[str, Path],
                                                          tmp_path: Path) -> None:
    other, package = panel_setup["other"], panel_setup["package"]
    r = zerodx("panel", "open", package, home=other, passphrase=None)
    assert r.code == 0, r.err
    # exporting is refused up front for a judge who is not on the roster
    r = zerodx("export", "--out", tmp_path / "otto.xlsx", home=other)
    assert r.code == 1 and "roster" in r.err
