"""Inter-rater statistics against published worked examples (and hand arithmetic)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.factories import SHROUT_FLEISS as SHROUT_FLEISS_TABLE
from zerodx_desktop.core import stats

NAN = np.nan

# Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", Annenberg School for
# Communication, University of Pennsylvania, section "C. Nominal data, any number of
# observers, missing data" (4 observers A-D x 12 units); the same data is reused for the
# ordinal, interval and ratio examples, with alpha = 0.743, 0.815, 0.849 and 0.797.
KRIPP_2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
])

# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
# reliability. Psychological Bulletin 86(2), 420-428. Table 2: 6 targets x 4 judges.
# Reported (Table 4): ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71.
SHROUT_FLEISS = np.array(SHROUT_FLEISS_TABLE)  # importable from here, as before


def test_krippendorff_2011_interval():
    """Krippendorff (2011), 4 observers x 12 units with missing data: interval alpha 0.849."""
    assert round(stats.krippendorff_alpha_interval(KRIPP_2011), 3) == 0.849


def test_krippendorff_interval_matches_the_reference_package():
    """Cross-check against the ``krippendorff`` package (a test-only dependency: GPL-3.0),
    on the published data and on random panels with missing values."""
    krippendorff = pytest.importorskip("krippendorff")  # declared in the test extra

    assert stats.krippendorff_alpha_interval(KRIPP_2011) == pytest.approx(
        krippendorff.alpha(reliability_data=KRIPP_2011, level_of_measurement="interval"),
        abs=1e-12)
    rng = np.random.default_rng(7)
    for _ in range(5):
        data = rng.normal(50, 10, size=(6, 30)) + rng.normal(0, 15, size=30)
        data[rng.random(data.shape) < 0.2] = NAN
        assert stats.krippendorff_alpha_interval(data) == pytest.approx(
            krippendorff.alpha(reliability_data=data, level_of_measurement="interval"),
            abs=1e-12)
        levels = rng.integers(1, 6, size=(5, 40)).astype(float)
        levels[rng.random(levels.shape) < 0.15] = NAN
        assert stats.krippendorff_alpha_interval(levels) == pytest.approx(
            krippendorff.alpha(reliability_data=levels, level_of_measurement="interval"),
            abs=1e-12)


def test_krippendorff_undefined_is_none():
    assert stats.krippendorff_alpha_interval(np.array([[1.0, NAN], [NAN, 2.0]])) is None
    assert stats.krippendorff_alpha_interval(np.array([[3.0, 3.0], [3.0, 3.0]])) is None


def test_icc_shrout_fleiss_table_2():
    """Shrout & Fleiss (1979) Table 2: ICC(1,1)=.17, ICC(2,1)=.29, ICC(3,1)=.71."""
    icc11, icc21, icc31 = stats.icc_all(SHROUT_FLEISS)
    assert round(icc11, 2) == 0.17
    assert round(icc21, 2) == 0.29
    assert round(icc31, 2) == 0.71
    assert tuple(round(v, 2) for v in stats.icc(SHROUT_FLEISS)) == (0.29, 0.71)


def test_icc_uses_complete_rows_only_and_none_when_too_few():
    """An extra target with a missing judge is dropped: same values as Table 2."""
    extra = np.vstack([SHROUT_FLEISS, [[1, NAN, 9, 9]]])
    assert stats.icc(extra) == pytest.approx(stats.icc(SHROUT_FLEISS))
    assert stats.icc(np.array([[1.0, 2.0], [NAN, 3.0]])) == (None, None)
    assert stats.icc(np.array([[1.0], [2.0], [3.0]])) == (None, None)


def test_kendall_w_strawberries():
    """InfluentialPoints, "Kendall coefficient of concordance", worked example I
    (https://influentialpoints.com/Training/coefficient_of_concordance.htm): 4 raters rank
    strawberries from 8 farms, rank sums 31 12 12 15 22 5 22 25, SS = 500,
    W = 500 / (504 * 16 / 12) = 0.744 (no ties)."""
    ranks = np.array([
        [8, 4, 2, 3, 5, 1, 6, 7],
        [7, 3, 1, 4, 5, 2, 6, 8],
        [8, 2, 5, 6, 7, 1, 4, 3],
        [8, 3, 4, 2, 5, 1, 6, 7],
    ])
    assert round(stats.kendall_w(ranks), 3) == 0.744
    # Kendall & Gibbons (1990): without ties W = ((m - 1) * mean pairwise Spearman + 1) / m
    m = ranks.shape[0]
    rhos = [np.corrcoef(ranks[a], ranks[b])[0, 1] for a in range(m) for b in range(a + 1, m)]
    assert stats.kendall_w(ranks) == pytest.approx(((m - 1) * np.mean(rhos) + 1) / m)
    # raw scores instead of ranks give the same W (each row is ranked first)
    assert stats.kendall_w(ranks * 10.0 + 3) == pytest.approx(stats.kendall_w(ranks))


def test_kendall_w_tie_correction_hand_computed():
    """Tie-corrected W, worked by hand (NOT a published value; see the arithmetic).

    3 judges, 4 nominees. Judge 1 scores 10, 20, 30, 40 -> ranks 1 2 3 4.
    Judge 2 scores 10, 10, 30, 40 -> ranks 1.5 1.5 3 4 (one tie of t=2: T = 8 - 2 = 6).
    Judge 3 scores 20, 10, 40, 30 -> ranks 2 1 4 3.
    Rank sums R = 4.5, 4.5, 10, 11; mean 7.5; S = 9 + 9 + 6.25 + 12.25 = 36.5.
    W = 12 S / (m^2 (n^3 - n) - m sum T) = 438 / (9 * 60 - 3 * 6) = 438 / 522 = 0.83908...
    Without the correction it would be 438 / 540 = 0.8111.
    """
    scores = np.array([[10, 20, 30, 40], [10, 10, 30, 40], [20, 10, 40, 30]], dtype=float)
    assert stats.kendall_w(scores) == pytest.approx(438 / 522)


def test_kendall_w_perfect_and_missing():
    agree = np.array([[1, 2, 3], [1, 2, 3], [1, 2, 3]], dtype=float)
    assert stats.kendall_w(agree) == pytest.approx(1.0)
    # a nominee one judge did not rank is left out: W over the other three
    with_gap = np.array([[1, 2, 3, 9], [1, 2, 3, NAN], [1, 2, 3, 1]], dtype=float)
    assert stats.kendall_w(with_gap) == pytest.approx(1.0)
    assert stats.kendall_w(np.array([[5.0, 5.0], [5.0, 5.0]])) is None
    assert stats.kendall_w(np.array([[1.0, 2.0]])) is None


def test_judge_severity_hand_computed():
    """Panel means per nominee: n1 (60+80+70)/3 = 70, n2 (40+60)/2 = 50, n3 (90+90)/2 = 90.
    Judge A: (60-70 + 40-50)/2 = -10; B: (80-70 + 60-50 + 90-90)/3 = 20/3; C: (70-70 +
    90-90)/2 = 0; D scored nothing -> None."""
    m = np.array([
        [60, 40, NAN],
        [80, 60, 90],
        [70, NAN, 90],
        [NAN, NAN, NAN],
    ])
    sev = stats.judge_severity(m)
    assert sev[0] == pytest.approx(-10.0)
    assert sev[1] == pytest.approx(20 / 3)
    assert sev[2] == pytest.approx(0.0)
    assert sev[3] is None


def test_judge_agreement():
    """A agrees with the others' mean (perfect linear), B is reversed, C has < 3 in common."""
    m = np.array([
        [10, 20, 30, 40],
        [40, 30, 20, 10],
        [10, 20, NAN, NAN],
        [12, 22, 32, 42],
    ], dtype=float)
    agree = stats.judge_agreement(m)
    # others' mean for A: n1 (40+10+12)/3, n2 (30+20+22)/3, n3 (20+32)/2, n4 (10+42)/2
    others = np.array([62 / 3, 72 / 3, 26.0, 26.0])
    x = np.array([10, 20, 30, 40.0])
    expected = float(np.corrcoef(x, others)[0, 1])
    assert agree[0] == pytest.approx(expected)
    assert agree[2] is None
    spearman = stats.judge_agreement(m, "spearman")
    assert all(v is None or -1 <= v <= 1 for v in spearman)
    assert not any(isinstance(v, float) and math.isnan(v) for v in agree + spearman)
