"""The Meeting tab of the merge view: the discussion list, the chair's notes, and a decision
made in the app that changes the report's winner and prints the rationale."""

from __future__ import annotations

import subprocess

import pytest

from tests.gui.merge_fixtures import merged_view as _merged_view


@pytest.fixture(scope="module")
def pile(merge_pile):
    return merge_pile


@pytest.fixture
def view(merge_view):
    return merge_view


def test_the_discussion_list_is_ordered_by_disagreement(qtbot, view, pile):
    _merged_view(qtbot, view, pile)
    panel = view.meeting_panel
    spreads = [it.spread for it in panel._items]
    assert len(spreads) == 3 and spreads == sorted(spreads, reverse=True)
    assert panel.discussion_list.count() == 3
    panel.discussion_list.setCurrentRow(0)
    first = panel._items[0]
    assert first.row.nominee in panel.item_label.text()
    assert panel.spread_table.rowCount() == len(first.criteria)
    # the default is the ranking's first place, which needs no rationale
    assert panel.nominee_combo.currentData() == view.result.ranking[0].nominee_id
    assert panel.decide_button.isEnabled()


def test_a_decision_in_the_app_changes_the_reports_winner(
        qtbot, view, pile, home, tmp_path, monkeypatch):
    from zerodx_desktop.formats.result_verify import read_result_workbook
    from zerodx_desktop.ui import merge_view, passphrase_dialog

    pile["chair"].save(home, "chair-pass", rounds=1)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: "chair-pass")
    _merged_view(qtbot, view, pile)
    view.tabs.setCurrentWidget(view.meeting_panel)
    panel = view.meeting_panel
    ranking = view.result.ranking
    first, other = ranking[0], ranking[1]
    panel.choose(other.nominee_id)
    assert not panel.decide_button.isEnabled()  # another nominee: a rationale first
    panel.rationale_edit.setText("Deeper community impact")
    assert panel.decide_button.isEnabled()
    panel.decide_button.click()
    assert "Deeper community impact" in panel.decision_label.text()
    panel.set_note(first.nominee_id, "Strong, but narrow evidence")

    out = tmp_path / "result.xlsx"
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: out)
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    back = read_result_workbook(out)
    assert [(d.nominee_id, d.rationale, d.overrides_ranking) for d in back.decisions] == [
        (other.nominee_id, "Deeper community impact", True)]
    assert [(n.nominee_id, n.text) for n in back.notes] == [
        (first.nominee_id, "Strong, but narrow evidence")]

    # the organizer's certificate wording; a bad template is refused and changes nothing
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zerodx-certificate/1", "layout": "baroque"}', encoding="utf-8")
    assert not view.set_certificate_template(bad)
    assert view.certificate_template is None and "baroque" in view.test_warnings[-1]
    good = tmp_path / "certificate.json"
    good.write_text('{"format": "zerodx-certificate/1", "title": "Jury Prize"}',
                    encoding="utf-8")
    assert view.set_certificate_template(good)
    assert view.template_button.text() == "certificate.json"
    pdf = tmp_path / "report.pdf"
    view.certificates_spin.setValue(1)
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: pdf)
    monkeypatch.setattr(merge_view, "_show_pdf", lambda *_a: None)
    with qtbot.waitSignal(view.exportFinished, timeout=30000):
        view.export_pdf_button.click()
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert (f"{other.nominee} (decided by the panel, overriding the ranking) Rationale: "
            "Deeper community impact") in text
    assert "Strong, but narrow evidence" in text
    assert "CERTIFICATE OF EXCELLENCE" not in text
    # certificates go to a file of their own beside the report, as with `zerodx report`
    assert "Jury Prize" not in text
    assert "report-certificates.pdf" in view.status_label.text()
    cert_text = " ".join(subprocess.run(
        ["pdftotext", str(tmp_path / "report-certificates.pdf"), "-"], capture_output=True,
        text=True, check=True).stdout.split())
    cert = cert_text.split("Jury Prize", 1)[1]
    assert other.nominee in cert and first.nominee not in cert


def test_a_bad_decision_is_not_recorded(qtbot, view, pile):
    _merged_view(qtbot, view, pile)
    panel = view.meeting_panel
    panel.choose(view.result.ranking[2].nominee_id)
    panel.rationale_edit.setText("x" * 2001)
    panel.decide_button.click()
    assert view.result.decisions == []
    assert "longer than" in panel.decision_label.text()


def test_feedback_letters_from_the_app_leave_out_an_unticked_comment(
        qtbot, view, pile, home, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from zerodx_desktop.ui import merge_view, passphrase_dialog

    pile["chair"].save(home, "chair-pass", rounds=1)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: "chair-pass")
    _merged_view(qtbot, view, pile)
    panel = view.meeting_panel
    row = next(i for i, it in enumerate(panel._items) if it.comments)
    panel.discussion_list.setCurrentRow(row)
    item = panel.comments_view.item(0)
    assert "Clear evidence." in item.text()
    item.setCheckState(Qt.CheckState.Unchecked)
    key = panel._items[row].comments[0][0]
    assert panel.excluded_comments() == [key]
    assert not view.letters_button.isEnabled()  # not before a signed, valid result is saved
    monkeypatch.setattr(merge_view, "_ask_save_file", lambda *_a: tmp_path / "result.xlsx")
    with qtbot.waitSignal(view.exportFinished, timeout=15000):
        view.export_workbook_button.click()
    assert view.letters_button.isEnabled()
    view.report_language_combo.setCurrentIndex(view.report_language_combo.findData("zh_CN"))
    monkeypatch.setattr(merge_view, "_ask_directory", lambda *_a: tmp_path / "letters")
    with qtbot.waitSignal(view.exportFinished, timeout=30000):
        view.letters_button.click()
    assert len(view.last_letters) == 3
    letter = tmp_path / "letters" / f"feedback-{key[0]}.pdf"
    text = subprocess.run(["pdftotext", str(letter), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "评审组反馈信" in text and "评委评语" in text  # printed in the chosen language
    # each of the three judges wrote it; the unticked one is left out
    total = sum(1 for _k, t in panel._items[row].comments if t == "Clear evidence.")
    assert total == 3 and text.count("Clear evidence.") == total - 1
    assert "Judge A" not in text and "Chris Chair" not in text


def test_the_meeting_tab_follows_the_language(qtbot, view, pile):
    import re

    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from zerodx_desktop.ui import i18n

    cjk = re.compile(r"[\u4e00-\u9fff]")
    _merged_view(qtbot, view, pile)
    panel = view.meeting_panel
    try:
        i18n.apply_language(i18n.CHINESE)
        QApplication.processEvents()
        QApplication.processEvents()
        texts = [w.text() for w in panel.findChildren(QLabel) if w.text()]
        texts += [b.text() for b in panel.findChildren(QPushButton)]
        texts.append(view.tabs.tabText(view.tabs.indexOf(panel)))
        texts.append(panel.rationale_edit.placeholderText())
        assert texts and all(cjk.search(t) for t in texts), texts
        assert "总体" in panel.decision_label.text()  # "Overall", and the award in Chinese
    finally:
        i18n.apply_language(i18n.ENGLISH)
        QApplication.processEvents()
    assert panel.decide_button.text() == "Record decision"
