"""The panel package (``.zdxpanel``): build it signed, read it hardened.

A zip holding ``panel.json`` (the panel: framework, roster, conflicts, nominees and each
attachment's SHA-256), ``panel.sig`` (the organizer's Ed25519 signature over the canonical
JSON of panel.json) and the attachment bytes under ``files/<sha256>``. Member names are
never used as paths on disk; the original file names are metadata in panel.json.

Reading trusts nothing: the archive's limits are checked before any member is read
(formats.limits), members are streamed with a byte cap, the signature is checked before the
contents are interpreted, and every attachment is hashed. Nothing is extracted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.canonical import canonical_json, normalise
from zerodx_desktop.core.errors import FrameworkError, PackageError, SignatureError, UserError
from zerodx_desktop.core.panel import (
    METHODS,
    PANEL_FORMAT,
    Attachment,
    Conflict,
    JudgeEntry,
    Nomination,
    Nominee,
    Panel,
    Section,
)
from zerodx_desktop.core.programme import (
    Category,
    categories_of,
)
from zerodx_desktop.file_hash import file_sha256
from zerodx_desktop.formats.limits import (
    DAMAGED_HINT,
    HOSTILE_HINT,
    MiB,
    ZipLimits,
    close_zip,
    iter_member,
    open_untrusted_zip,
    read_member,
)
from zerodx_desktop.formats.nominee_dir import (
    validate_against,
)

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.formats.signing import PublicIdentity

SIG_FORMAT = "zerodx-sig/1"
SIG_NAMESPACE = "zerodx-panel/1"
PANEL_MEMBER = "panel.json"
SIG_MEMBER = "panel.sig"
FILES_DIR = "files/"
MAX_PANEL_JSON = 20 * MiB
MAX_SIG = 64 * 1024
MAX_JSON_DEPTH = 64  # a real panel.json nests about 12 deep
PACKAGE_LIMITS = ZipLimits()  # 2 GiB file, 10,000 members, 64 MiB/member, 200:1 ratio

_FILE_MEMBER = re.compile(r"^files/([0-9a-f]{64})$")
_ID = r"^[A-Za-z0-9._-]+$"
_SHA = r"^[0-9a-f]{64}$"
_FP = r"^SHA256:[A-Za-z0-9+/]{43}$"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# the caller's trust rule, given (panel id, verified signer or None); raises to refuse
SignerCheck = Callable[[str, "PublicIdentity | None"], None]

RESEND_HINT = "The package is damaged or was altered; ask the organizer to send it again."


def _s(max_len: int, min_len: int = 0) -> dict[str, Any]:
    return {"type": "string", "minLength": min_len, "maxLength": max_len}


_PERSON: dict[str, Any] = {
    "type": "object",
    "required": ["name", "email", "public_key", "fingerprint"],
    "properties": {
        "name": _s(300, 1), "email": _s(300, 1),
        "public_key": {"type": "string", "pattern": r"^ssh-ed25519 [A-Za-z0-9+/=]+( .*)?$",
                       "maxLength": 1000},
        "fingerprint": {"type": "string", "pattern": _FP},
    },
    "additionalProperties": False,
}

PANEL_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "ZeroDX panel (panel.json inside a .zdxpanel package)",
    "type": "object",
    "required": ["format", "id", "title", "round", "method", "created_at", "framework",
                 "framework_hash", "judges", "conflicts", "nominees"],
    "properties": {
        "format": {"const": PANEL_FORMAT},
        "id": {"type": "string", "pattern": _ID, "maxLength": 200},
        "title": _s(500, 1),
        "round": {"type": "integer", "minimum": 1, "maximum": 1000},
        "method": {"enum": list(METHODS)},
        "created_at": _s(64),
        "framework": {"type": "object"},
        "framework_hash": {"type": "string", "pattern": r"^sha256:[0-9a-f]{64}$"},
        "judges": {"type": "array", "maxItems": 1000, "items": _PERSON},
        "conflicts": {
            "type": "array", "maxItems": 100_000,
            "items": {
                "type": "object", "required": ["fingerprint", "nominee_id"],
                "properties": {"fingerprint": {"type": "string", "pattern": _FP},
                               "nominee_id": {"type": "string", "pattern": _ID,
                                              "maxLength": 200},
                               "reason": _s(2000)},
                "additionalProperties": False,
            },
        },
        "nominees": {
            "type": "array", "minItems": 1, "maxItems": 5000,
            "items": {
                "type": "object", "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string", "pattern": _ID, "maxLength": 200},
                    "name": _s(300, 1), "country": _s(100), "category": _s(200),
                    "summary": _s(10_000),
                    "sections": {"type": "array", "maxItems": 50, "items": {
                        "type": "object", "required": ["title", "body"],
                        "properties": {"title": _s(300), "body": _s(100_000)},
                        "additionalProperties": False}},
                    "attachments": {"type": "array", "maxItems": 50, "items": {
                        "type": "object", "required": ["file", "sha256", "size"],
                        "properties": {"file": _s(255, 1), "title": _s(300),
                                       "sha256": {"type": "string", "pattern": _SHA},
                                       "size": {"type": "integer", "minimum": 0},
                                       "media_type": _s(200)},
                        "additionalProperties": False}},
                },
                "additionalProperties": False,
            },
        },
        "organizer": {"anyOf": [{"type": "null"}, _PERSON]},
        # optional: packages from before chairs existed have none (the organizer is a chair)
        "chairs": {"type": "array", "maxItems": 100, "items": _PERSON},
        # optional (packages from before programmes have none): award categories, judge
        # assignments (absent or null: every judge scores every nominee), nominations
        "categories": {"type": "array", "maxItems": 200, "items": {
            "type": "object", "required": ["id", "title"],
            "properties": {"id": _s(200, 1), "title": _s(300, 1), "title_zh": _s(300)},
            "additionalProperties": False}},
        "assignments": {"anyOf": [{"type": "null"}, {
            "type": "object", "maxProperties": 5000,
            "additionalProperties": {"type": "array", "maxItems": 1000,
                                     "items": {"type": "string", "pattern": _FP}}}]},
        "nominations": {"type": "array", "maxItems": 5000, "items": {
            "type": "object", "required": ["nominee_id", "fingerprint", "relationship"],
            "properties": {"nominee_id": {"type": "string", "pattern": _ID, "maxLength": 200},
                           "fingerprint": {"type": "string", "pattern": _FP},
                           "relationship": _s(2000, 1), "conflict_lifted": _s(2000)},
            "additionalProperties": False}},
    },
    "additionalProperties": False,
}


@dataclass
class PanelPackage:
    """A verified panel package. Attachment bytes are read (and re-hashed) on demand."""

    panel: Panel
    framework: Framework
    signer: PublicIdentity | None
    sha256: str  # of the package file
    path: Path | None = None  # where it was read from; blobs are read from there

    def blob(self, sha256: str) -> bytes:
        """The bytes of the attachment with this SHA-256 (hex), checked again.

        KeyError when no nominee lists it; PackageError when the file changed or vanished.
        """
        for digest, data in self._iter_blobs({sha256}):
            if digest == sha256:
                return data
        raise KeyError(sha256)

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        """Every distinct attachment as (sha256, bytes), in sha256 order, one at a time."""
        yield from self._iter_blobs(None)

    def _iter_blobs(self, wanted: set[str] | None) -> Iterator[tuple[str, bytes]]:
        known = {a.sha256: a.size for n in self.panel.nominees for a in n.attachments}
        digests = sorted(known if wanted is None else wanted & set(known))
        if not digests:
            return
        if self.path is None:
            raise KeyError(digests[0])
        where = self.path.name
        zf, _infos = open_untrusted_zip(self.path, limits=PACKAGE_LIMITS, error=PackageError,
                                        what="panel package")
        try:
            for digest in digests:
                member = FILES_DIR + digest
                try:
                    info = zf.getinfo(member)
                except KeyError:
                    raise PackageError("an attachment is missing from the package",
                                       where=f"{where}: {member}", hint=RESEND_HINT) from None
                data = read_member(zf, info, limit=known[digest], where=where)
                if hashlib.sha256(data).hexdigest() != digest:
                    raise PackageError("an attachment does not match its checksum (the "
                                       "package file changed since it was opened)",
                                       where=f"{where}: {member}", hint=RESEND_HINT)
                yield digest, data
        finally:
            close_zip(zf)


# ---------------------------------------------------------------------------- panel.json


def _attachment_dict(a: Attachment) -> dict[str, Any]:
    return {"file": a.file, "title": a.title, "sha256": a.sha256, "size": a.size,
            "media_type": a.media_type}


def _nominee_dict(n: Nominee) -> dict[str, Any]:
    return {"id": n.id, "name": n.name, "country": n.country, "category": n.category,
            "summary": n.summary,
            "sections": [{"title": s.title, "body": s.body} for s in n.sections],
            "attachments": [_attachment_dict(a) for a in n.attachments]}


def _person_dict(j: JudgeEntry) -> dict[str, str]:
    return {"name": j.name, "email": j.email, "public_key": j.public_key,
            "fingerprint": j.fingerprint}


def panel_to_dict(panel: Panel) -> dict[str, Any]:
    """The panel.json document for ``panel``."""
    doc: dict[str, Any] = {
        "format": PANEL_FORMAT,
        "id": panel.id,
        "title": panel.title,
        "round": panel.round,
        "method": panel.method,
        "created_at": panel.created_at,
        "framework": panel.framework,
        "framework_hash": panel.framework_hash,
        "judges": [_person_dict(j) for j in panel.judges],
        "conflicts": [{"fingerprint": c.fingerprint, "nominee_id": c.nominee_id,
                       "reason": c.reason} for c in panel.conflicts],
        "nominees": [_nominee_dict(n) for n in panel.nominees],
        "organizer": _person_dict(panel.organizer) if panel.organizer else None,
    }
    if panel.chairs:  # absent otherwise: an older package reads back the same document
        doc["chairs"] = [_person_dict(c) for c in panel.chairs]
    if panel.categories:
        doc["categories"] = [{"id": c.id, "title": c.title, "title_zh": c.title_zh}
                             for c in panel.categories]
    if panel.assignments is not None:
        doc["assignments"] = {n: list(fps) for n, fps in panel.assignments}
    if panel.nominations:
        doc["nominations"] = [{"nominee_id": m.nominee_id, "fingerprint": m.fingerprint,
                               "relationship": m.relationship,
                               "conflict_lifted": m.conflict_lifted}
                              for m in panel.nominations]
    return doc


def _person(doc: dict[str, Any], where: str, field_name: str) -> JudgeEntry:
    from zerodx_desktop.formats.signing import fingerprint_of

    entry = JudgeEntry(doc["name"], doc["email"], doc["public_key"], doc["fingerprint"])
    try:
        fp = fingerprint_of(entry.public_key)
    except SignatureError as exc:
        raise PackageError(f"{field_name} ({entry.name}) has an unreadable public key",
                           where=where, hint=RESEND_HINT) from exc
    if fp != entry.fingerprint:
        raise PackageError(f"{field_name} ({entry.name}): the fingerprint does not match the "
                           "public key", where=where, hint=RESEND_HINT)
    return entry


def _panel_and_framework(doc: Any, where: str) -> tuple[Panel, Framework]:
    from zerodx_desktop.core.framework import framework_from_dict

    hint = RESEND_HINT
    if not isinstance(doc, dict):
        raise PackageError("panel.json is not a JSON object", where=where, hint=hint)
    if doc.get("format") != PANEL_FORMAT:
        raise PackageError(f"not a panel package of a known format (format is "
                           f"{str(doc.get('format'))[:40]!r}, expected {PANEL_FORMAT!r})",
                           where=where,
                           hint="Update ZeroDX Desktop, or ask the organizer which version "
                                "made the package.")
    validate_against(PANEL_SCHEMA, doc, where, hint)
    try:
        doc = normalise(doc)
    except TypeError as exc:  # a float: the signed form carries only integers and strings
        raise PackageError(f"panel.json holds a value that cannot be signed ({exc})",
                           where=where, hint=hint) from exc

    try:
        framework = framework_from_dict(doc["framework"])
    except FrameworkError as exc:
        raise PackageError(f"the framework inside the package is invalid: {exc.what}",
                           where=f"{where} › framework" + (f" › {exc.where}" if exc.where
                                                            else ""), hint=hint) from exc
    if framework.hash != doc["framework_hash"]:
        raise PackageError("the embedded framework does not match its recorded hash",
                           where=f"{where} › framework_hash", hint=hint)

    judges = tuple(_person(j, where, f"judge {i + 1}") for i, j in enumerate(doc["judges"]))
    fps = [j.fingerprint for j in judges]
    for fp in fps:
        if fps.count(fp) > 1:
            raise PackageError(f"the judge {fp} is listed twice in the roster", where=where,
                               hint=hint)
    organizer = _person(doc["organizer"], where, "the organizer") if doc.get("organizer") \
        else None
    chairs = tuple(_person(c, where, f"chair {i + 1}")
                   for i, c in enumerate(doc.get("chairs", [])))

    nominees = []
    for nd in doc["nominees"]:
        atts = []
        for ad in nd.get("attachments", []):
            atts.append(Attachment(file=ad["file"], title=ad.get("title", ""),
                                   sha256=ad["sha256"], size=ad["size"],
                                   media_type=ad.get("media_type",
                                                     "application/octet-stream")))
        nominees.append(Nominee(
            id=nd["id"], name=nd["name"], country=nd.get("country", ""),
            category=nd.get("category", ""), summary=nd.get("summary", ""),
            sections=tuple(Section(s["title"], s["body"]) for s in nd.get("sections", [])),
            attachments=tuple(atts)))
    ids = [n.id for n in nominees]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise PackageError(f"the nominee id '{dup}' is used twice", where=where, hint=hint)
    sizes: dict[str, int] = {}
    for n in nominees:
        for a in n.attachments:
            if sizes.setdefault(a.sha256, a.size) != a.size:
                raise PackageError(f"attachment '{a.file}' of nominee {n.id} is listed with "
                                   "two different sizes", where=where, hint=hint)

    conflicts = []
    for c in doc["conflicts"]:
        if c["fingerprint"] not in fps:
            raise PackageError(f"a conflict names the judge {c['fingerprint']}, who is not "
                               "on the roster", where=f"{where} › conflicts", hint=hint)
        if c["nominee_id"] not in ids:
            raise PackageError(f"a conflict names the nominee '{c['nominee_id']}', who is not "
                               "in the panel", where=f"{where} › conflicts", hint=hint)
        conflicts.append(Conflict(c["fingerprint"], c["nominee_id"], c.get("reason", "")))

    categories, assignments, nominations = _programme(doc, nominees, fps, conflicts, where)
    panel = Panel(id=doc["id"], title=doc["title"], round=doc["round"], method=doc["method"],
                  framework=doc["framework"], framework_hash=doc["framework_hash"],
                  judges=judges, conflicts=tuple(conflicts), nominees=tuple(nominees),
                  created_at=doc["created_at"], organizer=organizer, chairs=chairs,
                  categories=categories, assignments=assignments, nominations=nominations)
    return panel, framework


def _programme(doc: dict[str, Any], nominees: list[Nominee], fps: list[str],
               conflicts: list[Conflict], where: str
               ) -> tuple[tuple[Category, ...], tuple[tuple[str, tuple[str, ...]], ...] | None,
                          tuple[Nomination, ...]]:
    """Categories, assignments and nominations: each naming only what the panel holds."""
    hint = RESEND_HINT
    declared = [Category(c["id"], c["title"], c.get("title_zh", ""))
                for c in doc.get("categories", [])]
    cat_ids = [c.id for c in declared]
    if len(set(cat_ids)) != len(cat_ids):
        dup = next(i for i in cat_ids if cat_ids.count(i) > 1)
        raise PackageError(f"the category id '{dup}' is listed twice",
                           where=f"{where} › categories", hint=hint)
    if declared:
        for n in nominees:
            if n.category and n.category not in cat_ids:
                raise PackageError(f"nominee {n.id} names the unknown category "
                                   f"'{n.category}'", where=f"{where} › nominees", hint=hint)
    categories = categories_of((n.category for n in nominees), declared)
    ids = {n.id for n in nominees}
    roster = set(fps)
    conflicted = {(c.fingerprint, c.nominee_id) for c in conflicts}
    assignments = None
    raw = doc.get("assignments")
    if raw is not None:
        for nid, judges in raw.items():
            if nid not in ids:
                raise PackageError(f"an assignment names the nominee '{nid}', who is not in "
                                   "the panel", where=f"{where} › assignments", hint=hint)
            for fp in judges:
                if fp not in roster:
                    raise PackageError(f"an assignment names the judge {fp}, who is not on "
                                       "the roster", where=f"{where} › assignments", hint=hint)
                if (fp, nid) in conflicted:
                    raise PackageError(f"the judge {fp} is assigned to {nid} despite a "
                                       "conflict", where=f"{where} › assignments", hint=hint)
        assignments = tuple((n.id, tuple(dict.fromkeys(raw.get(n.id, []))))
                            for n in nominees)
    nominations = []
    for m in doc.get("nominations", []):
        if m["nominee_id"] not in ids or m["fingerprint"] not in roster:
            raise PackageError(f"a nomination names {m['nominee_id']} or {m['fingerprint']}, "
                               "who is not in the panel", where=f"{where} › nominations",
                               hint=hint)
        nominations.append(Nomination(m["nominee_id"], m["fingerprint"], m["relationship"],
                                      m.get("conflict_lifted", "")))
    return categories, assignments, tuple(nominations)


def panel_from_dict(doc: dict[str, Any]) -> Panel:
    """Validate a panel.json document (schema and meaning) and build the Panel."""
    return _panel_and_framework(doc, PANEL_MEMBER)[0]


def _strict_json(data: bytes, where: str) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out:
                raise PackageError(f"the key {k[:40]!r} appears twice in panel.json",
                                   where=where, hint=RESEND_HINT)
            out[k] = v
        return out

    def no_constants(name: str) -> Any:
        raise PackageError(f"{name!r} is not a valid JSON value", where=where,
                           hint=RESEND_HINT)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageError("panel.json is not UTF-8 text", where=where,
                           hint=RESEND_HINT) from exc
    try:
        doc = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise PackageError(f"the content is not valid JSON ({exc.msg} at line {exc.lineno})",
                           where=where, hint=RESEND_HINT) from exc
    except RecursionError as exc:
        raise PackageError("the JSON is nested too deeply", where=where,
                           hint=HOSTILE_HINT) from exc
    if _depth_exceeds(doc, MAX_JSON_DEPTH):
        raise PackageError("the JSON is nested too deeply", where=where, hint=HOSTILE_HINT)
    return doc


def _depth_exceeds(doc: Any, limit: int) -> bool:
    """True when containers nest deeper than ``limit`` (checked without recursion, so the
    later recursive steps — canonical JSON, schema validation — cannot overflow)."""
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


def _canonical(doc: Any, where: str) -> bytes:
    try:
        return canonical_json(doc)
    except (TypeError, ValueError) as exc:
        raise PackageError(f"panel.json cannot be put in canonical form ({exc})", where=where,
                           hint=RESEND_HINT) from exc


# ---------------------------------------------------------------------------- signature


def _verify_signature(sig_bytes: bytes, doc: Any, where: str) -> PublicIdentity:
    from zerodx_desktop.formats.signing import PublicIdentity, fingerprint_of, verify_signature

    sig_where = f"{where}: {SIG_MEMBER}"
    try:
        sig = json.loads(sig_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SignatureError("the signature file is not readable", where=sig_where,
                             hint=RESEND_HINT) from exc
    if (not isinstance(sig, dict) or sig.get("format") != SIG_FORMAT
            or not all(isinstance(sig.get(k), str)
                       for k in ("fingerprint", "public_key", "signature"))):
        raise SignatureError("the signature file is not a ZeroDX signature", where=sig_where,
                             hint=RESEND_HINT)
    try:
        raw_sig = base64.b64decode(sig["signature"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("the signature is not valid base64", where=sig_where,
                             hint=RESEND_HINT) from exc
    if fingerprint_of(sig["public_key"]) != sig["fingerprint"]:
        raise SignatureError("the signature's fingerprint does not match its key",
                             where=sig_where, hint=RESEND_HINT)
    org = doc.get("organizer") if isinstance(doc, dict) else None
    if not isinstance(org, dict) or not isinstance(org.get("public_key"), str):
        raise SignatureError("panel.json names no organizer, so the signature cannot be "
                             "checked", where=sig_where, hint=RESEND_HINT)
    if (org.get("fingerprint") != sig["fingerprint"]
            or org["public_key"].split()[:2] != sig["public_key"].split()[:2]):
        raise SignatureError(
            f"the package was signed by {sig['fingerprint']}, not by the organizer it names "
            f"({str(org.get('fingerprint'))[:60]})", where=sig_where,
            hint="Someone other than the organizer signed this package; do not use it. "
                 "Ask the organizer for the original.")
    payload = _canonical(doc, f"{where}: {PANEL_MEMBER}")
    if not verify_signature(sig["public_key"], SIG_NAMESPACE, payload, raw_sig):
        raise SignatureError("the organizer's signature does not match the contents: the "
                             "package was altered after it was signed", where=sig_where,
                             hint=RESEND_HINT)
    return PublicIdentity(str(org.get("name", "")), str(org.get("email", "")),
                          sig["public_key"], sig["fingerprint"])


# ---------------------------------------------------------------------------- read


def read_panel_package(path: Path, *, require_signature: bool = True,
                       check_signer: SignerCheck | None = None) -> PanelPackage:
    """Open, check and verify a ``.zdxpanel`` file without extracting anything.

    ``check_signer(panel_id, signer)`` runs once panel.sig is verified and before the
    contents are interpreted: the caller's trust rule (the key pinned for that panel id, or
    the one the user stated) raises to refuse a package signed by another key.

    Raises PackageError (damaged, hostile, invalid) or SignatureError (unsigned package
    with a bad or foreign signature).
    """
    path = Path(path)
    where = path.name
    # a PDF, a JSON file or a spreadsheet given here is named as such by the shared sniffing
    # in open_untrusted_zip (expect="zdxpanel"), not called damaged or hostile
    zf, infos = open_untrusted_zip(path, limits=PACKAGE_LIMITS, error=PackageError,
                                   what="panel package")
    try:
        members: dict[str, zipfile.ZipInfo] = {}
        files: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if name in (PANEL_MEMBER, SIG_MEMBER):
                members[name] = info
            elif name == FILES_DIR and info.is_dir():
                continue
            elif (m := _FILE_MEMBER.match(name)) and not info.is_dir():
                files[m.group(1)] = info
            else:
                raise PackageError(f"the package contains an unexpected member "
                                   f"{name[:80]!r}", where=where,
                                   hint="A panel package holds only panel.json, panel.sig "
                                        "and files/<checksum>. " + HOSTILE_HINT)
        if PANEL_MEMBER not in members:
            raise PackageError("not a panel package: panel.json is missing", where=where,
                               hint="Check that you chose the .zdxpanel file the organizer "
                                    "sent.")
        pj_where = f"{where}: {PANEL_MEMBER}"
        info = members[PANEL_MEMBER]
        if info.file_size > MAX_PANEL_JSON:
            raise PackageError(f"panel.json is too large ({info.file_size // MiB} MB; the "
                               f"limit is {MAX_PANEL_JSON // MiB} MB)", where=pj_where,
                               hint=HOSTILE_HINT)
        doc = _strict_json(read_member(zf, info, limit=MAX_PANEL_JSON, where=where),
                           pj_where)

        signer = None
        if SIG_MEMBER in members:
            sig_info = members[SIG_MEMBER]
            if sig_info.file_size > MAX_SIG:
                raise SignatureError("the signature file is too large", where=where,
                                     hint=HOSTILE_HINT)
            signer = _verify_signature(read_member(zf, sig_info, limit=MAX_SIG, where=where),
                                       doc, where)
        elif require_signature:
            raise PackageError("unsigned package: panel.sig is missing", where=where,
                               hint="Only packages signed by the organizer can be opened. "
                                    "Ask the organizer to build and sign it again.")
        if check_signer is not None:
            check_signer(str(doc.get("id", "")) if isinstance(doc, dict) else "", signer)

        panel, framework = _panel_and_framework(doc, pj_where)
        _check_attachments(zf, panel, files, where)
    finally:
        close_zip(zf)
    return PanelPackage(panel=panel, framework=framework, signer=signer,
                        sha256=_package_sha256(path), path=path)


def _check_attachments(zf: zipfile.ZipFile, panel: Panel, files: dict[str, zipfile.ZipInfo],
                       where: str) -> None:
    listed: dict[str, tuple[Nominee, Attachment]] = {}
    for n in panel.nominees:
        for a in n.attachments:
            listed.setdefault(a.sha256, (n, a))
    for digest, (n, a) in listed.items():
        if digest not in files:
            raise PackageError(f"attachment '{a.file}' of nominee {n.id} is missing from the "
                               "package", where=f"{where}: {FILES_DIR}{digest[:12]}…",
                               hint=RESEND_HINT)
    for digest, info in sorted(files.items()):
        loc = f"{where}: {FILES_DIR}{digest[:12]}…"
        if digest not in listed:
            raise PackageError("the package contains a file that no nominee lists",
                               where=loc, hint=RESEND_HINT + " " + HOSTILE_HINT)
        n, a = listed[digest]
        if info.file_size != a.size:
            raise PackageError(f"attachment '{a.file}' of nominee {n.id} does not have the "
                               f"size panel.json records ({info.file_size} instead of "
                               f"{a.size} bytes)", where=loc, hint=RESEND_HINT)
        h = hashlib.sha256()
        for chunk in iter_member(zf, info, limit=a.size, where=where):
            h.update(chunk)
        if h.hexdigest() != digest:
            raise PackageError(f"attachment '{a.file}' of nominee {n.id} does not match its "
                               "checksum", where=loc, hint=RESEND_HINT)


def _package_sha256(path: Path) -> str:
    try:
        return file_sha256(path)
    except UserError as exc:
        raise PackageError(exc.what.replace("the file", "the package", 1),
                           where=str(path), hint=DAMAGED_HINT) from exc
