"""Table models for the panel result: the ranking (any method) and the disagreement list.

Ties are shown, never broken: a tied rank reads "=2" on every tied row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from zerodx_desktop.core.result import Disagreement, RankingRow
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt_number
from zerodx_desktop.ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def rank_label(row: RankingRow) -> str:
    """``"=2"`` for a tied rank, ``"2"`` otherwise."""
    return f"={row.rank}" if row.tied else str(row.rank)


def rank_range(row: RankingRow) -> str:
    """``"1–3"`` for a 90 % rank interval, ``"2"`` when it is one place, "—" for none."""
    iv = row.rank_interval
    if iv is None:
        return "—"
    return str(iv[0]) if iv[0] == iv[1] else f"{iv[0]}–{iv[1]}"


def fmt(value: float | None, places: int = 2) -> str:
    """A score for display: the locale's decimal separator, "—" for none."""
    return fmt_number(value, places)


class RankingModel(QAbstractTableModel):
    """One row per nominee in rank order: rank, nominee, score, spread, domain subtotals."""

    (COL_RANK, COL_NOMINEE, COL_SCORE, COL_JUDGES, COL_SD, COL_MIN, COL_MAX, COL_FIRST,
     COL_RANKS) = range(9)
    BASE_HEADERS = (QT_TRANSLATE_NOOP("RankingModel", "Rank"),
                    QT_TRANSLATE_NOOP("RankingModel", "Nominee"),
                    QT_TRANSLATE_NOOP("RankingModel", "Score"),
                    QT_TRANSLATE_NOOP("RankingModel", "Judges"),
                    QT_TRANSLATE_NOOP("RankingModel", "SD"),
                    QT_TRANSLATE_NOOP("RankingModel", "Min"),
                    QT_TRANSLATE_NOOP("RankingModel", "Max"),
                    QT_TRANSLATE_NOOP("RankingModel", "First"),
                    QT_TRANSLATE_NOOP("RankingModel", "Ranks (90%)"))
    NomineeIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RankingRow] = []
        self._domains: list[tuple[str, str]] = []

    def set_rows(self, rows: list[RankingRow], domains: list[tuple[str, str]] | None = None,
                 ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if domains is not None:
            self._domains = list(domains)
        self.endResetModel()

    def rows(self) -> list[RankingRow]:
        return list(self._rows)

    def ranking_row(self, row: int) -> RankingRow:
        return self._rows[row]

    def row_of(self, nominee_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.nominee_id == nominee_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.BASE_HEADERS) + len(self._domains)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0:
            return None
        nbase = len(self.BASE_HEADERS)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < nbase:
                return self.tr(self.BASE_HEADERS[section])
            if section < nbase + len(self._domains):
                return self._domains[section - nbase][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.COL_SCORE:
                return self.tr("Panel score, 0–100, by the selected method")
            if section == self.COL_JUDGES:
                return self.tr("Judges whose total counted (recused and missing judges "
                               "excluded)")
            if section == self.COL_FIRST:
                return self.tr("Share of resamples of the judges in which the nominee ranks "
                               "first (nominees tied for first share it); official method only")
            if section == self.COL_RANKS:
                return self.tr("The places the nominee takes in 90% of resamples of the "
                               "judges: overlapping ranges cannot be told apart")
            if nbase <= section < nbase + len(self._domains):
                return self.tr("Domain subtotal (0–100): {domain}").format(
                    domain=self._domains[section - nbase][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        nbase = len(self.BASE_HEADERS)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_RANK:
                return rank_label(r)
            if col == self.COL_NOMINEE:
                return r.nominee
            if col == self.COL_SCORE:
                return fmt(r.score)
            if col == self.COL_JUDGES:
                return str(r.judges)
            if col == self.COL_SD:
                return fmt(r.sd)
            if col == self.COL_MIN:
                return fmt(r.min)
            if col == self.COL_MAX:
                return fmt(r.max)
            if col == self.COL_FIRST:
                return "—" if r.p_first is None else f"{100 * r.p_first:.0f}%"
            if col == self.COL_RANKS:
                return rank_range(r)
            if nbase <= col < nbase + len(self._domains):
                return fmt(r.domain_scores.get(self._domains[col - nbase][0]))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_CENTER if col == self.COL_RANK else
                       (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                       if col == self.COL_NOMINEE else _RIGHT)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_RANK and r.tied:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and r.tied:
            return QColor("#fff8e1")
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.tied:
                others = [o.nominee for o in self._rows
                          if o.rank == r.rank and o.nominee_id != r.nominee_id]
                return self.tr("Tied at rank {rank} with {others}").format(
                    rank=r.rank, others=", ".join(others))
            if r.score is None:
                return self.tr("No judge scored this nominee")
            return None
        if role == self.NomineeIdRole:
            return r.nominee_id
        return None


class DisagreementsModel(HeaderedTableModel):
    """Where the judges disagree: nominee, criterion (or the total), range, SD, why flagged."""

    HEADERS = (QT_TRANSLATE_NOOP("DisagreementsModel", "Nominee"),
               QT_TRANSLATE_NOOP("DisagreementsModel", "Criterion"),
               QT_TRANSLATE_NOOP("DisagreementsModel", "Range"),
               QT_TRANSLATE_NOOP("DisagreementsModel", "SD"),
               QT_TRANSLATE_NOOP("DisagreementsModel", "Why"))
    NomineeIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Disagreement] = []
        self._nominees: dict[str, str] = {}
        self._criteria: dict[str, str] = {}

    def set_rows(self, rows: list[Disagreement], nominee_names: dict[str, str] | None = None,
                 criterion_titles: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._nominees = dict(nominee_names or {})
        self._criteria = dict(criterion_titles or {})
        self.endResetModel()

    def disagreement(self, row: int) -> Disagreement:
        return self._rows[row]


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self._nominees.get(d.nominee_id, d.nominee_id)
            if col == 1:
                if d.criterion_id is None:
                    return self.tr("Total score")
                return self._criteria.get(d.criterion_id, d.criterion_id)
            if col == 2:
                return f"{d.range:g}" if d.criterion_id else fmt(d.range)
            if col == 3:
                return fmt(d.sd)
            if col == 4:
                return d.reason
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and d.criterion_id:
            return d.criterion_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(_RIGHT)
        if role == self.NomineeIdRole:
            return d.nominee_id
        return None
