"""Undo commands for score and comment edits; redo and undo both write through the store.

The first ``redo`` (the one ``QUndoStack.push`` makes) is skipped: the view has already
committed the edit and only pushes the command once the store accepted it, so a failed save
never lands on the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.workspace_session import WorkspaceSession


def _criterion_name(session: WorkspaceSession, criterion_id: str) -> str:
    crit = session.framework.criterion(criterion_id)
    title = getattr(crit, "title", None)
    text = i18n.text(title) if title else i18n.text(crit.question)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def retranslate_stack(stack: QUndoStack) -> None:
    """Every command on ``stack`` describes itself again in the current UI language."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, (_EditCommand, ConflictCommand)):
            command.setText(command.describe())


class _EditCommand(QUndoCommand):
    def __init__(self, session: WorkspaceSession, nominee_id: str, criterion_id: str,
                 old: object, new: object) -> None:
        super().__init__()
        self.session = session
        self.nominee_id = nominee_id
        self.criterion_id = criterion_id
        self.old = old
        self.new = new
        self._pushed = False
        self.setText(self.describe())

    def describe(self) -> str:
        """What the command does, in the current UI language (the Edit menu shows it)."""
        raise NotImplementedError

    def _write(self, value: object) -> None:
        raise NotImplementedError

    def _apply(self, value: object) -> None:
        try:
            self._write(value)
        except UserError:
            # The session already reported it (status bar + message); the screen shows
            # the store's state, which did not change.
            pass
        self.session.navigateRequested.emit(self.nominee_id, self.criterion_id)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class SetScoreCommand(_EditCommand):
    def __init__(self, session: WorkspaceSession, nominee_id: str, criterion_id: str,
                 old: int | None, new: int | None) -> None:
        super().__init__(session, nominee_id, criterion_id, old, new)

    def describe(self) -> str:
        name = _criterion_name(self.session, self.criterion_id)
        if self.new is None:
            return QCoreApplication.translate("Undo", "clear level: {criterion}").format(
                criterion=name)
        return QCoreApplication.translate("Undo", "level {level}: {criterion}").format(
            level=self.new, criterion=name)

    def _write(self, value: object) -> None:
        # why the ignore below: the command holds what it was given (int or None)
        self.session.write_score(self.nominee_id, self.criterion_id, value)  # type: ignore[arg-type]


class SetCommentCommand(_EditCommand):
    def __init__(self, session: WorkspaceSession, nominee_id: str, criterion_id: str,
                 old: str, new: str) -> None:
        super().__init__(session, nominee_id, criterion_id, old, new)

    def describe(self) -> str:
        return QCoreApplication.translate("Undo", "comment: {criterion}").format(
            criterion=_criterion_name(self.session, self.criterion_id))

    def _write(self, value: object) -> None:
        self.session.write_comment(self.nominee_id, self.criterion_id, str(value))


class ConflictCommand(QUndoCommand):
    """Declaring (or withdrawing) a conflict, undoable like any other edit."""

    def __init__(self, session: WorkspaceSession, nominee_id: str, reason: str | None,
                 previous: str | None) -> None:
        super().__init__()
        self.session = session
        self.nominee_id = nominee_id
        self.reason = reason
        self.previous = previous
        self._pushed = False
        self.setText(self.describe())

    def describe(self) -> str:
        """What the command does, in the current UI language (the Edit menu shows it)."""
        name = self.session.nominee(self.nominee_id).name
        if self.reason is not None:
            return QCoreApplication.translate("Undo", "declare conflict ({nominee})").format(
                nominee=name)
        return QCoreApplication.translate("Undo", "withdraw conflict ({nominee})").format(
            nominee=name)

    def _set(self, reason: str | None) -> None:
        try:
            if reason is None:
                self.session.withdraw_conflict(self.nominee_id)
            else:
                self.session.declare_conflict(self.nominee_id, reason)
        except UserError:
            pass
        self.session.navigateRequested.emit(self.nominee_id, "")

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._set(self.reason)

    def undo(self) -> None:
        self._set(self.previous)
