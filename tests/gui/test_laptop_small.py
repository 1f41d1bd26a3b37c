"""The small things a new user meets: the export dialog's focus and its result page, the
identity dialog's one error, the Preferences dialog, and the side tabs in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from zerodx_desktop.services.demo import DEMO_PASSPHRASE, prepare_demo_home
from zerodx_desktop.ui import export_dialog, i18n
from zerodx_desktop.ui.export_dialog import ExportDialog
from zerodx_desktop.ui.identity_dialog import IdentityDialog
from zerodx_desktop.ui.preferences_dialog import PreferencesDialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_export_dialog_starts_in_the_passphrase_and_ends_on_a_filled_page(
        qtbot, home: Path, tmp_path: Path, monkeypatch) -> None:
    prepare_demo_home(home)
    dlg = ExportDialog(home, directory=tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.passphrase_edit, timeout=2000)
    out = tmp_path / "sheet.xlsx"
    monkeypatch.setattr(export_dialog, "_ask_save_path", lambda *_a: str(out))
    dlg.passphrase_edit.setText(DEMO_PASSPHRASE)
    qtbot.keyClick(dlg.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=15000)
    QApplication.processEvents()
    page = dlg.stack.currentWidget()
    # the result in the middle of the page under a large mark, not four lines atop a blank
    shown = [w.geometry() for w in page.findChildren(QLabel) if w.isVisible()]
    top, bottom = min(r.top() for r in shown), max(r.bottom() for r in shown)
    assert top > page.height() * 0.1 and bottom > page.height() * 0.5, (top, bottom)
    assert dlg.done_mark.isVisible() and dlg.path_edit.text() == str(out)
    dlg.close()


def test_the_identity_dialog_says_too_short_once(qtbot, home: Path) -> None:
    dlg = IdentityDialog(home)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_edit.setText("Ada")
    dlg.email_edit.setText("ada@example.org")
    dlg.pass_fields.passphrase_edit.setText("short")
    dlg.pass_fields.confirm_edit.setText("short")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    said = [w.text() for w in dlg.findChildren(QLabel) if w.isVisible() and w.text()]
    assert sum("8 characters" in t for t in said) == 1, said
    dlg.pass_fields.passphrase_edit.setText("shorter")  # typing brings the hint back
    assert dlg.pass_fields.strength_label.text()
    dlg.close()


def test_preferences_offers_the_pseudo_language_only_to_developers(
        qtbot, home: Path, monkeypatch) -> None:
    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv("ZERODX_DEV", raising=False)
    monkeypatch.delenv("ZERODX_PSEUDO", raising=False)
    dlg = PreferencesDialog(settings)
    qtbot.addWidget(dlg)
    values = [dlg.language_combo.itemData(i) for i in range(dlg.language_combo.count())]
    assert i18n.PSEUDO not in values and i18n.CHINESE in values
    # the note on one line: no lone "口。" (the dialog is as wide as the sentence)
    dlg.show()
    assert dlg.note.height() < 2 * dlg.note.fontMetrics().lineSpacing()
    monkeypatch.setenv("ZERODX_DEV", "1")
    dev = PreferencesDialog(settings)
    qtbot.addWidget(dev)
    assert dev.language_combo.findData(i18n.PSEUDO) >= 0


def test_side_tabs_stack_chinese_upright(qtbot) -> None:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from zerodx_desktop.ui.role_tabs import RoleTabBar, is_cjk

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.setTabBar(RoleTabBar(tabs))
    tabs.setTabPosition(QTabWidget.TabPosition.West)
    tabs.addTab(QWidget(), "评审工作区")
    tabs.addTab(QWidget(), "Merge")
    tabs.show()
    bar = tabs.tabBar()
    fm = bar.fontMetrics()
    zh, en = bar.tabSizeHint(0), bar.tabSizeHint(1)
    assert zh.height() >= 5 * fm.height()  # five characters, one under another
    assert zh.width() < 2 * fm.horizontalAdvance("评") + 3 * RoleTabBar.PAD
    assert en.height() >= fm.horizontalAdvance("Merge")  # Latin: rotated as before
    assert is_cjk("评审") and not is_cjk("Merge")
    assert not tabs.grab().isNull()  # painted without error
