"""The rank-range plot of the merge view's "How sure" tab: each nominee's 90 % rank interval
from the bootstrap, its official rank, and (incomplete designs) its severity-adjusted rank."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from zerodx_desktop.core.result import RankingRow
from zerodx_desktop.ui.charts import PALETTE


class RankRangePlot(QWidget):
    """The rank-range plot: one line per nominee in rank order, a bar over its 90 % rank
    interval and a dot at its official rank (rank 1 on the left)."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RankingRow] = []
        self._adjusted: dict[str, int] = {}

    def set_rows(self, rows: list[RankingRow], adjusted: dict[str, int] | None = None) -> None:
        """``adjusted``: nominee id -> rank by ``adjusted``, drawn as a ring (incomplete
        designs)."""
        self._rows = [r for r in rows if r.rank_interval is not None]
        self._adjusted = dict(adjusted or {})
        self.setMinimumHeight(self.ROW * (len(self._rows) + 2))
        self.update()

    def rows(self) -> list[RankingRow]:
        return list(self._rows)

    def adjusted_ranks(self) -> dict[str, int]:
        return dict(self._adjusted)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(pal.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        label_w = min(self.width() * 0.4, 260.0)
        x0, x1 = label_w + 12, max(label_w + 60, self.width() - 16.0)
        n_max = max([r.rank_interval[1] for r in self._rows if r.rank_interval]
                    + [r.rank for r in self._rows] + list(self._adjusted.values()) + [2])

        def x(rank: float) -> float:
            return x0 + (rank - 1) / max(1, n_max - 1) * (x1 - x0)

        painter.setPen(QPen(QColor("#b7c3d0")))
        step = max(1, round(n_max / 10))
        for k in range(1, n_max + 1, step):
            painter.drawLine(int(x(k)), self.ROW // 2, int(x(k)),
                             self.ROW * (len(self._rows) + 1))
            painter.setPen(QPen(text))
            painter.drawText(QRectF(x(k) - 20, 0, 40, self.ROW * 0.9),
                             int(Qt.AlignmentFlag.AlignCenter), str(k))
            painter.setPen(QPen(QColor("#b7c3d0")))
        for i, r in enumerate(self._rows):
            y = self.ROW * (i + 1.5)
            # why the ignore below: rows drawn here all have a rank interval
            lo, hi = r.rank_interval  # type: ignore[misc]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#9fc0e0"))
            painter.drawRoundedRect(QRectF(x(lo) - 4, y - 4, x(hi) - x(lo) + 8, 8), 4, 4)
            painter.setBrush(QColor(PALETTE[0]))
            painter.drawEllipse(QRectF(x(r.rank) - 4, y - 4, 8, 8))
            if r.nominee_id in self._adjusted:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(PALETTE[3]), 2))
                a = self._adjusted[r.nominee_id]
                painter.drawEllipse(QRectF(x(a) - 6, y - 6, 12, 12))
            painter.setPen(QPen(text))
            name = metrics.elidedText(f"{'=' if r.tied else ''}{r.rank}  {r.nominee}",
                                      Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(QRectF(4, y - self.ROW / 2, label_w, self.ROW),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             name)
        painter.end()
