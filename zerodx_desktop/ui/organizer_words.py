"""The organizer controller's codes in the user's language: a nominee folder's problem, what
the package still needs, what adding judge cards did, and what a build or a next round saved.

The texts keep the translation contexts they always had (``organizer_view`` for the nominee
preview, ``OrganizerView`` for the rest), so the catalogue finds them where it did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from zerodx_desktop.controllers import organizer as ctl
from zerodx_desktop.controllers.organizer import Missing, NomineeIssue, NomineeRead, Said
from zerodx_desktop.core.errors import UserError

# ``translate("Context", "text")`` with literal arguments: what pyside6-lupdate extracts
translate = QCoreApplication.translate


# -- the nominee folders ----------------------------------------------------------------------
def issue_text(said: Said | None) -> str:
    """A nominee folder's problem or note in the UI language."""
    if said is None:
        return ""
    a = said.args
    if said.code is NomineeIssue.DUPLICATE_ID:
        return translate("organizer_view",
                "the id '{id}' is also used by '{folder}'").format(id=a["id"],
                                                                      folder=a["folder"])
    if said.code is NomineeIssue.LARGE_ATTACHMENTS:
        return translate("organizer_view", "large attachment(s): {files}").format(files=a["files"])
    return a["what"] + (f" ({a['file']})" if a.get("file") else "")


def folder_error(exc: ctl.NomineesFolderError) -> UserError:
    if exc.code is ctl.FolderProblem.MISSING:
        return UserError(translate("organizer_view",
                "the nominees folder does not exist"), where=exc.where)
    return UserError(translate("organizer_view",
            "the folder has no nominee sub-folders"), where=exc.where,
                     hint=translate("organizer_view",
                             "Make one sub-folder per nominee, each with a nominee.json."))


@dataclass(frozen=True)
class NomineePreview:
    """A nominee folder as read, with its problem and note in words."""

    read: NomineeRead
    problem: str
    note: str

    @classmethod
    def of(cls, read: NomineeRead) -> NomineePreview:
        return cls(read, issue_text(read.problem), issue_text(read.note))

    def __getattr__(self, name: str) -> Any:  # folder, id, name, attachments, size, ok
        return getattr(self.read, name)


def preview_nominees(root: Path, progress: Callable[[int, int, str], None] | None = None,
                     ) -> list[NomineePreview]:
    """Read each nominee sub-folder as ``panel build`` will, keeping each folder's problem
    (in words; the controller's codes are in ``.read``). Runs off the UI thread."""
    def said(done: int, total: int, folder: str) -> None:
        if progress is not None:
            progress(done, total, translate("organizer_view",
                    "Reading {name}").format(name=folder) if folder
                     else translate("organizer_view", "Done"))

    try:
        reads = ctl.read_nominees(Path(root), said)
    except ctl.NomineesFolderError as exc:
        raise folder_error(exc) from exc
    return [NomineePreview.of(p) for p in reads]


# -- the build --------------------------------------------------------------------------------
def missing_text(missing: Missing) -> str:
    return {
        Missing.TITLE: translate("OrganizerView", "Give the panel a title."),
        Missing.FRAMEWORK: translate("OrganizerView",
                "Choose a valid framework (or use the sample)."),
        Missing.NOMINEES_FOLDER: translate("OrganizerView", "Choose the nominees folder."),
        Missing.NO_USABLE_NOMINEE: translate("OrganizerView",
                "The nominees folder has no usable nominee."),
        Missing.NOMINEE_PROBLEMS: translate("OrganizerView",
                "Fix the nominee folders with problems."),
        Missing.JUDGES: translate("OrganizerView", "Add at least one judge card."),
        Missing.IDENTITY: translate("OrganizerView",
                "Create an identity in this home: it signs the package."),
    }[missing]


def cards_messages(outcome: ctl.CardsAdded) -> tuple[list[str], list[str]]:
    """(the cards refused, the namesakes added) in words."""
    problems = [r.args["message"] if r.code is ctl.CardRefusal.UNREADABLE else
                translate("OrganizerView",
                        "{name}: {name2} ({fingerprint}) is already on the roster").format(
                    name=r.args["file"], name2=r.args["name"],
                    fingerprint=r.args["fingerprint"]) for r in outcome.refused]
    notes = [translate("OrganizerView",
            "{file}: {name} <{email}> was added with the key {fingerprint}, but "
                "{other} is already on the roster with a different key ({fingerprint2}). "
                "If this is the same person, remove the card with the old key.").format(
                    file=n.file, name=n.card.name, email=n.card.email,
                    fingerprint=n.card.fingerprint, other=n.other.name,
                    fingerprint2=n.other.fingerprint) for n in outcome.namesakes]
    return problems, notes


def package_saved(s: ctl.PackageSummary) -> str:
    return translate(
        "OrganizerView", "Panel package saved: {path}\n{nominees}, {judges}, {conflicts}, "
        "method {method}, round {round}\nSigned by {organizer}, organizer "
        "fingerprint {fingerprint}").format(
        path=s.path,
        nominees=(translate("OrganizerView", "1 nominee") if s.nominees == 1
                  else translate("OrganizerView", "{n} nominees").format(n=s.nominees)),
        judges=(translate("OrganizerView", "1 judge") if s.judges == 1
                else translate("OrganizerView", "{n} judges").format(n=s.judges)),
        conflicts=(translate("OrganizerView", "1 conflict") if s.conflicts == 1
                   else translate("OrganizerView", "{n} conflicts").format(n=s.conflicts)),
        method=s.method, round=s.round, organizer=s.organizer_name,
        fingerprint=s.organizer_fingerprint)


def next_round_saved(nxt: Any, out: Path) -> str:
    p = nxt.package.panel
    text = translate("OrganizerView",
            "Round {round} of {title} saved: {path}\n{n} nominees shortlisted: "
              "{ids}").format(round=p.round, title=p.title, path=out, n=len(nxt.kept),
                              ids=", ".join(nxt.kept))
    if nxt.ties:
        text += "\n" + translate("OrganizerView",
                "Ties at the cut were included ({where}).").format(
            where=", ".join(nxt.ties))
    return text


def report_saved(outcome: Any) -> str:
    return ((translate("OrganizerView",
            "Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}")
             if outcome.draft else translate("OrganizerView",
                     "Report saved: {path}")).format(path=outcome.path)
            + ("\n" + translate("OrganizerView",
                    "Certificates saved: {path}").format(path=outcome.certificates_path)
               if outcome.certificates_path is not None else ""))
