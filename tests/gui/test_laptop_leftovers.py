"""Leftovers of the laptop round: the workspace's status-bar notes follow a language switch,
and the Help page says the backup rule the store applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.test_live_language import choose_language, demo_window, zh
from tests.gui.test_live_language import english as english  # the fixture, re-exported
from zerodx_desktop.ui import i18n

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_workspace_note_still_up_follows_the_language(qtbot, home: Path, english) -> None:
    window = demo_window(qtbot, home)
    try:
        window.show()
        ws = window.workspace
        assert ws is not None
        nid = ws.scoring.nominee_id
        name = ws.session.nominee(nid).name
        ws.session.declare_conflict(nid, "a former employer")
        assert not ws.scoring.score(ws.scoring.scale.levels[0].value)  # locked: a note
        english_note = f"{name} is locked by a conflict of interest: nothing was changed."
        assert window.statusBar().currentMessage() == english_note
        choose_language(window, i18n.CHINESE)
        assert window.statusBar().currentMessage() == zh(
            "ScoringView", "{name} is locked by a conflict of interest: nothing was changed."
        ).format(name=name)
        choose_language(window, i18n.ENGLISH)
        assert window.statusBar().currentMessage() == english_note
        # the workspace's own note (nothing left to do) is made the same way
        ws.message.emit(lambda: ws.tr("Everything is scored \u2014 nothing left to do."))
        choose_language(window, i18n.CHINESE)
        assert window.statusBar().currentMessage() == zh(
            "WorkspaceView", "Everything is scored \u2014 nothing left to do.")
    finally:
        window.close()


def test_the_help_says_the_backup_rule_the_store_applies() -> None:
    from zerodx_desktop.store.backups import KEEP_BACKUPS
    from zerodx_desktop.ui.help_view import DATA
    from zerodx_desktop.ui.main_window import BACKUP_INTERVAL_S

    words = {10: "ten"}
    text = " ".join(DATA.split())
    assert f"The newest {words[KEEP_BACKUPS]} are kept" in text
    assert f"at most one every {words[BACKUP_INTERVAL_S // 60]} minutes" in text
    # what rotation never removes (store.backups.rotate)
    for kept in ("the copy holding the most scores", "every copy made since your last export",
                 "the copies made before an upgrade"):
        assert kept in text
    assert "newest ten are kept)" not in text  # the old sentence, without the exceptions


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_how_sure_shows_each_award_category_s_own_bootstrap(qtbot, merge_view, english) -> None:
    import dataclasses

    from tests.factories import make_result
    from zerodx_desktop.core.result import CategoryStats

    base = make_result(6)
    ids = [r.nominee_id for r in base.ranking]
    ind = ids[::2]  # every other nominee: the ranks within differ from the overall ones
    doc = {"categories": [{"id": "ind", "title": "Individual", "title_zh": "个人"},
                          {"id": "org", "title": "Organisation", "title_zh": ""}],
           "nominees": [{"id": n, "category": "ind" if n in ind else "org"} for n in ids]}
    stats = {"ind": CategoryStats(p_first={n: (0.7 if k == 0 else 0.3 / (len(ind) - 1))
                                           for k, n in enumerate(ind)},
                                  rank_interval={n: (max(1, k), k + 2)
                                                 for k, n in enumerate(ind)}),
             "org": CategoryStats(bootstrap_note="needs at least two judges")}
    result = dataclasses.replace(base, panel_doc=doc, category_stats=stats,
                                 bootstrap_resamples=1000)
    view = merge_view
    view.tabs.setCurrentIndex(next(i for i in range(view.tabs.count())
                                   if view.tabs.tabText(i) == "How sure"))
    view._fill_uncertainty(result)
    combo = view.uncertainty_category
    assert combo.isVisibleTo(view)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Whole panel", "Category: Individual", "Category: Organisation"]
    whole = {r.nominee_id for r in view.rank_plot.rows()}
    assert whole == {r.nominee_id for r in result.ranking if r.rank_interval is not None}

    combo.setCurrentIndex(1)  # the category's own bars, ranked within it
    shown = view.rank_plot.rows()
    assert [r.nominee_id for r in shown] == ind
    assert [r.rank_interval for r in shown] == [stats["ind"].rank_interval[n] for n in ind]
    assert [r.rank for r in shown] == list(range(1, len(ind) + 1))
    text = view.uncertainty_label.text()
    assert text.startswith("Category: Individual: the judges were resampled 1,000 times")

    combo.setCurrentIndex(2)  # no bootstrap for this one: why, and no bars
    assert view.rank_plot.rows() == []
    assert "could not be estimated: needs at least two judges" in \
        view.uncertainty_label.text()

    # a result without categories: no picker, the whole panel
    view._fill_uncertainty(base)
    assert not combo.isVisibleTo(view) and combo.count() == 1
