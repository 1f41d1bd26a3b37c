"""The chair's merge view: verify a pile of score sheets and explore the panel result.

The chair picks the panel package and adds sheets (buttons or drag and drop); the merge runs
off the UI thread (``services.merge.merge``) whenever the inputs change. The view shows each
sheet's verdict (tampered cells in the tooltip and the details pane), the ranking under any
method (switching only changes which precomputed ranking is shown), a nominee drill-down, the
disagreements, the reliability reading, and exports the result workbook and the PDF report.
Table logic lives in the ``*_model`` modules; this widget wires them together.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS
from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.services import identity as signing
from zerodx_desktop.services.profile import dimension_profile
from zerodx_desktop.ui import i18n, operations, passphrase_dialog
from zerodx_desktop.ui.charts import PALETTE, DomainChart, Series
from zerodx_desktop.ui.dialogs import (
    _ask_directory,
    _ask_open_file,
    _ask_open_files,
    _ask_save_file,
    _inform,
    _show_pdf,
    _warn,
)
from zerodx_desktop.ui.i18n import method_label, method_name
from zerodx_desktop.ui.meeting_panel import MeetingPanel
from zerodx_desktop.ui.nominee_matrix_model import (
    CriterionInfo,
    NomineeMatrixModel,
    framework_outline,
)
from zerodx_desktop.ui.ranking_model import DisagreementsModel, RankingModel, fmt
from zerodx_desktop.ui.sheets_model import SheetsModel, status_label

SHEET_SUFFIXES = (".xlsx",)
MATRIX_COLUMN_MAX = 150  # px: a criterion column fits its title up to this, then elides
FIT_SHEET_ROWS = (3, 8)  # the sheets table shows this many rows (min, max) unless resized
FIT_RANKING_ROWS = (3, 10)  # the ranking likewise
SHORT_VIEW = 700  # px: a view shorter than this (1024×700, 1366×768) shows fewer sheet rows
PACKAGE_SUFFIXES = (".zdxpanel",)
def _folder_files(folder: Path) -> list[Path]:
    """The packages and sheets directly in ``folder`` (by name; not its sub-folders)."""
    try:
        return sorted(p for p in folder.iterdir() if p.is_file()
                      and p.suffix.lower() in SHEET_SUFFIXES + PACKAGE_SUFFIXES
                      and not p.name.startswith((".", "~$")))  # lock files of office programs
    except OSError:
        return []


def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _fmt3(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("MergeView", "— (not enough data)")
    return i18n.fmt_number(value, 3)


class MergeView(i18n.Retranslating, QWidget):
    """Verify sheets and show the panel result; embeddable in the main window."""

    mergeFinished = Signal()  # after every merge attempt (success, failure or cancel)
    resultChanged = Signal(object)  # the new PanelResult, or None
    exportFinished = Signal(str)  # the path written

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.package_path: Path | None = None
        self.outcome: Any = None  # services.merge.MergeOutcome
        self.result: PanelResult | None = None
        self.last_error = ""
        self.last_workbook: Path | None = None
        self.last_workbook_sha = ""
        self.last_pdf: Path | None = None
        self.last_letters: list[Path] = []
        self.certificate_template: Path | None = None
        self.result_check: Any = None  # services.results.ResultCheck of the saved workbook
        self.preview: QWidget | None = None
        self._running: operations.Operation | None = None
        self._rerun = False
        self._criteria: list[CriterionInfo] = []
        self._domain_titles: dict[str, str] = {}
        self._scale = (1, 5)
        self.setAcceptDrops(True)

        self.sheets_model = SheetsModel(self)
        self.ranking_model = RankingModel(self)
        self.matrix_model = NomineeMatrixModel(self)
        self.disagreements_model = DisagreementsModel(self)
        self._build_ui()
        self._update_actions()
        self.retranslate()

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

        # result tabs
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_ranking_tab(), "")
        self.tabs.addTab(self._build_disagreements_tab(), "")
        self.tabs.addTab(self._build_reliability_tab(), "")
        self.tabs.addTab(self._build_uncertainty_tab(), "")
        self.meeting_panel = MeetingPanel()
        self.tabs.addTab(self.meeting_panel, "")
        self.tabs.addTab(self._build_design_tab(), "")

        # exports
        export = QHBoxLayout()
        self.export_workbook_button = QPushButton()
        self.export_workbook_button.clicked.connect(self.export_workbook)
        export.addWidget(self.export_workbook_button)
        self.signing_label = QLabel()
        self.signing_label.setWordWrap(True)
        export.addWidget(self.signing_label, 1)
        # the printed pieces (report, certificates, letters) on a row of their own
        printing = QHBoxLayout()
        self.include_comments_check = QCheckBox()
        printing.addWidget(self.include_comments_check)
        self.certificates_caption = QLabel()
        printing.addWidget(self.certificates_caption)
        self.certificates_spin = QSpinBox()
        self.certificates_spin.setRange(0, 100)
        printing.addWidget(self.certificates_spin)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.choose_certificate_template)
        printing.addWidget(self.template_button)
        self.report_language_caption = QLabel()
        printing.addWidget(self.report_language_caption)
        self.report_language_combo = QComboBox()
        # language names in their own language, untranslated (as in Preferences)
        self.report_language_combo.addItem("English", "en")
        self.report_language_combo.addItem("\u7b80\u4f53\u4e2d\u6587", "zh_CN")
        if i18n.current_language() == i18n.CHINESE:
            self.report_language_combo.setCurrentIndex(1)
        printing.addWidget(self.report_language_combo)
        self.export_pdf_button = QPushButton()
        self.export_pdf_button.clicked.connect(self.export_pdf)
        printing.addWidget(self.export_pdf_button)
        self.rank_band_check = QCheckBox()
        printing.addWidget(self.rank_band_check)
        self.letters_button = QPushButton()
        self.letters_button.clicked.connect(self.export_letters)
        printing.addWidget(self.letters_button)
        printing.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        self.matrix_model.modelReset.connect(self._fit_matrix_columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(main, 1)
        layout.addLayout(export)
        layout.addLayout(printing)
        layout.addWidget(self.status_label)

    @staticmethod
    def _compact_rows(table: QTableView) -> None:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    @classmethod
    def _table_defaults(cls, table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        cls._compact_rows(table)
        table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)

    def _build_ranking_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(6, 6, 6, 4)  # every row counts at 1400x900
        v.setSpacing(4)
        row = QHBoxLayout()
        self.method_caption = QLabel()
        row.addWidget(self.method_caption)
        self.method_combo = QComboBox()
        for m in METHODS:
            self.method_combo.addItem(method_name(m), m)
        self.method_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        row.addWidget(self.method_combo)
        self.method_note = QLabel()
        row.addWidget(self.method_note, 1)
        v.addLayout(row)
        self.sensitivity_label = QLabel()
        self.sensitivity_label.setWordWrap(True)
        v.addWidget(self.sensitivity_label)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.ranking_split = split
        self.ranking_table = QTableView()
        self.ranking_table.setModel(self.ranking_model)
        self._table_defaults(self.ranking_table)
        self.ranking_table.horizontalHeader().setSectionResizeMode(
            RankingModel.COL_NOMINEE, QHeaderView.ResizeMode.Stretch)
        self.ranking_table.selectionModel().currentRowChanged.connect(self._ranking_selected)
        split.addWidget(self.ranking_table)

        nominee = QWidget()
        nv = QVBoxLayout(nominee)
        nv.setContentsMargins(0, 0, 0, 0)
        self.nominee_label = QLabel()
        self.nominee_label.setWordWrap(True)
        nv.addWidget(self.nominee_label)
        nsplit = QSplitter(Qt.Orientation.Horizontal)
        self.matrix_table = QTableView()
        self.matrix_table.setModel(self.matrix_model)
        self.matrix_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # long criterion titles are elided; the header tooltip carries the full question
        self.matrix_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.matrix_table.horizontalHeader().setDefaultSectionSize(96)
        self.matrix_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self._compact_rows(self.matrix_table)
        nsplit.addWidget(self.matrix_table)
        # the chart beside the comments, not above them: the drill-down is wide and low, and
        # a radar stacked over the comments was drawn at a third of the height it could have
        self.chart = DomainChart()
        self.chart.setMinimumSize(160, 130)  # the ranking keeps its rows; fits 1024x700 (zh)
        nsplit.addWidget(self.chart)
        comments = QWidget()
        cv = QVBoxLayout(comments)
        cv.setContentsMargins(0, 0, 0, 0)
        self.comments_caption = QLabel()
        cv.addWidget(self.comments_caption)
        self.comments_view = QPlainTextEdit()
        self.comments_view.setReadOnly(True)
        self.comments_view.setMinimumHeight(3 * self.comments_view.fontMetrics().lineSpacing())
        cv.addWidget(self.comments_view, 1)
        nsplit.addWidget(comments)
        nsplit.setStretchFactor(0, 4)
        nsplit.setStretchFactor(1, 4)  # the radar has one axis per dimension: it needs room
        nsplit.setStretchFactor(2, 3)
        nv.addWidget(nsplit, 1)
        split.addWidget(nominee)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        v.addWidget(split, 1)
        return page

    # == sizing =================================================================================
    @staticmethod
    def _table_height(table: QTableView, rows: int) -> int:
        """The height ``table`` needs to show ``rows`` rows without scrolling."""
        row = table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + rows * row
        height += 2 * table.frameWidth() + 2
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        return height

    @staticmethod
    def _fit_split(split: QSplitter, first: int) -> None:
        total = sum(split.sizes())
        if total <= 0:
            return
        first = min(first, total - 120)  # the second part keeps some room
        split.setSizes([max(first, 60), total - max(first, 60)])

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

    def _fit_matrix_columns(self) -> None:
        """Criterion columns as wide as their title and levels, up to a limit (then elided)."""
        header = self.matrix_table.horizontalHeader()
        for col in range(self.matrix_model.columnCount()):
            want = max(header.sectionSizeHint(col), self.matrix_table.sizeHintForColumn(col))
            header.resizeSection(col, min(want, MATRIX_COLUMN_MAX))

    def _build_disagreements_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.disagreements_caption = QLabel()
        v.addWidget(self.disagreements_caption)
        self.disagreements_table = QTableView()
        self.disagreements_table.setModel(self.disagreements_model)
        self._table_defaults(self.disagreements_table)
        self.disagreements_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.disagreements_table.doubleClicked.connect(self._disagreement_activated)
        v.addWidget(self.disagreements_table)
        return page

    def _build_reliability_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.reading_label)
        form = QFormLayout()
        self.reliability_form = form
        self.alpha_label = QLabel("—")
        self.icc21_label = QLabel("—")
        self.icc31_label = QLabel("—")
        self.icc2k_label = QLabel("—")
        self.kendall_label = QLabel("—")
        for value in (self.alpha_label, self.icc21_label, self.icc31_label, self.icc2k_label,
                      self.kendall_label):
            form.addRow(QLabel(), value)  # captions in retranslate()
        v.addLayout(form)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.judges_table = QTableWidget(0, 5)
        self._table_defaults(self.judges_table)
        self.judges_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split.addWidget(self.judges_table)
        self.criterion_alpha_table = QTableWidget(0, 2)
        self._table_defaults(self.criterion_alpha_table)
        self.criterion_alpha_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split.addWidget(self.criterion_alpha_table)
        v.addWidget(split, 1)
        return page

    def _build_uncertainty_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(6, 6, 6, 4)
        self.uncertainty_label = QLabel()
        self.uncertainty_label.setWordWrap(True)
        self.uncertainty_label.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.uncertainty_label)
        # panels with award categories: each category's own bootstrap, one at a time
        self._uncertainty_result: PanelResult | None = None  # what the tab shows
        self.uncertainty_category = QComboBox()
        self.uncertainty_category.setAccessibleName(self.tr("Award category"))
        self.uncertainty_category.currentIndexChanged.connect(
            lambda _i: self._fill_uncertainty(self._uncertainty_result))
        self.uncertainty_category.setVisible(False)
        v.addWidget(self.uncertainty_category, 0, Qt.AlignmentFlag.AlignLeft)
        self.rank_plot = RankRangePlot()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rank_plot)
        v.addWidget(scroll, 1)
        return page

    def _build_design_tab(self) -> QWidget:
        """Who scored what: nominees × judges (scored, not scored, not assigned, recused)."""
        from zerodx_desktop.ui.design_matrix_model import DesignMatrixModel

        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(6, 6, 6, 4)
        self.design_label = QLabel()
        self.design_label.setWordWrap(True)
        self.design_label.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.design_label)
        self.design_model = DesignMatrixModel(self)
        self.design_view = QTableView()
        self.design_view.setObjectName("designMatrix")
        self.design_view.setModel(self.design_model)
        self.design_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.design_view, 1)
        return page

    def _fill_design(self, result: PanelResult | None) -> None:
        from zerodx_desktop.services.programme import design_matrix

        design = None if result is None else design_matrix(result)
        self.design_model.set_design(design)
        if design is None:
            self.design_label.setText("")
            return
        self.design_view.resizeColumnsToContents()
        c = design.counts()
        self.design_label.setText(self.tr(
            "Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: "
            "{not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: "
            "{recused}.").format(**c))

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
        for i, name in enumerate((self.tr("Ranking"), self.tr("Disagreements"),
                                  self.tr("Reliability"), self.tr("How sure"),
                                  self.tr("Meeting"), self.tr("Design"))):
            self.tabs.setTabText(i, name)
        self.export_workbook_button.setText(self.tr("Export result workbook…"))
        self.export_workbook_button.setToolTip(self.tr("Write the panel result as a signed "
                                                       "workbook (.xlsx) for the organizer"))
        self.include_comments_check.setText(self.tr("Include anonymised comments"))
        self.include_comments_check.setToolTip(self.tr("Put the judges' comments in the "
                                                       "report, without their names"))
        self.certificates_caption.setText(self.tr("Certificates:"))
        self.certificates_spin.setToolTip(self.tr("Winner certificates for the top N nominees"))
        self.export_pdf_button.setText(self.tr("PDF report…"))
        self.export_pdf_button.setToolTip(self.tr("Write the final report (PDF), with "
                                                  "certificates for the top nominees if asked"))
        self._refresh_signing_note()
        # ranking tab
        self.template_button.setText(self.tr("Certificate template…") if
                                     self.certificate_template is None else
                                     self.certificate_template.name)
        self.template_button.setToolTip(self.tr("The certificates' layout and wording (title, "
                                                "award line, signature lines, logo): a "
                                                "certificate template file (.json)"))
        self.report_language_caption.setText(self.tr("Printed in:"))
        self.report_language_combo.setToolTip(self.tr("The language of the PDF report, the "
                                                      "certificates and the feedback letters"))
        self.rank_band_check.setText(self.tr("Rank band"))
        self.rank_band_check.setToolTip(self.tr("Tell each nominee its band (top quarter, upper "
                                                "half, ...) in the feedback letter"))
        self.letters_button.setText(self.tr("Feedback letters…"))
        self.letters_button.setToolTip(self.tr("Write one feedback letter (PDF) per nominee into "
                                               "a folder: its own scores against the field and "
                                               "the judges' comments, anonymised"))
        self.method_caption.setText(self.tr("Method:"))
        self.method_combo.setToolTip(self.tr("How the judges' totals are combined; the package "
                                             "names the official method"))
        self._method_texts()
        self.comments_caption.setText(self.tr("Comments (anonymised):"))
        # what a screen reader says for the tables and panes without a caption of their own
        self.sheets_table.setAccessibleName(self.tr("Score sheets"))
        self.design_view.setAccessibleName(self.tr("Who scored what"))
        self.report_language_combo.setAccessibleName(self.tr("Printed in:"))
        self.details.setAccessibleName(self.tr("Verification details of the selected sheet"))
        self.ranking_table.setAccessibleName(self.tr("Ranking"))
        self.matrix_table.setAccessibleName(self.tr("Levels by judge and criterion"))
        self.comments_view.setAccessibleName(self.tr("Comments (anonymised)"))
        self.certificates_spin.setAccessibleName(self.tr("Certificates"))
        self.disagreements_table.setAccessibleName(self.tr("Scores to discuss"))
        self.judges_table.setAccessibleName(self.tr("Agreement by judge"))
        self.criterion_alpha_table.setAccessibleName(self.tr("Agreement by criterion"))
        # disagreements and reliability tabs
        self.disagreements_caption.setText(self.tr(
            "Scores to discuss: criteria where the levels range by 2 or more, and nominees "
            "whose spread is in the panel's top decile."))
        captions = (self.tr("Krippendorff's alpha (interval):"),
                    self.tr("ICC(2,1) (absolute agreement):"),
                    self.tr("ICC(3,1) (consistency):"),
                    self.tr("ICC(2,k) (the panel average):"), self.tr("Kendall's W (rankings):"))
        for value, caption in zip((self.alpha_label, self.icc21_label, self.icc31_label,
                                   self.icc2k_label, self.kendall_label), captions,
                                  strict=True):
            label = self.reliability_form.labelForField(value)
            if isinstance(label, QLabel):
                label.setText(caption)
        self.judges_table.setHorizontalHeaderLabels(
            [self.tr("Judge"), self.tr("Sheet"), self.tr("Severity"), self.tr("Agreement"),
             self.tr("Fingerprint")])
        self.judges_table.setToolTip(self.tr("Severity: the judge's mean offset from the panel "
                                             "(negative = harsher). Agreement: correlation of the "
                                             "judge's totals with the rest of the panel."))
        self.criterion_alpha_table.setHorizontalHeaderLabels([self.tr("Criterion"),
                                                              self.tr("Alpha")])
        # what is shown of the inputs and the result
        if stale:
            selected = self.selected_nominee_id()
            self._framework_texts()
            self._show_result_texts()  # refills the ranking: select the same nominee again
            row = self.ranking_model.row_of(selected) if selected else -1
            if row >= 0:
                self.ranking_table.selectRow(row)
            for model in (self.sheets_model, self.ranking_model, self.matrix_model,
                          self.disagreements_model):
                i18n.refresh_model_texts(model)
        else:
            self._fill_reliability(None)
        self._show_nominee_texts()
        if self._running is None:
            self._refresh_details()  # the details pane and the summary
        else:
            self._show_verifying()

    def _show_package(self) -> None:
        self.package_label.setText(str(self.package_path) if self.package_path is not None
                                   else self.tr("none chosen — choose one or drop a .zdxpanel "
                                                "here"))

    def _method_texts(self) -> None:
        """The method picker's items: the method's name (official marked), what it does."""
        official = self.result.method if self.result is not None else None
        longest = 0
        for i in range(self.method_combo.count()):
            m = self.method_combo.itemData(i)
            name = method_name(m)
            self.method_combo.setItemText(
                i, self.tr("{method} (official)").format(method=name) if m == official
                else name)
            self.method_combo.setItemData(i, method_label(m), Qt.ItemDataRole.ToolTipRole)
            longest = max(longest, len(self.tr("{method} (official)").format(method=name)))
        self.method_combo.setMinimumContentsLength(longest)

    def _framework_texts(self) -> None:
        """The merged panel's criterion and domain titles, in the UI language's variant."""
        panel = getattr(self.outcome, "panel", None)
        if panel is None:
            return
        self._criteria, self._scale = framework_outline(panel.framework)
        self._domain_titles = {str(d.get("id", "")): i18n.text(d.get("title"))
                               for d in (panel.framework or {}).get("domains", []) or []
                               if isinstance(d, dict) and d.get("title")}

    def _show_result_texts(self) -> None:
        """Method note, sensitivity, disagreements and reliability of the current result."""
        result = self.result
        self._fill_reliability(result)
        if result is None:
            return
        self._show_method(self.current_method())
        if result.sensitivity:
            self.sensitivity_label.setText(self.tr("What the panel can tell apart: {notes}")
                                           .format(notes=" ".join(
                                               i18n.engine_text(x)
                                               for x in result.sensitivity)))
        else:
            self.sensitivity_label.setText("")
        self._fill_uncertainty(result)
        names = {r.nominee_id: r.nominee for r in result.ranking}
        titles = {c.id: c.title for c in self._criteria}
        self.disagreements_model.set_rows(result.disagreements, names, titles)

    def _fill_uncertainty(self, result: PanelResult | None) -> None:
        """The How sure tab: the bootstrap's reading and the rank-range plot (official
        method)."""
        self._uncertainty_result = result
        if result is None:
            self.uncertainty_label.setText(self.tr("Merge the sheets to see which places the "
                                                   "panel can tell apart."))
            self.rank_plot.set_rows([])
            self._uncertainty_categories(None)
            return
        category = self._uncertainty_categories(result)
        if category is not None:
            self._fill_category_uncertainty(result, category)
            return
        if result.bootstrap_resamples:
            intro = self.tr("The judges were resampled {n} times and the nominees ranked again "
                            "by the official method each time. Bar: the places a nominee takes "
                            "in 90% of the resamples; dot: its official rank. Overlapping bars "
                            "are places the panel cannot tell apart.").format(
                                n=f"{result.bootstrap_resamples:,}")
        else:
            intro = self.tr("How sure the ranking is could not be estimated: {why}.").format(
                why=i18n.engine_text(result.bootstrap_note))
        adjusted = None
        if result.incomplete_design and result.method != "adjusted":
            adjusted = {r.nominee_id: r.rank for r in result.by_method.get("adjusted", [])
                        if r.score is not None}
            intro += " " + self.tr("Not every judge scored every nominee: a ring marks the "
                                   "rank adjusted for each judge's severity.")
        self.uncertainty_label.setText("\n".join([intro, *(f"• {i18n.engine_text(s)}"
                                                            for s in result.sensitivity)]))
        self.rank_plot.set_rows(result.ranking, adjusted)

    def _uncertainty_categories(self, result: PanelResult | None) -> str | None:
        """The How sure tab's category picker (shown for panels with award categories; its
        items follow the result and the language): the category chosen, None for the whole
        panel."""
        combo = self.uncertainty_category
        zh = i18n.current_lang() == "zh"
        titles: dict[str, str] = {}  # category id -> title, in the UI language when it can
        for c in ((result.panel_doc or {}).get("categories") or []) if result else []:
            if isinstance(c, dict) and c.get("id"):
                titles[str(c["id"])] = str((zh and c.get("title_zh")) or c.get("title") or "")
        chosen = combo.currentData()
        items: list[tuple[str | None, str]] = [(None, self.tr("Whole panel"))] + [
            (cid, self.tr("Category: {category}").format(category=title))
            for cid, title in titles.items()]
        combo.blockSignals(True)
        combo.clear()
        for cid, text in items:
            combo.addItem(text, cid)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen in titles else 0)
        combo.blockSignals(False)
        combo.setVisible(bool(titles))
        data = combo.currentData()
        return str(data) if data else None

    def _fill_category_uncertainty(self, result: PanelResult, category: str) -> None:
        """How sure the ranking within one award category is: the category's own bootstrap
        (its nominees alone, the official method)."""
        rows = result.category_rankings().get(category, [])
        own = result.category_stats.get(category)
        title = self.uncertainty_category.currentText()
        if own is not None and any(r.rank_interval is not None for r in rows):
            text = self.tr("{category}: the judges were resampled {n} times and this "
                           "category's nominees ranked again among themselves by the official "
                           "method each time. Bar: the places a nominee takes in 90% of the "
                           "resamples; dot: its rank in the category.").format(
                               category=title, n=f"{result.bootstrap_resamples:,}")
        else:
            why = i18n.engine_text(own.bootstrap_note) if own is not None and \
                own.bootstrap_note else self.tr("the category has no nominees in this result")
            text = self.tr("{category}: how sure the ranking is could not be estimated: "
                           "{why}.").format(category=title, why=why)
        self.uncertainty_label.setText(text)
        self.rank_plot.set_rows(rows)

    def _show_nominee_texts(self) -> None:
        """The drill-down of the nominee selected in the ranking (or how to get one)."""
        index = self.ranking_table.currentIndex()
        if self.result is not None and index.isValid():
            self._show_nominee(self.ranking_model.ranking_row(index.row()))
        else:
            self.nominee_label.setText(self.tr("Select a nominee in the ranking to see every "
                                               "judge's levels."))

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
        self.package_path = Path(path)
        self._show_package()
        self.sheets_model.clear_verdicts()
        self._inputs_changed()

    def add_sheets(self, paths: Iterable[Path]) -> int:
        added = self.sheets_model.add_files([Path(p) for p in paths])
        if added:
            self._inputs_changed()
        return added

    def remove_selected_sheets(self) -> None:
        rows = [i.row() for i in self.sheets_table.selectionModel().selectedRows()]
        if rows:
            self.sheets_model.remove_rows(rows)
            self.details.clear()
            self._inputs_changed()

    def clear_sheets(self) -> None:
        self.sheets_model.clear()
        self.details.clear()
        self._inputs_changed()

    def open_paths(self, paths: Iterable[Path]) -> None:
        """What a drop does: the last .zdxpanel becomes the package, .xlsx files are added;
        a folder brings the packages and sheets directly inside it."""
        paths = [q for p in paths for q in (_folder_files(p) if p.is_dir() else [p])]
        packages = [p for p in paths if p.suffix.lower() in PACKAGE_SUFFIXES]
        sheets = [p for p in paths if p.suffix.lower() in SHEET_SUFFIXES]
        if packages:
            self.package_path = packages[-1]
            self._show_package()
            self.sheets_model.clear_verdicts()
        added = self.sheets_model.add_files(sheets)
        if packages or added:
            self._inputs_changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(p.suffix.lower() in SHEET_SUFFIXES + PACKAGE_SUFFIXES or p.is_dir()
               for p in _local_paths(event)):
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
        if self.package_path is not None and self.sheets_model.rowCount():
            self.run_merge()
        elif not self.sheets_model.rowCount():
            self._set_result(None)

    # == merging ================================================================================
    @property
    def busy(self) -> bool:
        return self._running is not None

    def run_merge(self) -> None:
        if self.package_path is None or not self.sheets_model.rowCount():
            return
        if self._running is not None:
            self._rerun = True  # inputs changed mid-run: merge again when this one ends
            return
        package, sheets, home = self.package_path, self.sheets_model.paths(), self.home

        def work(progress: operations.Progress) -> Any:
            from zerodx_desktop.services.merge import merge

            # the package goes through the home's pin (a look-alike is refused); with no
            # valid sheet, NoValidSheet carries every verdict (nothing is verified twice)
            return merge(package, sheets, progress=progress.update,
                         cancel=lambda: progress.cancelled, home=home)

        self._show_verifying()
        self._running = operations.run_in_background(
            self, work, title=self.tr("Verifying and merging the score sheets…"),
            on_success=self._merged, on_failure=self._merge_failed)
        self._update_actions()

    def _after_run(self) -> None:
        self._running = None
        self._update_actions()
        self.mergeFinished.emit()
        self._rerun_if_asked()

    def _rerun_if_asked(self) -> None:
        if self._rerun:
            self._rerun = False
            self.run_merge()

    def _merged(self, outcome: Any) -> None:
        self.outcome = outcome
        self.last_error = ""
        self.sheets_model.set_verdicts(list(outcome.verdicts))
        self._framework_texts()
        self.status_label.setText("")
        self._set_result(outcome.result)
        self._refresh_details()
        self._after_run()

    def _merge_failed(self, exc: BaseException) -> None:
        from zerodx_desktop.services.merge import MergeCancelled

        if isinstance(exc, operations.Cancelled | MergeCancelled):
            self.summary_label.setText(self.tr("Merge cancelled."))
            self._after_run()
            return
        if not isinstance(exc, UserError):
            self._after_run()
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        verdicts = getattr(exc, "verdicts", None)
        if verdicts:
            self.sheets_model.set_verdicts(list(verdicts))
        self.last_error = exc.message
        self.status_label.setText(self.tr("No result: {message}").format(message=exc.message))
        self._set_result(None)
        self._refresh_details()
        self._after_run()
        _warn(self, self.tr("Merge"), exc.message)

    # == showing the result =====================================================================
    def _set_result(self, result: PanelResult | None) -> None:
        self.result = result
        self.result_check = None  # the PDF waits for this result's workbook, signed and valid
        self.matrix_model.set_result(None, "")
        self._fill_design(result)
        self.chart.clear()
        self.comments_view.clear()
        self.meeting_panel.set_result(result, {c.id: c.title for c in self._criteria})
        if result is None:
            self.nominee_label.setText("")  # no result: no nominee in the drill-down
            self.ranking_model.set_rows([], [])
            self.disagreements_model.set_rows([])
            self.sensitivity_label.setText("")
            self.method_note.setText("")
            self._fill_reliability(None)
            self._fill_uncertainty(None)
            self._summarise()
            self._update_actions()
            self.resultChanged.emit(None)
            return
        official = result.method
        self.method_combo.blockSignals(True)
        self._method_texts()
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(official)))
        self.method_combo.blockSignals(False)
        self._show_result_texts()  # the official method's ranking, and the rest
        self._summarise()
        self._update_actions()
        if result.ranking:
            self.ranking_table.selectRow(0)
        self.resultChanged.emit(result)

    def current_method(self) -> str:
        return str(self.method_combo.currentData())

    def set_method(self, method: str) -> None:
        """Show the ranking by ``method`` (already computed by the merge; nothing recomputes)."""
        index = self.method_combo.findData(method)
        if index < 0:
            raise ValueError(f"unknown method {method!r}")
        self.method_combo.setCurrentIndex(index)

    def _method_changed(self, _index: int) -> None:
        if self.result is not None:
            selected = self.selected_nominee_id()
            self._show_method(self.current_method())
            if selected:
                row = self.ranking_model.row_of(selected)
                if row >= 0:
                    self.ranking_table.selectRow(row)

    def _rows_for(self, method: str) -> list[RankingRow] | None:
        assert self.result is not None
        rows = self.result.by_method.get(method)
        if rows is None and method == self.result.method:
            rows = self.result.ranking
        return rows

    def _domains(self) -> list[tuple[str, str]]:
        """The result's domains (id, title), titled in the UI language when the framework is."""
        assert self.result is not None
        return [(did, self._domain_titles.get(did, title)) for did, title in self.result.domains]

    def _show_method(self, method: str) -> None:
        assert self.result is not None
        rows = self._rows_for(method)
        self.ranking_model.set_rows(rows or [], self._domains())
        if rows is None:
            self.method_note.setText(self.tr("The merge did not compute '{method}'.").format(
                                         method=method))
        elif method == self.result.method:
            self.method_note.setText(self.tr("{value} — the panel's official method; exports "
                                             "use it.").format(
                                         value=method_label(method)))
        else:
            self.method_note.setText(self.tr("{value} — for comparison; the official method is "
                                             "{method}.").format(
                                         value=method_label(method),
                                         method=self.result.method))

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

    def _fill_reliability(self, result: PanelResult | None) -> None:
        rel = result.reliability if result is not None else None
        self.alpha_label.setText(_fmt3(rel.krippendorff_alpha_interval) if rel else "—")
        self.icc21_label.setText(_fmt3(rel.icc_2_1) if rel else "—")
        self.icc31_label.setText(_fmt3(rel.icc_3_1) if rel else "—")
        self.icc2k_label.setText(_fmt3(rel.icc_2_k) if rel else "—")
        self.kendall_label.setText(_fmt3(rel.kendall_w) if rel else "—")
        for key, value in (("krippendorff_alpha_interval", self.alpha_label),
                           ("icc_2_1", self.icc21_label), ("icc_3_1", self.icc31_label),
                           ("icc_2_k", self.icc2k_label), ("kendall_w", self.kendall_label)):
            value.setToolTip(i18n.engine_text(rel.reasons.get(key, "")) if rel else "")
        if rel is None:
            self.reading_label.setText(self.tr("Merge the sheets to see how well the judges "
                                               "agree."))
        elif rel.reading:
            self.reading_label.setText("\n".join(f"• {i18n.engine_text(s)}"
                                                  for s in rel.reading))
        else:
            self.reading_label.setText(self.tr("No reading: too few judges or nominees to say."))
        judges = result.judges if result is not None else []
        self.judges_table.setRowCount(len(judges))
        for r, j in enumerate(judges):
            for c, text in enumerate((j.name, status_label(j.status), fmt(j.severity),
                                      fmt(j.agreement, 3), j.fingerprint)):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.judges_table.setItem(r, c, item)
        per = rel.per_criterion_alpha if rel else {}
        titles = {c.id: c.title for c in self._criteria}
        self.criterion_alpha_table.setRowCount(len(per))
        for r, (cid, alpha) in enumerate(per.items()):
            item = QTableWidgetItem(titles.get(cid, cid))
            item.setToolTip(cid)
            self.criterion_alpha_table.setItem(r, 0, item)
            self.criterion_alpha_table.setItem(r, 1, QTableWidgetItem(fmt(alpha, 3)))

    # -- nominee drill-down --------------------------------------------------------------------
    def selected_nominee_id(self) -> str | None:
        index = self.ranking_table.currentIndex()
        if not index.isValid():
            return None
        nid = self.ranking_model.data(index, RankingModel.NomineeIdRole)
        return None if nid is None else str(nid)

    def open_nominee(self, nominee_id: str) -> None:
        """Select ``nominee_id`` in the ranking, which fills the drill-down."""
        row = self.ranking_model.row_of(nominee_id)
        if row < 0:
            raise KeyError(nominee_id)
        self.tabs.setCurrentIndex(0)
        self.ranking_table.selectRow(row)

    def _ranking_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_nominee(self.ranking_model.ranking_row(current.row()))

    def _show_nominee(self, row: RankingRow) -> None:
        result = self.result
        if result is None:
            return
        conflicted: set[str] = set()
        panel = getattr(self.outcome, "panel", None)
        if panel is not None:
            conflicted = {c.fingerprint for c in panel.conflicts
                          if c.nominee_id == row.nominee_id}
        self.matrix_model.set_result(result, row.nominee_id, criteria=self._criteria or None,
                                     scale=self._scale, conflicted=conflicted)
        rank = f"={row.rank}" if row.tied else str(row.rank)
        judges = (self.tr("1 judge") if row.judges == 1
                  else self.tr("{n} judges").format(n=row.judges))
        self.nominee_label.setText(self.tr("{nominee} — rank {rank}, score {score} "
                                           "({judges})").format(
                                       nominee=row.nominee, rank=rank, score=fmt(row.score),
                                       judges=judges))
        self._show_profile(row)
        titles = {c.id: c.title for c in self._criteria}
        lines = [f"{titles.get(c.criterion_id, c.criterion_id)}: {c.text}"
                 for c in result.comments if c.nominee_id == row.nominee_id]
        self.comments_view.setPlainText("\n\n".join(lines) if lines else self.tr("No comments."))

    def _show_profile(self, row: RankingRow) -> None:
        """The radar: one axis per framework dimension (the domains when the result keeps no
        levels); figures do not depend on the method."""
        result = self.result
        assert result is not None
        profile = dimension_profile(result)
        if profile is not None:
            axes = [i18n.text(a.title) for a in profile.axes]
            details = [f"{i18n.text(a.domain_title)} › {i18n.text(a.title)}"
                       for a in profile.axes]
            mine, panel_avg = list(profile.of(row.nominee_id)), list(profile.average)
        else:  # domain subtotals from the official ranking
            official = next((r for r in result.ranking if r.nominee_id == row.nominee_id), row)
            axes = details = [title for _id, title in self._domains()]
            mine = [official.domain_scores.get(did) for did, _t in result.domains]
            panel_avg = []
            for did, _t in result.domains:
                vals = [x for r in result.ranking if (x := r.domain_scores.get(did)) is not None]
                panel_avg.append(sum(vals) / len(vals) if vals else None)
        self.chart.set_data(axes, [Series(row.nominee, mine, PALETTE[0]),
                                   Series(self.tr("Panel average"), panel_avg, PALETTE[1])],
                            details=details)

    def _disagreement_activated(self, index: QModelIndex) -> None:
        nid = self.disagreements_model.data(index, DisagreementsModel.NomineeIdRole)
        if nid and self.ranking_model.row_of(nid) >= 0:
            self.open_nominee(nid)

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

    # == exports ================================================================================
    def _refresh_signing_note(self) -> None:
        if signing.has_identity(self.home):
            try:
                who = signing.load_public_identity(self.home)
                self.signing_label.setText(self.tr("Signed by {name} ({fingerprint}).").format(
                                               name=who.name, fingerprint=who.fingerprint))
            except UserError as exc:
                self.signing_label.setText(
                    self.tr("The home identity cannot be read: {what}").format(what=exc.what))
        else:
            self.signing_label.setText(self.tr("No identity in this home: the result workbook "
                                               "will be UNSIGNED (create an identity to sign "
                                               "it)."))

    def _update_actions(self) -> None:
        has_result = self.result is not None
        idle = self._running is None
        self.export_workbook_button.setEnabled(has_result and idle)
        # a report only from the saved result workbook, signed by a chair or the organizer
        self.export_pdf_button.setEnabled(has_result and idle and self.result_check is not None
                                          and self.result_check.valid)
        self.letters_button.setEnabled(self.export_pdf_button.isEnabled())
        self.merge_button.setEnabled(idle and self.package_path is not None
                                     and self.sheets_model.rowCount() > 0)
        self.method_combo.setEnabled(has_result)

    def _suggested(self, suffix: str) -> Path:
        base = self.package_path.parent if self.package_path else self.home
        stem = "result" if suffix == ".xlsx" else "report"
        return base / f"{stem}{suffix}"

    def export_workbook(self) -> None:
        """Save the result workbook, signed with the home identity when there is one."""
        if self.result is None:
            return
        path = _ask_save_file(self, self.tr("Save the result workbook"), self._suggested(".xlsx"),
                              self.tr("Excel workbook") + " (*.xlsx)")
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:  # the meeting's notes and decisions are signed with the result
            self.meeting_panel.apply()
        except UserError as exc:
            self.status_label.setText(self.tr("Not saved: {message}").format(
                message=exc.message))
            _warn(self, self.tr("Meeting"), exc.message)
            return
        self._refresh_signing_note()
        identity = None
        if signing.has_identity(self.home):
            try:
                identity = passphrase_dialog.unlock_identity(
                    self, self.home, purpose=self.tr("sign the result workbook"))
            except UserError as exc:
                _warn(self, self.tr("Sign the result"), exc.message)
                return
            if identity is None:
                return
        result = self.result
        home, package = self.home, self.package_path

        def work(_progress: operations.Progress) -> Any:
            from zerodx_desktop.services.results import check_result, write_result

            sha = write_result(path, result, identity)
            # what the report will trust: the file as written, checked like any other
            return sha, check_result(home, path, package=package)

        def done(written: Any) -> None:
            sha256, check = written
            self.last_workbook, self.last_workbook_sha = path, sha256
            if self.result is result:
                self.result_check = check
                self._update_actions()
            how = (self.tr("signed by {name} ({fingerprint})").format(
                       name=identity.name, fingerprint=identity.fingerprint) if identity
                   else self.tr("UNSIGNED: this home has no identity"))
            text = self.tr("Result workbook saved: {path}").format(path=path) + (
                f"\n{how}\nSHA-256: {sha256}")
            if not check.valid:
                text += "\n" + self.tr("No final PDF report from this result: it is {status} "
                                       "({reason}).").format(status=check.status,
                                                             reason=check.reason)
            self.status_label.setText(text)
            self.exportFinished.emit(str(path))
            _inform(self, self.tr("Result workbook"), text)

        self._run_export(work, self.tr("Writing the result workbook…"), done)

    def export_pdf(self) -> None:
        """Write the PDF report, then open it in the preview."""
        if self.result is None:
            return
        path = _ask_save_file(self, self.tr("Save the PDF report"), self._suggested(".pdf"),
                              self.tr("PDF") + " (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        include_comments = self.include_comments_check.isChecked()
        certificates = self.certificates_spin.value()
        lang = str(self.report_language_combo.currentData())
        home, check = self.home, self.result_check
        template = self.certificate_template
        if check is None or self.last_workbook is None:
            return

        def work(progress: operations.Progress) -> Any:
            from zerodx_desktop.services.reports import print_report

            # the one rule, from the saved workbook: it says signed exactly when the file is
            return print_report(home, check.path, path, include_comments=include_comments,
                                certificates=certificates, progress=progress.update,
                                check=check, lang=lang, certificate_template=template)

        def done(outcome: Any) -> None:
            self.last_pdf = path
            text = self.tr("Report saved: {path}").format(path=path)
            if outcome.certificates_path is not None:
                text += "\n" + self.tr("Certificates saved: {path}").format(
                    path=outcome.certificates_path)
            self.status_label.setText(text)
            self.exportFinished.emit(str(path))
            self.preview = _show_pdf(self, path)

        self._run_export(work, self.tr("Writing the PDF report…"), done)

    def choose_certificate_template(self) -> None:
        """Choose (and check) the certificate template; cancelling keeps the current one."""
        path = _ask_open_file(self, self.tr("Choose a certificate template"),
                              self.tr("Certificate template") + " (*.json)")
        if path is None:
            return
        self.set_certificate_template(path)

    def set_certificate_template(self, path: Path | None) -> bool:
        """Use the template at ``path`` (None: the default wording); a bad one is refused
        with its message and the current one kept."""
        if path is not None:
            from zerodx_desktop.services.reports import check_certificate_template

            try:
                check_certificate_template(path)
            except UserError as exc:
                self.status_label.setText(self.tr("Not used: {message}").format(
                    message=exc.message))
                _warn(self, self.tr("Certificate template"), exc.message)
                return False
        self.certificate_template = path
        self.template_button.setText(path.name if path is not None
                                     else self.tr("Certificate template…"))
        return True

    def export_letters(self) -> None:
        """Write the feedback letters into a folder the chair chooses."""
        check = self.result_check
        if self.result is None or check is None or not check.valid:
            return
        folder = _ask_directory(self, self.tr("Choose a folder for the feedback letters"))
        if folder is None:
            return
        home, excluded = self.home, self.meeting_panel.excluded_comments()
        band = self.rank_band_check.isChecked()
        lang = str(self.report_language_combo.currentData())

        def work(_progress: operations.Progress) -> Any:
            from zerodx_desktop.services.reports import print_feedback_letters

            return print_feedback_letters(home, check.path, folder, check=check,
                                          exclude_comments=excluded, rank_band=band,
                                          lang=lang)

        def done(paths: Any) -> None:
            self.last_letters = list(paths)
            self.status_label.setText(self.tr("{n} feedback letter(s) saved in {folder}").format(
                n=len(paths), folder=folder))
            self.exportFinished.emit(str(folder))

        self._run_export(work, self.tr("Writing the feedback letters…"), done)

    def _run_export(self, work: Callable[[operations.Progress], Any], title: str,
                    done: Callable[[Any], None]) -> None:
        def ok(value: Any) -> None:
            self._running = None
            self._update_actions()
            done(value)
            self._rerun_if_asked()

        def failed(exc: BaseException) -> None:
            self._running = None
            self._update_actions()
            self._rerun_if_asked()
            if isinstance(exc, operations.Cancelled):
                return
            if isinstance(exc, UserError):
                self.status_label.setText(self.tr("Not saved: {message}").format(
                                              message=exc.message))
                _warn(self, self.tr("Export"), exc.message)
                return
            sys.excepthook(type(exc), exc, exc.__traceback__)

        self._running = operations.run_in_background(self, work, title=title, on_success=ok,
                                                     on_failure=failed)
        self._update_actions()


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
