"""ZeroDX Desktop: offline judging, signed score sheets, panel merge and final reports."""

__version__ = "0.1.0"
APP_NAME = "ZeroDX Desktop"
