"""The PDFs' drawings: a nominee's domain radar (bars below three domains), the
rank-range plot of the bootstrap, a feedback letter's strip of every nominee's score."""

from __future__ import annotations

import math
from typing import Any

from zerodx_desktop.core.result import RankingRow
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.fonts import CJK, SANS, SANS_BOLD, clean
from zerodx_desktop.formats.pdf.layout import ACCENT, ACCENT_LIGHT, GRID, MUTED
from zerodx_desktop.formats.pdf.words import num, rank_label


def domain_key(i: int) -> str:
    """The short key of the ``i``-th domain on a radar chart: A, B, ... Z, then D27, D28."""
    return chr(ord("A") + i) if i < 26 else f"D{i + 1}"


def domain_chart(labels: list[str], values: list[float | None],
                  panel_avg: list[float | None], size: tuple[float, float]) -> Any:
    """A radar of the nominee's domain scores (0-100) against the panel average.

    With fewer than three domains a radar says nothing, so bars are drawn instead.
    """
    from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
    from reportlab.lib import colors

    w, h = size
    d = Drawing(w, h)
    accent = colors.HexColor(ACCENT)
    grey = colors.HexColor("#8a96a3")
    grid = colors.HexColor("#ccd5de")
    n = len(labels)

    def label_font(text: str) -> str:
        return SANS if all(fonts.register_fonts().font_for(ch, SANS) == SANS
                           for ch in text) else CJK

    if n < 3:
        bar_h = min(22.0, (h - 30) / max(1, 2 * n))
        top = h - 16
        left = 6.0
        span = w - left - 40
        for i, lab in enumerate(labels):
            y = top - i * (2 * bar_h + 16)
            t = fonts.fit(clean(lab), SANS, 7.5, w - 10)
            d.add(String(left, y, t, fontName=label_font(t), fontSize=7.5,
                         fillColor=colors.HexColor("#33404d")))
            v, a = values[i], panel_avg[i]
            d.add(Rect(left, y - bar_h - 2, span, bar_h, fillColor=colors.HexColor("#eef2f6"),
                       strokeColor=None))
            if v is not None:
                d.add(Rect(left, y - bar_h - 2, span * max(0, min(v, 100)) / 100, bar_h,
                           fillColor=accent, strokeColor=None))
                d.add(String(left + span + 4, y - bar_h + 4, num(v), fontName=SANS,
                             fontSize=8))
            if a is not None:
                x = left + span * max(0, min(a, 100)) / 100
                d.add(Line(x, y - bar_h - 5, x, y + 1, strokeColor=colors.HexColor("#c0392b"),
                           strokeWidth=1.2))
        return d

    # The axes carry short keys ("A", "B", ...) that the domain table beside the chart
    # spells out: whole domain titles around a radar either wrap mid-phrase or shrink it.
    cx, cy = w / 2, h / 2
    r = min(w / 2 - 18, h / 2 - 16)

    def pt(i: int, v: float) -> tuple[float, float]:
        ang = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * v / 100 * math.cos(ang), cy + r * v / 100 * math.sin(ang)

    for ring in (20, 40, 60, 80, 100):
        pts: list[float] = []
        for i in range(n):
            pts.extend(pt(i, ring))
        d.add(Polygon(pts, fillColor=None, strokeColor=grid, strokeWidth=0.5))
    for i in range(n):
        x, y = pt(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.5))
    d.add(String(cx - 3, cy + r * 0.5 - 2, "50", fontName=SANS, fontSize=5.5, fillColor=grey,
                 textAnchor="end"))
    d.add(String(cx - 3, cy + r - 5, "100", fontName=SANS, fontSize=5.5, fillColor=grey,
                 textAnchor="end"))

    if any(a is not None for a in panel_avg):
        pts = []
        for i, a in enumerate(panel_avg):
            pts.extend(pt(i, max(0.0, min(a or 0.0, 100.0))))
        pts.extend(pts[:2])
        d.add(PolyLine(pts, strokeColor=colors.HexColor("#c0392b"), strokeWidth=1,
                       strokeDashArray=[3, 2]))
    if any(v is not None for v in values):
        pts = []
        for i, v in enumerate(values):
            pts.extend(pt(i, max(0.0, min(v or 0.0, 100.0))))
        d.add(Polygon(pts, fillColor=colors.Color(0.12, 0.31, 0.47, alpha=0.25),
                      strokeColor=accent, strokeWidth=1.4))
    for i in range(n):
        ang = math.pi / 2 - 2 * math.pi * i / n
        x = cx + (r + 10) * math.cos(ang)
        y = cy + (r + 10) * math.sin(ang) - 3.5
        d.add(String(x, y, domain_key(i), fontName=SANS_BOLD, fontSize=10,
                     textAnchor="middle", fillColor=accent))
    return d


def rank_range_chart(rows: list[RankingRow], width: float) -> Any:
    """A rank-range plot: per nominee (top down) a bar over its 90 % rank interval and a dot
    at its official rank; the rank axis runs left (1st) to right."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    shown = [r for r in rows if r.rank_interval is not None]
    n_max = max([r.rank_interval[1] for r in shown if r.rank_interval] + [r.rank for r in shown]
                + [2])
    row_h, label_w, top, bottom = 11.0, 0.0, 6.0, 18.0
    h = top + bottom + row_h * len(shown)
    d = Drawing(width, h)
    x0, x1 = 30.0, width - 8.0  # the official rank labels each row on the left

    def x(rank: float) -> float:
        return x0 + (rank - 1) / max(1, n_max - 1) * (x1 - x0 - label_w)

    d.add(Line(x0, bottom - 4, x1, bottom - 4, strokeColor=colors.HexColor(GRID)))
    step = max(1, round(n_max / 10))
    for k in range(1, n_max + 1, step):
        d.add(Line(x(k), bottom - 6, x(k), bottom - 2, strokeColor=colors.HexColor(GRID)))
        d.add(String(x(k), bottom - 14, str(k), fontName=SANS, fontSize=7,
                     textAnchor="middle", fillColor=colors.HexColor("#5a6570")))
    for i, r in enumerate(shown):
        y = h - top - row_h * (i + 0.5)
        # why the ignore below: rows shown here all have a rank interval (unscored rows are skipped)
        lo, hi = r.rank_interval  # type: ignore[misc]
        d.add(Rect(x(lo) - 2, y - 2.5, x(hi) - x(lo) + 4, 5, strokeColor=None,
                   fillColor=colors.HexColor(ACCENT_LIGHT)))
        d.add(Circle(x(r.rank), y, 2.6, strokeColor=None, fillColor=colors.HexColor(ACCENT)))
        d.add(String(4, y - 2.5, rank_label(r), fontName=SANS_BOLD, fontSize=7,
                     fillColor=colors.HexColor("#1d232a")))
    return d


def distribution_chart(mine: float | None, others: list[float], width: float) -> Any:
    """A strip 0-100 with every nominee's score as an unnamed tick, this nominee's larger."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    h = 34.0
    d = Drawing(width, h)
    left, span, y = 6.0, width - 12.0, 16.0
    d.add(Rect(left, y - 3, span, 6, fillColor=colors.HexColor("#eef2f6"), strokeColor=None))
    for v in others:
        x = left + span * max(0.0, min(v, 100.0)) / 100
        d.add(Line(x, y - 6, x, y + 6, strokeColor=colors.HexColor("#8a96a3"),
                   strokeWidth=0.8))
    for tick in (0, 50, 100):
        x = left + span * tick / 100
        d.add(String(x, 1, str(tick), fontName=SANS, fontSize=6.5,
                     fillColor=colors.HexColor(MUTED), textAnchor="middle"))
    if mine is not None:
        x = left + span * max(0.0, min(mine, 100.0)) / 100
        d.add(Circle(x, y, 4.5, fillColor=colors.HexColor(ACCENT), strokeColor=colors.white))
    return d
