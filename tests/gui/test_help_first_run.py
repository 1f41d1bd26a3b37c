"""First run (empty home -> identity -> demo), the built-in guide, the About dialog with its
licences, and tooltips on every button of the main views."""

from __future__ import annotations

import email.message
import importlib.metadata as md

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from tests.gui.workspace_fixtures import make_window, record_message_boxes
from zerodx_desktop import __version__
from zerodx_desktop.formats.nominee_dir import read_nominees_dir
from zerodx_desktop.formats.signing import has_identity, load_public_identity
from zerodx_desktop.services.demo import DEMO_ROUNDS, demo_nominees_dir, prepare_demo_home
from zerodx_desktop.ui import about_dialog, identity_dialog
from zerodx_desktop.ui.about_dialog import (
    FALLBACK_LICENCES,
    RUNTIME_DEPENDENCIES,
    AboutDialog,
    Component,
    copyleft,
    dependency_licences,
    font_licences,
    licence_from_metadata,
)
from zerodx_desktop.ui.help_view import PAGE_KEYS, HelpDialog, page_html, show_help

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

WAIT = 20000


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    return record_message_boxes(monkeypatch)


# ---- first run -------------------------------------------------------------------------------

@pytest.mark.slow
def test_first_run_from_an_empty_home_to_the_demo_panel(qtbot, home, monkeypatch) -> None:
    window = make_window(qtbot, home)
    welcome = window.welcome
    assert window.judge_stack.currentWidget() is welcome
    assert welcome.isVisible()
    # the three roles, where the data is, and that nothing goes online
    roles = welcome.roles_label.text()
    for word in ("Judge", "Chair", "Organizer"):
        assert word in roles
    assert str(home) in welcome.home_label.text()
    assert "network" in welcome.privacy_label.text()
    assert welcome.identity_button.isVisible()
    assert not welcome.identity_label.isVisible()
    for label in (welcome.roles_label, welcome.home_label, welcome.privacy_label):
        # every wrapped line is shown (an aligned layout item would cut them off)
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()

    created: list[QDialog] = []

    def drive(dlg: identity_dialog.IdentityDialog) -> int:
        created.append(dlg)
        dlg.rounds = DEMO_ROUNDS  # the real dialog, with throw-away KDF rounds
        dlg.show()
        dlg.name_edit.setText("Grace Hopper")
        dlg.email_edit.setText("grace@example.org")
        dlg.pass_fields.passphrase_edit.setText("correct horse battery")
        dlg.pass_fields.confirm_edit.setText("correct horse battery")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.public is not None, timeout=WAIT)  # the background op
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # "Close"
        return dlg.result()

    monkeypatch.setattr(identity_dialog, "_exec", drive)
    qtbot.mouseClick(welcome.identity_button, Qt.MouseButton.LeftButton)
    assert created and created[0].result() == QDialog.DialogCode.Accepted
    assert has_identity(home)
    public = load_public_identity(home)
    assert public.name == "Grace Hopper"
    assert welcome.identity_label.isVisible()
    assert not welcome.identity_button.isVisible()
    assert welcome.identity_label.text() == f"Identity: Grace Hopper ({public.fingerprint})"

    # the home has an identity but no panel yet: the demo opens right here, the key stays
    asked: list[str] = []

    def yes(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT)
    assert asked == []
    assert window._other_windows == []
    expected = [n.name for n in read_nominees_dir(demo_nominees_dir())[0]]
    assert [n.name for n in window.workspace.session.nominees] == expected
    model = window.workspace.list_view.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(shown) == len(expected) and all(shown)
    assert window.judge_stack.currentWidget() is window.workspace
    assert load_public_identity(home) == public  # the demo kept this judge's key...
    panel = window.workspace.session.panel
    assert panel.judge_by_fingerprint(public.fingerprint) is not None  # ...on its roster
    window.close()


def test_welcome_shows_an_existing_identity_instead_of_the_button(qtbot, home) -> None:
    from zerodx_desktop.formats.signing import Identity

    ident = Identity.generate("Ada <Lovelace>", "ada@example.org")
    ident.save(home, "a passphrase", DEMO_ROUNDS)
    window = make_window(qtbot, home)
    assert not window.welcome.identity_button.isVisible()
    label = window.welcome.identity_label
    assert label.isVisible()
    assert label.textFormat() == Qt.TextFormat.PlainText  # a name is never markup
    assert label.text() == f"Identity: Ada <Lovelace> ({ident.fingerprint})"
    window.close()


def test_cancelling_the_identity_dialog_keeps_the_button(qtbot, home, monkeypatch) -> None:
    window = make_window(qtbot, home)
    monkeypatch.setattr(identity_dialog, "_exec",
                        lambda _d: int(QDialog.DialogCode.Rejected))
    qtbot.mouseClick(window.welcome.identity_button, Qt.MouseButton.LeftButton)
    assert not has_identity(home)
    assert window.welcome.identity_button.isVisible()
    window.close()


# ---- the guide -------------------------------------------------------------------------------

KEY_WORDS = {
    "judge": ["judge card", "Ctrl+D", "Ctrl+E", "passphrase", "saved the moment", "comment",
              "conflict"],
    "chair": ["valid", "tampered", "bad_signature", "unknown_judge", "wrong_panel",
              "wrong_framework", "superseded", "unreadable", "incomplete", "conflict_scored",
              "mean", "median", "trimmed", "zscore", "schulze", "tied", "Disagreements",
              "Krippendorff", "Kendall", "Export result workbook"],
    "organizer": ["nominee.json", "judge cards", "conflict", "spreadsheet template",
                  "Build signed package", "certificates"],
    "verify": ["zerodx verify SHEET.xlsx --panel PANEL.zdxpanel", "values", "Excel",
               "LibreOffice", "tampered", "Scores!G12", "Fingerprint"],
    "data": ["store.sqlite", "backups", "Nothing leaves this computer", "network"],
    "keys": ["F1", "Ctrl+E", "PageDown", "Ctrl+Shift+O", "Ctrl+D"],
}


@pytest.mark.parametrize("page", PAGE_KEYS)
def test_each_help_page_opens_by_name_and_says_what_it_must(qtbot, home, page) -> None:
    assert set(KEY_WORDS) == set(PAGE_KEYS)
    dialog = show_help(None, page, home=home)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.current_page() == page
    assert dialog.pages.currentItem().text() == dialog.pages.item(
        PAGE_KEYS.index(page)).text()
    text = dialog.browser.toPlainText()
    for word in KEY_WORDS[page]:
        assert word in text, (page, word)


def test_help_escapes_the_data_folder_and_follows_its_own_links_only(qtbot, tmp_path) -> None:
    odd = tmp_path / "<b>judge & co</b>"
    dialog = HelpDialog(home=odd, page="data")
    qtbot.addWidget(dialog)
    assert str(odd) in dialog.browser.toPlainText()  # shown literally, not as markup
    assert "&lt;b&gt;judge &amp; co&lt;/b&gt;" in page_html("data", odd)
    dialog.browser.anchorClicked.emit(QUrl("help:verify"))
    assert dialog.current_page() == "verify"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert dialog.current_page() == "verify"  # ignored: the app does not go online
    assert not dialog.browser.openExternalLinks()
    assert "help:verify" in page_html("judge")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_chair_guide_quotes_the_reliability_thresholds_of_core(qapp, lang,
                                                                  monkeypatch) -> None:
    import re

    from zerodx_desktop.core import reliability
    from zerodx_desktop.ui import help_view, i18n

    try:
        i18n.apply_language(lang)
        text = page_html("chair")
        good = f"{reliability.ALPHA_RELIABLE:.2f}"
        tentative = f"{reliability.ALPHA_TENTATIVE:.3f}"
        assert good in text and tentative in text
        assert not re.search(r"\{alpha_\w+\}", text)  # every placeholder filled
        if lang == "zh_CN":
            assert "一致性良好" in text  # the translated page, not the English source
        # the numbers come from the rules: other thresholds, other words on the page
        monkeypatch.setattr(help_view, "ALPHA_RELIABLE", 0.75)
        monkeypatch.setattr(help_view, "ALPHA_TENTATIVE", 0.625)
        moved = page_html("chair")
        assert "0.75" in moved and "0.625" in moved
        assert good not in moved and tentative not in moved
    finally:
        i18n.apply_language("en")


def test_f1_opens_the_judge_guide_and_the_help_menu_the_verify_page(qtbot, home) -> None:
    window = make_window(qtbot, home)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.current_page() == "judge"
    window.verify_help_action.trigger()
    assert window.help_dialog is dialog  # one guide, turned to the page
    assert dialog.current_page() == "verify"
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_actions = [a for a in menus["&Help"].actions() if not a.isSeparator()]
    assert help_actions == [window.help_action, window.verify_help_action,
                            window.about_action]
    dialog.close()
    window.close()


# ---- About -----------------------------------------------------------------------------------

def _table(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    t = dialog.table
    return {t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text())
            for r in range(t.rowCount())}


def test_about_shows_version_data_folder_and_a_licence_for_each_component(qtbot, home,
                                                                           monkeypatch) -> None:
    window = make_window(qtbot, home)
    seen: list[AboutDialog] = []

    def capture(dialog):
        seen.append(dialog)
        return 0

    monkeypatch.setattr(about_dialog, "_exec", capture)
    window.about_action.trigger()
    assert seen
    dialog = seen[0]
    assert dialog.version_label.text() == __version__
    assert dialog.folder_edit.text() == str(home)
    assert dialog.folder_edit.isReadOnly()
    assert dialog.open_folder_button.isEnabled()
    assert "Python" in dialog.versions_label.text() and "PySide6" in dialog.versions_label.text()
    rows = _table(dialog)
    for name, _purpose in RUNTIME_DEPENDENCIES:
        version, licence = rows[name]
        assert version and version != "?", name
        assert licence and licence != "unknown", name
    assert "LGPL" in rows["Qt"][1] and "LGPL" in rows["PySide6-Essentials"][1]
    assert rows["openpyxl"][1] == "MIT"
    assert "Apache-2.0" in rows["cryptography"][1]
    assert "Bitstream Vera" in rows["DejaVu Sans"][1]
    assert "Apache-2.0" in rows["WenQuanYi Micro Hei"][1]
    assert __version__ in dialog.details() and str(home) in dialog.details()
    window.close()


def test_no_bundled_runtime_component_is_gpl_only() -> None:
    """Distributing the bundle must not require GPL terms (krippendorff stays test-only)."""
    comps = dependency_licences() + font_licences()
    offenders = [(c.name, c.licence) for c in comps if copyleft(c)]
    assert offenders == []
    assert "krippendorff" not in {c.name for c in comps}
    assert copyleft(Component("krippendorff", "0.9", "GPL-3.0-or-later", "metadata"))
    assert not copyleft(Component("PySide6", "6", "LGPL-3.0-only OR GPL-3.0-only", "m"))


def test_licences_fall_back_to_the_table_without_metadata(monkeypatch) -> None:
    def missing(_name):
        raise md.PackageNotFoundError(_name)

    monkeypatch.setattr(md, "metadata", missing)
    monkeypatch.setattr(md, "requires", missing)
    comps = dependency_licences()
    assert [c.name for c in comps] == [n for n, _p in RUNTIME_DEPENDENCIES]
    for c in comps:
        assert c.licence == FALLBACK_LICENCES[c.name.lower()]
        assert c.source == "built-in table"


def _meta(**fields) -> email.message.Message:
    msg = email.message.Message()
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            msg[key.replace("_", "-")] = v
    return msg


def test_licence_from_metadata_prefers_the_expression_then_short_text_then_classifiers(
) -> None:
    assert licence_from_metadata(_meta(License_Expression="MIT", License="BSD")) == "MIT"
    assert licence_from_metadata(_meta(License="Apache-2.0")) == "Apache-2.0"
    long_text = "BSD license (see license.txt for details), Copyright (c) 2000-2024 someone"
    assert licence_from_metadata(_meta(
        License=long_text, Classifier=["License :: OSI Approved :: BSD License",
                                       "Programming Language :: Python"])) == "BSD License"
    assert licence_from_metadata(_meta(Classifier=["License :: OSI Approved"])) == ""
    assert licence_from_metadata(_meta()) == ""


def test_font_licences_are_read_from_the_shipped_files(tmp_path) -> None:
    comps = {c.name: c for c in font_licences()}
    assert comps["DejaVu Sans"].source == "LICENSE-DejaVu.txt"
    assert comps["WenQuanYi Micro Hei"].licence == "Apache-2.0 or GPL-3+ with Font exception"
    empty = {c.name: c for c in font_licences(tmp_path)}  # no files: the table says
    assert empty["WenQuanYi Micro Hei"].source == "built-in table"
    assert "Apache-2.0" in empty["WenQuanYi Micro Hei"].licence


# ---- tooltips --------------------------------------------------------------------------------

def _unexplained_buttons(root) -> list[str]:
    out = []
    for button in root.findChildren(QPushButton) + root.findChildren(QToolButton):
        if button.objectName().startswith("qt_") or isinstance(button.parent(), QLineEdit):
            continue  # Qt's own helpers (tool bar extension, a line edit's clear button)
        if not button.toolTip().strip() and not button.accessibleName().strip():
            out.append(f"{type(root).__name__}: {button.text() or button.objectName()!r}")
    return out


@pytest.mark.slow
def test_every_button_has_a_tooltip_or_an_accessible_name(qtbot, home) -> None:
    prepare_demo_home(home)
    window = make_window(qtbot, home)
    assert window.workspace is not None
    merge = window._ensure_role_page(1)
    organizer = window._ensure_role_page(2)
    offenders = (_unexplained_buttons(window.welcome) + _unexplained_buttons(window.toolbar)
                 + _unexplained_buttons(window.workspace) + _unexplained_buttons(merge)
                 + _unexplained_buttons(organizer))
    assert offenders == []
    window.close()
