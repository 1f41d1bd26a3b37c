"""The chair's workflow without widgets (controllers.chair and controllers.meeting): sheets
added and removed, merges and when one is due again, the method shown, a tampered sheet, the
result workbook signed or not and who may sign it, and the meeting's decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import build_chair_pile
from zerodx_desktop.controllers.chair import (
    ChairController,
    SheetPile,
    accepts,
    status_kind,
)
from zerodx_desktop.controllers.meeting import MeetingController
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.services import identity as signing
from zerodx_desktop.services.meeting import OVERALL


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return build_chair_pile(tmp_path_factory.mktemp("chair-pile"))


def _merge(c: ChairController) -> None:
    """Run the merge that is due, as the view's worker does, and hand the outcome back."""
    request = c.merge_request()
    assert request is not None and c.busy
    try:
        outcome = request.run()
    except UserError as exc:
        c.merge_failed(exc)
    else:
        c.merge_succeeded(outcome)


def _merged(home: Path, pile: dict, *extra: Path) -> ChairController:
    c = ChairController(home)
    c.set_package(pile["package"])
    c.add_sheets([*pile["sheets"], *extra])
    _merge(c)
    assert not c.end_operation()
    return c


def test_no_qt_in_the_controllers() -> None:
    # what matters is that no controller names Qt (the import contracts check the whole graph)
    import zerodx_desktop.controllers as controllers

    sources = sorted(Path(controllers.__file__).parent.glob("*.py"))
    assert {p.name for p in sources} >= {"chair.py", "meeting.py"}
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "QObject" not in text and "Signal" not in text


def test_add_merge_change_method_then_stale_and_rerun(home: Path, pile: dict) -> None:
    c = ChairController(home)
    assert c.next_step() == "clear" and not c.can_merge
    c.set_package(pile["package"])
    assert c.next_step() == "clear"  # a package alone: nothing to merge yet
    assert c.merge_request() is None
    assert c.add_sheets(pile["sheets"]) == 3
    assert c.add_sheets([pile["sheets"][0]]) == 0  # the same file twice is one sheet
    assert c.next_step() == "merge" and c.can_merge and c.stale
    assert c.sheets.counts() == {"pending": 3}

    _merge(c)
    assert c.busy and not c.can_merge and not c.can_export_workbook
    assert not c.end_operation()  # nothing was asked for meanwhile
    result = c.result
    assert result is not None and not c.stale and not c.busy
    assert c.sheets.counts() == {"ok": 3}
    assert c.method == result.method == "mean"
    assert c.method_standing() == "official"
    assert [r.nominee_id for r in c.ranking_for()] == [r.nominee_id for r in result.ranking]

    # another method only changes which precomputed ranking is shown: no merge is due
    c.set_method("median")
    assert c.method == "median" and c.method_standing() == "comparison"
    assert c.ranking_for() == result.by_method["median"]
    assert not c.stale and c.result is result
    with pytest.raises(ValueError):
        c.set_method("loudest")
    assert c.method == "median"

    # a sheet added while a merge runs: the result is stale and the merge runs again after
    c.add_sheets([pile["tampered"]])
    assert c.stale
    running = c.merge_request()
    assert running is not None and not c.stale
    c.add_sheets([pile["junk"]])
    assert c.stale and c.merge_request() is None  # busy: asked for, not started
    c.merge_succeeded(running.run())
    assert c.sheets.counts() == {"ok": 3, "bad": 1, "pending": 1}  # the junk came too late
    assert c.end_operation()  # the merge asked for meanwhile is due now
    _merge(c)
    assert not c.end_operation() and not c.stale
    assert c.sheets.counts() == {"ok": 3, "bad": 2}
    assert c.result is not result and c.method == "mean"  # a new result: its official method


def test_removing_a_sheet_makes_the_result_stale_and_no_sheets_clears_it(
        home: Path, pile: dict) -> None:
    c = _merged(home, pile, pile["tampered"])
    assert len(c.sheets) == 4 and not c.stale
    assert c.remove_sheets([3, 99]) == 1  # an index past the end is ignored
    assert c.sheets.paths() == list(pile["sheets"]) and c.stale
    assert c.next_step() == "merge"
    _merge(c)
    c.end_operation()
    assert c.sheets.counts() == {"ok": 3}
    c.clear_sheets()
    assert c.next_step() == "clear" and c.merge_request() is None
    c.clear_result()
    assert c.result is None and c.meeting.items == []


def test_a_tampered_sheet_is_refused_and_the_others_are_merged(home: Path, pile: dict) -> None:
    c = _merged(home, pile, pile["tampered"])
    tampered = next(r for r in c.sheets.rows if r.path == pile["tampered"])
    assert tampered.verdict is not None and tampered.verdict.status == Status.TAMPERED
    assert tampered.verdict.changed_cells and tampered.kind == "bad"
    assert c.result is not None
    assert sorted((j.name, j.status) for j in c.result.judges) == [
        ("Judge A", "valid"), ("Judge B", "valid"), ("Judge C", "tampered"),
        ("Judge C", "valid")]
    assert all(r.judges == 3 for r in c.result.ranking)  # the altered copy counts for nothing


def test_a_pile_with_no_valid_sheet_is_refused_with_its_verdicts(home: Path, pile: dict) -> None:
    c = ChairController(home)
    c.set_package(pile["package"])
    c.add_sheets([pile["junk"]])
    request = c.merge_request()
    assert request is not None
    with pytest.raises(UserError) as caught:
        request.run()
    failure = c.merge_failed(caught.value)
    assert failure.kind == "refused" and "no valid score sheet" in failure.message
    assert c.last_error == failure.message and c.result is None
    assert c.sheets.rows[0].verdict is not None
    assert c.sheets.rows[0].verdict.status == Status.UNREADABLE
    assert not c.end_operation() and not c.stale  # no merge again until the inputs change

    from zerodx_desktop.services.merge import MergeCancelled

    assert c.merge_failed(MergeCancelled("the merge was cancelled")).kind == "cancelled"
    assert c.merge_failed(UserError("x"), cancelled=True).kind == "cancelled"
    assert c.merge_failed(RuntimeError("boom")).kind == "bug"


def test_export_unsigned_then_signed_and_who_may_sign(home: Path, pile: dict,
                                                      tmp_path: Path) -> None:
    c = _merged(home, pile)
    assert c.signing_note().state == "unsigned" and not c.signs_workbook
    assert c.can_export_workbook and not c.can_print
    assert c.letters_request(tmp_path / "letters", rank_band=False, lang="en") is None

    # no identity: the workbook is written unsigned, and no final report comes from it
    request = c.workbook_request(tmp_path / "draft", None)
    assert request is not None and request.path == tmp_path / "draft.xlsx"
    c.begin_operation()
    saved = c.workbook_written(request, request.run())
    assert not c.end_operation()
    assert saved.signer is None and saved.check.status == "unsigned" and not saved.printable
    assert c.last_workbook == tmp_path / "draft.xlsx" and len(c.last_workbook_sha) == 64
    assert c.result_check is saved.check and not c.can_print

    # the panel's chair signs: valid, so the report and the letters may be printed
    pile["chair"].save(home, "chair-pass", rounds=1)
    note = c.signing_note()
    assert (note.state, note.name) == ("signed", "Chris Chair") and c.signs_workbook
    request = c.workbook_request(tmp_path / "result.xlsx", signing.unlock(home, "chair-pass"))
    assert request is not None
    saved = c.workbook_written(request, request.run())
    assert saved.check.status == "valid" and saved.printable and c.can_print
    report = c.report_request(tmp_path / "report", include_comments=True, certificates=1,
                              lang="en")
    assert report is not None and report.path == tmp_path / "report.pdf"
    assert report.check is saved.check and report.certificates == 1
    letters = c.letters_request(tmp_path / "letters", rank_band=True, lang="zh_CN")
    assert letters is not None and letters.excluded == () and letters.rank_band

    # a result merged while the workbook was written does not take the old one's check
    c.add_sheets([pile["tampered"]])
    _merge(c)
    c.end_operation()
    assert c.result_check is None and not c.can_print
    c.workbook_written(request, request.run())
    assert c.result_check is None and c.last_workbook == tmp_path / "result.xlsx"


def test_a_judge_cannot_sign_a_final_result(home: Path, pile: dict, tmp_path: Path) -> None:
    judge = pile["judges"][0]
    judge.save(home, "judge-pass", rounds=1)
    c = _merged(home, pile)
    request = c.workbook_request(tmp_path / "result.xlsx", signing.unlock(home, "judge-pass"))
    assert request is not None
    saved = c.workbook_written(request, request.run())
    assert saved.signer is not None and saved.check.status == "unknown_signer"
    assert not saved.printable and not c.can_print
    assert "neither a chair nor the organizer" in saved.check.reason


def test_meeting_decision_recorded_and_signed_with_the_result(home: Path, pile: dict,
                                                             tmp_path: Path) -> None:
    from zerodx_desktop.services.results import read_result

    c = _merged(home, pile)
    m = c.meeting
    assert m.categories() == [OVERALL]
    ranking = c.result.ranking  # type: ignore[union-attr]
    first, other = ranking[0], ranking[1]
    choices = m.choices(OVERALL)
    assert not choices.tie_at_top and choices.preselected == first.nominee_id
    assert not m.needs_rationale(OVERALL, first.nominee_id)
    assert m.can_record(OVERALL, first.nominee_id, "")
    assert m.needs_rationale(OVERALL, other.nominee_id)
    assert not m.can_record(OVERALL, other.nominee_id, "  ")
    assert not m.can_record(OVERALL, None, "why")

    with pytest.raises(UserError):  # too long a rationale: nothing recorded
        m.record(OVERALL, other.nominee_id, "x" * 2001)
    assert m.decisions() == [] and c.result.decisions == []  # type: ignore[union-attr]
    m.record(OVERALL, other.nominee_id, "Deeper community impact")
    assert m.decision(OVERALL) is not None
    assert m.choices(OVERALL).preselected == other.nominee_id
    award = m.awards()[0]
    assert award.decision is not None and award.winners[0].nominee_id == other.nominee_id
    m.set_note(first.nominee_id, "Strong, but narrow evidence")
    m.set_note(other.nominee_id, "   ")  # a blank note is no note
    assert [(n.nominee_id, n.text) for n in m.notes()] == [
        (first.nominee_id, "Strong, but narrow evidence")]
    item = next(it for it in m.items if it.comments)
    key = item.comments[0][0]
    m.set_included(key, False)
    assert m.is_excluded(key) and m.excluded_comments() == [key]

    c.apply_meeting()
    request = c.workbook_request(tmp_path / "result.xlsx", None)
    assert request is not None
    c.workbook_written(request, request.run())
    back = read_result(tmp_path / "result.xlsx")
    assert [(d.nominee_id, d.rationale, d.overrides_ranking) for d in back.decisions] == [
        (other.nominee_id, "Deeper community impact", True)]
    assert [n.text for n in back.notes] == ["Strong, but narrow evidence"]

    # a new merge of the same panel keeps the notes and the comments left out, not the
    # decisions (they were made on the ranking of other inputs)
    c.remove_sheets([0])
    _merge(c)
    c.end_operation()
    assert m.decisions() == [] and m.note(first.nominee_id) == "Strong, but narrow evidence"
    assert m.excluded_comments() == [key]


def test_the_meeting_takes_what_a_saved_result_records(pile: dict, home: Path) -> None:
    c = _merged(home, pile)
    assert c.result is not None
    c.meeting.record(OVERALL, c.result.ranking[0].nominee_id, "")
    c.meeting.set_note(c.result.ranking[1].nominee_id, "Ask for references")
    c.apply_meeting()
    again = MeetingController()
    again.set_result(c.result)
    assert again.decisions() == c.meeting.decisions()
    assert again.note(c.result.ranking[1].nominee_id) == "Ask for references"
    again.set_result(None)
    assert again.items == [] and again.categories() == [] and again.awards() == []


def test_a_dropped_folder_brings_its_package_and_sheets(home: Path, pile: dict,
                                                        tmp_path: Path) -> None:
    folder = pile["package"].parent
    assert accepts([folder]) and accepts([pile["package"]])
    assert not accepts([tmp_path / "notes.txt"])
    c = ChairController(home)
    assert c.open_paths([folder])
    assert c.package_path is not None and c.package_path.suffix == ".zdxpanel"
    assert {p.name for p in c.sheets.paths()} >= {p.name for p in pile["sheets"]}
    assert not c.open_paths([tmp_path / "notes.txt"])  # nothing it could use
    assert c.suggested(".xlsx") == folder / "result.xlsx"
    assert ChairController(home).suggested(".pdf") == home / "report.pdf"


def test_a_bad_certificate_template_is_refused_and_the_current_one_kept(
        home: Path, tmp_path: Path) -> None:
    c = ChairController(home)
    good = tmp_path / "certificate.json"
    good.write_text('{"format": "zerodx-certificate/1", "title": "Jury Prize"}',
                    encoding="utf-8")
    c.set_certificate_template(good)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zerodx-certificate/1", "layout": "baroque"}', encoding="utf-8")
    with pytest.raises(UserError, match="baroque"):
        c.set_certificate_template(bad)
    assert c.certificate_template == good
    c.set_certificate_template(None)
    assert c.certificate_template is None


def test_the_pile_tells_its_listener_before_and_after_each_change(tmp_path: Path) -> None:
    calls: list[tuple] = []

    class Listener:
        def rows_inserting(self, first: int, last: int) -> None:
            calls.append(("inserting", first, last, len(pile.rows)))

        def rows_inserted(self) -> None:
            calls.append(("inserted", len(pile.rows)))

        def rows_removing(self, first: int, last: int) -> None:
            calls.append(("removing", first, last, len(pile.rows)))

        def rows_removed(self) -> None:
            calls.append(("removed", len(pile.rows)))

        def resetting(self) -> None:
            calls.append(("resetting", len(pile.rows)))

        def reset(self) -> None:
            calls.append(("reset", len(pile.rows)))

        def rows_changed(self) -> None:
            calls.append(("changed",))

    pile = SheetPile()
    pile.listener = Listener()
    pile.add([tmp_path / "a.xlsx", tmp_path / "b.xlsx"])
    pile.remove([0])
    pile.clear_verdicts()
    pile.clear()
    assert calls == [("inserting", 0, 1, 0), ("inserted", 2), ("removing", 0, 0, 2),
                     ("removed", 1), ("changed",), ("resetting", 1), ("reset", 0)]
    assert status_kind("pending") == "pending" and status_kind("valid", ["x"]) == "warn"
    assert status_kind("superseded") == "old" and status_kind("tampered") == "bad"


def test_what_the_result_says_for_the_drill_down_and_how_sure(home: Path, pile: dict) -> None:
    import dataclasses

    from zerodx_desktop.controllers.chair import adjusted_ranks

    c = _merged(home, pile)
    result = c.result
    assert result is not None and result.domains
    row = result.ranking[0]
    profile = c.domain_profile(row)
    assert profile.domain_ids == [did for did, _t in result.domains]
    assert profile.nominee == [row.domain_scores.get(did) for did in profile.domain_ids]
    for k, did in enumerate(profile.domain_ids):
        scores = [r.domain_scores[did] for r in result.ranking]
        assert profile.panel_average[k] == pytest.approx(sum(scores) / len(scores))
    assert c.conflicted(row.nominee_id) == set()  # the pile's roster declares no conflict
    # every judge scored every nominee: no adjusted ranks; with gaps in the design there are
    assert adjusted_ranks(result) is None
    gappy = dataclasses.replace(result, incomplete_design=True)
    assert adjusted_ranks(gappy) == {r.nominee_id: r.rank for r in result.by_method["adjusted"]
                                     if r.score is not None}
    assert c.method_standing("adjusted") == "comparison"


def test_the_dimension_profile_comes_with_the_merge_and_is_computed_once_per_result(
        home: Path, pile: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from zerodx_desktop.controllers.chair import Merged
    from zerodx_desktop.services import profile as profile_service

    real = profile_service.dimension_profile
    calls: list[int] = []

    def counted(result):  # type: ignore[no-untyped-def]
        calls.append(id(result))
        return real(result)

    monkeypatch.setattr(profile_service, "dimension_profile", counted)
    c = ChairController(home)
    c.set_package(pile["package"])
    c.add_sheets(pile["sheets"])
    request = c.merge_request()
    assert request is not None
    done = request.run()  # the worker's part: the merge and the profile
    assert isinstance(done, Merged) and done.profile is not None
    assert calls == [id(done.outcome.result)]
    c.merge_succeeded(done)
    c.end_operation()
    assert c.result is done.outcome.result
    assert c.dimension_profile() is done.profile
    assert c.dimension_profile() is done.profile and len(calls) == 1  # nothing recomputed
    # a result given directly (a view's own): computed once, then kept
    other = dataclasses.replace(c.result)
    c.result = other
    first = c.dimension_profile()
    assert first is not None and first is not done.profile and first == done.profile
    assert c.dimension_profile() is first and len(calls) == 2
    c.clear_result()
    assert c.dimension_profile() is None
