"""Feedback letters' rules: which comment an exclusion names, and a nominee's rank band.

A comment is named by (nominee id, criterion id, n) where n counts that criterion's comments
on the nominee from 1 (``NOMINEE_ID:CRITERION_ID:N`` on the command line). The letters
themselves are printed by ``formats.pdf.letters``.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.result import Comment, PanelResult, RankingRow


class RankBand(StrEnum):
    """A coarse band instead of a place (its value is the English message id)."""

    TOP = "top quarter"
    UPPER = "upper half"
    LOWER = "lower half"
    BOTTOM = "bottom quarter"
    NOT_RANKED = "not ranked"


CommentKey = tuple[str, str, int]  # (nominee id, criterion id, n-th comment on it, from 1)


def comment_keys(result: PanelResult) -> list[tuple[CommentKey, Comment]]:
    """Every comment with the key the chair excludes it by."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for c in result.comments:
        k = (c.nominee_id, c.criterion_id)
        seen[k] = seen.get(k, 0) + 1
        out.append(((c.nominee_id, c.criterion_id, seen[k]), c))
    return out


def parse_comment_key(text: str) -> CommentKey:
    """``NOMINEE_ID:CRITERION_ID:N`` as a key (UserError when malformed)."""
    parts = text.rsplit(":", 2)
    if len(parts) != 3 or not parts[0] or not parts[1] or not parts[2].isdigit() \
            or int(parts[2]) < 1:
        raise UserError(f"'{text}' does not name a comment", where="--exclude-comment",
                        hint="Write NOMINEE_ID:CRITERION_ID:N (N counts that criterion's "
                             "comments on the nominee from 1).")
    return parts[0], parts[1], int(parts[2])


def check_exclusions(result: PanelResult, excluded: Iterable[CommentKey]) -> set[CommentKey]:
    """The exclusions, each naming a comment of the result once (UserError otherwise)."""
    known = {k for k, _c in comment_keys(result)}
    out: set[CommentKey] = set()
    for k in excluded:
        label = f"{k[0]}:{k[1]}:{k[2]}"
        if k in out:
            raise UserError(f"the comment {label} is excluded twice", where="--exclude-comment",
                            hint="Name each comment once.")
        if k not in known:
            raise UserError(f"there is no comment {label} in the result",
                            where="--exclude-comment",
                            hint="Count the comments on that nominee and criterion from 1.")
        out.add(k)
    return out


def rank_band(row: RankingRow, ranked: int) -> RankBand:
    """A coarse band instead of a place: top quarter, upper half, lower half, bottom
    quarter of the ``ranked`` nominees."""
    if row.score is None or ranked <= 0:
        return RankBand.NOT_RANKED
    share = (row.rank - 1) / ranked
    return (RankBand.TOP if share < 0.25 else RankBand.UPPER if share < 0.5
            else RankBand.LOWER if share < 0.75 else RankBand.BOTTOM)
