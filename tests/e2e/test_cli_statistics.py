"""The four statistics defects of issue 14, end to end through `zerodx merge --json`.

A small framework with criterion weights 0.1, 0.2, 0.3, 0.4 (scale 1-5): summing those
weights in floating point makes equal totals differ in the last bit when some criteria are
left unscored (levels 2 and 2 on c2 and c4 gave 24.999999999999996, a 2 on c4 alone 25.0).
The totals are exact now, so each scenario below is decided by exact arithmetic.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import zerodx

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
DEMO = ROOT / "data" / "demo" / "nominees"
A, B, C = "n-001", "n-002", "n-003"
WEIGHTS = (0.1, 0.2, 0.3, 0.4)
JUDGES = ("Ada", "Bo", "Cy")

# level patterns (c1, c2, c3, c4; None = not scored) and their exact totals
T25_NOISY = (None, 2, None, 2)  # 25 exactly; 24.999999999999996 with float weights
T25 = (None, None, None, 2)  # 25
T25_C3 = (None, None, 2, None)  # 25
T25_NOISY_2 = (None, 4, None, 1)  # 25 exactly; float noise before
T0 = (1, 1, 1, 1)  # 0
T75 = (1, 2, 5, 5)  # 75
T50 = (1, 2, 3, 4)  # 50
T50_NOISY = (None, 1, None, 4)  # 50 exactly; 49.99999999999999 before
T50_NOISY_2 = (None, 3, None, 3)


def _framework(path: Path) -> Path:
    doc = json.loads(SAMPLE.read_text("utf-8"))
    domain = doc["domains"][0]
    dim = domain["dimensions"][0]
    template = dim["criteria"][0]
    dim["criteria"] = [{**template, "id": f"c{i + 1}", "weight": w}
                       for i, w in enumerate(WEIGHTS)]
    domain["dimensions"] = [dim]
    doc["domains"] = [domain]
    doc["require_comment_for"] = []
    doc["id"] = "stats-test"
    path.write_text(json.dumps(doc), "utf-8")
    return path


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("stats")
    org = base / "organizer"
    r = zerodx("identity", "new", "--name", "Olga Organizer", "--email", "o@example.org",
               home=org)
    assert r.code == 0, r.err
    cards = {}
    for name in JUDGES:
        home = base / name
        r = zerodx("identity", "new", "--name", name, "--email", f"{name}@example.org",
                   home=home)
        assert r.code == 0, r.err
        cards[name] = base / f"{name}.zdxjudge"
        r = zerodx("identity", "card", "--out", cards[name], home=home)
        assert r.code == 0, r.err
    nominees = base / "nominees"
    for folder in sorted(DEMO.iterdir())[:3]:
        shutil.copytree(folder, nominees / folder.name)
    return {"base": base, "org": org, "cards": cards,
            "framework": _framework(base / "framework.json"), "nominees": nominees}


def merge_json(people: dict[str, Any], tmp_path: Path,
               scores: dict[str, dict[str, tuple[int | None, ...] | None]],
               method: str) -> dict[str, Any]:
    """Build a panel, let each judge score (None: recused) and export, merge --json."""
    judges = list(scores)
    package = tmp_path / "panel.zdxpanel"
    args: list[Any] = ["panel", "build", "--title", "Stats", "--framework",
                       people["framework"], "--nominees", people["nominees"], "--out", package]
    for name in judges:
        args += ["--judge", people["cards"][name]]
    r = zerodx(*args, home=people["org"])
    assert r.code == 0, r.err
    sheets = []
    for name in judges:
        home = tmp_path / name
        shutil.copytree(people["base"] / name, home)
        r = zerodx("panel", "open", package, home=home, passphrase=None)
        assert r.code == 0, r.err
        rows = []
        for nominee, levels in scores[name].items():
            if levels is None:
                r = zerodx("conflict", nominee, "--reason", "Former employer", home=home,
                           passphrase=None)
                assert r.code == 0, r.err
                continue
            rows += [{"nominee_id": nominee, "criterion_id": f"c{i + 1}", "level": str(lv),
                      "comment": ""} for i, lv in enumerate(levels) if lv is not None]
        sheet_csv = tmp_path / f"{name}.csv"
        with sheet_csv.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=["nominee_id", "criterion_id", "level",
                                               "comment"])
            w.writeheader()
            w.writerows(rows)
        r = zerodx("score", "--csv", sheet_csv, home=home, passphrase=None)
        assert r.code == 0, r.err
        sheets.append(tmp_path / f"{name}.xlsx")
        r = zerodx("export", "--out", sheets[-1], home=home)
        assert r.code == 0, r.err
    r = zerodx("merge", "--panel", package, "--method", method, "--out",
               tmp_path / "result.xlsx", "--json", *sheets, passphrase=None)
    assert r.code == 0, r.err
    return r.json()


def _by_id(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["nominee_id"]: row for row in doc["ranking"]}


def test_defect_1_equal_totals_tie_in_schulze_and_kendall_w(people, tmp_path) -> None:
    """Every judge gives A and B exactly 25 (by different criteria, so the old float totals
    differed in the last bit, one way for Ada and Cy, the other way for Bo): Schulze keeps
    both as winners and W is exactly 1 (every judge: A = B > C)."""
    doc = merge_json(people, tmp_path, {
        "Ada": {A: T25_NOISY, B: T25, C: T0},
        "Bo": {A: T25_C3, B: T25_NOISY_2, C: T0},
        "Cy": {A: T25_NOISY, B: T25, C: T0},
    }, "schulze")
    rows = _by_id(doc)
    assert (rows[A]["rank"], rows[A]["tied"]) == (1, True)
    assert (rows[B]["rank"], rows[B]["tied"]) == (1, True)
    assert rows[C]["rank"] == 3
    assert doc["reliability"]["kendall_w"] == 1.0
    # tied in every resample of the judges: first place shared
    assert rows[A]["p_first"] == rows[B]["p_first"] == 0.5
    assert rows[A]["rank_interval"] == rows[B]["rank_interval"] == [1, 1]


def test_defect_2_no_variance_is_null_with_the_reason(people, tmp_path) -> None:
    """Every total is exactly 50: alpha, the ICCs and W are null with the reason, and the
    reading never speaks of disagreement."""
    doc = merge_json(people, tmp_path, {
        "Ada": {A: T50, B: T50_NOISY, C: T50_NOISY_2},
        "Bo": {A: T50_NOISY, B: T50_NOISY_2, C: T50},
        "Cy": {A: T50_NOISY_2, B: T50, C: T50_NOISY},
    }, "mean")
    rel = doc["reliability"]
    assert rel == {"krippendorff_alpha_interval": None, "icc_2_1": None, "icc_3_1": None,
                   "icc_2_k": None, "kendall_w": None}
    reasons = doc["reliability_notes"]["reasons"]
    assert set(reasons) == set(rel)
    assert all("no variance" in why for why in reasons.values())
    assert all(row["rank"] == 1 and row["tied"] for row in doc["ranking"])
    result = (tmp_path / "result.xlsx")
    # the result is unsigned (no identity in this home): printed as a draft, the null
    # statistics must still render
    r = zerodx("report", result, "--out", tmp_path / "report.pdf", "--draft", passphrase=None)
    assert r.code == 0, r.err


def test_defect_2_one_judge_gives_the_right_reason(people, tmp_path) -> None:
    doc = merge_json(people, tmp_path, {"Ada": {A: T75, B: T50, C: T25}}, "mean")
    reasons = doc["reliability_notes"]["reasons"]
    assert doc["reliability"]["icc_2_1"] is None
    assert "at least two judges" in reasons["icc_2_1"]
    assert "found 1" in reasons["icc_2_1"]
    assert "at least two judges" in reasons["kendall_w"]
    assert doc["ranking"][0]["p_first"] is None  # one judge: nothing to resample


def test_defect_3_zscore_judge_without_spread_contributes_zero(people, tmp_path) -> None:
    """Cy gives both nominees exactly 25 (the old floats differed by 4e-15, which z-scoring
    blew up to -1 and +1). Ada and Bo mirror each other, so A and B tie exactly."""
    doc = merge_json(people, tmp_path, {
        "Ada": {A: T75, B: T50, C: None},
        "Bo": {A: T50, B: T75, C: None},
        "Cy": {A: T25_NOISY, B: T25, C: None},
    }, "zscore")
    rows = _by_id(doc)
    # G = mean of judges' means = (62.5 + 62.5 + 25) / 3 = 50; every nominee's mean z = 0
    assert rows[A]["score"] == rows[B]["score"] == 50.0
    assert rows[A]["rank"] == rows[B]["rank"] == 1 and rows[A]["tied"]
    assert rows[C]["rank"] is None and rows[C]["score"] is None


def test_defect_4_schulze_winner_set(people, tmp_path) -> None:
    """Ada: A > C > B; Bo: C > B > A. A-C and A-B are 1:1, C beats B 2:0. Nobody beats A or
    C, so Schulze's winner set is {A, C} (counting nominees beaten said C alone)."""
    doc = merge_json(people, tmp_path, {
        "Ada": {A: T75, B: T25, C: T50},
        "Bo": {A: T25, B: T50, C: T75},
    }, "schulze")
    rows = _by_id(doc)
    assert (rows[A]["rank"], rows[A]["tied"]) == (1, True)
    assert (rows[C]["rank"], rows[C]["tied"]) == (1, True)
    assert (rows[B]["rank"], rows[B]["tied"]) == (3, False)


def test_recusal_gives_an_incomplete_design_and_the_adjusted_note(people, tmp_path) -> None:
    """Bo (the harsh judge) is recused from A: the mean favours A, adjusted does not."""
    doc = merge_json(people, tmp_path, {
        "Ada": {A: T75, B: T75, C: T50},
        "Bo": {A: None, B: T25, C: T0},
        "Cy": {A: T75, B: T75, C: T50},
    }, "mean")
    rows = _by_id(doc)
    assert rows[A]["judges"] == 2 and rows[A]["rank"] == 1 and not rows[A]["tied"]
    notes = doc["reliability_notes"]
    assert notes["n_judges"] == 3 and notes["n_nominees"] == 3
    assert notes["kendall_w_method"] == "pairwise"
    assert notes["bootstrap_resamples"] >= 1000
    (tmp_path / "adj").mkdir()
    adjusted = json.loads(json.dumps(merge_json(people, tmp_path / "adj", {
        "Ada": {A: T75, B: T75, C: T50},
        "Bo": {A: None, B: T25, C: T0},
        "Cy": {A: T75, B: T75, C: T50},
    }, "adjusted")))
    adj = _by_id(adjusted)
    # additive data: A and B are equal once Bo's severity (-50 relative) is removed
    assert adj[A]["score"] == adj[B]["score"] and adj[A]["tied"]
