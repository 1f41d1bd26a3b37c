"""Switching the UI language re-translates the windows that are already open.

The switch goes through Edit → Preferences the way a user does it; the expected texts come
from the catalogues (``QCoreApplication.translate``), so they are whatever the .ts says, and
each is checked to really be Chinese (a no-op switch would otherwise pass)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox

from tests.gui.merge_fixtures import merged_view as _merged_view
from zerodx_desktop.core.text import Text
from zerodx_desktop.ui import i18n

CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints")]


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


# a window's tr() looks in its own class's context, then its base classes' (MainWindow's
# menus and actions are built by its base, MainFrame, and keep that context; the organizer
# view's form is OrganizerForm's)
BASES = {"MainWindow": ("MainWindow", "MainFrame"),
         "OrganizerView": ("OrganizerView", "OrganizerForm")}


def zh(context: str, source: str) -> str:
    """The Chinese text for ``source`` (the Chinese catalogue must be installed)."""
    text = source
    for ctx in BASES.get(context, (context,)):
        text = tr(ctx, source)
        if CJK.search(text):
            return text
    raise AssertionError(f"[{context}] {source!r} has no Chinese translation: {text!r}")


@pytest.fixture
def english(qapp):
    i18n.apply_language(i18n.ENGLISH)
    yield
    i18n.apply_language(i18n.ENGLISH)


def choose_language(window, setting: str) -> None:
    """Edit → Preferences, pick ``setting``, OK; then let the posted LanguageChange arrive."""
    def pick() -> None:
        dialog = window.preferences_dialog
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(setting))
        dialog.accept()

    QTimer.singleShot(0, pick)
    window.preferences_action.trigger()
    QApplication.processEvents()
    QApplication.processEvents()
    assert i18n.language_setting(window.settings) == setting


def demo_window(qtbot, home: Path):
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui.main_window import MainWindow

    prepare_demo_home(home)
    i18n.set_language_setting(QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat),
                              i18n.ENGLISH)
    window = MainWindow(home)
    qtbot.addWidget(window)
    return window


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


MENUS = ("&File", "&Edit", "&Go", "&Help")
ROLES = ("Judge workspace", "Merge", "Organizer")


def expected_count(ws) -> str:
    from zerodx_desktop.ui.workspace_session import NomineeStatus

    done = sum(1 for n in ws.session.nominees
               if ws.session.status(n.id) in (NomineeStatus.COMPLETE, NomineeStatus.RECUSED))
    assert done >= 1  # the test made one recused: the count is not the trivial 0
    return tr("WorkspaceView", "{done} of {n_nominees} done").format(
        done=done, n_nominees=len(ws.session.nominees))


def test_the_open_main_window_follows_the_language(qtbot, home: Path, english):
    window = demo_window(qtbot, home)
    try:
        ws = window.workspace
        assert ws is not None
        merge = window._ensure_role_page(1)
        organizer = window._ensure_role_page(2)
        organizer.ensure_framework()
        window.roles.setCurrentIndex(0)
        # some state whose texts must be recomputed, not just relabelled
        nid = ws.scoring.nominee_id
        ws.session.declare_conflict(nid, "a former employer")
        assert ws.scoring.conflict_button.text() == "Withdraw conflict"
        other = next(n.id for n in ws.session.nominees if n.id != nid)
        ws.select_nominee(other)
        levels = [lv.value for lv in ws.scoring.scale.levels]
        was = ws.session.level(other, ws.scoring.criterion_id)
        assert ws.scoring.score(levels[0] if was != levels[0] else levels[1])
        english_undo = window.undo_stack.undoText()
        assert english_undo.startswith("level ")
        assert window.save_label.text().startswith("Saved ")
        ws.select_nominee(nid)
        assert menu_titles(window) == list(MENUS)
        window.show_help()
        assert window.help_dialog.pages.item(0).text() == "Judge guide"
        english_guide = window.help_dialog.browser.toPlainText()
        assert not CJK.search(english_guide)

        choose_language(window, i18n.CHINESE)

        assert i18n.current_lang() == "zh"
        # menus, actions (texts, tooltips, status tips), toolbar, role tabs
        assert menu_titles(window) == [zh("MainWindow", m) for m in MENUS]
        assert window.open_action.text() == zh("MainWindow", "&Open panel package\u2026")
        assert window.open_action.toolTip() == zh(
            "MainWindow", "Open the panel package the organizer sent")
        assert window.open_action.statusTip() == window.open_action.toolTip()
        assert window.next_action.text() == zh("MainWindow", "&Next unscored")
        assert window.preferences_action.text() == zh("MainWindow", "&Preferences\u2026")
        assert window.undo_action.iconText() == zh("MainWindow", "Undo")
        undo_what = window.undo_stack.undoText()
        # the command on the stack describes itself again: "level N: …" in Chinese too
        assert undo_what.startswith(zh("Undo", "level {level}: {criterion}").split("{")[0])
        assert undo_what != english_undo and CJK.search(undo_what)
        assert window.undo_action.text() == zh("MainWindow", "&Undo {what}").format(
            what=undo_what)
        assert window.toolbar.windowTitle() == zh("MainWindow", "Main toolbar")
        assert [window.roles.tabText(i) for i in range(3)] == [zh("MainWindow", r)
                                                               for r in ROLES]
        assert [a.text() for a in window.role_actions] == [zh("MainWindow", r) for r in ROLES]
        # the save status says the same thing (saved, at that time) in Chinese
        saved = zh("WorkspaceSession", "Saved {time}").split("{time}")[0]
        assert window.save_label.text().startswith(saved)
        # the workspace
        assert ws.filter_edit.placeholderText() == zh("WorkspaceView",
                                                      "Filter nominees (Ctrl+F)")
        assert ws.status_combo.itemText(0) == zh("WorkspaceView", "All nominees")
        assert ws.status_combo.itemText(4) == zh("WorkspaceView", "Recused")
        assert ws.next_button.text() == zh("WorkspaceView", "Next &unscored")
        assert [ws.center.tabText(i) for i in range(2)] == [zh("WorkspaceView", "Dossier"),
                                                            zh("WorkspaceView", "Overview")]
        assert ws.count_label.text() == expected_count(ws)
        assert CJK.search(ws.count_label.text())
        header = ws.list_view.model().headerData(0, Qt.Orientation.Horizontal)
        assert header == zh("NomineeListModel", "Nominee")
        # the scoring pane: labels, framework titles (their zh variant), state texts
        sc = ws.scoring
        assert sc.comment_label.text() == zh("ScoringView", "&Comment")
        assert sc.tree.headerItem().text(0) == zh("ScoringView", "Criterion")
        fw = ws.session.framework
        domains = [sc.tree.topLevelItem(i).text(0) for i in range(sc.tree.topLevelItemCount())]
        assert domains == [Text.of(d.title).get("zh") for d in fw.domains]
        assert domains != [Text.of(d.title).get("en") for d in fw.domains]
        assert sc.domain_totals[fw.domains[0].id][0].full_text() == \
            Text.of(fw.domains[0].title).get("zh")
        crit = fw.criterion(sc.criterion_id)
        assert sc.question.text() == Text.of(crit.question).get("zh")
        assert sc.nominee_id == nid
        assert sc.conflict_button.text() == zh("ScoringView", "Withdraw conflict")
        assert sc.banner.text() == zh(
            "ScoringView", "Recused — conflict of interest ({origin}): {reason}. "
            "Scoring is locked.").format(origin=zh("ScoringView", "declared by you"),
                                         reason="a former employer")
        total = zh("ScoringView", "Total: {total}").split("{total}")[0]
        assert sc.totals.text().startswith(total)
        # the dossier
        assert ws.dossier.tabs.tabText(0) == zh("DossierView", "&Narrative")
        n_attachments = len(ws.session.nominee(nid).attachments)
        assert ws.dossier.tabs.tabText(1) == zh(
            "DossierView", "&Attachments ({n_attachments})").format(n_attachments=n_attachments)
        # the guide, open beside the window
        help_dialog = window.help_dialog
        assert help_dialog.windowTitle() == zh("HelpDialog", "{app} help").format(
            app=__import__("zerodx_desktop").APP_NAME)
        assert help_dialog.pages.item(0).text() == zh("HelpView", "Judge guide")
        assert CJK.search(help_dialog.browser.toPlainText())
        # the merge and organizer pages, built before the switch
        assert merge.merge_button.text() == zh("MergeView", "Verify and merge")
        assert merge.add_sheets_button.toolTip() == zh(
            "MergeView", "Add the judges' signed score sheets (.xlsx); you can also drop "
            "them here")
        assert [merge.tabs.tabText(i) for i in range(3)] == [
            zh("MergeView", t) for t in ("Ranking", "Disagreements", "Reliability")]
        assert merge.summary_label.text() == zh(
            "MergeView", "Drop score sheets (.xlsx) here or use Add sheets…")
        assert merge.package_label.text() == zh(
            "MergeView", "none chosen — choose one or drop a .zdxpanel here")
        assert merge.reliability_form.labelForField(merge.alpha_label).text() == zh(
            "MergeView", "Krippendorff's alpha (interval):")
        assert merge.judges_table.horizontalHeaderItem(0).text() == zh("MergeView", "Judge")
        groups = [g.title() for g in organizer.findChildren(QGroupBox)]
        assert zh("OrganizerView", "Known conflicts of interest") in groups
        assert organizer.build_button.text() == zh("OrganizerView", "Build signed package…")
        assert organizer.panel_form.labelForField(organizer.title_edit).text() == zh(
            "OrganizerView", "Title:")
        assert organizer.framework_tree.headerItem().text(0) == zh(
            "OrganizerView", "Domain / dimension / criterion")
        assert organizer.framework_tree.topLevelItem(0).text(0) == \
            Text.of(organizer.framework.domains[0].title).get("zh")
        assert CJK.search(organizer.nominees_label.text())

        choose_language(window, i18n.ENGLISH)

        assert i18n.current_lang() == "en"
        assert menu_titles(window) == list(MENUS)
        assert window.open_action.text() == "&Open panel package\u2026"
        assert window.open_action.toolTip() == "Open the panel package the organizer sent"
        assert window.undo_action.text() == f"&Undo {english_undo}"
        assert [window.roles.tabText(i) for i in range(3)] == list(ROLES)
        assert window.save_label.text().startswith("Saved ")
        assert ws.filter_edit.placeholderText() == "Filter nominees (Ctrl+F)"
        assert ws.status_combo.itemText(0) == "All nominees"
        assert [ws.center.tabText(i) for i in range(2)] == ["Dossier", "Overview"]
        assert ws.count_label.text() == expected_count(ws)
        assert not CJK.search(ws.count_label.text())
        domains = [sc.tree.topLevelItem(i).text(0) for i in range(sc.tree.topLevelItemCount())]
        assert domains == [Text.of(d.title).get("en") for d in fw.domains]
        assert sc.conflict_button.text() == "Withdraw conflict"
        assert "declared by you" in sc.banner.text()
        assert sc.totals.text().startswith("Total: ")
        assert merge.merge_button.text() == "Verify and merge"
        assert merge.tabs.tabText(0) == "Ranking"
        assert window.help_dialog.browser.toPlainText() == english_guide
        assert organizer.build_button.text() == "Build signed package…"
        assert organizer.framework_tree.topLevelItem(0).text(0) == \
            Text.of(organizer.framework.domains[0].title).get("en")
    finally:
        window.close()


def test_a_page_built_after_the_switch_and_the_welcome_page(qtbot, home: Path, english):
    """A fresh home shows the welcome page; pages built later are in the new language."""
    from zerodx_desktop.ui.main_window import MainWindow

    i18n.set_language_setting(QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat),
                              i18n.ENGLISH)
    window = MainWindow(home)
    qtbot.addWidget(window)
    try:
        welcome = window.welcome
        assert welcome.open_button.text() == "&Open a panel package\u2026"
        choose_language(window, i18n.CHINESE)
        assert welcome.open_button.text() == zh("WelcomePage", "&Open a panel package\u2026")
        assert welcome.title_label.text() == zh("WelcomePage", "Welcome to {app}").format(
            app=__import__("zerodx_desktop").APP_NAME)
        assert welcome.home_label.text() == zh(
            "WelcomePage", "Your data is kept in this folder: {path}").format(path=str(home))
        merge = window._ensure_role_page(1)  # built after the switch
        assert merge.merge_button.text() == zh("MergeView", "Verify and merge")
        choose_language(window, i18n.ENGLISH)
        assert welcome.open_button.text() == "&Open a panel package\u2026"
        assert merge.merge_button.text() == "Verify and merge"
    finally:
        window.close()


def test_start_up_translates_each_view_once(qtbot, home: Path, english, monkeypatch):
    """The translators installed by the window's own __init__ do not make it translate again."""
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui import main_window, scoring_view, workspace_view

    prepare_demo_home(home)
    calls: list[str] = []
    for cls in (main_window.MainWindow, workspace_view.WorkspaceView,
                scoring_view.ScoringView):
        original = cls.retranslate

        def counted(self, _original=original, _name=cls.__name__) -> None:
            calls.append(_name)
            _original(self)

        monkeypatch.setattr(cls, "retranslate", counted)
    window = main_window.MainWindow(home)
    qtbot.addWidget(window)
    try:
        QApplication.processEvents()
        QApplication.processEvents()
        assert sorted(calls) == ["MainWindow", "ScoringView", "WorkspaceView"]
    finally:
        window.close()


# ---- the merge view with a result: state texts are recomputed, the selection is kept -------


def switch(setting: str) -> None:
    """What Preferences does, for a view shown on its own (no main window)."""
    i18n.apply_language(setting)
    QApplication.processEvents()
    QApplication.processEvents()


def test_a_merged_result_follows_the_language(qtbot, merge_view, merge_pile, english):
    view, pile = merge_view, merge_pile
    from zerodx_desktop.ui.i18n import method_label, method_name

    _merged_view(qtbot, view, pile)
    view.ranking_table.selectRow(1)
    chosen = view.selected_nominee_id()
    assert chosen
    official = view.result.method
    english_nominee = view.nominee_label.text()
    english_summary = view.summary_label.text()
    assert view.method_note.text() == (
        f"{method_label(official)} — the panel's official method; exports use it.")

    switch(i18n.CHINESE)

    assert view.selected_nominee_id() == chosen  # the drill-down stays on the same nominee
    assert view.method_note.text() == zh(
        "MergeView", "{value} — the panel's official method; exports use it.").format(
            value=method_label(official))
    assert CJK.search(method_label(official))
    i = view.method_combo.findData(official)
    assert view.method_combo.itemText(i) == zh("MergeView", "{method} (official)").format(
        method=method_name(official))
    # every method is named in Chinese; the ids stay the items' data
    names = [view.method_combo.itemText(k) for k in range(view.method_combo.count())]
    assert all(CJK.search(n) for n in names), names
    assert "mean" not in names and "median" not in names
    assert [view.method_combo.itemData(k) for k in range(view.method_combo.count())] == [
        "mean", "median", "trimmed", "zscore", "schulze", "adjusted"]
    prefix = zh("MergeView", "What the panel can tell apart: {notes}").split("{notes}")[0]
    assert prefix and view.sensitivity_label.text().startswith(prefix)
    row = view.ranking_model.ranking_row(view.ranking_table.currentIndex().row())
    assert row.nominee_id == chosen and row.nominee in view.nominee_label.text()
    assert CJK.search(view.nominee_label.text()) and view.nominee_label.text() != english_nominee
    assert CJK.search(view.summary_label.text()) and view.summary_label.text() != english_summary
    assert view.merge_button.text() == zh("MergeView", "Verify and merge")

    switch(i18n.ENGLISH)

    assert view.selected_nominee_id() == chosen
    assert view.nominee_label.text() == english_nominee
    assert view.summary_label.text() == english_summary
    assert view.method_note.text() == (
        f"{method_label(official)} — the panel's official method; exports use it.")


def test_a_status_message_and_an_open_box_follow_the_language(qtbot, home: Path, english):
    """A status-bar message still up and a window-modal box still open are said again in the
    new language; a message something else replaced is not brought back."""
    from zerodx_desktop.ui.main_window import APP_NAME

    window = demo_window(qtbot, home)
    try:
        window.show()
        window.status.show(lambda: window.tr("Opened {name}").format(name="demo.zdxpanel"),
                           600000)
        window._show_audit_breaks(["row 3: the level was changed"])
        box = window.audit_box
        assert window.statusBar().currentMessage() == "Opened demo.zdxpanel"
        assert box.windowTitle() == f"{APP_NAME}: edit history changed"
        choose_language(window, i18n.CHINESE)
        assert window.statusBar().currentMessage() == zh(
            "MainWindow", "Opened {name}").format(name="demo.zdxpanel")
        assert box.isVisible()
        assert box.windowTitle() == zh("MainWindow", "{app_name}: edit history changed").format(
            app_name=APP_NAME)
        assert CJK.search(box.text()) and "row 3: the level was changed" in box.text()
        window.statusBar().showMessage("something else", 600000)
        choose_language(window, i18n.ENGLISH)
        assert window.statusBar().currentMessage() == "something else"
        assert box.windowTitle() == f"{APP_NAME}: edit history changed"
        box.close()
    finally:
        window.close()
