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


def data_dir() -> Path:
    """The shipped data folder (sample framework, demo dossiers, schemas)."""
    here = Path(__file__).resolve().parent
    bundled = here / "data"
    return bundled if bundled.is_dir() else here.parent / "data"


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    bundled = here / "resources"
    return bundled if bundled.is_dir() else here.parent / "resources"
