"""The judge's local SQLite store. No Qt."""
