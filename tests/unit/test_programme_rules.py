"""The programme rules: balanced assignment (property test), shortlist cut, category ranks."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.programme import (
    AssignmentImpossible,
    Category,
    balanced_assignment,
    category_rankings,
    check_assignment,
    shortlist,
)


@st.composite
def programmes(draw):  # type: ignore[no-untyped-def]
    n_j = draw(st.integers(1, 9))
    n_n = draw(st.integers(1, 25))
    judges = [f"j{i}" for i in range(n_j)]
    nominees = [f"n{i}" for i in range(n_n)]
    pairs = [(j, n) for j in judges for n in nominees]
    conflicts = draw(st.lists(st.sampled_from(pairs), max_size=len(pairs) // 3, unique=True))
    k = draw(st.integers(1, n_j))
    seed = draw(st.integers(0, 2**16))
    cats = {n: draw(st.sampled_from(["a", "b", "c"])) for n in nominees}
    return judges, nominees, conflicts, k, seed, cats


def _feasible_by_brute_force(judges, nominees, conflicts, k):  # type: ignore[no-untyped-def]
    """Whether a balanced assignment exists (small cases only), by max flow on a simple
    integer programme: every nominee has k eligible and the bipartite b-matching exists."""
    import itertools

    total = len(nominees) * k
    lo = total // len(judges)
    bad = set(conflicts)
    eligible = [[j for j in judges if (j, n) not in bad] for n in nominees]
    if any(len(e) < k for e in eligible):
        return False
    # exhaustive for tiny panels
    options = [list(itertools.combinations(e, k)) for e in eligible]
    for choice in itertools.product(*options):
        load = dict.fromkeys(judges, 0)
        for js in choice:
            for j in js:
                load[j] += 1
        if all(lo <= v <= lo + 1 for v in load.values()):
            return True
    return False


@settings(max_examples=200, deadline=None)
@given(programmes())
def test_balanced_assignment_meets_every_constraint(case) -> None:  # type: ignore[no-untyped-def]
    judges, nominees, conflicts, k, seed, cats = case
    try:
        got = balanced_assignment(nominees, judges, k, conflicts=conflicts, seed=seed,
                                  categories=cats)
    except AssignmentImpossible as exc:
        assert exc.short or exc.what  # said, and named
        if len(nominees) <= 4 and len(judges) <= 4:
            assert not _feasible_by_brute_force(judges, nominees, conflicts, k)
        return
    assert set(got) == set(nominees)
    loads = dict.fromkeys(judges, 0)
    for n, js in got.items():
        assert len(js) == k and len(set(js)) == k  # exactly K distinct judges
        for j in js:
            assert (j, n) not in set(conflicts)  # never a conflicted judge
            loads[j] += 1
    assert max(loads.values()) - min(loads.values()) <= 1  # loads within one
    # reproducible
    again = balanced_assignment(nominees, judges, k, conflicts=conflicts, seed=seed,
                                categories=cats)
    assert again == got


@settings(max_examples=80, deadline=None)
@given(programmes())
def test_small_feasible_cases_are_found(case) -> None:  # type: ignore[no-untyped-def]
    judges, nominees, conflicts, k, seed, _ = case
    nominees, judges = nominees[:4], judges[:4]
    k = min(k, len(judges))
    conflicts = [(j, n) for j, n in conflicts if j in judges and n in nominees]
    feasible = _feasible_by_brute_force(judges, nominees, conflicts, k)
    try:
        balanced_assignment(nominees, judges, k, conflicts=conflicts, seed=seed)
        found = True
    except AssignmentImpossible:
        found = False
    assert found == feasible


def test_seed_changes_the_assignment_and_k_is_checked() -> None:
    judges = [f"j{i}" for i in range(6)]
    nominees = [f"n{i}" for i in range(12)]
    a = balanced_assignment(nominees, judges, 3, seed=1)
    b = balanced_assignment(nominees, judges, 3, seed=2)
    assert a != b
    with pytest.raises(UserError, match="1 or more"):
        balanced_assignment(nominees, judges, 0)
    with pytest.raises(UserError, match="more than the 6 judges"):
        balanced_assignment(nominees, judges, 7)


def test_conflicts_name_the_nominees_that_cannot_get_k() -> None:
    judges = ["j0", "j1", "j2"]
    conflicts = [("j0", "n1"), ("j1", "n1")]
    with pytest.raises(AssignmentImpossible, match=r"n1 \(1 eligible\)") as info:
        balanced_assignment(["n0", "n1"], judges, 2, conflicts=conflicts)
    assert info.value.short == ["n1"]


def test_check_assignment_names_unknown_judges_and_nominees() -> None:
    with pytest.raises(UserError, match="'n9' is not in the panel"):
        check_assignment({"n9": ["j0"]}, ["n0"], ["j0"])
    with pytest.raises(UserError, match=r"jX .*not on the roster"):
        check_assignment({"n0": ["jX"]}, ["n0"], ["j0"])
    with pytest.raises(UserError, match=r"conflict"):
        check_assignment({"n0": ["j0"]}, ["n0"], ["j0"], [("j0", "n0")])


@dataclass(frozen=True)
class Row:
    rank: int
    tied: bool
    nominee_id: str
    score: float | None


def test_shortlist_includes_ties_at_the_cut() -> None:
    rows = [Row(1, False, "a", 90), Row(2, True, "b", 80), Row(2, True, "c", 80),
            Row(4, False, "d", 70), Row(5, False, "e", None)]
    picked, tie = shortlist(rows, 2)
    assert [r.nominee_id for r in picked] == ["a", "b", "c"] and tie
    picked, tie = shortlist(rows, 3)
    assert [r.nominee_id for r in picked] == ["a", "b", "c"] and not tie
    picked, tie = shortlist(rows, 10)
    assert [r.nominee_id for r in picked] == ["a", "b", "c", "d"]  # unscored never
    with pytest.raises(UserError):
        shortlist(rows, 0)


def test_category_rankings_rank_within_each_category() -> None:
    rows = [Row(1, False, "a", 90), Row(2, True, "b", 80), Row(2, True, "c", 80),
            Row(4, False, "d", 70)]
    cats = [Category("x", "X"), Category("y", "Y")]
    got = category_rankings(rows, cats, {"a": "x", "b": "y", "c": "x", "d": "y"})
    assert [(r.nominee_id, r.rank, r.tied) for r in got[0].rows] == [("a", 1, False),
                                                                    ("c", 2, False)]
    assert [(r.nominee_id, r.rank, r.tied) for r in got[1].rows] == [("b", 1, False),
                                                                    ("d", 2, False)]
