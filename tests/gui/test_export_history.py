"""The export dialog's "Include my edit history": unticked by default (the sheet carries the
audit chain's head and counts), ticked it writes every audit entry; both verify."""

from __future__ import annotations

from pathlib import Path

import pytest

from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.services.demo import DEMO_PASSPHRASE, prepare_demo_home
from zerodx_desktop.services.panels import open_store
from zerodx_desktop.ui import export_dialog
from zerodx_desktop.ui.export_dialog import ExportDialog

WAIT = 15000


@pytest.fixture
def demo_home(home: Path) -> Path:
    prepare_demo_home(home)
    return home


def _export(qtbot, monkeypatch, home: Path, out: Path, *, tick: bool | None) -> ExportDialog:
    dlg = ExportDialog(home, directory=out.parent)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.history_check.isVisible() and not dlg.history_check.isChecked()
    assert dlg.history_check.accessibleName() == "Include my edit history"
    if tick:
        dlg.history_check.setChecked(True)
    dlg.passphrase_edit.setText(DEMO_PASSPHRASE)
    monkeypatch.setattr(export_dialog, "_ask_save_path", lambda *_a: str(out))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=WAIT)
    return dlg


def _audit_sheet(path: Path) -> list[tuple]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb["Audit"].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_export_keeps_the_history_private_unless_ticked(qtbot, monkeypatch, demo_home,
                                                        tmp_path) -> None:
    with open_store(demo_home) as store:
        panel_id = store.current_panel_id()
        panel = store.panel(panel_id)
        history = store.audit_log(panel_id)
    comments = [e["new"] for e in history if e["action"] == "comment_set" and e["new"]]
    assert comments  # the demo judge wrote comments: the history holds them

    summary_path = tmp_path / "summary.xlsx"
    dlg = _export(qtbot, monkeypatch, demo_home, summary_path, tick=None)
    dlg.close()
    rows = _audit_sheet(summary_path)
    assert rows[0] == ("Audit", "Value")
    keys = [r[0] for r in rows[1:]]
    assert keys[:5] == ["Audit chain head", "Chain length (events)", "Events for this panel",
                        "First event", "Last event"]
    assert dict(r[:2] for r in rows[1:])["Events for this panel"] == len(history)
    assert not any("comment_set" in str(c) for r in rows for c in r)
    assert verify_score_sheet(summary_path, panel).status is Status.VALID

    full_path = tmp_path / "full.xlsx"
    dlg = _export(qtbot, monkeypatch, demo_home, full_path, tick=True)
    dlg.close()
    rows = _audit_sheet(full_path)
    assert "action" in rows[0]
    assert sum(1 for r in rows if "comment_set" in r) == len(
        [e for e in history if e["action"] == "comment_set"])
    assert verify_score_sheet(full_path, panel).status is Status.VALID
