"""What a score sheet says, and what verification concluded about it (no file I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

SHEET_FORMAT = "zerodx-sheet/1"  # namespace + version of the signed payload
RESULT_FORMAT = "zerodx-result/1"


class Status(StrEnum):
    VALID = "valid"
    TAMPERED = "tampered"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_JUDGE = "unknown_judge"
    WRONG_PANEL = "wrong_panel"
    WRONG_FRAMEWORK = "wrong_framework"
    SUPERSEDED = "superseded"
    UNREADABLE = "unreadable"


class Warning_(StrEnum):
    INCOMPLETE = "incomplete"
    CONFLICT_SCORED = "conflict_scored"


@dataclass(frozen=True)
class ScoreRow:
    nominee_id: str
    criterion_id: str
    level: int | None  # None: not scored
    comment: str = ""


@dataclass(frozen=True)
class DeclaredConflict:
    nominee_id: str
    reason: str


@dataclass
class SheetContent:
    """The values a judge signs. Everything the chair needs, nothing about file layout."""

    judge_name: str
    judge_email: str
    fingerprint: str
    public_key: str
    panel_id: str
    panel_title: str
    round: int
    framework_id: str
    framework_version: str
    framework_hash: str
    sequence: int
    exported_at: str  # ISO 8601 UTC
    scores: list[ScoreRow] = field(default_factory=list)
    conflicts: list[DeclaredConflict] = field(default_factory=list)
    audit_head: str = ""  # the hash at the head of the judge's audit chain


@dataclass(frozen=True)
class ChangedCell:
    cell: str  # "Scores!G12"
    signed: str | None
    found: str | None


@dataclass
class SheetVerdict:
    file: str
    status: Status
    sha256: str = ""
    content: SheetContent | None = None  # the *signed* content when the signature checked out
    warnings: list[str] = field(default_factory=list)
    changed_cells: list[ChangedCell] = field(default_factory=list)
    message: str = ""  # a sentence a person can act on

    @property
    def usable(self) -> bool:
        return self.status is Status.VALID

    def to_json(self) -> dict[str, object]:
        c = self.content
        return {
            "file": self.file,
            "status": str(self.status),
            "judge": c.judge_name if c else None,
            "fingerprint": c.fingerprint if c else None,
            "panel_id": c.panel_id if c else None,
            "round": c.round if c else None,
            "sequence": c.sequence if c else None,
            "warnings": list(self.warnings),
            "changed_cells": [{"cell": x.cell, "signed": x.signed, "found": x.found}
                              for x in self.changed_cells],
            "message": self.message,
        }
