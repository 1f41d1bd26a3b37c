"""A judge's signed nomination (``.zdxnom``): a nominee folder, the nominating judge and their
stated relationship to the nominee.

One JSON document: ``{"format", "nominee" (as in panel.json, attachments by SHA-256),
"files" ({sha256: base64}), "relationship", "judge" ({name, email, public_key, fingerprint}),
"created_at", "signature"}``. The Ed25519 signature (namespace ``zerodx-nomination/1``)
covers the canonical JSON of every other field, so any edit after signing is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.canonical import canonical_json, normalise
from zerodx_desktop.core.errors import SignatureError, UserError
from zerodx_desktop.core.panel import Attachment, Nominee, Section
from zerodx_desktop.formats.limits import MiB

if TYPE_CHECKING:
    from zerodx_desktop.formats.signing import Identity

NOMINATION_FORMAT = "zerodx-nomination/1"
NAMESPACE = "zerodx-nomination/1"
MAX_NOMINATION_BYTES = 400 * MiB
RESEND = "Ask the judge to make the nomination again (zerodx nominate) and send the new file."


@dataclass(frozen=True)
class NominationFile:
    nominee: Nominee
    blobs: dict[str, bytes]
    relationship: str
    judge_name: str
    judge_email: str
    fingerprint: str
    public_key: str
    created_at: str


def _nominee_doc(n: Nominee) -> dict[str, Any]:
    return {"id": n.id, "name": n.name, "country": n.country, "category": n.category,
            "summary": n.summary,
            "sections": [{"title": s.title, "body": s.body} for s in n.sections],
            "attachments": [{"file": a.file, "title": a.title, "sha256": a.sha256,
                             "size": a.size, "media_type": a.media_type}
                            for a in n.attachments]}


def _payload(doc: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in doc.items() if k != "signature"})


def write_nomination(out: Path, nominee: Nominee, blobs: dict[str, bytes], relationship: str,
                     judge: Identity) -> None:
    """Sign and write the nomination atomically."""
    from zerodx_desktop.atomic_io import atomic_write_bytes

    relationship = " ".join(relationship.split())
    if not relationship:
        raise UserError("say how you know the nominee", where="--relationship",
                        hint='For example: --relationship "former colleague (2019-2021)".')
    if len(relationship) > 2000:
        raise UserError("the relationship is too long (at most 2,000 characters)",
                        where="--relationship")
    doc: dict[str, Any] = normalise({
        "format": NOMINATION_FORMAT,
        "nominee": _nominee_doc(nominee),
        "files": {sha: base64.b64encode(data).decode("ascii")
                  for sha, data in sorted(blobs.items())},
        "relationship": relationship,
        "judge": {"name": judge.name, "email": judge.email, "public_key": judge.public_key,
                  "fingerprint": judge.fingerprint},
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    })
    doc["signature"] = base64.b64encode(judge.sign(NAMESPACE, _payload(doc))).decode("ascii")
    atomic_write_bytes(out, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))


def read_nomination(path: Path) -> NominationFile:
    """Read and verify a nomination; PackageError/SignatureError name the file and what is
    wrong (not a nomination, tampered, a file that does not match its checksum)."""
    from zerodx_desktop.formats.nominee_dir import validate_against
    from zerodx_desktop.formats.package import PANEL_SCHEMA
    from zerodx_desktop.formats.signing import fingerprint_of, verify_signature

    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_NOMINATION_BYTES:
            raise UserError("the nomination file is too large", where=where, hint=RESEND)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read the nomination ({exc.strerror or exc})",
                        where=where) from exc
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UserError("not a nomination file (not readable JSON)", where=where,
                        hint=RESEND) from exc
    if not isinstance(doc, dict) or doc.get("format") != NOMINATION_FORMAT:
        raise UserError("not a ZeroDX nomination file", where=where, hint=RESEND)
    judge: dict[str, Any] = doc.get("judge") or {}
    ok = (isinstance(judge, dict)
          and all(isinstance(judge.get(k), str)
                  for k in ("name", "email", "public_key", "fingerprint"))
          and isinstance(doc.get("signature"), str) and isinstance(doc.get("files"), dict)
          and isinstance(doc.get("relationship"), str) and isinstance(doc.get("nominee"), dict))
    if not ok:
        raise UserError("the nomination file is incomplete", where=where, hint=RESEND)
    try:
        if fingerprint_of(judge["public_key"]) != judge["fingerprint"]:
            raise SignatureError("the judge's fingerprint does not match their key",
                                 where=where, hint=RESEND)
        sig = base64.b64decode(doc["signature"], validate=True)
        payload = _payload(doc)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise SignatureError("the nomination's signature is unreadable", where=where,
                             hint=RESEND) from exc
    if not verify_signature(judge["public_key"], NAMESPACE, payload, sig):
        raise SignatureError("the nomination was changed after the judge signed it "
                             "(tampered)", where=where, hint=RESEND)
    nd = doc["nominee"]
    validate_against(PANEL_SCHEMA["properties"]["nominees"]["items"], nd, where, RESEND)
    blobs: dict[str, bytes] = {}
    atts = []
    for a in nd.get("attachments", []):
        try:
            raw = base64.b64decode(doc["files"].get(a["sha256"], ""), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise UserError(f"the attachment '{a['file']}' is unreadable", where=where,
                            hint=RESEND) from exc
        if hashlib.sha256(raw).hexdigest() != a["sha256"] or len(raw) != a["size"]:
            raise UserError(f"the attachment '{a['file']}' does not match its checksum",
                            where=where, hint=RESEND)
        blobs[a["sha256"]] = raw
        atts.append(Attachment(a["file"], a.get("title", ""), a["sha256"], a["size"],
                               a.get("media_type", "application/octet-stream")))
    nominee = Nominee(id=nd["id"], name=nd["name"], country=nd.get("country", ""),
                      category=nd.get("category", ""), summary=nd.get("summary", ""),
                      sections=tuple(Section(s["title"], s["body"])
                                     for s in nd.get("sections", [])),
                      attachments=tuple(atts))
    return NominationFile(nominee, blobs, doc["relationship"], judge["name"], judge["email"],
                          judge["fingerprint"], judge["public_key"],
                          str(doc.get("created_at", "")))
