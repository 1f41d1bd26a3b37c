"""The overview table: this judge's nominees x domains; Enter or double-click goes there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.nominee_list_model import NomineeIdRole
from zerodx_desktop.ui.overview_model import DomainIdRole, OverviewModel


class OverviewView(i18n.Retranslating, QWidget):
    goTo = Signal(str, str)  # nominee id, domain id ("" for the nominee)

    def __init__(self, model: OverviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setObjectName("overviewTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # the names take the spare room; the numbers (and their wrapped titles) only what they
        # need
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(50)  # measure 50 rows, not all 1,000 nominees
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate()


    def retranslate(self) -> None:
        """The table's name and the model's headers and cells in the current language."""
        stale = hasattr(self, "_ui_lang")  # a model just built has nothing stale
        self._ui_lang = i18n.current_language()
        self.table.setAccessibleName(self.tr("Overview: nominees by domain"))
        if stale:
            i18n.refresh_model_texts(self.model)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.goTo.emit(index.data(NomineeIdRole), index.data(DomainIdRole) or "")

    def select_nominee(self, nominee_id: str) -> None:
        row = self.model.session.nominee_pos.get(nominee_id, -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
