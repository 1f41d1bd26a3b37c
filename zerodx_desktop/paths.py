"""Where things are, in one place.

The home: --home, else $ZERODX_HOME, else the platform's user data folder (platformdirs:
``~/.local/share/ZeroDX Desktop`` on Linux, ``~/Library/Application Support/ZeroDX Desktop``
on macOS, ``%LOCALAPPDATA%\\ZeroDX\\ZeroDX Desktop`` on Windows).

The shipped files: the repository's top-level ``data/`` and ``resources/`` are installed as the
packages ``zerodx_desktop.data`` and ``zerodx_desktop.resources`` (pyproject.toml maps them; the
PyInstaller spec copies them to the same place in the bundle). Every lookup of them goes through
this module, with ``importlib.resources``; nothing is computed from the source tree, so an
editable install, a wheel (pip, pipx, uv) and the frozen bundle all find the same files.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

DATA_PACKAGE = "zerodx_desktop.data"
RESOURCES_PACKAGE = "zerodx_desktop.resources"
SAMPLE_FRAMEWORK = "rendanheyi-sample.json"


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        home = Path(explicit)
    elif os.environ.get("ZERODX_HOME"):
        home = Path(os.environ["ZERODX_HOME"])
    else:
        home = default_home()
    home = home.expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        from zerodx_desktop.core.errors import UserError

        raise UserError("this is a file, not a data folder", where=str(home),
                        hint="Give --home a folder (it is created when missing).") from None
    except OSError as exc:
        from zerodx_desktop.core.errors import UserError

        raise UserError(f"cannot use this data folder ({exc.strerror})", where=str(home),
                        hint="Choose a folder you can write to.") from None
    return home


def default_home() -> Path:
    """The platform's user data folder for the app (not created here)."""
    import platformdirs

    # roaming=False: a judge's store stays on the machine (Windows: %LOCALAPPDATA%)
    return Path(platformdirs.user_data_dir("ZeroDX Desktop", "ZeroDX", roaming=False))


@functools.cache
def _package_folder(package: str) -> Path:
    """The folder of a shipped package as a real path (fonts, Qt and SQLite need file names)."""
    from zerodx_desktop.core.errors import UserError

    try:
        root = resources.files(package)
    except ModuleNotFoundError:  # a source tree on sys.path, never installed
        raise UserError(f"the files ZeroDX Desktop ships ({package}) are not installed",
                        where=package,
                        hint="Install it (pip install -e . in a checkout, or pipx install "
                             "the wheel); do not run it from a bare source folder.") from None
    if isinstance(root, Path):
        return root
    # a namespace package (its __init__.py lost) is a MultiplexedPath whose children are paths
    for child in root.iterdir():
        if isinstance(child, Path):
            return child.parent
    raise UserError(f"the installed files of {package} cannot be read as a folder",
                    where=str(root),
                    hint="Install ZeroDX Desktop unzipped (pip, pipx or uv do).")


def data_dir() -> Path:
    """The shipped data folder (sample framework, demo dossiers, schemas)."""
    return _package_folder(DATA_PACKAGE)


def resources_dir() -> Path:
    """The shipped resources folder (fonts, icons, translations)."""
    return _package_folder(RESOURCES_PACKAGE)


def sample_framework_path() -> Path:
    return data_dir() / "frameworks" / SAMPLE_FRAMEWORK


def demo_nominees_dir() -> Path:
    return data_dir() / "demo" / "nominees"


def schemas_dir() -> Path:
    return data_dir() / "schemas"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """Compiled Qt catalogues (``zerodx_<language>.qm``)."""
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    """``resources/icons/<name>.svg``."""
    return resources_dir() / "icons" / f"{name}.svg"
