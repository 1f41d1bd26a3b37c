"""The PySide6 desktop front end. The only package that imports Qt."""

from zerodx_desktop.ui.qt_guard import protect_singletons

protect_singletons()  # before any Qt call: see qt_guard for the PySide6 6.12 bugs it covers
