"""The merge view's design matrix: who scored what — nominees (rows) × judges (columns), each
cell assigned and scored, assigned not scored, not assigned (missing by design) or recused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from zerodx_desktop.services.programme import DesignMatrix

_Index = QModelIndex | QPersistentModelIndex

_MARK = {"scored": "✓", "not_scored": "·", "not_assigned": "", "recused": "R"}
_COLOUR = {"scored": "#c8e6c9", "not_scored": "#ffe0b2", "not_assigned": "#eeeeee",
           "recused": "#e1bee7"}


class DesignMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.design: DesignMatrix | None = None

    def set_design(self, design: DesignMatrix | None) -> None:
        self.beginResetModel()
        self.design = design
        self.endResetModel()

    def state_text(self, state: str) -> str:
        return {"scored": self.tr("assigned and scored"),
                "not_scored": self.tr("assigned, not scored"),
                "not_assigned": self.tr("not assigned"),
                "recused": self.tr("recused (conflict)")}[state]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.design is None else len(self.design.nominees)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.design is None else len(self.design.judges)

    def state(self, row: int, column: int) -> str:
        assert self.design is not None
        return self.design.cells[(self.design.judges[column][0],
                                  self.design.nominees[row][0])]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.design is None \
                or index.row() >= len(self.design.nominees) \
                or index.column() >= len(self.design.judges):
            return None
        state = self.state(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _MARK[state]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (f"{self.design.nominees[index.row()][1]} — "
                    f"{self.design.judges[index.column()][1]}: {self.state_text(state)}")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(_COLOUR[state])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#212121")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.design is None or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        d = self.design
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(d.nominees):
                return None
            nid, name = d.nominees[section]
            n = sum(d.cells[(fp, nid)] == "scored" for fp, _ in d.judges)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}: scored by {n} judges").format(name=name, n=n)
            return f"{name} ({n})"
        if not 0 <= section < len(d.judges):
            return None
        fp, name = d.judges[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return fp
        n = sum(d.cells[(fp, nid)] == "scored" for nid, _ in d.nominees)
        return f"{name} ({n})"
