"""Aggregation methods, ranking with ties, sensitivity sentences and disagreement flags."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zerodx_desktop.core import aggregate as agg

NAN = np.nan

# Three judges (rows) x four nominees (columns); judge 3 recused from nominee D.
SMALL = np.array([
    [80.0, 60.0, 40.0, 20.0],
    [70.0, 90.0, 50.0, 30.0],
    [60.0, 60.0, 100.0, NAN],
])


def test_mean_and_median_hand_checked():
    # mean A = (80+70+60)/3 = 70; B = (60+90+60)/3 = 70; C = (40+50+100)/3 = 63.33; D = 25
    assert agg.panel_scores(SMALL, "mean") == pytest.approx([70, 70, 190 / 3, 25])
    # median A = 70; B = 60; C = 50; D = median(20, 30) = 25
    assert agg.panel_scores(SMALL, "median") == pytest.approx([70, 60, 50, 25])


def test_trimmed_is_a_proportional_interpolated_trim():
    # 5 judges on A: 10 20 30 40 100, g = 5/5 = 1 -> drop 10 and 100 -> (20+30+40)/3 = 30
    # 4 judges on B (one missing): 10 20 30 100, g = 0.8 -> 10 and 100 count 0.2 each:
    # (20 + 30 + 0.2 * (10 + 100)) / (4 - 1.6) = 72 / 2.4 = 30 (no switch at five judges)
    m = np.array([[10, 10], [20, 20], [30, 30], [40, NAN], [100, 100]], dtype=float)
    assert agg.panel_scores(m, "trimmed") == [30.0, 30.0]
    # 2 judges: g = 0.4, both count 0.6 -> the mean; 1 judge -> the value
    assert agg.panel_scores(np.array([[10.0, 7.0], [20.0, NAN]]), "trimmed") == [15.0, 7.0]


def test_zscore_hand_checked():
    # judge 1 totals 40, 60 -> mean 50, sd 10 -> z = -1, +1
    # judge 2 totals 70, 90 -> mean 80, sd 10 -> z = -1, +1
    # judge 3 totals 50, 50 -> sd 0 -> z = 0, 0
    # mean z per nominee: A = -2/3, B = +2/3
    # G = mean of judges' means = (50+80+50)/3 = 60; S = mean sd = (10+10+0)/3 = 20/3
    # A = 60 - 2/3 * 20/3 = 55.556; B = 64.444
    m = np.array([[40, 60], [70, 90], [50, 50]], dtype=float)
    a, b = agg.panel_scores(m, "zscore")
    assert a == pytest.approx(60 - (2 / 3) * (20 / 3))
    assert b == pytest.approx(60 + (2 / 3) * (20 / 3))


def test_zscore_removes_leniency():
    # the lenient judge 2 adds +30 to everything: z-scores are identical to judge 1's
    m = np.array([[40, 50, 60], [70, 80, 90]], dtype=float)
    a, b, c = agg.panel_scores(m, "zscore")
    assert a < b < c
    assert b == pytest.approx(65.0)  # grand mean (50+80)/2, z = 0


def test_missing_nominee_is_none_everywhere():
    m = np.array([[50, NAN], [60, NAN]], dtype=float)
    for method in agg.METHODS:
        scores = agg.panel_scores(m, method)
        assert scores[1] is None, method
        assert scores[0] is not None, method


def _ballots_to_totals(ballots: list[tuple[int, str]]) -> np.ndarray:
    """Each ballot (count, "ACBED") becomes `count` judges whose totals follow that order."""
    cands = "ABCDE"
    rows = []
    for count, order in ballots:
        row = [0.0] * 5
        for pos, c in enumerate(order):
            row[cands.index(c)] = float(5 - pos)
        rows.extend([row] * count)
    return np.array(rows)


# Wikipedia, "Schulze method", section "Example": 45 voters, 5 candidates A-E.
WIKIPEDIA_45 = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"),
                (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")]


def test_schulze_wikipedia_45_voters():
    """Wikipedia's Schulze example: d[A][B] = 20, d[B][A] = 25, ...; strongest paths give
    the order E > A > C > B > D, winner E."""
    m = _ballots_to_totals(WIKIPEDIA_45)
    d = agg.pairwise_preferences(m)
    # the pairwise table printed on the page (row prefers over column), order A B C D E
    assert d.tolist() == [
        [0, 20, 26, 30, 22],
        [25, 0, 16, 33, 18],
        [19, 29, 0, 17, 24],
        [15, 12, 28, 0, 14],
        [23, 27, 21, 31, 0],
    ]
    p = agg.strongest_paths(d)
    # the strongest-paths table on the page
    assert p.tolist() == [
        [0, 28, 28, 30, 24],
        [25, 0, 28, 33, 24],
        [25, 29, 0, 29, 24],
        [25, 28, 28, 0, 24],
        [25, 28, 28, 31, 0],
    ]
    scores = agg.panel_scores(m, "schulze")
    assert scores == [3.0, 1.0, 2.0, 0.0, 4.0]  # E beats 4, A 3, C 2, B 1, D 0
    assert ["ABCDE"[i] for i in agg.order(scores)] == list("EACBD")


def test_schulze_ties_and_unscored():
    # Two judges with opposite orders of A and B; C below both; D never scored.
    m = np.array([[90, 80, 10, NAN], [80, 90, 10, NAN]], dtype=float)
    scores = agg.panel_scores(m, "schulze")
    assert scores == [1.0, 1.0, 0.0, None]
    assert agg.rank(scores) == [(1, True), (1, True), (3, False), (None, False)]


def test_schulze_missing_not_compared():
    # Judge 2 did not score A: A vs B is decided by judge 1 alone (A > B),
    # B vs C by both (B > C twice), A vs C by judge 1 (A > C).
    m = np.array([[90, 50, 10], [NAN, 70, 20]], dtype=float)
    d = agg.pairwise_preferences(m)
    assert d.tolist() == [[0, 1, 1], [0, 0, 2], [0, 0, 0]]
    assert agg.panel_scores(m, "schulze") == [2.0, 1.0, 0.0]


def test_rank_competition_with_ties():
    assert agg.rank([90, 80, 80, 70]) == [(1, False), (2, True), (2, True), (4, False)]
    assert agg.rank([None, 5.0, 5.0]) == [(None, False), (1, True), (1, True)]
    # float noise is not a difference
    assert agg.rank([0.1 + 0.2, 0.3])[0] == (1, True)


def test_sensitivity_sentences():
    names = {"a": "Alpha", "b": "Beta", "c": "Gamma", "d": "Delta"}
    same = {m: {"a": 3.0, "b": 2.0, "c": 1.0, "d": 0.0} for m in ("mean", "median")}
    assert agg.sensitivity(same, "mean", names) == [
        "The winner is the same under every method.",
        "The top three are the same under every method.",
    ]
    changed = {"mean": {"a": 3.0, "b": 2.0, "c": 1.0, "d": 0.0},
               "median": {"a": 2.0, "b": 3.0, "c": 0.0, "d": 1.0}}
    out = agg.sensitivity(changed, "mean", names)
    assert out[0] == "Under median, Beta ranks first instead of Alpha."
    assert out[1] == ("Under median, the top three are Beta, Alpha and Delta instead of "
                      "Alpha, Beta and Gamma.")


def test_disagreement_flags():
    assert agg.criterion_flag(2) and agg.criterion_flag(4)
    assert not agg.criterion_flag(1) and not agg.criterion_flag(None)
    spreads = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 30.0, None]
    flags = agg.flag_total_spreads(spreads)
    assert flags == [False] * 9 + [True, False]
    assert agg.flag_total_spreads([0.0, 0.0]) == [False, False]


def test_mapping_form():
    totals = {"j1": {"a": 50.0, "b": None}, "j2": {"a": 70.0, "b": 80.0}}
    assert agg.panel_scores_from_totals(totals, ["a", "b"], "mean") == {"a": 60.0, "b": 80.0}
    with pytest.raises(ValueError, match="unknown aggregation method"):
        agg.panel_scores(np.zeros((1, 1)), "borda")

_scores = st.lists(st.one_of(st.none(), st.integers(0, 5).map(float)), min_size=1, max_size=12)


@given(_scores)
def test_rank_properties(scores):
    ranks = agg.rank(scores)
    for (r, tied), s in zip(ranks, scores, strict=True):
        if s is None:
            assert (r, tied) == (None, False)
            continue
        # competition rank = 1 + number of strictly higher scores
        assert r == 1 + sum(1 for o in scores if o is not None and o > s)
        assert tied == (sum(1 for o in scores if o == s) > 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 4), min_size=4, max_size=4), min_size=1, max_size=7))
def test_schulze_elects_the_condorcet_winner(rows):
    m = np.array(rows, dtype=float)
    d = agg.pairwise_preferences(m)
    n = m.shape[1]
    condorcet = [a for a in range(n) if all(d[a, b] > d[b, a] for b in range(n) if b != a)]
    wins = agg.schulze_wins(m)
    if condorcet:
        assert wins[condorcet[0]] == n - 1
        assert agg.rank(wins.astype(float).tolist())[condorcet[0]] == (1, False)
