"""The app's long-lived handle on a home's store (the CLI opens and closes it per command
with ``services.panels.open_store``)."""

from __future__ import annotations

from pathlib import Path

from zerodx_desktop.store.store import Store

__all__ = ["Store", "open_home_store"]


def open_home_store(home: Path) -> Store:
    """Open (or create) the home's store; the caller closes it."""
    return Store.open_home(Path(home))
