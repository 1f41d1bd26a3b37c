"""The chain of trust: which organizer key a home trusts for each panel, and who may sign
a panel's result.

Like OpenSSH's ``known_hosts``: the first package a home sees for a panel id pins its
organizer's key (trust on first use) in ``known_organizers.json`` in the home; every later
package of that panel id must be signed by the same key, or by the key the user states with
``--organizer FINGERPRINT`` (which then becomes the pin). A look-alike package (same panel
id, another signer) is refused naming both fingerprints. The pin also records the panel's
chairs from the newest package seen, so a result can be checked without the package.

Every front end loads packages through :func:`load_package`, so the rule is applied once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import PackageError, UserError

if TYPE_CHECKING:
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.formats.package import PanelPackage
    from zerodx_desktop.formats.signing import PublicIdentity

KNOWN_ORGANIZERS = "known_organizers.json"
KNOWN_FORMAT = "zerodx-known-organizers/1"
MAX_KNOWN_BYTES = 16 * 1024 * 1024


@dataclass
class Pin:
    """The organizer key a home trusts for one panel id, and the chairs it last saw."""

    panel_id: str
    fingerprint: str
    name: str = ""
    chairs: list[tuple[str, str]] = field(default_factory=list)  # (name, fingerprint)
    round: int = 0
    first_seen: str = ""

    def may_sign_result(self, fingerprint: str) -> bool:
        return fingerprint == self.fingerprint or any(fp == fingerprint
                                                      for _n, fp in self.chairs)

    def to_json(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "name": self.name, "round": self.round,
                "first_seen": self.first_seen,
                "chairs": [{"name": n, "fingerprint": fp} for n, fp in self.chairs]}


def _path(home: Path) -> Path:
    return Path(home) / KNOWN_ORGANIZERS


def known_organizers(home: Path) -> dict[str, Pin]:
    """Every pin of this home (empty when none). A damaged file is an error, never an empty
    list: that would silently trust the next package of every panel."""
    path = _path(home)
    try:
        if not path.is_file():
            return {}
        if path.stat().st_size > MAX_KNOWN_BYTES:
            raise ValueError("too large")
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != KNOWN_FORMAT:
            raise ValueError("not a list of known organizers")
        pins = {}
        for panel_id, entry in doc["panels"].items():
            pins[panel_id] = Pin(
                panel_id=panel_id, fingerprint=str(entry["fingerprint"]),
                name=str(entry.get("name", "")), round=int(entry.get("round", 0)),
                first_seen=str(entry.get("first_seen", "")),
                chairs=[(str(c["name"]), str(c["fingerprint"]))
                        for c in entry.get("chairs", [])])
        return pins
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"the list of known organizers cannot be read ({exc})",
                        where=str(path),
                        hint="Restore it from a backup, or delete it to trust the next package "
                             "of each panel again (check their fingerprints with the "
                             "organizer).") from exc


def _save(home: Path, pins: dict[str, Pin]) -> None:
    from zerodx_desktop.atomic_io import atomic_write_bytes

    doc = {"format": KNOWN_FORMAT,
           "panels": {pid: pins[pid].to_json() for pid in sorted(pins)}}
    Path(home).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(_path(home), (json.dumps(doc, indent=1, ensure_ascii=False)
                                     + "\n").encode("utf-8"))


def pinned(home: Path, panel_id: str) -> Pin | None:
    pin = known_organizers(home).get(panel_id)
    if pin is None:
        pin = _pin_from_store(home, panel_id)
    return pin


def _pin_from_store(home: Path, panel_id: str) -> Pin | None:
    """A home from before known_organizers.json: the organizer of the panel it opened."""
    if not (Path(home) / "store.sqlite").is_file():
        return None
    from zerodx_desktop.services.panels import open_store

    with open_store(home) as store:
        if panel_id not in {pid for pid, _t, _r in store.panels()}:
            return None
        org = store.panel(panel_id).organizer
    if org is None:
        return None
    return Pin(panel_id=panel_id, fingerprint=org.fingerprint, name=org.name)


def normalise_fingerprint(text: str | None) -> str | None:
    """``--organizer`` as typed: ``SHA256:...`` (the prefix may be left out)."""
    if text is None:
        return None
    text = text.strip()
    if not text:
        return None
    if not text.startswith("SHA256:"):
        text = "SHA256:" + text
    import re

    if not re.fullmatch(r"SHA256:[A-Za-z0-9+/]{43}", text):
        raise UserError(f"'{text[:80]}' is not a key fingerprint", where="--organizer",
                        hint="Give the organizer's fingerprint as it prints it: "
                             "SHA256: followed by 43 characters.")
    return text


class LookAlikePackage(PackageError):
    """A package of a known panel id signed by a key other than the pinned or stated one."""


def _who(signer: PublicIdentity | None) -> str:
    if signer is None:
        return "nobody (unsigned)"
    return f"{signer.name} ({signer.fingerprint})" if signer.name else signer.fingerprint


def check_signer(home: Path, panel_id: str, signer: PublicIdentity | None, *,
                 organizer: str | None = None, where: str = "") -> None:
    """Refuse ``signer`` for ``panel_id`` unless it is the stated ``organizer`` key or,
    without one, the key this home pinned for the panel (none pinned yet: accepted)."""
    stated = normalise_fingerprint(organizer)
    got = signer.fingerprint if signer is not None else None
    if stated is not None:
        if got != stated:
            raise LookAlikePackage(
                f"this package of panel {panel_id} is signed by {_who(signer)}, not by the "
                f"organizer you stated ({stated})", where=where,
                hint="Do not use this package: it may be a look-alike. Check the fingerprint "
                     "with the organizer, and ask them for the package they signed.")
        return
    pin = pinned(home, panel_id)
    if pin is None or pin.fingerprint == got:
        return
    named = f"{pin.name} ({pin.fingerprint})" if pin.name else pin.fingerprint
    raise LookAlikePackage(
        f"panel {panel_id} is pinned in this home to the organizer {named}, but this package "
        f"is signed by {_who(signer)}", where=where,
        hint="It may be a look-alike package: do not use it, and ask the organizer which "
             "package is genuine. If the organizer really changed keys, confirm the new "
             f"fingerprint with them and state it: --organizer "
             f"{got or 'FINGERPRINT'}.")


def remember(home: Path, panel: Panel, signer: PublicIdentity | None) -> None:
    """Pin ``signer`` for ``panel.id`` (a first package, or one the user stated), and record
    the chairs of the newest round seen. Unsigned packages pin nothing."""
    if signer is None:
        return
    pins = known_organizers(home)
    old = pins.get(panel.id)
    chairs = [(c.name, c.fingerprint) for c in panel.chairs]
    if old is not None and old.fingerprint == signer.fingerprint:
        if panel.round < old.round or (old.chairs == chairs and old.round == panel.round
                                       and old.name == signer.name):
            return  # an older round changes nothing; the same package needs no write
        old.chairs, old.round, old.name = chairs, panel.round, signer.name
    else:
        pins[panel.id] = Pin(panel_id=panel.id, fingerprint=signer.fingerprint,
                             name=signer.name, chairs=chairs, round=panel.round,
                             first_seen=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    _save(home, pins)


def load_package(home: Path, path: Path, *, organizer: str | None = None,
                 pin: bool = True) -> PanelPackage:
    """Read a panel package and apply the trust rule: ``panel.sig`` must verify with the key
    pinned for its panel id (or the stated ``organizer``); the first package of a panel id
    pins its signer. Raises ``LookAlikePackage`` (a UserError) otherwise."""
    from zerodx_desktop.formats.package import read_panel_package

    path = Path(path)
    stated = normalise_fingerprint(organizer)

    def rule(panel_id: str, signer: PublicIdentity | None) -> None:
        check_signer(home, panel_id, signer, organizer=stated, where=str(path))

    pkg = read_panel_package(path, check_signer=rule)
    if pin:
        remember(home, pkg.panel, pkg.signer)
    return pkg


def result_signers(home: Path, panel_id: str, *, panel: Panel | None = None,
                   organizer: str | None = None) -> tuple[set[str], str]:
    """The keys that may sign panel ``panel_id``'s result, and where that comes from (for a
    message): the package's organizer and chairs when ``panel`` is given, else the pin's,
    else the stated ``organizer``; empty when this home knows nothing of the panel."""
    stated = normalise_fingerprint(organizer)
    if panel is not None and panel.id == panel_id:
        keys = {c.fingerprint for c in panel.chairs}
        if panel.organizer is not None:
            keys.add(panel.organizer.fingerprint)
        return keys, "the panel package"
    pin = pinned(home, panel_id)
    if pin is not None and (stated is None or stated == pin.fingerprint):
        return {pin.fingerprint} | {fp for _n, fp in pin.chairs}, "this home's pin"
    if stated is not None:
        return {stated}, "--organizer"
    return set(), ""
