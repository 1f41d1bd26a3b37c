"""The judge workspace's score cache without widgets (controllers/judge_workspace.py): edits
written through the store first, the hooks the Qt session turns into signals, and the
refusals (a locked nominee, one not assigned, a roster conflict)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zerodx_desktop.controllers import judge as ctl
from zerodx_desktop.controllers.judge_workspace import CriterionState, JudgeWorkspace
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.scoring import NomineeStatus


@pytest.fixture
def demo(home: Path) -> tuple[Path, str]:
    """A home with the demo panel open (the judge's identity, partly scored)."""
    return home, ctl.prepare_demo(home)


class Recording(JudgeWorkspace):
    """The workspace with its hooks written down, as the Qt session would emit them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.events: list[tuple[str, str]] = []
        super().__init__(*args, **kwargs)

    def _on_changed(self, nominee_id: str) -> None:
        self.events.append(("changed", nominee_id))

    def _on_saved(self) -> None:
        self.events.append(("saved", ""))

    def _on_failed(self, exc: UserError) -> None:
        self.events.append(("failed", exc.what))


def test_the_workspace_writes_through_the_store_then_the_cache(demo: tuple[Path, str]) -> None:
    home, panel_id = demo
    judge = ctl.JudgeHome(home)
    store = judge.open()
    try:
        ws = Recording(store, panel_id, fingerprint=judge.fingerprint()[1])
        nid = next(n.id for n in ws.nominees if not ws.is_locked(n.id))
        cid = ws.criterion_ids[0]
        ws.write_score(nid, cid, None)
        ws.events.clear()
        ws.write_score(nid, cid, 3)
        assert ws.events == [("changed", nid), ("saved", "")]
        assert ws.level(nid, cid) == 3
        assert store.nominee_scores(panel_id, nid)[cid][0] == 3  # the store has it
        ws.write_comment(nid, cid, "clear evidence")
        assert ws.entry(nid, cid) == (3, "clear evidence")
        assert ws.criterion_state(nid, cid) is CriterionState.DONE
        # a declared conflict locks the nominee: edits are refused, the cache stays
        ws.declare_conflict(nid, "my former employer")
        assert ws.is_locked(nid) and ws.conflict_reason(nid) == "my former employer"
        assert ws.status(nid) is NomineeStatus.RECUSED
        ws.events.clear()
        with pytest.raises(UserError, match="locked by a conflict of interest") as refused:
            ws.write_score(nid, cid, 5)
        assert refused.value.where == ws.nominee(nid).name
        assert ws.events == [("failed", "this nominee is locked by a conflict of interest")]
        assert ws.level(nid, cid) == 3 and store.nominee_scores(panel_id, nid)[cid][0] == 3
        assert ws.next_unscored(None) is None or ws.next_unscored(None)[0] != nid
        ws.withdraw_conflict(nid)
        assert not ws.is_locked(nid) and ws.status(nid) is not NomineeStatus.RECUSED
        with pytest.raises(UserError, match="not assigned to you"):
            ws.write_score("nobody", cid, 1)
        # a fresh workspace reads back what was written
        again = JudgeWorkspace(store, panel_id, fingerprint=judge.fingerprint()[1])
        assert again.entry(nid, cid) == (3, "clear evidence") and not again.is_locked(nid)
    finally:
        judge.close()


def test_a_roster_conflict_cannot_be_withdrawn(demo: tuple[Path, str]) -> None:
    home, panel_id = demo
    judge = ctl.JudgeHome(home)
    store = judge.open()
    try:
        ws = JudgeWorkspace(store, panel_id, fingerprint=judge.fingerprint()[1])
        nid = ws.nominees[0].id
        ws.roster_conflicts[nid] = ws._roster_reason()  # as the organizer's roster would list it
        assert ws.is_roster_conflict(nid) and ws.conflict_reason(nid) == "listed by the organizer"
        with pytest.raises(UserError, match="comes from the panel roster"):
            ws.withdraw_conflict(nid)
        assert ws.is_locked(nid)
    finally:
        judge.close()
