"""The judge workspace driven through real widgets: keyboard-only scoring, comments, undo and
redo, conflicts, save failures, the dossier viewer, and what survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from tests.gui.workspace_fixtures import (
    JUDGE_FP,
    import_into,
    refuse_message_boxes,
    small_framework,
)
from zerodx_desktop.core.errors import StoreError
from zerodx_desktop.ui.conflict_dialog import ConflictDialog
from zerodx_desktop.ui.main_window import MainWindow
from zerodx_desktop.ui.workspace_session import CriterionState, NomineeStatus

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch):
    refuse_message_boxes(monkeypatch)


def open_window(qtbot, home: Path) -> MainWindow:
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus (as a person would)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, k, mods)


def screen_entries(window: MainWindow, nominee_id: str) -> dict[str, tuple[int | None, str]]:
    """What the scoring pane shows for each criterion of a nominee (tree + cards + comment)."""
    ws = window.workspace
    assert ws is not None
    ws.select_nominee(nominee_id)
    shown = {}
    for cid in ws.session.criterion_ids:
        ws.scoring.select_criterion(cid)
        checked = [v for v, card in ws.scoring.cards.items() if card.is_checked()]
        level = checked[0] if checked else None
        item_text = ws.scoring._items[cid].text(1)
        if level is not None:
            assert item_text.endswith(str(level))
        shown[cid] = (level, ws.scoring.comment.toPlainText())
    return shown


def store_entries(window: MainWindow, nominee_id: str) -> dict[str, tuple[int | None, str]]:
    ws = window.workspace
    assert ws is not None
    raw = window.store.nominee_scores(ws.session.panel_id, nominee_id)
    return {cid: (raw.get(cid, (None, ""))[0], raw.get(cid, (None, ""))[1] or "")
            for cid in ws.session.criterion_ids}


def test_score_a_demo_nominee_by_keyboard_then_undo_redo_conflict_and_reopen(
        qtbot, home: Path, monkeypatch) -> None:
    from zerodx_desktop.services.demo import prepare_demo_home

    prepare_demo_home(home)
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    session = ws.session
    assert ws.scoring.tree.hasFocus() or QApplication.focusWidget() is ws.scoring.tree
    start = ws.current_nominee_id()
    # move with PageDown until a nominee nobody touched yet
    for _ in range(len(session.nominees)):
        if session.status(ws.current_nominee_id()) is NomineeStatus.NOT_STARTED:
            break
        key(qtbot, Qt.Key.Key_PageDown)
    target = ws.current_nominee_id()
    assert target != start
    assert session.status(target) is NomineeStatus.NOT_STARTED
    assert ws.current_criterion_id() == session.criterion_ids[0]

    comment_text = "Front-line teams set prices without escalation"
    for i, cid in enumerate(session.criterion_ids):
        assert ws.current_criterion_id() == cid
        level = 5 if i == 0 else 2 + i % 3  # 5 needs a justification in the sample
        key(qtbot, getattr(Qt.Key, f"Key_{level}"))
        if i == 0:
            assert ws.scoring.required.isVisible()
            assert ws.scoring.required.text() == "A justification is required for level 5"
            assert session.criterion_state(target, cid) is CriterionState.NEEDS_COMMENT
            key(qtbot, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is ws.scoring.comment
            qtbot.keyClicks(ws.scoring.comment, comment_text)  # ASCII only
            key(qtbot, Qt.Key.Key_Return, CTRL)  # saves, next criterion, back to the tree
            assert QApplication.focusWidget() is ws.scoring.tree
            assert session.comment(target, cid) == comment_text
            assert session.criterion_state(target, cid) is CriterionState.DONE
        else:
            key(qtbot, Qt.Key.Key_Down)
    assert session.status(target) is NomineeStatus.COMPLETE
    last = session.criterion_ids[-1]
    assert window.save_label.text().startswith("Saved ")
    assert store_entries(window, target)[last][0] == session.level(target, last)

    # undo the last level, then redo it (Ctrl+Z / Ctrl+Shift+Z through the window's actions)
    before = session.level(target, last)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.nominee_scores(session.panel_id, target).get(last, (None,))[0] is None
    assert ws.current_criterion_id() == last
    assert not any(c.is_checked() for c in ws.scoring.cards.values())
    assert session.status(target) is NomineeStatus.IN_PROGRESS
    key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.store.nominee_scores(session.panel_id, target)[last][0] == before
    assert ws.scoring.cards[before].is_checked()

    # declare a conflict on the next nominee (the dialog is patched so nothing blocks)
    monkeypatch.setattr(ConflictDialog, "get_reason",
                        classmethod(lambda cls, name, parent=None: "I advised them in 2025"))
    key(qtbot, Qt.Key.Key_PageDown)
    recused = ws.current_nominee_id()
    assert recused != target
    key(qtbot, Qt.Key.Key_D, CTRL)
    assert window.store.conflicts(session.panel_id) == {recused: "I advised them in 2025"}
    assert session.status(recused) is NomineeStatus.RECUSED
    assert ws.scoring.banner.isVisible()
    assert not ws.scoring.cards[3].isEnabled()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the declaration is undoable too
    assert window.store.conflicts(session.panel_id) == {}
    assert session.status(recused) is not NomineeStatus.RECUSED
    key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.store.conflicts(session.panel_id) == {recused: "I advised them in 2025"}
    ws.scoring.focus_criteria()
    key(qtbot, Qt.Key.Key_3)  # locked: nothing is written
    assert window.store.nominee_scores(session.panel_id, recused).get(
        ws.current_criterion_id(), (None,))[0] is None

    expected = {n.id: store_entries(window, n.id) for n in session.nominees}
    window.close()
    assert window.store is None  # the store was closed with the window

    again = open_window(qtbot, home)
    ws2 = again.workspace
    assert ws2 is not None
    assert ws2.current_nominee_id() == recused  # where the judge left off
    for n in ws2.session.nominees:
        assert store_entries(again, n.id) == expected[n.id]
        if ws2.session.is_locked(n.id):
            continue
        assert screen_entries(again, n.id) == expected[n.id]
    assert expected[target][session.criterion_ids[0]] == (5, comment_text)
    assert ws2.session.status(target) is NomineeStatus.COMPLETE
    assert ws2.session.status(recused) is NomineeStatus.RECUSED
    row = ws2.list_model.row_of(recused)
    assert ws2.list_model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == "recused"
    again.close()


def test_required_comment_blocks_completion_with_a_visible_message(qtbot, home: Path) -> None:
    import_into(home, 2, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    nid = ws.current_nominee_id()
    key(qtbot, Qt.Key.Key_3)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_5)
    assert ws.scoring.required.isVisible()
    assert ws.scoring.required.text() == "A justification is required for level 5"
    assert ws.session.progress(nid) == (1, 2)
    assert ws.session.status(nid) is NomineeStatus.IN_PROGRESS
    assert ws.scoring._items["c2"].text(1).startswith("!")
    # typing the justification clears the message; the debounce saves it
    ws.scoring.comment.setFocus()
    ws.scoring.comment.setPlainText("Réseau d'écosystème: 海湾 micro-enterprises")  # non-ASCII
    assert not ws.scoring.required.isVisible()
    qtbot.waitUntil(lambda: ws.session.comment(nid, "c2").startswith("Réseau"), timeout=3000)
    assert ws.session.status(nid) is NomineeStatus.COMPLETE
    assert window.store.nominee_scores(ws.session.panel_id, nid)["c2"] == (
        5, "Réseau d'écosystème: 海湾 micro-enterprises")
    window.close()


def test_roster_conflict_is_locked_and_cannot_be_withdrawn(qtbot, home: Path) -> None:
    import_into(home, 3, framework=small_framework(), roster_conflict="n-002")
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    assert ws.session.fingerprint == JUDGE_FP
    ws.select_nominee("n-002")
    assert ws.scoring.banner.isVisible()
    assert "roster" in ws.scoring.banner.text()
    assert not ws.scoring.conflict_button.isEnabled()
    assert ws.scoring.comment.isReadOnly()
    assert ws.withdraw_conflict("n-002") is False
    assert ws.scoring.score(3) is False
    assert window.store.nominee_scores(ws.session.panel_id, "n-002") == {}
    assert ws.session.next_unscored("n-001", "c2") == ("n-003", "c1")
    window.close()


def test_save_failure_is_shown_and_the_edit_stays_on_screen(qtbot, home: Path,
                                                            monkeypatch) -> None:
    import_into(home, 2, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: boxes.append(text)))

    def disk_full(*_a, **_k):
        raise StoreError("the disk is full", where=str(home), hint="Free some space.")

    monkeypatch.setattr(window.store, "set_score", disk_full)
    monkeypatch.setattr(window.store, "set_comment", disk_full)
    nid = ws.current_nominee_id()
    key(qtbot, Qt.Key.Key_4)
    assert ws.scoring.cards[4].is_checked()  # the choice stays visible
    assert ws.scoring.required.isVisible() and "Not saved" in ws.scoring.required.text()
    assert window.save_label.text().startswith("NOT SAVED")
    assert len(boxes) == 1 and "disk is full" in boxes[0]
    assert window.undo_stack.count() == 0  # a failed save never lands on the stack
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(ws.scoring.comment, "kept")
    assert ws.scoring.flush_comment() is False
    assert ws.scoring.comment.toPlainText() == "kept"
    assert len(boxes) == 1  # one message box until a save succeeds again
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: boxes.append(text)))
    assert ws.scoring.flush_comment() is True
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_4)  # retry
    assert window.save_label.text().startswith("Saved ")
    assert window.store.nominee_scores(ws.session.panel_id, nid)["c1"] == (4, "kept")
    window.close()


def test_dossier_text_is_never_html_and_attachments_show(qtbot, home: Path,
                                                          monkeypatch) -> None:
    import_into(home, 3, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    ws.select_nominee("n-001")
    text = ws.dossier.text.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert "Summary <b>0</b> & more" in text
    ws.select_nominee("n-002")
    assert "海湾 Lanhe 智造" in ws.dossier.text.toPlainText()
    ws.select_nominee("n-001")
    ws.dossier.tabs.setCurrentIndex(ws.dossier.attach_tab_index)
    assert ws.dossier.attachments.count() == 3
    ws.dossier.attachments.setCurrentRow(0)  # the PDF
    pdf = ws.dossier.pdf
    assert pdf is not None and ws.dossier.stack.currentWidget() is pdf
    assert pdf.page_count() == 2
    pdf.go_to(1)
    qtbot.waitUntil(lambda: pdf.view.pageNavigator().currentPage() == 1, timeout=2000)
    assert pdf.search_model is not None  # QtPdf 6.12 has search
    pdf.search.setText("ecosystem")
    # one hit per page
    qtbot.waitUntil(lambda: pdf.search_model.rowCount(QModelIndex()) == 2, timeout=5000)
    qtbot.keyClick(pdf.search, Qt.Key.Key_Return)
    assert pdf.search_label.text() == "1/2"
    ws.dossier.attachments.setCurrentRow(1)  # the image
    assert ws.dossier.stack.currentWidget() is ws.dossier.image
    assert ws.dossier.image.image_size() == (40, 20)
    # anything else: a private temp copy handed to the system viewer
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    ws.dossier.attachments.setCurrentRow(2)
    assert ws.dossier.stack.currentWidget() is ws.dossier.other
    qtbot.mouseClick(ws.dossier.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == b"year,teams\n2023,41\n"
    assert ".." not in copy.name and copy.parent == ws.attachment_dir()
    window.close()
    assert not copy.exists()  # the temp copies go with the window


def test_overview_enter_goes_to_the_nominee(qtbot, home: Path) -> None:
    import_into(home, 4, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    key(qtbot, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert ws.center.currentIndex() == ws.overview_index
    table = ws.overview.table
    assert QApplication.focusWidget() is table
    table.setCurrentIndex(ws.overview_model.index(2, 1))
    key(qtbot, Qt.Key.Key_Return)
    assert ws.current_nominee_id() == "n-003"
    assert ws.center.currentIndex() == 0
    assert QApplication.focusWidget() is ws.scoring.tree
    window.close()


def test_overview_is_built_when_first_shown_on_the_current_nominee(qtbot, home: Path) -> None:
    import_into(home, 4, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    assert ws.findChild(QTableView, "overviewTable") is None  # not built at start-up
    ws.select_nominee("n-002")
    ws.show_overview()
    table = ws.findChild(QTableView, "overviewTable")
    assert table is ws.overview.table and table.isVisible()
    assert table.currentIndex().row() == ws.session.nominee_pos["n-002"]
    ws.select_nominee("n-004")  # once built it follows the workspace
    assert table.currentIndex().row() == ws.session.nominee_pos["n-004"]
    window.close()


def test_filter_and_next_unscored_by_keyboard(qtbot, home: Path) -> None:
    import_into(home, 5, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is ws.filter_edit
    qtbot.keyClicks(ws.filter_edit, "Nominee 4")
    assert ws.proxy.rowCount() == 1
    assert ws.current_nominee_id() == "n-004"  # the only match is shown
    key(qtbot, Qt.Key.Key_Return)  # from the filter straight to the criteria
    assert QApplication.focusWidget() is ws.scoring.tree
    key(qtbot, Qt.Key.Key_3)
    key(qtbot, Qt.Key.Key_F3)
    assert (ws.current_nominee_id(), ws.current_criterion_id()) == ("n-004", "c2")
    key(qtbot, Qt.Key.Key_2)
    assert ws.session.status("n-004") is NomineeStatus.COMPLETE
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert (ws.current_nominee_id(), ws.current_criterion_id()) == ("n-005", "c1")
    assert ws.filter_edit.text() == ""  # the filter hid n-005, so it was cleared
    window.close()


def test_fresh_home_to_a_fully_scored_demo_without_the_mouse(qtbot, home: Path) -> None:
    window = open_window(qtbot, home)
    assert window.workspace is None
    assert QApplication.focusWidget() is window.welcome.open_button  # first-run focus
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.welcome.demo_button
    with qtbot.waitSignal(window.panelOpened, timeout=20000):
        key(qtbot, Qt.Key.Key_Space)
    ws = window.workspace
    assert ws is not None
    session = ws.session
    assert QApplication.focusWidget() is ws.scoring.tree
    presses = 0
    while session.next_unscored(ws.current_nominee_id(), ws.current_criterion_id()):
        key(qtbot, Qt.Key.Key_F3)
        key(qtbot, Qt.Key.Key_3)
        presses += 1
        assert presses <= len(session.nominees) * len(session.criterion_ids)
    assert all(session.status(n.id) is NomineeStatus.COMPLETE for n in session.nominees)
    key(qtbot, Qt.Key.Key_Q, CTRL)  # quit
    assert not window.isVisible() and window.store is None

    again = open_window(qtbot, home)
    s2 = again.workspace.session
    assert all(s2.status(n.id) is NomineeStatus.COMPLETE for n in s2.nominees)
    scores = again.store.scores(s2.panel_id)
    assert len([v for v in scores.values() if v[0] is not None]) == (
        len(s2.nominees) * len(s2.criterion_ids))
    again.close()


def test_conflict_dialog_needs_a_reason_and_escapes_the_name(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    dialog = ConflictDialog("<b>Evil</b> & Co.")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Board member 2019–2022")
    assert ok.isEnabled()
    assert dialog.reason_text() == "Board member 2019–2022"
    intro = dialog.findChildren(QLabel)[0].text()
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co." in intro


def test_quitting_mid_comment_keeps_it(qtbot, home: Path) -> None:
    import_into(home, 2, framework=small_framework())
    window = open_window(qtbot, home)
    ws = window.workspace
    nid, cid = ws.current_nominee_id(), ws.current_criterion_id()
    key(qtbot, Qt.Key.Key_4)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(ws.scoring.comment, "typed just before quitting")
    assert ws.scoring.has_pending_comment()  # the 500 ms debounce has not fired yet
    key(qtbot, Qt.Key.Key_Q, CTRL)
    again = open_window(qtbot, home)
    assert again.store.nominee_scores(again.workspace.session.panel_id, nid)[cid] == (
        4, "typed just before quitting")
    assert again.workspace.scoring.comment.toPlainText() == "typed just before quitting"
    again.close()


def test_criteria_tree_has_room_keeps_headings_in_view_and_shows_subtotals_apart(
        qtbot, home: Path) -> None:
    from zerodx_desktop.ui.scoring_view import LEVEL_COL, SUBTOTAL_COL

    import_into(home, 2)  # the sample framework: 3 domains, 24 criteria
    window = open_window(qtbot, home)
    window.resize(1400, 900)
    sc = window.workspace.scoring
    tree = sc.tree
    row = tree.sizeHintForRow(0)
    # the first show gives the tree the room the question, levels and comment do not need
    qtbot.waitUntil(lambda: tree.viewport().height() >= 15 * row, timeout=3000)
    lines = sc.comment.fontMetrics().lineSpacing()
    assert sc.comment.height() <= 8 * lines  # a short comment box, not a large empty one
    assert sc.comment.visibleRegion().boundingRect().height() >= 3 * lines  # and in view
    for cid in window.workspace.session.criterion_ids:
        sc.select_criterion(cid)
        item = sc._items[cid]
        dimension, domain = item.parent(), item.parent().parent()
        assert sc._row_visible(item), cid
        assert sc._row_visible(dimension), (cid, dimension.text(0))
        assert sc._row_visible(domain), (cid, domain.text(0))

    sc.select_criterion(window.workspace.session.criterion_ids[0])
    assert sc.score(4)
    assert tree.headerItem().text(LEVEL_COL) == "Level"
    assert tree.headerItem().text(SUBTOTAL_COL) == "Subtotal"
    first = sc._domain_items[sc.session.framework.domains[0].id]
    assert first.text(LEVEL_COL) == ""  # a 0-100 subtotal is not a 1-5 level
    assert first.text(SUBTOTAL_COL).startswith("\u2014 (1 of ")  # partial: not a result
    assert sc._items[window.workspace.session.criterion_ids[0]].text(SUBTOTAL_COL) == ""

    # the footer: one line per domain, titles elided (never wrapped), full title in the tooltip
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() <= 1000)
    QApplication.processEvents()
    for d in sc.session.framework.domains:
        name, value = sc.domain_totals[d.id]
        assert name.full_text() == name.toolTip() != ""
        assert name.fontMetrics().horizontalAdvance(name.text()) <= name.width()
        assert name.height() < 2 * name.fontMetrics().lineSpacing()
        assert value.text().startswith("\u2014 (")  # partial subtotals, with their counts
    assert "Total:" in sc.totals.text()
    window.close()


def test_overview_takes_the_scoring_room_and_names_get_the_spare_width(qtbot, home: Path) -> None:
    from PySide6.QtWidgets import QHeaderView

    import_into(home, 3)
    window = open_window(qtbot, home)
    window.resize(1000, 800)
    QApplication.processEvents()
    ws = window.workspace
    before = ws.splitter.sizes()
    assert before[2] > 0
    ws.show_overview()
    QApplication.processEvents()
    during = ws.splitter.sizes()
    assert not ws.scoring.isVisible()
    assert abs(during[0] - before[0]) <= 2  # the nominee list keeps its width
    assert during[1] >= before[1] + before[2] - 2  # the overview gets the scoring pane's
    table, model = ws.overview.table, ws.overview.model
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    for col in range(1, model.columnCount()):
        assert header.sectionResizeMode(col) == QHeaderView.ResizeMode.ResizeToContents
        assert header.sectionSize(col) < header.sectionSize(0)
    longest = max(table.fontMetrics().horizontalAdvance(n.name) for n in ws.session.nominees)
    assert header.sectionSize(0) > longest  # no name is cut
    # closing on the overview keeps the three-pane layout for next time
    window.close()
    again = open_window(qtbot, home)
    again.resize(1000, 800)
    QApplication.processEvents()
    assert again.workspace.scoring.isVisible()
    assert again.workspace.splitter.sizes()[2] > 100
    again.workspace.show_overview()
    again.workspace.center.setCurrentIndex(0)  # back: the sizes before the overview
    QApplication.processEvents()
    assert again.workspace.scoring.isVisible() and again.workspace.splitter.sizes()[2] > 100
    again.close()
