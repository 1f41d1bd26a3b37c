"""A small domain chart painted with QPainter (no QtCharts): radar for 3+ axes, bars below.

Values are on a 0..``maximum`` scale (domain subtotals are 0–100). Each series is drawn in its
own colour with a legend; a missing value (None) is drawn at the centre / as no bar and marked
"n/a" on its label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from zerodx_desktop.ui.i18n import fmt_number

PALETTE = ("#1565c0", "#9e9e9e", "#2e7d32", "#ef6c00")


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]
    colour: str = PALETTE[0]


class DomainChart(QWidget):
    """Radar (3 or more axes) or horizontal bars (1–2 axes) of domain scores."""

    RINGS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[str] = []
        self._series: list[Series] = []
        self._maximum = 100.0
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, axes: list[str], series: list[Series], maximum: float = 100.0) -> None:
        for s in series:
            if len(s.values) != len(axes):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values "
                                 f"for {len(axes)} axes")
        self._axes = list(axes)
        self._series = list(series)
        self._maximum = maximum if maximum > 0 else 100.0
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    @property
    def kind(self) -> str:
        """"radar", "bars" or "empty": what the chart draws for its data."""
        if not self._axes or not self._series:
            return "empty"
        return "radar" if len(self._axes) >= 3 else "bars"

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def render_image(self, size: QSize | None = None) -> QImage:
        """The chart as an image (for tests and for copying)."""
        size = size or self.sizeHint()
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        self._paint(p, QRectF(0, 0, size.width(), size.height()))
        p.end()
        return img

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self._paint(p, QRectF(self.rect()))
        p.end()

    # -- painting --------------------------------------------------------------------------
    def _frac(self, v: float | None) -> float:
        if v is None:
            return 0.0
        return max(0.0, min(1.0, v / self._maximum))

    def _paint(self, p: QPainter, rect: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(pal.ColorRole.WindowText)
        if self.kind == "empty":
            p.setPen(text_colour)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No domain scores"))
            return
        fm = QFontMetricsF(p.font())
        legend_h = fm.height() + 6
        body = rect.adjusted(4, 4, -4, -4 - legend_h)
        if self.kind == "radar":
            self._paint_radar(p, body, fm, text_colour)
        else:
            self._paint_bars(p, body, fm, text_colour)
        self._paint_legend(p, QRectF(rect.left() + 6, rect.bottom() - legend_h,
                                     rect.width() - 12, legend_h), fm, text_colour)

    def _label(self, i: int) -> str:
        if all(s.values[i] is None for s in self._series):
            return f"{self._axes[i]} (n/a)"
        return self._axes[i]

    def _paint_radar(self, p: QPainter, rect: QRectF, fm: QFontMetricsF,
                     text_colour: QColor) -> None:
        n = len(self._axes)
        label_w = min(max(fm.horizontalAdvance(self._label(i)) for i in range(n)),
                      rect.width() / 3)
        radius = max(10.0, min(rect.width() / 2 - label_w - 8, rect.height() / 2 - fm.height()
                               - 4))
        centre = rect.center()

        def point(i: int, frac: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            return QPointF(centre.x() + radius * frac * math.cos(angle),
                           centre.y() + radius * frac * math.sin(angle))

        grid = QPen(QColor("#bdbdbd"))
        grid.setWidthF(0.8)
        p.setPen(grid)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for ring in range(1, self.RINGS + 1):
            path = QPainterPath(point(0, ring / self.RINGS))
            for i in range(1, n):
                path.lineTo(point(i, ring / self.RINGS))
            path.closeSubpath()
            p.drawPath(path)
        for i in range(n):
            p.drawLine(centre, point(i, 1.0))
        for s in self._series:
            colour = QColor(s.colour)
            pen = QPen(colour)
            pen.setWidthF(2.0)
            fill = QColor(colour)
            fill.setAlpha(60)
            p.setPen(pen)
            p.setBrush(fill)
            path = QPainterPath(point(0, self._frac(s.values[0])))
            for i in range(1, n):
                path.lineTo(point(i, self._frac(s.values[i])))
            path.closeSubpath()
            p.drawPath(path)
            p.setBrush(colour)
            for i in range(n):
                if s.values[i] is not None:
                    p.drawEllipse(point(i, self._frac(s.values[i])), 2.5, 2.5)
        p.setPen(text_colour)
        for i in range(n):
            anchor = point(i, 1.0)
            text = fm.elidedText(self._label(i), Qt.TextElideMode.ElideRight, label_w)
            w, h = fm.horizontalAdvance(text), fm.height()
            dx = anchor.x() - centre.x()
            x = anchor.x() - w / 2 if abs(dx) < 1 else (anchor.x() + 6 if dx > 0
                                                        else anchor.x() - w - 6)
            dy = anchor.y() - centre.y()
            y = anchor.y() - h / 2 if abs(dy) < radius * 0.3 else (anchor.y() + 2 if dy > 0
                                                                   else anchor.y() - h - 2)
            p.drawText(QRectF(x, y, w + 1, h), Qt.AlignmentFlag.AlignLeft, text)

    def _paint_bars(self, p: QPainter, rect: QRectF, fm: QFontMetricsF,
                    text_colour: QColor) -> None:
        n, k = len(self._axes), len(self._series)
        label_w = min(max(fm.horizontalAdvance(self._label(i)) for i in range(n)) + 8,
                      rect.width() / 3)
        value_w = fm.horizontalAdvance("100.0") + 6
        plot = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w - value_w,
                      rect.height())
        group_h = plot.height() / n
        bar_h = max(4.0, min(22.0, (group_h - 8) / k))
        p.setPen(QPen(QColor("#bdbdbd")))
        for ring in range(self.RINGS + 1):
            x = plot.left() + plot.width() * ring / self.RINGS
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for i in range(n):
            top = plot.top() + i * group_h + (group_h - bar_h * k) / 2
            p.setPen(text_colour)
            label = fm.elidedText(self._label(i), Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(rect.left(), top, label_w - 8, bar_h * k),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for j, s in enumerate(self._series):
                v = s.values[i]
                y = top + j * bar_h
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(s.colour))
                p.drawRect(QRectF(plot.left(), y + 1, plot.width() * self._frac(v), bar_h - 2))
                p.setPen(text_colour)
                p.drawText(QRectF(plot.right() + 4, y, value_w, bar_h),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           self.tr("n/a") if v is None else fmt_number(v, 1))

    def _paint_legend(self, p: QPainter, rect: QRectF, fm: QFontMetricsF,
                      text_colour: QColor) -> None:
        x = rect.left()
        for s in self._series:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(s.colour))
            p.drawRect(QRectF(x, rect.top() + (rect.height() - 10) / 2, 10, 10))
            p.setPen(text_colour)
            w = fm.horizontalAdvance(s.name)
            p.drawText(QRectF(x + 14, rect.top(), w + 2, rect.height()),
                       Qt.AlignmentFlag.AlignVCenter, s.name)
            x += 14 + w + 16
