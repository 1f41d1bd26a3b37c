"""Panel aggregation: from each judge's nominee totals to one panel score per nominee.

Judge totals are exact (``core.scoring``): :class:`ExactMatrix` holds them as integer
numerators over one common denominator (int64, or Python integers when they would not fit),
so every method compares equal totals as equal and ties are decided exactly, never by float
noise. ``panel_scores`` also accepts a float matrix (NaN = not scored, e.g. a recused
judge), read through each number's decimal text; ``panel_scores_from_totals`` the friendlier
mapping judge -> nominee -> total (or None).

Methods (docs/contract.md §5):

- ``mean``: the mean of the judges' totals (exact).
- ``median``: their median (exact).
- ``trimmed``: a proportional trim, 20 % of the totals from each end, interpolated: with n
  totals sorted, g = n/5 is removed from each end (the value at the cut counts in part), so
  the method changes smoothly with n and never switches on at a judge count (exact).
- ``zscore``: each judge's totals are standardised with that judge's own mean and
  (population) standard deviation over the nominees they scored; a judge whose totals are
  exactly equal contributes z = 0 everywhere (decided exactly: float noise is no spread). A
  nominee's z is the mean of its judges' z-scores, mapped back to the 0-100 scale as
  ``G + z * S`` where G is the mean of the judges' means and S the mean of the judges'
  standard deviations.
- ``schulze``: each judge's totals induce a ranking (ties allowed; a nominee the judge did
  not score is not compared by that judge). d[a][b] counts judges preferring a to b; the
  strongest (widest) paths p are computed (winning votes); a beats b when p[a][b] > p[b][a]
  (Schulze 2011, section 4). This relation is a strict partial order; the winner set is the
  nominees nobody beats, and the full order takes the winner set of what remains, layer by
  layer, so nominees Schulze does not separate share a rank. The reported score is the
  number of nominees in later layers (equal scores are exactly the ties).
- ``adjusted``: an additive model total = panel mean + nominee effect + judge severity,
  fitted by least squares on the incomplete data (judge severities sum to zero); the
  panel score is panel mean + nominee effect: what an average-severity judge would give.
  With every judge scoring every nominee it equals the mean; with recusals or assignments
  it removes the advantage of having avoided a harsh judge.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import lcm
from typing import Any

from zerodx_desktop.core.messages import Message
from zerodx_desktop.core.messages import join_names as _join_names
from zerodx_desktop.core.panel import METHODS as METHODS  # re-exported: defined in core.panel
from zerodx_desktop.core.panel import Method
from zerodx_desktop.core.scoring import DimensionKey, Weights, dimension_subtotals

METHOD_LABELS: dict[str, str] = {
    Method.MEAN: "mean",
    Method.MEDIAN: "median",
    Method.TRIMMED: "trimmed mean",
    Method.ZSCORE: "z-score",
    Method.SCHULZE: "Schulze",
    Method.ADJUSTED: "adjusted for judge severity",
}
# zscore and adjusted are floating-point methods (a square root, a least-squares fit): their
# scores equal to 9 decimals are ties. The other methods compare exact fractions.
_TIE_DECIMALS = 9
TRIM = Fraction(1, 5)  # the proportion trimmed from each end by ``trimmed``
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20_791_979  # fixed: the same sheets give the same uncertainty every time
SCHULZE_BOOTSTRAP_MAX = 100  # nominees: Schulze's O(n^3) paths x 1,000 resamples above this
_INT64_SAFE = 2 ** 62


@dataclass
class ExactMatrix:
    """Judges x nominees totals as integer numerators over one common denominator ``den``.

    ``num`` is an int64 array when every sum fits, else an object array of Python ints;
    ``mask`` is True where the judge scored the nominee (``num`` is 0 elsewhere).
    """

    num: Any
    mask: Any
    den: int

    @property
    def shape(self) -> tuple[int, int]:
        # why the ignore below: numpy types .shape as tuple[int, ...]
        return self.mask.shape  # type: ignore[no-any-return]

    def fraction(self, j: int, i: int) -> Fraction | None:
        return Fraction(int(self.num[j, i]), self.den) if self.mask[j, i] else None

    def floats(self) -> Any:
        """The totals as floats (each the exact value rounded once); NaN where missing."""
        import numpy as np

        if self.num.dtype != object and self.den < 2 ** 53 and (
                self.num.size == 0 or int(np.abs(self.num).max()) < 2 ** 53):
            out = self.num.astype(float) / float(self.den)  # both exact: one rounding
        else:
            out = np.array([[float(Fraction(int(v), self.den)) for v in row]
                            for row in self.num], dtype=float).reshape(self.mask.shape)
        return np.where(self.mask, out, np.nan)

    def ints_as_float(self) -> Any | None:
        """The numerators as float64 when every one (and every column sum) is exact in a
        float; None otherwise. Sums and comparisons of these are exact."""
        import numpy as np

        if self.num.dtype == object or self.num.size == 0:
            return None
        if int(np.abs(self.num).max()) * max(1, self.shape[0]) >= 2 ** 53:
            return None
        return self.num.astype(float)

    @classmethod
    def of(cls, values: Any) -> ExactMatrix:
        """From a 2-D array/list of numbers (NaN/None missing) or Fractions: floats are read
        through their decimal text, like weights (24.999999999999996 stays what it says)."""
        import numpy as np

        rows = [list(r) for r in values]
        n_j = len(rows)
        n_n = len(rows[0]) if rows else 0
        fr: list[list[Fraction | None]] = []
        for r in rows:
            out_r: list[Fraction | None] = []
            for v in r:
                if v is None or (isinstance(v, float | np.floating) and np.isnan(v)):
                    out_r.append(None)
                elif isinstance(v, Fraction):
                    out_r.append(v)
                elif isinstance(v, int | np.integer):
                    out_r.append(Fraction(int(v)))
                else:
                    out_r.append(Fraction(str(float(v))))
            fr.append(out_r)
        return cls.from_fractions(fr, (n_j, n_n))

    @classmethod
    def from_fractions(cls, fr: Sequence[Sequence[Fraction | None]],
                       shape: tuple[int, int]) -> ExactMatrix:
        import numpy as np

        den = lcm(1, *{f.denominator for r in fr for f in r if f is not None})
        mask = np.zeros(shape, dtype=bool)
        ints = [[0] * shape[1] for _ in range(shape[0])]
        biggest = 0
        for j, r in enumerate(fr):
            for i, f in enumerate(r):
                if f is not None:
                    mask[j, i] = True
                    v = f.numerator * (den // f.denominator)
                    ints[j][i] = v
                    biggest = max(biggest, abs(v))
        return cls(_int_array(ints, biggest, shape), mask, den)

    @classmethod
    def from_parts(cls, num: Any, den: Any, mask: Any) -> ExactMatrix:
        """From integer numerator and denominator arrays (same shape; den > 0 where mask):
        the vectorised form the merge uses for the totals of ``core.scoring``."""
        import numpy as np

        dens = {int(d) for d in np.unique(den[mask])} if mask.any() else set()
        common = lcm(1, *dens)
        if mask.any():
            scale = {d: common // d for d in dens}
            biggest = max(abs(int(np.abs(num[mask]).max())), 1) * max(scale.values())
        else:
            scale, biggest = {}, 0
        if biggest * max(1, mask.shape[0]) < _INT64_SAFE:
            factor = np.zeros(mask.shape, dtype=np.int64)
            for d, f in scale.items():
                factor[(den == d) & mask] = f
            out = np.where(mask, num.astype(np.int64) * factor, 0)
        else:
            out = np.zeros(mask.shape, dtype=object)
            for j, i in zip(*np.nonzero(mask), strict=True):
                out[j, i] = int(num[j, i]) * scale[int(den[j, i])]
        return cls(out, mask.copy(), common)


def _int_array(ints: list[list[int]], biggest: int, shape: tuple[int, int]) -> Any:
    import numpy as np

    if biggest * max(1, shape[0]) < _INT64_SAFE:
        return np.array(ints, dtype=np.int64).reshape(shape)
    arr = np.zeros(shape, dtype=object)
    for j, r in enumerate(ints):
        for i, v in enumerate(r):
            arr[j, i] = v
    return arr


def _as_exact(matrix: Any) -> ExactMatrix:
    import numpy as np

    if isinstance(matrix, ExactMatrix):
        return matrix
    mat = np.asarray(matrix, dtype=float)
    if mat.ndim != 2:
        raise ValueError("expected a judges x nominees matrix")
    return ExactMatrix.of(mat.tolist())


def totals_matrix(
    totals: Mapping[str, Mapping[str, float | Fraction | None]], nominee_ids: Sequence[str]
) -> ExactMatrix:
    """judge -> nominee -> total  ->  judges x nominees ExactMatrix."""
    index = {n: i for i, n in enumerate(nominee_ids)}
    rows: list[list[Any]] = []
    for per_nominee in totals.values():
        row: list[Any] = [None] * len(nominee_ids)
        for nid, value in per_nominee.items():
            if value is not None and nid in index:
                row[index[nid]] = value
        rows.append(row)
    if not rows:
        import numpy as np

        return ExactMatrix(np.zeros((0, len(nominee_ids)), dtype=np.int64),
                           np.zeros((0, len(nominee_ids)), dtype=bool), 1)
    return ExactMatrix.of(rows)


def _column_lists(em: ExactMatrix) -> list[list[int]]:
    """Per nominee: the numerators of the judges who scored it, sorted ascending."""
    out = []
    for i in range(em.shape[1]):
        col = em.num[em.mask[:, i], i]
        out.append(sorted(int(v) for v in col))
    return out


def trimmed_exact(values: Sequence[int], den: int = 1) -> Fraction:
    """The 20 % proportional, interpolated trimmed mean of sorted integers (over ``den``).

    With n values, g = n/5 = f + r/5 is cut from each end: the f outermost values go, the
    next value at each end counts with weight 1 - r/5, the rest with weight 1; the sum of
    weights is 3n/5. n = 1 is the value itself.
    """
    n = len(values)
    if n == 0:
        raise ValueError("no values")
    f, r = divmod(n, 5)
    if n == 1:
        return Fraction(values[0], den)
    mid = sum(values[f + 1:n - f - 1])
    edge = values[f] + values[n - f - 1]
    return Fraction(5 * mid + (5 - r) * edge, 3 * n * den)


def method_scores(matrix: Any, method: str) -> tuple[list[float | None], list[Any]]:
    """(panel score per nominee, exact sort key per nominee) under ``method``; None for a
    nominee nobody scored. Keys are Fractions for the exact methods; equal keys are ties."""
    import numpy as np

    if method not in METHODS:
        raise ValueError(f"unknown aggregation method {method!r}; use one of {METHODS}")
    em = _as_exact(matrix)
    n_n = em.shape[1]
    counts = em.mask.sum(axis=0)
    keys: list[Any] = [None] * n_n
    if method in (Method.MEAN, Method.MEDIAN, Method.TRIMMED):
        if method == Method.MEAN:
            sums = np.where(em.mask, em.num, 0).sum(axis=0)
            for i in range(n_n):
                if counts[i]:
                    keys[i] = Fraction(int(sums[i]), int(counts[i]) * em.den)
        else:
            for i, col in enumerate(_column_lists(em)):
                if not col:
                    continue
                if method == Method.MEDIAN:
                    n = len(col)
                    keys[i] = Fraction(col[(n - 1) // 2] + col[n // 2], 2 * em.den)
                else:
                    keys[i] = trimmed_exact(col, em.den)
        return [None if k is None else float(k) for k in keys], keys
    if method == Method.SCHULZE:
        layer_scores = schulze_scores(em)
        out = [None if counts[i] == 0 else float(layer_scores[i]) for i in range(n_n)]
        return out, [None if v is None else Fraction(int(v)) for v in out]
    floats = _zscore(em) if method == Method.ZSCORE else adjusted_scores(em)
    out = _nan_to_none(floats)
    return out, [None if v is None else round(v, _TIE_DECIMALS) for v in out]


def _nan_to_none(values: Any) -> list[float | None]:
    import numpy as np

    return [None if np.isnan(v) else float(v) for v in values]


def panel_scores(matrix: Any, method: str) -> list[float | None]:
    """The panel score of each nominee (column) under ``method``; None when nobody scored."""
    return method_scores(matrix, method)[0]


def _judge_moments(em: ExactMatrix) -> tuple[Any, Any, Any, Any]:
    """Per judge: (active, mean, population sd, deviations x n_j*den as floats), the spread
    decided exactly: a judge whose totals are all equal has sd exactly 0."""
    import numpy as np

    mask = em.mask
    n_j = mask.sum(axis=1)
    active = n_j > 0
    means = np.zeros(mask.shape[0])
    sds = np.zeros(mask.shape[0])
    dev = np.zeros(mask.shape, dtype=float)
    for j in np.flatnonzero(active):
        vals = [int(v) for v in em.num[j, mask[j]]]
        n = len(vals)
        s = sum(vals)
        means[j] = float(Fraction(s, n * em.den))
        if min(vals) == max(vals):
            continue  # no spread, exactly
        d = [n * v - s for v in vals]  # n * (v - mean), exact integers (times den)
        var = Fraction(sum(x * x for x in d), n ** 3 * em.den ** 2)
        sds[j] = float(var) ** 0.5
        scale = n * em.den
        if scale < 2 ** 53 and max(abs(x) for x in d) < 2 ** 53:
            # both exact as floats: one correctly rounded division, as float(Fraction)
            dev[j, mask[j]] = np.array(d, dtype=float) / float(scale)
        else:
            dev[j, mask[j]] = [float(Fraction(x, scale)) for x in d]
    return active, means, sds, dev


def _zscore(em: ExactMatrix) -> Any:
    import numpy as np

    mask = em.mask
    active, means, sds, dev = _judge_moments(em)
    safe = np.where(sds > 0, sds, 1.0)
    z = np.where(mask & (sds[:, None] > 0), dev / safe[:, None], 0.0)
    counts = mask.sum(axis=0)
    out = np.full(mask.shape[1], np.nan)
    if not active.any():
        return out
    grand = float(means[active].mean())
    spread = float(sds[active].mean())
    has = counts > 0
    out[has] = grand + z.sum(axis=0)[has] / counts[has] * spread
    return out


def adjusted_fit(values: Any, mask: Any) -> tuple[Any, Any]:
    """Least squares for total = mu + nominee effect + judge severity on the cells in
    ``mask``: returns (nominee level mu + a_i, NaN when nobody scored it; judge severity
    b_j, summing to zero over the judges who scored anything, NaN for the others).

    The nominee parameters are absorbed (sparse normal equations): the judges' reduced
    system (diag(n_j) - C' diag(1/m_i) C) b = r is solved with the sum-to-zero constraint
    by least squares (a disconnected design gives the minimum-norm severities).
    """
    import numpy as np

    mask = np.asarray(mask, dtype=bool)
    y = np.where(mask, values, 0.0)
    c = mask.astype(float)
    m_i = c.sum(axis=0)  # judges per nominee
    n_j = c.sum(axis=1)  # nominees per judge
    nom = m_i > 0
    act = n_j > 0
    level = np.full(mask.shape[1], np.nan)
    sev = np.full(mask.shape[0], np.nan)
    if not nom.any():
        return level, sev
    cj = c[np.ix_(act, nom)]
    yj = y[np.ix_(act, nom)]
    inv_m = 1.0 / m_i[nom]
    col_mean = yj.sum(axis=0) * inv_m  # plain mean per nominee
    a_mat = np.diag(cj.sum(axis=1)) - (cj * inv_m) @ cj.T
    rhs = yj.sum(axis=1) - cj @ col_mean
    k = a_mat.shape[0]
    # the constraint sum(b) = 0 by a Lagrange multiplier (the system is singular along 1):
    # [[A, 1], [1', 0]] [b; l] = [r; 0], nonsingular when the design is connected; a
    # disconnected design falls back to least squares (minimum norm)
    border = np.zeros((k + 1, k + 1))
    border[:k, :k] = a_mat
    border[:k, k] = border[k, :k] = 1.0
    try:
        b = np.linalg.solve(border, np.concatenate([rhs, [0.0]]))[:k]
        if not np.all(np.isfinite(b)) or _components_of(cj) > 1:
            raise np.linalg.LinAlgError
    except np.linalg.LinAlgError:
        aug = np.vstack([a_mat, np.ones((1, k))])
        b = np.linalg.lstsq(aug, np.concatenate([rhs, [0.0]]), rcond=None)[0]
    b -= b.mean()
    sev[act] = b
    level[nom] = col_mean - (cj * b[:, None]).sum(axis=0) * inv_m
    return level, sev


def _components_of(mask: Any) -> int:
    """Connected components of the judges x nominees design (cells scored)."""
    from zerodx_desktop.core.stats import _components

    return _components(mask)


def adjusted_scores(matrix: Any) -> Any:
    """The ``adjusted`` panel score per nominee (NaN when nobody scored it)."""
    em = _as_exact(matrix)
    return adjusted_fit(em.floats(), em.mask)[0]


def pairwise_preferences(matrix: Any) -> Any:
    """d[a][b] = number of judges whose total for a is higher than for b (both scored),
    compared exactly."""
    import numpy as np

    em = _as_exact(matrix)
    n = em.shape[1]
    d = np.zeros((n, n), dtype=np.int32)
    gt = np.empty((n, n), dtype=bool)
    for row, m in zip(em.num, em.mask, strict=True):
        if row.dtype == object:
            gt[...] = np.greater(row[:, None], row[None, :]).astype(bool)
        else:
            np.greater(row[:, None], row[None, :], out=gt)
        gt &= m[:, None] & m[None, :]  # a nominee the judge did not score is not compared
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


def schulze_layers(beats: Any, alive: Any | None = None) -> Any:
    """Layer per nominee (0 = the winner set) of the strict partial order ``beats``
    (beats[a][b]: a beats b): each layer is the set of remaining nominees no remaining
    nominee beats. Works on a batch (..., n, n) too. Nominees not ``alive`` get layer -1."""
    import numpy as np

    beats = np.asarray(beats, dtype=bool)
    n = beats.shape[-1]
    left = np.ones(beats.shape[:-1], dtype=bool) if alive is None else alive.copy()
    layer = np.full(beats.shape[:-1], -1, dtype=np.int64)
    step = 0
    while left.any():
        # b is beaten by a remaining a
        beaten = np.any(beats & left[..., :, None], axis=-2)
        top = left & ~beaten
        if not top.any():  # cannot happen for a strict partial order; guard anyway
            top = left
        layer[top] = step
        left &= ~top
        step += 1
        if step > n:
            break
    return layer


def schulze_scores(matrix: Any) -> Any:
    """Per nominee: the number of nominees in later Schulze layers (see the module doc);
    nominees nobody scored are not compared and get 0."""
    import numpy as np

    em = _as_exact(matrix)
    p = strongest_paths(pairwise_preferences(em))
    scored = em.mask.any(axis=0)
    layer = schulze_layers(p > p.T, scored)
    out = np.zeros(em.shape[1], dtype=np.int64)
    for i in np.flatnonzero(scored):
        out[i] = int(((layer > layer[i]) & scored).sum())
    return out


def schulze_wins(matrix: Any) -> Any:
    """For each nominee, how many others it beats in Schulze's order (p[a][b] > p[b][a])."""
    import numpy as np

    p = strongest_paths(pairwise_preferences(matrix))
    return (p > p.T).sum(axis=1).astype(np.int64)


def schulze_winners(matrix: Any) -> list[int]:
    """Schulze's winner set: the nominees (indices) no other nominee beats (Schulze 2011,
    section 4.1), among the nominees someone scored."""
    em = _as_exact(matrix)
    p = strongest_paths(pairwise_preferences(em))
    scored = em.mask.any(axis=0)
    n = em.shape[1]
    return [a for a in range(n) if scored[a]
            and all(not (scored[b] and p[b, a] > p[a, b]) for b in range(n))]


def panel_scores_from_totals(
    totals: Mapping[str, Mapping[str, float | Fraction | None]], nominee_ids: Sequence[str],
    method: str
) -> dict[str, float | None]:
    """Mapping form of ``panel_scores``: nominee id -> panel score (None: nobody scored)."""
    values = panel_scores(totals_matrix(totals, nominee_ids), method)
    return dict(zip(nominee_ids, values, strict=True))


def rank(scores: Sequence[float | None],
         keys: Sequence[Any] | None = None) -> list[tuple[int | None, bool]]:
    """Competition ranking ("1, 2, 2, 4"), highest first, ties explicit.

    ``keys`` (from :func:`method_scores`) decide order and ties exactly; without them the
    scores rounded to 9 decimals do. Returns (rank, tied) per input position; a None score
    is unranked: (None, False).
    """
    if keys is None:
        keys = [None if s is None else round(s, _TIE_DECIMALS) for s in scores]
    keyed = [(k, i) for i, (s, k) in enumerate(zip(scores, keys, strict=True))
             if s is not None]
    keyed.sort(key=lambda t: t[0], reverse=True)
    out: list[tuple[int | None, bool]] = [(None, False)] * len(scores)
    counts: dict[Any, int] = {}
    for value, _ in keyed:
        counts[value] = counts.get(value, 0) + 1
    position = 0
    current_rank = 0
    previous: Any = None
    for value, i in keyed:
        position += 1
        if previous is None or value != previous:
            current_rank = position
            previous = value
        out[i] = (current_rank, counts[value] > 1)
    return out


def order(scores: Sequence[float | None], keys: Sequence[Any] | None = None) -> list[int]:
    """Indices sorted by rank (ties in input order), unranked last."""
    ranks = rank(scores, keys)
    return sorted(range(len(scores)),
                  key=lambda i: (ranks[i][0] is None, ranks[i][0] or 0, i))


# -- uncertainty: a bootstrap over judges ------------------------------------------------

@dataclass
class Uncertainty:
    """Per nominee: share of resamples ranked first (ties share) and the 90 % rank interval;
    None for all when the bootstrap could not be run (``note`` says why)."""

    p_first: list[float | None]
    rank_interval: list[tuple[int, int] | None]
    resamples: int = 0
    note: str = ""


def _ranks_desc(scores: Any) -> Any:
    """Competition ranks (1 = highest) per row of a (B, n) float array; NaN ranks last
    (tied with the other NaNs)."""
    import numpy as np

    s = np.where(np.isnan(scores), -np.inf, scores)
    neg = -s
    srt = np.sort(neg, axis=1)
    out = np.empty(s.shape, dtype=np.int64)
    for b in range(s.shape[0]):
        out[b] = np.searchsorted(srt[b], neg[b], side="left") + 1
    return out


def _boot_order_stats(x: Any, mask: Any, w: Any, method: str, chunk: int = 32) -> Any:
    """median / trimmed per resample (weights = judge multiplicities), vectorised over
    resamples and a chunk of nominees: (B, n)."""
    import numpy as np

    n_b = w.shape[0]
    n_n = x.shape[1]
    out = np.full((n_b, n_n), np.nan)
    big = np.where(mask, x, np.inf)
    order_idx = np.argsort(big, axis=0, kind="stable")  # judges sorted per nominee
    xs = np.take_along_axis(big, order_idx, axis=0)  # (J, n)
    ms = np.take_along_axis(mask, order_idx, axis=0)
    for c0 in range(0, n_n, chunk):
        sl = slice(c0, min(n_n, c0 + chunk))
        wts = w[:, order_idx[:, sl]] * ms[None, :, sl]  # (B, J, c)
        cum = np.cumsum(wts, axis=1)
        n = cum[:, -1, :]  # (B, c)
        vals = np.where(ms[:, sl], xs[:, sl], 0.0)[None]  # (1, J, c)
        if method == Method.TRIMMED:
            g = n / 5.0
            prev = cum - wts
            part = np.clip(np.minimum(cum, (n - g)[:, None, :])
                           - np.maximum(prev, g[:, None, :]), 0.0, None)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[:, sl] = (part * vals).sum(axis=1) / (n - 2 * g)
        else:
            lo_pos = np.floor((n + 1) / 2.0)  # 1-based positions of the middle values
            hi_pos = np.floor(n / 2.0) + 1
            lo_i = (cum < lo_pos[:, None, :]).sum(axis=1)
            hi_i = (cum < hi_pos[:, None, :]).sum(axis=1)
            j_max = x.shape[0] - 1
            v = np.broadcast_to(vals, cum.shape)
            lo_v = np.take_along_axis(v, np.minimum(lo_i, j_max)[:, None, :], axis=1)[:, 0]
            hi_v = np.take_along_axis(v, np.minimum(hi_i, j_max)[:, None, :], axis=1)[:, 0]
            out[:, sl] = (lo_v + hi_v) / 2.0
        out[:, sl][n == 0] = np.nan
    return out


def _boot_adjusted(x: Any, mask: Any, w: Any, tol: float = 1e-7,
                   max_iter: int = 1000) -> Any:
    """``adjusted`` per resample by backfitting (alternating nominee and judge means,
    weighted by multiplicity), vectorised over resamples; severities centred so that their
    multiplicity-weighted sum is zero. (B, n)."""
    import numpy as np

    c = mask.astype(float)
    y = np.where(mask, x, 0.0)
    m = w @ c  # (B, n) judges per nominee in each resample
    n_j = c.sum(axis=1)  # nominees per judge (fixed)
    wy = w @ y
    sev = np.zeros(w.shape)
    with np.errstate(invalid="ignore", divide="ignore"):
        level = wy / m
        for _ in range(max_iter):
            level = (wy - (w * sev) @ c) / m
            filled = np.where(np.isnan(level), 0.0, level)
            new = (y.sum(axis=1)[None] - filled @ c.T) / np.where(n_j > 0, n_j, 1.0)[None]
            new = np.where(w > 0, new, 0.0)
            wsum = w.sum(axis=1, keepdims=True)
            new -= (w * new).sum(axis=1, keepdims=True) / wsum
            new = np.where(w > 0, new, 0.0)
            delta = float(np.nanmax(np.abs(new - sev))) if new.size else 0.0
            sev = new
            if delta < tol:
                break
        level = (wy - (w * sev) @ c) / m
    return level


def bootstrap(matrix: Any, method: str, resamples: int = BOOTSTRAP_RESAMPLES,
              seed: int = BOOTSTRAP_SEED) -> Uncertainty:
    """Resample the judges with replacement ``resamples`` times (fixed seed), recompute the
    panel score by ``method`` and rank: each nominee's ``p_first`` (share of resamples in
    which it ranks first; t nominees tied first get 1/t each) and 90 % ``rank_interval``
    (the 5th and 95th percentiles of its competition rank; a nominee no drawn judge scored
    ranks last). Judges who scored nothing are not resampled."""
    import numpy as np

    em = _as_exact(matrix)
    active = em.mask.any(axis=1)
    n_n = em.shape[1]
    none = Uncertainty([None] * n_n, [None] * n_n)
    if active.sum() < 2:
        none.note = Message("needs at least two judges who scored")
        return none
    if n_n < 2:
        none.note = Message("needs at least two nominees")
        return none
    if method == Method.SCHULZE and n_n > SCHULZE_BOOTSTRAP_MAX:
        none.note = Message("not computed for Schulze above {n} nominees (1,000 "
                            "strongest-path computations)", n=SCHULZE_BOOTSTRAP_MAX)
        return none
    sub = ExactMatrix(em.num[active], em.mask[active], em.den)
    mask = sub.mask
    n_j = mask.shape[0]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_j, size=(resamples, n_j))
    w = np.zeros((resamples, n_j))
    np.add.at(w, (np.repeat(np.arange(resamples), n_j), draws.ravel()), 1.0)
    ints = sub.ints_as_float()
    exact = (Method.MEAN, Method.MEDIAN, Method.TRIMMED, Method.SCHULZE)
    x = ints if ints is not None and method in exact else np.nan_to_num(sub.floats())
    x = np.where(mask, x, 0.0)
    c = mask.astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        if method == Method.MEAN:
            scores = (w @ x) / (w @ c)
        elif method in (Method.MEDIAN, Method.TRIMMED):
            scores = _boot_order_stats(x, mask, w, method)
        elif method == Method.ZSCORE:
            _act, means, sds, dev = _judge_moments(sub)
            z = np.where(mask & (sds[:, None] > 0), dev / np.where(sds > 0, sds, 1.0)[:, None],
                         0.0)
            grand = (w @ means) / w.sum(axis=1)
            spread = (w @ sds) / w.sum(axis=1)
            scores = grand[:, None] + (w @ z) / (w @ c) * spread[:, None]
        elif method == Method.ADJUSTED:
            scores = _boot_adjusted(x, mask, w)
        else:
            scores = _boot_schulze(x, mask, w)
    scores = np.where((w @ c) > 0, scores, np.nan)
    if ints is None or method in (Method.ZSCORE, Method.ADJUSTED):
        scores = np.round(scores, _TIE_DECIMALS)
    ranks = _ranks_desc(scores)
    first = ranks == 1
    share = first / first.sum(axis=1, keepdims=True)
    p_first = share.mean(axis=0)
    lo = np.quantile(ranks, 0.05, axis=0, method="inverted_cdf")
    hi = np.quantile(ranks, 0.95, axis=0, method="inverted_cdf")
    scored = mask.any(axis=0)
    return Uncertainty(
        p_first=[float(p_first[i]) if scored[i] else None for i in range(n_n)],
        rank_interval=[(int(lo[i]), int(hi[i])) if scored[i] else None for i in range(n_n)],
        resamples=resamples)


def _boot_schulze(x: Any, mask: Any, w: Any) -> Any:
    """Schulze per resample as layer scores (B, n): preferences weighted by multiplicity,
    strongest paths batched over resamples."""
    import numpy as np

    n_j, n = mask.shape
    prefs = np.zeros((n_j, n * n), dtype=np.float32)
    for j in range(n_j):
        gt = (x[j][:, None] > x[j][None, :]) & mask[j][:, None] & mask[j][None, :]
        prefs[j] = gt.ravel()
    d = (w.astype(np.float32) @ prefs).reshape(-1, n, n)
    p = np.where(d > np.swapaxes(d, 1, 2), d, 0.0).astype(np.float32)
    idx = np.arange(n)
    p[:, idx, idx] = 0
    for k in range(n):
        np.maximum(p, np.minimum(p[:, :, k:k + 1], p[:, k:k + 1, :]), out=p)
    p[:, idx, idx] = 0
    alive = (w @ mask.astype(float)) > 0
    layer = schulze_layers(p > np.swapaxes(p, 1, 2), alive)
    # higher is better: minus the layer (ties within a layer stay ties)
    return np.where(alive, -layer.astype(float), np.nan)


def separation(ids: Sequence[str], names: Mapping[str, str], ranks: Sequence[int | None],
               unc: Uncertainty) -> list[str]:
    """Plain sentences on what the panel can and cannot tell apart (from the bootstrap), as
    :class:`~zerodx_desktop.core.messages.Message` (English ``str`` with an id and arguments)."""
    if not any(p is not None for p in unc.p_first):
        if unc.note:
            return [Message("How sure the ranking is could not be estimated ({why}).",
                            why=unc.note)]
        return [Message("How sure the ranking is could not be estimated.")]
    out: list[str] = []
    order_ids = sorted((i for i in range(len(ids)) if ranks[i] is not None),
                       key=lambda i: (ranks[i], i))
    contenders = [i for i in order_ids if (unc.p_first[i] or 0) >= 0.05]
    pct = {i: round(100 * (unc.p_first[i] or 0)) for i in order_ids}
    if len(contenders) <= 1 and order_ids and (unc.p_first[order_ids[0]] or 0) >= 0.95:
        out.append(Message("{name} ranks first in {pct}% of {n} resamples of the judges: "
                           "the panel clearly tells the winner apart.",
                           name=names.get(ids[order_ids[0]], ids[order_ids[0]]),
                           pct=pct[order_ids[0]], n=f"{unc.resamples:,}"))
    else:
        parts = [f"{names.get(ids[i], ids[i])} ({pct[i]}%)" for i in contenders[:6]]
        out.append(Message("The panel cannot tell the winner apart with confidence: first "
                           "place in resamples of the judges goes to {names}.",
                           names=join_names(parts)))
    # neighbours whose 90 % rank intervals overlap cannot be told apart
    groups: list[list[int]] = []
    for i in order_ids[:10]:
        iv = unc.rank_interval[i]
        if iv is None:
            continue
        if groups:
            prev = unc.rank_interval[groups[-1][-1]]
            if prev is not None and iv[0] <= prev[1]:
                groups[-1].append(i)
                continue
        groups.append([i])
    clear = [g[0] for g in groups if len(g) == 1]
    for g in groups:
        if len(g) > 1:
            # why the ignore below: each group holds scored nominees only, whose interval is set
            lo = min(unc.rank_interval[i][0] for i in g)  # type: ignore[index]
            # why the ignore below: each group holds scored nominees only, whose interval is set
            hi = max(unc.rank_interval[i][1] for i in g)  # type: ignore[index]
            who = join_names([names.get(ids[i], ids[i]) for i in g])
            if lo == hi:
                out.append(Message("The panel cannot tell {names} apart: they share place "
                                   "{place}.", names=who, place=lo))
            else:
                out.append(Message("The panel cannot tell {names} apart: their 90% rank "
                                   "intervals overlap (places {low}-{high}).",
                                   names=who, low=lo, high=hi))
    if clear and len(clear) < len(groups):
        placed = join_names([names.get(ids[i], ids[i]) for i in clear])
        if placed.endswith("."):
            out.append(Message("Clearly placed: {names}", names=placed))
        else:
            out.append(Message("Clearly placed: {names}.", names=placed))
    elif clear:
        out.append(Message("Every place in the top ten is clearly separated from the next."))
    return out


def join_names(parts: Sequence[str]) -> str:
    return _join_names(list(parts))


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


# -- dimension profile ----------------------------------------------------------------------

def panel_dimension_scores(
    weights: Weights, levels: Mapping[tuple[str, str, str], int]
) -> dict[str, dict[DimensionKey, float | None]]:
    """The panel's figure per nominee and dimension, from ``levels`` ((judge, nominee,
    criterion) -> level, as ``PanelResult.levels``): the mean over the judges of each judge's
    dimension subtotal (``core.scoring.dimension_subtotals``, each rounded once from its exact
    value); a judge who scored nothing in the dimension does not count, and no such judge
    gives None. The rule of the ranking's domain subtotals (a mean of the judges' float
    subtotals) one level down. Nominees without any level are absent."""
    by_pair: dict[tuple[str, str], dict[str, int]] = {}
    for (judge, nominee, criterion), level in levels.items():
        by_pair.setdefault((judge, nominee), {})[criterion] = level
    sums: dict[str, dict[DimensionKey, list[float]]] = {}
    for (_judge, nominee), judge_levels in by_pair.items():
        per_dim = sums.setdefault(nominee, {k: [] for k in weights.dimension_keys})
        for key, value in dimension_subtotals(weights, judge_levels).items():
            if value is not None:
                per_dim[key].append(value)
    return {nominee: {key: (math.fsum(vals) / len(vals) if vals else None)
                      for key, vals in per_dim.items()}
            for nominee, per_dim in sums.items()}
