"""The app side of issue 13: start-up problems in a window (restore, newer version, read-only),
File ▸ Restore from backup…, the audit check on open and at export, a vanished home."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.workspace_fixtures import import_into, make_window, record_message_boxes
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.store.store import Store
from zerodx_desktop.ui import startup_dialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]
PANEL = "test-panel"


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    return record_message_boxes(monkeypatch)


def scored(home: Path, n: int = 3) -> list[str]:
    """The test panel with ``n`` scores and a backup holding them."""
    import_into(home)
    with Store.open_home(home) as s:
        crits = [c.id for c in s.framework(PANEL).criteria()][:n]
        for c in crits:
            s.set_score(PANEL, "n-001", c, 2)
        s.backup_if_due(0)
    return crits


def press(button_text: str, monkeypatch) -> list[str]:
    """QMessageBox.exec() presses the button with ``button_text``; the texts shown are kept."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_an_empty_store_offers_restore_at_start(qtbot, home, monkeypatch, boxes) -> None:
    scored(home)
    (home / "store.sqlite").write_bytes(b"")
    shown = press("Restore", monkeypatch)
    assert startup_dialog.check_home(home) is True
    assert "the store file is empty" in shown[0] and "store-000001-v2.sqlite" in shown[0]
    assert any(b.startswith("Restored store-000001-v2.sqlite") for b in boxes)
    window = make_window(qtbot, home)
    assert window.workspace is not None
    assert len(window.workspace.session.levels("n-001")) == 3
    window.close()


def test_quit_at_the_restore_question_changes_nothing(qtbot, home, monkeypatch) -> None:
    scored(home)
    (home / "store.sqlite").unlink()
    press("Quit", monkeypatch)
    assert startup_dialog.check_home(home) is False
    assert not (home / "store.sqlite").exists()


def test_a_newer_version_store_is_a_window_not_stderr(qtbot, home, boxes) -> None:
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA user_version = 42")
    con.commit()
    con.close()
    assert startup_dialog.check_home(home) is False
    assert len(boxes) == 1 and "newer version" in boxes[0] and "Nothing in the folder" in boxes[0]


def test_a_damaged_store_without_backups_is_a_window(qtbot, home, boxes) -> None:
    (home / "store.sqlite").write_bytes(b"garbage" * 1000)
    assert startup_dialog.check_home(home) is False
    assert boxes and "damaged" in boxes[0]


def test_a_read_only_home_opens_read_only(qtbot, home, monkeypatch, boxes) -> None:
    crits = scored(home)
    from zerodx_desktop.store import store as store_module

    monkeypatch.setattr(store_module, "_writable", lambda _p: False)  # root ignores modes
    assert startup_dialog.check_home(home) is True
    assert "read-only" in boxes[0]
    window = make_window(qtbot, home)
    assert window.store.read_only and window.workspace is not None
    assert "Read-only" in window.save_label.text()
    with pytest.raises(UserError, match="read-only"):
        window.workspace.session.write_score("n-002", crits[0], 4)
    assert "read-only" in boxes[-1]
    assert window.save_label.text().startswith("NOT SAVED")
    window.close()


def test_the_main_entry_shows_a_start_up_failure_in_a_window(monkeypatch, tmp_path) -> None:
    from zerodx_desktop import __main__ as entry

    shown: list[str] = []
    monkeypatch.setattr(startup_dialog, "show_failure", lambda m, parent=None: shown.append(m))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert entry.main(["--home", str(not_a_folder)]) == 1
    assert shown and "not a data folder" in shown[0]


def test_a_vanished_home_stops_saying_saved(qtbot, home, boxes) -> None:
    crits = scored(home)
    window = make_window(qtbot, home)
    assert window.check_home()
    shutil.rmtree(home)
    assert not window.check_home()
    assert window.save_label.text().startswith("NOT SAVED")
    assert "moved or deleted" in boxes[0]
    with pytest.raises(UserError, match="the store file is gone"):
        window.workspace.session.write_score("n-002", crits[0], 4)  # refused, never "Saved"
    assert window.save_label.text().startswith("NOT SAVED")
    assert len(boxes) == 1  # said once
    window.shutdown()


def test_the_audit_chain_is_checked_on_open(qtbot, home) -> None:
    crits = scored(home)
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("UPDATE scores SET level = 5 WHERE criterion_id = ?", (crits[1],))
    con.commit()
    con.close()
    window = make_window(qtbot, home)
    qtbot.waitUntil(lambda: getattr(window, "audit_box", None) is not None)
    assert f"score n-001 / {crits[1]}: the store holds level 5" in window.audit_box.text()
    window.close()


def test_restore_from_backup_in_the_app(qtbot, home, monkeypatch) -> None:
    crits = scored(home)
    window = make_window(qtbot, home)
    for c in crits:
        window.workspace.session.write_score("n-001", c, None)
    assert window.workspace.session.levels("n-001") == {}
    from zerodx_desktop.ui import restore_dialog

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    seen: list[list[str]] = []

    def run(dialog: restore_dialog.RestoreDialog) -> int:
        seen.append([dialog.table.item(r, 0).text() + " | " + dialog.table.item(r, 2).text()
                     for r in range(dialog.table.rowCount())])
        assert dialog.restore_button.isEnabled()
        dialog.restore_selected()
        return 1

    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", run)
    window.restore_backup()
    assert seen == [["store-000001-v2.sqlite | Test panel 2026: 3 scores"]]
    assert window.workspace is not None
    assert len(window.workspace.session.levels("n-001")) == 3
    assert list(home.glob("store-replaced-*.sqlite"))
    window.close()


def test_export_dialog_waits_for_the_audit_break_to_be_acknowledged(qtbot, home) -> None:
    from zerodx_desktop.formats.signing import Identity
    from zerodx_desktop.ui.export_dialog import ExportDialog

    Identity.generate("Test Judge", "judge@example.org").save(home, "passphrase!", rounds=1)
    crits = scored(home)
    con = sqlite3.connect(home / "store.sqlite")
    con.execute("DELETE FROM scores WHERE criterion_id = ?", (crits[0],))
    con.commit()
    con.close()
    dialog = ExportDialog(home)
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("passphrase!")
    assert dialog.audit_problems and not dialog.audit_box.isHidden()
    assert f"score n-001 / {crits[0]}" in dialog.audit_label.text()
    dialog.blocked = False  # the roster's key is not this identity's; only the box matters
    dialog._update_buttons()
    assert not dialog.export_button.isEnabled()
    dialog.audit_box.setChecked(True)
    assert dialog.export_button.isEnabled()


def test_an_intact_store_shows_no_audit_box(qtbot, home) -> None:
    scored(home)
    window = make_window(qtbot, home)
    qtbot.waitUntil(lambda: window.audit_problems is not None)
    assert window.audit_problems == []
    assert getattr(window, "audit_box", None) is None
    window.close()


def test_a_stale_temp_file_is_gone_after_the_app_starts(qtbot, home) -> None:
    scored(home)
    stale = home / "backups" / ".store-000002-v2.sqlite.abcdefgh.tmp"
    stale.write_bytes(b"half a backup")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    window = make_window(qtbot, home)
    assert not stale.exists()
    window.close()


def test_a_half_made_identity_is_said_at_start(qtbot, home, boxes) -> None:
    (home / "identity").mkdir()
    (home / "identity" / "id_ed25519").write_bytes(b"half")
    assert startup_dialog.check_home(home) is True
    assert boxes and "half-made identity" in boxes[0]
    from zerodx_desktop.formats.signing import has_identity

    assert not has_identity(home) and list(home.glob("identity-incomplete-*"))
