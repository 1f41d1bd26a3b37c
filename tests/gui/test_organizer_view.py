"""The organizer view: build a signed panel package from the form, print a report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zerodx_desktop.core.result import JudgeRow, PanelResult, RankingRow
from zerodx_desktop.formats.signing import Identity, write_judge_card
from zerodx_desktop.ui import organizer_view, passphrase_dialog
from zerodx_desktop.ui.organizer_view import preview_nominees

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


# the nominee folders, judge cards and view are shared (tests/gui/organizer_fixtures.py,
# fixtures in tests/gui/conftest.py); the old names stay importable here
from tests.gui.organizer_fixtures import load_nominees as _load_nominees  # noqa: E402
from tests.gui.organizer_fixtures import write_nominee as write_nominee  # noqa: E402


@pytest.fixture
def view(organizer_view_widget):
    return organizer_view_widget


def test_sample_framework_is_loaded_with_a_preview(view) -> None:
    assert view.framework is not None and view.framework.sample
    assert "SAMPLE" in view.framework_label.text()
    tree = view.framework_tree
    # every domain, then the scale with one child per level
    assert tree.topLevelItemCount() == len(view.framework.domains) + 1
    scale = tree.topLevelItem(tree.topLevelItemCount() - 1)
    lo, hi = view.framework.scale.min, view.framework.scale.max
    assert scale.childCount() == hi - lo + 1
    assert scale.child(0).text(0).startswith(f"{lo} — ")
    first = tree.topLevelItem(0)
    assert first.text(2) == view.framework.domains[0].id


def test_bad_framework_shows_the_field(view, tmp_path: Path) -> None:
    doc = json.loads(organizer_view.sample_framework_path().read_text(encoding="utf-8"))
    doc["domains"][0]["weight"] = -1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert not view.load_framework(bad)
    assert view.framework is None
    text = view.framework_error.text()
    assert view.framework_error.isVisibleTo(view)
    assert "domains[0].weight" in text and "bad.json" in text
    assert "Choose a valid framework (or use the sample)." in view.problems()
    view.sample_framework_button.click()
    assert view.framework is not None and view.framework_error.isHidden()


def test_nominee_preview_reports_missing_and_duplicate(tmp_path: Path) -> None:
    root = tmp_path / "n"
    write_nominee(root, "ok", {"id": "x", "name": "X", "attachments": [{"file": "a.png"}]},
                  {"a.png": b"png"})
    write_nominee(root, "missing", {"id": "y", "name": "Y",
                                    "attachments": [{"file": "gone.pdf"}]})
    write_nominee(root, "twin", {"id": "x", "name": "X again"})
    (root / "nojson").mkdir()
    got = {p.folder: p for p in preview_nominees(root)}
    assert got["ok"].ok and got["ok"].attachments == 1 and got["ok"].size == 3
    assert "gone.pdf" in got["missing"].problem and "missing" in got["missing"].problem
    assert "also used by 'ok'" in got["twin"].problem
    assert "nominee.json" in got["nojson"].problem


def test_nominee_warnings_block_the_build(qtbot, view, tmp_path: Path) -> None:
    root = tmp_path / "n"
    write_nominee(root, "missing", {"id": "y", "name": "Y",
                                    "attachments": [{"file": "gone.pdf"}]})
    write_nominee(root, "fine", {"id": "z", "name": "Zed"})
    _load_nominees(qtbot, view, root)
    assert view.nominees_table.rowCount() == 2
    rows = {view.nominees_table.item(r, 0).text(): r for r in range(2)}
    assert "gone.pdf" in view.nominees_table.item(rows["missing"], 4).text()
    assert view.nominees_table.item(rows["fine"], 4).text() == ""
    assert view.nominees_warning.isVisibleTo(view)
    assert "Fix the nominee folders with problems." in view.problems()
    assert view.conflict_nominee_combo.count() == 1  # only usable nominees


def test_build_signed_package_from_the_form(qtbot, view, home, nominees, cards, tmp_path,
                                            monkeypatch) -> None:
    from zerodx_desktop.formats.package import read_panel_package

    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    organizer.save(home, "org-pass", rounds=1)
    view._refresh_identity()
    assert organizer.fingerprint in view.identity_label.text()

    view.title_edit.setText("  ZeroDX Awards   2026 ")
    view.round_spin.setValue(2)
    view.method_combo.setCurrentIndex(view.method_combo.findData("median"))
    monkeypatch.setattr(organizer_view, "_ask_directory", lambda *_a: nominees)
    with qtbot.waitSignal(view.nomineesLoaded, timeout=15000):
        view.choose_nominees_button.click()
    assert [view.nominees_table.item(r, 2).text() for r in range(2)] == ["Alpha Co.",
                                                                           "海湾 Beta"]
    assert view.nominees_table.item(0, 3).text().startswith("1 (")

    monkeypatch.setattr(organizer_view, "_ask_open_files", lambda *_a: [*cards, cards[0]])
    view.add_judges_button.click()
    assert view.judges_table.rowCount() == 2
    assert "already on the roster" in view.test_warnings[-1]
    judge_a = view.judges[0]
    assert view.judges_table.item(0, 2).text() == judge_a.fingerprint

    view.conflict_judge_combo.setCurrentIndex(0)
    view.conflict_nominee_combo.setCurrentIndex(view.conflict_nominee_combo.findData("n-2"))
    view.conflict_reason_edit.setText("former employee")
    view.add_conflict_button.click()
    assert not view.add_conflict(judge_a.fingerprint, "n-2")  # no duplicates
    view.add_conflict(view.judges[1].fingerprint, "n-1", "to be removed")
    view.conflicts_table.selectRow(1)
    view.remove_conflict_button.click()
    assert view.conflicts_table.rowCount() == 1
    assert view.conflicts_table.item(0, 2).text() == "former employee"
    assert view.problems() == []
    chair = Identity.generate("Chris Chair", "chris@example.org")
    write_judge_card(chair.public, tmp_path / "chair.zdxjudge")
    assert view.add_chair_cards([tmp_path / "chair.zdxjudge"]) == 1
    assert "Chris Chair" in view.chairs_label.text()

    out = tmp_path / "out" / "panel"
    out.parent.mkdir()
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    tries: list[str] = []

    def answer(_parent, _prompt, *, error=""):
        tries.append(error)
        return "org-pass"

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", answer)
    with qtbot.waitSignal(view.packageBuilt, timeout=15000):
        view.build_button.click()
    written = tmp_path / "out" / "panel.zdxpanel"
    assert view.last_package == written
    pkg = read_panel_package(written)
    panel = pkg.panel
    assert (panel.title, panel.round, panel.method) == ("ZeroDX Awards 2026", 2, "median")
    assert [n.id for n in panel.nominees] == ["n-1", "n-2"]
    assert [j.fingerprint for j in panel.judges] == [v.fingerprint for v in view.judges]
    assert [(c.fingerprint, c.nominee_id, c.reason) for c in panel.conflicts] == [
        (judge_a.fingerprint, "n-2", "former employee")]
    assert pkg.signer is not None and pkg.signer.fingerprint == organizer.fingerprint
    # the same stable id the command line gives (a later round is the same panel)
    from zerodx_desktop.services.panels import default_panel_id
    from zerodx_desktop.services.trust import pinned

    assert panel.id == default_panel_id("ZeroDX Awards 2026", organizer.fingerprint)
    assert [c.fingerprint for c in panel.chairs] == [chair.fingerprint]
    assert panel.is_chair(chair.fingerprint) and panel.is_chair(organizer.fingerprint)
    # the organizer's home pins what it signed, with its chairs
    pin = pinned(home, panel.id)
    assert pin is not None and pin.fingerprint == organizer.fingerprint
    assert pin.may_sign_result(chair.fingerprint)
    assert panel.framework_hash == view.framework.hash
    assert str(written) in view.status_label.text()
    assert organizer.fingerprint in view.status_label.text()
    assert "2 nominees, 2 judges, 1 conflict," in view.status_label.text()  # not "1 conflicts"
    assert tries == [""]


def test_build_without_identity_says_what_is_missing(view, nominees, cards) -> None:
    view.title_edit.setText("Panel")
    view.add_judge_cards(cards)
    view.build_button.click()
    text = view.test_warnings[-1]
    assert "Choose the nominees folder." in text
    assert "Create an identity in this home" in text
    assert "Give the panel a title." not in text


def test_removing_a_judge_drops_their_conflicts(qtbot, view, nominees, cards) -> None:
    _load_nominees(qtbot, view, nominees)
    view.add_judge_cards(cards)
    view.add_conflict(view.judges[0].fingerprint, "n-1", "x")
    view.judges_table.selectRow(0)
    view.remove_judge_button.click()
    assert len(view.judges) == 1 and view.conflicts == []
    assert view.conflict_judge_combo.count() == 1


def test_bad_judge_card_is_reported(view, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zdxjudge"
    bad.write_text("{not json", encoding="utf-8")
    assert view.add_judge_cards([bad]) == 0
    assert "not a judge card" in view.test_warnings[-1]


def _report_result() -> PanelResult:
    rows = [RankingRow(1, False, "n-1", "Alpha Co.", 81.25, 2, 6.25, 75.0, 87.5,
                       {"d": 81.25}),
            RankingRow(2, False, "n-2", "海湾 Beta", 50.0, 2, 0.0, 50.0, 50.0, {"d": 50.0})]
    return PanelResult(
        panel_id="p-1", panel_title="Report panel", round=1, framework_id="fw",
        framework_version="1", framework_hash="sha256:00", method="mean", ranking=rows,
        by_method={"mean": rows},
        judges=[JudgeRow("Judge A", "SHA256:a", "valid", "a.xlsx", "aa"),
                JudgeRow("Judge B", "SHA256:b", "valid", "b.xlsx", "bb")],
        judge_totals={"SHA256:a": {"n-1": 87.5, "n-2": 50.0},
                      "SHA256:b": {"n-1": 75.0, "n-2": 50.0}},
        domains=[("d", "Domain")], generated_at="2026-11-28T10:00:00Z")


def _pdf_pages(path: Path) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_print_report_from_a_result_workbook(qtbot, view, home, tmp_path, monkeypatch) -> None:
    """A result signed by the organizer of a panel this home pinned prints as final."""
    from zerodx_desktop.core.panel import JudgeEntry, Panel
    from zerodx_desktop.formats.result_workbook import write_result_workbook
    from zerodx_desktop.services.trust import remember
    from zerodx_desktop.ui import pdf_preview_dialog

    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    org = JudgeEntry(organizer.name, organizer.email, organizer.public_key,
                     organizer.fingerprint)
    remember(home, Panel(id="p-1", title="Report panel", round=1, method="mean",
                         framework={}, organizer=org), organizer.public)
    src = tmp_path / "RESULT.xlsx"
    write_result_workbook(src, _report_result(), organizer)
    out = tmp_path / "REPORT.pdf"
    monkeypatch.setattr(organizer_view, "_ask_open_file", lambda *_a: src)
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.reportWritten, timeout=15000):
        view.print_report_button.click()
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert not view.last_report_draft
    assert not any("DRAFT" in p for p in _pdf_pages(out))
    assert isinstance(view.preview, pdf_preview_dialog.PdfPreviewDialog)
    assert view.preview.document.pageCount() >= 2
    view.preview.close()


@pytest.mark.parametrize("signer", ["unsigned", "foreign"])
def test_print_report_refuses_a_result_no_chair_signed(qtbot, view, tmp_path, monkeypatch,
                                                      signer) -> None:
    from zerodx_desktop.formats.result_workbook import write_result_workbook

    src = tmp_path / "RESULT.xlsx"
    someone = Identity.generate("Mallory", "m@example.org") if signer == "foreign" else None
    write_result_workbook(src, _report_result(), someone)
    out = tmp_path / "REPORT.pdf"
    monkeypatch.setattr(organizer_view, "_ask_open_file", lambda *_a: src)
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    view.print_report_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert not out.exists()
    status = "unsigned" if signer == "unsigned" else "unknown_signer"
    assert status in view.test_warnings[-1] and "draft" in view.test_warnings[-1].lower()
    # asked for, a draft prints, every page marked
    view.report_draft_check.setChecked(True)
    with qtbot.waitSignal(view.reportWritten, timeout=15000):
        view.print_report_button.click()
    assert view.last_report_draft
    pages = _pdf_pages(out)
    assert pages and all("DRAFT — NOT VERIFIED" in p for p in pages)
    view.preview.close()


def test_print_report_rejects_a_non_workbook(qtbot, view, tmp_path, monkeypatch) -> None:
    src = tmp_path / "RESULT.xlsx"
    src.write_bytes(b"nope")
    monkeypatch.setattr(organizer_view, "_ask_open_file", lambda *_a: src)
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: tmp_path / "r.pdf")
    view.print_report_button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)
    assert view.test_warnings and not (tmp_path / "r.pdf").exists()
    assert "Print the report" in view.status_label.text()


def test_passphrase_dialog_ok_needs_text(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dlg = passphrase_dialog.PassphraseDialog("Unlock", error="wrong passphrase")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dlg.error_label.text() == "wrong passphrase"
    qtbot.keyClicks(dlg.edit, "secret")
    assert ok.isEnabled() and dlg.passphrase() == "secret"
    assert dlg.edit.echoMode() == dlg.edit.EchoMode.Password
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    dlg.close()


def test_framework_spreadsheet_round_trip_and_cell_errors(view, tmp_path: Path,
                                                          monkeypatch) -> None:
    import openpyxl

    assert view.framework is not None and view.framework.sample
    sample_hash = view.framework.hash
    out = tmp_path / "fw.xlsx"
    monkeypatch.setattr(organizer_view, "_ask_save_file", lambda *_a: out)
    view.save_template_button.click()
    assert out.is_file()
    assert view.load_framework(out)
    assert view.framework.hash == sample_hash
    assert not view.framework_error.isVisible()

    wb = openpyxl.load_workbook(out)
    ws = wb["Criteria"]
    header = [c.value for c in ws[1]]
    col = header.index("weight") + 1
    ws.cell(3, col).value = 0
    wb.save(out)
    assert not view.load_framework(out)
    cell = f"Criteria!{openpyxl.utils.get_column_letter(col)}3"
    assert view.framework_error.isVisible()
    assert f"Cell: {cell}" in view.framework_error.text()
    assert view.framework is None


def test_a_namesake_with_another_key_is_added_with_a_warning_and_told_apart(
        qtbot, view, nominees, cards, tmp_path: Path) -> None:
    from zerodx_desktop.ui.organizer_view import short_fingerprint

    assert view.add_judge_cards(cards) == 2
    assert view.test_warnings == []
    first = view.judges[0]
    again = Identity.generate(first.name, first.email)  # same name and e-mail, new key
    path = tmp_path / "judge-A-new.zdxjudge"
    write_judge_card(again.public, path)
    assert view.add_judge_cards([path]) == 1  # the organizer decides; not refused
    warning = view.test_warnings[-1]
    assert "judge-A-new.zdxjudge" in warning
    assert again.fingerprint in warning and first.fingerprint in warning
    assert "same name" in view.status_label.text()
    # the conflict picker tells the two apart by their keys
    labels = [view.conflict_judge_combo.itemText(i)
              for i in range(view.conflict_judge_combo.count())]
    assert labels[0] == f"{first.name} ({short_fingerprint(first.fingerprint)})"
    assert labels[2] == f"{first.name} ({short_fingerprint(again.fingerprint)})"
    assert labels[0] != labels[2]
    assert short_fingerprint(first.fingerprint).startswith("SHA256:")
    assert short_fingerprint(first.fingerprint).endswith("\u2026")
    tip = view.conflict_judge_combo.itemData(2, Qt.ItemDataRole.ToolTipRole)
    assert again.fingerprint in tip
    _load_nominees(qtbot, view, nominees)
    view.add_conflict(again.fingerprint, "n-1", "x")
    assert view.conflicts_table.item(0, 0).text() == labels[2]


def test_build_button_stays_in_view_and_the_preview_shows_its_rows(
        qtbot, view, tmp_path: Path) -> None:
    from zerodx_desktop.ui.organizer_view import NOMINEE_ROWS

    root = tmp_path / "many"
    for i in range(NOMINEE_ROWS):
        write_nominee(root, f"{i:02d}", {"id": f"n-{i}", "name": f"Nominee {i}"})
    view.resize(1320, 790)  # the Organizer tab's room in a 1400x900 window
    _load_nominees(qtbot, view, root)
    qtbot.waitUntil(lambda: view.nominees_table.rowCount() == NOMINEE_ROWS)
    assert view.nominees_table.verticalScrollBar().maximum() == 0  # every row in view
    assert view.form_scroll.verticalScrollBar().maximum() > 0  # the form scrolls...
    view.form_scroll.verticalScrollBar().setValue(0)
    button = view.build_button
    assert button.isVisible() and not button.visibleRegion().isEmpty()  # ...the button not
    assert not view.form_scroll.isAncestorOf(button)
    top_left = button.mapTo(view, button.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + button.height() <= view.height()


def test_a_very_long_name_does_not_push_the_other_columns_away(qtbot, view, tmp_path) -> None:
    root = tmp_path / "long"
    name = ("Cooperative " * 25).strip()  # ~300 characters
    write_nominee(root, "long", {"id": "n-long", "name": name})
    _load_nominees(qtbot, view, root)
    t = view.nominees_table
    header = t.horizontalHeader()
    # the name takes the room the empty notes column does not need, and no more
    assert header.sectionViewportPosition(4) + t.fontMetrics().horizontalAdvance("MM") \
        <= t.viewport().width()
    assert t.item(0, 2).toolTip() == name  # the whole name where the column elides it
    attachments_x = header.sectionViewportPosition(3)
    assert 0 < attachments_x < t.viewport().width()  # the columns after it are in view


def test_the_official_method_list_names_methods_and_keeps_their_ids(view) -> None:
    combo = view.method_combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert ("Mean", "mean") in items and ("Schulze", "schulze") in items
    assert all(text != data for text, data in items)  # a name, not the raw id
