"""The scoring pane's footer: one row per domain (title elided, subtotal aligned), then the
total, and the words both say for a nominee (complete, partial, recused).

Its strings are in the ``ScoringView`` context: the footer is part of that pane.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from zerodx_desktop.controllers.judge import domain_progress
from zerodx_desktop.controllers.judge_workspace import CriterionState, JudgeWorkspace
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.i18n import fmt_number
from zerodx_desktop.ui.scoring_widgets import ElidedLabel

Texts = tuple[dict[str, tuple[str, str]], tuple[str, str]]


translate = QCoreApplication.translate


def subtotal_texts(session: JudgeWorkspace, nominee_id: str) -> Texts:
    """What each domain's subtotal and the total show, with their tooltips: the number
    once every criterion is complete, "— (3 of 8)" while partial (the partial number in
    the tooltip), nothing for a recused nominee."""
    subtotals, total = session.totals(nominee_id)
    if session.is_locked(nominee_id):
        count = len(session.criterion_ids)
        return ({did: ("", "") for did in subtotals or (d.id for d in session.framework.domains)},
                (translate("ScoringView", "recused"),
                 translate("ScoringView", "Recused: not scored ({count} criteria)")
                 .format(count=count)))
    state = session.criterion_state
    progress = domain_progress(session.framework,
                               lambda cid: state(nominee_id, cid) is CriterionState.DONE)
    out: dict[str, tuple[str, str]] = {}
    for did, (done, count) in progress.items():
        v = subtotals.get(did)
        out[did] = ((translate("ScoringView", "{value} / 100").format(value=fmt_number(v, 1)),
                     "")
                    if done == count and count else
                    (i18n.partial_text(done, count), i18n.so_far_text(v, done, count)))
    done, count = session.progress(nominee_id)
    if done == count and count:
        whole = (translate("ScoringView", "{value} / 100").format(
            value=fmt_number(total, 1)), "")
    else:
        whole = (i18n.partial_text(done, count), i18n.so_far_text(total, done, count))
    return out, whole


class TotalsFooter(QWidget):
    """The domain subtotals and the total of the nominee shown."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.setObjectName("totalsBox")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(0, 1)
        self.domain_totals: dict[str, tuple[ElidedLabel, QLabel]] = {}
        for row, d in enumerate(framework.domains):
            name = ElidedLabel("", self)  # titled in retranslate()
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            vf = value.font()
            vf.setBold(True)
            value.setFont(vf)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.domain_totals[d.id] = (name, value)
        self.totals = QLabel(self)
        self.totals.setObjectName("totalsLabel")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        grid.addWidget(self.totals, len(framework.domains), 0, 1, 2)

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ScoringView", "Domain subtotals and total"))
        for d in self.framework.domains:
            self.domain_totals[d.id][0].set_full_text(i18n.text(d.title))

    def clear(self) -> None:
        self.totals.setText("")

    def show_totals(self, texts: Texts, progress: tuple[int, int], *, locked: bool) -> None:
        """Show ``texts`` (from :func:`subtotal_texts`); ``progress`` is (complete, criteria)."""
        subtotals, (total, total_tip) = texts
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for did, (name, value) in self.domain_totals.items():
            text, tip = subtotals.get(did, ("", ""))
            value.setText(text)
            value.setToolTip(tip)
            # a partial subtotal is greyed: it is not a result yet
            value.setForegroundRole(QPalette.ColorRole.PlaceholderText if tip
                                    else QPalette.ColorRole.WindowText)
            value.setAccessibleName(f"{name.full_text()}: {tip or text}")
        done, count = progress
        if not total_tip:
            self.totals.setText(translate("ScoringView", "Total: {total} &nbsp;·&nbsp; "
                                          "{done}/{count} criteria complete").format(
                total=f"<b>{html.escape(total)}</b>", done=done, count=count))
        elif locked:
            self.totals.setText(translate("ScoringView", "Total: {total}").format(
                total=f'<span style="color:{grey}">{html.escape(total)}</span>'))
        else:  # partial: no number that reads as a result, the count instead
            partial = translate("ScoringView", "\u2014 ({done} of {count} criteria "
                                "complete)").format(done=done, count=count)
            self.totals.setText(translate("ScoringView", "Total: {total}").format(
                total=f'<span style="color:{grey}">{html.escape(partial)}</span>'))
        self.totals.setToolTip(total_tip)
        self.totals.setAccessibleName(translate("ScoringView", "Total: {total}").format(
            total=total_tip or total))
