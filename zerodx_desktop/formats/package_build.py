"""Building a signed panel package (.zdxpanel): the organizer's panel.json, the nominees'
files, and ``panel.sig`` (:mod:`zerodx_desktop.formats.package` reads and checks one)."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zerodx_desktop.core.canonical import normalise
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import (
    METHODS,
    Conflict,
    JudgeEntry,
    Nomination,
    Nominee,
    Panel,
)
from zerodx_desktop.core.programme import (
    Category,
    balanced_assignment,
    categories_of,
    check_assignment,
)
from zerodx_desktop.formats.nominee_dir import (
    read_categories,
    read_nominees_dir,
)

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.formats.signing import Identity, PublicIdentity

from zerodx_desktop.formats.package import (  # the format read back as it is written
    _ID,
    _ZIP_DATE,
    FILES_DIR,
    MAX_PANEL_JSON,
    PACKAGE_LIMITS,
    PANEL_MEMBER,
    SIG_FORMAT,
    SIG_MEMBER,
    SIG_NAMESPACE,
    PanelPackage,
    _canonical,
    _panel_and_framework,
    panel_to_dict,
    read_panel_package,
)


def _sig_document(organizer: Identity, payload: bytes) -> bytes:
    signature = organizer.sign(SIG_NAMESPACE, payload)
    doc = {"format": SIG_FORMAT, "fingerprint": organizer.fingerprint,
           "public_key": organizer.public_key,
           "signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(doc, indent=2).encode("ascii") + b"\n"


# ---------------------------------------------------------------------------- build


def _slug(title: str) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:40].strip("-") or "panel"


def _entry(p: PublicIdentity | Identity) -> JudgeEntry:
    return JudgeEntry(p.name, p.email, p.public_key, p.fingerprint)


def _check_card(card: PublicIdentity, what: str, who: str) -> None:
    """A judge's or chair's card whose fingerprint is not its key's is refused."""
    from zerodx_desktop.formats.signing import fingerprint_of

    if fingerprint_of(card.public_key) != card.fingerprint:
        raise UserError(f"{what} has a fingerprint that does not match its key",
                        where=card.fingerprint, hint=f"Ask the {who} for a fresh card.")


def build_panel_package(*, title: str, framework: Framework, nominees_dir: Path,
                        judges: list[PublicIdentity], conflicts: list[Conflict], method: str,
                        round: int, organizer: Identity, out: Path,  # name fixed by the API
                        panel_id: str | None = None,
                        chairs: Sequence[PublicIdentity] = (),
                        judges_per_nominee: int | None = None, seed: int = 0,
                        assignment: dict[str, list[str]] | None = None,
                        nominee_source: tuple[list[Nominee], dict[str, bytes]] | None = None,
                        categories: Sequence[Category] | None = None,
                        nominated: Sequence[tuple[Nominee, dict[str, bytes], Nomination,
                                                  str]] = ()) -> PanelPackage:
    """Build ``out`` from nominee folders and judge cards, signed by ``organizer``.

    The file is written atomically; members are in a fixed order with fixed timestamps.
    Returns the package as read back (so what was written is known to open).

    Programmes: ``categories`` (else ``DIR/categories.json``, else the nominees' own
    category texts); ``judges_per_nominee`` (a balanced assignment, reproducible with
    ``seed``) or ``assignment`` (nominee id -> fingerprints); ``nominee_source`` (nominees
    and bytes instead of a folder: a shortlist round); ``nominated`` (nominee, bytes,
    nomination, where it came from), each conflicting its judge unless lifted.
    """
    from zerodx_desktop.atomic_io import atomic_writer

    title = " ".join(title.split())
    if not title:
        raise UserError("the panel needs a title", where="--title")
    if len(title) > 500:
        raise UserError("the title is too long (at most 500 characters)", where="--title")
    if method not in METHODS:
        raise UserError(f"unknown method '{method}'", where="--method",
                        hint="Choose one of: " + ", ".join(METHODS))
    if isinstance(round, bool) or not isinstance(round, int) or round < 1:
        raise UserError("the round must be a whole number, 1 or more", where="--round")
    if panel_id is None:
        panel_id = f"{_slug(title)}-{uuid.uuid4().hex[:8]}"
    elif not re.match(_ID, panel_id) or len(panel_id) > 200:
        raise UserError(f"'{panel_id}' is not a valid panel id (letters, digits, '.', '_', "
                        "'-')", where="panel id")
    if not judges:
        raise UserError("a panel needs at least one judge", where="--judge")

    roster: list[JudgeEntry] = []
    for j in judges:
        _check_card(j, f"the judge card of {j.name}", "judge")
        if any(r.fingerprint == j.fingerprint for r in roster):
            raise UserError(f"the judge {j.name} ({j.fingerprint}) is listed twice",
                            where="--judge", hint="Give each judge card once.")
        roster.append(_entry(j))

    chair_entries: list[JudgeEntry] = []
    for c in chairs:
        _check_card(c, f"the card of chair {c.name}", "chair")
        # the organizer is always a chair; a card given twice counts once
        if c.fingerprint != organizer.fingerprint and all(
                e.fingerprint != c.fingerprint for e in chair_entries):
            chair_entries.append(_entry(c))

    if nominee_source is not None:
        nominees, blobs = list(nominee_source[0]), dict(nominee_source[1])
    else:
        nominees, blobs = read_nominees_dir(Path(nominees_dir))
    roster_fps_set = {r.fingerprint for r in roster}
    for nominee, data, nomination, origin in nominated:
        if nomination.fingerprint not in roster_fps_set:
            raise UserError(f"the nomination of '{nominee.id}' is signed by "
                            f"{nomination.fingerprint}, who is not on the roster",
                            where=origin, hint="Only the panel's judges may nominate.")
        if any(n.id == nominee.id for n in nominees):
            raise UserError(f"the nominated nominee id '{nominee.id}' collides with a nominee "
                            "already in the panel", where=origin,
                            hint="Ask the judge to nominate again with another id, or remove "
                                 "one of the two.")
        nominees.append(nominee)
        blobs.update(data)
    ids = {n.id for n in nominees}
    fps = {r.fingerprint for r in roster}
    conflict_set: dict[tuple[str, str], Conflict] = {}
    for cf in conflicts:
        if cf.fingerprint not in fps:
            raise UserError(f"the conflict names the judge {cf.fingerprint}, who is not on the "
                            "roster", where="--conflict",
                            hint="Use the fingerprint from one of the judge cards given.")
        if cf.nominee_id not in ids:
            raise UserError(f"the conflict names the nominee '{cf.nominee_id}', who is not in "
                            "the nominees folder", where="--conflict",
                            hint="Known nominee ids: " + ", ".join(sorted(ids)[:20]))
        conflict_set.setdefault((cf.fingerprint, cf.nominee_id), cf)
    nominations = []
    for nominee, _data, nomination, _origin in nominated:
        nominations.append(nomination)
        if not nomination.conflict_lifted:
            conflict_set.setdefault(
                (nomination.fingerprint, nominee.id),
                Conflict(nomination.fingerprint, nominee.id,
                         f"nominated by this judge ({nomination.relationship})"[:2000]))

    declared_cats = list(categories) if categories is not None else (
        [] if nominee_source is not None else read_categories(Path(nominees_dir)))
    if declared_cats:
        cat_ids = {c.id for c in declared_cats}
        for n in nominees:
            if n.category and n.category not in cat_ids:
                raise UserError(f"nominee {n.id} names the unknown category '{n.category}'",
                                where=f"{nominees_dir} › {n.id} › category",
                                hint="Known category ids: " + ", ".join(sorted(cat_ids)))
    panel_categories = categories_of((n.category for n in nominees), declared_cats)

    order = [n.id for n in nominees]
    roster_fps = [r.fingerprint for r in roster]
    assignments = None
    if judges_per_nominee is not None and assignment is not None:
        raise UserError("give either --judges-per-nominee or --assign, not both",
                        where="--assign")
    if judges_per_nominee is not None:
        got = balanced_assignment(order, roster_fps, judges_per_nominee,
                                  conflicts=list(conflict_set), seed=seed,
                                  categories={n.id: n.category for n in nominees})
        assignments = tuple((n, tuple(got[n])) for n in order)
    elif assignment is not None:
        check_assignment(assignment, order, roster_fps, list(conflict_set),
                         where="--assign")
        assignments = tuple((n, tuple(fp for fp in roster_fps
                                      if fp in assignment.get(n, ()))) for n in order)

    total = sum(len(b) for b in blobs.values())
    if len(blobs) + 2 > PACKAGE_LIMITS.max_members or total > PACKAGE_LIMITS.max_total_size:
        raise UserError("the attachments are too many or too large for one package",
                        where=str(nominees_dir),
                        hint="Reduce the attachments (at most 2 GiB and 9,998 files).")

    panel = Panel(
        id=panel_id, title=title, round=round, method=method,
        framework=framework.raw, framework_hash=framework.hash,
        judges=tuple(roster),
        conflicts=tuple(conflict_set[k] for k in sorted(conflict_set)),
        nominees=tuple(nominees),
        created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        organizer=_entry(organizer), chairs=tuple(chair_entries),
        categories=panel_categories, assignments=assignments,
        nominations=tuple(nominations))
    doc = normalise(panel_to_dict(panel))
    _panel_and_framework(doc, PANEL_MEMBER)  # never write a package the reader would refuse
    payload = _canonical(doc, PANEL_MEMBER)
    panel_json = json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True).encode("utf-8")
    if len(panel_json) > MAX_PANEL_JSON:
        raise UserError("the nominees' texts are too large for one package (panel.json would "
                        "exceed 20 MB)", where=str(nominees_dir))
    sig = _sig_document(organizer, payload)

    out = Path(out)
    with atomic_writer(out) as fh, zipfile.ZipFile(fh, "w") as zf:
        _write_member(zf, PANEL_MEMBER, panel_json)
        _write_member(zf, SIG_MEMBER, sig)
        for digest in sorted(blobs):
            _write_member(zf, FILES_DIR + digest, blobs[digest])
    return read_panel_package(out)


def _write_member(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Deflate when it helps, but store data that would look like a bomb to the reader
    (a big, very repetitive file compresses beyond the ratio limit) or that does not shrink
    (PDF, images)."""
    import zlib

    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.external_attr = 0o100644 << 16
    info.create_system = 3
    packed = len(zlib.compress(data, 6)) if data else 0
    lim = PACKAGE_LIMITS
    bomb_like = len(data) > lim.ratio_floor and len(data) > (lim.max_ratio // 2) * packed
    shrinks = packed < len(data) * 0.95
    info.compress_type = zipfile.ZIP_DEFLATED if shrinks and not bomb_like else zipfile.ZIP_STORED
    zf.writestr(info, data)
