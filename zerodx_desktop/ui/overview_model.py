"""The overview matrix: nominees x domains (subtotals 0..100, heat-coloured), total, progress.

Rows are computed lazily and cached; a score edit invalidates one row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.nominee_list_model import CONFLICT_BADGE, NomineeIdRole
from zerodx_desktop.ui.workspace_session import WorkspaceSession

DomainIdRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11

ModelIndex = QModelIndex | QPersistentModelIndex


def heat_colour(value: float) -> QColor:
    """A soft red -> amber -> green ramp for 0..100, light enough for dark text."""
    v = max(0.0, min(100.0, value)) / 100.0
    hue = 0.0 + v * 120.0  # red (0) to green (120)
    return QColor.fromHsvF(hue / 360.0, 0.35, 0.97)


def two_lines(text: str) -> str:
    """Wrap a long header on a few short lines so the numeric columns stay narrow."""
    import textwrap

    return "\n".join(textwrap.wrap(text, 14)) or text


class OverviewModel(QAbstractTableModel):
    def __init__(self, session: WorkspaceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.domains = list(session.framework.domains)
        self._rows: dict[str, tuple[dict[str, float | None], float | None]] = {}
        self._partial: dict[str, dict[int, tuple[int, int]]] = {}
        session.changed.connect(self.refresh_nominee)

    # columns: 0 nominee, 1..D domains, D+1 total, D+2 completeness
    @property
    def total_column(self) -> int:
        return len(self.domains) + 1

    @property
    def completeness_column(self) -> int:
        return len(self.domains) + 2

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.nominees)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.domains) + 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return self.tr("Nominee")
            if section == self.total_column:
                return self.tr("Total")
            if section == self.completeness_column:
                return self.tr("Complete")
            title = i18n.text(self.domains[section - 1].title)
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines(title)
            return title
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _row(self, nominee_id: str) -> tuple[dict[str, float | None], float | None]:
        hit = self._rows.get(nominee_id)
        if hit is None:
            hit = self.session.totals(nominee_id)
            self._rows[nominee_id] = hit
        return hit

    def partial(self, row: int, column: int) -> tuple[int, int] | None:
        """(criteria complete, criteria) of a domain or total cell while it is partial."""
        nid = self.session.nominees[row].id
        hit = self._partial.get(nid)
        if hit is None:
            from zerodx_desktop.ui.workspace_session import CriterionState

            s, hit = self.session, {}
            for col, d in enumerate(self.domains, start=1):
                ids = [c.id for m in d.dimensions for c in m.criteria]
                hit[col] = (sum(1 for cid in ids if s.criterion_state(nid, cid)
                                is CriterionState.DONE), len(ids))
            hit[self.total_column] = s.progress(nid)
            self._partial[nid] = hit
        done, count = hit.get(column, (0, 0))
        return (done, count) if column in hit and (done < count or not count) else None

    def value(self, row: int, column: int) -> float | None:
        nid = self.session.nominees[row].id
        subtotals, total = self._row(nid)
        if column == self.total_column:
            return total
        if 1 <= column <= len(self.domains):
            return subtotals.get(self.domains[column - 1].id)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.session.nominees):
            return None
        row, col = index.row(), index.column()
        nominee = self.session.nominees[row]
        s = self.session
        recused = s.status(nominee.id) is NomineeStatus.RECUSED
        if role == NomineeIdRole:
            return nominee.id
        if role == DomainIdRole:
            return self.domains[col - 1].id if 1 <= col <= len(self.domains) else ""
        if role == ValueRole:
            return self.value(row, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return (f"{CONFLICT_BADGE} " if recused else "") + nominee.name
            if col == self.completeness_column:
                if recused:
                    return "recused"
                done, total = s.progress(nominee.id)
                return f"{round(100 * done / total) if total else 0}%"
            if recused:
                return "\u2014"
            partial = self.partial(row, col)
            v = self.value(row, col)
            if partial is not None and v is not None:  # "— (3 of 8)": not a result yet
                return i18n.partial_text(*partial)
            return i18n.fmt_number(v, 1, empty="")  # nothing scored: empty
        if role == Qt.ItemDataRole.BackgroundRole and col > 0 and not recused:
            v = self.value(row, col)
            if (v is not None and col != self.completeness_column
                    and self.partial(row, col) is None):
                return heat_colour(v)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col > 0 and not recused:
            if self.partial(row, col) is not None:
                return QColor(Qt.GlobalColor.gray)
            v = self.value(row, col)
            if v is not None and col != self.completeness_column:
                return QColor(Qt.GlobalColor.black)  # readable on the light heat colours
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{nominee}: double-click or Enter to score").format(
                nominee=nominee.name)
            partial = self.partial(row, col) if col > 0 and not recused else None
            if partial is not None:
                tip = i18n.so_far_text(self.value(row, col), *partial) + "\n" + tip
            return tip
        return None

    def refresh_nominee(self, nominee_id: str) -> None:
        self._rows.pop(nominee_id, None)
        self._partial.pop(nominee_id, None)
        row = self.session.nominee_pos.get(nominee_id, -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_all(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._partial.clear()
        self.endResetModel()
