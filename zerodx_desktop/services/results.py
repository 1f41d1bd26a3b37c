"""Result workbooks: write one signed by the home's identity, and verify one against the
chain of trust (a result is ``valid`` only when a chair or the organizer of its pinned panel
signed it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.services import trust

if TYPE_CHECKING:
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.core.result import PanelResult
    from zerodx_desktop.core.sheet import ChangedCell
    from zerodx_desktop.formats.package import PanelPackage
    from zerodx_desktop.formats.signing import Identity

VALID = "valid"

# What to do next, by a result workbook's status (``verify``, ``report``, the app).
RESULT_NEXT_STEP = {
    "unknown_signer": "The result is signed, but not by a chair or the organizer of its "
                      "panel. Ask the chair for the result they signed, or check it with the "
                      "panel's package (--panel PANEL.zdxpanel) if the chair was named there.",
    "unsigned": "The result was written by a home without an identity. The chair (or the "
                "organizer) merges again in a home with their identity, so it is signed.",
    "tampered": "Cells were changed after the result was signed: ask the chair for the "
                "original result workbook.",
    "bad_signature": "The signature does not match: the file was altered or damaged; ask the "
                     "chair for the original result workbook.",
}


@dataclass
class ResultCheck:
    """A result workbook's verdict under the chain of trust."""

    path: Path
    status: str  # valid, unknown_signer, unsigned, tampered, bad_signature
    signer: str  # the signer's name as the result names it ('' when unsigned)
    fingerprint: str | None
    panel_id: str
    round: int | None
    changed: list[ChangedCell] = field(default_factory=list)
    reason: str = ""  # why it is not valid, in a sentence
    package: PanelPackage | None = None  # the package it was checked with, if any

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "kind": "result_workbook", "status": self.status,
                "signer": self.signer or None, "fingerprint": self.fingerprint,
                "judge": None, "panel_id": self.panel_id or None, "round": self.round,
                "sequence": None, "warnings": [],
                "changed_cells": [{"cell": c.cell, "signed": c.signed, "found": c.found}
                                  for c in self.changed]}


def is_result_workbook(path: Path) -> bool:
    """Does ``path`` look like a result workbook (not a score sheet)? A cheap sniff."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" not in names or len(names) > 200:
                return False
            return b"_signature" in zf.read("xl/workbook.xml")[:100_000] and \
                b"zerodx-result/1" in b"".join(zf.read(n)[:200_000] for n in names
                                                 if n.startswith("xl/worksheets/"))
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


def check_result(home: Path, path: Path, *, package: Path | None = None,
                 organizer: str | None = None) -> ResultCheck:
    """Verify the result workbook at ``path`` and decide who signed it.

    The panel's organizer and chairs come from ``package`` (loaded through the trust rule:
    pinned or ``organizer``), else from this home's pin for the result's panel id. Raises
    UserError when the file is not a readable result workbook or the package is for another
    panel.
    """
    from zerodx_desktop.formats.result_verify import verify_result_signer

    pkg = trust.load_package(home, package, organizer=organizer) if package else None
    panel: Panel | None = pkg.panel if pkg else None
    source = ""  # where the keys that may sign came from, for the message

    def may_sign(panel_id: str, fingerprint: str) -> bool:
        nonlocal source
        keys, source = trust.result_signers(home, panel_id, panel=panel, organizer=organizer)
        return fingerprint in keys

    v = verify_result_signer(Path(path), may_sign)
    if panel is not None and panel.id != v.panel_id:
        raise UserError(f"the result is for panel {v.panel_id}, but the package is for "
                        f"panel {panel.id}", where=str(package),
                        hint="Give the package of the panel the result was merged for.")
    check = ResultCheck(path=Path(path), status=v.status, signer=v.signer,
                        fingerprint=v.fingerprint, panel_id=v.panel_id, round=v.round,
                        changed=v.changed, package=pkg)
    if v.status == "unknown_signer":
        who = f"{v.signer} ({v.fingerprint})" if v.signer else str(v.fingerprint)
        if source:
            check.reason = (f"it is signed by {who}, who is neither a chair nor the organizer "
                            f"of panel {v.panel_id} (according to {source})")
        else:
            check.reason = (f"it is signed by {who}, but this home does not know panel "
                            f"{v.panel_id}: give its package (--panel PANEL.zdxpanel) so the "
                            "chairs can be checked")
    elif v.status == "unsigned":
        check.reason = "it is not signed (it was merged in a home without an identity)"
    elif v.status == "tampered":
        check.reason = "cells were changed after it was written"
    elif v.status == "bad_signature":
        check.reason = "its signature does not match its contents"
    return check


def write_result(path: Path, result: PanelResult, identity: Identity | None) -> str:
    """Write the result workbook (signed by ``identity``, unsigned when None); returns the
    file's SHA-256."""
    from zerodx_desktop.formats.result_workbook import write_result_workbook

    return write_result_workbook(Path(path), result, identity)


def read_result(path: Path) -> PanelResult:
    """The result a workbook holds (its signed values); UserError when altered."""
    from zerodx_desktop.formats.result_verify import read_result_workbook

    return read_result_workbook(Path(path))
