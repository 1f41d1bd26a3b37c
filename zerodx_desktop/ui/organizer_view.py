"""The organizer's view: build a signed panel package, and print the report from a result.

The panel builder is a form: title, round, official method, framework (the shipped sample by
default, or a validated file with a preview of its domains and levels), the nominees folder
(previewed, with each folder's problem), judge cards, known conflicts. "Build signed
package…" unlocks the home identity and writes the ``.zdxpanel`` off the UI thread with
``services.panels.build_panel_from`` (the CLI's path: same stable panel id). "Print report…"
turns a result workbook into the PDF report through ``services.reports`` (final only for a
result a chair signed; a draft, watermarked, when asked) and opens it in the preview.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import METHODS, Conflict
from zerodx_desktop.paths import sample_framework_path
from zerodx_desktop.services import identity as signing
from zerodx_desktop.ui import i18n, operations, passphrase_dialog
from zerodx_desktop.ui.dialogs import (
    _ask_directory,
    _ask_open_file,
    _ask_open_files,
    _ask_save_file,
    _inform,
    _show_pdf,
    _warn,
)

LARGE_ATTACHMENT = 20 * 1024 * 1024  # judges carry the package offline: say when it is heavy
NOMINEE_ROWS = 8  # the nominee preview shows at least this many rows without scrolling
FINGERPRINT_SHOWN = 8  # characters of a key's fingerprint shown after "SHA256:" in pickers


def short_fingerprint(fingerprint: str) -> str:
    """``SHA256:abcdefgh…``: enough to tell two keys apart at a glance."""
    prefix, sep, rest = fingerprint.partition(":")
    if not sep:
        prefix, rest = "", fingerprint
    head = rest[:FINGERPRINT_SHOWN]
    return (f"{prefix}:" if sep else "") + head + ("\u2026" if len(rest) > len(head) else "")


def judge_label(judge: signing.PublicIdentity) -> str:
    """How a judge is named in pickers and tables: the name and the key it signs with."""
    return f"{judge.name} ({short_fingerprint(judge.fingerprint)})"


# -- nominee folder preview (Qt-free; runs off the UI thread) ----------------------------------
@dataclass(frozen=True)
class NomineePreview:
    folder: str
    id: str = ""
    name: str = ""
    country: str = ""
    attachments: int = 0
    size: int = 0
    problem: str = ""  # why the folder cannot be used (missing/oversize attachment, bad json)
    note: str = ""  # a warning that does not block (large attachments, duplicate id)

    @property
    def ok(self) -> bool:
        return not self.problem


def preview_nominees(root: Path, progress: Callable[[int, int, str], None] | None = None,
                     ) -> list[NomineePreview]:
    """Read each nominee sub-folder as ``panel build`` will, keeping each folder's problem."""
    from zerodx_desktop.services.panels import read_nominee_folder

    root = Path(root)
    if not root.is_dir():
        raise UserError(QCoreApplication.translate(
            "organizer_view", "the nominees folder does not exist"), where=str(root))
    folders = sorted(p for p in root.iterdir()
                     if p.is_dir() and not p.name.startswith((".", "__")))
    if not folders:
        raise UserError(
            QCoreApplication.translate("organizer_view", "the folder has no nominee sub-folders"),
            where=str(root),
            hint=QCoreApplication.translate(
                "organizer_view", "Make one sub-folder per nominee, each with a nominee.json."))
    out: list[NomineePreview] = []
    seen: dict[str, str] = {}
    for i, folder in enumerate(folders):
        if progress:
            progress(i, len(folders), QCoreApplication.translate(
                "organizer_view", "Reading {name}").format(name=folder.name))
        try:
            nominee, _blobs = read_nominee_folder(folder)
        except UserError as exc:
            where = f" ({Path(exc.where).name})" if exc.where else ""
            out.append(NomineePreview(folder.name, problem=exc.what + where))
            continue
        notes = []
        large = [a.file for a in nominee.attachments if a.size > LARGE_ATTACHMENT]
        if large:
            notes.append(QCoreApplication.translate(
                "organizer_view", "large attachment(s): {files}").format(files=", ".join(large)))
        problem = ""
        if nominee.id in seen:
            problem = QCoreApplication.translate(
                "organizer_view", "the id '{id}' is also used by '{folder}'").format(
                id=nominee.id, folder=seen[nominee.id])
        seen.setdefault(nominee.id, folder.name)
        out.append(NomineePreview(folder.name, nominee.id, nominee.name, nominee.country,
                                  len(nominee.attachments),
                                  sum(a.size for a in nominee.attachments), problem,
                                  "; ".join(notes)))
    if progress:
        progress(len(folders), len(folders), QCoreApplication.translate("organizer_view", "Done"))
    return out


def _mb(size: int) -> str:
    if size >= 100 * 1024:
        return i18n.fmt_number(size / 1048576, 1) + " MB"
    return i18n.fmt_number(size / 1024, 0) + " KB"


class OrganizerView(i18n.Retranslating, QWidget):
    """Panel builder and report printing; embeddable in the main window."""

    packageBuilt = Signal(str)  # the path written
    reportWritten = Signal(str)
    nomineesLoaded = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.framework: Framework | None = None
        self.framework_path: Path | None = None
        self.nominees_dir: Path | None = None
        self.nominees: list[NomineePreview] = []
        self.judges: list[signing.PublicIdentity] = []
        self.nominated: list[Any] = []  # (nominee, bytes, nomination, file) per nomination
        self.chairs: list[signing.PublicIdentity] = []  # besides the organizer
        self.last_report_draft = False
        self.conflicts: list[Conflict] = []
        self.last_package: Path | None = None
        self.last_report: Path | None = None
        self.preview: QWidget | None = None
        self._running: operations.Operation | None = None
        self._framework_tried = False
        # what went wrong, kept so that a language change can say it again
        self._framework_failure: tuple[Path, UserError] | None = None
        self._nominees_reading: Path | None = None  # the folder being read
        self._nominees_failed: Path | None = None  # the folder that could not be read
        self._build_ui()
        self.retranslate()
        # "cannot be built yet: …" follows the form: it shrinks, and goes once all is done
        self._build_blocked = False
        self.title_edit.textChanged.connect(lambda _t: self._recheck_build())

    def _recheck_build(self) -> None:
        if not getattr(self, "_build_blocked", False):
            return
        problems = self.problems()
        self._build_blocked = bool(problems)
        self.status_label.setText(self.tr("The package cannot be built yet:") + "\n• "
                                  + "\n• ".join(problems) if problems else "")

    def showEvent(self, event: QShowEvent) -> None:
        # the sample is validated on first show, not at start-up (jsonschema is slow to import)
        self.ensure_framework()
        super().showEvent(event)

    def ensure_framework(self) -> None:
        """Load the sample framework once, unless a framework was already chosen."""
        if not self._framework_tried:
            self._framework_tried = True
            if self.framework is None:
                self.load_framework(sample_framework_path())

    # == building ===============================================================================
    def _build_ui(self) -> None:
        inner = QWidget()
        v = QVBoxLayout(inner)

        # the texts are set in retranslate()
        panel_box = QGroupBox()
        self.panel_form = form = QFormLayout(panel_box)
        self.title_edit = QLineEdit()
        form.addRow(QLabel(), self.title_edit)
        self.round_spin = QSpinBox()
        self.round_spin.setRange(1, 999)
        form.addRow(QLabel(), self.round_spin)
        self.method_combo = QComboBox()
        for m in METHODS:
            self.method_combo.addItem(m, m)
        form.addRow(QLabel(), self.method_combo)
        # assignments: 0 = every judge scores every nominee; K = a balanced assignment
        self.judges_per_nominee_spin = QSpinBox()
        self.judges_per_nominee_spin.setObjectName("judgesPerNominee")
        self.judges_per_nominee_spin.setRange(0, 1000)
        form.addRow(QLabel(), self.judges_per_nominee_spin)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 1_000_000)
        form.addRow(QLabel(), self.seed_spin)
        v.addWidget(panel_box)

        fw_box = QGroupBox()
        fv = QVBoxLayout(fw_box)
        row = QHBoxLayout()
        self.framework_label = QLabel()
        self.framework_label.setWordWrap(True)
        row.addWidget(self.framework_label, 1)
        self.choose_framework_button = QPushButton()
        self.choose_framework_button.clicked.connect(self.choose_framework)
        row.addWidget(self.choose_framework_button)
        self.sample_framework_button = QPushButton()
        self.sample_framework_button.clicked.connect(
            lambda: self.load_framework(sample_framework_path()))
        row.addWidget(self.sample_framework_button)
        self.save_template_button = QPushButton()
        self.save_template_button.clicked.connect(self.save_framework_template)
        row.addWidget(self.save_template_button)
        fv.addLayout(row)
        self.framework_error = QLabel()
        self.framework_error.setWordWrap(True)
        self.framework_error.setStyleSheet("color: #c62828;")
        self.framework_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.framework_error.hide()
        fv.addWidget(self.framework_error)
        self.framework_tree = QTreeWidget()
        self.framework_tree.setColumnCount(3)
        self.framework_tree.setMinimumHeight(200)
        self.framework_tree.header().setStretchLastSection(False)
        self.framework_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.framework_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.framework_tree.header().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        fv.addWidget(self.framework_tree)
        v.addWidget(fw_box)

        nom_box = QGroupBox()
        nv = QVBoxLayout(nom_box)
        row = QHBoxLayout()
        self.nominees_label = QLabel()
        self.nominees_label.setWordWrap(True)
        row.addWidget(self.nominees_label, 1)
        self.choose_nominees_button = QPushButton()
        self.choose_nominees_button.clicked.connect(self.choose_nominees)
        row.addWidget(self.choose_nominees_button)
        nv.addLayout(row)
        self.nominees_table = QTableWidget(0, 5)
        self._table_defaults(self.nominees_table, stretch=4, rows=NOMINEE_ROWS)
        for c in (0, 1, 2):  # sized in _show_nominees: a 300-character name must not push
            self.nominees_table.horizontalHeader().setSectionResizeMode(  # the rest away
                c, QHeaderView.ResizeMode.Interactive)
        nv.addWidget(self.nominees_table)
        self.nominees_warning = QLabel()
        self.nominees_warning.setWordWrap(True)
        self.nominees_warning.setStyleSheet("color: #c62828;")
        self.nominees_warning.hide()
        nv.addWidget(self.nominees_warning)
        # judges' signed nominations (*.zdxnom): added as nominees, the nominating judge
        # conflicted with their nominee
        nom_row = QHBoxLayout()
        self.nominations_label = QLabel()
        self.nominations_label.setWordWrap(True)
        nom_row.addWidget(self.nominations_label, 1)
        self.add_nominations_button = QPushButton()
        self.add_nominations_button.clicked.connect(self.choose_nominations)
        nom_row.addWidget(self.add_nominations_button)
        nv.addLayout(nom_row)
        v.addWidget(nom_box)

        judge_box = QGroupBox()
        jv = QVBoxLayout(judge_box)
        row = QHBoxLayout()
        self.add_judges_button = QPushButton()
        self.add_judges_button.clicked.connect(self.choose_judge_cards)
        self.remove_judge_button = QPushButton()
        self.remove_judge_button.clicked.connect(self.remove_selected_judges)
        row.addWidget(self.add_judges_button)
        row.addWidget(self.remove_judge_button)
        row.addStretch(1)
        jv.addLayout(row)
        self.judges_table = QTableWidget(0, 3)
        self._table_defaults(self.judges_table, stretch=2)
        self.judges_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        jv.addWidget(self.judges_table)
        row = QHBoxLayout()
        self.add_chairs_button = QPushButton()
        self.add_chairs_button.clicked.connect(self.choose_chair_cards)
        self.clear_chairs_button = QPushButton()
        self.clear_chairs_button.clicked.connect(self.clear_chairs)
        self.chairs_label = QLabel()
        self.chairs_label.setWordWrap(True)
        row.addWidget(self.add_chairs_button)
        row.addWidget(self.clear_chairs_button)
        row.addWidget(self.chairs_label, 1)
        jv.addLayout(row)
        v.addWidget(judge_box)

        conflict_box = QGroupBox()
        cv = QVBoxLayout(conflict_box)
        row = QHBoxLayout()
        self.conflict_judge_combo = QComboBox()
        self.conflict_nominee_combo = QComboBox()
        self.conflict_reason_edit = QLineEdit()
        self.add_conflict_button = QPushButton()
        self.add_conflict_button.clicked.connect(self.add_conflict_from_form)
        self.remove_conflict_button = QPushButton()
        self.remove_conflict_button.clicked.connect(self.remove_selected_conflicts)
        row.addWidget(self.conflict_judge_combo, 2)
        row.addWidget(self.conflict_nominee_combo, 2)
        row.addWidget(self.conflict_reason_edit, 3)
        row.addWidget(self.add_conflict_button)
        row.addWidget(self.remove_conflict_button)
        cv.addLayout(row)
        self.conflicts_table = QTableWidget(0, 3)
        self._table_defaults(self.conflicts_table, stretch=2)
        cv.addWidget(self.conflicts_table)
        v.addWidget(conflict_box)

        # the assignment matrix: proposed from K/seed, adjusted by hand, built as --assign is
        self.matrix_box = QGroupBox()
        mv = QVBoxLayout(self.matrix_box)
        row = QHBoxLayout()
        self.propose_matrix_button = QPushButton()
        self.propose_matrix_button.setObjectName("proposeAssignment")
        self.propose_matrix_button.clicked.connect(self.propose_matrix)
        self.clear_matrix_button = QPushButton()
        self.clear_matrix_button.clicked.connect(self.clear_matrix)
        self.matrix_label = QLabel()
        self.matrix_label.setWordWrap(True)
        row.addWidget(self.propose_matrix_button)
        row.addWidget(self.clear_matrix_button)
        row.addWidget(self.matrix_label, 1)
        mv.addLayout(row)
        from zerodx_desktop.ui.assignment_matrix_model import AssignmentMatrixModel

        self.matrix_model = AssignmentMatrixModel(self)
        self.matrix_model.dataChanged.connect(lambda *_a: self._show_matrix_label())
        self.matrix_view = QTableView()
        self.matrix_view.setObjectName("assignmentMatrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setMinimumHeight(160)
        self.matrix_view.hide()
        mv.addWidget(self.matrix_view)
        v.addWidget(self.matrix_box)

        # the build button and its status stay in view below the scrolling form
        bottom = QWidget()
        bottom.setObjectName("organizerBuildBar")
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(9, 4, 9, 6)
        build_row = QHBoxLayout()
        self.build_button = QPushButton()
        self.build_button.clicked.connect(self.build_package)
        build_row.addWidget(self.build_button)
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        build_row.addWidget(self.identity_label, 1)
        bottom_layout.addLayout(build_row)

        report_box = QGroupBox()
        rv = QHBoxLayout(report_box)
        self.report_comments_check = QCheckBox()
        rv.addWidget(self.report_comments_check)
        self.certificates_caption = QLabel()
        rv.addWidget(self.certificates_caption)
        self.report_certificates_spin = QSpinBox()
        self.report_certificates_spin.setRange(0, 100)
        rv.addWidget(self.report_certificates_spin)
        self.report_draft_check = QCheckBox()
        rv.addWidget(self.report_draft_check)
        rv.addStretch(1)
        self.print_report_button = QPushButton()
        self.print_report_button.clicked.connect(self.print_report)
        rv.addWidget(self.print_report_button)
        self.shortlist_caption = QLabel()
        rv.addWidget(self.shortlist_caption)
        self.shortlist_spin = QSpinBox()
        self.shortlist_spin.setRange(1, 5000)
        self.shortlist_spin.setValue(3)
        rv.addWidget(self.shortlist_spin)
        self.per_category_check = QCheckBox()
        rv.addWidget(self.per_category_check)
        self.next_round_button = QPushButton()
        self.next_round_button.clicked.connect(self.next_round)
        rv.addWidget(self.next_round_button)
        v.addWidget(report_box)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom_layout.addWidget(self.status_label)
        v.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.form_scroll = scroll
        self.build_bar = bottom
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        outer.addWidget(bottom)
        self.boxes = (panel_box, fw_box, nom_box, judge_box, conflict_box, report_box)

    # == the UI language =======================================================================

    def retranslate(self) -> None:
        """Every caption, button and tooltip, and what is shown of the framework, the nominees
        and the identity, in the current language."""
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        titles = (self.tr("Panel"), self.tr("Framework"), self.tr("Nominees"), self.tr("Judges"),
                  self.tr("Known conflicts of interest"),
                  self.tr("After judging: the final report"))
        for box, title in zip(self.boxes, titles, strict=True):
            box.setTitle(title)
        self.title_edit.setToolTip(self.tr("The panel's title, shown to judges and printed on "
                                           "the report"))
        self.title_edit.setPlaceholderText(self.tr("e.g. ZeroDX Awards 2026 — Final panel"))
        self.round_spin.setToolTip(self.tr("The judging round; a later round of the same panel "
                                           "replaces the earlier one"))
        self.method_combo.setToolTip(self.tr("The official way the judges' totals are combined "
                                             "(the chair can compare the others)"))
        for i in range(self.method_combo.count()):  # names in the UI language; ids stay data
            m = str(self.method_combo.itemData(i))
            self.method_combo.setItemText(i, i18n.method_name(m))
            self.method_combo.setItemData(i, i18n.method_label(m),
                                          Qt.ItemDataRole.ToolTipRole)
        self.judges_per_nominee_spin.setSpecialValueText(self.tr("every judge scores every "
                                                                 "nominee"))
        self.judges_per_nominee_spin.setToolTip(self.tr(
            "Assign each nominee exactly this many judges, balanced (loads differ by at most "
            "one), never a conflicted judge"))
        self.seed_spin.setToolTip(self.tr("The same seed gives the same assignment"))
        self.matrix_box.setTitle(self.tr("Assignments: adjust by hand"))
        self.propose_matrix_button.setText(self.tr("Show the assignment matrix"))
        self.propose_matrix_button.setToolTip(self.tr(
            "Propose an assignment from the judges per nominee and the seed, then tick or "
            "untick judges; conflicted cells cannot be ticked"))
        self.clear_matrix_button.setText(self.tr("Drop the matrix"))
        self.clear_matrix_button.setToolTip(self.tr(
            "Build the package from the judges per nominee and the seed instead"))
        self.matrix_view.setAccessibleName(self.tr("Assignment matrix"))
        self._show_matrix_label()
        self.next_round_button.setText(self.tr("Next round from result…"))
        self.next_round_button.setToolTip(self.tr(
            "Build the next round of a panel from its signed result: the same panel, round + "
            "1, the top N nominees (ties at the cut included)"))
        self.shortlist_caption.setText(self.tr("Shortlist:"))
        self.add_nominations_button.setText(self.tr("Add nominations…"))
        self.add_nominations_button.setToolTip(self.tr(
            "A folder of the judges' signed nominations (.zdxnom); only roster judges' are "
            "accepted"))
        self._show_nominations()
        self.per_category_check.setText(self.tr("per category"))
        for field, caption in ((self.title_edit, self.tr("Title:")),
                               (self.round_spin, self.tr("Round:")),
                               (self.method_combo, self.tr("Official method:")),
                               (self.judges_per_nominee_spin, self.tr("Judges per nominee:")),
                               (self.seed_spin, self.tr("Assignment seed:"))):
            label = self.panel_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(caption)
        self.choose_framework_button.setText(self.tr("Choose…"))
        self.choose_framework_button.setToolTip(self.tr("Load a framework: a framework JSON "
                                                        "file or the filled-in spreadsheet "
                                                        "template"))
        self.sample_framework_button.setText(self.tr("Use the sample"))
        self.sample_framework_button.setToolTip(self.tr("Go back to the shipped sample framework"))
        self.save_template_button.setText(self.tr("Save as spreadsheet…"))
        self.save_template_button.setToolTip(
            self.tr("Save the framework as an .xlsx template to edit in Excel or LibreOffice; "
                    "choose the edited file again to import it."))
        self.framework_tree.setHeaderLabels([self.tr("Domain / dimension / criterion"),
                                             self.tr("Weight"), self.tr("Id")])
        self.choose_nominees_button.setText(self.tr("Choose folder…"))
        self.choose_nominees_button.setToolTip(self.tr("Choose the folder with one sub-folder "
                                                       "per nominee (nominee.json and its "
                                                       "files)"))
        self.nominees_table.setHorizontalHeaderLabels(
            [self.tr("Folder"), self.tr("Id"), self.tr("Name"), self.tr("Attachments"),
             self.tr("Problems")])
        self.add_judges_button.setText(self.tr("Add judge cards…"))
        self.add_judges_button.setToolTip(self.tr("Add the judge cards (.zdxjudge) the judges "
                                                  "sent you"))
        self.add_chairs_button.setText(self.tr("Add chair cards…"))
        self.add_chairs_button.setToolTip(self.tr(
            "Cards (.zdxjudge) of the people who may sign the panel's result, besides you: a "
            "report is final only from a result a chair or the organizer signed"))
        self.clear_chairs_button.setText(self.tr("Clear chairs"))
        self.clear_chairs_button.setToolTip(self.tr("Remove the chairs added (you stay one)"))
        self._show_chairs()
        self.remove_judge_button.setText(self.tr("Remove"))
        self.remove_judge_button.setToolTip(self.tr("Remove the selected judges from the panel"))
        self.judges_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"),
                                                     self.tr("Fingerprint")])
        self.conflict_judge_combo.setToolTip(self.tr("The judge who has the conflict of interest"))
        self.conflict_nominee_combo.setToolTip(self.tr("The nominee that judge should not score"))
        self.conflict_reason_edit.setToolTip(self.tr("Why the judge is conflicted (kept in the "
                                                     "package)"))
        self.conflict_reason_edit.setPlaceholderText(self.tr("Reason (e.g. former employee)"))
        self.add_conflict_button.setText(self.tr("Add"))
        self.add_conflict_button.setToolTip(self.tr("Record this known conflict of interest"))
        self.remove_conflict_button.setText(self.tr("Remove"))
        self.remove_conflict_button.setToolTip(self.tr("Remove the selected conflicts"))
        self.conflicts_table.setHorizontalHeaderLabels([self.tr("Judge"), self.tr("Nominee"),
                                                        self.tr("Reason")])
        self.build_button.setText(self.tr("Build signed package…"))
        self.build_button.setToolTip(self.tr("Sign the panel package with your identity and "
                                             "save the .zdxpanel to send to judges and chair"))
        self.report_draft_check.setText(self.tr("Draft"))
        self.report_draft_check.setToolTip(self.tr(
            "Print a result that is not signed by a chair (or not signed at all), every page "
            "marked DRAFT — NOT VERIFIED. Without it such a result is refused."))
        self.report_comments_check.setText(self.tr("Include anonymised comments"))
        self.report_comments_check.setToolTip(self.tr("Put the judges' comments in the report, "
                                                      "without their names"))
        self.certificates_caption.setText(self.tr("Certificates:"))
        self.report_certificates_spin.setToolTip(self.tr("Winner certificates for the top N "
                                                         "nominees (0: none)"))
        self.print_report_button.setText(self.tr("Print report…"))
        self.print_report_button.setToolTip(self.tr("Choose the chair's result workbook "
                                                    "(RESULT.xlsx) and make the PDF report"))
        self._refresh_identity()
        self._show_framework()
        if stale:
            self._show_nominees()
        else:
            self._show_nominees_label()

    @staticmethod
    def _table_defaults(table: QTableWidget, stretch: int, rows: int = 4) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        row = table.fontMetrics().height() + 8
        table.verticalHeader().setDefaultSectionSize(row)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # room for ``rows`` rows (and a horizontal scroll bar) before the table scrolls
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows * row
                               + 2 * table.frameWidth()
                               + table.horizontalScrollBar().sizeHint().height())
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _refresh_identity(self) -> None:
        if signing.has_identity(self.home):
            try:
                me = signing.load_public_identity(self.home)
                self.identity_label.setText(self.tr("Signed as organizer by {name} "
                                                    "({fingerprint}).").format(
                                                name=me.name, fingerprint=me.fingerprint))
            except UserError as exc:
                self.identity_label.setText(
                    self.tr("The home identity cannot be read: {what}").format(what=exc.what))
        else:
            self.identity_label.setText(self.tr("This home has no identity: create one before "
                                                "building a package (it signs the package)."))
        self._recheck_build()

    # == framework ==============================================================================
    def choose_framework(self) -> None:
        path = _ask_open_file(self, self.tr("Choose a framework file"),
                              self.tr("Framework") + " (*.json *.xlsx);;" + self.tr("JSON")
                              + " (*.json);;" + self.tr("Spreadsheet") + " (*.xlsx)")
        if path is not None:
            self.load_framework(path)

    def save_framework_template(self) -> None:
        """Write the current framework (or an example) as the spreadsheet template."""
        from zerodx_desktop.services.frameworks import write_template

        name = f"{self.framework.id}-{self.framework.version}.xlsx" if self.framework else \
            "framework-template.xlsx"
        out = _ask_save_file(self, self.tr("Save the framework spreadsheet"),
                             self.home / name, self.tr("Spreadsheet") + " (*.xlsx)")
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        try:
            write_template(out, self.framework)
        except UserError as exc:
            _warn(self, self.tr("Could not save the template"), exc.message)
            return
        _inform(self, self.tr("Template saved"),
                self.tr("Saved {path}.\nEdit it, then choose it with “Choose…” to import it; "
                        "errors name the sheet, row and column.").format(path=out))

    def load_framework(self, path: Path) -> bool:
        """Load and validate ``path``; on error show it with its field and keep no framework."""
        from zerodx_desktop.services.frameworks import load_framework

        path = Path(path)
        self._framework_tried = True
        try:
            fw = load_framework(path)
        except UserError as exc:
            self.framework, self.framework_path = None, None
            self._framework_failure = (path, exc)
            self._show_framework()
            return False
        self.framework, self.framework_path = fw, path
        self._framework_failure = None
        self._show_framework()
        return True

    def _show_framework(self) -> None:
        """The framework loaded (title, counts, tree) or why it could not be."""
        fw, path = self.framework, self.framework_path
        if fw is None or path is None:
            self.framework_tree.clear()
            if self._framework_failure is None:
                self.framework_error.hide()
                self.framework_label.setText(
                    self.tr("The sample framework loads when this page is shown."))
                return
            path, exc = self._framework_failure
            field = ""
            if exc.where and exc.where != str(path):
                field = (self.tr("Cell: {where}") if path.suffix.lower() == ".xlsx"
                         else self.tr("Field: {where}")).format(where=exc.where) + "\n"
            self.framework_error.setText(
                self.tr("{file} is not a valid framework.").format(file=path.name) + "\n"
                + field + self.tr("Problem: {what}").format(what=exc.what)
                + (f"\n{exc.hint}" if exc.hint else ""))
            self.framework_error.show()
            self.framework_label.setText(self.tr("Not loaded: {path}").format(path=path))
            return
        self.framework_error.hide()
        sample = self.tr(" — SAMPLE framework") if fw.sample else ""
        n = len(fw.criteria())
        self.framework_label.setText(
            self.tr("{title} (id {id}, version {version}){sample}\n{domains} domains, "
                    "{criteria} criteria, scale {min}–{max} · {path}").format(
                title=i18n.text(fw.title), id=fw.id, version=fw.version, sample=sample,
                domains=len(fw.domains), criteria=n, min=fw.scale.min, max=fw.scale.max,
                path=path))
        self._fill_framework_tree(fw)
        self._recheck_build()

    def _fill_framework_tree(self, fw: Framework) -> None:
        t = self.framework_tree
        t.clear()
        for d in fw.domains:
            di = QTreeWidgetItem([i18n.text(d.title), f"{d.weight:g}", d.id])
            for m in d.dimensions:
                mi = QTreeWidgetItem([i18n.text(m.title), f"{m.weight:g}", m.id])
                for c in m.criteria:
                    ci = QTreeWidgetItem([i18n.text(c.question), f"{c.weight:g}", c.id])
                    ci.setToolTip(0, i18n.text(c.question))
                    for level, descriptor in sorted(c.descriptors.items()):
                        ci.addChild(QTreeWidgetItem([f"{level}: {i18n.text(descriptor)}", "",
                                                     ""]))
                    mi.addChild(ci)
                di.addChild(mi)
            t.addTopLevelItem(di)
        scale = QTreeWidgetItem([self.tr("Scale {min}–{max}").format(
            min=fw.scale.min, max=fw.scale.max), "", ""])
        for lv in fw.scale.levels:
            item = QTreeWidgetItem([f"{lv.value} — {i18n.text(lv.label)}", "", ""])
            item.setToolTip(0, i18n.text(lv.description))
            scale.addChild(item)
        t.addTopLevelItem(scale)
        for i in range(t.topLevelItemCount()):
            top = t.topLevelItem(i)
            if top is not None:
                top.setExpanded(True)

    # == nominees ===============================================================================
    def choose_nominees(self) -> None:
        folder = _ask_directory(self, self.tr("Choose the nominees folder"))
        if folder is not None:
            self.load_nominees(folder)

    def load_nominees(self, folder: Path) -> None:
        """Preview the nominee folders off the UI thread (attachments are read and hashed)."""
        folder = Path(folder)
        self._nominees_reading = folder
        self._show_nominees_label()

        def work(progress: operations.Progress) -> list[NomineePreview]:
            return preview_nominees(folder, progress.update)

        def done(previews: list[NomineePreview]) -> None:
            self._running = None
            self._nominees_reading = self._nominees_failed = None
            self.nominees_dir = folder
            self._set_nominees(previews)
            self.nomineesLoaded.emit()

        def failed(exc: BaseException) -> None:
            self._running = None
            self._nominees_reading, self._nominees_failed = None, folder
            self.nominees_dir = None
            self._set_nominees([])
            self._failed(self.tr("Nominees"), exc)
            self.nomineesLoaded.emit()

        self._running = operations.run_in_background(
            self, work, title=self.tr("Reading the nominee folders…"), on_success=done,
            on_failure=failed)

    def _show_nominees_label(self) -> None:
        """The nominees folder: none yet, being read, unusable, or what it holds."""
        if self._nominees_reading is not None:
            self.nominees_label.setText(self.tr("Reading {folder}…").format(
                folder=self._nominees_reading))
        elif self._nominees_failed is not None:
            self.nominees_label.setText(self.tr("Not usable: {folder}").format(
                folder=self._nominees_failed))
        elif self.nominees_dir is None:
            self.nominees_label.setText(self.tr("No folder chosen (one sub-folder per nominee, "
                                                "each with a nominee.json and its "
                                                "attachments)."))
        else:
            good = sum(1 for p in self.nominees if p.ok)
            bad = len(self.nominees) - good
            self.nominees_label.setText(
                self.tr("{folder} · {n} nominee(s)").format(folder=self.nominees_dir, n=good)
                + (self.tr(", {n} with problems").format(n=bad) if bad else ""))

    def _set_nominees(self, previews: list[NomineePreview]) -> None:
        self.nominees = previews
        self._show_nominees()
        good = [p for p in previews if p.ok]
        ids = {p.id for p in good}
        dropped = [c for c in self.conflicts if c.nominee_id not in ids]
        if dropped:
            self.conflicts = [c for c in self.conflicts if c.nominee_id in ids]
            self._fill_conflicts()
        self.conflict_nominee_combo.clear()
        for p in good:
            self.conflict_nominee_combo.addItem(f"{p.name} ({p.id})", p.id)

    def _show_nominees(self) -> None:
        """The nominee previews in the table, the folder's summary and its problems."""
        previews = self.nominees
        t = self.nominees_table
        t.setRowCount(len(previews))
        red = QColor("#c62828")
        for r, p in enumerate(previews):
            att = f"{p.attachments} ({_mb(p.size)})" if p.attachments else self.tr("none")
            cells = [p.folder, p.id, p.name, att if p.ok else "", p.problem or p.note]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if p.problem and c == 4:
                    item.setForeground(red)
                if c in (0, 1, 2, 4) and text:
                    item.setToolTip(text)  # the whole text where the column elides it
                t.setItem(r, c, item)
        cap = t.fontMetrics().horizontalAdvance("M" * 24)
        for c in (0, 1, 2):
            t.resizeColumnToContents(c)
            if t.columnWidth(c) > cap:
                t.setColumnWidth(c, cap)
        # names take the room an empty notes column would (they are cut only when it is short)
        notes = any(p.problem or p.note for p in previews)
        room = (t.viewport().width() - sum(t.columnWidth(c) for c in (0, 1, 3))
                - t.fontMetrics().horizontalAdvance("M" * (12 if notes else 4)))
        t.resizeColumnToContents(2)
        t.setColumnWidth(2, min(t.columnWidth(2), max(cap, room)))
        bad = [p for p in previews if not p.ok]
        self._show_nominees_label()
        if bad:
            self.nominees_warning.setText(
                self.tr("{n} folder(s) cannot be used as they are: {problems}. Fix them (or "
                        "move them out of the folder) before building.").format(
                    n=len(bad),
                    problems="; ".join(f"{p.folder}: {p.problem}" for p in bad[:5])
                    + (" …" if len(bad) > 5 else "")))
            self.nominees_warning.show()
        else:
            self.nominees_warning.hide()
        self._recheck_build()

    # == chairs =================================================================================
    def choose_chair_cards(self) -> None:
        paths = _ask_open_files(self, self.tr("Add chair cards"),
                                self.tr("Judge cards") + " (*.zdxjudge)")
        if paths:
            self.add_chair_cards(paths)

    def add_chair_cards(self, paths: list[Path]) -> int:
        """Read each chair's card (a judge card); returns how many were added."""
        added, problems = 0, []
        for path in paths:
            try:
                card = signing.read_judge_card(Path(path))
            except UserError as exc:
                problems.append(f"{Path(path).name}: {exc.what}")
                continue
            if all(c.fingerprint != card.fingerprint for c in self.chairs):
                self.chairs.append(card)
                added += 1
        self._show_chairs()
        if problems:
            _warn(self, self.tr("Chairs"), self.tr("Some chair cards were not added:") + "\n"
                  + "\n".join(problems))
        return added

    def clear_chairs(self) -> None:
        self.chairs.clear()
        self._show_chairs()

    def _show_chairs(self) -> None:
        names = [judge_label(c) for c in self.chairs]
        self.chairs_label.setText(
            self.tr("Chairs: you (the organizer)") + "".join(f", {n}" for n in names))
        self.clear_chairs_button.setEnabled(bool(self.chairs))

    # == judges =================================================================================
    def choose_judge_cards(self) -> None:
        paths = _ask_open_files(self, self.tr("Add judge cards"),
                                self.tr("Judge cards") + " (*.zdxjudge)")
        if paths:
            self.add_judge_cards(paths)

    def add_judge_cards(self, paths: list[Path]) -> int:
        """Read each card; problems are listed together. Returns how many judges were added."""
        problems: list[str] = []
        notes: list[str] = []  # added, but the organizer should look (a namesake)
        added = 0
        for path in paths:
            try:
                card = signing.read_judge_card(Path(path))
            except UserError as exc:
                problems.append(exc.message)
                continue
            if any(j.fingerprint == card.fingerprint for j in self.judges):
                problems.append(self.tr("{name}: {name2} ({fingerprint}) is already on the "
                                        "roster").format(
                                    name=Path(path).name, name2=card.name,
                                    fingerprint=card.fingerprint))
                continue
            namesakes = [j for j in self.judges
                         if " ".join(j.name.split()).casefold()
                         == " ".join(card.name.split()).casefold()]
            if namesakes:
                # the same person with a new key, or two people with one name: the organizer
                # decides, but never without knowing
                notes.append(self.tr(
                    "{file}: {name} <{email}> was added with the key {fingerprint}, but "
                    "{other} is already on the roster with a different key ({fingerprint2}). "
                    "If this is the same person, remove the card with the old key.").format(
                        file=Path(path).name, name=card.name, email=card.email,
                        fingerprint=card.fingerprint, other=namesakes[0].name,
                        fingerprint2=namesakes[0].fingerprint))
            self.judges.append(card)
            added += 1
        self._fill_judges()
        messages = []
        if problems:
            messages.append(self.tr("Some judge cards were not added:") + "\n"
                            + "\n".join(problems))
        if notes:
            messages.append(self.tr("Judges with the same name:") + "\n" + "\n".join(notes))
        if messages:
            self.status_label.setText("\n".join(messages))
            _warn(self, self.tr("Judge cards"), "\n\n".join(problems + notes))
        return added

    def remove_selected_judges(self) -> None:
        rows = sorted({i.row() for i in self.judges_table.selectionModel().selectedRows()},
                      reverse=True)
        for r in rows:
            gone = self.judges.pop(r)
            self.conflicts = [c for c in self.conflicts if c.fingerprint != gone.fingerprint]
        if rows:
            self._fill_judges()
            self._fill_conflicts()

    def _fill_judges(self) -> None:
        t = self.judges_table
        t.setRowCount(len(self.judges))
        for r, j in enumerate(self.judges):
            for c, text in enumerate((j.name, j.email, j.fingerprint)):
                t.setItem(r, c, QTableWidgetItem(text))
        self.conflict_judge_combo.clear()
        for j in self.judges:
            self.conflict_judge_combo.addItem(judge_label(j), j.fingerprint)
            self.conflict_judge_combo.setItemData(
                self.conflict_judge_combo.count() - 1,
                f"{j.name} <{j.email}>\n{j.fingerprint}", Qt.ItemDataRole.ToolTipRole)
        self._recheck_build()

    # == conflicts ==============================================================================
    def add_conflict_from_form(self) -> None:
        fp = self.conflict_judge_combo.currentData()
        nid = self.conflict_nominee_combo.currentData()
        if not fp or not nid:
            self.status_label.setText(self.tr("Choose a judge and a nominee for the conflict."))
            return
        self.add_conflict(fp, nid, self.conflict_reason_edit.text().strip())
        self.conflict_reason_edit.clear()

    def add_conflict(self, fingerprint: str, nominee_id: str, reason: str = "") -> bool:
        if any(c.fingerprint == fingerprint and c.nominee_id == nominee_id
               for c in self.conflicts):
            self.status_label.setText(self.tr("That conflict is already recorded."))
            return False
        self.conflicts.append(Conflict(fingerprint, nominee_id, reason))
        self._fill_conflicts()
        return True

    def remove_selected_conflicts(self) -> None:
        rows = sorted({i.row() for i in self.conflicts_table.selectionModel().selectedRows()},
                      reverse=True)
        for r in rows:
            del self.conflicts[r]
        if rows:
            self._fill_conflicts()

    def _fill_conflicts(self) -> None:
        names = {j.fingerprint: judge_label(j) for j in self.judges}
        nominees = {p.id: p.name for p in self.nominees if p.ok}
        t = self.conflicts_table
        t.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            judge = QTableWidgetItem(names.get(c.fingerprint, c.fingerprint))
            judge.setToolTip(c.fingerprint)
            t.setItem(r, 0, judge)
            t.setItem(r, 1, QTableWidgetItem(f"{nominees.get(c.nominee_id, '')} "
                                             f"({c.nominee_id})".strip()))
            t.setItem(r, 2, QTableWidgetItem(c.reason))

    # == the assignment matrix ==================================================================
    def _matrix_design(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]],
                                      dict[tuple[str, str], str], dict[str, str]]:
        """Nominees (id, name), judges (fingerprint, label), conflicts and categories as the
        package builder will see them (nominations included; their judge conflicted unless
        lifted)."""
        nominees = [(p.id, p.name) for p in self.nominees if p.ok]
        cats: dict[str, str] = {}
        conflicts = {(c.fingerprint, c.nominee_id): c.reason for c in self.conflicts}
        for nominee, _blobs, nomination, _file in self.nominated:
            nominees.append((nominee.id, nominee.name))
            cats[nominee.id] = getattr(nominee, "category", "") or ""
            if not nomination.conflict_lifted:
                conflicts.setdefault((nomination.fingerprint, nominee.id),
                                     self.tr("nominated this nominee"))
        judges = [(j.fingerprint, judge_label(j)) for j in self.judges]
        return nominees, judges, conflicts, cats

    def propose_matrix(self) -> bool:
        """Fill the matrix from K and the seed (K = 0: every judge on every nominee they are
        free to score), for the organizer to adjust by hand."""
        from zerodx_desktop.services.programme import propose_assignment

        nominees, judges, conflicts, cats = self._matrix_design()
        if not nominees or not judges:
            self.matrix_label.setText(self.tr("Load the nominees and add judge cards first."))
            return False
        k = self.judges_per_nominee_spin.value()
        assignment = None
        if k:
            try:
                assignment = propose_assignment([n for n, _ in nominees],
                                                [fp for fp, _ in judges], k,
                                                conflicts=list(conflicts),
                                                seed=self.seed_spin.value(), categories=cats)
            except UserError as exc:
                _warn(self, self.tr("Assignments"), exc.message)
                return False
        self.matrix_model.set_design(nominees, judges, conflicts, assignment, k)
        self.matrix_view.show()
        self.matrix_view.resizeColumnsToContents()
        self._show_matrix_label()
        return True

    def clear_matrix(self) -> None:
        self.matrix_model.clear()
        self.matrix_view.hide()
        self._show_matrix_label()

    def _show_matrix_label(self) -> None:
        m = self.matrix_model
        if m.is_empty():
            self.matrix_label.setText(self.tr("No matrix: the package uses K and the seed "
                                              "above."))
            return
        short = m.short_rows()
        text = self.tr("The package is built from this matrix ({n} assignments).").format(
            n=sum(len(v) for v in m.assignment().values()))
        if short:
            text += " " + self.tr("Fewer than {k} judges: {ids}").format(
                k=m.k, ids=", ".join(short[:10]) + (" …" if len(short) > 10 else ""))
        self.matrix_label.setText(text)

    # == building the package ===================================================================
    def problems(self) -> list[str]:
        """What stops the package from being built, in the form's order (empty: ready)."""
        self.ensure_framework()
        out = []
        if not self.title_edit.text().strip():
            out.append(self.tr("Give the panel a title."))
        if self.framework is None:
            out.append(self.tr("Choose a valid framework (or use the sample)."))
        if self.nominees_dir is None:
            out.append(self.tr("Choose the nominees folder."))
        elif not any(p.ok for p in self.nominees):
            out.append(self.tr("The nominees folder has no usable nominee."))
        elif any(not p.ok for p in self.nominees):
            out.append(self.tr("Fix the nominee folders with problems."))
        if not self.judges:
            out.append(self.tr("Add at least one judge card."))
        if not signing.has_identity(self.home):
            out.append(self.tr("Create an identity in this home: it signs the package."))
        return out

    def build_package(self) -> None:
        problems = self.problems()
        if problems:
            text = self.tr("The package cannot be built yet:") + "\n• " + "\n• ".join(problems)
            self.status_label.setText(text)
            self._build_blocked = True
            _warn(self, self.tr("Build the panel package"), text)
            return
        assert self.framework is not None and self.nominees_dir is not None
        title = " ".join(self.title_edit.text().split())
        slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
        suggested = self.nominees_dir.parent / f"{slug or 'panel'}.zdxpanel"
        out = _ask_save_file(self, self.tr("Save the panel package"), suggested,
                             self.tr("Panel package") + " (*.zdxpanel)")
        if out is None:
            return
        if out.suffix.lower() != ".zdxpanel":
            out = out.with_suffix(".zdxpanel")
        try:
            organizer = passphrase_dialog.unlock_identity(self, self.home,
                                                          purpose=self.tr("sign the panel "
                                                                          "package"))
        except UserError as exc:
            _warn(self, self.tr("Build the panel package"), exc.message)
            return
        if organizer is None:
            return
        kwargs: dict[str, Any] = dict(
            title=title, framework=self.framework, nominees_dir=self.nominees_dir,
            judges=list(self.judges), conflicts=list(self.conflicts),
            method=str(self.method_combo.currentData()), round_=self.round_spin.value(),
            organizer=organizer, out=out, chairs=list(self.chairs), home=self.home,
            judges_per_nominee=self.judges_per_nominee_spin.value() or None,
            seed=self.seed_spin.value(), nominated=list(self.nominated))
        if not self.matrix_model.is_empty():  # the hand-adjusted matrix, checked as --assign
            kwargs.update(judges_per_nominee=None, assignment=self.matrix_model.assignment())

        def work(_progress: operations.Progress) -> Any:
            from zerodx_desktop.services.panels import build_panel_from

            return build_panel_from(**kwargs)

        def done(pkg: Any) -> None:
            self._running = None
            self.build_button.setEnabled(True)
            self.last_package = out
            n_nom, n_jud, n_con = (len(pkg.panel.nominees), len(pkg.panel.judges),
                                   len(pkg.panel.conflicts))
            text = self.tr("Panel package saved: {path}\n{nominees}, {judges}, {conflicts}, "
                           "method {method}, round {round}\nSigned by {organizer}, organizer "
                           "fingerprint {fingerprint}").format(
                path=out,
                nominees=(self.tr("1 nominee") if n_nom == 1
                          else self.tr("{n} nominees").format(n=n_nom)),
                judges=(self.tr("1 judge") if n_jud == 1
                        else self.tr("{n} judges").format(n=n_jud)),
                conflicts=(self.tr("1 conflict") if n_con == 1
                           else self.tr("{n} conflicts").format(n=n_con)),
                method=pkg.panel.method,
                round=pkg.panel.round, organizer=organizer.name,
                fingerprint=organizer.fingerprint)
            self.status_label.setText(text)
            self.packageBuilt.emit(str(out))
            _inform(self, self.tr("Panel package"), text)

        def failed(exc: BaseException) -> None:
            self._running = None
            self.build_button.setEnabled(True)
            self._failed(self.tr("Build the panel package"), exc)

        self.build_button.setEnabled(False)
        self._running = operations.run_in_background(
            self, work, title=self.tr("Building the signed panel package…"), on_success=done,
            on_failure=failed)

    # == the report =============================================================================
    def print_report(self) -> None:
        """Result workbook -> PDF report -> preview."""
        src = _ask_open_file(self, self.tr("Choose the result workbook"),
                             self.tr("Result workbook") + " (*.xlsx)")
        if src is None:
            return
        out = _ask_save_file(self, self.tr("Save the PDF report"), src.with_suffix(".pdf"),
                             self.tr("PDF") + " (*.pdf)")
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        include_comments = self.report_comments_check.isChecked()
        certificates = self.report_certificates_spin.value()
        draft = self.report_draft_check.isChecked()
        home = self.home
        reading = self.tr("Reading {name}").format(name=src.name)

        def work(progress: operations.Progress) -> Any:
            from zerodx_desktop.services.reports import print_report

            progress.update(0, 0, reading)
            # the one rule: final only from a result a chair or the organizer signed
            return print_report(home, src, out, draft=draft, certificates=certificates,
                                include_comments=include_comments, progress=progress.update)

        def done(outcome: Any) -> None:
            path = outcome.path
            self._running = None
            self.last_report = path
            self.last_report_draft = outcome.draft
            self.status_label.setText(
                (self.tr("Draft report saved (every page marked DRAFT — NOT VERIFIED): "
                         "{path}") if outcome.draft else
                 self.tr("Report saved: {path}")).format(path=path)
                + ("\n" + self.tr("Certificates saved: {path}").format(
                    path=outcome.certificates_path)
                   if outcome.certificates_path is not None else ""))
            self.reportWritten.emit(str(path))
            self.preview = _show_pdf(self, path)

        def failed(exc: BaseException) -> None:
            self._running = None
            self._failed(self.tr("Print the report"), exc)

        self._running = operations.run_in_background(
            self, work, title=self.tr("Writing the PDF report…"), on_success=done,
            on_failure=failed)

    # == nominations ==========================================================================
    def choose_nominations(self) -> None:
        folder = _ask_directory(self, self.tr("Choose the folder of nominations (.zdxnom)"))
        if folder is not None:
            self.load_nominations(folder)

    def load_nominations(self, folder: Path) -> bool:
        """Read and verify every nomination in ``folder`` (a tampered one is refused)."""
        from zerodx_desktop.services.programme import read_nominations

        try:
            self.nominated = read_nominations(folder)
        except UserError as exc:
            self.nominated = []
            _warn(self, self.tr("Nominations"), exc.message)
            self._show_nominations()
            return False
        self._show_nominations()
        return True

    def _show_nominations(self) -> None:
        items = self.nominated
        if not items:
            self.nominations_label.setText(self.tr("No nominations."))
            return
        names = {j.fingerprint: j.name for j in self.judges}
        lines = [self.tr("{nominee} ({id}) nominated by {judge}: {relationship}").format(
            nominee=n.name, id=n.id, judge=names.get(m.fingerprint, m.fingerprint),
            relationship=m.relationship) for n, _b, m, _w in items]
        self.nominations_label.setText("\n".join(lines))

    # == the next (shortlist) round ============================================================
    def next_round(self) -> None:
        """Signed result + its round's package -> the next round's package (top N)."""
        result = _ask_open_file(self, self.tr("Choose the signed result workbook"),
                                self.tr("Result workbook") + " (*.xlsx)")
        if result is None:
            return
        previous = _ask_open_file(self, self.tr("Choose the package of that round"),
                                  self.tr("Panel package") + " (*.zdxpanel)")
        if previous is None:
            return
        out = _ask_save_file(self, self.tr("Save the next round's package"),
                             previous.with_name(previous.stem + "-next.zdxpanel"),
                             self.tr("Panel package") + " (*.zdxpanel)")
        if out is None:
            return
        if out.suffix.lower() != ".zdxpanel":
            out = out.with_suffix(".zdxpanel")
        try:
            organizer = passphrase_dialog.unlock_identity(
                self, self.home, purpose=self.tr("sign the next round's package"))
        except UserError as exc:
            _warn(self, self.tr("Next round"), exc.message)
            return
        if organizer is None:
            return
        kwargs: dict[str, Any] = dict(
            home=self.home, organizer=organizer, result=result, previous=previous,
            shortlist_n=self.shortlist_spin.value(),
            per_category=self.per_category_check.isChecked(), out=out,
            judges_per_nominee=self.judges_per_nominee_spin.value() or None,
            seed=self.seed_spin.value())

        def work(_progress: operations.Progress) -> Any:
            from zerodx_desktop.services.programme import build_next_round

            return build_next_round(**kwargs)

        def done(nxt: Any) -> None:
            self._running = None
            self.last_package = out
            p = nxt.package.panel
            text = self.tr("Round {round} of {title} saved: {path}\n{n} nominees shortlisted: "
                           "{ids}").format(round=p.round, title=p.title, path=out,
                                           n=len(nxt.kept), ids=", ".join(nxt.kept))
            if nxt.ties:
                text += "\n" + self.tr("Ties at the cut were included ({where}).").format(
                    where=", ".join(nxt.ties))
            self.status_label.setText(text)
            self.packageBuilt.emit(str(out))
            _inform(self, self.tr("Next round"), text)

        def failed(exc: BaseException) -> None:
            self._running = None
            self._failed(self.tr("Next round"), exc)

        self._running = operations.run_in_background(
            self, work, title=self.tr("Building the next round…"), on_success=done,
            on_failure=failed)

    # == shared =================================================================================
    @property
    def busy(self) -> bool:
        return self._running is not None

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, operations.Cancelled):
            self.status_label.setText(self.tr("Cancelled."))
            return
        if isinstance(exc, UserError):
            self.status_label.setText(f"{title}: {exc.message}")
            _warn(self, title, exc.message)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)
