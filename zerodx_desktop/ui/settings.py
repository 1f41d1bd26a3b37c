"""The app's settings register: every key of ``desktop.ini`` once, with its type and default.

Settings live in the home (``desktop.ini``, an INI file next to the store), never in the
user's registry. Code reads and writes them only through the options here (in the style of
Picard's ``options.py``): ``WINDOW_ROLE.get(settings)`` is always an ``int``, whatever the
file holds, and a value of the wrong type reads as the default.

The file carries a version (``settings/version``). :func:`open_settings` brings an older file
up to :data:`SETTINGS_VERSION` by the upgrade functions in :data:`UPGRADES` (Picard's
``config_upgrade.py``); a file from a newer app is left as it is. A change to a key's name or
meaning adds an upgrade function and bumps the version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "desktop.ini"
SETTINGS_VERSION = 1
VERSION_KEY = "settings/version"

T = TypeVar("T")

# every option, by key (filled by _Option.__post_init__): a key is registered once
REGISTRY: dict[str, _Option[Any]] = {}


@dataclass(frozen=True)
class _Option(Generic[T]):
    key: str
    default: Callable[[], T]  # a function: some defaults depend on the machine (the home)
    convert: Callable[[object], T]  # raises TypeError/ValueError for a value it cannot use
    doc: str

    def __post_init__(self) -> None:
        if self.key in REGISTRY:
            raise ValueError(f"the setting {self.key!r} is registered twice")
        REGISTRY[self.key] = self

    def get(self, settings: QSettings) -> T:
        """The stored value, or the default when there is none or it is not usable."""
        if not settings.contains(self.key):
            return self.default()
        try:
            return self.convert(settings.value(self.key))
        except (TypeError, ValueError):
            return self.default()

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


def _to_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not text: {value!r}")
    return value


def _to_nonempty_str(value: object) -> str:
    if not _to_str(value):
        raise ValueError("empty")
    return str(value)


def _to_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"not a whole number: {value!r}")
    return int(value)


def _to_bytes(value: object) -> QByteArray:
    if not isinstance(value, QByteArray) or value.isEmpty():
        raise TypeError("no saved state")
    return value


def _home_dir() -> str:
    return str(Path.home())


def _no_state() -> QByteArray:
    return QByteArray()


def _text(default: str) -> Callable[[], str]:
    return lambda: default


# ---- the register -------------------------------------------------------------------------
LANGUAGE = _Option("ui/language", _text("system"), _to_str,
                   "the UI language: system, en, zh_CN or pseudo (checked by i18n)")
WINDOW_GEOMETRY = _Option("window/geometry", _no_state, _to_bytes,
                          "the main window's saveGeometry(); empty: the first-run size")
WINDOW_STATE = _Option("window/state", _no_state, _to_bytes, "the main window's saveState()")
WINDOW_ROLE = _Option("window/role", lambda: 0, _to_int,
                      "the role page shown last (judge, chair, organizer, ...)")
WORKSPACE_SPLITTER = _Option("workspace/splitter", _no_state, _to_bytes,
                             "the judge workspace's splitter sizes")
WORKSPACE_NOMINEE = _Option("workspace/nominee", _text(""), _to_str,
                            "the nominee the judge had open (\"\": the first)")
WORKSPACE_CRITERION = _Option("workspace/criterion", _text(""), _to_str,
                              "the criterion the judge had open (\"\": none)")
LAST_PACKAGE_DIR = _Option("paths/last_package_dir", _home_dir, _to_nonempty_str,
                           "where the last panel package was opened from")
LAST_EXPORT_DIR = _Option("paths/last_export_dir", _home_dir, _to_nonempty_str,
                          "where the last score sheet was written")


# ---- versions and upgrades ----------------------------------------------------------------
def _upgrade_to_1(settings: QSettings) -> None:
    """Version 1 is the first versioned file: its keys are those of the unversioned files
    before it, so there is nothing to move; only the version is written."""


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_to_1}


def settings_version(settings: QSettings) -> int:
    """The file's settings version (0: written before settings had a version)."""
    try:
        return _to_int(settings.value(VERSION_KEY, 0))
    except (TypeError, ValueError):
        return 0


def upgrade(settings: QSettings) -> int:
    """Bring ``settings`` up to :data:`SETTINGS_VERSION`; return the version it had."""
    found = settings_version(settings)
    if found >= SETTINGS_VERSION:
        return found  # current, or written by a newer app: left untouched
    for version in range(found + 1, SETTINGS_VERSION + 1):
        UPGRADES[version](settings)
        settings.setValue(VERSION_KEY, version)
    settings.sync()
    return found


def open_settings(home: Path) -> QSettings:
    """The home's settings file, upgraded to the current version."""
    settings = QSettings(str(Path(home) / SETTINGS_FILE), QSettings.Format.IniFormat)
    upgrade(settings)
    return settings
