"""Frozen entry point of the ``zerodx`` command line, bundled next to the desktop app."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `zerodx merge` verifies sheets in a spawn pool
    from zerodx_desktop.cli import main

    sys.exit(main())
