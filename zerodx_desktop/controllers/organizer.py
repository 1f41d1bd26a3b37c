"""The organizer's workflow, without Qt: the panel draft, what it needs before it can be
built, the nominee-folder preview, building the signed package, the next round, the report.

The organizer view holds one :class:`PanelDraft` and shows what it says; everything here
returns codes and values (:class:`Missing`, :class:`NomineeIssue`, :class:`CardsAdded` ...)
that the view puts into words in the user's language. The long runs (:func:`read_nominees`,
:func:`build_package`, :func:`next_round`, :func:`print_report`) are plain functions the view
calls from a worker thread with a progress callback; none of them touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS, Conflict
from zerodx_desktop.services import identity as signing

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.services.identity import Identity, PublicIdentity
    from zerodx_desktop.services.programme import NextRound
    from zerodx_desktop.services.reports import ReportOutcome

LARGE_ATTACHMENT = 20 * 1024 * 1024  # judges carry the package offline: say when it is heavy
FINGERPRINT_SHOWN = 8  # characters of a key's fingerprint shown after "SHA256:" in pickers
PACKAGE_SUFFIX = ".zdxpanel"

# (done, total, folder name; "" once every folder is read)
ReadProgress = Callable[[int, int, str], None]


def short_fingerprint(fingerprint: str) -> str:
    """``SHA256:abcdefgh…``: enough to tell two keys apart at a glance."""
    prefix, sep, rest = fingerprint.partition(":")
    if not sep:
        prefix, rest = "", fingerprint
    head = rest[:FINGERPRINT_SHOWN]
    return (f"{prefix}:" if sep else "") + head + ("\u2026" if len(rest) > len(head) else "")


def judge_label(judge: PublicIdentity) -> str:
    """How a judge is named in pickers and tables: the name and the key it signs with."""
    return f"{judge.name} ({short_fingerprint(judge.fingerprint)})"


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (case-insensitive), added when the user left it out."""
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


# -- the nominee folders ------------------------------------------------------------------------
class NomineeIssue(StrEnum):
    """What is said about one nominee folder (the arguments are in ``Said.args``)."""

    UNREADABLE = "unreadable"  # what, file ("" when the folder itself): blocks the build
    DUPLICATE_ID = "duplicate_id"  # id, folder (the one that has it first): blocks the build
    LARGE_ATTACHMENTS = "large_attachments"  # files: a note, not a problem


@dataclass(frozen=True)
class Said:
    """A code and its arguments: the view words it."""

    code: StrEnum
    args: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NomineeRead:
    """One nominee sub-folder as ``panel build`` will read it."""

    folder: str
    id: str = ""
    name: str = ""
    country: str = ""
    attachments: int = 0
    size: int = 0
    problem: Said | None = None  # why the folder cannot be used
    note: Said | None = None  # a warning that does not block

    @property
    def ok(self) -> bool:
        return self.problem is None


class FolderProblem(StrEnum):
    MISSING = "missing"  # the nominees folder does not exist
    EMPTY = "empty"  # it has no nominee sub-folders


class NomineesFolderError(UserError):
    """The nominees folder as a whole cannot be read; ``code`` says why."""

    def __init__(self, code: FolderProblem, where: str) -> None:
        what = ("the nominees folder does not exist" if code is FolderProblem.MISSING
                else "the folder has no nominee sub-folders")
        hint = ("" if code is FolderProblem.MISSING
                else "Make one sub-folder per nominee, each with a nominee.json.")
        super().__init__(what, where=where, hint=hint)
        self.code = code


def read_nominees(root: Path, progress: ReadProgress | None = None) -> list[NomineeRead]:
    """Read each nominee sub-folder as ``panel build`` will (attachments are read and
    hashed: run it off the UI thread), keeping each folder's problem."""
    from zerodx_desktop.services.panels import read_nominee_folder

    root = Path(root)
    if not root.is_dir():
        raise NomineesFolderError(FolderProblem.MISSING, str(root))
    folders = sorted(p for p in root.iterdir()
                     if p.is_dir() and not p.name.startswith((".", "__")))
    if not folders:
        raise NomineesFolderError(FolderProblem.EMPTY, str(root))
    out: list[NomineeRead] = []
    seen: dict[str, str] = {}
    for i, folder in enumerate(folders):
        if progress:
            progress(i, len(folders), folder.name)
        try:
            nominee, _blobs = read_nominee_folder(folder)
        except UserError as exc:
            out.append(NomineeRead(folder.name, problem=Said(NomineeIssue.UNREADABLE, {
                "what": exc.what, "file": Path(exc.where).name if exc.where else ""})))
            continue
        large = [a.file for a in nominee.attachments if a.size > LARGE_ATTACHMENT]
        note = Said(NomineeIssue.LARGE_ATTACHMENTS, {"files": ", ".join(large)}) if large else None
        problem = None
        if nominee.id in seen:
            problem = Said(NomineeIssue.DUPLICATE_ID, {"id": nominee.id,
                                                       "folder": seen[nominee.id]})
        seen.setdefault(nominee.id, folder.name)
        out.append(NomineeRead(folder.name, nominee.id, nominee.name, nominee.country,
                               len(nominee.attachments),
                               sum(a.size for a in nominee.attachments), problem, note))
    if progress:
        progress(len(folders), len(folders), "")
    return out


# -- what stops the build -----------------------------------------------------------------------
class Missing(StrEnum):
    """What the draft still needs before the package can be built, in the form's order."""

    TITLE = "title"
    FRAMEWORK = "framework"
    NOMINEES_FOLDER = "nominees_folder"
    NO_USABLE_NOMINEE = "no_usable_nominee"
    NOMINEE_PROBLEMS = "nominee_problems"
    JUDGES = "judges"
    IDENTITY = "identity"


class CardRefusal(StrEnum):
    UNREADABLE = "unreadable"  # message: the card's own error
    ALREADY_ON_ROSTER = "already_on_roster"  # file, name, fingerprint


@dataclass(frozen=True)
class Namesake:
    """A card added whose name is already on the roster with another key."""

    file: str
    card: PublicIdentity
    other: PublicIdentity


@dataclass
class CardsAdded:
    """What adding judge (or chair) cards did."""

    added: int = 0
    refused: list[Said] = field(default_factory=list)
    namesakes: list[Namesake] = field(default_factory=list)


@dataclass(frozen=True)
class IdentityState:
    """The home identity that signs the package: none, readable, or not readable (``what``)."""

    present: bool
    name: str = ""
    fingerprint: str = ""
    what: str = ""


def identity_state(home: Path) -> IdentityState:
    if not signing.has_identity(home):
        return IdentityState(False)
    try:
        me = signing.load_public_identity(home)
    except UserError as exc:
        return IdentityState(True, what=exc.what)
    return IdentityState(True, me.name, me.fingerprint)


@dataclass(frozen=True)
class MatrixDesign:
    """Nominees (id, name), judges (fingerprint, label), conflicts and categories as the
    package builder will see them."""

    nominees: list[tuple[str, str]]
    judges: list[tuple[str, str]]
    conflicts: dict[tuple[str, str], str]
    categories: dict[str, str]


@dataclass(frozen=True)
class BuildRequest:
    """Everything :func:`build_package` needs, taken from the draft on the UI thread."""

    kwargs: Mapping[str, Any]
    out: Path
    organizer_name: str
    organizer_fingerprint: str


@dataclass(frozen=True)
class PackageSummary:
    """What the view says after a build: counts, method, round, who signed."""

    path: Path
    nominees: int
    judges: int
    conflicts: int
    method: str
    round: int
    organizer_name: str
    organizer_fingerprint: str


@dataclass
class PanelDraft:
    """The panel being put together: the organizer view's state, without its widgets."""

    home: Path
    title: str = ""
    framework: Framework | None = None
    framework_path: Path | None = None
    # what went wrong with the last framework tried (so a language change can say it again)
    framework_failure: tuple[Path, UserError] | None = None
    nominees_dir: Path | None = None
    nominees: list[NomineeRead] = field(default_factory=list)
    judges: list[PublicIdentity] = field(default_factory=list)
    chairs: list[PublicIdentity] = field(default_factory=list)  # besides the organizer
    conflicts: list[Conflict] = field(default_factory=list)
    nominated: list[Any] = field(default_factory=list)  # (nominee, bytes, nomination, file)

    # -- framework
    def load_framework(self, path: Path) -> bool:
        """Load and validate ``path``; on error keep no framework and remember why."""
        from zerodx_desktop.services.frameworks import load_framework

        path = Path(path)
        try:
            fw = load_framework(path)
        except UserError as exc:
            self.framework, self.framework_path = None, None
            self.framework_failure = (path, exc)
            return False
        self.framework, self.framework_path = fw, path
        self.framework_failure = None
        return True

    def template_name(self) -> str:
        fw = self.framework
        return f"{fw.id}-{fw.version}.xlsx" if fw is not None else "framework-template.xlsx"

    # -- nominees
    @property
    def usable_nominees(self) -> list[NomineeRead]:
        return [p for p in self.nominees if p.ok]

    def set_nominees(self, folder: Path | None, previews: list[NomineeRead]) -> bool:
        """The folder read (None: none usable); drops the conflicts on nominees gone.
        True when some conflicts were dropped."""
        self.nominees_dir = None if folder is None else Path(folder)
        self.nominees = list(previews)
        ids = {p.id for p in self.usable_nominees}
        kept = [c for c in self.conflicts if c.nominee_id in ids]
        dropped = len(kept) != len(self.conflicts)
        self.conflicts = kept
        return dropped

    # -- judges and chairs
    def add_judge_cards(self, paths: Iterable[Path]) -> CardsAdded:
        """Read each card; a key already on the roster is refused, a namesake with another
        key is added and reported (the same person with a new key, or two people with one
        name: the organizer decides, but never without knowing)."""
        out = CardsAdded()
        for path in paths:
            path = Path(path)
            try:
                card = signing.read_judge_card(path)
            except UserError as exc:
                out.refused.append(Said(CardRefusal.UNREADABLE, {"message": exc.message}))
                continue
            if any(j.fingerprint == card.fingerprint for j in self.judges):
                out.refused.append(Said(CardRefusal.ALREADY_ON_ROSTER, {
                    "file": path.name, "name": card.name, "fingerprint": card.fingerprint}))
                continue
            same = " ".join(card.name.split()).casefold()
            namesakes = [j for j in self.judges if " ".join(j.name.split()).casefold() == same]
            if namesakes:
                out.namesakes.append(Namesake(path.name, card, namesakes[0]))
            self.judges.append(card)
            out.added += 1
        return out

    def remove_judges(self, rows: Iterable[int]) -> bool:
        """Remove the judges at ``rows`` and their conflicts; True if any went."""
        gone = sorted(set(rows), reverse=True)
        for r in gone:
            judge = self.judges.pop(r)
            self.conflicts = [c for c in self.conflicts if c.fingerprint != judge.fingerprint]
        return bool(gone)

    def add_chair_cards(self, paths: Iterable[Path]) -> tuple[int, list[tuple[str, str]]]:
        """Read each chair's card (a judge card): how many were added, and (file, what) for
        each card that could not be read."""
        added, problems = 0, []
        for path in paths:
            try:
                card = signing.read_judge_card(Path(path))
            except UserError as exc:
                problems.append((Path(path).name, exc.what))
                continue
            if all(c.fingerprint != card.fingerprint for c in self.chairs):
                self.chairs.append(card)
                added += 1
        return added, problems

    # -- conflicts and nominations
    def add_conflict(self, fingerprint: str, nominee_id: str, reason: str = "") -> bool:
        """Record a known conflict; False when it is already recorded."""
        if any(c.fingerprint == fingerprint and c.nominee_id == nominee_id
               for c in self.conflicts):
            return False
        self.conflicts.append(Conflict(fingerprint, nominee_id, reason))
        return True

    def remove_conflicts(self, rows: Iterable[int]) -> bool:
        gone = sorted(set(rows), reverse=True)
        for r in gone:
            del self.conflicts[r]
        return bool(gone)

    def load_nominations(self, folder: Path) -> None:
        """Read and verify every nomination in ``folder`` (a tampered one is refused: the
        error is raised and no nomination is kept)."""
        from zerodx_desktop.services.programme import read_nominations

        try:
            self.nominated = read_nominations(Path(folder))
        except UserError:
            self.nominated = []
            raise

    def nomination_lines(self) -> list[tuple[str, str, str, str]]:
        """(nominee name, id, nominating judge's name or key, relationship) per nomination."""
        names = {j.fingerprint: j.name for j in self.judges}
        return [(n.name, n.id, names.get(m.fingerprint, m.fingerprint), m.relationship)
                for n, _b, m, _w in self.nominated]

    # -- the assignment matrix
    def matrix_design(self, nominated_reason: str) -> MatrixDesign:
        """The design the matrix shows; a nominating judge is conflicted with their nominee
        (``nominated_reason``, in the user's words) unless the conflict was lifted."""
        nominees = [(p.id, p.name) for p in self.usable_nominees]
        cats: dict[str, str] = {}
        conflicts = {(c.fingerprint, c.nominee_id): c.reason for c in self.conflicts}
        for nominee, _blobs, nomination, _file in self.nominated:
            nominees.append((nominee.id, nominee.name))
            cats[nominee.id] = getattr(nominee, "category", "") or ""
            if not nomination.conflict_lifted:
                conflicts.setdefault((nomination.fingerprint, nominee.id), nominated_reason)
        judges = [(j.fingerprint, judge_label(j)) for j in self.judges]
        return MatrixDesign(nominees, judges, conflicts, cats)

    @staticmethod
    def propose(design: MatrixDesign, k: int, seed: int) -> dict[str, list[str]] | None:
        """A balanced assignment of ``k`` judges per nominee (None for k = 0: every judge
        on every nominee they are free to score). Raises ``UserError`` when impossible."""
        if not k:
            return None
        from zerodx_desktop.services.programme import propose_assignment

        return propose_assignment([n for n, _ in design.nominees],
                                  [fp for fp, _ in design.judges], k,
                                  conflicts=list(design.conflicts), seed=seed,
                                  categories=design.categories)

    # -- building
    def missing(self) -> list[Missing]:
        """What stops the package from being built, in the form's order (empty: ready)."""
        out = []
        if not self.title.strip():
            out.append(Missing.TITLE)
        if self.framework is None:
            out.append(Missing.FRAMEWORK)
        if self.nominees_dir is None:
            out.append(Missing.NOMINEES_FOLDER)
        elif not self.usable_nominees:
            out.append(Missing.NO_USABLE_NOMINEE)
        elif len(self.usable_nominees) != len(self.nominees):
            out.append(Missing.NOMINEE_PROBLEMS)
        if not self.judges:
            out.append(Missing.JUDGES)
        if not signing.has_identity(self.home):
            out.append(Missing.IDENTITY)
        return out

    def clean_title(self) -> str:
        return " ".join(self.title.split())

    def suggested_package(self) -> Path:
        """``<nominees folder's parent>/<title-slug>.zdxpanel``."""
        slug = "".join(ch if ch.isalnum() else "-" for ch in self.clean_title().lower())
        base = self.nominees_dir.parent if self.nominees_dir is not None else self.home
        return base / f"{slug.strip('-') or 'panel'}{PACKAGE_SUFFIX}"

    def build_request(self, organizer: Identity, out: Path, *, method: str, round_: int,
                      judges_per_nominee: int, seed: int,
                      assignment: dict[str, list[str]] | None = None) -> BuildRequest:
        """The build as it stands now (copies: the form may change while it runs). With
        ``assignment`` (the hand-adjusted matrix) K is not used: the matrix is checked as
        ``--assign`` is."""
        missing = self.missing()
        if missing:
            raise UserError("the package cannot be built yet: "
                            + ", ".join(m.value for m in missing))
        if method not in METHODS:
            raise UserError(f"unknown method: {method}", hint="One of: " + ", ".join(METHODS))
        assert self.framework is not None and self.nominees_dir is not None  # missing() says
        kwargs: dict[str, Any] = dict(
            title=self.clean_title(), framework=self.framework, nominees_dir=self.nominees_dir,
            judges=list(self.judges), conflicts=list(self.conflicts), method=method,
            round_=round_, organizer=organizer, out=with_suffix(out, PACKAGE_SUFFIX),
            chairs=list(self.chairs), home=self.home,
            judges_per_nominee=judges_per_nominee or None, seed=seed,
            nominated=list(self.nominated))
        if assignment is not None:
            kwargs.update(judges_per_nominee=None, assignment=assignment)
        return BuildRequest(kwargs, kwargs["out"], organizer.name, organizer.fingerprint)


def build_package(request: BuildRequest) -> PackageSummary:
    """Build and sign the package (slow: the attachments are read and hashed)."""
    from zerodx_desktop.services.panels import build_panel_from

    pkg = build_panel_from(**request.kwargs)
    p = pkg.panel
    return PackageSummary(request.out, len(p.nominees), len(p.judges), len(p.conflicts),
                          p.method, p.round, request.organizer_name,
                          request.organizer_fingerprint)


def write_template(out: Path, framework: Framework | None) -> Path:
    """The framework (or an example) as the spreadsheet template, at ``out`` (.xlsx)."""
    from zerodx_desktop.services.frameworks import write_template as write

    out = with_suffix(out, ".xlsx")
    write(out, framework)
    return out


def print_report(home: Path, src: Path, out: Path, *, draft: bool, certificates: int,
                 include_comments: bool,
                 progress: Callable[[int, int], None] | None = None) -> ReportOutcome:
    """Result workbook -> PDF report; final only from a result a chair or the organizer
    signed (the one rule, in ``services.reports``), a draft when asked."""
    from zerodx_desktop.services.reports import print_report as run

    return run(home, Path(src), with_suffix(out, ".pdf"), draft=draft,
               certificates=certificates, include_comments=include_comments,
               progress=progress)


def next_round(*, home: Path, organizer: Identity, result: Path, previous: Path, out: Path,
               shortlist_n: int, per_category: bool, judges_per_nominee: int,
               seed: int) -> NextRound:
    """Signed result + its round's package -> the next round's package (top N)."""
    from zerodx_desktop.services.programme import build_next_round

    return build_next_round(home=home, organizer=organizer, result=Path(result),
                            previous=Path(previous), shortlist_n=shortlist_n,
                            per_category=per_category, out=with_suffix(out, PACKAGE_SUFFIX),
                            judges_per_nominee=judges_per_nominee or None, seed=seed)


def next_round_name(previous: Path) -> Path:
    return Path(previous).with_name(Path(previous).stem + "-next" + PACKAGE_SUFFIX)


__all__ = ["BuildRequest", "CardRefusal", "CardsAdded", "FolderProblem", "IdentityState",
           "MatrixDesign", "Missing", "Namesake", "NomineeIssue", "NomineeRead",
           "NomineesFolderError", "PackageSummary", "PanelDraft", "Said",
           "build_package", "identity_state", "judge_label", "next_round", "next_round_name",
           "print_report", "read_nominees", "short_fingerprint", "with_suffix",
           "write_template"]
