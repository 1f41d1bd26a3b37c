"""The result's tabs of the chair's merge view: the ranking with a nominee drill-down, the
disagreements, the reliability reading, how sure the ranking is, the meeting and who scored
what. ``ResultTabs`` builds and fills them from the chair's controller (``self.chair``); the
merge view adds the inputs, the exports and the wiring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.controllers.chair import ChairController
from zerodx_desktop.core.panel import METHODS
from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.charts import PALETTE, DomainChart, Series
from zerodx_desktop.ui.i18n import method_label, method_name
from zerodx_desktop.ui.meeting_panel import MeetingPanel
from zerodx_desktop.ui.merge_uncertainty import UncertaintyTab, add_caption
from zerodx_desktop.ui.nominee_matrix_model import (
    CriterionInfo,
    NomineeMatrixModel,
    framework_outline,
)
from zerodx_desktop.ui.ranking_model import DisagreementsModel, RankingModel, fmt
from zerodx_desktop.ui.sheets_model import status_label

# Texts keep the context "MergeView", where they are shown (this is part of that view):
# ``translate("MergeView", "...")`` is what pyside6-lupdate extracts with that context.
translate = QCoreApplication.translate

MATRIX_COLUMN_MAX = 150  # px: a criterion column fits its title up to this, then elides


def _fmt3(value: float | None) -> str:
    if value is None:
        return translate("MergeView", "— (not enough data)")
    return i18n.fmt_number(value, 3)


class ResultTabs(QWidget):
    """The merge view's result tabs (a base of ``MergeView``, which sets ``chair``)."""

    chair: ChairController

    @property
    def result(self) -> PanelResult | None:
        return self.chair.result

    @result.setter
    def result(self, value: PanelResult | None) -> None:
        self.chair.result = value

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

    def _build_tabs(self) -> QTabWidget:
        """The result's tabs: ranking and drill-down, disagreements, reliability, how sure,
        the meeting and the design."""
        self._criteria: list[CriterionInfo] = []
        self._domain_titles: dict[str, str] = {}
        self._scale = (1, 5)
        self.ranking_model = RankingModel(self)
        self.matrix_model = NomineeMatrixModel(self)
        self.disagreements_model = DisagreementsModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_ranking_tab(), "")
        self.tabs.addTab(self._build_disagreements_tab(), "")
        self.tabs.addTab(self._build_reliability_tab(), "")
        self.uncertainty_tab = UncertaintyTab()
        self.uncertainty_label = self.uncertainty_tab.label
        self.uncertainty_category = self.uncertainty_tab.category
        self.rank_plot = self.uncertainty_tab.rank_plot
        self.tabs.addTab(self.uncertainty_tab, "")
        self.meeting_panel = MeetingPanel(controller=self.chair.meeting)
        self.tabs.addTab(self.meeting_panel, "")
        self.tabs.addTab(self._build_design_tab(), "")
        self.matrix_model.modelReset.connect(self._fit_matrix_columns)
        return self.tabs

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
        self.reading_label = add_caption(v)
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

    def _build_design_tab(self) -> QWidget:
        """Who scored what: nominees × judges (scored, not scored, not assigned, recused)."""
        from zerodx_desktop.ui.design_matrix_model import DesignMatrixModel

        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(6, 6, 6, 4)
        self.design_label = add_caption(v)
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
        self.design_label.setText(translate(
            "MergeView",
            "Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: "
            "{not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: "
            "{recused}.").format(**c))

    def _retranslate_tabs(self, stale: bool) -> None:
        """The tabs' captions, headers and tooltips, and (``stale``: the language changed)
        what they show of the result, in the current language."""
        for i, name in enumerate((translate("MergeView", "Ranking"),
                                  translate("MergeView", "Disagreements"),
                                  translate("MergeView", "Reliability"),
                                  translate("MergeView", "How sure"),
                                  translate("MergeView", "Meeting"),
                                  translate("MergeView", "Design"))):
            self.tabs.setTabText(i, name)
        self.method_caption.setText(translate("MergeView", "Method:"))
        self.method_combo.setToolTip(translate("MergeView", "How the judges' totals are "
                                               "combined; the package names the official "
                                               "method"))
        self._method_texts()
        self.comments_caption.setText(translate("MergeView", "Comments (anonymised):"))
        # what a screen reader says for the tables and panes without a caption of their own
        self.design_view.setAccessibleName(translate("MergeView", "Who scored what"))
        self.ranking_table.setAccessibleName(translate("MergeView", "Ranking"))
        self.matrix_table.setAccessibleName(translate("MergeView",
                                                      "Levels by judge and criterion"))
        self.comments_view.setAccessibleName(translate("MergeView", "Comments (anonymised)"))
        self.disagreements_table.setAccessibleName(translate("MergeView", "Scores to discuss"))
        self.judges_table.setAccessibleName(translate("MergeView", "Agreement by judge"))
        self.criterion_alpha_table.setAccessibleName(translate("MergeView",
                                                               "Agreement by criterion"))
        # disagreements and reliability tabs
        self.disagreements_caption.setText(translate(
            "MergeView",
            "Scores to discuss: criteria where the levels range by 2 or more, and nominees "
            "whose spread is in the panel's top decile."))
        captions = (translate("MergeView", "Krippendorff's alpha (interval):"),
                    translate("MergeView", "ICC(2,1) (absolute agreement):"),
                    translate("MergeView", "ICC(3,1) (consistency):"),
                    translate("MergeView", "ICC(2,k) (the panel average):"),
                    translate("MergeView", "Kendall's W (rankings):"))
        for value, caption in zip((self.alpha_label, self.icc21_label, self.icc31_label,
                                   self.icc2k_label, self.kendall_label), captions,
                                  strict=True):
            label = self.reliability_form.labelForField(value)
            if isinstance(label, QLabel):
                label.setText(caption)
        self.judges_table.setHorizontalHeaderLabels(
            [translate("MergeView", "Judge"), translate("MergeView", "Sheet"),
             translate("MergeView", "Severity"), translate("MergeView", "Agreement"),
             translate("MergeView", "Fingerprint")])
        self.judges_table.setToolTip(translate(
            "MergeView", "Severity: the judge's mean offset from the panel (negative = "
            "harsher). Agreement: correlation of the judge's totals with the rest of the panel."))
        self.criterion_alpha_table.setHorizontalHeaderLabels([translate("MergeView", "Criterion"),
                                                              translate("MergeView", "Alpha")])
        # what is shown of the result
        if stale:
            selected = self.selected_nominee_id()
            self._framework_texts()
            self._show_result_texts()  # refills the ranking: select the same nominee again
            row = self.ranking_model.row_of(selected) if selected else -1
            if row >= 0:
                self.ranking_table.selectRow(row)
            for model in (self.ranking_model, self.matrix_model, self.disagreements_model):
                i18n.refresh_model_texts(model)
        else:
            self._fill_reliability(None)
        self._show_nominee_texts()

    def _show_result(self, result: PanelResult | None) -> None:
        """Show the controller's new result (None: no result) in every tab."""
        self.matrix_model.set_result(None, "")
        self._fill_design(result)
        self.chart.clear()
        self.comments_view.clear()
        self.meeting_panel.refresh({c.id: c.title for c in self._criteria})
        if result is None:
            self.nominee_label.setText("")  # no result: no nominee in the drill-down
            self.ranking_model.set_rows([], [])
            self.disagreements_model.set_rows([])
            self.sensitivity_label.setText("")
            self.method_note.setText("")
            self._fill_reliability(None)
            self._fill_uncertainty(None)
            return
        self.method_combo.blockSignals(True)
        self._method_texts()
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(self.chair.method)))
        self.method_combo.blockSignals(False)
        self._show_result_texts()  # the official method's ranking, and the rest

    def _method_texts(self) -> None:
        """The method picker's items: the method's name (official marked), what it does."""
        official = self.result.method if self.result is not None else None
        longest = 0
        for i in range(self.method_combo.count()):
            m = self.method_combo.itemData(i)
            name = method_name(m)
            marked = translate("MergeView", "{method} (official)").format(method=name)
            self.method_combo.setItemText(i, marked if m == official else name)
            self.method_combo.setItemData(i, method_label(m), Qt.ItemDataRole.ToolTipRole)
            longest = max(longest, len(marked))
        self.method_combo.setMinimumContentsLength(longest)

    def _framework_texts(self) -> None:
        """The merged panel's criterion and domain titles, in the UI language's variant."""
        panel = getattr(self.chair.outcome, "panel", None)
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
            notes = " ".join(i18n.engine_text(x) for x in result.sensitivity)
            self.sensitivity_label.setText(translate(
                "MergeView", "What the panel can tell apart: {notes}").format(notes=notes))
        else:
            self.sensitivity_label.setText("")
        self._fill_uncertainty(result)
        names = {r.nominee_id: r.nominee for r in result.ranking}
        titles = {c.id: c.title for c in self._criteria}
        self.disagreements_model.set_rows(result.disagreements, names, titles)

    def _fill_uncertainty(self, result: PanelResult | None) -> None:
        self.uncertainty_tab.fill(result)

    def _show_nominee_texts(self) -> None:
        """The drill-down of the nominee selected in the ranking (or how to get one)."""
        index = self.ranking_table.currentIndex()
        if self.result is not None and index.isValid():
            self._show_nominee(self.ranking_model.ranking_row(index.row()))
        else:
            self.nominee_label.setText(translate(
                "MergeView", "Select a nominee in the ranking to see every judge's levels."))

    def current_method(self) -> str:
        return self.chair.method

    def set_method(self, method: str) -> None:
        """Show the ranking by ``method`` (already computed by the merge; nothing recomputes)."""
        index = self.method_combo.findData(method)
        if index < 0:
            raise ValueError(f"unknown method {method!r}")
        self.method_combo.setCurrentIndex(index)

    def _method_changed(self, _index: int) -> None:
        self.chair.set_method(str(self.method_combo.currentData()))
        if self.result is not None:
            selected = self.selected_nominee_id()
            self._show_method(self.current_method())
            if selected:
                row = self.ranking_model.row_of(selected)
                if row >= 0:
                    self.ranking_table.selectRow(row)

    def _domains(self) -> list[tuple[str, str]]:
        """The result's domains (id, title), titled in the UI language when the framework is."""
        assert self.result is not None
        return [(did, self._domain_titles.get(did, title)) for did, title in self.result.domains]

    def _show_method(self, method: str) -> None:
        assert self.result is not None
        rows = self.chair.ranking_for(method)
        self.ranking_model.set_rows(rows or [], self._domains())
        standing = self.chair.method_standing(method)
        if standing == "missing":
            self.method_note.setText(translate(
                "MergeView", "The merge did not compute '{method}'.").format(method=method))
        elif standing == "official":
            self.method_note.setText(translate(
                "MergeView", "{value} — the panel's official method; exports use it.").format(
                value=method_label(method)))
        else:
            self.method_note.setText(translate(
                "MergeView", "{value} — for comparison; the official method is {method}.").format(
                value=method_label(method), method=self.result.method))

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
            self.reading_label.setText(translate(
                "MergeView", "Merge the sheets to see how well the judges agree."))
        elif rel.reading:
            self.reading_label.setText("\n".join(f"• {i18n.engine_text(s)}"
                                                  for s in rel.reading))
        else:
            self.reading_label.setText(translate(
                "MergeView", "No reading: too few judges or nominees to say."))
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
        self.matrix_model.set_result(result, row.nominee_id, criteria=self._criteria or None,
                                     scale=self._scale,
                                     conflicted=self.chair.conflicted(row.nominee_id))
        rank = f"={row.rank}" if row.tied else str(row.rank)
        judges = (translate("MergeView", "1 judge") if row.judges == 1
                  else translate("MergeView", "{n} judges").format(n=row.judges))
        self.nominee_label.setText(translate(
            "MergeView", "{nominee} — rank {rank}, score {score} ({judges})").format(
            nominee=row.nominee, rank=rank, score=fmt(row.score), judges=judges))
        self._show_profile(row)
        titles = {c.id: c.title for c in self._criteria}
        lines = [f"{titles.get(c.criterion_id, c.criterion_id)}: {c.text}"
                 for c in result.comments if c.nominee_id == row.nominee_id]
        self.comments_view.setPlainText("\n\n".join(lines) if lines
                                        else translate("MergeView", "No comments."))

    def _show_profile(self, row: RankingRow) -> None:
        """The radar: one axis per framework dimension (the domains when the result keeps no
        levels); figures do not depend on the method."""
        result = self.result
        assert result is not None
        profile = self.chair.dimension_profile()  # computed once per result
        if profile is not None:
            axes = [i18n.text(a.title) for a in profile.axes]
            details = [f"{i18n.text(a.domain_title)} › {i18n.text(a.title)}"
                       for a in profile.axes]
            mine, panel_avg = list(profile.of(row.nominee_id)), list(profile.average)
        else:  # domain subtotals from the official ranking
            domains = self.chair.domain_profile(row)
            axes = details = [title for _id, title in self._domains()]
            mine, panel_avg = list(domains.nominee), list(domains.panel_average)
        self.chart.set_data(axes, [
            Series(row.nominee, mine, PALETTE[0]),
            Series(translate("MergeView", "Panel average"), panel_avg, PALETTE[1])],
            details=details)

    def _disagreement_activated(self, index: QModelIndex) -> None:
        nid = self.disagreements_model.data(index, DisagreementsModel.NomineeIdRole)
        if nid and self.ranking_model.row_of(nid) >= 0:
            self.open_nominee(nid)
