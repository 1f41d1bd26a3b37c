"""The judge's workflow without widgets (controllers/judge.py): the store's lifetime, the
home vanishing, the backup schedule, opening the demo and a package, restore, scoring edits
and their undo records, and the export's check and steps."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from zerodx_desktop.controllers import judge as ctl
from zerodx_desktop.controllers.judge import ExportBlock, ExportStep, HomeCheck, Scorer, Step
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.services.demo import DEMO_PASSPHRASE


@pytest.fixture
def demo(home: Path) -> tuple[Path, str]:
    """A home with the demo panel open (the judge's identity, partly scored)."""
    return home, ctl.prepare_demo(home)


def test_the_store_lives_with_the_window(home: Path) -> None:
    judge = ctl.JudgeHome(home)
    assert not judge.usable and judge.current_panel_id() is None
    judge.open()
    assert judge.usable and judge.demo_goes_here()  # a fresh home takes the demo
    assert judge.fingerprint() == (None, None)  # no identity yet
    judge.release()
    assert judge.store is None and not judge.closed
    judge.open()
    judge.close()
    assert judge.closed and judge.store is None and not judge.usable
    assert judge.backup() is None  # nothing to back up once closed


def test_a_home_with_a_panel_opens_it_and_keeps_the_demo_apart(demo: tuple[Path, str]) -> None:
    home, panel_id = demo
    judge = ctl.JudgeHome(home)
    judge.open()
    try:
        assert judge.current_panel_id() == panel_id
        assert not judge.demo_goes_here()
        own, scoring_as = judge.fingerprint()
        assert own is not None and scoring_as == own
    finally:
        judge.close()


def test_the_home_vanishing_is_said_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    judge = ctl.JudgeHome(home)
    judge.open()
    assert judge.check() is HomeCheck.FINE
    moved = tmp_path / "moved"
    judge.store.close()  # type: ignore[union-attr]  # (Windows would not let it move)
    shutil.move(home, moved)
    assert judge.check() is HomeCheck.GONE
    assert judge.check() is HomeCheck.STILL_GONE
    assert judge.gone
    judge.close()


def test_backups_follow_the_interval_and_a_failure_is_returned(demo: tuple[Path, str],
                                                               monkeypatch) -> None:
    home, _ = demo
    judge = ctl.JudgeHome(home)
    store = judge.open()
    try:
        before = sorted((home / "backups").iterdir())
        assert judge.backup(0) is None
        made = sorted((home / "backups").iterdir())
        assert len(made) == len(before) + 1
        assert judge.backup() is None  # not due again within the interval
        assert sorted((home / "backups").iterdir()) == made

        def full(_interval: float) -> None:
            raise UserError("the disk is full")

        monkeypatch.setattr(store, "backup_if_due", full)
        assert judge.backup(0) == "the disk is full"
    finally:
        judge.close()


def test_restore_lets_go_of_the_store_and_puts_the_backup_back(demo: tuple[Path, str]) -> None:
    from zerodx_desktop.services.recovery import list_backups

    home, panel_id = demo
    judge = ctl.JudgeHome(home)
    store = judge.open()
    scored = {n.id: store.nominee_scores(panel_id, n.id) for n in store.panel(panel_id).nominees}
    nid, scores = next((k, v) for k, v in scored.items() if any(lv for lv, _c in v.values()))
    cid = next(c for c, (lv, _c) in scores.items() if lv is not None)
    assert judge.backup(0) is None
    newest = list_backups(home)[0]
    store.set_score(panel_id, nid, cid, None)
    done = judge.restore(str(newest.path))
    assert judge.store is None  # let go of; the window reopens it
    name, what = ctl.restored_description(done)
    assert name == newest.path.name and what
    again = judge.open()
    try:
        assert judge.current_panel_id() == panel_id
        assert again.nominee_scores(panel_id, nid)[cid][0] == scores[cid][0]
    finally:
        judge.close()


def test_open_package_imports_and_names_the_panel(tmp_path: Path) -> None:
    from zerodx_desktop.services.demo import build_demo

    build_demo(tmp_path / "demo")
    pkg = next((tmp_path / "demo").rglob("*.zdxpanel"))
    home = tmp_path / "home"
    home.mkdir()
    steps: list[tuple[int, int, str]] = []
    panel_id = ctl.open_package(home, pkg, lambda *a: steps.append(a))
    assert panel_id and steps
    judge = ctl.JudgeHome(home)
    judge.open()
    try:
        assert judge.current_panel_id() == panel_id
    finally:
        judge.close()
    with pytest.raises(UserError):
        ctl.open_package(home, tmp_path / "nothing.zdxpanel")


# -- scoring ----------------------------------------------------------------------------------
class FakeSession:
    """A session in memory: levels and comments, locks, and a store that can refuse."""

    def __init__(self) -> None:
        self.levels: dict[tuple[str, str], int | None] = {}
        self.comments: dict[tuple[str, str], str] = {}
        self.locked: set[str] = set()
        self.refuse = False

    def is_locked(self, nominee_id: str) -> bool:
        return nominee_id in self.locked

    def level(self, nominee_id: str, criterion_id: str) -> int | None:
        return self.levels.get((nominee_id, criterion_id))

    def comment(self, nominee_id: str, criterion_id: str) -> str:
        return self.comments.get((nominee_id, criterion_id), "")

    def write_score(self, nominee_id: str, criterion_id: str, level: int | None) -> None:
        if self.refuse:
            raise UserError("disk full")
        self.levels[(nominee_id, criterion_id)] = level

    def write_comment(self, nominee_id: str, criterion_id: str, comment: str) -> None:
        if self.refuse:
            raise UserError("disk full")
        self.comments[(nominee_id, criterion_id)] = comment


@pytest.fixture
def scorer() -> Scorer:
    return Scorer(FakeSession(), lambda level: 1 <= level <= 5)


def test_a_level_is_saved_with_what_undo_puts_back(scorer: Scorer) -> None:
    first = scorer.score("n1", "c1", 3)
    assert first.step is Step.SAVED and first.saved
    assert first.edit == ctl.Edit("n1", "c1", None, 3)
    second = scorer.score("n1", "c1", 5)
    assert second.edit == ctl.Edit("n1", "c1", 3, 5)
    again = scorer.score("n1", "c1", 5)
    assert again.step is Step.UNCHANGED and again.edit is None and again.saved
    cleared = scorer.score("n1", "c1", None)
    assert cleared.edit == ctl.Edit("n1", "c1", 5, None)


def test_nothing_changes_outside_the_scale_without_a_criterion_or_when_recused(
        scorer: Scorer) -> None:
    session: Any = scorer.session
    assert scorer.score("n1", "c1", 9).step is Step.NOTHING
    assert scorer.score(None, "c1", 3).step is Step.NOTHING
    assert scorer.score("n1", None, 3).step is Step.NOTHING
    session.levels[("n2", "c1")] = 4
    session.locked.add("n2")
    got = scorer.score("n2", "c1", 2)
    assert got.step is Step.LOCKED and not got.saved
    assert session.levels[("n2", "c1")] == 4  # kept underneath
    assert scorer.shown_level("n2", "c1") is None  # and not shown


def test_a_refused_level_stays_on_screen_until_it_is_saved(scorer: Scorer) -> None:
    session: Any = scorer.session
    scorer.score("n1", "c1", 2)
    session.refuse = True
    got = scorer.score("n1", "c1", 4)
    assert got.step is Step.NOT_SAVED and got.edit is None and not got.saved
    assert scorer.is_unsaved("n1", "c1") and scorer.shown_level("n1", "c1") == 4
    assert session.levels[("n1", "c1")] == 2
    # choosing the stored level again is written (the screen said 4), with nothing to undo
    session.refuse = False
    back = scorer.score("n1", "c1", 2)
    assert back.step is Step.UNCHANGED and back.edit is None
    assert not scorer.is_unsaved("n1", "c1") and scorer.shown_level("n1", "c1") == 2
    # and a retry of the refused level saves it, undoable to the stored one
    session.refuse = True
    scorer.score("n1", "c1", 4)
    session.refuse = False
    retry = scorer.score("n1", "c1", 4)
    assert retry.edit == ctl.Edit("n1", "c1", 2, 4)


def test_comments_are_committed_with_their_undo_record(scorer: Scorer) -> None:
    session: Any = scorer.session
    assert scorer.comment("n1", "c1", "").step is Step.UNCHANGED
    got = scorer.comment("n1", "c1", "clear evidence")
    assert got.edit == ctl.Edit("n1", "c1", "", "clear evidence")
    session.refuse = True
    assert scorer.comment("n1", "c1", "more").step is Step.NOT_SAVED
    assert session.comments[("n1", "c1")] == "clear evidence"
    session.refuse = False
    session.locked.add("n1")
    assert scorer.comment("n1", "c1", "edited while recused").step is Step.LOCKED
    assert session.comments[("n1", "c1")] == "clear evidence"


def test_criteria_done_leaves_recused_nominees_out() -> None:
    class Nominee:
        def __init__(self, id: str) -> None:
            self.id = id

    class Counted:
        def __init__(self) -> None:
            self.nominees = [Nominee("a"), Nominee("b"), Nominee("c")]

        def progress(self, nominee_id: str) -> tuple[int, int]:
            return {"a": (3, 4), "b": (2, 4), "c": (4, 4)}[nominee_id]

        def is_locked(self, nominee_id: str) -> bool:
            return nominee_id == "b"

    assert ctl.criteria_done(Counted()) == 7


# -- the export -------------------------------------------------------------------------------
def test_check_export_says_what_stops_it(home: Path, demo: tuple[Path, str],
                                         tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    got = ctl.check_export(empty)
    assert got.block is ExportBlock.STORE and got.message and got.status is None
    assert got.file_name() == "panel-judge-seq1.xlsx"
    home, panel_id = demo
    ok = ctl.check_export(home)
    assert ok.block is None and ok.public is not None and ok.status is not None
    assert ok.status["panel"]["id"] == panel_id and ok.sequence == 1
    assert ok.incomplete and ok.counts["unscored"] > 0  # the demo is partly scored
    assert ok.file_name() == ctl.sheet_file_name(panel_id, ok.public.name, 1)
    shutil.rmtree(home / "identity")
    assert ctl.check_export(home).block is ExportBlock.NO_IDENTITY


def test_check_export_refuses_a_key_outside_the_roster(demo: tuple[Path, str]) -> None:
    from zerodx_desktop.formats.signing import Identity

    home, _ = demo
    shutil.rmtree(home / "identity")
    Identity.generate("Someone Else", "else@example.org").save(home, "pw-pw-pw-pw", rounds=1)
    assert ctl.check_export(home).block is ExportBlock.NOT_ON_ROSTER


def test_export_sheet_unlocks_then_writes(demo: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = demo
    steps: list[ExportStep] = []
    with pytest.raises(UserError):
        ctl.export_sheet(home, "wrong passphrase", tmp_path / "x", include_history=False,
                         accept_audit_break=False, step=steps.append)
    assert steps == [ExportStep.UNLOCKING] and not (tmp_path / "x.xlsx").exists()
    steps.clear()
    done = ctl.export_sheet(home, DEMO_PASSPHRASE, tmp_path / "sheet", include_history=False,
                            accept_audit_break=False, step=steps.append)
    assert steps == [ExportStep.UNLOCKING, ExportStep.WRITING]
    assert done.path == tmp_path / "sheet.xlsx" and done.path.is_file()
    assert ctl.check_export(home).sequence == 2  # the next export is numbered on


def test_completeness_counts_and_file_names() -> None:
    status = {"nominees": [
        {"status": "complete", "total": 4, "scored": 4, "missing_comments": 0},
        {"status": "in progress", "total": 4, "scored": 2, "missing_comments": 1},
        {"status": "recused", "total": 4, "scored": 0, "missing_comments": 0}]}
    assert ctl.completeness(status) == {"unscored": 2, "unscored_nominees": 1,
                                        "missing_comments": 1, "comment_nominees": 1,
                                        "recused": 1}
    name = ctl.sheet_file_name("Awards: 2026/Final", "Zoë 王", 3)
    assert name.endswith("-seq3.xlsx") and "/" not in name and ":" not in name


def test_print_scorecard_writes_a_pdf(demo: tuple[Path, str], tmp_path: Path) -> None:
    home, _ = demo
    out = ctl.print_scorecard(home, tmp_path / "card")
    assert out == tmp_path / "card.pdf" and out.read_bytes().startswith(b"%PDF")


def test_audit_breaks_of_an_intact_home(demo: tuple[Path, str]) -> None:
    assert ctl.audit_breaks(demo[0]) == []


def test_domain_progress_counts_done_criteria_per_domain() -> None:
    import json

    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.paths import sample_framework_path

    fw = framework_from_dict(json.loads(sample_framework_path().read_text(encoding="utf-8")))
    first = fw.domains[0]
    ids = [c.id for m in first.dimensions for c in m.criteria]
    got = ctl.domain_progress(fw, lambda cid: cid in ids[:2])
    assert got[first.id] == (2, len(ids))
    assert set(got) == {d.id for d in fw.domains}
    assert all(done == 0 for did, (done, _n) in got.items() if did != first.id)
    assert sum(n for _d, n in got.values()) == len(fw.criteria())
