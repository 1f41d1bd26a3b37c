"""The role tabs down the window's side: Latin text is rotated (as Qt draws it); Chinese,
Japanese and Korean text is stacked upright, one character under another, as it is written
vertically, instead of lying on its side."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QWidget

from zerodx_desktop.ui.i18n import strip_mnemonic


def is_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
               or "\uf900" <= ch <= "\ufaff" for ch in text)


class RoleTabBar(QTabBar):
    """A side tab bar that stacks CJK tab texts upright."""

    PAD = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _vertical(self) -> bool:
        return self.shape() in (QTabBar.Shape.RoundedWest, QTabBar.Shape.RoundedEast,
                                QTabBar.Shape.TriangularWest, QTabBar.Shape.TriangularEast)

    def stacked(self, index: int) -> bool:
        return self._vertical() and is_cjk(self.tabText(index))

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        if not self.stacked(index):
            return hint
        fm = self.fontMetrics()
        chars = strip_mnemonic(self.tabText(index))
        width = max(fm.horizontalAdvance(ch) for ch in chars) if chars else 0
        return QSize(max(hint.width(), width + 2 * self.PAD),
                     fm.height() * len(chars) + 2 * self.PAD)

    def minimumTabSizeHint(self, index: int) -> QSize:
        return self.tabSizeHint(index) if self.stacked(index) else \
            super().minimumTabSizeHint(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not any(self.stacked(i) for i in range(self.count())):
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        fm = self.fontMetrics()
        for i in range(self.count()):
            opt = QStyleOptionTab()
            self.initStyleOption(opt, i)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, opt)
            chars = strip_mnemonic(self.tabText(i))
            rect: QRect = opt.rect
            top = rect.top() + (rect.height() - fm.height() * len(chars)) // 2
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = self.foregroundRole()
            painter.save()
            if selected:
                font = painter.font()
                font.setBold(False)
                painter.setFont(font)
            for k, ch in enumerate(chars):
                cell = QRect(rect.left(), top + k * fm.height(), rect.width(), fm.height())
                painter.drawItemText(cell, int(Qt.AlignmentFlag.AlignCenter), opt.palette,
                                     bool(opt.state & QStyle.StateFlag.State_Enabled), ch,
                                     role)
            painter.restore()
