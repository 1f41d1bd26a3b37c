"""One judge's scores for one nominee: total, domain subtotals, completeness.

A level is rescaled to 0..100 ((level - min) / (max - min) * 100) and combined as a weighted
mean with the framework's effective weights. Missing is missing, never zero: the weights are
renormalised over the criteria that were scored, and nothing scored gives ``None``.

The arithmetic is exact: a weight given as a JSON number is read through its decimal text
(``Fraction(str(w))``: 0.1 is 1/10, not the nearest binary float), the effective weights are
scaled to integers over one common denominator, and a total is the fraction
``100 * sum(W_c * (level_c - min)) / (span * sum(W_c))``; it is rounded to a float once, at
the end (:func:`nominee_total`). Equal totals are therefore equal, whatever the order or the
criteria they came from (docs/contract.md §5).
Weights are computed once per framework (cached by its hash) because these functions run for
every nominee x judge.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from math import lcm

from zerodx_desktop.core.framework import Framework


class NomineeStatus(StrEnum):
    """How far a judge is with one nominee: the app's list and ``zerodx status`` use these."""
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    RECUSED = "recused"
    NOT_ASSIGNED = "not_assigned"  # the organizer gave this nominee to other judges


LevelMap = Mapping[str, int | None]
DimensionKey = tuple[str, str]  # (domain id, dimension id): dimension ids are unique per domain


@dataclass(frozen=True)
class Weights:
    """Precomputed per-criterion weights of a framework, in framework order."""

    min: int
    span: int  # max - min (> 0)
    # (criterion id, weight in the total, domain index, weight within its domain)
    rows: tuple[tuple[str, float, int, float], ...]
    domain_ids: tuple[str, ...]
    # exact integer weights, in framework order: in the total (one common denominator for the
    # framework) and within the criterion's domain (one common denominator per domain); only
    # ratios matter, so the scale factors cancel
    int_total: tuple[int, ...] = ()
    int_within: tuple[int, ...] = ()
    # the dimensions in framework order, each row's dimension index, and the exact integer
    # weight of each criterion within its dimension (one common denominator per dimension)
    dimension_keys: tuple[DimensionKey, ...] = ()
    row_dimension: tuple[int, ...] = ()
    int_in_dimension: tuple[int, ...] = ()

    @classmethod
    def of(cls, framework: Framework) -> Weights:
        total, within = exact_weights(framework)
        rows: list[tuple[str, float, int, float]] = []
        for di, d in enumerate(framework.domains):
            for c in d.criteria():
                rows.append((c.id, float(total[c.id]), di, float(within[c.id])))
        int_total = _integers([total[r[0]] for r in rows])
        int_within: list[int] = [0] * len(rows)
        for di in range(len(framework.domains)):
            idx = [i for i, r in enumerate(rows) if r[2] == di]
            for i, v in zip(idx, _integers([within[rows[i][0]] for i in idx]), strict=True):
                int_within[i] = v
        keys: list[DimensionKey] = []
        row_dimension: list[int] = []
        int_in_dimension: list[int] = []
        for d in framework.domains:
            for m in d.dimensions:
                row_dimension += [len(keys)] * len(m.criteria)
                int_in_dimension += _integers([exact(c.weight) for c in m.criteria])
                keys.append((d.id, m.id))
        return cls(
            min=framework.scale.min,
            span=framework.scale.max - framework.scale.min,
            rows=tuple(rows),
            domain_ids=tuple(d.id for d in framework.domains),
            int_total=tuple(int_total),
            int_within=tuple(int_within),
            dimension_keys=tuple(keys),
            row_dimension=tuple(row_dimension),
            int_in_dimension=tuple(int_in_dimension),
        )

    def rescale(self, criterion_id: str, level: int) -> float:
        """A level on the 0..100 scale; a level outside the scale is a bug upstream."""
        r = (level - self.min) / self.span
        if not 0.0 <= r <= 1.0 or isinstance(level, bool):
            raise ValueError(f"level {level!r} for {criterion_id} is outside the scale")
        return r * 100.0


def exact(weight: float | int | str) -> Fraction:
    """A weight as an exact fraction of its decimal text (0.1 -> 1/10)."""
    return Fraction(str(weight))


def exact_weights(framework: Framework) -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """(weight in the total, weight within its domain) per criterion id, as exact fractions:
    domain share x dimension share x criterion share, each relative within its parent."""
    total: dict[str, Fraction] = {}
    within: dict[str, Fraction] = {}
    dsum = sum((exact(d.weight) for d in framework.domains), Fraction(0))
    for d in framework.domains:
        msum = sum((exact(m.weight) for m in d.dimensions), Fraction(0))
        for m in d.dimensions:
            csum = sum((exact(c.weight) for c in m.criteria), Fraction(0))
            for c in m.criteria:
                share = (exact(m.weight) / msum) * (exact(c.weight) / csum)
                within[c.id] = share
                total[c.id] = (exact(d.weight) / dsum) * share
    return total, within


def _integers(fractions: list[Fraction]) -> list[int]:
    """Fractions scaled to integers over their common denominator (ratios unchanged)."""
    if not fractions:
        return []
    den = lcm(*(f.denominator for f in fractions))
    return [int(f * den) for f in fractions]


_CACHE: OrderedDict[str, Weights] = OrderedDict()
_CACHE_SIZE = 16


def weights_for(framework: Framework) -> Weights:
    """The framework's ``Weights``, cached by ``framework.hash`` (not cached when it has none)."""
    key = framework.hash
    if not key:
        return Weights.of(framework)
    found = _CACHE.get(key)
    if found is None:
        found = Weights.of(framework)
        _CACHE[key] = found
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return found


def rescale(framework: Framework, level: int) -> float:
    """``level`` on 0..100 (min -> 0, max -> 100)."""
    return weights_for(framework).rescale("level", level)


def nominee_total_exact(framework: Framework | Weights, levels: LevelMap) -> Fraction | None:
    """The weighted mean of the scored criteria's rescaled levels (0..100) as an exact
    fraction, or None if nothing was scored."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    num = 0
    den = 0
    get = levels.get
    for (cid, _weight, _di, _dw), iw in zip(w.rows, w.int_total, strict=True):
        level = get(cid)
        if level is None:
            continue
        w.rescale(cid, level)  # the range check
        num += iw * (level - w.min)
        den += iw
    return Fraction(100 * num, w.span * den) if den > 0 else None


def nominee_total(framework: Framework | Weights, levels: LevelMap) -> float | None:
    """Weighted mean of the scored criteria's rescaled levels (0..100), or None if none;
    the exact total rounded once to a float."""
    exact_total = nominee_total_exact(framework, levels)
    return None if exact_total is None else float(exact_total)


def domain_subtotals_exact(framework: Framework | Weights,
                           levels: LevelMap) -> dict[str, Fraction | None]:
    """Per domain id: the exact weighted mean within that domain (None: nothing scored)."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    n = len(w.domain_ids)
    num = [0] * n
    den = [0] * n
    get = levels.get
    for (cid, _weight, di, _dw), iw in zip(w.rows, w.int_within, strict=True):
        level = get(cid)
        if level is None:
            continue
        w.rescale(cid, level)
        num[di] += iw * (level - w.min)
        den[di] += iw
    return {did: (Fraction(100 * num[i], w.span * den[i]) if den[i] > 0 else None)
            for i, did in enumerate(w.domain_ids)}


def domain_subtotals(framework: Framework | Weights, levels: LevelMap) -> dict[str, float | None]:
    """Per domain id: the weighted mean within that domain (None when nothing in it scored),
    the exact value rounded once to a float."""
    return {k: (None if v is None else float(v))
            for k, v in domain_subtotals_exact(framework, levels).items()}


def _dimension_sums(w: Weights, levels: LevelMap) -> tuple[list[int], list[int]]:
    """Per dimension (framework order): the weighted sum of the scored levels above the scale's
    minimum and the sum of their weights, as integers (the criterion weights within each
    dimension)."""
    n = len(w.dimension_keys)
    num = [0] * n
    den = [0] * n
    get = levels.get
    for (cid, _weight, _di, _dw), mi, iw in zip(w.rows, w.row_dimension, w.int_in_dimension,
                                                 strict=True):
        level = get(cid)
        if level is None:
            continue
        w.rescale(cid, level)
        num[mi] += iw * (level - w.min)
        den[mi] += iw
    return num, den


def dimension_subtotals_exact(framework: Framework | Weights,
                              levels: LevelMap) -> dict[DimensionKey, Fraction | None]:
    """Per dimension ((domain id, dimension id), in framework order): the exact weighted mean of
    the dimension's scored criteria on 0..100, by the criterion weights within the dimension
    (the rule of the total, one level down); None when nothing in it was scored."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    num, den = _dimension_sums(w, levels)
    return {key: (Fraction(100 * num[i], w.span * den[i]) if den[i] > 0 else None)
            for i, key in enumerate(w.dimension_keys)}


def dimension_subtotals(framework: Framework | Weights,
                        levels: LevelMap) -> dict[DimensionKey, float | None]:
    """:func:`dimension_subtotals_exact` rounded once to floats (integer numerator and
    denominator divided: Python's division of integers is correctly rounded)."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    num, den = _dimension_sums(w, levels)
    return {key: ((100 * num[i]) / (w.span * den[i]) if den[i] > 0 else None)
            for i, key in enumerate(w.dimension_keys)}


def needs_comment(level: int | None, comment: str | None,
                  require_comment_for: Collection[int]) -> bool:
    """True when ``level`` needs a justification (``require_comment_for``) and has none;
    a comment of only whitespace does not count."""
    return level is not None and level in require_comment_for and not (comment or "").strip()


def criterion_done(level: int | None, comment: str | None,
                   require_comment_for: Collection[int]) -> bool:
    """The one definition of a *done* criterion, for every progress count in the app: it has
    a level and, when the framework requires one for that level, a justification."""
    return level is not None and not needs_comment(level, comment, require_comment_for)


def completeness(
    framework: Framework, levels: LevelMap, comments: Mapping[str, str | None]
) -> tuple[int, int, list[str]]:
    """(criteria scored, criteria in the framework, criteria missing a required comment).

    A comment is required when the level is in ``framework.require_comment_for``; a comment of
    only whitespace does not count. The list is in framework order. Criteria *done*
    (:func:`criterion_done`) = scored - len(missing).
    """
    w = weights_for(framework)
    need = framework.require_comment_for
    scored = 0
    missing: list[str] = []
    for cid, _weight, _di, _dw in w.rows:
        level = levels.get(cid)
        if level is None:
            continue
        scored += 1
        if needs_comment(level, comments.get(cid), need):
            missing.append(cid)
    return scored, len(w.rows), missing
