"""The nominee list: name, progress (complete criteria / total), conflict badge, status.

``NomineeFilterProxy`` filters by text and by status; both read the session's cache, so a
score edit refreshes one row, never the whole list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP, status_text
from zerodx_desktop.ui.table_model import HeaderedTableModel
from zerodx_desktop.ui.workspace_session import WorkspaceSession

NomineeIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
ConflictRole = Qt.ItemDataRole.UserRole + 3

ModelIndex = QModelIndex | QPersistentModelIndex

CONFLICT_BADGE = "\u2691"  # a flag; the tooltip and the status column say it in words
STATUS_MARK = {
    NomineeStatus.NOT_STARTED: "\u25cb",
    NomineeStatus.IN_PROGRESS: "\u25d0",
    NomineeStatus.COMPLETE: "\u25cf",
    NomineeStatus.RECUSED: CONFLICT_BADGE,
}


class NomineeListModel(HeaderedTableModel):
    COL_NAME, COL_PROGRESS, COL_STATUS = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("NomineeListModel", "Nominee"),
               QT_TRANSLATE_NOOP("NomineeListModel", "Progress"),
               QT_TRANSLATE_NOOP("NomineeListModel", "Status"))

    def __init__(self, session: WorkspaceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.compact_status = False  # the status as its mark only (a narrow list: the names
        session.changed.connect(self.refresh_nominee)  # get the room; the tooltip says it)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.nominees)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.session.nominees):
            return None
        nominee = self.session.nominees[index.row()]
        col = index.column()
        s = self.session
        if role == NomineeIdRole:
            return nominee.id
        if role == StatusRole:
            return s.status(nominee.id).value
        if role == ConflictRole:
            return s.conflict_reason(nominee.id) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                badge = f"{CONFLICT_BADGE} " if s.is_locked(nominee.id) else ""
                return badge + nominee.name
            if col == self.COL_PROGRESS:
                if s.is_locked(nominee.id):
                    return "\u2014"  # recused: the scores kept underneath do not count
                done, total = s.progress(nominee.id)
                return f"{done}/{total}"
            if col == self.COL_STATUS:
                st = s.status(nominee.id)
                return STATUS_MARK[st] if self.compact_status else \
                    f"{STATUS_MARK[st]} {status_text(st)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_STATUS:
                return status_text(s.status(nominee.id))
            reason = s.conflict_reason(nominee.id)
            if reason is not None:
                origin = (self.tr("panel roster") if s.is_roster_conflict(nominee.id)
                          else self.tr("declared"))
                return self.tr("Conflict of interest ({origin}): {reason}").format(
                    origin=origin, reason=reason)
            return f"{nominee.name} ({nominee.id})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            done, total = s.progress(nominee.id)
            return self.tr("{name}, {done} of {total} criteria, {status}").format(
                name=nominee.name, done=done, total=total, status=status_text(s.status(nominee.id)))
        if role == Qt.ItemDataRole.ForegroundRole and s.is_locked(nominee.id):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorRole.PlaceholderText)
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, nominee_id: str) -> int:
        return self.session.nominee_pos.get(nominee_id, -1)

    def refresh_nominee(self, nominee_id: str) -> None:
        row = self.row_of(nominee_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_compact_status(self, compact: bool) -> None:
        if compact != self.compact_status:
            self.compact_status = compact
            if self.rowCount():
                self.dataChanged.emit(self.index(0, self.COL_STATUS),
                                      self.index(self.rowCount() - 1, self.COL_STATUS))

    def refresh_all(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class NomineeFilterProxy(QSortFilterProxyModel):
    """Filters by a text (name, id, country, category) and a status ("" for any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self._category = ""

    def set_category(self, category_id: str) -> None:
        """Only nominees of this award category ("" for every category)."""
        self._begin()
        self._category = category_id
        self._end()

    def set_text(self, text: str) -> None:
        self._begin()
        self._text = text.strip().casefold()
        self._end()

    def set_status(self, status: str) -> None:
        self._begin()
        self._status = status
        self._end()

    # Qt 6.10 replaced invalidateRowsFilter() with a begin/end pair.
    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, NomineeListModel):
            return True
        if source_row >= len(model.session.nominees):
            return False
        nominee = model.session.nominees[source_row]
        if self._status and model.session.status(nominee.id).value != self._status:
            return False
        if self._category and nominee.category != self._category:
            return False
        if self._text:
            hay = " ".join((nominee.name, nominee.id, nominee.country, nominee.category))
            return self._text in hay.casefold()
        return True
