"""Where a home lives: --home, else $ZERODX_HOME, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        home = Path(explicit)
    elif os.environ.get("ZERODX_HOME"):
        home = Path(os.environ["ZERODX_HOME"])
    else:
        import platformdirs

        home = Path(platformdirs.user_data_dir("ZeroDX Desktop", "ZeroDX"))
    home = home.expanduser()
    home.mkdir(parents=True, exist_ok=True)
    return home


def data_dir() -> Path:
    """The shipped data folder (sample framework, demo dossiers, schemas)."""
    here = Path(__file__).resolve().parent
    bundled = here / "data"
    return bundled if bundled.is_dir() else here.parent / "data"


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    bundled = here / "resources"
    return bundled if bundled.is_dir() else here.parent / "resources"
