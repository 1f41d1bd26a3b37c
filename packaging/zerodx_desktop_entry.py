"""Frozen entry point of the desktop app (``zerodx-desktop``); PyInstaller starts here."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The merge verifies sheets in a "spawn" process pool: in a frozen app each worker is this
    # executable again, and freeze_support() turns it into a worker instead of a second window.
    multiprocessing.freeze_support()
    from zerodx_desktop.__main__ import main

    sys.exit(main())
