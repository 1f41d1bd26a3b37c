"""A judging panel as described by ``panel.json`` in a panel package.

These objects carry no file bytes: attachments are named by SHA-256 and the bytes live in the
package (formats.package) or the store (content-addressed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from zerodx_desktop.core.programme import Category


class Method(StrEnum):
    """An aggregation method: the one list (panel.json, results, the CLI and the app)."""
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"
    ZSCORE = "zscore"
    SCHULZE = "schulze"
    ADJUSTED = "adjusted"


# the method ids in their fixed order, as plain strings (written to files and shown as choices)
METHODS: tuple[str, ...] = tuple(m.value for m in Method)
PANEL_FORMAT = "zerodx-panel/1"


@dataclass(frozen=True)
class Attachment:
    file: str  # a display/file name (never used as a path on disk)
    title: str
    sha256: str  # hex
    size: int
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Section:
    title: str
    body: str


@dataclass(frozen=True)
class Nominee:
    id: str
    name: str
    country: str = ""
    category: str = ""
    summary: str = ""
    sections: tuple[Section, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class JudgeEntry:
    name: str
    email: str
    public_key: str  # "ssh-ed25519 AAAA..." (OpenSSH public key line)
    fingerprint: str  # "SHA256:..." as ssh-keygen prints it


@dataclass(frozen=True)
class Conflict:
    fingerprint: str
    nominee_id: str
    reason: str = ""


@dataclass(frozen=True)
class Nomination:
    """A roster judge's signed nomination of a nominee (imported by the organizer)."""

    nominee_id: str
    fingerprint: str  # the nominating judge
    relationship: str  # as the judge stated it
    conflict_lifted: str = ""  # the organizer's reason when the judge may still score it


@dataclass(frozen=True)
class Panel:
    id: str
    title: str
    round: int
    method: str
    framework: dict[str, Any] = field(repr=False)  # the framework document, embedded
    framework_hash: str = ""
    judges: tuple[JudgeEntry, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    nominees: tuple[Nominee, ...] = ()
    created_at: str = ""
    organizer: JudgeEntry | None = None  # who signed the package (None while unsigned)
    chairs: tuple[JudgeEntry, ...] = ()  # who may sign the result, besides the organizer
    categories: tuple[Category, ...] = ()  # award categories (nominee.category is an id)
    # nominee id -> the judges (fingerprints) who score it; None: everyone scores everything
    assignments: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    nominations: tuple[Nomination, ...] = ()

    def nominee(self, nominee_id: str) -> Nominee:
        for n in self.nominees:
            if n.id == nominee_id:
                return n
        raise KeyError(nominee_id)

    def judge_by_fingerprint(self, fingerprint: str) -> JudgeEntry | None:
        for j in self.judges:
            if j.fingerprint == fingerprint:
                return j
        return None

    def is_chair(self, fingerprint: str) -> bool:
        """May ``fingerprint`` sign this panel's result? (The organizer always may.)"""
        if self.organizer is not None and self.organizer.fingerprint == fingerprint:
            return True
        return any(c.fingerprint == fingerprint for c in self.chairs)

    def is_assigned(self, fingerprint: str, nominee_id: str) -> bool:
        """Does this judge score this nominee? (Always, without assignments.)"""
        if self.assignments is None:
            return True
        return any(n == nominee_id and fingerprint in fps for n, fps in self.assignments)

    def assigned_to(self, fingerprint: str | None) -> list[str]:
        """The nominee ids this judge scores, in panel order."""
        if self.assignments is None or fingerprint is None:
            return [n.id for n in self.nominees]
        mine = {n for n, fps in self.assignments if fingerprint in fps}
        return [n.id for n in self.nominees if n.id in mine]

    def assignment_map(self) -> dict[str, list[str]] | None:
        if self.assignments is None:
            return None
        return {n: list(fps) for n, fps in self.assignments}

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def is_conflicted(self, fingerprint: str, nominee_id: str) -> bool:
        return any(c.fingerprint == fingerprint and c.nominee_id == nominee_id
                   for c in self.conflicts)
