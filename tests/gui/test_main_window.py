"""The main window: first run (welcome page, open, drag and drop), roles, window state, the
background operation helper, the error hook, and the desktop entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from tests.gui.workspace_fixtures import (
    import_into,
    make_window,
    record_message_boxes,
    small_framework,
    tiny_png,
)
from zerodx_desktop.core.errors import PackageError, UserError
from zerodx_desktop.ui import app as app_module
from zerodx_desktop.ui.operations import Progress, run_in_background

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    return record_message_boxes(monkeypatch)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A real signed .zdxpanel: two nominees (one with an image), a tiny framework."""
    from zerodx_desktop.formats.framework_file import read_framework_file
    from zerodx_desktop.formats.package_build import build_panel_package
    from zerodx_desktop.formats.signing import Identity

    src = tmp_path / "src"
    fw_path = src / "framework.json"
    (src / "nominees" / "a").mkdir(parents=True)
    (src / "nominees" / "b").mkdir(parents=True)
    fw_path.write_text(json.dumps(small_framework()), "utf-8")
    (src / "nominees" / "a" / "nominee.json").write_text(json.dumps(
        {"id": "n-a", "name": "Alpha Co.", "sections": [{"title": "About", "body": "Hello"}],
         "attachments": [{"file": "photo.png", "title": "Photo"}]}), "utf-8")
    (src / "nominees" / "a" / "photo.png").write_bytes(tiny_png())
    (src / "nominees" / "b" / "nominee.json").write_text(json.dumps(
        {"id": "n-b", "name": "Beta 株式会社"}), "utf-8")
    organizer = Identity.generate("Org", "org@example.org")
    judge = Identity.generate("Judge", "judge@example.org")
    out = tmp_path / "panel.zdxpanel"
    build_panel_package(title="Package panel", framework=read_framework_file(fw_path),
                        nominees_dir=src / "nominees", judges=[judge.public], conflicts=[],
                        method="mean", round=1, organizer=organizer, out=out)
    return out


def test_first_run_shows_the_welcome_page_and_opens_a_package(qtbot, home, package,
                                                               monkeypatch) -> None:
    window = make_window(qtbot, home)
    assert window.workspace is None
    assert window.judge_stack.currentWidget() is window.welcome
    assert not window.next_action.isEnabled()
    assert not window.export_action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(package), "")))
    with qtbot.waitSignal(window.panelOpened, timeout=10000) as opened:
        qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0]
    ws = window.workspace
    assert ws is not None
    assert window.judge_stack.currentWidget() is ws
    assert [n.name for n in ws.session.nominees] == ["Alpha Co.", "Beta 株式会社"]
    assert window.next_action.isEnabled()
    assert "Package panel" in window.windowTitle()
    window.close()


def test_dropping_a_package_opens_it_and_other_files_are_refused(qtbot, home, package,
                                                                 tmp_path) -> None:
    window = make_window(qtbot, home)
    other = tmp_path / "notes.txt"
    other.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    mime_ok = QMimeData()
    mime_ok.setUrls([QUrl.fromLocalFile(str(package))])
    enter_ok = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime_ok,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter_ok)
    assert enter_ok.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime_ok,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.panelOpened, timeout=10000):
        window.dropEvent(drop)
    assert window.workspace is not None
    assert window.store.current_panel_id() == window.workspace.session.panel_id
    window.close()


def test_a_corrupt_package_is_a_plain_message_not_a_crash(qtbot, home, tmp_path,
                                                          boxes) -> None:
    bad = tmp_path / "broken.zdxpanel"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    window = make_window(qtbot, home)
    window.open_package(bad)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert window.workspace is None
    assert window.judge_stack.currentWidget() is window.welcome
    assert "broken.zdxpanel" in boxes[0] or "package" in boxes[0].lower()
    window.close()


def test_window_state_and_position_are_restored(qtbot, home) -> None:
    from tests.gui.workspace_fixtures import import_into

    import_into(home, 3, framework=small_framework())
    window = make_window(qtbot, home)
    window.resize(720, 520)
    window.workspace.select_nominee("n-003", "c2")
    window.close()
    assert (home / "desktop.ini").is_file()  # settings live in the home, not the user's
    again = make_window(qtbot, home)
    assert (again.width(), again.height()) == (720, 520)
    assert again.workspace.current_nominee_id() == "n-003"
    assert again.workspace.current_criterion_id() == "c2"
    again.close()


def test_role_tabs_reach_merge_and_organizer(qtbot, home) -> None:
    window = make_window(qtbot, home)
    assert [window.roles.tabText(i) for i in range(3)] == ["Judge workspace", "Merge",
                                                           "Organizer"]
    assert window.role_pages == {}  # built on first use only
    for i in (1, 2):
        window.roles.setCurrentIndex(i)
        page = window.role_pages[i]
        assert isinstance(page, QWidget)
        assert page.isVisible()
        if isinstance(page, QLabel):
            assert "not available" in page.text()
    window.roles.setCurrentIndex(0)
    window.close()


def test_judge_toolbar_and_shortcuts_belong_to_the_judge_tab(qtbot, home) -> None:
    from tests.gui.workspace_fixtures import import_into

    import_into(home, 2, framework=small_framework())
    window = make_window(qtbot, home)
    ws = window.workspace
    assert ws is not None
    ws.scoring.score(3)
    assert window.undo_stack.canUndo()
    assert window.toolbar.isVisible() and window.save_label.isVisible()
    assert window.undo_action.isEnabled() and window.conflict_action.isEnabled()
    for i in (1, 2):
        window.roles.setCurrentIndex(i)
        assert not window.toolbar.isVisible()
        assert not window.save_label.isVisible()
        for action in (window.undo_action, window.export_action, window.next_action,
                       window.conflict_action, window.withdraw_action, window.overview_action,
                       window.filter_action, window.scorecard_action):
            assert not action.isEnabled(), action.text()
        level = ws.session.level(ws.current_nominee_id(), ws.current_criterion_id())
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.undo_stack.canUndo()  # Ctrl+Z did not reach the hidden workspace
        assert ws.session.level(ws.current_nominee_id(), ws.current_criterion_id()) == level
    window.roles.setCurrentIndex(0)
    assert window.toolbar.isVisible() and window.save_label.isVisible()
    assert window.undo_action.isEnabled() and window.next_action.isEnabled()
    window.roles.setCurrentIndex(1)
    window.close()  # closed on the Merge tab: the saved state has the toolbar hidden
    again = make_window(qtbot, home)  # the open panel brings the judge tab back
    assert again.roles.currentIndex() == 0
    assert again.toolbar.isVisible() and again.next_action.isEnabled()
    again.roles.setCurrentIndex(2)
    assert not again.toolbar.isVisible()
    again.close()


def test_run_in_background_hands_results_back_on_the_ui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread()
        progress.update(1, 2, "half")
        progress(2, 2, "done")
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["ui"] = threading.current_thread()

    op = run_in_background(parent, work, title="Working", on_success=done)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: "value" in seen, timeout=2000)
    assert seen["value"] == 42
    assert seen["ui"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_run_in_background_failures_and_cancel(qtbot, boxes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def fails(_p: Progress) -> None:
        raise PackageError("the package is damaged", where="x.zdxpanel")

    op = run_in_background(parent, fails, title="Failing", on_success=lambda _v: None)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(boxes), timeout=2000)
    assert "damaged" in boxes[0]

    failures: list[BaseException] = []
    started = threading.Event()

    def slow(progress: Progress) -> str:
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        progress.check()
        return "never"

    op2 = run_in_background(parent, slow, title="Slow", on_success=lambda _v: None,
                            on_failure=failures.append)
    assert started.wait(5)
    qtbot.waitUntil(op2.dialog.isVisible, timeout=3000)  # shown after ~300 ms
    cancel = op2.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], UserError)


def test_error_hook_user_error_is_a_message_and_a_bug_is_the_crash_dialog(
        qtbot, home, boxes, monkeypatch) -> None:
    hook = app_module.ErrorHook(home)
    err = UserError("the file is read-only", where="sheet.xlsx")
    hook(UserError, err, None)
    assert boxes == ["sheet.xlsx: the file is read-only"]
    shown: list[app_module.CrashDialog] = []

    def fake_exec(self) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(app_module.CrashDialog, "exec", fake_exec)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    details = shown[0].details.toPlainText()
    assert "ZeroDivisionError: boom" in details and "Traceback" in details
    shown[0].copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    labels = [w.text() for w in shown[0].findChildren(QLabel)]
    assert any(str(home / "logs" / "zerodx.log") in t for t in labels)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("ZERODX_HOME", None)
    return env


def test_version_does_not_import_qt(repo_root) -> None:
    code = ("import sys; from zerodx_desktop.__main__ import main; rc = main(['--version']); "
            "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=repo_root, env=_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    from zerodx_desktop import __version__

    assert out.stdout.strip() == f"zerodx-desktop {__version__}"


START_UP_GC = """
import gc, sys
from zerodx_desktop.__main__ import main
rc = main(['--smoke', '--home', *sys.argv[1:]])
from PySide6.QtWidgets import QApplication
app = QApplication.instance()
print(rc, gc.isenabled(), gc.get_freeze_count(), app.style().name(),
      app.palette() == app.style().standardPalette())
"""


def test_start_up_freezes_what_it_built_and_collects_again(repo_root, home) -> None:
    import_into(home, 3, framework=small_framework())
    out = subprocess.run([sys.executable, "-c", START_UP_GC, str(home)], capture_output=True,
                         text=True, cwd=repo_root, env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    rc, enabled, frozen, style, standard = out.stdout.split()[-5:]
    assert (rc, enabled, style, standard) == ("0", "True", "fusion", "True")
    assert int(frozen) > 10_000  # modules, Qt types, the window: out of later collections


def test_a_failed_start_leaves_garbage_collection_on(repo_root, home, tmp_path) -> None:
    bad = tmp_path / "bad.zdxpanel"
    bad.write_bytes(b"nonsense")
    out = subprocess.run([sys.executable, "-c", START_UP_GC, str(home), str(bad)],
                         capture_output=True, text=True, cwd=repo_root, env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    rc, enabled = out.stdout.split()[-5:-3]
    assert (rc, enabled) == ("1", "True")


def test_smoke_with_the_demo_exits_zero(repo_root) -> None:
    out = subprocess.run([sys.executable, "-m", "zerodx_desktop", "--smoke", "--demo"],
                         capture_output=True, text=True, cwd=repo_root, env=_env(),
                         timeout=120)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip().splitlines()[-1]
    assert line.startswith("smoke ok: ")
    assert int(line.split()[2]) > 0
    assert out.stderr.strip() == ""  # Qt's messages go to the log, none reach the terminal


def test_smoke_on_an_empty_home_shows_the_welcome_page(repo_root, home) -> None:
    out = subprocess.run([sys.executable, "-m", "zerodx_desktop", "--smoke", "--home",
                          str(home)], capture_output=True, text=True, cwd=repo_root,
                         env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("smoke ok: 0 nominees (panel none)")
    assert (home / "logs" / "zerodx.log").is_file()


def test_smoke_opens_a_package_given_on_the_command_line(repo_root, home, package) -> None:
    out = subprocess.run([sys.executable, "-m", "zerodx_desktop", "--smoke", "--home",
                          str(home), str(package)], capture_output=True, text=True,
                         cwd=repo_root, env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    assert "smoke ok: 2 nominees" in out.stdout


def test_a_bad_package_on_the_command_line_exits_1_with_a_message(repo_root, home,
                                                                  tmp_path) -> None:
    bad = tmp_path / "bad.zdxpanel"
    bad.write_bytes(b"nonsense")
    out = subprocess.run([sys.executable, "-m", "zerodx_desktop", "--smoke", "--home",
                          str(home), str(bad)], capture_output=True, text=True,
                         cwd=repo_root, env=_env(), timeout=120)
    assert out.returncode == 1
    assert out.stderr.startswith("zerodx-desktop: ")
    assert "Traceback" not in out.stderr


LONG_SESSION = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
{disable}
from tests.gui.workspace_fixtures import import_into, small_framework
home = Path({home!r})
import_into(home, 3, framework=small_framework())
from zerodx_desktop.ui.app import create_app
app = create_app()
from zerodx_desktop.ui.main_window import MainWindow
window = MainWindow(home)
window.show()
ws = window.workspace
for i in range(40):  # real edits and switches...
    ws.select_nominee(ws.session.nominees[i % 3].id)
    ws.scoring.score(2 + i % 3)
for i in range(30000):  # ...and as many signals as a long day of scoring emits
    ws.message.emit("note")
app.processEvents()
window.close()
print("long session ok")
"""


def _long_session(repo_root: Path, home: Path, *, guard: bool):  # type: ignore[no-untyped-def]
    disable = "" if guard else "sys._zerodx_singleton_guard = True  # as if already applied"
    code = LONG_SESSION.format(root=str(repo_root), home=str(home), disable=disable)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=repo_root, env=_env(), timeout=300)


def test_a_long_session_does_not_abort_the_interpreter(repo_root, home) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to True per Signal.emit();
    ui.qt_guard.protect_singletons() keeps a long session alive."""
    out = _long_session(repo_root, home, guard=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "long session ok" in out.stdout
    if sys.version_info < (3, 12):
        import PySide6

        if PySide6.__version__ == "6.12.0":  # the guard is what keeps it alive here
            unguarded = _long_session(repo_root, home.parent / "other", guard=False)
            assert unguarded.returncode != 0
            assert "bool_dealloc" in unguarded.stderr


def test_print_my_scorecard_writes_the_judges_scores_and_shows_it(qtbot, home, tmp_path,
                                                                  monkeypatch) -> None:
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui import main_window as mw
    from zerodx_desktop.ui import pdf_preview_dialog

    prepare_demo_home(home)
    window = make_window(qtbot, home)
    assert window.scorecard_action.isEnabled()
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(mw, "_ask_save_pdf", lambda *_a: out)
    shown: list[Path] = []
    monkeypatch.setattr(pdf_preview_dialog, "show_pdf",
                        lambda _parent, path: shown.append(path))
    window.scorecard_action.trigger()
    qtbot.waitUntil(lambda: shown == [out], timeout=20000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    first = window.workspace.session.nominees[0]
    assert "Demo Judge" in text
    assert first.name.split(" ")[0] in text
    window.close()


def test_export_without_an_identity_asks_to_create_one_first(qtbot, home, package,
                                                             monkeypatch) -> None:
    from zerodx_desktop.ui import identity_dialog

    window = make_window(qtbot, home)
    window.open_package(package)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    asked: list[Path] = []

    def cancel(h, _parent):
        asked.append(h)
        return None

    monkeypatch.setattr(identity_dialog, "ensure_identity", cancel)
    window.export_action.setEnabled(True)
    window.export_sheet()
    assert asked == [home]  # asked for an identity, and cancelling stops the export
    window.close()


def test_the_store_is_backed_up_periodically(qtbot, home) -> None:
    window = make_window(qtbot, home)
    assert window._backup_timer.isActive()
    window.backup_store()
    backups = sorted((home / "backups").glob("store-*.sqlite"))
    assert len(backups) == 1
    window.backup_store()  # not due again within the interval
    assert sorted((home / "backups").glob("store-*.sqlite")) == backups
    import sqlite3

    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    window.close()


def test_a_judge_card_opened_in_the_app_shows_who_it_is(qtbot, home, tmp_path, boxes) -> None:
    from zerodx_desktop.formats.signing import Identity, write_judge_card

    ident = Identity.generate("Noor Judge", "noor@example.org")
    card = tmp_path / "noor.zdxjudge"
    write_judge_card(ident.public, card)
    window = make_window(qtbot, home)
    window.show_judge_card(card)
    assert any("Noor Judge" in text and ident.fingerprint in text for text in boxes)
    broken = tmp_path / "broken.zdxjudge"
    broken.write_text("not json")
    window.show_judge_card(broken)
    assert any("not a judge card" in text for text in boxes)
    window.close()
