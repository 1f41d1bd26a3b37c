"""The judge workspace's session: :class:`controllers.judge.JudgeWorkspace` (one panel in the
store, its framework and a score cache) with Qt signals and the words in the user's language.

Every edit goes through the workspace: the store call commits first, then the cache is
updated and ``changed`` tells each view which nominee moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from zerodx_desktop.controllers.judge_workspace import CriterionState as CriterionState  # old home
from zerodx_desktop.controllers.judge_workspace import JudgeWorkspace, Refusal
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.scoring import NomineeStatus as NomineeStatus  # re-exported (old home)
from zerodx_desktop.ui.i18n import fmt_time

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store


class WorkspaceSession(JudgeWorkspace, QObject):
    """Scores and conflicts of the current judge on one panel, written through the store."""

    changed = Signal(str)             # nominee id whose scores/conflict changed
    saved = Signal(str)               # a status text ("Saved 12:03:44")
    saveFailed = Signal(str)          # a message a person can act on
    navigateRequested = Signal(str, str)  # nominee id, criterion id ("" for none)

    def __init__(self, store: Store, panel_id: str, *, fingerprint: str | None = None,
                 parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)  # first: the workspace's hooks may emit
        JudgeWorkspace.__init__(self, store, panel_id, fingerprint=fingerprint)

    def _roster_reason(self) -> str:
        return self.tr("listed by the organizer")

    def _refusal(self, code: Refusal, where: str) -> UserError:
        if code is Refusal.NOT_ASSIGNED:
            return UserError(self.tr("this nominee is not assigned to you"), where=where,
                             hint=self.tr("Score only your assigned nominees; ask the organizer "
                                          "if you should score this one."))
        if code is Refusal.LOCKED:
            return UserError(self.tr("this nominee is locked by a conflict of interest"),
                             where=where,
                             hint=self.tr("Withdraw your declared conflict to score it."))
        return UserError(self.tr("this conflict comes from the panel roster and cannot be "
                                 "withdrawn"),
                         where=where, hint=self.tr("Ask the organizer if it is wrong."))

    def _on_changed(self, nominee_id: str) -> None:
        self.changed.emit(nominee_id)

    def _on_saved(self) -> None:
        self.saved.emit(self.tr("Saved {time}").format(time=fmt_time()))

    def _on_failed(self, exc: UserError) -> None:
        self.saveFailed.emit(exc.message)
