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


def _t(text: str) -> str:
    return QCoreApplication.translate("organizer_view", text)


def _v(text: str) -> str:
    return QCoreApplication.translate("OrganizerView", text)


# -- the nominee folders ----------------------------------------------------------------------
def issue_text(said: Said | None) -> str:
    """A nominee folder's problem or note in the UI language."""
    if said is None:
        return ""
    a = said.args
    if said.code is NomineeIssue.DUPLICATE_ID:
        return _t("the id '{id}' is also used by '{folder}'").format(id=a["id"],
                                                                      folder=a["folder"])
    if said.code is NomineeIssue.LARGE_ATTACHMENTS:
        return _t("large attachment(s): {files}").format(files=a["files"])
    return a["what"] + (f" ({a['file']})" if a.get("file") else "")


def folder_error(exc: ctl.NomineesFolderError) -> UserError:
    if exc.code is ctl.FolderProblem.MISSING:
        return UserError(_t("the nominees folder does not exist"), where=exc.where)
    return UserError(_t("the folder has no nominee sub-folders"), where=exc.where,
                     hint=_t("Make one sub-folder per nominee, each with a nominee.json."))


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
            progress(done, total, _t("Reading {name}").format(name=folder) if folder
                     else _t("Done"))

    try:
        reads = ctl.read_nominees(Path(root), said)
    except ctl.NomineesFolderError as exc:
        raise folder_error(exc) from exc
    return [NomineePreview.of(p) for p in reads]


# -- the build --------------------------------------------------------------------------------
def missing_text(missing: Missing) -> str:
    return {
        Missing.TITLE: _v("Give the panel a title."),
        Missing.FRAMEWORK: _v("Choose a valid framework (or use the sample)."),
        Missing.NOMINEES_FOLDER: _v("Choose the nominees folder."),
        Missing.NO_USABLE_NOMINEE: _v("The nominees folder has no usable nominee."),
        Missing.NOMINEE_PROBLEMS: _v("Fix the nominee folders with problems."),
        Missing.JUDGES: _v("Add at least one judge card."),
        Missing.IDENTITY: _v("Create an identity in this home: it signs the package."),
    }[missing]


def cards_messages(outcome: ctl.CardsAdded) -> tuple[list[str], list[str]]:
    """(the cards refused, the namesakes added) in words."""
    problems = [r.args["message"] if r.code is ctl.CardRefusal.UNREADABLE else
                _v("{name}: {name2} ({fingerprint}) is already on the roster").format(
                    name=r.args["file"], name2=r.args["name"],
                    fingerprint=r.args["fingerprint"]) for r in outcome.refused]
    notes = [_v("{file}: {name} <{email}> was added with the key {fingerprint}, but "
                "{other} is already on the roster with a different key ({fingerprint2}). "
                "If this is the same person, remove the card with the old key.").format(
                    file=n.file, name=n.card.name, email=n.card.email,
                    fingerprint=n.card.fingerprint, other=n.other.name,
                    fingerprint2=n.other.fingerprint) for n in outcome.namesakes]
    return problems, notes


def package_saved(s: ctl.PackageSummary) -> str:
    return _v("Panel package saved: {path}\n{nominees}, {judges}, {conflicts}, "
              "method {method}, round {round}\nSigned by {organizer}, organizer "
              "fingerprint {fingerprint}").format(
        path=s.path,
        nominees=(_v("1 nominee") if s.nominees == 1
                  else _v("{n} nominees").format(n=s.nominees)),
        judges=_v("1 judge") if s.judges == 1 else _v("{n} judges").format(n=s.judges),
        conflicts=(_v("1 conflict") if s.conflicts == 1
                   else _v("{n} conflicts").format(n=s.conflicts)),
        method=s.method, round=s.round, organizer=s.organizer_name,
        fingerprint=s.organizer_fingerprint)


def next_round_saved(nxt: Any, out: Path) -> str:
    p = nxt.package.panel
    text = _v("Round {round} of {title} saved: {path}\n{n} nominees shortlisted: "
              "{ids}").format(round=p.round, title=p.title, path=out, n=len(nxt.kept),
                              ids=", ".join(nxt.kept))
    if nxt.ties:
        text += "\n" + _v("Ties at the cut were included ({where}).").format(
            where=", ".join(nxt.ties))
    return text


def report_saved(outcome: Any) -> str:
    return ((_v("Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}")
             if outcome.draft else _v("Report saved: {path}")).format(path=outcome.path)
            + ("\n" + _v("Certificates saved: {path}").format(path=outcome.certificates_path)
               if outcome.certificates_path is not None else ""))
