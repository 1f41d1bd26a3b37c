"""A merged result's dimension profile: the panel's figure per nominee and framework dimension.

The merge view draws it as a radar with one axis per dimension (Leadership, Organizational
Structure, Ecosystem, ...). The figures are computed by ``core.aggregate.panel_dimension_scores``
from the levels the result carries, so a result read back from its workbook gives the same
profile as the merge that wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass

from zerodx_desktop.core import aggregate
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import framework_from_dict
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.core.scoring import DimensionKey, weights_for
from zerodx_desktop.core.text import Text


@dataclass(frozen=True)
class DimensionAxis:
    key: DimensionKey  # (domain id, dimension id)
    title: Text  # the dimension's title
    domain_title: Text  # the title of the domain it belongs to


@dataclass(frozen=True)
class DimensionProfile:
    axes: tuple[DimensionAxis, ...]
    scores: dict[str, tuple[float | None, ...]]  # nominee id -> one figure (0..100) per axis
    average: tuple[float | None, ...]  # per axis: the mean over the nominees with a figure

    def of(self, nominee_id: str) -> tuple[float | None, ...]:
        """The nominee's figures (None on every axis when no judge scored the nominee)."""
        return self.scores.get(nominee_id, (None,) * len(self.axes))


def dimension_profile(result: PanelResult) -> DimensionProfile | None:
    """The result's profile by dimension; None when it cannot be drawn: no framework in the
    result, or no levels kept (a panel too large for every level: the domains remain).

    About half a second for 1,000 nominees: the chair's merge computes it in its worker and
    the controller keeps it with its result (``controllers.chair``), so the view never does.
    """
    doc = (result.panel_doc or {}).get("framework")
    if not isinstance(doc, dict) or not result.levels:
        return None
    try:
        framework = framework_from_dict(doc)
    except UserError:
        return None  # a result whose framework no longer loads: the chart keeps the domains
    weights = weights_for(framework)
    figures = aggregate.panel_dimension_scores(weights, result.levels)
    axes = tuple(DimensionAxis((d.id, m.id), m.title, d.title)
                 for d in framework.domains for m in d.dimensions)
    keys = [a.key for a in axes]
    scores = {nid: tuple(per_dim.get(k) for k in keys) for nid, per_dim in figures.items()}
    average: list[float | None] = []
    for i in range(len(keys)):
        vals = [x for v in scores.values() if (x := v[i]) is not None]
        average.append(sum(vals) / len(vals) if vals else None)
    return DimensionProfile(axes, scores, tuple(average))
