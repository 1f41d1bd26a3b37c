"""A judge's nominee total, domain subtotals and completeness, checked against hand-worked
examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zerodx_desktop.core.framework import Framework, framework_from_dict
from zerodx_desktop.core.scoring import (
    Weights,
    completeness,
    domain_subtotals,
    nominee_total,
    rescale,
    weights_for,
)
from zerodx_desktop.formats.framework_file import read_framework_file


def framework(weights: dict[str, Any] | None = None) -> Framework:
    """Scale 1..5. Domain A (weight 3): dimension A1 (weight 1) with a1 (w 1), a2 (w 3);
    dimension A2 (weight 1) with a3. Domain B (weight 1): dimension B1 with b1."""
    w = {"A": 3, "A1": 1, "A2": 1, "a1": 1, "a2": 3, "a3": 1, "B": 1, "B1": 1, "b1": 1}
    w.update(weights or {})

    def crit(cid: str) -> dict[str, Any]:
        return {"id": cid, "question": f"{cid}?", "weight": w[cid]}

    return framework_from_dict({
        "format": "zerodx-framework/1", "id": "t", "version": "1", "title": "T",
        "scale": {"min": 1, "max": 5,
                  "levels": [{"value": v, "label": str(v)} for v in range(1, 6)]},
        "require_comment_for": [1, 5],
        "domains": [
            {"id": "A", "title": "A", "weight": w["A"], "dimensions": [
                {"id": "A1", "title": "A1", "weight": w["A1"],
                 "criteria": [crit("a1"), crit("a2")]},
                {"id": "A2", "title": "A2", "weight": w["A2"], "criteria": [crit("a3")]}]},
            {"id": "B", "title": "B", "weight": w["B"], "dimensions": [
                {"id": "B1", "title": "B1", "weight": w["B1"], "criteria": [crit("b1")]}]},
        ],
    })


def test_effective_weights_by_hand() -> None:
    # a1: 3/4 * 1/2 * 1/4 = 3/32; a2: 3/4 * 1/2 * 3/4 = 9/32; a3: 3/4 * 1/2 = 12/32; b1: 8/32
    cw = framework().criterion_weights()
    assert cw == pytest.approx({"a1": 3 / 32, "a2": 9 / 32, "a3": 12 / 32, "b1": 8 / 32})


def test_rescale_min_to_0_max_to_100() -> None:
    fw = framework()
    assert rescale(fw, 1) == 0.0
    assert rescale(fw, 3) == 50.0
    assert rescale(fw, 5) == 100.0
    assert nominee_total(fw, {c: 1 for c in ("a1", "a2", "a3", "b1")}) == 0.0
    assert nominee_total(fw, {c: 5 for c in ("a1", "a2", "a3", "b1")}) == pytest.approx(100.0)
    with pytest.raises(ValueError, match="outside the scale"):
        nominee_total(fw, {"a1": 6})
    with pytest.raises(ValueError, match="outside the scale"):
        nominee_total(fw, {"a1": 0})


def test_rescale_with_a_scale_not_starting_at_1() -> None:
    fw = framework_from_dict({
        "format": "zerodx-framework/1", "id": "t", "version": "1", "title": "T",
        "scale": {"min": 0, "max": 4,
                  "levels": [{"value": v, "label": str(v)} for v in range(5)]},
        "domains": [{"id": "d", "title": "D", "dimensions": [
            {"id": "m", "title": "M", "criteria": [{"id": "c", "question": "?"}]}]}],
    })
    assert nominee_total(fw, {"c": 0}) == 0.0
    assert nominee_total(fw, {"c": 1}) == 25.0
    assert nominee_total(fw, {"c": 4}) == 100.0


def test_weighted_total_by_hand() -> None:
    # levels a1=5 (100), a2=2 (25), a3=3 (50), b1=4 (75), weights 3,9,12,8 /32:
    # (300 + 225 + 600 + 600) / 32 = 1725 / 32 = 53.90625
    fw = framework()
    levels = {"a1": 5, "a2": 2, "a3": 3, "b1": 4}
    assert nominee_total(fw, levels) == pytest.approx(53.90625)
    # An unweighted mean would be 62.5: weights matter.
    assert nominee_total(fw, levels) != pytest.approx(62.5)


def test_missing_is_not_zero() -> None:
    fw = framework()
    # b1 missing: renormalise over a1,a2,a3 (3,9,12 /24): (300 + 225 + 600) / 24 = 46.875
    assert nominee_total(fw, {"a1": 5, "a2": 2, "a3": 3}) == pytest.approx(46.875)
    assert nominee_total(fw, {"a1": 5, "a2": 2, "a3": 3, "b1": None}) == pytest.approx(46.875)
    # Counting the missing b1 as level 1 (0 points) would give 1125/32 = 35.15625.
    assert nominee_total(fw, {"a1": 5, "a2": 2, "a3": 3}) != pytest.approx(35.15625)
    # One criterion scored: the total is that criterion's rescaled level.
    assert nominee_total(fw, {"a2": 4}) == pytest.approx(75.0)


def test_all_missing_is_none() -> None:
    fw = framework()
    assert nominee_total(fw, {}) is None
    assert nominee_total(fw, {"a1": None, "b1": None}) is None
    assert nominee_total(fw, {"not-a-criterion": 3}) is None
    assert domain_subtotals(fw, {}) == {"A": None, "B": None}


def test_domain_subtotals_by_hand() -> None:
    fw = framework()
    levels = {"a1": 5, "a2": 2, "a3": 3, "b1": 4}
    # Within A: a1 = 1/2*1/4 = 1/8, a2 = 3/8, a3 = 1/2: 100/8 + 75/8 + 25 = 46.875
    subtotals = domain_subtotals(fw, levels)
    assert list(subtotals) == ["A", "B"]
    assert subtotals["A"] == pytest.approx(46.875)
    assert subtotals["B"] == pytest.approx(75.0)
    # The total is the domain-weighted mean of subtotals when everything is scored.
    assert nominee_total(fw, levels) == pytest.approx(0.75 * 46.875 + 0.25 * 75.0)
    # Missing within a domain renormalises inside the domain only.
    partial = domain_subtotals(fw, {"a1": 5, "a2": 2, "b1": 4})
    assert partial["A"] == pytest.approx((100 * 1 + 25 * 3) / 4)
    assert domain_subtotals(fw, {"a1": 5}) == {"A": pytest.approx(100.0), "B": None}


def test_dimension_weights_count_within_domain() -> None:
    fw = framework({"A1": 3, "A2": 1})
    # Within A: a1 = 3/4*1/4 = 3/16, a2 = 3/4*3/4 = 9/16, a3 = 1/4
    subtotal = domain_subtotals(fw, {"a1": 5, "a2": 1, "a3": 5})["A"]
    assert subtotal == pytest.approx(100 * 3 / 16 + 0 + 100 * 4 / 16)


def test_completeness_and_required_comments() -> None:
    fw = framework()
    levels = {"a1": 1, "a2": 3, "b1": 5, "a3": None}
    comments = {"a1": "   ", "b1": "Outstanding evidence", "a2": ""}
    assert completeness(fw, levels, comments) == (2 + 1, 4, ["a1"])
    assert completeness(fw, {}, {}) == (0, 4, [])
    assert completeness(fw, {"b1": 5, "a1": 1}, {}) == (2, 4, ["a1", "b1"])  # framework order


def test_weights_cached_by_hash() -> None:
    a, b = framework(), framework()
    assert weights_for(a) is weights_for(b)
    assert weights_for(a) is not weights_for(framework({"B": 2}))
    w = Weights.of(a)
    assert nominee_total(w, {"a1": 5}) == nominee_total(a, {"a1": 5})


def test_sample_framework_totals_for_a_thousand_nominees(repo_root: Path) -> None:
    fw = read_framework_file(repo_root / "data" / "frameworks" / "rendanheyi-sample.json")
    ids = [c.id for c in fw.criteria()]
    sheets = [{cid: 1 + (i + j) % 5 for j, cid in enumerate(ids)} for i in range(1000)]
    totals = [nominee_total(fw, s) for s in sheets]
    subs = [domain_subtotals(fw, s) for s in sheets]
    assert all(t is not None and 0 <= t <= 100 for t in totals)
    assert all(set(s) == {d.id for d in fw.domains} for s in subs)
