"""Work around reference-count bugs of PySide6 6.12.0 on Python < 3.12.

On CPython 3.11, PySide6/shiboken6 6.12.0 drops one reference to ``None`` on every call of a
Qt method that returns nothing (``QLabel.setText``, ``processEvents``, ...) and one to
``True`` on every ``Signal.emit()``. After a few thousand calls the count reaches zero and
the interpreter aborts ("none_dealloc" / "bool_dealloc") — a judge's scoring session would
crash. Python 3.12 made these singletons immortal (PEP 683), so the bugs are harmless there.
Here we give ``None``, ``True`` and ``False`` a reference count so large that no session can
exhaust it (2**40 calls), which is what 3.12 does by design. The only Qt-side alternative,
PySide6 6.11, ships QtPdf only inside the 440 MB Addons wheel with WebEngine.
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 40


def protect_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` practically immortal on Python < 3.12.

    Returns True when it acted (once per process).
    """
    if sys.version_info >= (3, 12) or getattr(sys, "_zerodx_singleton_guard", False):
        return False  # 3.12+: immortal singletons (PEP 683), nothing to do and no ctypes
    import ctypes

    # ob_refcnt is the first field of every CPython object (Include/object.h, 3.11)
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    # why the ignore below: a marker attribute set on the sys module on purpose
    sys._zerodx_singleton_guard = True  # type: ignore[attr-defined]
    return True
