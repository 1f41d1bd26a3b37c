"""The desktop app's entry point: ``zerodx-desktop`` or ``python -m zerodx_desktop``.

``--version`` answers without importing Qt; ``--demo`` opens the demo panel in a throw-away
home; ``--smoke`` starts, shows the window with the panel loaded, lets the event loop settle
and exits 0 (the bundle's smoke test and the start-up benchmark use it).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from zerodx_desktop import APP_NAME, __version__

SMOKE_SETTLE_MS = 300


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zerodx-desktop", description=f"{APP_NAME}: offline "
                                "judging for awards panels.")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument("--home", metavar="DIR", help="the data folder (default: $ZERODX_HOME or "
                   "the platform's user data folder)")
    p.add_argument("--demo", action="store_true",
                   help="open a ready demo panel in a throw-away home")
    p.add_argument("--smoke", action="store_true",
                   help="start, show the window, let it settle, print a summary and exit")
    p.add_argument("package", nargs="?", metavar="PANEL.zdxpanel",
                   help="a panel package to open")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        print(f"zerodx-desktop {__version__}")
        return 0

    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print(f"zerodx-desktop: {problem}", file=sys.stderr)
        return 1

    from zerodx_desktop.core.errors import UserError
    from zerodx_desktop.paths import resolve_home

    demo_tmp: tempfile.TemporaryDirectory[str] | None = None
    try:
        if args.demo:
            demo_tmp = tempfile.TemporaryDirectory(prefix="zerodx-demo-")
            home = Path(demo_tmp.name) / "home"
            home.mkdir()
        else:
            home = resolve_home(args.home)
        return _run(home, args, demo=args.demo)
    except UserError as exc:
        print(f"zerodx-desktop: {exc.message}", file=sys.stderr)
        if not args.smoke:  # a person started the app: a window says it, not only stderr
            from zerodx_desktop.ui.startup_dialog import show_failure

            show_failure(exc.message)
        return 1
    finally:
        gc.enable()  # _run disables it while building the first window
        if demo_tmp is not None:
            demo_tmp.cleanup()


# The X11 libraries Qt's xcb plugin loads that minimal Linux installs lack (Debian/Ubuntu names;
# all are among those .ci/run installs and the README's Install section names).
LINUX_QT_PACKAGES = ("libegl1", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
                     "libxcb-keysyms1", "libxcb-shape0")


def display_problem(environ: Mapping[str, str], platform: str,
                    load_library: Callable[[str], object] | None = None) -> str | None:
    """Why the window cannot open on this Linux machine, in words a person can act on; None
    when it can (or on Windows and macOS, or when QT_QPA_PLATFORM chooses the platform).

    Checked before Qt starts: without a display Qt's xcb plugin aborts with a message about
    "libxcb-cursor0" that sends people installing a library they already have.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("there is no display to open the window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set). Start it from a desktop session (or over ssh -X); "
                "to run it without a screen set QT_QPA_PLATFORM=offscreen. The command line, "
                "zerodx, needs no display.")
    if environ.get("WAYLAND_DISPLAY"):
        return None  # Qt picks its Wayland plugin, which needs no xcb library
    if load_library is None:
        import ctypes

        load_library = ctypes.CDLL
    try:
        load_library("libxcb-cursor.so.0")
    except OSError:
        return ("the X11 library libxcb-cursor is missing, and Qt needs it to open windows. "
                "Install the system packages " + " ".join(LINUX_QT_PACKAGES)
                + " (Debian/Ubuntu names; see the README's Install section).")
    return None


def _preload_qt_free_modules() -> None:
    """Import the Qt-free modules the first window needs before PySide6 is imported.

    Once PySide6 is loaded, its ``__feature__`` import hook reads the source of every module
    imported after it (``inspect.getsource``, looking for "PySide6"); modules already in
    ``sys.modules`` are never looked at. Importing these first saves that work on every start
    (about 6 ms here, see the README's performance section).
    """
    import dataclasses  # noqa: F401
    import decimal  # noqa: F401
    import hashlib  # noqa: F401
    import json  # noqa: F401
    import logging  # noqa: F401
    import sqlite3  # noqa: F401

    import zerodx_desktop.core.framework
    import zerodx_desktop.core.panel
    import zerodx_desktop.core.scoring
    import zerodx_desktop.services.home
    import zerodx_desktop.services.identity
    import zerodx_desktop.ui  # noqa: F401  (the singleton guard: ctypes, no Qt)


def _settle_garbage_collector() -> None:
    """After the first window is up: everything allocated so far (modules, Qt types and
    enums, the framework, the widgets) lives as long as the process, so it moves to the
    permanent generation and later collections stop walking it (``gc.freeze``)."""
    gc.freeze()
    gc.enable()


def _run(home: Path, args: argparse.Namespace, *, demo: bool) -> int:
    # start-up allocates ~36,000 long-lived objects: collecting while building them is
    # wasted work (~60 collections, 8 ms here); re-enabled on the first turn of the loop
    gc.disable()
    _preload_qt_free_modules()
    from PySide6.QtCore import QTimer

    from zerodx_desktop.ui.app import (
        create_app,
        install_error_hook,
        install_qt_logging,
        setup_logging,
    )

    app = create_app([sys.argv[0]])
    setup_logging(home)
    install_qt_logging()
    if demo:
        from zerodx_desktop.services.demo import prepare_demo_home

        prepare_demo_home(home)
        gc.collect()  # building the demo left garbage: not to be frozen with the window
    package = Path(args.package) if args.package else None
    if package is not None and args.smoke:
        # smoke runs open synchronously: the summary must describe the loaded panel
        from zerodx_desktop.services.panels import open_panel_package

        open_panel_package(home, package)
        gc.collect()  # as for the demo: the import's garbage is not to be frozen
        package = None

    if not args.smoke:
        from zerodx_desktop.ui.startup_dialog import check_home

        if not check_home(home):
            return 1
    from zerodx_desktop.ui.main_window import MainWindow

    hook = install_error_hook(home)
    window = MainWindow(home)
    window.show()
    QTimer.singleShot(0, _settle_garbage_collector)
    if package is not None and package.suffix.lower() == ".zdxjudge":
        window.show_judge_card(package)  # a judge card opened from the file manager
    elif package is not None:
        window.open_package(package)
    if args.smoke:
        QTimer.singleShot(SMOKE_SETTLE_MS, app.quit)
        app.exec()
        ws = window.workspace
        count = len(ws.session.nominees) if ws is not None else 0
        panel = ws.session.panel.id if ws is not None else "none"
        window.close()
        sys.excepthook = hook.previous
        if ws is None and (demo or args.package):
            print("smoke failed: no panel loaded", file=sys.stderr)
            return 1
        print(f"smoke ok: {count} nominees (panel {panel})")
        return 0
    code = app.exec()
    sys.excepthook = hook.previous
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
