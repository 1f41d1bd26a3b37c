"""One judge's scores for one nominee: total, domain subtotals, completeness.

A level is rescaled to 0..100 ((level - min) / (max - min) * 100) and combined as a weighted
mean with the framework's effective weights. Missing is missing, never zero: the weights are
renormalised over the criteria that were scored, and nothing scored gives ``None``.
Weights are computed once per framework (cached by its hash) because these functions run for
every nominee x judge.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from zerodx_desktop.core.framework import Framework

LevelMap = Mapping[str, int | None]


@dataclass(frozen=True)
class Weights:
    """Precomputed per-criterion weights of a framework, in framework order."""

    min: int
    span: int  # max - min (> 0)
    # (criterion id, weight in the total, domain index, weight within its domain)
    rows: tuple[tuple[str, float, int, float], ...]
    domain_ids: tuple[str, ...]

    @classmethod
    def of(cls, framework: Framework) -> Weights:
        total = framework.criterion_weights()
        rows: list[tuple[str, float, int, float]] = []
        for di, d in enumerate(framework.domains):
            within = framework.domain_criterion_weights(d.id)
            for c in d.criteria():
                rows.append((c.id, total[c.id], di, within[c.id]))
        return cls(
            min=framework.scale.min,
            span=framework.scale.max - framework.scale.min,
            rows=tuple(rows),
            domain_ids=tuple(d.id for d in framework.domains),
        )

    def rescale(self, criterion_id: str, level: int) -> float:
        """A level on the 0..100 scale; a level outside the scale is a bug upstream."""
        r = (level - self.min) / self.span
        if not 0.0 <= r <= 1.0 or isinstance(level, bool):
            raise ValueError(f"level {level!r} for {criterion_id} is outside the scale")
        return r * 100.0


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


def nominee_total(framework: Framework | Weights, levels: LevelMap) -> float | None:
    """Weighted mean of the scored criteria's rescaled levels (0..100), or None if none."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    num = 0.0
    den = 0.0
    get = levels.get
    for cid, weight, _di, _dw in w.rows:
        level = get(cid)
        if level is None:
            continue
        num += weight * w.rescale(cid, level)
        den += weight
    return num / den if den > 0 else None


def domain_subtotals(framework: Framework | Weights, levels: LevelMap) -> dict[str, float | None]:
    """Per domain id: the weighted mean within that domain (None when nothing in it scored)."""
    w = framework if isinstance(framework, Weights) else weights_for(framework)
    n = len(w.domain_ids)
    num = [0.0] * n
    den = [0.0] * n
    get = levels.get
    for cid, _weight, di, dweight in w.rows:
        level = get(cid)
        if level is None:
            continue
        num[di] += dweight * w.rescale(cid, level)
        den[di] += dweight
    return {did: (num[i] / den[i] if den[i] > 0 else None) for i, did in enumerate(w.domain_ids)}


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
