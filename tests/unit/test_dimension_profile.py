"""Per-dimension panel figures (the merge view's radar): core.scoring, core.aggregate and
services.profile against an independent computation from the framework document."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from tests.factories import SAMPLE_FRAMEWORK_FILE
from zerodx_desktop.core.aggregate import panel_dimension_scores
from zerodx_desktop.core.framework import load_framework
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.core.scoring import (
    dimension_subtotals,
    dimension_subtotals_exact,
    weights_for,
)
from zerodx_desktop.services.profile import dimension_profile

# two domains with a dimension id in both ("people"), unequal weights at every level
UNEVEN: dict[str, Any] = {
    "format": "zerodx-framework/1", "id": "uneven", "version": "1", "title": "Uneven",
    "scale": {"min": 0, "max": 4, "levels": [
        {"value": v, "label": f"L{v}", "description": f"level {v}"} for v in range(5)]},
    "domains": [
        {"id": "a", "title": {"en": "Alpha", "zh": "甲"}, "weight": 2, "dimensions": [
            {"id": "people", "title": {"en": "People", "zh": "人"}, "weight": 0.3,
             "criteria": [{"id": "a1", "question": "?", "weight": 0.1},
                          {"id": "a2", "question": "?", "weight": 0.7}]},
            {"id": "tools", "title": "Tools", "weight": 0.7,
             "criteria": [{"id": "a3", "question": "?", "weight": 3}]}]},
        {"id": "b", "title": "Beta", "weight": 1, "dimensions": [
            {"id": "people", "title": "People too", "weight": 1,
             "criteria": [{"id": "b1", "question": "?", "weight": 1},
                          {"id": "b2", "question": "?", "weight": 2},
                          {"id": "b3", "question": "?", "weight": 5}]}]}]}


def _by_hand(doc: dict[str, Any], levels: dict[str, int]) -> dict[tuple[str, str], float | None]:
    """Each dimension's weighted mean of its scored criteria on 0..100, from the document."""
    lo, hi = doc["scale"]["min"], doc["scale"]["max"]
    out: dict[tuple[str, str], float | None] = {}
    for d in doc["domains"]:
        for m in d["dimensions"]:
            scored = [(float(c["weight"]), levels[c["id"]]) for c in m["criteria"]
                      if c["id"] in levels]
            wsum = sum(w for w, _ in scored)
            out[(d["id"], m["id"])] = (sum(w * (lv - lo) / (hi - lo) * 100 for w, lv in scored)
                                       / wsum if scored else None)
    return out


def _sample_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(SAMPLE_FRAMEWORK_FILE.read_text(encoding="utf-8"))
    return doc


@pytest.mark.parametrize("doc", [UNEVEN, _sample_doc()], ids=["uneven", "sample"])
def test_dimension_subtotals_match_a_hand_computation(doc: dict[str, Any]) -> None:
    fw = load_framework(doc)
    ids = [c.id for c in fw.criteria()]
    rng = random.Random(7)
    for _ in range(60):
        levels = {cid: rng.randint(fw.scale.min, fw.scale.max) for cid in ids
                  if rng.random() < 0.6}
        got = dimension_subtotals_exact(fw, levels)
        want = _by_hand(doc, levels)
        # the float figures are the exact ones rounded once
        assert dimension_subtotals(fw, levels) == {
            k: None if v is None else float(v) for k, v in got.items()}
        assert list(got) == list(want)  # framework order, (domain, dimension) keys
        for key, value in want.items():
            if value is None:
                assert got[key] is None
            else:
                assert got[key] is not None and float(got[key]) == pytest.approx(value, abs=1e-9)


def test_a_dimension_id_used_in_two_domains_is_two_axes() -> None:
    fw = load_framework(UNEVEN)
    got = dimension_subtotals_exact(fw, {"a1": 4, "b1": 0})
    assert got == {("a", "people"): 100, ("a", "tools"): None, ("b", "people"): 0}


def test_panel_dimension_scores_average_the_judges_subtotals() -> None:
    fw = load_framework(UNEVEN)
    ids = [c.id for c in fw.criteria()]
    rng = random.Random(11)
    judges, nominees = ["j1", "j2", "j3", "j4"], ["n1", "n2", "n3"]
    levels: dict[tuple[str, str, str], int] = {}
    for j in judges:
        for n in nominees[:2]:  # n3: nobody scored it
            for cid in ids:
                if rng.random() < 0.5:
                    levels[(j, n, cid)] = rng.randint(0, 4)
    got = panel_dimension_scores(weights_for(fw), levels)
    assert set(got) <= {"n1", "n2"} and "n3" not in got
    for n in got:
        per_judge = [_by_hand(UNEVEN, {c: lv for (jj, nn, c), lv in levels.items()
                                       if jj == j and nn == n}) for j in judges]
        for key in got[n]:
            vals = [x for pj in per_judge if (x := pj[key]) is not None]
            want = sum(vals) / len(vals) if vals else None
            if want is None:
                assert got[n][key] is None
            else:
                assert got[n][key] == pytest.approx(want, abs=1e-9)


def test_panel_dimension_scores_skip_a_judge_with_nothing_in_the_dimension() -> None:
    fw = load_framework(UNEVEN)
    levels = {("j1", "n", "a3"): 4, ("j2", "n", "a3"): 0, ("j2", "n", "b1"): 4}
    got = panel_dimension_scores(weights_for(fw), levels)["n"]
    assert got == {("a", "people"): None, ("a", "tools"): 50.0, ("b", "people"): 100.0}


def _result(doc: dict[str, Any] | None, levels: dict[tuple[str, str, str], int]) -> PanelResult:
    return PanelResult(panel_id="p", panel_title="P", round=1, framework_id="uneven",
                       framework_version="1", framework_hash="", method="mean", ranking=[],
                       levels=levels, panel_doc=None if doc is None else {"framework": doc})


def test_the_profile_has_one_axis_per_dimension_with_titles_and_average() -> None:
    levels = {("j1", "n1", "a1"): 4, ("j1", "n1", "a3"): 2, ("j1", "n2", "a3"): 4,
              ("j2", "n2", "b2"): 1}
    result = _result(UNEVEN, levels)
    profile = dimension_profile(result)
    assert profile is not None
    assert [a.key for a in profile.axes] == [("a", "people"), ("a", "tools"), ("b", "people")]
    assert [a.title.get("zh") for a in profile.axes] == ["人", "Tools", "People too"]
    assert profile.axes[0].domain_title.get("en") == "Alpha"
    assert profile.of("n1") == (100.0, 50.0, None)
    assert profile.of("n2") == (None, 100.0, 25.0)
    assert profile.of("nobody") == (None, None, None)
    assert profile.average == (100.0, 75.0, 25.0)
    # the same figures again (keeping them per result is the chair controller's part:
    # tests/unit/test_chair_controller.py)
    assert dimension_profile(result) == profile


def test_no_profile_without_levels_or_framework() -> None:
    assert dimension_profile(_result(UNEVEN, {})) is None  # a result too large for levels
    assert dimension_profile(_result(None, {("j", "n", "a1"): 1})) is None
    assert dimension_profile(_result({"format": "nonsense"}, {("j", "n", "a1"): 1})) is None
