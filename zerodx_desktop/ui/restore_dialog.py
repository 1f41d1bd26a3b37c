"""File ▸ Restore from backup…: the home's backups (date, panel, scores, whether each can be
restored) and a button that puts the chosen one back; the main window does the swap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError


class RestoreDialog(QDialog):
    restoreRequested = Signal(str)  # the backup file's path

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.home = Path(home)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 380)
        self.intro = QLabel(self.tr(
            "Copies of your store, newest first. Restoring puts the chosen copy back; the "
            "current store is kept beside it (store-replaced-….sqlite), so nothing is thrown "
            "away."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Backup"), self.tr("Date (UTC)"),
                                              self.tr("Panels and scores"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.itemSelectionChanged.connect(self._update)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.paths: list[str] = []
        self.good: list[bool] = []
        self.reload()

    def reload(self) -> None:
        from zerodx_desktop.services.recovery import describe, list_backups

        try:
            found = list_backups(self.home)
        except UserError as exc:
            found = []
            self.intro.setText(exc.message)
        self.table.setRowCount(len(found))
        self.paths = [str(b.path) for b in found]
        self.good = [b.good for b in found]
        for row, b in enumerate(found):
            state = self.tr("good") if b.good else self.tr("cannot be restored: {why}").format(
                why=b.problem)
            for col, text in enumerate((b.path.name, b.modified, describe(b), state)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        first_good = next((i for i, ok in enumerate(self.good) if ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        if not found:
            self.intro.setText(self.tr("There are no backups in {folder} yet.").format(
                folder=self.home / "backups"))
        self._update()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(row is not None and self.good[row])

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None or not self.good[row]:
            return
        name = Path(self.paths[row]).name
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Put {name} back as your store? Your current store is kept beside it.")
            .format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoreRequested.emit(self.paths[row])
        self.accept()
