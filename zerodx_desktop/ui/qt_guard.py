"""Work around a reference-count bug of PySide6 6.12.0 on Python < 3.12.

On CPython 3.11, PySide6/shiboken6 6.12.0 drops one reference to ``None`` on every call of a
Qt method that returns nothing (``QLabel.setText``, ``processEvents``, ...). After a few
thousand calls ``None``'s count reaches zero and the interpreter aborts with "none_dealloc:
deallocating None" — a judge's long scoring session would crash. Python 3.12 made ``None``
immortal (PEP 683), so the bug is harmless there. Here we give ``None`` a reference count so
large that no session can exhaust it (2**40 calls), which is what 3.12 does by design.
The only Qt-side alternative, PySide6 6.11, ships QtPdf only inside the 440 MB Addons wheel
with WebEngine.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_none() -> bool:
    """Make ``None`` practically immortal on Python < 3.12; True when it acted."""
    if sys.version_info >= (3, 12) or getattr(sys, "_zerodx_none_guard", False):
        return False
    # ob_refcnt is the first field of every CPython object (Include/object.h, 3.11)
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    refcnt.value += _RESERVE
    sys._zerodx_none_guard = True  # type: ignore[attr-defined]
    return True
