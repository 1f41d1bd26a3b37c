"""The scoring pane's keyboard loop: move, score, clear, comment, next nominee.

An event filter on the criteria tree and the comment box of a ``ScoringView``: Up/Down or
K/J move between criteria, a number key scores, 0 or Delete clears, Tab goes to the comment,
Ctrl+Enter or Alt+Down moves on (from the comment too), PageDown/PageUp change nominee.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from zerodx_desktop.ui.scoring_view import ScoringView


class ScoringKeys(QObject):
    """The keys of one scoring pane (it owns this filter)."""

    def __init__(self, view: ScoringView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        v = self.view
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is v.tree:
                return self.tree_key(event)
            if watched is v.comment:
                return self.comment_key(event)
        elif (event.type() == QEvent.Type.ShortcutOverride and watched is v.comment
              and isinstance(event, QKeyEvent)):
            # Ctrl+Z in the box undoes the typing first; once the box has nothing left to
            # undo, the key goes to the window's Undo (the panel's named undo)
            doc = v.comment.document()
            if ((event.matches(QKeySequence.StandardKey.Undo) and doc.isUndoAvailable())
                    or (event.matches(QKeySequence.StandardKey.Redo)
                        and doc.isRedoAvailable())):
                event.accept()
                return True
            if (event.matches(QKeySequence.StandardKey.Undo)
                    or event.matches(QKeySequence.StandardKey.Redo)):
                event.ignore()
                return True
        elif event.type() == QEvent.Type.FocusOut and watched is v.comment:
            v.flush_comment()
        elif event.type() == QEvent.Type.Resize and watched is v.tree.viewport():
            current = v.tree.currentItem()
            if current is not None:
                # the first selection happens before the tree has its size: show the headings
                v.scroll_to_criterion(current)
        return super().eventFilter(watched, event)

    def common_key(self, event: QKeyEvent) -> bool:
        v = self.view
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) or (
                alt and key == Qt.Key.Key_Down):
            v.flush_comment()
            v.move_criterion(+1)
            v.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if alt and key == Qt.Key.Key_Up:
            v.flush_comment()
            v.move_criterion(-1)
            v.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    def tree_key(self, event: QKeyEvent) -> bool:
        v = self.view
        if self.common_key(event):
            return True
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier
                             | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        if not plain:
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            v.move_criterion(+1)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            v.move_criterion(-1)
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            if v.scale.contains(digit):
                v.score(digit)
            elif digit == 0:
                v.score(None)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            v.score(None)
            return True
        if key == Qt.Key.Key_Tab:
            v.comment.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_PageDown:
            v.nextNomineeRequested.emit(+1)
            return True
        if key == Qt.Key.Key_PageUp:
            v.nextNomineeRequested.emit(-1)
            return True
        return False

    def comment_key(self, event: QKeyEvent) -> bool:
        v = self.view
        if self.common_key(event):
            return True
        if event.key() == Qt.Key.Key_Escape:
            v.flush_comment()
            v.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if event.key() == Qt.Key.Key_Backtab:
            v.flush_comment()
            v.tree.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False
