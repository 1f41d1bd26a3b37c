"""Opening a package as a judge whose key is not on its roster: said at once (a dialog that
does not block) and kept in the workspace (a banner), not first at export. Also: the conflict
banner's full stop, one count of "done" in the list and the export dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gui.workspace_fixtures import record_message_boxes, small_framework
from zerodx_desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    return record_message_boxes(monkeypatch)


def _package(tmp_path: Path, judges: list, *, organizer=None, panel_id=None,
             name: str = "panel.zdxpanel") -> Path:
    from zerodx_desktop.formats.framework_file import read_framework_file
    from zerodx_desktop.formats.package_build import build_panel_package
    from zerodx_desktop.formats.signing import Identity

    src = tmp_path / "src"
    (src / "nominees" / "a").mkdir(parents=True)
    fw_path = src / "framework.json"
    fw = small_framework()
    fw["require_comment_for"] = [1, 5]
    fw_path.write_text(json.dumps(fw), "utf-8")
    (src / "nominees" / "a" / "nominee.json").write_text(
        json.dumps({"id": "n-a", "name": "Alpha Co."}), "utf-8")
    src.mkdir(exist_ok=True)
    out = tmp_path / name
    build_panel_package(title="Roster panel", framework=read_framework_file(fw_path),
                        nominees_dir=src / "nominees", judges=judges, conflicts=[],
                        method="mean", round=1,
                        organizer=organizer or Identity.generate("Org", "org@example.org"),
                        out=out, panel_id=panel_id)
    return out


def _me(home: Path):
    from zerodx_desktop.formats.signing import Identity

    me = Identity.generate("Mei Judge", "mei@example.org")
    me.save(home, "correct horse battery", rounds=1)
    return me


def _open(qtbot, home: Path, package: Path) -> MainWindow:
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.panelOpened, timeout=10000):
        window.open_package(package)
    return window


def test_a_key_outside_the_roster_is_said_on_opening_and_stays_in_view(qtbot, home,
                                                                      tmp_path) -> None:
    from zerodx_desktop.formats.signing import Identity

    me = _me(home)
    package = _package(tmp_path, [Identity.generate("Other", "o@example.org").public])
    window = _open(qtbot, home, package)
    ws = window.workspace
    assert ws is not None
    # the dialog: open, not blocking (we got here), naming what to do
    qtbot.waitUntil(lambda: window.roster_box is not None and window.roster_box.isVisible())
    box = window.roster_box
    assert "not on this panel's roster" in box.text()
    assert me.fingerprint in box.informativeText()
    assert "judge card (File ▸ My identity) to the organizer" in box.informativeText()
    assert "your scores are kept" in box.informativeText()
    # the banner in the workspace says the same and stays after the dialog is closed
    assert ws.roster_banner.isVisible()
    assert box.informativeText().startswith(ws.roster_label.text())
    # a language switch while the note is up redoes its texts too
    from PySide6.QtCore import QCoreApplication

    from zerodx_desktop.ui import i18n

    english = box.informativeText()
    i18n.apply_language(i18n.CHINESE)
    QCoreApplication.processEvents()
    try:
        assert box.text() == QCoreApplication.translate(
            "MainWindow", "You are not on this panel's roster yet") != \
            "You are not on this panel's roster yet"
        assert box.informativeText() != english and me.fingerprint in box.informativeText()
    finally:
        i18n.apply_language(i18n.ENGLISH)
        QCoreApplication.processEvents()
    assert box.informativeText() == english
    box.accept()
    qtbot.waitUntil(lambda: window.roster_box is None)
    assert ws.roster_banner.isVisible()
    # the same words as `zerodx panel open`'s warning, as far as what to do goes
    from zerodx_desktop.services.panels import roster_warning

    cli = roster_warning(home, ws.session.panel)
    assert cli is not None and me.fingerprint in cli and "unknown_judge" in cli
    # reopening the app later (no dialog) still shows the banner
    window.close()
    again = MainWindow(home)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.workspace is not None and again.workspace.roster_banner.isVisible()
    assert again.roster_box is None
    again.close()


def test_a_judge_on_the_roster_sees_no_roster_warning(qtbot, home, tmp_path) -> None:
    me = _me(home)
    window = _open(qtbot, home, _package(tmp_path, [me.public]))
    qtbot.wait(50)
    assert window.roster_box is None
    assert not window.workspace.roster_banner.isVisible()
    assert window.workspace.roster_problem is None
    window.close()


def test_no_identity_is_said_too_and_the_banner_goes_once_on_the_roster(qtbot, home,
                                                                       tmp_path) -> None:
    from zerodx_desktop.formats.signing import Identity

    judge = Identity.generate("Judge", "judge@example.org")
    window = _open(qtbot, home, _package(tmp_path, [judge.public]))
    ws = window.workspace
    qtbot.waitUntil(lambda: window.roster_box is not None)
    assert "No judge identity on this computer yet" in ws.roster_label.text()
    assert ws.roster_banner.isVisible()
    window.roster_box.accept()
    # the judge makes the key the organizer put on the roster (simulated), then looks again
    judge.save(home, "correct horse battery", rounds=1)
    window._refresh_roster()
    assert not ws.roster_banner.isVisible()
    window.close()


def test_the_conflict_banner_has_one_full_stop(qtbot, home, tmp_path) -> None:
    me = _me(home)
    window = _open(qtbot, home, _package(tmp_path, [me.public]))
    ws = window.workspace
    ws.session.declare_conflict("n-a", "I advised them in 2024.")
    ws.scoring.refresh_nominee("n-a")
    text = ws.scoring.banner.text()
    assert "in 2024. Scoring is locked." in text and ".." not in text
    from zerodx_desktop.ui.scoring_view import reason_clause

    assert reason_clause("former employee") == "former employee"
    assert reason_clause("已离职。") == "已离职"
    window.close()


def test_done_is_one_count_in_the_list_and_the_export_dialog(qtbot, home, tmp_path) -> None:
    from zerodx_desktop.ui.export_dialog import ExportDialog

    me = _me(home)
    window = _open(qtbot, home, _package(tmp_path, [me.public]))
    s = window.workspace.session
    c1, c2 = s.criterion_ids[:2]
    s.write_score("n-a", c1, 5)  # level 5 needs a justification: not done
    s.write_score("n-a", c2, 3)
    done, total = s.progress("n-a")
    assert (done, total) == (1, len(s.criterion_ids))
    row = window.workspace.list_model.row_of("n-a")
    listed = window.workspace.list_model.index(row, 1).data()
    assert listed == f"1/{total}"
    dialog = ExportDialog(home, window)
    assert dialog.model.index(0, 1).data() == f"1 / {total}"
    assert dialog.status["done"] == 1 and dialog.status["nominees"][0]["scored"] == 2
    assert dialog.status["nominees"][0]["missing_comments"] == 1
    s.write_comment("n-a", c1, "Outstanding, see the 2024 report")
    dialog.reload()
    assert dialog.model.index(0, 1).data() == f"2 / {total}"
    assert s.progress("n-a")[0] == 2
    dialog.deleteLater()
    window.close()


def test_a_look_alike_package_is_refused_on_opening(qtbot, home, tmp_path, boxes) -> None:
    """A second package with the panel's id, signed by another key, is refused with both
    fingerprints; the panel the judge has stays as it was."""
    from zerodx_desktop.formats.package import read_panel_package
    from zerodx_desktop.formats.signing import Identity

    me = _me(home)
    org = Identity.generate("Olga Organizer", "olga@example.org")
    mallory = Identity.generate("Mallory", "m@example.org")
    genuine = _package(tmp_path / "g", [me.public], organizer=org)
    panel_id = read_panel_package(genuine).panel.id
    fake = _package(tmp_path / "f", [me.public], organizer=mallory, panel_id=panel_id)
    window = _open(qtbot, home, genuine)
    opened: list[str] = []
    window.panelOpened.connect(opened.append)
    window.open_package(fake)
    qtbot.waitUntil(lambda: any(mallory.fingerprint in b for b in boxes), timeout=10000)
    text = next(b for b in boxes if mallory.fingerprint in b)
    assert org.fingerprint in text and "look-alike" in text
    assert opened == []
    from zerodx_desktop.services.panels import open_store

    window.close()
    with open_store(home) as store:
        assert store.panel(panel_id).organizer.fingerprint == org.fingerprint
