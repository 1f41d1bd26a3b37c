"""Score sheets as the front ends see them: verify one sheet against the right panel (the
package given, checked against the pinned organizer, else this home's copy), and the
one-line texts the CLI prints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.messages import Message
from zerodx_desktop.core.sheet import Warning_

if TYPE_CHECKING:
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.core.sheet import SheetVerdict

ROSTER_NOT_CHECKED = Warning_.ROSTER_NOT_CHECKED  # the old name, kept for importers
ROSTER_NOT_CHECKED_TEXT = Message(
    "The signature is valid and every cell matches what the judge signed, but the judge's key "
    "was not checked against a panel roster: pass --panel PANEL.zdxpanel to check it.")


def stored_panel(home: Path, panel_id: str) -> Panel | None:
    """This home's copy of panel ``panel_id`` (None without a store or that panel)."""
    if not (Path(home) / "store.sqlite").is_file():
        return None
    import sys

    from zerodx_desktop.core.errors import StoreError
    from zerodx_desktop.services.panels import open_store

    try:
        with open_store(home) as store:
            if panel_id not in {pid for pid, _t, _r in store.panels()}:
                return None
            return store.panel(panel_id)
    except StoreError as exc:  # the sheet is still checked; the home's problem is said
        print(f"zerodx: warning: this home's store cannot be read: {exc.what}",
              file=sys.stderr)
        return None


def verify_sheet(home: Path, path: Path, *, package: Path | None = None,
                 organizer: str | None = None) -> SheetVerdict:
    """Verify a score sheet: against ``package`` (loaded through the trust rule) when given,
    else against this home's copy of the panel it names; with neither, the roster is not
    checked and the verdict says so (warning ``roster_not_checked``)."""
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
    from zerodx_desktop.services.trust import load_package

    panel = load_package(home, package, organizer=organizer).panel if package else None
    verdict = verify_score_sheet(Path(path), panel)
    if panel is None and verdict.content is not None:
        stored = stored_panel(home, verdict.content.panel_id)
        if stored is not None:
            verdict = verify_score_sheet(Path(path), stored)
        elif verdict.usable:
            verdict.warnings.append(str(Warning_.ROSTER_NOT_CHECKED))
            verdict.message = ROSTER_NOT_CHECKED_TEXT
    return verdict


def printable_line(text: str, limit: int = 200) -> str:
    """A cell's text as one terminal line, cut to ``limit`` characters."""
    from zerodx_desktop.core.verification_words import printable_line as line

    return line(text, limit)


def mismatch_text(mismatch: Any) -> str:
    from zerodx_desktop.core.verification_words import mismatch_text as text

    return text(mismatch)


def row_change_text(change: Any) -> str:
    from zerodx_desktop.core.verification_words import row_change_text as text

    return text(change)


def display_note_text(note: Any) -> str:
    from zerodx_desktop.core.verification_words import display_note_text as text

    return text(note)
