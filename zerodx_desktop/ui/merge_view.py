"""The chair's merge view: verify a pile of score sheets and explore the panel result.

The chair picks the panel package and adds sheets (buttons or drag and drop); the merge runs
off the UI thread whenever the inputs change. The view shows each sheet's verdict (tampered
cells in the tooltip and the details pane), the result's tabs (``merge_result_tabs``), and
exports the result workbook, the PDF report and the feedback letters.

What to do and when (the pile, a merge due again, the method, signed or unsigned exports,
whether a report may be printed) is the chair's controller, ``controllers.chair``: this
widget builds the widgets, says things in the UI language, runs the controller's requests in
the background and shows what comes back.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.controllers.chair import ChairController, accepts
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.ui import i18n, operations
from zerodx_desktop.ui.dialogs import (
    _ask_directory,
    _ask_open_file,
    _ask_open_files,
    _ask_save_file,
    _inform,
    _show_pdf,
    _warn,
)
from zerodx_desktop.ui.merge_exports import ExportSection
from zerodx_desktop.ui.merge_result_tabs import MATRIX_COLUMN_MAX, ResultTabs, _fmt3
from zerodx_desktop.ui.rank_range_plot import RankRangePlot
from zerodx_desktop.ui.sheets_model import SheetsModel

# what tests and other views import from here
__all__ = ["FIT_RANKING_ROWS", "FIT_SHEET_ROWS", "MATRIX_COLUMN_MAX", "SHORT_VIEW", "MergeView",
           "RankRangePlot", "_fmt3"]

FIT_SHEET_ROWS = (3, 8)  # the sheets table shows this many rows (min, max) unless resized
FIT_RANKING_ROWS = (3, 10)  # the ranking likewise
SHORT_VIEW = 700  # px: a view shorter than this (1024×700, 1366×768) shows fewer sheet rows


def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class MergeView(i18n.Retranslating, ResultTabs, ExportSection):
    """Verify sheets and show the panel result; embeddable in the main window."""

    mergeFinished = Signal()  # after every merge attempt (success, failure or cancel)
    resultChanged = Signal(object)  # the new PanelResult, or None
    exportFinished = Signal(str)  # the path written

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair = ChairController(Path(home))
        self.preview: QWidget | None = None
        self._running: operations.Operation | None = None
        self.setAcceptDrops(True)

        self.sheets_model = SheetsModel(self, pile=self.chair.sheets)
        self._build_ui()
        self._update_actions()
        self.retranslate()

    # the controller's state, as the view's callers and tests read it
    home = property(lambda self: self.chair.home)
    package_path = property(lambda self: self.chair.package_path)
    outcome = property(lambda self: self.chair.outcome)
    last_error = property(lambda self: self.chair.last_error)
    last_workbook = property(lambda self: self.chair.last_workbook)
    last_workbook_sha = property(lambda self: self.chair.last_workbook_sha)
    last_pdf = property(lambda self: self.chair.last_pdf)
    last_letters = property(lambda self: self.chair.last_letters)
    certificate_template = property(lambda self: self.chair.certificate_template)
    result_check = property(lambda self: self.chair.result_check)

    # == building ===============================================================================
    def _build_ui(self) -> None:
        top = QHBoxLayout()
        # the texts are set in retranslate()
        self.package_caption = QLabel()
        top.addWidget(self.package_caption)
        self.package_label = QLabel()
        self.package_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.package_label, 1)
        self.choose_package_button = QPushButton()
        self.choose_package_button.clicked.connect(self.choose_package)
        top.addWidget(self.choose_package_button)

        # sheets
        sheets_box = QGroupBox()
        sb = QVBoxLayout(sheets_box)
        row = QHBoxLayout()
        self.add_sheets_button = QPushButton()
        self.add_sheets_button.clicked.connect(self.choose_sheets)
        self.remove_sheets_button = QPushButton()
        self.remove_sheets_button.clicked.connect(self.remove_selected_sheets)
        self.clear_sheets_button = QPushButton()
        self.clear_sheets_button.clicked.connect(self.clear_sheets)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.run_merge)
        for b in (self.add_sheets_button, self.remove_sheets_button, self.clear_sheets_button,
                  self.merge_button):
            row.addWidget(b)
        self.summary_label = QLabel()
        row.addWidget(self.summary_label, 1)
        sb.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sheets_table = QTableView()
        self.sheets_table.setModel(self.sheets_model)
        self._table_defaults(self.sheets_table)
        self.sheets_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sheets_table.horizontalHeader().setSectionResizeMode(
            SheetsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.sheets_table.selectionModel().currentRowChanged.connect(self._sheet_selected)
        split.addWidget(self.sheets_table)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        sb.addWidget(split)
        self.sheets_box = sheets_box

        self._build_tabs()  # the result's tabs (merge_result_tabs)

        export, printing = self._build_export_rows()
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(sheets_box)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setChildrenCollapsible(False)
        self.main_split = main
        # the splits follow the number of sheets and nominees until the chair drags them
        self._user_split: set[QSplitter] = set()
        for sp in (main, self.ranking_split):
            sp.splitterMoved.connect(lambda _pos, _i, sp=sp: self._user_split.add(sp))
        self.sheets_model.modelReset.connect(self._fit_splits)
        self.sheets_model.rowsInserted.connect(self._fit_splits)
        self.sheets_model.rowsRemoved.connect(self._fit_splits)
        self.ranking_model.modelReset.connect(self._fit_splits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(main, 1)
        layout.addLayout(export)
        layout.addLayout(printing)
        layout.addWidget(self.status_label)

    # == sizing =================================================================================
    def _fit_splits(self, *_args: object) -> None:
        """Size the sheets table and the ranking to their rows (within limits)."""
        if self.main_split not in self._user_split:
            low, high = FIT_SHEET_ROWS
            if self.height() < SHORT_VIEW:
                high = low  # a laptop screen: the ranking's rows matter more than the sheets'
            rows = max(low, min(high, self.sheets_model.rowCount()))
            table = self._table_height(self.sheets_table, rows)
            chrome = self.sheets_box.sizeHint().height() - self.sheets_table.sizeHint().height()
            self._fit_split(self.main_split, chrome + table)
        if self.ranking_split not in self._user_split:
            low, high = FIT_RANKING_ROWS
            rows = max(low, min(high, self.ranking_model.rowCount()))
            self._fit_split(self.ranking_split, self._table_height(self.ranking_table, rows))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_splits()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_splits()

    # == the UI language =======================================================================
    def retranslate(self) -> None:
        """Every caption, button and tooltip, and what is shown of the inputs and the result
        (summary, method note, drill-down, reliability), in the current language."""
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        self.package_caption.setText(self.tr("Panel package:"))
        self._show_package()
        self.choose_package_button.setText(self.tr("Choose package…"))
        self.choose_package_button.setToolTip(self.tr("Choose the panel package (.zdxpanel) "
                                                      "the judges received: it holds the "
                                                      "roster the sheets are checked against"))
        self.sheets_box.setTitle(self.tr("Score sheets"))
        self.add_sheets_button.setText(self.tr("Add sheets…"))
        self.add_sheets_button.setToolTip(self.tr("Add the judges' signed score sheets "
                                                  "(.xlsx); you can also drop them here"))
        self.remove_sheets_button.setText(self.tr("Remove"))
        self.remove_sheets_button.setToolTip(self.tr("Remove the selected sheets from the "
                                                     "merge (the files are not touched)"))
        self.clear_sheets_button.setText(self.tr("Clear"))
        self.clear_sheets_button.setToolTip(self.tr("Remove every sheet from the merge (the "
                                                    "files are not touched)"))
        self.merge_button.setText(self.tr("Verify and merge"))
        self.merge_button.setToolTip(self.tr("Verify every sheet's signature, judge, panel and "
                                             "framework, then combine the valid ones"))
        self.details.setPlaceholderText(self.tr("Select a sheet to see its verification details."))
        self._retranslate_exports()
        # what a screen reader says for the tables and panes without a caption of their own
        self.sheets_table.setAccessibleName(self.tr("Score sheets"))
        self.details.setAccessibleName(self.tr("Verification details of the selected sheet"))
        # the result's tabs, and what is shown of the inputs and the result
        self._retranslate_tabs(stale)
        if stale:
            i18n.refresh_model_texts(self.sheets_model)
        if self._running is None:
            self._refresh_details()  # the details pane and the summary
        else:
            self._show_verifying()

    def _show_package(self) -> None:
        self.package_label.setText(str(self.package_path) if self.package_path is not None
                                   else self.tr("none chosen — choose one or drop a .zdxpanel "
                                                "here"))

    def _show_verifying(self) -> None:
        self.summary_label.setText(self.tr("Verifying {n_sheets} sheet(s)…").format(
                                       n_sheets=self.sheets_model.rowCount()))

    # == inputs =================================================================================
    def choose_package(self) -> None:
        path = _ask_open_file(self, self.tr("Choose the panel package"),
                              self.tr("Panel package") + " (*.zdxpanel)")
        if path is not None:
            self.set_package(path)

    def choose_sheets(self) -> None:
        paths = _ask_open_files(self, self.tr("Add score sheets"),
                                self.tr("Score sheets") + " (*.xlsx)")
        if paths:
            self.add_sheets(paths)

    def set_package(self, path: Path) -> None:
        self.chair.set_package(path)
        self._show_package()
        self._inputs_changed()

    def add_sheets(self, paths: Iterable[Path]) -> int:
        added = self.chair.add_sheets(paths)
        if added:
            self._inputs_changed()
        return added

    def remove_selected_sheets(self) -> None:
        rows = [i.row() for i in self.sheets_table.selectionModel().selectedRows()]
        if self.chair.remove_sheets(rows):
            self.details.clear()
            self._inputs_changed()

    def clear_sheets(self) -> None:
        self.chair.clear_sheets()
        self.details.clear()
        self._inputs_changed()

    def open_paths(self, paths: Iterable[Path]) -> None:
        """What a drop does: the last .zdxpanel becomes the package, .xlsx files are added;
        a folder brings the packages and sheets directly inside it."""
        if self.chair.open_paths(list(paths)):
            self._show_package()
            self._inputs_changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accepts(_local_paths(event)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if paths:
            self.open_paths(paths)
            event.acceptProposedAction()

    def _inputs_changed(self) -> None:
        self._update_actions()
        step = self.chair.next_step()
        if step == "merge":
            self.run_merge()
        elif step == "clear":
            self._set_result(None)

    # == merging ================================================================================
    @property
    def busy(self) -> bool:
        return self._running is not None

    def run_merge(self) -> None:
        request = self.chair.merge_request()  # None: nothing to merge, or due after this run
        if request is None:
            return

        def work(progress: operations.Progress) -> Any:
            return request.run(progress.update, lambda: progress.cancelled)

        self._show_verifying()
        self._running = operations.run_in_background(
            self, work, title=self.tr("Verifying and merging the score sheets…"),
            on_success=self._merged, on_failure=self._merge_failed)
        self._update_actions()

    def _after_run(self) -> None:
        self._running = None
        rerun = self.chair.end_operation()
        self._update_actions()
        self.mergeFinished.emit()
        if rerun:
            self.run_merge()

    def _merged(self, outcome: Any) -> None:
        self.chair.merge_succeeded(outcome)
        self._framework_texts()
        self.status_label.setText("")
        self._set_result(self.chair.result)
        self._refresh_details()
        self._after_run()

    def _merge_failed(self, exc: BaseException) -> None:
        failure = self.chair.merge_failed(exc, cancelled=isinstance(exc, operations.Cancelled))
        if failure.kind == "cancelled":
            self.summary_label.setText(self.tr("Merge cancelled."))
            self._after_run()
            return
        if failure.kind == "bug":
            self._after_run()
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.status_label.setText(self.tr("No result: {message}").format(
                                      message=failure.message))
        self._set_result(None)
        self._refresh_details()
        self._after_run()
        _warn(self, self.tr("Merge"), failure.message)

    def _set_result(self, result: PanelResult | None) -> None:
        """Show the controller's result (None: clear it) in the tabs."""
        if result is None:
            self.chair.clear_result()
        self._show_result(result)
        self._summarise()
        self._update_actions()
        if result is not None and result.ranking:
            self.ranking_table.selectRow(0)
        self.resultChanged.emit(result)

    def _summarise(self) -> None:
        counts = self.sheets_model.counts()
        if not self.sheets_model.rowCount():
            self.summary_label.setText(self.tr("Drop score sheets (.xlsx) here or use Add "
                                               "sheets…"))
            return
        parts = []
        for kind, label in (("ok", self.tr("{n} valid")),
                            ("warn", self.tr("{n} valid with warnings")),
                            ("old", self.tr("{n} superseded")), ("bad", self.tr("{n} rejected")),
                            ("pending", self.tr("{n} not checked"))):
            if counts.get(kind):
                parts.append(label.format(n=counts[kind]))
        self.summary_label.setText(" · ".join(parts))

    # -- sheet details -------------------------------------------------------------------------
    def _sheet_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh_details()

    def _refresh_details(self) -> None:
        index = self.sheets_table.currentIndex()
        if index.isValid() and index.row() < self.sheets_model.rowCount():
            self.details.setPlainText(self.sheets_model.details_text(index.row()))
        self._summarise()

    def show_sheet_details(self, row: int) -> str:
        """Select sheet ``row`` and return what the details pane shows."""
        self.sheets_table.selectRow(row)
        self._refresh_details()
        return self.details.toPlainText()


    # == what may be done now =================================================================
    def _update_actions(self) -> None:
        c = self.chair
        self.export_workbook_button.setEnabled(c.can_export_workbook)
        # a report only from the saved result workbook, signed by a chair or the organizer
        self.export_pdf_button.setEnabled(c.can_print)
        self.letters_button.setEnabled(c.can_print)
        self.merge_button.setEnabled(c.can_merge)
        self.method_combo.setEnabled(c.result is not None)

    # == the dialogs the exports ask (by these module names: tests replace them here) ==========
    def _ask_save(self, title: str, suggested: Path, filters: str) -> Path | None:
        return _ask_save_file(self, title, suggested, filters)

    def _ask_folder(self, title: str) -> Path | None:
        return _ask_directory(self, title)

    def _ask_file(self, title: str, filters: str) -> Path | None:
        return _ask_open_file(self, title, filters)

    def _tell(self, title: str, text: str) -> None:
        _inform(self, title, text)

    def _complain(self, title: str, text: str) -> None:
        _warn(self, title, text)

    def _preview_pdf(self, path: Path) -> QWidget | None:
        return _show_pdf(self, path)
