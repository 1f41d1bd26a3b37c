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
