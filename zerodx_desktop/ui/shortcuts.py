"""Window shortcuts a line edit must not swallow.

On X11 a QLineEdit takes Ctrl+E (end of line, the Emacs binding), Ctrl+D, Ctrl+N… for
itself, so Ctrl+E "Export" did nothing while the nominee filter or the PDF search had the
focus. ``WindowShortcutsFirst`` (an application event filter) lets the given actions' keys
through to the window while one of its line edits has the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class WindowShortcutsFirst(QObject):
    def __init__(self, window: QWidget, actions: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QLineEdit)
                or not isinstance(event, QKeyEvent) or watched.window() is not self._window):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions():
            if action.isEnabled() and any(pressed.matches(k) == QKeySequence.SequenceMatch
                                          .ExactMatch for k in action.shortcuts()):
                event.ignore()  # not the line edit's: the window's shortcut runs
                return True
        return False
