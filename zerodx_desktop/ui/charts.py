"""A small domain chart painted with QPainter (no QtCharts): radar for 3+ axes, bars below.

Values are on a 0..``maximum`` scale (domain and dimension figures are 0–100). Each series is
drawn in its own colour with a legend; a missing value (None) is drawn at the centre / as no
bar and marked "n/a" on its label. Radar labels wrap onto up to three lines (elided beyond);
the radius is the largest the labels leave room for, and the full text of an axis with its
values is the tooltip of its label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from zerodx_desktop.ui.i18n import fmt_number

PALETTE = ("#1565c0", "#9e9e9e", "#2e7d32", "#ef6c00")
LABEL_LINES = 3  # a radar label wraps onto at most this many lines, then is elided
LABEL_GAP = 4.0  # between an axis end and its label


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]
    colour: str = PALETTE[0]


def wrap_text(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """``text`` broken into lines at most ``width`` wide (at word boundaries, or anywhere in
    text without spaces such as Chinese), at most ``max_lines`` of them; the last line is
    elided when the text needs more. Returns (lines, elided)."""
    fm = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[a:a + n].strip() for a, n in spans[:max_lines]]
    elided = len(spans) > max_lines
    if elided:
        rest = text[spans[max_lines - 1][0]:].strip()
        lines[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines or [""], elided


@dataclass
class RadarLabel:
    box: QRectF
    lines: list[str]
    align: Qt.AlignmentFlag
    elided: bool
    leader: tuple[QPointF, QPointF] | None = None  # from the axis end to a label set aside


@dataclass
class RadarLayout:
    """Where the radar goes in a rectangle: centre, radius, first axis angle, the labels."""

    centre: QPointF
    radius: float
    start: float
    labels: list[RadarLabel] = field(default_factory=list)
    legend: QRectF = field(default_factory=QRectF)
    legend_rows: bool = False  # the legend's entries one per line (beside) or in one row

    def point(self, i: int, n: int, frac: float) -> QPointF:
        angle = self.start + 2 * math.pi * i / n
        return QPointF(self.centre.x() + self.radius * frac * math.cos(angle),
                       self.centre.y() + self.radius * frac * math.sin(angle))


def _overlapping(boxes: list[QRectF]) -> bool:
    """True when two of the (non-empty) boxes overlap."""
    live = [b for b in boxes if not b.isEmpty()]
    return any(a.intersects(b) for k, a in enumerate(live) for b in live[k + 1:])


class DomainChart(QWidget):
    """Radar (3 or more axes) or horizontal bars (1–2 axes) of domain or dimension figures."""

    RINGS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[str] = []
        self._details: list[str] = []
        self._series: list[Series] = []
        self._maximum = 100.0
        self._layout: RadarLayout | None = None  # the radar as last painted (for tooltips)
        # layouts by rectangle and font: a repaint or a tooltip does not lay the labels out again
        self._layouts: dict[tuple[float, float, float, float, str], RadarLayout] = {}
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, axes: list[str], series: list[Series], maximum: float = 100.0,
                 details: list[str] | None = None) -> None:
        """``axes`` are the labels drawn; ``details`` (one per axis) the full text of each
        axis for its tooltip (the label itself when not given)."""
        for s in series:
            if len(s.values) != len(axes):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values "
                                 f"for {len(axes)} axes")
        if details is not None and len(details) != len(axes):
            raise ValueError(f"{len(details)} details for {len(axes)} axes")
        self._axes = list(axes)
        self._details = list(details) if details is not None else list(axes)
        self._series = list(series)
        self._maximum = maximum if maximum > 0 else 100.0
        self._layout = None
        self._layouts.clear()
        # what a screen reader says: every axis with each series' value
        self.setAccessibleDescription("; ".join(
            f"{detail}: " + ", ".join(f"{s.name} {'n/a' if v is None else fmt_number(v, 1)}"
                                      for s in self._series for v in [s.values[i]])
            for i, detail in enumerate(self._details)))
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    @property
    def axes(self) -> list[str]:
        return list(self._axes)

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
        p.setFont(self.font())
        self._paint(p, QRectF(0, 0, size.width(), size.height()))
        p.end()
        return img

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self._paint(p, QRectF(self.rect()))
        p.end()

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip at ``pos`` (widget coordinates): the full text of the axis whose label
        or spoke is there, with each series' value; "" elsewhere."""
        if self.kind != "radar":
            return ""
        lay = self._layout or self.radar_layout(QRectF(self.rect()))
        n = len(self._axes)
        hit = next((i for i, lab in enumerate(lay.labels) if lab.box.contains(pos)), None)
        if hit is None:
            dx, dy = pos.x() - lay.centre.x(), pos.y() - lay.centre.y()
            if math.hypot(dx, dy) > lay.radius * 1.05 or lay.radius <= 0:
                return ""
            step = 2 * math.pi / n
            hit = round(((math.atan2(dy, dx) - lay.start) % (2 * math.pi)) / step) % n
        values = "\n".join(f"{s.name}: " + (self.tr("n/a") if s.values[hit] is None
                                             else fmt_number(s.values[hit], 1))
                           for s in self._series)
        return f"{self._details[hit]}\n{values}"

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            text = self.tooltip_at(QPointF(e.pos()))
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

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
        if self.kind == "radar":
            lay = self.radar_layout(rect, p.font())
            self._layout = lay if rect == QRectF(self.rect()) else self._layout
            self._paint_radar(p, lay, text_colour)
            self._paint_legend(p, lay.legend, fm, text_colour, rows=lay.legend_rows)
            return
        legend_h = fm.height() + 6
        body = rect.adjusted(4, 4, -4, -4 - legend_h)
        self._paint_bars(p, body, fm, text_colour)
        self._paint_legend(p, QRectF(rect.left() + 6, rect.bottom() - legend_h,
                                     rect.width() - 12, legend_h), fm, text_colour)

    def _label(self, i: int) -> str:
        if all(s.values[i] is None for s in self._series):
            return f"{self._axes[i]} (n/a)"
        return self._axes[i]

    # -- radar layout ----------------------------------------------------------------------
    def radar_layout(self, rect: QRectF, font: QFont | None = None) -> RadarLayout:
        """The radar in ``rect``: the legend beside it (entries one per line) or below it (one
        row), the first axis straight up or half a step round, and each label's width; of
        these, the arrangement with the largest radius."""
        font = font or self.font()
        key = (rect.x(), rect.y(), rect.width(), rect.height(), font.toString())
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > 8:
                self._layouts.clear()
            found = self._layouts[key] = self._radar_layout(rect, font)
        return found

    def _radar_layout(self, rect: QRectF, font: QFont) -> RadarLayout:
        fm = QFontMetricsF(font)
        line_h = fm.height()
        name_w = max(8 * fm.averageCharWidth(), rect.width() * 0.3)
        names = [fm.elidedText(s.name, Qt.TextElideMode.ElideRight, name_w)
                 for s in self._series]
        widths = [fm.horizontalAdvance(t) for t in names]
        beside_w = 14 + max(widths) + 8
        beside = QRectF(rect.left() + 4, rect.top() + 4, beside_w, len(names) * (line_h + 2))
        row_h = line_h + 6
        below = QRectF(rect.left() + 6, rect.bottom() - row_h, rect.width() - 12, row_h)
        n = len(self._axes)
        candidates: list[RadarLayout] = []
        for legend, body, rows in (
                (beside, rect.adjusted(beside_w + 4, 4, -4, -4), True),
                (below, rect.adjusted(4, 4, -4, -4 - row_h), False)):
            for start in (-math.pi / 2, -math.pi / 2 + math.pi / n):
                lay = self._fit(body, font, start)
                lay.legend, lay.legend_rows = legend, rows
                candidates.append(lay)
        # a short, wide space: the labels in a column on each side, the radar between them
        lay = self._fit_columns(rect.adjusted(4, 4, -4, -4 - row_h), font,
                                -math.pi / 2 + math.pi / n)
        lay.legend, lay.legend_rows = below, False
        candidates.append(lay)

        def score(lay: RadarLayout) -> tuple[bool, int, float]:
            clear = not _overlapping([lab.box for lab in lay.labels] + [lay.legend])
            return clear, -sum(lab.elided for lab in lay.labels), lay.radius

        return max(candidates, key=score)

    def _fit_columns(self, body: QRectF, font: QFont, start: float) -> RadarLayout:
        """Labels in a column on each side (on the side of their axis, at its height as far
        as the others allow, joined to it by a leader line): the radar can take the full
        height. The largest radius whose columns hold their labels."""
        fm = QFontMetricsF(font)
        n = len(self._axes)
        angles = [start + 2 * math.pi * i / n for i in range(n)]
        right = [i for i in range(n) if math.cos(angles[i]) > 1e-6]
        left = [i for i in range(n) if math.cos(angles[i]) < -1e-6]
        for i in range(n):
            if abs(math.cos(angles[i])) <= 1e-6:
                (left if len(left) < len(right) else right).append(i)
        gap = 2.0
        r = min(body.height() / 2, body.width() / 2)
        while True:
            centre = body.center()
            col_w = (body.width() - 2 * r) / 2 - 3 * LABEL_GAP
            lay = RadarLayout(centre, r, start)
            labels: dict[int, RadarLabel] = {}
            fits = col_w >= 3 * fm.averageCharWidth()
            for side, idx in ((1, right), (-1, left)):
                if not fits:
                    break
                placed: list[tuple[int, RadarLabel, QPointF]] = []
                for i in sorted(idx, key=lambda i: math.sin(angles[i])):
                    lines, elided = wrap_text(self._label(i), font, max(col_w, 1.0),
                                              LABEL_LINES)
                    h = len(lines) * fm.height()
                    w = max(fm.horizontalAdvance(t) for t in lines) + 1
                    anchor = lay.point(i, n, 1.0)
                    x = (centre.x() + r + 2 * LABEL_GAP if side > 0
                         else centre.x() - r - 2 * LABEL_GAP - w)
                    align = (Qt.AlignmentFlag.AlignLeft if side > 0
                             else Qt.AlignmentFlag.AlignRight)
                    placed.append((i, RadarLabel(QRectF(x, anchor.y() - h / 2, w, h), lines,
                                                 align, elided), anchor))
                # stack without overlap, inside the body: down, then back up from the bottom
                y = body.top()
                for _i, lab, _a in placed:
                    lab.box.moveTop(max(lab.box.top(), y))
                    y = lab.box.bottom() + gap
                y = body.bottom()
                for _i, lab, _a in reversed(placed):
                    lab.box.moveTop(min(lab.box.top(), y - lab.box.height()))
                    y = lab.box.top() - gap
                if placed and placed[0][1].box.top() < body.top() - 0.5:
                    fits = False
                for i, lab, anchor in placed:
                    end = QPointF(lab.box.left() - 1 if side > 0 else lab.box.right() + 1,
                                  lab.box.center().y())
                    lab.leader = (anchor, end)
                    labels[i] = lab
            if fits or r <= 10:
                lay.labels = [labels[i] for i in range(n)] if len(labels) == n else [
                    RadarLabel(QRectF(), [], Qt.AlignmentFlag.AlignLeft, True)] * n
                return lay
            r -= 4

    def _fit(self, body: QRectF, font: QFont, start: float) -> RadarLayout:
        """The largest radius for labels around a centred radar in ``body``: each label
        takes the width (of a few) that lets the radius be largest, then, as long as the
        radius stays, the width that needs the fewest lines."""
        fm = QFontMetricsF(font)
        n = len(self._axes)
        centre = body.center()
        em = fm.averageCharWidth()
        cap = max(4 * em, body.width() / 2.5)
        widths = sorted({min(cap, k * em) for k in (5, 7, 9, 12, 16, 22)})
        # each label's options: (radius it allows, elided, lines, width, wrapped lines)
        options: list[list[tuple[float, bool, int, float, list[str]]]] = []
        for i in range(n):
            angle = start + 2 * math.pi * i / n
            c, s = math.cos(angle), math.sin(angle)
            opts = []
            for w in widths:
                lines, elided = wrap_text(self._label(i), font, w, LABEL_LINES)
                real_w = max(fm.horizontalAdvance(t) for t in lines) + 1
                h = len(lines) * fm.height()
                opts.append((self._radius_for(body, c, s, real_w, h), elided, len(lines),
                             real_w, lines))
            options.append(opts)
        # the radius: the bottleneck label with its best option (not eliding when it can)
        radius = min(max(o[0] for o in ([o for o in opts if not o[1]] or opts))
                     for opts in options)
        radius = max(8.0, min(radius, body.height() / 2, body.width() / 2))
        lay = RadarLayout(centre, radius, start)
        for i, opts in enumerate(options):
            ok = [o for o in opts if o[0] >= radius - 0.01] or [max(opts, key=lambda o: o[0])]
            o = min(ok, key=lambda o: (o[1], o[2], o[3]))
            angle = start + 2 * math.pi * i / n
            c, s = math.cos(angle), math.sin(angle)
            box = self._label_box(centre, radius, c, s, o[3], o[2] * fm.height())
            align = (Qt.AlignmentFlag.AlignLeft if c > 0.25 else
                     Qt.AlignmentFlag.AlignRight if c < -0.25 else Qt.AlignmentFlag.AlignHCenter)
            lay.labels.append(RadarLabel(box, o[4], align, o[1]))
        return lay

    @staticmethod
    def _label_box(centre: QPointF, r: float, c: float, s: float, w: float, h: float) -> QRectF:
        ax, ay = centre.x() + r * c, centre.y() + r * s
        x = ax + LABEL_GAP if c > 0.25 else ax - LABEL_GAP - w if c < -0.25 else ax - w / 2
        y = ay - LABEL_GAP - h if s < -0.25 else ay + LABEL_GAP if s > 0.25 else ay - h / 2
        return QRectF(x, y, w, h)

    @staticmethod
    def _radius_for(body: QRectF, c: float, s: float, w: float, h: float) -> float:
        """The largest radius that keeps a w x h label at the axis (c, s) inside ``body``."""
        half_w, half_h = body.width() / 2, body.height() / 2
        limits = [half_w, half_h]
        # horizontal extent beyond the anchor, by side
        if c > 0.25:
            limits.append((half_w - LABEL_GAP - w) / c)
        elif c < -0.25:
            limits.append((half_w - LABEL_GAP - w) / -c)
        elif w / 2 > half_w:
            limits.append(0.0)
        elif abs(c) > 1e-9:
            limits.append((half_w - w / 2) / abs(c))
        if s < -0.25:
            limits.append((half_h - LABEL_GAP - h) / -s)
        elif s > 0.25:
            limits.append((half_h - LABEL_GAP - h) / s)
        elif h / 2 > half_h:
            limits.append(0.0)
        elif abs(s) > 1e-9:
            limits.append((half_h - h / 2) / abs(s))
        return max(0.0, min(limits))

    def _paint_radar(self, p: QPainter, lay: RadarLayout, text_colour: QColor) -> None:
        n = len(self._axes)
        centre = lay.centre

        def point(i: int, frac: float) -> QPointF:
            return lay.point(i, n, frac)

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
        leader = QPen(QColor("#bdbdbd"))
        leader.setWidthF(0.8)
        p.setPen(leader)
        for lab in lay.labels:
            if lab.leader is not None:
                p.drawLine(*lab.leader)
        p.setPen(text_colour)
        for lab in lay.labels:
            p.drawText(lab.box.adjusted(0, 0, 1, 0), lab.align | Qt.AlignmentFlag.AlignTop,
                       "\n".join(lab.lines))

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
                      text_colour: QColor, rows: bool = False) -> None:
        """The series' colours and names: in one row, or one per line (``rows``)."""
        x, y = rect.left(), rect.top()
        line_h = fm.height() + 2 if rows else rect.height()
        k = max(1, len(self._series))
        # in one row, every name shares the width (a long nominee name is elided, the rest
        # keep theirs when they are short)
        room = rect.width() - 14 if rows else rect.width() - k * 30
        short = [fm.horizontalAdvance(s.name) for s in self._series]
        for s in self._series:
            name = s.name
            if rows:
                name = fm.elidedText(name, Qt.TextElideMode.ElideRight, room)
            else:
                others = sum(w for t, w in zip(self._series, short, strict=True) if t is not s)
                name = fm.elidedText(name, Qt.TextElideMode.ElideRight,
                                     max(room - others, room / k))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(s.colour))
            p.drawRect(QRectF(x, y + (line_h - 10) / 2, 10, 10))
            p.setPen(text_colour)
            w = fm.horizontalAdvance(name)
            p.drawText(QRectF(x + 14, y, w + 2, line_h), Qt.AlignmentFlag.AlignVCenter, name)
            if rows:
                y += line_h
            else:
                x += 14 + w + 16
