"""Inter-rater statistics for a judging panel (pure numpy; missing values are NaN).

Every function takes a plain matrix and returns a Python float, or ``None`` when the
statistic is undefined for the data (too few values, no variance): never NaN.

Orientation: ``krippendorff_alpha*``, ``kendall_w``, ``judge_severity`` and
``judge_agreement`` take *raters x units* (judges x nominees); ``icc`` takes
*targets x judges* (nominees x judges), the layout of Shrout & Fleiss (1979) Table 2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from zerodx_desktop.core.messages import Message


def _array(matrix: Any) -> Any:
    import numpy as np

    arr = np.asarray(matrix, dtype=float)
    if arr.ndim != 2:
        raise ValueError("expected a 2-D matrix")
    return arr


def _clean(value: float) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def krippendorff_alpha_interval(matrix: Any) -> float | None:
    """Krippendorff's alpha, interval metric, over a raters x units matrix with NaN missing.

    Units with fewer than two values are not pairable and are ignored (Krippendorff 2011).
    Computed in closed form (sums of squares, O(values)); the tests check it against
    Krippendorff's published example and against the ``krippendorff`` package, which is not a
    runtime dependency: it is GPL-3.0 and would bind the distributed app, and its coincidence
    matrix costs O(units x values^2) for continuous totals.
    """
    import numpy as np

    arr = _array(matrix)
    arr = arr[:, np.sum(~np.isnan(arr), axis=0) >= 2]
    if arr.shape[1] == 0:
        return None
    values = arr[~np.isnan(arr)]
    if np.unique(values).size < 2:
        return None  # no variation at all: expected disagreement is zero
    return _alpha_interval_closed_form(arr)


def _alpha_interval_closed_form(arr: Any) -> float | None:
    """Interval alpha via sums of squares (identical to the coincidence-matrix definition).

    With the squared-difference metric, the sum over ordered pairs i != j of
    (v_i - v_j)^2 among m values equals 2 m SS (SS: sum of squares about their mean), so
    D_o = (1/n) sum_u 2 m_u SS_u / (m_u - 1) and D_e = 2 SS / (n - 1), where n counts the
    pairable values (Krippendorff 2011, section on interval alpha).
    """
    import numpy as np

    mask = ~np.isnan(arr)
    m = mask.sum(axis=0).astype(float)
    n = m.sum()
    filled = np.where(mask, arr, 0.0)
    sums = filled.sum(axis=0)
    means = sums / m
    ss_u = (np.where(mask, arr - means, 0.0) ** 2).sum(axis=0)
    d_o = (2.0 * m * ss_u / (m - 1)).sum() / n
    values = arr[mask]
    ss = float(((values - values.mean()) ** 2).sum())
    d_e = 2.0 * ss / (n - 1)
    if d_e == 0:
        return None
    return _clean(1.0 - d_o / d_e)


def icc_all(matrix: Any) -> tuple[float, float, float] | None:
    """ICC(1,1), ICC(2,1), ICC(3,1) of Shrout & Fleiss (1979) over complete rows.

    ``matrix`` is targets x judges; rows with any missing value are dropped (only the
    nominees every judge scored). None when fewer than two targets or two judges remain.
    """
    import numpy as np

    arr = _array(matrix)
    arr = arr[~np.isnan(arr).any(axis=1)]
    n, k = arr.shape
    if n < 2 or k < 2:
        return None
    grand = arr.mean()
    row_means = arr.mean(axis=1)
    col_means = arr.mean(axis=0)
    ss_total = ((arr - grand) ** 2).sum()
    ss_rows = k * ((row_means - grand) ** 2).sum()
    ss_cols = n * ((col_means - grand) ** 2).sum()
    ss_err = ss_total - ss_rows - ss_cols
    bms = ss_rows / (n - 1)
    wms = (ss_total - ss_rows) / (n * (k - 1))
    jms = ss_cols / (k - 1)
    ems = ss_err / ((n - 1) * (k - 1))
    d1 = bms + (k - 1) * wms
    d2 = bms + (k - 1) * ems + k * (jms - ems) / n
    d3 = bms + (k - 1) * ems
    out = []
    for num, den in ((bms - wms, d1), (bms - ems, d2), (bms - ems, d3)):
        out.append(float(num / den) if den != 0 else math.nan)
    return out[0], out[1], out[2]


def icc(matrix: Any) -> tuple[float | None, float | None]:
    """(ICC(2,1), ICC(3,1)) over the complete rows of a targets x judges matrix."""
    res = icc_all(matrix)
    if res is None:
        return None, None
    return _clean(res[1]), _clean(res[2])


def _average_ranks(row: Any) -> tuple[Any, float]:
    """Ranks 1..n with ties given their average rank; also sum of (t^3 - t) over tie groups."""
    import numpy as np

    row = np.asarray(row)
    n = len(row)
    if n == 0:
        return np.empty(0, dtype=float), 0.0
    order = np.argsort(row, kind="mergesort")
    sorted_vals = row[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(sorted_vals[1:], sorted_vals[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n)  # exclusive
    group = np.cumsum(new) - 1
    ranks = np.empty(n, dtype=float)
    ranks[order] = ((starts + ends - 1) / 2.0 + 1.0)[group]
    t = (ends - starts).astype(float)
    return ranks, float((t ** 3 - t).sum())


def kendall_w(rankings: Any) -> float | None:
    """Kendall's W (tie-corrected) over a judges x nominees matrix of scores or ranks.

    Only nominees every judge ranked are used. Each judge's row is converted to ranks
    (average ranks for ties), so raw scores and ranks give the same W; the direction
    (1 = best or n = best) does not matter as long as every judge uses the same one.
    W = 12 S / (m^2 (n^3 - n) - m sum T), T = sum over tie groups of (t^3 - t).
    None when fewer than two judges or two nominees, or when every judge tied everything.
    """
    import numpy as np

    arr = _array(rankings)
    arr = arr[:, ~np.isnan(arr).any(axis=0)]
    m, n = arr.shape
    if m < 2 or n < 2:
        return None
    rank_rows = []
    tie_sum = 0.0
    for row in arr:
        r, t = _average_ranks(row)
        rank_rows.append(r)
        tie_sum += t
    sums = np.sum(rank_rows, axis=0)
    s = float(((sums - sums.mean()) ** 2).sum())
    den = m * m * (n ** 3 - n) - m * tie_sum
    if den <= 0:
        return None
    return _clean(12.0 * s / den)


def judge_severity(matrix: Any) -> list[float | None]:
    """Per judge: mean of (judge's total - panel mean of that nominee) over nominees scored.

    ``matrix`` is judges x nominees. Negative = harsher than the panel, positive = more
    lenient. None for a judge who scored nothing.
    """
    import numpy as np

    arr = _array(matrix)
    mask = ~np.isnan(arr)
    counts = mask.sum(axis=0)
    col_sum = np.where(mask, arr, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        panel_mean = col_sum / counts
    out: list[float | None] = []
    for j in range(arr.shape[0]):
        sel = mask[j]
        if not sel.any():
            out.append(None)
            continue
        out.append(_clean(float(np.mean(arr[j, sel] - panel_mean[sel]))))
    return out


def _pearson(x: Any, y: Any) -> float | None:
    import numpy as np

    xd = x - x.mean()
    yd = y - y.mean()
    den = math.sqrt(float((xd * xd).sum()) * float((yd * yd).sum()))
    if den == 0:
        return None
    return _clean(float(np.dot(xd, yd)) / den)


def judge_agreement(matrix: Any, method: str = "pearson") -> list[float | None]:
    """Per judge: correlation of their totals with the mean of the *other* judges.

    Over the nominees the judge scored and at least one other judge scored; None when
    fewer than three such nominees or when either side has no variance. ``method`` is
    "pearson" or "spearman" (Pearson on average ranks).
    """
    import numpy as np

    if method not in ("pearson", "spearman"):
        raise ValueError(f"unknown correlation method {method!r}")
    arr = _array(matrix)
    mask = ~np.isnan(arr)
    filled = np.where(mask, arr, 0.0)
    col_sum = filled.sum(axis=0)
    counts = mask.sum(axis=0)
    out: list[float | None] = []
    for j in range(arr.shape[0]):
        others_n = counts - mask[j]
        sel = mask[j] & (others_n > 0)
        if sel.sum() < 3:
            out.append(None)
            continue
        x = arr[j, sel]
        y = (col_sum[sel] - filled[j, sel]) / others_n[sel]
        if method == "spearman":
            x, _ = _average_ranks(x)
            y, _ = _average_ranks(y)
        out.append(_pearson(x, y))
    return out


# -- on the incomplete data, with the reason when undefined ------------------------------

NO_VARIANCE = Message("every total is the same (no variance), so there is nothing to measure "
                      "agreement on")


@dataclass
class Estimate:
    """A statistic, or None with the plain reason it is undefined for this data."""

    value: float | None
    reason: str = ""


@dataclass
class IccEstimate:
    icc_2_1: Estimate
    icc_3_1: Estimate
    icc_2_k: Estimate
    n_nominees: int = 0  # nominees used (scored by at least one judge)
    n_judges: int = 0  # judges used (scored at least one nominee)
    k: float | None = None  # judges per nominee in ICC(2,k): the harmonic mean


def _components(mask: Any) -> int:
    """Connected components of the bipartite judge-nominee graph of scored cells."""
    import numpy as np

    k, n = mask.shape
    parent = list(range(k + n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for j, i in zip(*np.nonzero(mask), strict=True):
        ra, rb = find(int(j)), find(k + int(i))
        if ra != rb:
            parent[ra] = rb
    return len({find(a) for a in range(k + n)})


def icc_incomplete(matrix: Any) -> IccEstimate:
    """ICC(2,1), ICC(3,1) and ICC(2,k) on a targets x judges matrix with missing cells.

    The two-way model y = mu + a_i (nominee, variance s_a) + b_j (judge, s_b) + e (s_e) is
    fitted by least squares on the cells present, and the variance components are estimated
    by Henderson's method III (the fitting-constants method): with N cells, n nominees,
    k judges and g connected components of the design,

    - s_e = SSE / (N - n - k + g),
    - s_a = (R(a | mu, b) - (n - g) s_e) / (N - k),   R(a | mu, b) = R(mu, a, b) - R(mu, b)
    - s_b = (R(b | mu, a) - (k - g) s_e) / (N - n),   R(b | mu, a) = R(mu, a, b) - R(mu, a)

    (R: the reduction in sums of squares of a fit). ICC(2,1) = s_a / (s_a + s_b + s_e),
    ICC(3,1) = s_a / (s_a + s_e), ICC(2,k) = s_a / (s_a + (s_b + s_e) / k) with k the
    harmonic mean of judges per nominee. On complete data these are exactly the Shrout &
    Fleiss (1979) mean-square formulas. Components are not truncated at zero, so a panel
    that agrees less than chance gives a negative ICC, as in the balanced case.
    """
    import numpy as np

    from zerodx_desktop.core.aggregate import adjusted_fit

    arr = _array(matrix)
    mask = ~np.isnan(arr)
    rows = mask.any(axis=1)
    cols = mask.any(axis=0)
    arr, mask = arr[np.ix_(rows, cols)], mask[np.ix_(rows, cols)]
    n, k = arr.shape
    out = IccEstimate(Estimate(None), Estimate(None), Estimate(None), n_nominees=n,
                      n_judges=k)

    def fail(reason: str) -> IccEstimate:
        for e in (out.icc_2_1, out.icc_3_1, out.icc_2_k):
            e.reason = reason
        return out

    if k < 2:
        return fail(Message("needs at least two judges who scored (found {n})", n=k))
    if n < 2:
        return fail(Message("needs at least two nominees that were scored (found {n})", n=n))
    values = arr[mask]
    if np.unique(values).size < 2:
        return fail(NO_VARIANCE)
    big_n = int(mask.sum())
    g = _components(mask.T)
    df_e = big_n - n - k + g
    if df_e <= 0:
        return fail(Message("too few overlapping scores to separate nominees, judges and "
                            "error (each nominee needs two or more judges, with judges in "
                            "common)"))
    level, sev = adjusted_fit(arr.T, mask.T)  # judges x nominees orientation
    fitted = level[:, None] + sev[None, :]
    resid = np.where(mask, arr - fitted, 0.0)
    sse = float((resid ** 2).sum())
    ss = float((values ** 2).sum())
    r_full = ss - sse
    m_i = mask.sum(axis=1)
    n_j = mask.sum(axis=0)
    filled = np.where(mask, arr, 0.0)
    r_b = float((filled.sum(axis=0) ** 2 / n_j).sum())  # R(mu, b): judge means
    r_a = float((filled.sum(axis=1) ** 2 / m_i).sum())  # R(mu, a): nominee means
    s_e = sse / df_e
    if big_n - k <= 0 or big_n - n <= 0:
        return fail(Message("too few overlapping scores to separate nominees, judges and error"))
    s_a = ((r_full - r_b) - (n - g) * s_e) / (big_n - k)
    s_b = ((r_full - r_a) - (k - g) * s_e) / (big_n - n)
    out.k = float(n / (1.0 / m_i).sum())
    for est, den in ((out.icc_2_1, s_a + s_b + s_e), (out.icc_3_1, s_a + s_e),
                     (out.icc_2_k, s_a + (s_b + s_e) / out.k)):
        if not math.isfinite(den) or den <= 0 or (s_a == 0 and den == 0):
            est.reason = NO_VARIANCE
        else:
            est.value = _clean(s_a / den)
            if est.value is None:
                est.reason = NO_VARIANCE
    return out


def _ranks_of(values: Any) -> Any:
    return _average_ranks(values)[0]


def kendall_w_incomplete(matrix: Any) -> tuple[Estimate, int, int, str]:
    """Kendall's W over a judges x nominees matrix with missing cells:
    (estimate, judges used, nominees used, method).

    When every judge who scored ranked every nominee that was scored: the tie-corrected W
    (Kendall & Gibbons 1990). Otherwise: W from the mean pairwise Spearman correlation,
    W = ((m - 1) * mean rho + 1) / m (Kendall & Gibbons 1990; equal to W for complete
    rankings without ties), each rho computed on the nominees the two judges both scored
    (average ranks), over the pairs with at least two nominees in common and a ranking on
    both sides; m = the judges in those pairs.
    """
    import numpy as np

    arr = _array(matrix)
    mask = ~np.isnan(arr)
    arr, mask = arr[mask.any(axis=1)], mask[mask.any(axis=1)]
    arr, mask = arr[:, mask.any(axis=0)], mask[:, mask.any(axis=0)]
    m, n = arr.shape
    if m < 2:
        return Estimate(None, Message("needs at least two judges who scored (found {n})",
                                      n=m)), m, n, ""
    if n < 2:
        return Estimate(None, Message("needs at least two nominees that were scored (found {n})",
                                      n=n)), m, n, ""
    if np.unique(arr[mask]).size < 2:
        return Estimate(None, NO_VARIANCE), m, n, ""
    if mask.all():
        w = kendall_w(arr)
        if w is None:
            return Estimate(None, Message("every judge gave all nominees the same total: "
                                          "there is no order to agree on")), m, n, "complete"
        return Estimate(w), m, n, "complete"
    rhos: list[float] = []
    judges: set[int] = set()
    for a in range(m):
        for b in range(a + 1, m):
            common = mask[a] & mask[b]
            if common.sum() < 2:
                continue
            ra, rb = _ranks_of(arr[a, common]), _ranks_of(arr[b, common])
            rho = _pearson(ra, rb)
            if rho is None:
                continue
            rhos.append(rho)
            judges.update((a, b))
    if not rhos:
        return Estimate(None, Message("no two judges ranked two or more nominees in common "
                                      "(with different totals)")), m, n, "pairwise"
    mm = len(judges)
    return Estimate(_clean(((mm - 1) * float(np.mean(rhos)) + 1) / mm)), mm, n, "pairwise"


def alpha_estimate(matrix: Any) -> Estimate:
    """Krippendorff's interval alpha with the reason when undefined."""
    import numpy as np

    arr = _array(matrix)
    pairable = np.sum(~np.isnan(arr), axis=0) >= 2
    if not pairable.any():
        return Estimate(None, Message("needs a nominee scored by at least two judges"))
    values = arr[:, pairable]
    if np.unique(values[~np.isnan(values)]).size < 2:
        return Estimate(None, NO_VARIANCE)
    value = krippendorff_alpha_interval(arr)
    return Estimate(value, "" if value is not None else NO_VARIANCE)
