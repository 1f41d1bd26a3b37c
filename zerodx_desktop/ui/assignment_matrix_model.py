"""The organizer's assignment matrix: nominees (rows) × judges (columns), a check box per cell.

The organizer starts from a proposed assignment (balanced K/seed, or a CSV) and ticks or
unticks cells by hand; a conflicted cell cannot be ticked (disabled, the reason as its
tooltip). The row header says how many judges a nominee has against K, the column header
each judge's load. ``assignment()`` is the {nominee: [fingerprint, ...]} the package builder
checks with the same rule as ``--assign``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class AssignmentMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nominees: list[tuple[str, str]] = []  # (id, name)
        self._judges: list[tuple[str, str]] = []  # (fingerprint, label)
        self._conflicts: dict[tuple[str, str], str] = {}  # (fingerprint, nominee) -> reason
        self._ticked: set[tuple[str, str]] = set()  # (nominee, fingerprint)
        self.k = 0

    # -- filling --------------------------------------------------------------------------------
    def set_design(self, nominees: Sequence[tuple[str, str]], judges: Sequence[tuple[str, str]],
                   conflicts: Mapping[tuple[str, str], str],
                   assignment: Mapping[str, Sequence[str]] | None, k: int = 0) -> None:
        """Show ``assignment`` (None: every judge on every nominee they are free to score)."""
        self.beginResetModel()
        self._nominees = list(nominees)
        self._judges = list(judges)
        self._conflicts = dict(conflicts)
        self.k = k
        fps = [fp for fp, _ in self._judges]
        if assignment is None:
            self._ticked = {(n, fp) for n, _ in self._nominees for fp in fps
                            if (fp, n) not in self._conflicts}
        else:
            self._ticked = {(n, fp) for n, _ in self._nominees for fp in assignment.get(n, ())
                            if fp in fps and (fp, n) not in self._conflicts}
        self.endResetModel()

    def clear(self) -> None:
        self.set_design([], [], {}, None)

    def is_empty(self) -> bool:
        return not self._nominees or not self._judges

    def assignment(self) -> dict[str, list[str]]:
        """{nominee id: [fingerprint, ...]} in the roster's order (every nominee present)."""
        return {n: [fp for fp, _ in self._judges if (n, fp) in self._ticked]
                for n, _ in self._nominees}

    def row_count(self, row: int) -> int:
        n = self._nominees[row][0]
        return sum((n, fp) in self._ticked for fp, _ in self._judges)

    def load(self, column: int) -> int:
        fp = self._judges[column][0]
        return sum((n, fp) in self._ticked for n, _ in self._nominees)

    def short_rows(self) -> list[str]:
        """The nominees with fewer judges than K (none when K is 0)."""
        return [n for r, (n, _) in enumerate(self._nominees) if self.row_count(r) < self.k]

    # -- the model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._nominees)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._judges)

    def _cell(self, index: _Index) -> tuple[str, str] | None:
        if not index.isValid() or index.row() >= len(self._nominees) \
                or index.column() >= len(self._judges):
            return None
        return self._nominees[index.row()][0], self._judges[index.column()][0]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        cell = self._cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        n, fp = cell
        if (fp, n) in self._conflicts:
            return Qt.ItemFlag.NoItemFlags  # conflicted: shown, never tickable
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        n, fp = cell
        conflict = self._conflicts.get((fp, n))
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if (n, fp) in self._ticked
                    else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole:
            judge = self._judges[index.column()][1]
            if conflict is not None:
                return self.tr("Conflict: {reason}").format(
                    reason=conflict or self.tr("declared by the organizer"))
            return f"{self._nominees[index.row()][1]} ({n}) — {judge}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = (self.tr("conflict") if conflict is not None
                     else self.tr("assigned") if (n, fp) in self._ticked
                     else self.tr("not assigned"))
            return f"{n}, {self._judges[index.column()][1]}: {state}"
        return None

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self._cell(index)
        if cell is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        n, fp = cell
        if (fp, n) in self._conflicts:
            return False  # a conflicted judge is never assigned
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._ticked.add((n, fp))
        else:
            self._ticked.discard((n, fp))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, index.column(), index.column())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._nominees):
                return None
            nid, name = self._nominees[section]
            count = self.row_count(section)
            if role == Qt.ItemDataRole.DisplayRole:
                want = f"/{self.k}" if self.k else ""
                return f"{nid} ({count}{want})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}: {n} judges assigned").format(name=name, n=count)
            return None
        if not 0 <= section < len(self._judges):
            return None
        fp, label = self._judges[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{judge} (load {n})").format(judge=label, n=self.load(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return fp
        return None
