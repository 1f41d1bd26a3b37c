"""Inter-rater statistics for a judging panel (pure numpy; missing values are NaN).

Every function takes a plain matrix and returns a Python float, or ``None`` when the
statistic is undefined for the data (too few values, no variance): never NaN.

Orientation: ``krippendorff_alpha*``, ``kendall_w``, ``judge_severity`` and
``judge_agreement`` take *raters x units* (judges x nominees); ``icc`` takes
*targets x judges* (nominees x judges), the layout of Shrout & Fleiss (1979) Table 2.
"""

from __future__ import annotations

import math
from typing import Any


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

    order = np.argsort(row, kind="mergesort")
    sorted_vals = row[order]
    ranks = np.empty(len(row), dtype=float)
    ties = 0.0
    i = 0
    n = len(row)
    while i < n:
        j = i
        while j + 1 < n and sorted_vals[j + 1] == sorted_vals[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        t = j - i + 1
        if t > 1:
            ties += t ** 3 - t
        i = j + 1
    return ranks, ties


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
