"""The chair's workflow, without widgets: the pile of score sheets, the merge and when it is
due again, the method shown, the outcome, and the exports (signed or unsigned, and whether a
final report may be printed from the saved result).

The merge view asks this controller what to do and shows what comes back. Long work (a merge,
writing a workbook, a report or letters) runs in the view's worker: the controller hands out a
*request* (a snapshot of what to do), the worker calls its ``run``, and the view hands the
answer back on the UI thread (``merge_succeeded``, ``workbook_written`` ...). Between the two
the controller is ``busy``; inputs that change meanwhile make the result ``stale`` and a merge
asked for meanwhile is run when the operation ends (``end_operation`` says so).

Who may sign a result is not decided here: the saved workbook is checked like any other
(``services.results.check_result``, the chain of trust), and only a ``valid`` one (signed by
a chair or the organizer of its panel) opens the PDF report and the feedback letters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from zerodx_desktop.controllers.meeting import MeetingController
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS
from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.core.sheet import SheetVerdict, Status
from zerodx_desktop.services import identity as signing

if TYPE_CHECKING:
    from zerodx_desktop.services.identity import Identity
    from zerodx_desktop.services.merge import MergeOutcome
    from zerodx_desktop.services.profile import DimensionProfile
    from zerodx_desktop.services.reports import ReportOutcome
    from zerodx_desktop.services.results import ResultCheck

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

SHEET_SUFFIXES = (".xlsx",)
PACKAGE_SUFFIXES = (".zdxpanel",)
PENDING = "pending"  # a sheet not verified yet

# the families of sheet statuses, as the sheets table colours them and the summary counts them
OK, WARN, OLD, BAD = "ok", "warn", "old", "bad"
KINDS = (OK, WARN, OLD, BAD, PENDING)


def status_kind(status: str, warnings: Sequence[str] | None = None) -> str:
    """Which family a status belongs to: ok, warn (valid with warnings), old, bad, pending."""
    if status == PENDING:
        return PENDING
    if status == Status.VALID:
        return WARN if warnings else OK
    if status == Status.SUPERSEDED:
        return OLD
    return BAD


def folder_files(folder: Path) -> list[Path]:
    """The packages and sheets directly in ``folder`` (by name; not its sub-folders)."""
    try:
        return sorted(p for p in folder.iterdir() if p.is_file()
                      and p.suffix.lower() in SHEET_SUFFIXES + PACKAGE_SUFFIXES
                      and not p.name.startswith((".", "~$")))  # lock files of office programs
    except OSError:
        return []


def accepts(paths: Iterable[Path]) -> bool:
    """Would dropping ``paths`` bring a package or a sheet (or a folder to look in)?"""
    return any(p.suffix.lower() in SHEET_SUFFIXES + PACKAGE_SUFFIXES or p.is_dir()
               for p in paths)


def adjusted_ranks(result: PanelResult) -> dict[str, int] | None:
    """Each nominee's rank adjusted for the judges' severity, when not every judge scored
    every nominee and the official method is not already the adjusted one (else None)."""
    if not result.incomplete_design or result.method == "adjusted":
        return None
    return {r.nominee_id: r.rank for r in result.by_method.get("adjusted", [])
            if r.score is not None}


# == the pile of sheets ======================================================================
@dataclass
class SheetRow:
    path: Path
    verdict: SheetVerdict | None = None

    @property
    def status(self) -> str:
        return PENDING if self.verdict is None else str(self.verdict.status)

    @property
    def kind(self) -> str:
        return status_kind(self.status, self.verdict.warnings if self.verdict else None)


class PileListener(Protocol):
    """Told before and after the pile changes (a table model forwards it to its views)."""

    def rows_inserting(self, first: int, last: int) -> None: ...
    def rows_inserted(self) -> None: ...
    def rows_removing(self, first: int, last: int) -> None: ...
    def rows_removed(self) -> None: ...
    def resetting(self) -> None: ...
    def reset(self) -> None: ...
    def rows_changed(self) -> None: ...


class SheetPile:
    """The files the chair added, in order, each with what verification said about it."""

    def __init__(self) -> None:
        self.rows: list[SheetRow] = []
        self.listener: PileListener | None = None

    def __len__(self) -> int:
        return len(self.rows)

    @staticmethod
    def key(path: Path) -> str:
        try:
            return str(path.resolve())
        except OSError:
            return str(path)

    def add(self, paths: Iterable[Path]) -> int:
        """Append the files not already in the pile (same resolved path); returns how many."""
        known = {self.key(r.path) for r in self.rows}
        new: list[Path] = []
        for p in paths:
            k = self.key(Path(p))
            if k not in known:
                known.add(k)
                new.append(Path(p))
        if new:
            self._append([SheetRow(p) for p in new])
        return len(new)

    def remove(self, rows: Iterable[int]) -> int:
        """Remove the rows at these indexes (the files are not touched); returns how many."""
        gone = 0
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                if self.listener:
                    self.listener.rows_removing(row, row)
                del self.rows[row]
                gone += 1
                if self.listener:
                    self.listener.rows_removed()
        return gone

    def clear(self) -> None:
        if self.listener:
            self.listener.resetting()
        self.rows = []
        if self.listener:
            self.listener.reset()

    def clear_verdicts(self) -> None:
        for r in self.rows:
            r.verdict = None
        self._changed()

    def set_verdicts(self, verdicts: Iterable[SheetVerdict]) -> None:
        """Attach each verdict to its file's row (by full path, else by file name); a verdict
        for a file not in the pile gets a row of its own."""
        by_key = {self.key(r.path): r for r in self.rows}
        by_name: dict[str, list[SheetRow]] = {}
        for r in self.rows:
            r.verdict = None
            by_name.setdefault(r.path.name, []).append(r)
        extra: list[SheetRow] = []
        for v in verdicts:
            row = by_key.get(self.key(Path(v.file)))
            if row is None or row.verdict is not None:
                row = next((r for r in by_name.get(Path(v.file).name, []) if r.verdict is None),
                           None)
            if row is None:
                extra.append(SheetRow(Path(v.file), v))
            else:
                row.verdict = v
        self._changed()
        if extra:
            self._append(extra)

    def paths(self) -> list[Path]:
        return [r.path for r in self.rows]

    def counts(self) -> dict[str, int]:
        """How many rows per status family (ok, warn, old, bad, pending)."""
        out: dict[str, int] = {}
        for r in self.rows:
            out[r.kind] = out.get(r.kind, 0) + 1
        return out

    def _append(self, rows: list[SheetRow]) -> None:
        first = len(self.rows)
        if self.listener:
            self.listener.rows_inserting(first, first + len(rows) - 1)
        self.rows += rows
        if self.listener:
            self.listener.rows_inserted()

    def _changed(self) -> None:
        if self.listener and self.rows:
            self.listener.rows_changed()


# == requests: what a worker runs ============================================================
@dataclass(frozen=True)
class MergeRequest:
    home: Path
    package: Path
    sheets: tuple[Path, ...]

    def run(self, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> Merged:
        from zerodx_desktop.services.merge import merge
        from zerodx_desktop.services.profile import dimension_profile

        # the package goes through the home's pin (a look-alike is refused); with no valid
        # sheet, NoValidSheet carries every verdict (nothing is verified twice)
        outcome = merge(self.package, list(self.sheets), progress=progress, cancel=cancelled,
                        home=self.home)
        # the radar's figures, here in the worker (~0.5 s for 1,000 nominees), not when the
        # view first shows a nominee
        return Merged(outcome, dimension_profile(outcome.result))


@dataclass(frozen=True)
class Merged:
    """What a merge's worker hands back: the merge and its result's dimension profile."""

    outcome: MergeOutcome
    profile: DimensionProfile | None


@dataclass(frozen=True)
class WorkbookRequest:
    home: Path
    package: Path | None
    path: Path
    result: PanelResult
    identity: Identity | None  # None: the workbook is written unsigned

    def run(self, progress: Progress | None = None) -> tuple[str, ResultCheck]:
        from zerodx_desktop.services.results import check_result, write_result

        sha = write_result(self.path, self.result, self.identity)
        # what the report will trust: the file as written, checked like any other
        return sha, check_result(self.home, self.path, package=self.package)


@dataclass(frozen=True)
class ReportRequest:
    home: Path
    check: ResultCheck
    path: Path
    include_comments: bool
    certificates: int
    lang: str
    template: Path | None

    def run(self, progress: Callable[[int, int], None] | None = None) -> ReportOutcome:
        from zerodx_desktop.services.reports import print_report

        # the one rule, from the saved workbook: it says signed exactly when the file is
        return print_report(self.home, self.check.path, self.path,
                            include_comments=self.include_comments,
                            certificates=self.certificates, progress=progress,
                            check=self.check, lang=self.lang,
                            certificate_template=self.template)


@dataclass(frozen=True)
class LettersRequest:
    home: Path
    check: ResultCheck
    folder: Path
    excluded: tuple[tuple[str, str, int], ...]
    rank_band: bool
    lang: str

    def run(self, progress: Progress | None = None) -> list[Path]:
        from zerodx_desktop.services.reports import print_feedback_letters

        return list(print_feedback_letters(self.home, self.check.path, self.folder,
                                           check=self.check,
                                           exclude_comments=list(self.excluded),
                                           rank_band=self.rank_band, lang=self.lang))


# == answers: what the view shows ============================================================
@dataclass
class SigningNote:
    """Who the result workbook would be signed by."""

    state: str  # "signed", "unreadable" (an identity that cannot be read), "unsigned"
    name: str = ""
    fingerprint: str = ""
    error: str = ""  # why the identity cannot be read


@dataclass
class MergeFailure:
    kind: str  # "cancelled", "refused" (a UserError: message), "bug" (not ours to word)
    message: str = ""


@dataclass
class WorkbookSaved:
    path: Path
    sha256: str
    check: ResultCheck
    signer: Identity | None  # None: written unsigned (the home has no identity)

    @property
    def printable(self) -> bool:
        """Whether a final report may be printed from it (signed by a chair or organizer)."""
        return self.check.valid


@dataclass
class DomainProfile:
    """A nominee's domain subtotals beside the panel's average, domain by domain."""

    domain_ids: list[str] = field(default_factory=list)
    nominee: list[float | None] = field(default_factory=list)
    panel_average: list[float | None] = field(default_factory=list)


# == the controller ==========================================================================
class ChairController:
    """The chair's merge and meeting: inputs, merge, method, outcome and exports."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.package_path: Path | None = None
        self.sheets = SheetPile()
        self.meeting = MeetingController()
        self.outcome: MergeOutcome | None = None
        self.result: PanelResult | None = None
        # the dimension profile of ``_profile_of`` (a result: computed once per result)
        self._profile: DimensionProfile | None = None
        self._profile_of: PanelResult | None = None
        self.method: str = METHODS[0]  # the method whose ranking is shown
        self.last_error = ""
        self.last_workbook: Path | None = None
        self.last_workbook_sha = ""
        self.last_pdf: Path | None = None
        self.last_letters: list[Path] = []
        self.certificate_template: Path | None = None
        self.result_check: ResultCheck | None = None  # the saved workbook of this result
        self.busy = False  # a merge or an export is running
        self.inputs_version = 0  # bumped by every change of the package or the sheets
        self.merged_version = -1  # the inputs the last merge was started on
        self._rerun = False

    # -- inputs ----------------------------------------------------------------------------
    def set_package(self, path: Path) -> None:
        """Use the panel package at ``path``: the sheets are verified again against it."""
        self.package_path = Path(path)
        self.sheets.clear_verdicts()
        self._inputs_changed()

    def add_sheets(self, paths: Iterable[Path]) -> int:
        """Add sheets (a file already in the pile is not added twice); returns how many."""
        added = self.sheets.add(Path(p) for p in paths)
        if added:
            self._inputs_changed()
        return added

    def remove_sheets(self, rows: Iterable[int]) -> int:
        """Leave the sheets at these rows out of the merge; returns how many."""
        gone = self.sheets.remove(rows)
        if gone:
            self._inputs_changed()
        return gone

    def clear_sheets(self) -> None:
        self.sheets.clear()
        self._inputs_changed()

    def open_paths(self, paths: Iterable[Path]) -> bool:
        """What a drop does: the last package becomes the package, sheets are added; a folder
        brings the packages and sheets directly inside it. Whether anything changed."""
        files = [q for p in paths for q in (folder_files(p) if p.is_dir() else [p])]
        packages = [p for p in files if p.suffix.lower() in PACKAGE_SUFFIXES]
        sheets = [p for p in files if p.suffix.lower() in SHEET_SUFFIXES]
        if packages:
            self.package_path = packages[-1]
            self.sheets.clear_verdicts()
        added = self.sheets.add(sheets)
        if packages or added:
            self._inputs_changed()
            return True
        return False

    def _inputs_changed(self) -> None:
        self.inputs_version += 1

    @property
    def stale(self) -> bool:
        """The inputs changed since the last merge started (a result shown is out of date)."""
        return self.merged_version != self.inputs_version

    @property
    def can_merge(self) -> bool:
        return not self.busy and self.package_path is not None and len(self.sheets) > 0

    def next_step(self) -> str:
        """After the inputs changed: "merge" (there is something to merge), "clear" (no sheets
        left: no result) or "" (wait for a package)."""
        if self.package_path is not None and len(self.sheets):
            return "merge"
        if not len(self.sheets):
            return "clear"
        return ""

    # -- merging ---------------------------------------------------------------------------
    def merge_request(self) -> MergeRequest | None:
        """The merge to run now, marking the controller busy; None when there is nothing to
        merge, or when an operation runs (the merge is then due when it ends)."""
        if self.package_path is None or not len(self.sheets):
            return None
        if self.busy:
            self._rerun = True  # inputs changed mid-run: merge again when this one ends
            return None
        self.busy = True
        self.merged_version = self.inputs_version
        return MergeRequest(self.home, self.package_path, tuple(self.sheets.paths()))

    def merge_succeeded(self, outcome: MergeOutcome | Merged) -> None:
        """The merge's answer (with the profile its worker computed, when it is a Merged)."""
        if isinstance(outcome, Merged):
            self._profile, self._profile_of = outcome.profile, outcome.outcome.result
            outcome = outcome.outcome
        self.outcome = outcome
        self.last_error = ""
        self.sheets.set_verdicts(outcome.verdicts)
        self._set_result(outcome.result)

    def merge_failed(self, exc: BaseException, *, cancelled: bool = False) -> MergeFailure:
        """What a failed merge means: cancelled, refused (the verdicts it carries are shown
        and there is no result) or a bug."""
        from zerodx_desktop.services.merge import MergeCancelled

        if cancelled or isinstance(exc, MergeCancelled):
            return MergeFailure("cancelled")
        if not isinstance(exc, UserError):
            return MergeFailure("bug")
        verdicts = getattr(exc, "verdicts", None)
        if verdicts:
            self.sheets.set_verdicts(list(verdicts))
        self.last_error = exc.message
        self._set_result(None)
        return MergeFailure("refused", exc.message)

    def clear_result(self) -> None:
        self._set_result(None)

    def begin_operation(self) -> None:
        self.busy = True

    def end_operation(self) -> bool:
        """The running operation ended; whether a merge asked for meanwhile is due now."""
        self.busy = False
        if self._rerun:
            self._rerun = False
            return True
        return False

    def _set_result(self, result: PanelResult | None) -> None:
        self.result = result
        self.result_check = None  # the PDF waits for this result's workbook, signed and valid
        if result is not None:
            self.method = result.method  # a new result shows its official method
        self.meeting.set_result(result)

    # -- the method ------------------------------------------------------------------------
    def set_method(self, method: str) -> None:
        """Show the ranking by ``method`` (computed by the merge; nothing recomputes)."""
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}")
        self.method = method

    def ranking_for(self, method: str | None = None) -> list[RankingRow] | None:
        """The ranking by ``method`` (the method shown by default); None when the merge did
        not compute it."""
        if self.result is None:
            return None
        method = method or self.method
        rows = self.result.by_method.get(method)
        if rows is None and method == self.result.method:
            rows = self.result.ranking
        return rows

    def method_standing(self, method: str | None = None) -> str:
        """"official" (exports use it), "comparison", or "missing" (not computed)."""
        method = method or self.method
        if self.ranking_for(method) is None:
            return "missing"
        assert self.result is not None
        return "official" if method == self.result.method else "comparison"

    # -- what the result says --------------------------------------------------------------
    def conflicted(self, nominee_id: str) -> set[str]:
        """The fingerprints of the judges the roster marks as in conflict with a nominee."""
        panel = getattr(self.outcome, "panel", None)
        if panel is None:
            return set()
        return {c.fingerprint for c in panel.conflicts if c.nominee_id == nominee_id}

    def dimension_profile(self) -> DimensionProfile | None:
        """The result's profile by dimension (``services.profile``): the one the merge's
        worker computed, else computed once for this result (one given directly)."""
        result = self.result
        if result is None:
            return None
        if self._profile_of is not result:
            from zerodx_desktop.services.profile import dimension_profile

            self._profile, self._profile_of = dimension_profile(result), result
        return self._profile

    def domain_profile(self, row: RankingRow) -> DomainProfile:
        """The domain subtotals of ``row``'s nominee (from the official ranking: they do not
        depend on the method) and the panel's average per domain."""
        result = self.result
        if result is None:
            return DomainProfile()
        official = next((r for r in result.ranking if r.nominee_id == row.nominee_id), row)
        ids = [did for did, _t in result.domains]
        mine = [official.domain_scores.get(did) for did in ids]
        average: list[float | None] = []
        for did in ids:
            vals = [s for r in result.ranking
                    if (s := r.domain_scores.get(did)) is not None]
            average.append(sum(vals) / len(vals) if vals else None)
        return DomainProfile(ids, mine, average)

    # -- exports ---------------------------------------------------------------------------
    @property
    def can_export_workbook(self) -> bool:
        return self.result is not None and not self.busy

    @property
    def can_print(self) -> bool:
        """The report and the letters come only from the saved result workbook, signed by a
        chair or the organizer of the panel."""
        return (self.can_export_workbook and self.result_check is not None
                and self.result_check.valid)

    def signing_note(self) -> SigningNote:
        """Who the result workbook would be signed by (the home's identity, if any)."""
        if not signing.has_identity(self.home):
            return SigningNote("unsigned")
        try:
            who = signing.load_public_identity(self.home)
        except UserError as exc:
            return SigningNote("unreadable", error=exc.what)
        return SigningNote("signed", who.name, who.fingerprint)

    @property
    def signs_workbook(self) -> bool:
        """Whether the workbook is signed (the home has an identity to unlock) or written
        unsigned."""
        return signing.has_identity(self.home)

    def suggested(self, suffix: str) -> Path:
        """Where an export goes by default: beside the package, else in the home."""
        base = self.package_path.parent if self.package_path else self.home
        stem = "result" if suffix == ".xlsx" else "report"
        return base / f"{stem}{suffix}"

    @staticmethod
    def with_suffix(path: Path, suffix: str) -> Path:
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def apply_meeting(self) -> None:
        """Record the meeting's notes and decisions on the result, to be signed with it
        (UserError when one is bad)."""
        self.meeting.apply()

    def workbook_request(self, path: Path, identity: Identity | None) -> WorkbookRequest | None:
        """Write the result workbook at ``path``, signed by ``identity`` (None: unsigned)."""
        if self.result is None:
            return None
        return WorkbookRequest(self.home, self.package_path, self.with_suffix(path, ".xlsx"),
                               self.result, identity)

    def workbook_written(self, request: WorkbookRequest,
                         written: tuple[str, ResultCheck]) -> WorkbookSaved:
        sha256, check = written
        self.last_workbook, self.last_workbook_sha = request.path, sha256
        if self.result is request.result:  # not a result merged since
            self.result_check = check
        return WorkbookSaved(request.path, sha256, check, request.identity)

    def report_request(self, path: Path, *, include_comments: bool, certificates: int,
                       lang: str) -> ReportRequest | None:
        """Print the report of the saved result workbook (None when there is none)."""
        check = self.result_check
        if self.result is None or check is None or self.last_workbook is None:
            return None
        return ReportRequest(self.home, check, self.with_suffix(path, ".pdf"),
                             include_comments, certificates, lang, self.certificate_template)

    def report_written(self, request: ReportRequest, outcome: ReportOutcome) -> None:
        self.last_pdf = request.path

    def letters_request(self, folder: Path, *, rank_band: bool,
                        lang: str) -> LettersRequest | None:
        """Print one feedback letter per nominee (None without a valid saved result)."""
        check = self.result_check
        if self.result is None or check is None or not check.valid:
            return None
        return LettersRequest(self.home, check, Path(folder),
                              tuple(self.meeting.excluded_comments()), rank_band, lang)

    def letters_written(self, paths: Sequence[Path]) -> None:
        self.last_letters = list(paths)

    def set_certificate_template(self, path: Path | None) -> None:
        """Use the certificate template at ``path`` (None: the default wording). UserError for
        a bad one, which is not used (the current one is kept)."""
        if path is not None:
            from zerodx_desktop.services.reports import check_certificate_template

            check_certificate_template(path)
        self.certificate_template = path

