"""The organizer's workflow without widgets (controllers/organizer.py): the draft, what it
still needs, the nominee preview's codes, judge and chair cards, conflicts, the matrix design,
building the signed package, and the report's final-or-draft rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zerodx_desktop.controllers import organizer as ctl
from zerodx_desktop.controllers.organizer import Missing, NomineeIssue, PanelDraft
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.formats.signing import Identity, write_judge_card
from zerodx_desktop.paths import sample_framework_path


def _nominee(root: Path, folder: str, doc: dict, files: dict[str, bytes] | None = None) -> None:
    d = root / folder
    d.mkdir(parents=True)
    (d / "nominee.json").write_text(json.dumps(doc), encoding="utf-8")
    for name, data in (files or {}).items():
        (d / name).write_bytes(data)


def _card(tmp_path: Path, name: str, email: str, file: str | None = None) -> tuple[Path, Identity]:
    ident = Identity.generate(name, email)
    path = tmp_path / (file or f"{email.split('@')[0]}.zdxjudge")
    write_judge_card(ident.public, path)
    return path, ident


@pytest.fixture
def nominees(tmp_path: Path) -> Path:
    root = tmp_path / "nominees"
    _nominee(root, "a", {"id": "n-1", "name": "Alpha", "attachments": [{"file": "r.pdf"}]},
             {"r.pdf": b"%PDF-1.4 x"})
    _nominee(root, "b", {"id": "n-2", "name": "Beta"})
    return root


def test_read_nominees_gives_codes_not_words(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "n"
    _nominee(root, "ok", {"id": "x", "name": "X", "attachments": [{"file": "a.pdf"}]},
             {"a.pdf": b"abc"})
    _nominee(root, "missing", {"id": "y", "name": "Y", "attachments": [{"file": "gone.pdf"}]})
    _nominee(root, "twin", {"id": "x", "name": "X again"})
    (root / "nojson").mkdir()
    (root / ".hidden").mkdir()
    seen: list[tuple[int, int, str]] = []
    got = {p.folder: p for p in ctl.read_nominees(root, lambda *a: seen.append(a))}
    assert set(got) == {"ok", "missing", "twin", "nojson"}
    assert got["ok"].ok and (got["ok"].attachments, got["ok"].size) == (1, 3)
    assert got["missing"].problem is not None
    assert got["missing"].problem.code is NomineeIssue.UNREADABLE
    assert "gone.pdf" in got["missing"].problem.args["what"]
    twin = got["twin"].problem
    assert twin is not None and twin.code is NomineeIssue.DUPLICATE_ID
    assert dict(twin.args) == {"id": "x", "folder": "ok"}
    assert not got["nojson"].ok
    # progress: one step per folder, then done ("" for the name)
    assert seen[0] == (0, 4, "missing") and seen[-1] == (4, 4, "")
    # a heavy attachment is a note, not a problem
    monkeypatch.setattr(ctl, "LARGE_ATTACHMENT", 2)
    heavy = {p.folder: p for p in ctl.read_nominees(root)}["ok"]
    assert heavy.ok and heavy.note is not None
    assert heavy.note.code is NomineeIssue.LARGE_ATTACHMENTS and heavy.note.args["files"] == "a.pdf"


def test_read_nominees_refuses_a_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ctl.NomineesFolderError) as missing:
        ctl.read_nominees(tmp_path / "nowhere")
    assert missing.value.code is ctl.FolderProblem.MISSING
    (tmp_path / "empty").mkdir()
    with pytest.raises(ctl.NomineesFolderError) as empty:
        ctl.read_nominees(tmp_path / "empty")
    assert empty.value.code is ctl.FolderProblem.EMPTY and empty.value.hint


def test_missing_follows_the_draft_in_the_form_order(home: Path, tmp_path: Path,
                                                     nominees: Path) -> None:
    draft = PanelDraft(home)
    assert draft.missing() == [Missing.TITLE, Missing.FRAMEWORK, Missing.NOMINEES_FOLDER,
                               Missing.JUDGES, Missing.IDENTITY]
    draft.title = "  Awards   2026 "
    assert draft.load_framework(sample_framework_path())
    draft.set_nominees(nominees, ctl.read_nominees(nominees))
    card, _judge = _card(tmp_path, "Judge A", "a@example.org")
    assert draft.add_judge_cards([card]).added == 1
    assert draft.missing() == [Missing.IDENTITY]
    Identity.generate("Olga", "olga@example.org").save(home, "org-pass", rounds=1)
    assert draft.missing() == []
    # a nominee folder with a problem blocks; none usable says so instead
    bad = tmp_path / "bad"
    _nominee(bad, "x", {"id": "x", "name": "X", "attachments": [{"file": "gone.pdf"}]})
    draft.set_nominees(bad, ctl.read_nominees(bad))
    assert draft.missing() == [Missing.NO_USABLE_NOMINEE]
    _nominee(bad, "y", {"id": "y", "name": "Y"})
    draft.set_nominees(bad, ctl.read_nominees(bad))
    assert draft.missing() == [Missing.NOMINEE_PROBLEMS]
    assert draft.suggested_package() == tmp_path / "awards-2026.zdxpanel"


def test_a_bad_framework_is_remembered_and_none_kept(home: Path, tmp_path: Path) -> None:
    draft = PanelDraft(home)
    assert draft.load_framework(sample_framework_path())
    bad = tmp_path / "fw.json"
    bad.write_text("{}", encoding="utf-8")
    assert not draft.load_framework(bad)
    assert draft.framework is None and draft.framework_path is None
    assert draft.framework_failure is not None and draft.framework_failure[0] == bad
    assert draft.template_name() == "framework-template.xlsx"
    assert draft.load_framework(sample_framework_path())
    assert draft.framework_failure is None and draft.template_name().endswith(".xlsx")


def test_judge_cards_refuse_a_key_twice_and_report_a_namesake(home: Path,
                                                               tmp_path: Path) -> None:
    draft = PanelDraft(home)
    a, ida = _card(tmp_path, "Judge A", "a@example.org")
    b, _ = _card(tmp_path, "Judge B", "b@example.org")
    junk = tmp_path / "junk.zdxjudge"
    junk.write_text("not a card", encoding="utf-8")
    got = draft.add_judge_cards([a, b, a, junk])
    assert got.added == 2 and [j.name for j in draft.judges] == ["Judge A", "Judge B"]
    codes = [r.code for r in got.refused]
    assert codes == [ctl.CardRefusal.ALREADY_ON_ROSTER, ctl.CardRefusal.UNREADABLE]
    assert got.refused[0].args["fingerprint"] == ida.fingerprint
    again, new = _card(tmp_path, " judge  a ", "a2@example.org", "a-new.zdxjudge")
    got = draft.add_judge_cards([again])
    assert got.added == 1 and len(got.namesakes) == 1
    assert got.namesakes[0].other.fingerprint == ida.fingerprint
    assert got.namesakes[0].card.fingerprint == new.fingerprint
    assert ctl.judge_label(draft.judges[0]) != ctl.judge_label(draft.judges[2])


def test_conflicts_follow_the_judges_and_nominees(home: Path, tmp_path: Path,
                                                  nominees: Path) -> None:
    draft = PanelDraft(home)
    a, ida = _card(tmp_path, "Judge A", "a@example.org")
    b, idb = _card(tmp_path, "Judge B", "b@example.org")
    draft.add_judge_cards([a, b])
    draft.set_nominees(nominees, ctl.read_nominees(nominees))
    assert draft.add_conflict(ida.fingerprint, "n-1", "former employee")
    assert not draft.add_conflict(ida.fingerprint, "n-1", "again")
    assert draft.add_conflict(idb.fingerprint, "n-2")
    assert draft.remove_judges([0]) and [c.nominee_id for c in draft.conflicts] == ["n-2"]
    assert not draft.remove_judges([])
    # a nominee gone from the folder takes its conflicts with it
    smaller = tmp_path / "smaller"
    _nominee(smaller, "a", {"id": "n-1", "name": "Alpha"})
    assert draft.set_nominees(smaller, ctl.read_nominees(smaller))
    assert draft.conflicts == []
    draft.add_conflict(idb.fingerprint, "n-1")
    assert draft.remove_conflicts([0]) and draft.conflicts == []


def test_chair_cards_are_kept_once_and_bad_ones_named(home: Path, tmp_path: Path) -> None:
    draft = PanelDraft(home)
    c, _ = _card(tmp_path, "Chair C", "c@example.org")
    junk = tmp_path / "junk.zdxjudge"
    junk.write_text("x", encoding="utf-8")
    added, problems = draft.add_chair_cards([c, c, junk])
    assert added == 1 and len(draft.chairs) == 1
    assert [file for file, _what in problems] == ["junk.zdxjudge"]


def test_matrix_design_and_a_proposed_assignment(home: Path, tmp_path: Path,
                                                 nominees: Path) -> None:
    draft = PanelDraft(home)
    cards = [_card(tmp_path, f"Judge {k}", f"{k}@example.org") for k in "abc"]
    draft.add_judge_cards([p for p, _ in cards])
    draft.set_nominees(nominees, ctl.read_nominees(nominees))
    draft.add_conflict(cards[0][1].fingerprint, "n-1", "cousin")
    design = draft.matrix_design("nominated")
    assert [n for n, _ in design.nominees] == ["n-1", "n-2"]
    assert design.conflicts == {(cards[0][1].fingerprint, "n-1"): "cousin"}
    assert ctl.PanelDraft.propose(design, 0, 1) is None  # every judge on every nominee
    got = ctl.PanelDraft.propose(design, 2, seed=3)
    assert got is not None and all(len(v) == 2 for v in got.values())
    assert cards[0][1].fingerprint not in got["n-1"]  # never a conflicted judge
    assert got == ctl.PanelDraft.propose(design, 2, seed=3)  # the seed decides
    with pytest.raises(UserError):
        ctl.PanelDraft.propose(design, 5, seed=0)


def test_build_package_signs_what_the_draft_holds(home: Path, tmp_path: Path,
                                                  nominees: Path) -> None:
    from zerodx_desktop.services.programme import panel_show

    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    organizer.save(home, "org-pass", rounds=1)
    draft = PanelDraft(home, title="Final panel")
    draft.load_framework(sample_framework_path())
    draft.set_nominees(nominees, ctl.read_nominees(nominees))
    (a, ida), (b, _idb) = (_card(tmp_path, "Judge A", "a@example.org"),
                           _card(tmp_path, "Judge B", "b@example.org"))
    draft.add_judge_cards([a, b])
    draft.add_conflict(ida.fingerprint, "n-2", "sister")
    with pytest.raises(UserError, match="unknown method"):
        draft.build_request(organizer, tmp_path / "p", method="best", round_=1,
                            judges_per_nominee=0, seed=0)
    request = draft.build_request(organizer, tmp_path / "panel", method="median", round_=2,
                                  judges_per_nominee=0, seed=0)
    assert request.out == tmp_path / "panel.zdxpanel"  # the suffix added
    draft.judges.clear()  # the form changes while the build runs: the request is a copy
    summary = ctl.build_package(request)
    assert (summary.nominees, summary.judges, summary.conflicts) == (2, 2, 1)
    assert (summary.method, summary.round) == ("median", 2)
    assert summary.organizer_fingerprint == organizer.fingerprint
    doc = panel_show(home, summary.path)
    assert doc["title"] == "Final panel"
    assert doc["organizer"]["fingerprint"] == organizer.fingerprint
    with pytest.raises(UserError, match="cannot be built yet: judges"):
        draft.build_request(organizer, tmp_path / "again", method="mean", round_=1,
                            judges_per_nominee=0, seed=0)


def test_build_with_a_hand_made_matrix_ignores_k(home: Path, tmp_path: Path,
                                                 nominees: Path) -> None:
    from zerodx_desktop.services.programme import panel_show

    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    organizer.save(home, "org-pass", rounds=1)
    draft = PanelDraft(home, title="Matrix panel")
    draft.load_framework(sample_framework_path())
    draft.set_nominees(nominees, ctl.read_nominees(nominees))
    cards = [_card(tmp_path, f"Judge {k}", f"{k}@example.org") for k in "ab"]
    draft.add_judge_cards([p for p, _ in cards])
    fa, fb = (i.fingerprint for _, i in cards)
    request = draft.build_request(organizer, tmp_path / "m.zdxpanel", method="mean", round_=1,
                                  judges_per_nominee=2, seed=0,
                                  assignment={"n-1": [fa], "n-2": [fb]})
    assert request.kwargs["judges_per_nominee"] is None
    summary = ctl.build_package(request)
    assert panel_show(home, summary.path)["assignments"] == {"n-1": [fa], "n-2": [fb]}


def test_identity_state(home: Path) -> None:
    assert ctl.identity_state(home) == ctl.IdentityState(False)
    me = Identity.generate("Olga", "olga@example.org")
    me.save(home, "pw-pw-pw-pw", rounds=1)
    state = ctl.identity_state(home)
    assert state.present and state.name == "Olga" and state.fingerprint == me.fingerprint
    assert not state.what


def test_print_report_is_refused_for_an_unsigned_result_unless_a_draft(
        home: Path, tmp_path: Path) -> None:
    from tests.factories import make_result
    from zerodx_desktop.formats.result_workbook import write_result_workbook

    src = tmp_path / "RESULT.xlsx"
    write_result_workbook(src, make_result(4, n_judges=3), None)
    with pytest.raises(UserError, match="unsigned"):
        ctl.print_report(home, src, tmp_path / "r", draft=False, certificates=0,
                         include_comments=False)
    assert not (tmp_path / "r.pdf").exists()
    steps: list[tuple[int, int]] = []
    outcome = ctl.print_report(home, src, tmp_path / "r", draft=True, certificates=0,
                               include_comments=False, progress=lambda d, t: steps.append((d, t)))
    assert outcome.draft and outcome.path == tmp_path / "r.pdf"
    assert outcome.path.read_bytes().startswith(b"%PDF")


def test_small_helpers() -> None:
    assert ctl.short_fingerprint("SHA256:abcdefghijkl") == "SHA256:abcdefgh\u2026"
    assert ctl.short_fingerprint("abc") == "abc"
    assert ctl.with_suffix(Path("x.ZDXPANEL"), ".zdxpanel") == Path("x.ZDXPANEL")
    assert ctl.with_suffix(Path("x"), ".pdf") == Path("x.pdf")
    assert ctl.next_round_name(Path("/d/p.zdxpanel")) == Path("/d/p-next.zdxpanel")
