"""Every control of the main views has a name a screen reader can say, the keyboard focus
moves in the order the eye reads, and the views stay usable with a large system font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.workspace_fixtures import import_into
from zerodx_desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QPlainTextEdit, QTextEdit, QTabBar)


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader would announce without a name."""
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root):
            continue
        if isinstance(w, (QHeaderView, QScrollBar)) or w.objectName().startswith("qt_"):
            continue  # scroll bars and headers: Qt says their role and sections
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            parent = w.parentWidget()
            missing.append(f"{type(w).__name__} {w.objectName() or '?'} in "
                           f"{type(parent).__name__ if parent else '-'}")
    return missing


def open_window(qtbot, home: Path, size=(1280, 800)) -> MainWindow:
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_control_of_each_main_view_has_an_accessible_name(qtbot, home: Path,
                                                                tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window = open_window(qtbot, empty)
    assert unnamed_controls(window.welcome) == []
    window.close()

    import_into(home, 3)
    window = open_window(qtbot, home)
    ws = window.workspace
    ws.dossier.tabs.setCurrentIndex(ws.dossier.attach_tab_index)
    ws.select_nominee("n-001")  # three attachments: the list, then the PDF reader
    QApplication.processEvents()
    assert ws.dossier.pdf is not None
    assert unnamed_controls(window) == []
    ws.show_overview()
    QApplication.processEvents()
    assert unnamed_controls(window) == []
    ws.center.setCurrentIndex(0)
    for index in (1, 2):
        window.roles.setCurrentIndex(index)
        page = window._ensure_role_page(index)
        QApplication.processEvents()
        assert unnamed_controls(page) == [], index
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(tab)  # the merge view's disagreements and reliability
            QApplication.processEvents()
            assert unnamed_controls(page) == [], (index, tab)
    window.close()


def focus_chain(start: QWidget, root: QWidget, limit: int = 400) -> list[QWidget]:
    chain, w = [], start
    for _ in range(limit):
        w = w.nextInFocusChain()
        if w is start:
            break
        if (w.isVisibleTo(root) and w.isEnabled() and root.isAncestorOf(w)
                and w.focusPolicy() & w.focusPolicy().TabFocus):
            chain.append(w)
    return chain


def test_tab_order_follows_the_visual_order_in_the_workspace(qtbot, home: Path) -> None:
    import_into(home, 3)
    window = open_window(qtbot, home)
    ws = window.workspace
    left = [ws.filter_edit, ws.status_combo, ws.list_view, ws.next_button]
    right = [ws.scoring.conflict_button, ws.scoring.tree, ws.scoring.comment]
    chain = focus_chain(ws.filter_edit, ws)
    order = [chain.index(w) for w in left[1:] + right if w in chain]
    assert order == sorted(order), [type(w).__name__ for w in chain]
    # left to right: the nominee list before the dossier before the scoring pane
    dossier = [w for w in chain if ws.dossier.isAncestorOf(w)]
    assert dossier and chain.index(ws.next_button) < chain.index(dossier[0]) \
        < chain.index(ws.scoring.conflict_button)
    window.close()


def test_the_workspace_is_usable_with_a_large_system_font(qtbot, home: Path) -> None:
    app = QApplication.instance()
    before = app.font()
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(large)
    try:
        import_into(home, 3)
        window = open_window(qtbot, home, (1366, 768))
        sc = window.workspace.scoring
        sc.select_criterion(sc.session.criterion_ids[0])
        assert sc.score(5)
        QApplication.processEvents()
        assert sc.comment.visible_lines() >= 4
        assert sc.question.visibleRegion().boundingRect().height() > 0
        for card in sc.cards.values():
            assert card.visibleRegion().boundingRect().height() == card.height() > 0
        assert sc.is_compact()
        assert sc.totals.visibleRegion().boundingRect().height() > 0
        window.close()
    finally:
        app.setFont(before)
