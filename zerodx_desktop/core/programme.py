"""The rules of an awards programme: categories, balanced judge assignments, the shortlist
cut with ties, and the ranking within a category.

Pure functions over plain values (ids and fingerprints); the package format, the CLI and the
app use them through services.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from zerodx_desktop.core.errors import UserError


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    title_zh: str = ""


@dataclass(frozen=True)
class CategoryRanking:
    """A category's own ranking (``rows`` are RankingRow-like, re-ranked in the category)."""

    id: str
    title: str
    rows: tuple  # type: ignore[type-arg]


class AssignmentImpossible(UserError):
    """No assignment meets the constraints; ``short`` names the nominees that cannot get K."""

    def __init__(self, what: str, short: Sequence[str], *, where: str, hint: str) -> None:
        self.short = list(short)
        super().__init__(what, where=where, hint=hint)


def categories_of(nominee_categories: Iterable[str],
                  declared: Sequence[Category] = ()) -> tuple[Category, ...]:
    """The panel's categories: the declared ones, or else one per distinct nominee
    category (first-seen order; a nominee without one is in no category)."""
    if declared:
        return tuple(declared)
    seen: dict[str, Category] = {}
    for c in nominee_categories:
        if c and c not in seen:
            seen[c] = Category(c, c)
    return tuple(seen.values())


def balanced_assignment(nominees: Sequence[str], judges: Sequence[str], k: int, *,
                        conflicts: Iterable[tuple[str, str]] = (), seed: int = 0,
                        categories: Mapping[str, str] | None = None
                        ) -> dict[str, list[str]]:
    """Assign exactly ``k`` judges to every nominee, never a conflicted one, with every
    judge's load ``floor(N*k/J)`` or one more; the same inputs and ``seed`` give the same
    assignment. With ``categories`` (nominee -> category), a judge is preferably given
    nominees of categories they have fewer of (spread across categories).

    Raises UserError for a bad K and AssignmentImpossible (naming the nominees that cannot
    get K judges) when the conflicts leave no such assignment.
    Returns {nominee: [judge, ...]} with judges in the order of ``judges``.
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise UserError(f"{k} judges per nominee is not possible: give 1 or more",
                        where="--judges-per-nominee")
    if k > len(judges):
        raise UserError(f"{k} judges per nominee is more than the {len(judges)} judges on "
                        "the roster", where="--judges-per-nominee",
                        hint=f"Give at most {len(judges)}, or add judges.")
    conflicted = set(conflicts)
    eligible = {n: [j for j in judges if (j, n) not in conflicted] for n in nominees}
    short = [n for n in nominees if len(eligible[n]) < k]
    if short:
        raise AssignmentImpossible(
            f"{len(short)} nominee(s) cannot get {k} judges because of conflicts: "
            + ", ".join(f"{n} ({len(eligible[n])} eligible)" for n in short[:20])
            + (" …" if len(short) > 20 else ""), short, where="--judges-per-nominee",
            hint="Lower K, add judges, or review the conflicts.")

    rng = random.Random(seed)
    order = list(nominees)
    rng.shuffle(order)
    opos = {n: i for i, n in enumerate(order)}
    pref = list(judges)
    rng.shuffle(pref)
    rank = {j: i for i, j in enumerate(pref)}
    cats = categories or {}
    total = len(nominees) * k
    floor_load = total // len(judges)

    load = dict.fromkeys(judges, 0)
    per_cat: dict[tuple[str, str], int] = {}
    assigned: dict[str, set[str]] = {n: set() for n in nominees}
    holders: dict[str, set[str]] = {j: set() for j in judges}

    def take(n: str, j: str) -> None:
        assigned[n].add(j)
        holders[j].add(n)
        load[j] += 1
        key = (j, cats.get(n, ""))
        per_cat[key] = per_cat.get(key, 0) + 1

    def drop(n: str, j: str) -> None:
        assigned[n].discard(j)
        holders[j].discard(n)
        load[j] -= 1
        per_cat[(j, cats.get(n, ""))] -= 1

    def candidates(n: str) -> list[str]:
        c = cats.get(n, "")
        return sorted((j for j in eligible[n] if j not in assigned[n]),
                      key=lambda j: (load[j], per_cat.get((j, c), 0), rank[j]))

    def augment(n: str, cap: int, seen: set[str]) -> bool:
        """Give ``n`` one more judge, moving others along an alternating path if needed."""
        options = candidates(n)
        for j in options:
            if j not in seen and load[j] < cap:  # a judge being freed up is not free
                take(n, j)
                return True
        for j in options:
            if j in seen:
                continue
            seen.add(j)
            for m in sorted(holders[j], key=opos.__getitem__):
                if m == n:
                    continue
                # m gives j up and finds another judge; then n takes j
                drop(m, j)
                if augment(m, cap, seen):
                    take(n, j)
                    return True
                take(m, j)
        return False

    # phase 1: every judge up to the floor load; phase 2: the remainder, one more each
    for cap in (floor_load, floor_load + 1):
        for n in order:
            while len(assigned[n]) < k:
                if not augment(n, cap, set()):
                    break
    missing = [n for n in nominees if len(assigned[n]) < k]
    low = [j for j in judges if load[j] < floor_load]
    if missing or low:
        raise AssignmentImpossible(
            f"the conflicts leave no balanced assignment of {k} judges per nominee "
            f"(each judge {floor_load} or {floor_load + 1}); short: "
            + (", ".join(missing[:20]) or "none"), missing, where="--judges-per-nominee",
            hint="Lower K, add judges, or review the conflicts.")
    return {n: [j for j in judges if j in assigned[n]] for n in nominees}


def check_assignment(assignment: Mapping[str, Sequence[str]], nominees: Sequence[str],
                     judges: Sequence[str], conflicts: Iterable[tuple[str, str]] = (), *,
                     where: str = "assignments") -> None:
    """Refuse an assignment that names unknown nominees or judges, or assigns a conflicted
    judge (a CSV, a hand edit)."""
    known_n, known_j = set(nominees), set(judges)
    conflicted = set(conflicts)
    for n, js in assignment.items():
        if n not in known_n:
            raise UserError(f"the nominee '{n}' is not in the panel", where=where,
                            hint="Known nominee ids: " + ", ".join(sorted(known_n)[:20]))
        for j in js:
            if j not in known_j:
                raise UserError(f"the judge {j} (assigned to {n}) is not on the roster",
                                where=where,
                                hint="Use the fingerprint or e-mail from a judge card given.")
            if (j, n) in conflicted:
                raise UserError(f"the judge {j} is assigned to {n} but has a conflict with "
                                "that nominee", where=where,
                                hint="Assign another judge, or lift the conflict.")


def shortlist(rows: Sequence, n: int) -> tuple[list, bool]:  # type: ignore[type-arg]
    """The top ``n`` of a ranking (rows with ``rank`` and ``score``; unscored rows never
    qualify), ties at the cut included. Returns (rows, whether ties made it longer than n)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise UserError("the shortlist needs 1 or more nominees", where="--shortlist")
    scored = [r for r in rows if r.score is not None]
    picked = [r for r in scored if r.rank <= n]
    if len(picked) < n:  # fewer ranks than n (a rank may skip after a tie): take the top n
        picked = scored[:n]
        if picked:
            cut = picked[-1].rank
            picked = [r for r in scored if r.rank <= cut]
    return picked, len(picked) > n


def rerank(rows: Sequence) -> list:  # type: ignore[type-arg]
    """Competition ranks (1, 2, 2, 4) over rows already in ranking order, with ties where the
    rank of the whole ranking says two rows tie (equal rank): the ranking within a subset."""
    import dataclasses

    out = []
    prev_rank: int | None = None
    pos = 0
    current = 0
    ranks = [r.rank for r in rows]
    for i, r in enumerate(rows):
        pos += 1
        if r.score is None:
            out.append(dataclasses.replace(r, rank=pos, tied=False))
            continue
        if prev_rank is None or r.rank != prev_rank:
            current = pos
        prev_rank = r.rank
        tied = (i > 0 and ranks[i - 1] == r.rank and rows[i - 1].score is not None) or (
            i + 1 < len(rows) and ranks[i + 1] == r.rank and rows[i + 1].score is not None)
        out.append(dataclasses.replace(r, rank=current, tied=tied))
    return out


def category_rankings(rows: Sequence, categories: Sequence[Category],  # type: ignore[type-arg]
                      category_of: Mapping[str, str],
                      stats: Mapping[str, Any] | None = None) -> list[CategoryRanking]:
    """Each category's ranking: the overall ranking's rows of that category's nominees, in
    the same order, ranked again within the category (ties kept). The bootstrap figures of
    the overall ranking (``p_first``, ``rank_interval``) do not hold within a category: they
    are the category's own bootstrap's (``stats``: category id -> CategoryStats), or unknown
    (None) without it."""
    import dataclasses

    out = []
    for cat in categories:
        mine = [r for r in rows if category_of.get(r.nominee_id) == cat.id]
        if mine and hasattr(mine[0], "p_first"):
            own = (stats or {}).get(cat.id)
            mine = [dataclasses.replace(
                r, p_first=None if own is None else own.p_first.get(r.nominee_id),
                rank_interval=None if own is None else own.rank_interval.get(r.nominee_id))
                for r in mine]
        out.append(CategoryRanking(cat.id, cat.title, tuple(rerank(mine))))
    return out
