"""The judge's local SQLite store. No Qt."""

from zerodx_desktop.store.store import Store

__all__ = ["Store"]
