"""The "How sure" tab of the chair's merge view: the bootstrap's reading and the rank-range
plot of the official method, for the whole panel or one award category at a time.

Its strings are in the ``MergeView`` context, where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from zerodx_desktop.controllers.chair import adjusted_ranks
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.rank_range_plot import RankRangePlot

translate = QCoreApplication.translate


def add_caption(layout: QVBoxLayout) -> QLabel:
    """A result tab's caption (plain text, word-wrapped), added to ``layout``."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label)
    return label


class UncertaintyTab(QWidget):
    """How sure the ranking is (filled by :meth:`fill` with the merge's result)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(6, 6, 6, 4)
        self.label = add_caption(v)
        # panels with award categories: each category's own bootstrap, one at a time
        self._result: PanelResult | None = None  # what the tab shows
        self.category = QComboBox()
        self.category.setAccessibleName(translate("MergeView", "Award category"))
        self.category.currentIndexChanged.connect(lambda _i: self.fill(self._result))
        self.category.setVisible(False)
        v.addWidget(self.category, 0, Qt.AlignmentFlag.AlignLeft)
        self.rank_plot = RankRangePlot()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rank_plot)
        v.addWidget(scroll, 1)

    def fill(self, result: PanelResult | None) -> None:
        """The How sure tab: the bootstrap's reading and the rank-range plot (official
        method)."""
        self._result = result
        if result is None:
            self.label.setText(translate(
                "MergeView", "Merge the sheets to see which places the panel can tell apart."))
            self.rank_plot.set_rows([])
            self._categories(None)
            return
        category = self._categories(result)
        if category is not None:
            self._fill_category(result, category)
            return
        if result.bootstrap_resamples:
            intro = translate(
                "MergeView", "The judges were resampled {n} times and the nominees ranked again "
                "by the official method each time. Bar: the places a nominee takes in 90% of the "
                "resamples; dot: its official rank. Overlapping bars are places the panel cannot "
                "tell apart.").format(n=f"{result.bootstrap_resamples:,}")
        else:
            intro = translate(
                "MergeView", "How sure the ranking is could not be estimated: {why}.").format(
                why=i18n.engine_text(result.bootstrap_note))
        adjusted = adjusted_ranks(result)
        if adjusted is not None:
            intro += " " + translate(
                "MergeView", "Not every judge scored every nominee: a ring marks the rank "
                "adjusted for each judge's severity.")
        self.label.setText("\n".join([intro, *(f"• {i18n.engine_text(s)}"
                                                            for s in result.sensitivity)]))
        self.rank_plot.set_rows(result.ranking, adjusted)

    def _categories(self, result: PanelResult | None) -> str | None:
        """The How sure tab's category picker (shown for panels with award categories; its
        items follow the result and the language): the category chosen, None for the whole
        panel."""
        combo = self.category
        zh = i18n.current_lang() == "zh"
        titles: dict[str, str] = {}  # category id -> title, in the UI language when it can
        for c in ((result.panel_doc or {}).get("categories") or []) if result else []:
            if isinstance(c, dict) and c.get("id"):
                titles[str(c["id"])] = str((zh and c.get("title_zh")) or c.get("title") or "")
        chosen = combo.currentData()
        items: list[tuple[str | None, str]] = [
            (None, translate("MergeView", "Whole panel"))] + [
            (cid, translate("MergeView", "Category: {category}").format(category=title))
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

    def _fill_category(self, result: PanelResult, category: str) -> None:
        """How sure the ranking within one award category is: the category's own bootstrap
        (its nominees alone, the official method)."""
        rows = result.category_rankings().get(category, [])
        own = result.category_stats.get(category)
        title = self.category.currentText()
        if own is not None and any(r.rank_interval is not None for r in rows):
            text = translate(
                "MergeView", "{category}: the judges were resampled {n} times and this "
                "category's nominees ranked again among themselves by the official "
                "method each time. Bar: the places a nominee takes in 90% of the "
                "resamples; dot: its rank in the category.").format(
                    category=title, n=f"{result.bootstrap_resamples:,}")
        else:
            why = i18n.engine_text(own.bootstrap_note) if own is not None and \
                own.bootstrap_note else translate("MergeView",
                                                  "the category has no nominees in this result")
            text = translate("MergeView", "{category}: how sure the ranking is could not be "
                             "estimated: {why}.").format(category=title, why=why)
        self.label.setText(text)
        self.rank_plot.set_rows(rows)
