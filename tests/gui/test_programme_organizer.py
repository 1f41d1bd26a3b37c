"""The organizer's programme controls: a balanced assignment from the builder, and "Next round
from result…" (a shortlist round from a signed result)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.organizer_fixtures import organizer_programme
from zerodx_desktop.services.demo import DEMO_PASSPHRASE, build_demo
from zerodx_desktop.services.programme import panel_show
from zerodx_desktop.ui import organizer_view, passphrase_dialog
from zerodx_desktop.ui.organizer_view import OrganizerView


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    build_demo(out)
    return out


def _view(qtbot, home: Path, monkeypatch) -> tuple[OrganizerView, list[str]]:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(organizer_view, "_warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(organizer_view, "_inform", lambda *_a: None)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase",
                        lambda *_a, **_k: DEMO_PASSPHRASE)
    v = OrganizerView(home)
    qtbot.addWidget(v)
    v.show()
    return v, warnings


def test_next_round_from_result_shortlists_per_category(qtbot, demo: Path, tmp_path: Path,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view, warnings = _view(qtbot, demo / "organizer", monkeypatch)
    files = iter([demo / "result.xlsx", demo / "panel.zdxpanel"])
    monkeypatch.setattr(organizer_view, "_ask_open_file", lambda *_a: next(files))
    out = tmp_path / "round2.zdxpanel"
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    view.shortlist_spin.setValue(1)
    view.per_category_check.setChecked(True)
    assert view.next_round_button.text() == "Next round from result…"
    with qtbot.waitSignal(view.packageBuilt, timeout=30000):
        view.next_round_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert warnings == []
    doc = panel_show(demo / "organizer", out)
    first = panel_show(demo / "organizer", demo / "panel.zdxpanel")
    assert doc["id"] == first["id"] and doc["round"] == first["round"] + 1
    assert len(doc["nominees"]) == 2  # the winner of each of the two categories
    assert {n["category"] for n in doc["nominees"]} == {"enterprise", "community"}
    assert "Round 2" in view.status_label.text()
    view.close()


def test_next_round_refuses_a_result_of_another_panel(qtbot, demo: Path, tmp_path: Path,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view, warnings = _view(qtbot, demo / "organizer", monkeypatch)
    files = iter([demo / "result.xlsx", demo / "round2.zdxpanel"])
    monkeypatch.setattr(organizer_view, "_ask_open_file", lambda *_a: next(files))
    out = tmp_path / "bad.zdxpanel"
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    view.next_round_button.click()
    qtbot.waitUntil(lambda: not view.busy and bool(warnings), timeout=30000)
    assert "round" in warnings[0] and not out.exists()
    view.close()


def test_nominate_dialog_signs_a_nomination_the_builder_imports(qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from zerodx_desktop.formats.signing import Identity, write_judge_card
    from zerodx_desktop.services.panels import build_panel
    from zerodx_desktop.ui import nominate_dialog
    from zerodx_desktop.ui.nominate_dialog import NominateDialog

    judge_home = tmp_path / "judge"
    judge = Identity.generate("Nadia Judge", "nadia@example.org")
    judge.save(judge_home, "judge-pass", 16)
    folder = tmp_path / "nominee"
    folder.mkdir()
    (folder / "nominee.json").write_text(json.dumps({"id": "n-new", "name": "New Co."}),
                                         encoding="utf-8")
    noms = tmp_path / "noms"
    noms.mkdir()
    monkeypatch.setattr(nominate_dialog, "_ask_save_file", lambda *_a: noms / "nadia")
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: "judge-pass")
    dialog = NominateDialog(judge_home)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    assert dialog.sign() is False  # no relationship stated: said in the dialog
    assert "how you know the nominee" in dialog.error_label.text()
    dialog.relationship_edit.setText("mentor of its founder")
    assert dialog.sign() is True
    assert dialog.written == noms / "nadia.zdxnom" and dialog.written.is_file()

    # the organizer's build imports it and conflicts Nadia with her nominee
    org = Identity.generate("Olga Organizer", "olga@example.org")
    card = tmp_path / "nadia.zdxjudge"
    write_judge_card(judge.public, card)
    nominees = tmp_path / "nominees" / "a"
    nominees.mkdir(parents=True)
    (nominees / "nominee.json").write_text(json.dumps({"id": "n-1", "name": "A"}),
                                           encoding="utf-8")
    from zerodx_desktop.paths import sample_framework_path

    pkg = build_panel(organizer=org, title="T", framework_path=sample_framework_path(),
                      nominees_dir=nominees.parent, judge_cards=[card],
                      out=tmp_path / "p.zdxpanel", nominations_dir=noms)
    assert [n.id for n in pkg.panel.nominees] == ["n-1", "n-new"]
    assert pkg.panel.is_conflicted(judge.fingerprint, "n-new")
    assert pkg.panel.nominations[0].relationship == "mentor of its founder"


def test_builder_shows_who_nominated_whom_and_builds_a_balanced_assignment(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from zerodx_desktop.formats.package import read_panel_package
    from zerodx_desktop.services.programme import nominate

    home, _org, judges, cards, nominees = organizer_programme(tmp_path, "ABCD", 5,
                                                              DEMO_PASSPHRASE)
    src = tmp_path / "src"
    src.mkdir()
    (src / "nominee.json").write_text(json.dumps({"id": "n-9", "name": "Nominated Ltd"}),
                                      encoding="utf-8")
    noms = tmp_path / "noms"
    noms.mkdir()
    nominate(tmp_path, src, "former colleague", noms / "a.zdxnom", judges[0])

    view, warnings = _view(qtbot, home, monkeypatch)
    view.title_edit.setText("Programme")
    with qtbot.waitSignal(view.nomineesLoaded, timeout=15000):
        view.load_nominees(nominees)
    assert view.add_judge_cards(cards) == 4
    assert view.load_nominations(noms)
    assert "Nominated Ltd (n-9) nominated by Judge A: former colleague" in \
        view.nominations_label.text()
    view.judges_per_nominee_spin.setValue(2)
    out = tmp_path / "p.zdxpanel"
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.packageBuilt, timeout=30000):
        view.build_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    panel = read_panel_package(out).panel
    amap = panel.assignment_map()
    assert amap is not None and all(len(v) == 2 for v in amap.values()) and len(amap) == 6
    assert judges[0].fingerprint not in amap["n-9"]  # the nominating judge is conflicted
    loads = [sum(j.fingerprint in v for v in amap.values()) for j in judges]
    assert max(loads) - min(loads) <= 1
    # a tampered nomination is refused, named
    doc = json.loads((noms / "a.zdxnom").read_text(encoding="utf-8"))
    doc["relationship"] = "nobody"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.zdxnom").write_text(json.dumps(doc), encoding="utf-8")
    assert not view.load_nominations(bad)
    assert "tampered" in warnings[-1] and "a.zdxnom" in warnings[-1]
    view.close()
