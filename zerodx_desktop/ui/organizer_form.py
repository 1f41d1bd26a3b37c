"""The organizer's form: the widgets of the panel builder and their captions, nothing else.

``OrganizerView`` (``ui/organizer_view.py``) wires them to the organizer's workflow
(``controllers/organizer.py``) and fills the tables; here the widgets are made, laid out and
named in the current language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
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

from zerodx_desktop.controllers.organizer import IdentityState, NomineeRead, judge_label
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import METHODS, Conflict
from zerodx_desktop.services.identity import PublicIdentity
from zerodx_desktop.ui import i18n

NOMINEE_ROWS = 8  # the nominee preview shows at least this many rows without scrolling


def size_text(size: int) -> str:
    if size >= 100 * 1024:
        return i18n.fmt_number(size / 1048576, 1) + " MB"
    return i18n.fmt_number(size / 1024, 0) + " KB"


class OrganizerForm(QWidget):
    """The panel builder's widgets (the view adds the workflow)."""

    def _build_ui(self) -> None:
        """Every widget of the form, without texts (``retranslate_form``) or wiring."""
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
        row.addWidget(self.choose_framework_button)
        self.sample_framework_button = QPushButton()
        row.addWidget(self.sample_framework_button)
        self.save_template_button = QPushButton()
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
        nom_row.addWidget(self.add_nominations_button)
        nv.addLayout(nom_row)
        v.addWidget(nom_box)

        judge_box = QGroupBox()
        jv = QVBoxLayout(judge_box)
        row = QHBoxLayout()
        self.add_judges_button = QPushButton()
        self.remove_judge_button = QPushButton()
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
        self.clear_chairs_button = QPushButton()
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
        self.remove_conflict_button = QPushButton()
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
        self.clear_matrix_button = QPushButton()
        self.matrix_label = QLabel()
        self.matrix_label.setWordWrap(True)
        row.addWidget(self.propose_matrix_button)
        row.addWidget(self.clear_matrix_button)
        row.addWidget(self.matrix_label, 1)
        mv.addLayout(row)
        from zerodx_desktop.ui.assignment_matrix_model import AssignmentMatrixModel

        self.matrix_model = AssignmentMatrixModel(self)
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

    def retranslate_form(self) -> None:
        """Every caption, button and tooltip in the current language (what the form shows of
        the framework, nominees and identity is the view's)."""
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
        self.next_round_button.setText(self.tr("Next round from result…"))
        self.next_round_button.setToolTip(self.tr(
            "Build the next round of a panel from its signed result: the same panel, round + "
            "1, the top N nominees (ties at the cut included)"))
        self.shortlist_caption.setText(self.tr("Shortlist:"))
        self.add_nominations_button.setText(self.tr("Add nominations…"))
        self.add_nominations_button.setToolTip(self.tr(
            "A folder of the judges' signed nominations (.zdxnom); only roster judges' are "
            "accepted"))
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

    # -- the tables (the view words what goes in them) ------------------------------------------
    def fill_nominees_table(self, rows: list[tuple[NomineeRead, str, str]],
                            none_text: str) -> None:
        """One row per nominee folder: (preview, its problem or note in words, whether the
        words are a problem: "1" or ""); ``none_text`` for a folder without attachments."""
        t = self.nominees_table
        t.setRowCount(len(rows))
        red = QColor("#c62828")
        for r, (p, said, problem) in enumerate(rows):
            att = f"{p.attachments} ({size_text(p.size)})" if p.attachments else none_text
            cells = [p.folder, p.id, p.name, att if p.ok else "", said]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problem and c == 4:
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
        notes = any(said for _p, said, _x in rows)
        room = (t.viewport().width() - sum(t.columnWidth(c) for c in (0, 1, 3))
                - t.fontMetrics().horizontalAdvance("M" * (12 if notes else 4)))
        t.resizeColumnToContents(2)
        t.setColumnWidth(2, min(t.columnWidth(2), max(cap, room)))

    def fill_nominee_combo(self, usable: list[NomineeRead]) -> None:
        self.conflict_nominee_combo.clear()
        for p in usable:
            self.conflict_nominee_combo.addItem(f"{p.name} ({p.id})", p.id)

    def fill_judges(self, judges: list[PublicIdentity]) -> None:
        t = self.judges_table
        t.setRowCount(len(judges))
        for r, j in enumerate(judges):
            for c, text in enumerate((j.name, j.email, j.fingerprint)):
                t.setItem(r, c, QTableWidgetItem(text))
        self.conflict_judge_combo.clear()
        for j in judges:
            self.conflict_judge_combo.addItem(judge_label(j), j.fingerprint)
            self.conflict_judge_combo.setItemData(
                self.conflict_judge_combo.count() - 1,
                f"{j.name} <{j.email}>\n{j.fingerprint}", Qt.ItemDataRole.ToolTipRole)

    def fill_conflicts(self, conflicts: list[Conflict], judges: list[PublicIdentity],
                       nominees: list[NomineeRead]) -> None:
        names = {j.fingerprint: judge_label(j) for j in judges}
        shown = {p.id: p.name for p in nominees if p.ok}
        t = self.conflicts_table
        t.setRowCount(len(conflicts))
        for r, c in enumerate(conflicts):
            judge = QTableWidgetItem(names.get(c.fingerprint, c.fingerprint))
            judge.setToolTip(c.fingerprint)
            t.setItem(r, 0, judge)
            t.setItem(r, 1, QTableWidgetItem(f"{shown.get(c.nominee_id, '')} "
                                             f"({c.nominee_id})".strip()))
            t.setItem(r, 2, QTableWidgetItem(c.reason))

    def selected_rows(self, table: QTableWidget) -> list[int]:
        model = table.selectionModel()
        return sorted({i.row() for i in model.selectedRows()}) if model is not None else []

    # -- what the form shows (the view says when) -----------------------------------------------
    def show_framework(self, fw: Framework | None, path: Path | None,
                       failure: tuple[Path, UserError] | None) -> None:
        """The framework loaded (title, counts, tree) or why it could not be."""
        if fw is None or path is None:
            self.framework_tree.clear()
            if failure is None:
                self.framework_error.hide()
                self.framework_label.setText(
                    self.tr("The sample framework loads when this page is shown."))
                return
            path, exc = failure
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

    def show_identity(self, state: IdentityState) -> None:
        if not state.present:
            self.identity_label.setText(self.tr("This home has no identity: create one before "
                                                "building a package (it signs the package)."))
        elif state.what:
            self.identity_label.setText(
                self.tr("The home identity cannot be read: {what}").format(what=state.what))
        else:
            self.identity_label.setText(self.tr("Signed as organizer by {name} "
                                                "({fingerprint}).").format(
                                            name=state.name, fingerprint=state.fingerprint))

    def show_chairs(self, chairs: list[PublicIdentity]) -> None:
        names = [judge_label(c) for c in chairs]
        self.chairs_label.setText(
            self.tr("Chairs: you (the organizer)") + "".join(f", {n}" for n in names))
        self.clear_chairs_button.setEnabled(bool(chairs))

    def show_matrix_label(self) -> None:
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

    def show_nominations(self, lines: list[tuple[str, str, str, str]]) -> None:
        if not lines:
            self.nominations_label.setText(self.tr("No nominations."))
            return
        self.nominations_label.setText("\n".join(
            self.tr("{nominee} ({id}) nominated by {judge}: {relationship}").format(
                nominee=name, id=nid, judge=judge, relationship=relationship)
            for name, nid, judge, relationship in lines))
