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
    """Every warning a sheet's verdict can carry (``SheetVerdict.warnings`` holds the values)."""
    INCOMPLETE = "incomplete"
    CONFLICT_SCORED = "conflict_scored"
    DISPLAY_ALTERED = "display_altered"  # a format or hidden row/column alters what is shown
    AUDIT_BROKEN = "audit_broken"  # the judge exported knowing their edit history was altered
    SEQUENCE_CLASH = "sequence_clash"  # same judge, round and sequence, other signed values
    ROSTER_NOT_CHECKED = "roster_not_checked"  # checked without the panel's roster at hand


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
    # where the judge's audit chain was found broken when they exported anyway (signed in the
    # payload's display part; empty for an intact chain, and in sheets from before)
    audit_broken: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChangedCell:
    cell: str  # "Scores!G12"
    signed: str | None
    found: str | None
    # what the cell is about, from the signed layout (None where it is about no nominee,
    # e.g. *About*); criterion_id is a criterion id on *Scores*, a domain id or "total" on
    # *Summary*
    nominee_id: str | None = None
    criterion_id: str | None = None
    where: str = ""  # what the cell is, for a person: "Alpha Co. · c1 · Level"

    def to_json(self) -> dict[str, object]:
        return {"cell": self.cell, "nominee_id": self.nominee_id,
                "criterion_id": self.criterion_id, "signed": self.signed, "found": self.found}


@dataclass(frozen=True)
class Mismatch:
    """A value the signed sheet shows that does not fit the panel or its own levels.

    The judge signed it (so no cell was changed afterwards), but it is not what the app
    writes: ``kind`` "judge_name" (*About*: the roster names that key otherwise),
    "nominee_name" (the package names that nominee otherwise; ``row``: the nominee's first
    row of *Scores*), "summary" (a *Summary* figure that does not follow from the levels;
    ``column``: a domain id, "total", "scored", "criteria", or "nominee" for a line naming
    no nominee of the panel or one left out; ``row``: the line's index, -1 when missing).
    ``expected``: what the panel or the levels give; ``found``: what the sheet shows.
    ``cell`` is filled in by the reader that knows the layout.
    """

    kind: str
    nominee_id: str | None
    column: str | None
    row: int
    expected: str | None
    found: str | None
    cell: str = ""

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "cell": self.cell, "nominee_id": self.nominee_id,
                "column": self.column, "expected": self.expected, "found": self.found}


@dataclass(frozen=True)
class DisplayNote:
    """One thing that makes a signed sheet *show* something other than its signed values.

    ``kind``: "format" (``cell`` shows ``signed`` with number format ``detail``), "font"
    (``cell``'s text cannot be seen: ``detail`` says why, e.g. white on white),
    "rows_hidden" / "columns_hidden" (``items``: row numbers / column letters of ``sheet``),
    "conditional_format" (``detail``: the range), "zeros_hidden", "layout" (``detail``: merged
    cells, a drawing over the cells, a tiny default column width), "styles_unchecked"
    (``detail``: why the cell formats could not be examined). ``to_json`` always carries
    ``kind``.
    """

    kind: str
    sheet: str = ""
    cell: str = ""
    detail: str = ""
    signed: str | None = None
    items: tuple[str | int, ...] = ()
    count: int = 0  # rows_hidden / columns_hidden: how many in all (items may be capped)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, **self._fields()}

    def _fields(self) -> dict[str, object]:
        if self.kind == "format":
            return {"cell": self.cell, "format": self.detail, "signed": self.signed}
        if self.kind == "font":
            return {"cell": self.cell, "font": self.detail, "signed": self.signed}
        if self.kind in ("rows_hidden", "columns_hidden"):
            return {"sheet": self.sheet, self.kind: list(self.items), "count": self.count}
        if self.kind == "styles_unchecked":
            return {"styles_unchecked": self.detail}
        return {"sheet": self.sheet, self.kind: self.detail or True}


@dataclass(frozen=True)
class RowChange:
    """Rows missing from (or added to) a sheet compared with the signed rows.

    ``change``: "missing" (``row``: the signed row number of the first missing row) or
    "extra" (``row``: the row number where the first extra row is found); ``rows``: how
    many; ``ids``: the (nominee id, criterion id) of the first few; ``moved``: how many
    signed rows after them now stand on another row.
    """

    sheet: str
    change: str
    row: int
    rows: int
    ids: tuple[tuple[str, str], ...]
    moved: int

    def to_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "change": self.change, "row": self.row,
                "rows": self.rows, "ids": [list(x) for x in self.ids], "moved": self.moved}


@dataclass
class SheetVerdict:
    file: str
    status: Status
    sha256: str = ""
    content: SheetContent | None = None  # the *signed* content when the signature checked out
    warnings: list[str] = field(default_factory=list)
    changed_cells: list[ChangedCell] = field(default_factory=list)
    message: str = ""  # a sentence a person can act on
    display_altered: list[DisplayNote] = field(default_factory=list)  # capped list
    display_altered_total: int = 0  # how many display notes in all
    row_changes: list[RowChange] = field(default_factory=list)
    # shown values that do not fit the panel or the levels (see Mismatch); capped list
    mismatches: list[Mismatch] = field(default_factory=list)

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
            "changed_cells": [x.to_json() for x in self.changed_cells],
            "mismatches": [m.to_json() for m in self.mismatches],
            "message": self.message,
            "display_altered": [n.to_json() for n in self.display_altered],
            "display_altered_total": self.display_altered_total,
            "row_changes": [rc.to_json() for rc in self.row_changes],
        }
