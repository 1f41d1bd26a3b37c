"""The settings register: each key once, typed reads with defaults, and a versioned file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from zerodx_desktop.ui import i18n
from zerodx_desktop.ui import settings as opts

ROOT = Path(__file__).resolve().parents[2]


def ini(home: Path) -> QSettings:
    return QSettings(str(home / opts.SETTINGS_FILE), QSettings.Format.IniFormat)


def test_every_key_is_registered_once() -> None:
    assert set(opts.REGISTRY) >= {
        "ui/language", "window/geometry", "window/state", "window/role", "workspace/splitter",
        "workspace/nominee", "workspace/criterion", "paths/last_package_dir",
        "paths/last_export_dir"}
    with pytest.raises(ValueError, match="registered twice"):
        opts._Option("window/role", lambda: 0, opts._to_int, "again")
    assert opts.LANGUAGE.default() == i18n.SYSTEM
    assert i18n.LANGUAGE_KEY == opts.LANGUAGE.key


def test_no_literal_settings_key_outside_the_register() -> None:
    literal = re.compile(r"""\.(value|setValue)\(\s*["']""")
    found = [f"{p.relative_to(ROOT)}:{i}"
             for p in (ROOT / "zerodx_desktop" / "ui").rglob("*.py") if p.name != "settings.py"
             for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if literal.search(line)]
    assert found == []


def test_reads_are_typed_and_fall_back_to_the_default(home: Path) -> None:
    s = ini(home)
    assert opts.WINDOW_ROLE.get(s) == 0
    assert opts.WINDOW_GEOMETRY.get(s).isEmpty()
    assert opts.LAST_EXPORT_DIR.get(s) == str(Path.home())
    s.setValue("window/role", "not a number")
    s.setValue("window/geometry", "not a state")
    s.setValue("workspace/nominee", 42)
    s.setValue("paths/last_export_dir", "")
    s.sync()
    s = ini(home)  # as read back from the file
    assert opts.WINDOW_ROLE.get(s) == 0
    assert opts.WINDOW_GEOMETRY.get(s).isEmpty()
    assert opts.LAST_EXPORT_DIR.get(s) == str(Path.home())
    opts.WINDOW_ROLE.set(s, 2)
    opts.WINDOW_STATE.set(s, QByteArray(b"\x00\x01state"))
    opts.WORKSPACE_NOMINEE.set(s, "n-002")
    s.sync()
    s = ini(home)
    assert opts.WINDOW_ROLE.get(s) == 2  # an INI file gives "2" back: read as an int
    assert bytes(opts.WINDOW_STATE.get(s).data()) == b"\x00\x01state"
    assert opts.WORKSPACE_NOMINEE.get(s) == "n-002"


def test_an_unversioned_file_is_upgraded_and_keeps_its_values(home: Path) -> None:
    old = ini(home)
    old.setValue("ui/language", "zh_CN")
    old.setValue("paths/last_package_dir", "/somewhere")
    old.sync()
    s = opts.open_settings(home)
    assert opts.settings_version(s) == opts.SETTINGS_VERSION
    assert i18n.language_setting(s) == i18n.CHINESE
    assert opts.LAST_PACKAGE_DIR.get(s) == "/somewhere"
    assert opts.settings_version(ini(home)) == opts.SETTINGS_VERSION  # written to the file
    assert opts.upgrade(s) == opts.SETTINGS_VERSION  # current: nothing to do


def test_a_file_from_a_newer_app_is_left_as_it_is(home: Path) -> None:
    newer = ini(home)
    newer.setValue(opts.VERSION_KEY, opts.SETTINGS_VERSION + 5)
    newer.setValue("window/role", 1)
    newer.sync()
    s = opts.open_settings(home)
    assert opts.settings_version(s) == opts.SETTINGS_VERSION + 5
    assert opts.WINDOW_ROLE.get(s) == 1


def test_every_version_up_to_the_current_has_an_upgrade() -> None:
    assert sorted(opts.UPGRADES) == list(range(1, opts.SETTINGS_VERSION + 1))
