"""Identity dialog, identity page and export dialog, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from zerodx_desktop.core.errors import IdentityError
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import (
    Identity,
    has_identity,
    load_identity,
    load_public_identity,
    read_judge_card,
)
from zerodx_desktop.services.demo import DEMO_PASSPHRASE, DEMO_ROUNDS, prepare_demo_home
from zerodx_desktop.services.panels import open_store, panel_status
from zerodx_desktop.ui import export_dialog, identity_dialog, identity_view
from zerodx_desktop.ui.export_dialog import ExportDialog, completeness, default_file_name
from zerodx_desktop.ui.identity_dialog import IdentityDialog, ensure_identity, passphrase_strength
from zerodx_desktop.ui.identity_view import IdentityView

WAIT = 15000


def _fill(dlg: IdentityDialog, name: str, email: str, pw: str, confirm: str) -> None:
    dlg.name_edit.setText(name)
    dlg.email_edit.setText(email)
    dlg.pass_fields.passphrase_edit.setText(pw)
    dlg.pass_fields.confirm_edit.setText(confirm)


def _click_ok(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def judge_home(home: Path) -> Path:
    Identity.generate("Ada Lovelace", "ada@example.org").save(home, DEMO_PASSPHRASE,
                                                               DEMO_ROUNDS)
    return home


@pytest.fixture
def demo_home(home: Path) -> Path:
    prepare_demo_home(home)
    return home


# ---- identity dialog -------------------------------------------------------------------------

def test_identity_dialog_creates_the_identity_and_shows_its_fingerprint(qtbot, home) -> None:
    dlg = IdentityDialog(home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(dlg)
    dlg.show()
    assert any("never leaves this computer" in label.text()
               for label in dlg.form_page.findChildren(type(dlg.error_label)))
    _fill(dlg, "Grace Hopper", "grace@example.org", "a long test phrase", "a long test phrase")
    qtbot.keyClick(dlg.pass_fields.confirm_edit, Qt.Key.Key_Return)  # Enter = create
    qtbot.waitUntil(lambda: dlg.public is not None and not dlg.busy, timeout=WAIT)
    assert has_identity(home)
    pub = load_public_identity(home)
    assert (pub.name, pub.email) == ("Grace Hopper", "grace@example.org")
    assert dlg.fingerprint_edit.text() == pub.fingerprint
    assert dlg.stack.currentIndex() == 1
    load_identity(home, "a long test phrase")  # the passphrase really protects the key
    _click_ok(qtbot, dlg)  # now "Close"
    assert dlg.result() == QDialog.DialogCode.Accepted
    dlg.close()


@pytest.mark.parametrize(("pw", "confirm", "expected"), [
    ("short", "short", "at least 8 characters"),
    ("long enough phrase", "long enough phrasE", "do not match"),
])
def test_identity_dialog_refuses_bad_passphrases_visibly(qtbot, home, pw, confirm,
                                                         expected) -> None:
    dlg = IdentityDialog(home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill(dlg, "Grace Hopper", "grace@example.org", pw, confirm)
    _click_ok(qtbot, dlg)
    assert dlg.error_label.isVisible()
    assert expected in dlg.error_label.text()
    assert not dlg.busy and dlg.public is None
    assert not has_identity(home)
    assert dlg.isVisible()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc cancels
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not has_identity(home)
    dlg.close()


def test_identity_dialog_asks_for_a_name_and_a_valid_email(qtbot, home) -> None:
    dlg = IdentityDialog(home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill(dlg, "  ", "grace@example.org", "long enough phrase", "long enough phrase")
    _click_ok(qtbot, dlg)
    assert "name" in dlg.error_label.text() and dlg.error_label.isVisible()
    dlg.name_edit.setText("Grace")
    dlg.email_edit.setText("not an address")
    _click_ok(qtbot, dlg)
    assert "e-mail" in dlg.error_label.text() and dlg.error_label.isVisible()
    assert not has_identity(home)
    dlg.close()


def test_identity_dialog_shows_refusal_when_home_has_an_identity(qtbot, judge_home) -> None:
    before = load_public_identity(judge_home)
    dlg = IdentityDialog(judge_home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill(dlg, "Someone Else", "else@example.org", "long enough phrase", "long enough phrase")
    _click_ok(qtbot, dlg)
    qtbot.waitUntil(lambda: not dlg.busy and dlg.error_label.isVisible(), timeout=WAIT)
    assert "already has an identity" in dlg.error_label.text()
    assert load_public_identity(judge_home) == before
    dlg.close()


def test_ensure_identity_only_asks_when_there_is_none(qtbot, home, judge_home,
                                                      monkeypatch) -> None:
    def never(_dlg):
        raise AssertionError("the dialog must not be shown")

    monkeypatch.setattr(identity_dialog, "_exec", never)
    assert ensure_identity(judge_home) == load_public_identity(judge_home)

    empty = home.parent / "empty"
    empty.mkdir()

    def create(dlg):
        _fill(dlg, "New Judge", "new@example.org", "long enough phrase", "long enough phrase")
        _click_ok(qtbot, dlg)
        qtbot.waitUntil(lambda: dlg.public is not None, timeout=WAIT)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(identity_dialog, "_exec", create)
    pub = ensure_identity(empty, rounds=DEMO_ROUNDS)
    assert pub is not None and pub == load_public_identity(empty)

    other = home.parent / "other"
    other.mkdir()
    monkeypatch.setattr(identity_dialog, "_exec", lambda _d: int(QDialog.DialogCode.Rejected))
    assert ensure_identity(other) is None
    assert not has_identity(other)


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("1234567")[0] == 0
    assert passphrase_strength("aaaaaaaaaaaaaaaaaaaa")[0] == 1
    assert passphrase_strength("password")[0] == 1
    assert passphrase_strength("Correct horse battery 42")[0] == 3


# ---- identity page ---------------------------------------------------------------------------

def test_identity_view_shows_the_fingerprint_and_saves_a_card(qtbot, judge_home, tmp_path,
                                                              monkeypatch) -> None:
    view = IdentityView(judge_home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(view)
    view.show()
    pub = load_public_identity(judge_home)
    assert view.fingerprint_edit.text() == pub.fingerprint
    assert view.name_label.text() == "Ada Lovelace"
    assert view.email_label.text() == "ada@example.org"
    assert not view.create_button.isVisible()

    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == pub.fingerprint

    asked: list[str] = []

    def ask(_parent, _caption, default):
        asked.append(default)
        return str(tmp_path / "my-card")  # no suffix: the view adds .zdxjudge

    monkeypatch.setattr(identity_view, "_ask_save_path", ask)
    qtbot.mouseClick(view.card_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("ada-lovelace.zdxjudge")
    card = tmp_path / "my-card.zdxjudge"
    assert read_judge_card(card) == pub
    assert str(card) in view.status_label.text()

    asked.clear()
    monkeypatch.setattr(identity_view, "_ask_save_path", lambda *_a: "")  # cancelled
    assert view.save_card() is None
    view.close()


def test_change_passphrase_wrong_then_right(qtbot, judge_home) -> None:
    view = IdentityView(judge_home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(view)
    view.show()
    dlg = view.change_passphrase()
    assert dlg is not None and view.dialog is dlg
    dlg.old_edit.setText("not the passphrase")
    dlg.pass_fields.passphrase_edit.setText("brand new phrase")
    dlg.pass_fields.confirm_edit.setText("brand new phrase")
    _click_ok(qtbot, dlg)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=WAIT)
    assert dlg.isVisible() and dlg.error_label.isVisible()
    assert "current passphrase is wrong" in dlg.error_label.text()
    load_identity(judge_home, DEMO_PASSPHRASE)  # unchanged

    dlg.old_edit.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dlg.passphraseChanged, timeout=WAIT):
        qtbot.keyClick(dlg.old_edit, Qt.Key.Key_Return)
    assert load_identity(judge_home, "brand new phrase").fingerprint == \
        load_public_identity(judge_home).fingerprint
    with pytest.raises(IdentityError):
        load_identity(judge_home, DEMO_PASSPHRASE)
    assert "Passphrase changed" in view.status_label.text()
    qtbot.waitUntil(lambda: view.dialog is None, timeout=WAIT)
    view.close()


def test_change_passphrase_checks_the_new_one_before_unlocking(qtbot, judge_home) -> None:
    view = IdentityView(judge_home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(view)
    view.show()
    dlg = view.change_passphrase()
    dlg.old_edit.setText(DEMO_PASSPHRASE)
    dlg.pass_fields.passphrase_edit.setText("brand new phrase")
    dlg.pass_fields.confirm_edit.setText("brand new phrasf")
    _click_ok(qtbot, dlg)
    assert not dlg.busy and "do not match" in dlg.error_label.text()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    load_identity(judge_home, DEMO_PASSPHRASE)
    view.close()


def test_identity_view_without_identity_offers_to_create_one(qtbot, home) -> None:
    view = IdentityView(home, rounds=DEMO_ROUNDS)
    qtbot.addWidget(view)
    view.show()
    assert view.create_button.isVisible()
    assert not view.card_button.isEnabled() and not view.passphrase_button.isEnabled()
    dlg = view.create_identity()
    _fill(dlg, "Katherine Johnson", "kj@example.org", "long enough phrase",
          "long enough phrase")
    with qtbot.waitSignal(view.identityChanged, timeout=WAIT):
        _click_ok(qtbot, dlg)
    assert view.fingerprint_edit.text() == load_public_identity(home).fingerprint
    assert view.card_button.isEnabled() and not view.create_button.isVisible()
    dlg.close()
    view.close()


# ---- export dialog ---------------------------------------------------------------------------

def test_default_file_name() -> None:
    assert default_file_name("zerodx-demo-2026", "Wang Lei 王磊", 3) == \
        "zerodx-demo-2026-wang-lei-王磊-seq3.xlsx"
    assert default_file_name("p", "../../Evil/Name", 1) == "p-evil-name-seq1.xlsx"


def _export_dialog(qtbot, home: Path, directory: Path) -> ExportDialog:
    dlg = ExportDialog(home, directory=directory)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_export_dialog_shows_completeness_and_exports_a_valid_sheet(
        qtbot, qtmodeltester, demo_home, tmp_path, monkeypatch) -> None:
    status = panel_status(demo_home)
    dlg = _export_dialog(qtbot, demo_home, tmp_path)
    qtmodeltester.check(dlg.model)

    # the table has one row per nominee with scored/total from panel_status
    assert dlg.model.rowCount() == len(status["nominees"])
    for row, n in enumerate(status["nominees"]):
        assert dlg.model.index(row, 0).data() == n["name"]
        assert dlg.model.index(row, 1).data() == f"{n['done']} / {n['total']}"
    unscored = sum(n["total"] - n["scored"] for n in status["nominees"])
    partial = sum(1 for n in status["nominees"] if n["scored"] < n["total"])
    assert unscored > 0 and partial > 1  # the demo is half done
    text = dlg.summary_label.text()
    assert f"{unscored} criteria unscored in {partial} nominees" in text
    assert "you can still export" in text and "incomplete" in text
    assert dlg.summary_label.isVisible()
    assert "Demo Judge" in dlg.judge_label.text()
    assert status["panel"]["title"] in dlg.panel_label.text()

    assert not dlg.export_button.isEnabled()  # no passphrase yet
    dlg.passphrase_edit.setText(DEMO_PASSPHRASE)
    assert dlg.export_button.isEnabled()
    asked: list[str] = []
    out = tmp_path / "out" / "sheet.xlsx"
    out.parent.mkdir()

    def ask(_parent, _caption, default):
        asked.append(default)
        return str(out)

    monkeypatch.setattr(export_dialog, "_ask_save_path", ask)
    shown: list[Path] = []
    monkeypatch.setattr(export_dialog, "_show_in_folder", shown.append)
    qtbot.keyClick(dlg.passphrase_edit, Qt.Key.Key_Return)  # Enter = export
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=WAIT)
    assert asked == [str(tmp_path / "zerodx-demo-2026-demo-judge-seq1.xlsx")]

    with open_store(demo_home) as store:
        panel = store.panel(store.current_panel_id())
    verdict = verify_score_sheet(out, panel)
    assert verdict.status is Status.VALID, verdict.message
    assert "incomplete" in verdict.warnings
    assert dlg.stack.currentIndex() == 1
    assert dlg.path_edit.text() == str(out)
    assert dlg.sequence_edit.text() == "1"
    assert dlg.sha_edit.text() == verdict.sha256
    assert dlg.passphrase_edit.text() == ""
    qtbot.mouseClick(dlg.show_button, Qt.MouseButton.LeftButton)
    assert shown == [out]
    assert dlg.close_button.isVisible() and not dlg.export_button.isVisible()
    qtbot.keyClick(dlg, Qt.Key.Key_Return)  # Enter closes, even after "Show in folder"
    assert dlg.result() == QDialog.DialogCode.Accepted

    # the next export proposes the next sequence number
    again = _export_dialog(qtbot, demo_home, tmp_path)
    assert again.default_path().name == "zerodx-demo-2026-demo-judge-seq2.xlsx"
    again.close()
    dlg.close()


def test_export_with_a_wrong_passphrase_writes_nothing(qtbot, demo_home, tmp_path,
                                                       monkeypatch) -> None:
    dlg = _export_dialog(qtbot, demo_home, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "sheet.xlsx"
    monkeypatch.setattr(export_dialog, "_ask_save_path", lambda *_a: str(out))
    dlg.passphrase_edit.setText("wrong passphrase")
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=WAIT)
    assert dlg.error_label.isVisible()
    assert "Wrong passphrase" in dlg.error_label.text()
    assert dlg.result_ is None and dlg.stack.currentIndex() == 0
    assert list(out_dir.iterdir()) == []
    with open_store(demo_home) as store:
        assert store.next_export_sequence(store.current_panel_id()) == 1
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected
    dlg.close()


def test_export_dialog_counts_missing_comments_and_recusals() -> None:
    status = {"nominees": [
        {"id": "a", "name": "A", "scored": 3, "total": 3, "missing_comments": 2,
         "status": "in_progress", "conflict": None},
        {"id": "b", "name": "B", "scored": 1, "total": 3, "missing_comments": 0,
         "status": "in_progress", "conflict": None},
        {"id": "c", "name": "C", "scored": 0, "total": 3, "missing_comments": 0,
         "status": "recused", "conflict": "my former employer"},
    ]}
    assert completeness(status) == {"unscored": 2, "unscored_nominees": 1,
                                    "missing_comments": 2, "comment_nominees": 1,
                                    "recused": 1}


def test_export_dialog_shows_recused_and_missing_comments(qtbot, qtmodeltester, demo_home,
                                                          tmp_path) -> None:
    with open_store(demo_home) as store:
        panel_id = store.current_panel_id()
        panel = store.panel(panel_id)
        store.declare_conflict(panel_id, panel.nominees[2].id, "my former employer")
    dlg = _export_dialog(qtbot, demo_home, tmp_path)
    qtmodeltester.check(dlg.model)
    assert dlg.model.index(2, 1).data() == "—"
    assert "recused" in dlg.model.index(2, 3).data()
    assert "my former employer" in dlg.model.index(2, 3).data()
    assert "1 nominee recused" in dlg.summary_label.text()
    dlg.close()


def test_export_is_blocked_when_the_key_is_not_on_the_roster(qtbot, demo_home,
                                                             tmp_path) -> None:
    stranger = Identity.generate("Stranger", "stranger@example.org")
    stranger.save(demo_home, DEMO_PASSPHRASE, DEMO_ROUNDS)
    dlg = _export_dialog(qtbot, demo_home, tmp_path)
    dlg.passphrase_edit.setText(DEMO_PASSPHRASE)
    assert dlg.error_label.isVisible() and "roster" in dlg.error_label.text()
    assert not dlg.export_button.isEnabled()
    dlg.close()
