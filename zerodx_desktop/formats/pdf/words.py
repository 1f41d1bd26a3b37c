"""The PDFs' words for codes: methods, sheet warnings and statuses, ranks, numbers,
file names shown without their folders, an award's line."""

from __future__ import annotations

import math
import re

from zerodx_desktop.core.decisions import Award
from zerodx_desktop.core.result import RankingRow
from zerodx_desktop.core.sheet import Warning_
from zerodx_desktop.formats.pdf.i18n import CHINESE
from zerodx_desktop.formats.pdf.i18n import current as current_language
from zerodx_desktop.formats.pdf.i18n import t as _t

METHOD_WORDS: dict[str, tuple[str, str]] = {
    "mean": ("Mean", "Each nominee's score is the average of the totals given by the judges "
                     "who scored it."),
    "median": ("Median", "Each nominee's score is the middle value of the judges' totals, so a "
                         "single very high or very low total cannot move it much."),
    "trimmed": ("Trimmed mean", "A fifth of the judges' totals is set aside at each end (the "
                                "total at the cut counts in part) and the rest averaged, so one "
                                "extreme total cannot move the score much, whatever the number "
                                "of judges."),
    "zscore": ("Standardised (z-score)", "Each judge's totals are first standardised, so that "
                                         "a strict judge and a generous judge weigh the same; "
                                         "the standardised scores are averaged and mapped back "
                                         "to the panel's 0-100 scale."),
    "schulze": ("Schulze ranking", "Each judge's totals give a ranking of the nominees; the "
                                   "Schulze method combines these rankings by comparing every "
                                   "pair of nominees, and the score shown is a helper value "
                                   "for ordering."),
    "adjusted": ("Adjusted for judge severity", "A model fitted to all the scores separates each "
                                               "nominee's standing from each judge's strictness "
                                               "or generosity; the score is what a judge of "
                                               "average strictness would give, so a nominee does "
                                               "not gain from having avoided a strict judge."),
}


def zh() -> bool:
    """Printing in Chinese (``i18n.printing_in``)."""
    return current_language() == CHINESE


def num(x: float | None, places: int = 2) -> str:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return "—"
    return f"{x:.{places}f}"


def rank_label(row: RankingRow) -> str:
    """The rank as printed: ties marked with "=" (e.g. "=2")."""
    return f"={row.rank}" if row.tied else str(row.rank)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def award_line(award: Award) -> str:
    """One line naming the award's winner, or the tie, or that nobody has a score."""
    if not award.winners:
        return _t("no nominee has a score")
    if award.tie:
        return _t("tie at the top, no decision recorded: {names}",
                 names=" · ".join(r.nominee for r in award.winners))
    name = award.winners[0].nominee
    d = award.decision
    if d is None:
        return _t("{name} (the ranking's first place)", name=name)
    if d.overrides_ranking:
        return _t("{name} (decided by the panel, overriding the ranking)", name=name)
    return _t("{name} (decided by the panel)", name=name)


def file_name(path: str) -> str:
    """The last part of a path written on any system ("C:\\x\\a.xlsx", "/tmp/a.xlsx": "a.xlsx"):
    a report never shows where the chair keeps the files."""
    name = re.split(r"[\\/]", str(path or "").rstrip("/\\"))[-1]
    return name or str(path or "")


# An absolute or home-relative path (POSIX, Windows drive or UNC), up to its last separator,
# where it starts a message or follows a space, quote or bracket.
# a folder part: a drive, a share, a home or the root and the folders after it; a lone "/"
# ("n-005 / c-2.1", "3 / 5") is not a path
_DIR_PREFIX = re.compile(r"""(?:(?<=^)|(?<=[\s"'(\[]))"""
                         r"(?:(?:[A-Za-z]:[\\/]|\\\\|~[\\/])(?:[^\s\\/\"'<>|]+[\\/])*"
                         r"|/(?:[^\s\\/\"'<>|]+[\\/])+)")


def strip_paths(text: str, name: str = "") -> str:
    """``text`` (a sheet's verdict message) with every folder taken out of the paths in it;
    ``name``, the file's own name, also when a folder in its path holds spaces."""
    s = str(text or "")[:4000]
    if name:
        # "/home/x/My Documents/garbage.xlsx" -> "garbage.xlsx" (the name is known)
        s = re.sub(r"""(?:(?<=^)|(?<=[\s"'(\[]))(?:[A-Za-z]:|~)?[\\/][^\n]{0,400}?[\\/]"""
                   + re.escape(name), lambda _m: name, s)
    return _DIR_PREFIX.sub("", s)


# the sheet warnings of docs/contract.md §2 (and ours), said in words in the report


WARNING_WORDS: dict[str, str] = {
    Warning_.INCOMPLETE: "some criteria not scored (missing, not zero)",
    Warning_.CONFLICT_SCORED: "scores for a conflicted nominee left out",
    Warning_.DISPLAY_ALTERED: "formatting shows values other than the signed ones (those count)",
    Warning_.SEQUENCE_CLASH: "another sheet of this judge with the same sequence and other values",
    Warning_.ROSTER_NOT_CHECKED: "roster not checked",
}


def _status_names() -> dict[str, str]:
    """A sheet's status in words, in the report's language (the catalogue's ``Report``
    context; literal calls, so the catalogue refresh finds them)."""
    return {"valid": _t("valid"), "tampered": _t("tampered"),
            "bad_signature": _t("bad signature"), "unknown_judge": _t("unknown judge"),
            "wrong_panel": _t("wrong panel"), "wrong_framework": _t("wrong framework"),
            "superseded": _t("superseded"), "unreadable": _t("unreadable")}


def status_words(status: str, *, spaced: bool = False) -> str:
    """A sheet's status as the report prints it: the code (``spaced``: "bad signature") in
    English, its name in Chinese."""
    if zh():
        return _status_names().get(status, status)
    return status.replace("_", " ") if spaced else status
