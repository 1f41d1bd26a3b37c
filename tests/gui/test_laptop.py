"""The judge workspace on a laptop: what the scoring pane keeps in view at 1024×700 and
1280×800, partial totals shown as partial, a recusal hiding the old scores, Ctrl+Z in the
comment box, the window's actions and shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.workspace_fixtures import import_into, refuse_message_boxes
from zerodx_desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch):
    refuse_message_boxes(monkeypatch)


def open_window(qtbot, home: Path, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    QApplication.processEvents()
    return window


def shown_height(widget) -> int:  # type: ignore[no-untyped-def]
    """The height of ``widget`` actually on screen (clipped by its parents)."""
    return widget.visibleRegion().boundingRect().height()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1366, 768), (1920, 1080)])
def test_question_levels_and_four_lines_of_comment_stay_in_view(qtbot, home: Path,
                                                                 size) -> None:
    import_into(home, 3)  # the sample framework: 24 criteria, level 5 needs a justification
    window = open_window(qtbot, home, size)
    sc = window.workspace.scoring
    for cid in sc.session.criterion_ids[:6]:
        sc.select_criterion(cid)
        assert sc.score(5)  # the "justification required" line is shown too
        QApplication.processEvents()
        assert sc.required.isVisible()
        assert shown_height(sc.required) >= sc.required.height() > 0
        assert sc.comment.visible_lines() >= 4, (size, cid, sc.comment.visible_lines())
        question = sc.question
        assert question.text()
        assert shown_height(question) >= question.heightForWidth(question.width()) - 1
        for card in sc.cards.values():
            assert shown_height(card) == card.height() > 0, (size, card.value)
            assert card.body.isVisible()  # the descriptor, in full or on one line
        tree = sc.tree
        assert tree.viewport().height() >= 3 * tree.sizeHintForRow(0)
    # the room decides: compact cards on a laptop screen, full descriptors on a large one
    assert sc.is_compact() == (size[1] < 1000)
    window.close()


def test_a_long_comment_scrolls_inside_the_box(qtbot, home: Path) -> None:
    import_into(home, 2)
    window = open_window(qtbot, home, (1280, 800))
    sc = window.workspace.scoring
    before = sc.comment.height(), sc.tree.height()
    sc.comment.setFocus()
    sc.comment.setPlainText("\n".join(f"line {i} of a long justification" for i in range(40)))
    QApplication.processEvents()
    assert (sc.comment.height(), sc.tree.height()) == before  # nothing else moves
    assert sc.comment.verticalScrollBar().maximum() > 0
    sc.flush_comment()
    window.close()


def test_partial_totals_are_shown_as_partial(qtbot, home: Path) -> None:
    import_into(home, 2)
    window = open_window(qtbot, home)
    ws = window.workspace
    sc = ws.scoring
    nid = sc.nominee_id
    count = len(sc.session.criterion_ids)
    sc.select_criterion(sc.session.criterion_ids[0])
    assert sc.score(4)
    first = sc.session.framework.domains[0]
    n_first = sum(len(m.criteria) for m in first.dimensions)
    _name, value = sc.domain_totals[first.id]
    assert value.text() == f"\u2014 (1 of {n_first})"
    assert "so far" in value.toolTip()
    assert f"\u2014 (1 of {count} criteria complete)" in sc.totals.text()
    assert "/ 100" not in sc.totals.text()  # no number that reads as a final total
    assert sc._domain_items[first.id].text(2) == f"\u2014 (1 of {n_first})"
    # the overview says the same
    model = ws.overview_model
    row = sc.session.nominee_pos[nid]
    assert model.data(model.index(row, model.total_column)) == f"\u2014 (1 of {count})"
    assert model.data(model.index(row, 1)) == f"\u2014 (1 of {n_first})"
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is None
    # complete: the numbers
    for cid in sc.session.criterion_ids:
        sc.select_criterion(cid)
        assert sc.score(3)
    assert value.text() == "50.0 / 100"
    assert "<b>50.0 / 100</b>" in sc.totals.text()
    assert model.data(model.index(row, model.total_column)) == "50.0"
    window.close()


def test_a_partial_total_reads_as_a_number_nowhere(qtbot, home: Path, tmp_path: Path) -> None:
    """One criterion scored: the figure so far (75.0) is in no cell, label or table of the
    workspace or the export dialog, only in the tooltips that say it is partial."""
    from zerodx_desktop.ui import i18n
    from zerodx_desktop.ui.export_dialog import ExportDialog

    import_into(home, 2)
    window = open_window(qtbot, home)
    ws = window.workspace
    sc = ws.scoring
    nid = sc.nominee_id
    sc.select_criterion(sc.session.criterion_ids[0])
    assert sc.score(4)
    _subtotals, total = sc.session.totals(nid)
    assert total is not None
    so_far = i18n.fmt_number(total, 1)  # what the total would read as if it were final
    row = sc.session.nominee_pos[nid]
    shown: list[str] = [sc.totals.text(), sc.totals.accessibleName()]
    shown += [value.text() for _name, value in sc.domain_totals.values()]
    shown += [item.text(2) for item in sc._domain_items.values()]
    for model in (ws.overview_model, ws.list_model):
        shown += [str(model.data(model.index(row, col)) or "")
                  for col in range(model.columnCount())]
    dialog = ExportDialog(home, directory=tmp_path)
    qtbot.addWidget(dialog)
    exported = dialog.model
    drow = next(r for r in range(exported.rowCount()) if exported.nominee(r)["id"] == nid)
    shown += [str(exported.data(exported.index(drow, col)) or "")
              for col in range(exported.columnCount())]
    shown.append(dialog.summary_label.text())
    for text in shown:
        if "so far" in text:  # the screen reader's name says "Partial: … so far"
            continue
        assert so_far not in text, (so_far, text)
    assert "so far" in sc.totals.toolTip() and so_far in sc.totals.toolTip()
    dialog.close()
    window.close()


def test_a_recusal_hides_the_old_scores_and_totals(qtbot, home: Path, monkeypatch) -> None:
    from zerodx_desktop.ui.conflict_dialog import ConflictDialog

    import_into(home, 2)
    window = open_window(qtbot, home)
    ws = window.workspace
    sc = ws.scoring
    cid = sc.session.criterion_ids[0]
    sc.select_criterion(cid)
    assert sc.score(4)
    sc.comment.setPlainText("kept underneath")
    assert sc.flush_comment()
    assert not window.withdraw_action.isEnabled() and window.conflict_action.isEnabled()
    monkeypatch.setattr(ConflictDialog, "get_reason",
                        classmethod(lambda cls, name, parent=None: "I advised them"))
    assert ws.declare_conflict()
    QApplication.processEvents()
    assert window.withdraw_action.isEnabled() and not window.conflict_action.isEnabled()
    assert not any(card.is_checked() for card in sc.cards.values())
    assert sc.comment.toPlainText() == ""
    assert "4" not in sc._items[cid].text(1)
    for _name, value in sc.domain_totals.values():
        assert value.text() == ""
    assert "recused" in sc.totals.text()
    nid = sc.nominee_id
    row = sc.session.nominee_pos[nid]
    model = ws.overview_model
    assert model.data(model.index(row, model.total_column)) == "\u2014"
    assert ws.list_model.data(ws.list_model.index(row, 1)) == "\u2014"
    # kept underneath: withdrawing shows them again
    assert ws.withdraw_conflict()
    QApplication.processEvents()
    assert sc.cards[4].is_checked()
    assert sc.comment.toPlainText() == "kept underneath"
    assert not window.withdraw_action.isEnabled()
    window.close()


def test_ctrl_z_in_the_comment_box_undoes_the_typing_first(qtbot, home: Path) -> None:
    import_into(home, 2)
    window = open_window(qtbot, home)
    sc = window.workspace.scoring
    cid = sc.session.criterion_ids[0]
    sc.select_criterion(cid)
    assert sc.score(3)
    sc.comment.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sc.comment, timeout=2000)
    qtbot.keyClicks(sc.comment, "Good work")  # not yet saved: the box is mid-typing
    qtbot.keyClick(sc.comment, Qt.Key.Key_Z, CTRL)
    # the box's own undo took the typing; the level (the panel's last edit) is still there
    assert sc.comment.toPlainText() == ""
    assert sc.session.level(sc.nominee_id, cid) == 3
    qtbot.keyClick(sc.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert sc.comment.toPlainText() == "Good work"  # and its redo
    assert sc.flush_comment()
    assert sc.session.comment(sc.nominee_id, cid) == "Good work"
    qtbot.keyClick(sc.comment, Qt.Key.Key_Z, CTRL)
    assert sc.comment.toPlainText() == ""
    assert sc.flush_comment()
    # the box has nothing left to undo: the window's undo (the panel's, by name) takes it
    steps = window.undo_stack.index()
    qtbot.keyClick(sc.comment, Qt.Key.Key_Z, CTRL)
    assert window.undo_stack.index() == steps - 1
    window.close()


def test_ctrl_e_works_while_a_line_edit_has_focus_and_preferences_has_a_key(
        qtbot, home: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QLineEdit

    class X11LineEdit(QLineEdit):
        """Takes Ctrl+E for itself, as QLineEdit does on X11 (end of line)."""

        def event(self, e):  # type: ignore[no-untyped-def]
            if e.type() == QEvent.Type.ShortcutOverride:
                e.accept()
                return True
            return super().event(e)

    import_into(home, 2)
    window = open_window(qtbot, home)
    called: list[str] = []
    window.export_action.triggered.disconnect()
    window.export_action.triggered.connect(lambda _c=False: called.append("export"))
    edit = X11LineEdit(window.workspace)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_E, CTRL)
    assert called == ["export"]
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)  # the line edit's own keys stay its own
    assert called == ["export"]
    assert not window.preferences_action.shortcut().isEmpty()
    window.close()


def test_toolbar_buttons_carry_no_mnemonic_and_the_welcome_page_has_no_toolbar(
        qtbot, home: Path) -> None:
    from zerodx_desktop.ui.i18n import strip_mnemonic

    assert strip_mnemonic("概览(&O)") == "概览"
    assert strip_mnemonic("&Overview") == "Overview"
    assert strip_mnemonic("Declare &conflict\u2026") == "Declare conflict"
    assert strip_mnemonic("A && B") == "A & B"
    window = open_window(qtbot, home)  # an empty home: the welcome page
    assert window.workspace is None
    assert not window.toolbar.isVisible()
    window.close()
    import_into(home, 2)
    window = open_window(qtbot, home)
    assert window.toolbar.isVisible()
    for action in window.toolbar.actions():
        assert "&" not in action.iconText() and "(" not in action.iconText()
    window.close()


LONG_NAMES = ("Nyandarua Highlands Growers Cooperative", "Marigold & Finch Neighbourhood Stores",
              "青岛澜禾智造有限公司 (Lanhe Smart Manufacturing)", "Feldlerche Software GmbH")


def import_long_names(home: Path) -> None:
    import dataclasses

    from tests.gui.workspace_fixtures import build_panel, store_panel_in

    panel, blobs = build_panel(4)
    panel = dataclasses.replace(panel, nominees=tuple(
        dataclasses.replace(n, name=name) for n, name in zip(panel.nominees, LONG_NAMES,
                                                             strict=True)))
    store_panel_in(home, panel, blobs)


@pytest.mark.parametrize(("size", "long_names"), [((1280, 800), False), ((1280, 800), True),
                                                  ((1920, 1080), True)])
def test_nominee_names_are_not_cut_where_there_is_room(qtbot, home: Path, size,
                                                       long_names) -> None:
    from zerodx_desktop.ui.nominee_list_model import NomineeListModel

    if long_names:
        import_long_names(home)
    else:
        import_into(home, 4)
    window = open_window(qtbot, home, size)
    ws = window.workspace
    view, model = ws.list_view, ws.list_model
    qtbot.wait(50)
    header = view.horizontalHeader()
    width = header.sectionSize(NomineeListModel.COL_NAME)
    widest = max(view.fontMetrics().horizontalAdvance(model.data(model.index(r, 0)))
                 for r in range(model.rowCount()))
    if size[0] >= 1600 or not long_names:  # room for every name
        assert widest + 8 <= width, (size, widest, width)
    else:  # a laptop: the statuses step aside (a mark; the word in the tooltip)
        assert model.compact_status
        assert header.sectionSize(NomineeListModel.COL_STATUS) \
            < view.fontMetrics().horizontalAdvance("not started")
    if not long_names:
        assert not model.compact_status  # short names: the status in words
    assert model.data(model.index(0, NomineeListModel.COL_STATUS),
                      Qt.ItemDataRole.ToolTipRole) == "not started"
    window.close()
