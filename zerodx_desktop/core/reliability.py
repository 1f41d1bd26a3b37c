"""How far the judges' agreement can be trusted: bands and thresholds, as codes and numbers.

The statistics themselves are computed in :mod:`core.stats`; this module only judges them.
The words are said at the edges from these codes: the engine's reading
(``core.combine``, one catalogue of engine sentences shared by the app and the PDFs) and
the report's reliability tables (``formats.pdf.appendix``).

Krippendorff (2004, p. 241) for alpha: 0.800 and above reliable; from 0.667 tentative
conclusions only; below that weak; a negative alpha is systematic disagreement.
"""

from __future__ import annotations

from enum import StrEnum

ALPHA_RELIABLE = 0.8
ALPHA_TENTATIVE = 0.667
ORDER_STRONG = 0.7  # Kendall's W at or above: the judges largely agree on the order
ORDER_PARTIAL = 0.4  # at or above: they agree on it only in part
SEVERITY_POINTS = 5.0  # a judge this many points off the panel on average is named
WEAK_FOLLOWING = 0.3  # a judge whose totals correlate with the rest's below this is named


class AlphaBand(StrEnum):
    """Where a Krippendorff's alpha stands."""

    GOOD = "good"
    TENTATIVE = "tentative"
    WEAK = "weak"
    SYSTEMATIC = "systematic"  # below zero: the judges disagree more than chance


class OrderBand(StrEnum):
    """How far the judges agree on the order of the nominees (Kendall's W)."""

    STRONG = "strong"
    PARTIAL = "partial"
    WEAK = "weak"


def alpha_band(alpha: float) -> AlphaBand:
    """The band of ``alpha`` (Krippendorff's thresholds)."""
    if alpha >= ALPHA_RELIABLE:
        return AlphaBand.GOOD
    if alpha >= ALPHA_TENTATIVE:
        return AlphaBand.TENTATIVE
    if alpha >= 0:
        return AlphaBand.WEAK
    return AlphaBand.SYSTEMATIC


def below_tentative(alpha: float | None) -> bool:
    """An alpha too low even for tentative conclusions (a criterion worth flagging); an
    alpha that could not be computed is not flagged."""
    return alpha is not None and alpha < ALPHA_TENTATIVE


def order_band(w: float) -> OrderBand:
    """The band of Kendall's ``w``."""
    if w >= ORDER_STRONG:
        return OrderBand.STRONG
    if w >= ORDER_PARTIAL:
        return OrderBand.PARTIAL
    return OrderBand.WEAK


def far_from_panel(severity: float) -> bool:
    """A judge's mean offset from the panel (points) large enough to name the judge."""
    return abs(severity) > SEVERITY_POINTS


def follows_weakly(agreement: float) -> bool:
    """A judge's correlation with the rest of the panel low enough to name the judge."""
    return agreement < WEAK_FOLLOWING
