"""Panel aggregation: from each judge's nominee totals to one panel score per nominee.

The heavy functions work on a judges x nominees numpy matrix (NaN = not scored, e.g. a
recused judge); ``panel_scores_from_totals`` accepts the friendlier mapping
judge -> nominee -> total (or None).

Methods (docs/contract.md §5):

- ``mean``: the mean of the judges' totals.
- ``median``: their median.
- ``trimmed``: when at least five judges scored the nominee, drop one highest and one lowest
  total and average the rest; otherwise the plain mean.
- ``zscore``: each judge's totals are standardised with that judge's own mean and
  (population) standard deviation over the nominees they scored (a judge whose totals are all
  equal contributes z = 0 everywhere). A nominee's z is the mean of its judges' z-scores,
  mapped back to the 0-100 scale as ``G + z * S`` where G is the mean of the judges' means
  and S the mean of the judges' standard deviations. This removes each judge's leniency
  and spread while keeping numbers on the familiar scale.
- ``schulze``: each judge's totals induce a ranking (ties allowed; a nominee the judge did
  not score is not compared by that judge). d[a][b] counts judges preferring a to b; the
  strongest (widest) paths p are computed; a beats b when p[a][b] > p[b][a]. The reported
  score is the number of nominees a nominee beats, so equal scores are ties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

METHODS = ("mean", "median", "trimmed", "zscore", "schulze")
METHOD_LABELS = {
    "mean": "mean",
    "median": "median",
    "trimmed": "trimmed mean",
    "zscore": "z-score",
    "schulze": "Schulze",
}
_TIE_DECIMALS = 9  # scores equal to 9 decimals are ties (float noise is not a difference)


def totals_matrix(
    totals: Mapping[str, Mapping[str, float | None]], nominee_ids: Sequence[str]
) -> Any:
    """judge -> nominee -> total  ->  judges x nominees float matrix (NaN = missing)."""
    import numpy as np

    index = {n: i for i, n in enumerate(nominee_ids)}
    mat = np.full((len(totals), len(nominee_ids)), np.nan)
    for j, per_nominee in enumerate(totals.values()):
        for nid, value in per_nominee.items():
            if value is not None and nid in index:
                mat[j, index[nid]] = float(value)
    return mat


def _nan_to_none(values: Any) -> list[float | None]:
    import numpy as np

    return [None if np.isnan(v) else float(v) for v in values]


def panel_scores(matrix: Any, method: str) -> list[float | None]:
    """The panel score of each nominee (column) under ``method``; None when nobody scored."""
    import numpy as np

    mat = np.asarray(matrix, dtype=float)
    if mat.ndim != 2:
        raise ValueError("expected a judges x nominees matrix")
    if method not in METHODS:
        raise ValueError(f"unknown aggregation method {method!r}; use one of {METHODS}")
    mask = ~np.isnan(mat)
    counts = mask.sum(axis=0)
    filled = np.where(mask, mat, 0.0)
    out = np.full(mat.shape[1], np.nan)
    has = counts > 0
    if method == "mean":
        out[has] = filled.sum(axis=0)[has] / counts[has]
    elif method == "median":
        for i in np.flatnonzero(has):
            out[i] = float(np.median(mat[mask[:, i], i]))
    elif method == "trimmed":
        sums = filled.sum(axis=0)
        hi = np.where(mask, mat, -np.inf).max(axis=0, initial=-np.inf)
        lo = np.where(mask, mat, np.inf).min(axis=0, initial=np.inf)
        five = counts >= 5
        plain = has & ~five
        out[plain] = sums[plain] / counts[plain]
        out[five] = (sums[five] - hi[five] - lo[five]) / (counts[five] - 2)
    elif method == "zscore":
        out = _zscore(mat, mask)
    else:
        wins = schulze_wins(mat)
        out = np.where(has, wins.astype(float), np.nan)
    return _nan_to_none(out)


def _zscore(mat: Any, mask: Any) -> Any:
    import numpy as np

    judge_n = mask.sum(axis=1)
    active = judge_n > 0
    filled = np.where(mask, mat, 0.0)
    means = np.zeros(mat.shape[0])
    means[active] = filled.sum(axis=1)[active] / judge_n[active]
    dev = np.where(mask, mat - means[:, None], 0.0)
    sds = np.zeros(mat.shape[0])
    sds[active] = np.sqrt((dev ** 2).sum(axis=1)[active] / judge_n[active])
    safe = np.where(sds > 0, sds, 1.0)
    z = np.where(mask & (sds[:, None] > 0), dev / safe[:, None], 0.0)
    counts = mask.sum(axis=0)
    out = np.full(mat.shape[1], np.nan)
    if not active.any():
        return out
    grand = float(means[active].mean())
    spread = float(sds[active].mean())
    has = counts > 0
    out[has] = grand + z.sum(axis=0)[has] / counts[has] * spread
    return out


def pairwise_preferences(matrix: Any) -> Any:
    """d[a][b] = number of judges whose total for a is higher than for b (both scored)."""
    import numpy as np

    mat = np.asarray(matrix, dtype=float)
    n = mat.shape[1]
    d = np.zeros((n, n), dtype=np.int32)
    gt = np.empty((n, n), dtype=bool)
    for row in mat:
        # a comparison with NaN is False both ways: a nominee the judge did not score is
        # simply not compared by that judge
        np.greater(row[:, None], row[None, :], out=gt)
        d += gt
    return d


def strongest_paths(d: Any) -> Any:
    """Schulze's widest paths: p[a][b] = strength of the strongest path from a to b."""
    import numpy as np

    # int16 halves the memory traffic of the O(n^3) loop; enough for up to 32,767 judges
    kind = np.int16 if d.size == 0 or int(d.max()) < 32_767 else np.int32
    p = np.where(d > d.T, d, 0).astype(kind)
    n = p.shape[0]
    np.fill_diagonal(p, 0)
    for k in range(n):
        via = np.minimum(p[:, k:k + 1], p[k:k + 1, :])
        np.maximum(p, via, out=p)
    np.fill_diagonal(p, 0)
    return p


def schulze_wins(matrix: Any) -> Any:
    """For each nominee, how many others it beats in Schulze's order (p[a][b] > p[b][a])."""
    import numpy as np

    p = strongest_paths(pairwise_preferences(matrix))
    return (p > p.T).sum(axis=1).astype(np.int64)


def panel_scores_from_totals(
    totals: Mapping[str, Mapping[str, float | None]], nominee_ids: Sequence[str], method: str
) -> dict[str, float | None]:
    """Mapping form of ``panel_scores``: nominee id -> panel score (None: nobody scored)."""
    values = panel_scores(totals_matrix(totals, nominee_ids), method)
    return dict(zip(nominee_ids, values, strict=True))


def rank(scores: Sequence[float | None]) -> list[tuple[int | None, bool]]:
    """Competition ranking ("1, 2, 2, 4"), highest score first, ties explicit.

    Returns (rank, tied) per input position. A None score is unranked: (None, False).
    """
    keyed = [(round(s, _TIE_DECIMALS), i) for i, s in enumerate(scores) if s is not None]
    keyed.sort(key=lambda t: -t[0])
    out: list[tuple[int | None, bool]] = [(None, False)] * len(scores)
    counts: dict[float, int] = {}
    for value, _ in keyed:
        counts[value] = counts.get(value, 0) + 1
    position = 0
    current_rank = 0
    previous: float | None = None
    for value, i in keyed:
        position += 1
        if value != previous:
            current_rank = position
            previous = value
        out[i] = (current_rank, counts[value] > 1)
    return out


def order(scores: Sequence[float | None]) -> list[int]:
    """Indices sorted by rank (ties in input order), unranked last."""
    ranks = rank(scores)
    return sorted(range(len(scores)),
                  key=lambda i: (ranks[i][0] is None, ranks[i][0] or 0, i))


# -- sensitivity --------------------------------------------------------------------------

def _names(ids: Sequence[str], names: Mapping[str, str]) -> str:
    labels = [names.get(i, i) for i in ids]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _winners(scores: Mapping[str, float | None]) -> list[str]:
    ids = list(scores)
    ranks = rank([scores[i] for i in ids])
    return [i for i, (r, _) in zip(ids, ranks, strict=True) if r == 1]


def _top(scores: Mapping[str, float | None], k: int = 3) -> list[str]:
    ids = list(scores)
    ranks = rank([scores[i] for i in ids])
    top = [(r, n) for n, (r, _) in zip(ids, ranks, strict=True) if r is not None and r <= k]
    return [n for _, n in sorted(top, key=lambda t: (t[0], ids.index(t[1])))]


def sensitivity(
    by_method: Mapping[str, Mapping[str, float | None]],
    official: str,
    names: Mapping[str, str],
) -> list[str]:
    """Plain sentences comparing the winner and the top three across methods."""
    if official not in by_method:
        raise ValueError(f"the official method {official!r} was not computed")
    base_win = _winners(by_method[official])
    if not base_win:
        return ["No nominee was scored, so there is no winner yet."]
    others = [m for m in by_method if m != official]
    out: list[str] = []
    win_changes = []
    for m in others:
        w = _winners(by_method[m])
        if set(w) != set(base_win):
            verb = "ranks" if len(w) == 1 else "share"
            place = "first" if len(w) == 1 else "first place"
            win_changes.append(
                f"Under {METHOD_LABELS.get(m, m)}, {_names(w, names)} {verb} {place} "
                f"instead of {_names(base_win, names)}.")
    if not win_changes:
        out.append("The winner is the same under every method.")
    else:
        out.extend(win_changes)
    base_top = _top(by_method[official])
    top_changes = []
    for m in others:
        t = _top(by_method[m])
        if set(t) != set(base_top):
            top_changes.append(
                f"Under {METHOD_LABELS.get(m, m)}, the top three are {_names(t, names)} "
                f"instead of {_names(base_top, names)}.")
    if not top_changes:
        out.append("The top three are the same under every method.")
    else:
        out.extend(top_changes)
    return out


# -- disagreement -------------------------------------------------------------------------

def flag_total_spreads(spreads: Sequence[float | None]) -> list[bool]:
    """Flag nominees whose spread of totals is in the panel's top decile (and above zero).

    The threshold is the 90th percentile (linear interpolation) of the defined spreads.
    """
    import numpy as np

    vals = np.array([s for s in spreads if s is not None], dtype=float)
    if vals.size == 0:
        return [False] * len(spreads)
    threshold = float(np.percentile(vals, 90))
    return [s is not None and s > 0 and s >= threshold - 1e-9 for s in spreads]


def criterion_flag(level_range: int | None) -> bool:
    """A criterion is discussed when the judges' levels span two or more steps."""
    return level_range is not None and level_range >= 2
