"""The scoring pane's own widgets: elided and folding labels, the comment box, a level card.

Plain widgets with no knowledge of a panel; ``ScoringView`` (``ui/scoring_view.py``) lays
them out and fills them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

ERROR_RED = QColor("#c62828")
COMMENT_LINES = 5  # the comment box's height, in lines, when the pane has the room
MIN_COMMENT_LINES = 4  # never fewer: the box a judge types into stays in view


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the width it gets; the tooltip has it all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("W\u2026"), super().minimumSizeHint()
                     .height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(0, self.width())))


class FoldingLabel(QLabel):
    """A wrapped label that can fold to one elided line (the tooltip then has it all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._full = ""
        self._folded = False

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._show()

    def full_text(self) -> str:
        return self._full

    def set_folded(self, folded: bool) -> None:
        if folded == self._folded:
            return
        self._folded = folded
        self.setWordWrap(not folded)
        self.setSizePolicy(QSizePolicy.Policy.Ignored if folded else QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred)
        self._show()

    def is_folded(self) -> bool:
        return self._folded

    def _show(self) -> None:
        if self._folded:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                  max(0, self.width()))
            self.setToolTip(self._full if shown != self._full else "")
        else:
            shown = self._full
            self.setToolTip("")
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._folded:
            self._show()


class CommentEdit(QPlainTextEdit):
    """The comment box: at least four lines in view, a few more when the pane has the room;
    a long comment scrolls inside it. Ctrl+Z / Ctrl+Shift+Z undo the typing first; the
    panel's undo takes over once the box has nothing left to undo."""

    def lines_height(self, lines: int) -> int:
        return (self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth()
                + int(2 * self.document().documentMargin()) + 2)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_height(COMMENT_LINES))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_height(MIN_COMMENT_LINES))

    def visible_lines(self) -> float:
        """How many lines of text the box shows, as it is laid out and clipped now."""
        shown = self.viewport().visibleRegion().boundingRect().height()
        margin = 2 * self.document().documentMargin()
        return max(0.0, (shown - margin) / self.fontMetrics().lineSpacing())


class LevelCard(QFrame):
    """One scale level: number, label and descriptor; click to choose. Compact: one line,
    the descriptor elided (the tooltip has it all)."""

    clicked = Signal(int)

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName(f"levelCard{value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the number keys choose; no tab stops
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = FoldingLabel(self)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 5, 8, 6)
        self._layout.setHorizontalSpacing(8)
        self._layout.setVerticalSpacing(2)
        self._layout.addWidget(self.title, 0, 0)
        self._layout.addWidget(self.body, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        self._layout.setColumnStretch(1, 1)
        self._layout.setRowStretch(1, 1)  # any spare height below the descriptor
        self._compact = False
        self._checked = False
        self.setAutoFillBackground(True)
        self.set_checked(False)

    def set_content(self, label: str, descriptor: str) -> None:
        self.title.setText(f"{self.value}  {label}")
        self.body.set_full_text(descriptor)
        self.body.setVisible(bool(descriptor))
        self.setAccessibleName(self.tr("Level {value}: {label}").format(
                                   value=self.value, label=label))
        self._describe()
        self.setToolTip(self.tr("Press {key} to choose this level").format(key=self.value)
                        if 0 <= self.value <= 9 else "")

    def set_compact(self, compact: bool) -> None:
        """One line (the descriptor beside the title, elided) or the descriptor wrapped."""
        if compact == self._compact:
            return
        self._compact = compact
        self._layout.removeWidget(self.body)
        if compact:
            self._layout.addWidget(self.body, 0, 1)
            self._layout.setContentsMargins(8, 2, 8, 2)
        else:
            self._layout.addWidget(self.body, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            self._layout.setContentsMargins(8, 5, 8, 6)
        self.body.set_folded(compact)

    def is_compact(self) -> bool:
        return self._compact

    def height_for(self, width: int) -> int:
        """The card's height at ``width``: its text, wrapped or on one line, and margins."""
        m = self._layout.contentsMargins()
        frame = 2 * self.frameWidth()
        title = self.title.sizeHint().height()
        if self._compact or not self.body.full_text():
            line = max(title, self.body.sizeHint().height() if self.body.full_text() else 0)
            return m.top() + m.bottom() + line + frame
        inner = max(10, width - m.left() - m.right() - frame)
        body = self.body.heightForWidth(inner)
        if body < 0:
            body = self.body.sizeHint().height()
        return m.top() + m.bottom() + title + self._layout.verticalSpacing() + body + frame

    def set_checked(self, checked: bool) -> None:
        # colour roles, not copied colours: the card follows a light/dark palette switch
        self._checked = checked
        self.setBackgroundRole(QPalette.ColorRole.Highlight if checked
                               else QPalette.ColorRole.Base)
        text_role = (QPalette.ColorRole.HighlightedText if checked
                     else QPalette.ColorRole.Text)
        self.title.setForegroundRole(text_role)
        self.body.setForegroundRole(text_role)
        self.setFrameShadow(QFrame.Shadow.Sunken if checked else QFrame.Shadow.Raised)
        self.setLineWidth(2 if checked else 1)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(("selected. " if self._checked else "")
                                      + self.body.full_text())

    def is_checked(self) -> bool:
        return self._checked

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit(self.value)
            event.accept()
            return
        super().mousePressEvent(event)


def _height_for(widget: QWidget, width: int) -> int:
    if widget.hasHeightForWidth():
        return widget.heightForWidth(width)
    return widget.sizeHint().height()
