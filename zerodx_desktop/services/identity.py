"""Use-cases around the home's signing identity (shared by the CLI and the UI)."""

from __future__ import annotations

from pathlib import Path

from zerodx_desktop.core.errors import IdentityError
from zerodx_desktop.core.passphrase import PASSPHRASE_MIN_LENGTH
from zerodx_desktop.formats.signing import (
    KDF_ROUNDS,
    Identity,
    PublicIdentity,
    change_passphrase,
    has_identity,
    load_identity,
    load_public_identity,
    read_judge_card,
    write_judge_card,
)

# what the front ends use from here (the key types and the plain identity operations)
__all__ = ["KDF_ROUNDS", "Identity", "PublicIdentity", "change_passphrase", "create_identity",
           "export_card", "has_identity", "load_identity", "load_public_identity",
           "read_judge_card", "show_identity", "unlock"]


def create_identity(home: Path, name: str, email: str, passphrase: str, *,
                    rounds: int = KDF_ROUNDS, replace: bool = False) -> PublicIdentity:
    """Create the home's identity. Refuses to overwrite an existing one unless ``replace``."""
    if has_identity(home) and not replace:
        existing = load_public_identity(home)
        raise IdentityError(
            f"this home already has an identity ({existing.name}, {existing.fingerprint})",
            where=str(home),
            hint="Use another --home for a different person; a key is never overwritten.")
    if len(passphrase) < PASSPHRASE_MIN_LENGTH:
        raise IdentityError(f"the passphrase is too short (at least {PASSPHRASE_MIN_LENGTH} "
                            "characters)",
                            where="passphrase",
                            hint="Choose a longer passphrase; it protects your signing key.")
    ident = Identity.generate(name, email)
    ident.save(home, passphrase, rounds)
    return ident.public


def show_identity(home: Path) -> PublicIdentity:
    return load_public_identity(home)


def unlock(home: Path, passphrase: str) -> Identity:
    return load_identity(home, passphrase)


def export_card(home: Path, out: Path) -> PublicIdentity:
    pub = load_public_identity(home)
    write_judge_card(pub, out)
    return pub
