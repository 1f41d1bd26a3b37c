"""The assessment framework: scale, domains -> dimensions -> criteria, weights, descriptors.

``load_framework`` validates a framework document (JSON Schema in data/schemas) and builds
these immutable objects; ``Framework.hash`` identifies a version canonically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zerodx_desktop.core.text import Text


@dataclass(frozen=True)
class ScaleLevel:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class Scale:
    min: int
    max: int
    levels: tuple[ScaleLevel, ...]

    def level(self, value: int) -> ScaleLevel:
        for lv in self.levels:
            if lv.value == value:
                return lv
        raise KeyError(value)

    def contains(self, value: int) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Criterion:
    id: str
    question: Text
    guidance: Text
    weight: float
    descriptors: dict[int, Text]  # level value -> descriptor (optional per level)
    domain_id: str = ""
    dimension_id: str = ""


@dataclass(frozen=True)
class Dimension:
    id: str
    title: Text
    weight: float
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Domain:
    id: str
    title: Text
    weight: float
    dimensions: tuple[Dimension, ...]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: Text
    scale: Scale
    domains: tuple[Domain, ...]
    require_comment_for: frozenset[int]
    sample: bool
    raw: dict[str, Any] = field(repr=False, compare=False)  # the validated source document
    hash: str = ""  # "sha256:<hex>" of the canonical JSON of ``raw``

    def criteria(self) -> list[Criterion]:
        """Every criterion in framework order."""
        return [c for d in self.domains for dim in d.dimensions for c in dim.criteria]

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria():
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def criterion_weights(self) -> dict[str, float]:
        """Each criterion's effective weight in the nominee total (sums to 1).

        Weights are relative within their parent: domain share x dimension share x criterion
        share.
        """
        out: dict[str, float] = {}
        dsum = sum(d.weight for d in self.domains)
        for d in self.domains:
            msum = sum(m.weight for m in d.dimensions)
            for m in d.dimensions:
                csum = sum(c.weight for c in m.criteria)
                for c in m.criteria:
                    out[c.id] = (d.weight / dsum) * (m.weight / msum) * (c.weight / csum)
        return out
