"""Identities and Ed25519 signatures.

A home's identity lives in ``<home>/identity/``: ``identity.json`` (name, e-mail, public key,
fingerprint; public) and ``id_ed25519`` (the private key, only ever in OpenSSH format encrypted
with the passphrase, bcrypt KDF with raised rounds). Signatures are made over
``namespace + "\\n" + payload`` so a signature for one kind of file can never be replayed as
another.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from zerodx_desktop.atomic_io import atomic_write_bytes
from zerodx_desktop.core.errors import IdentityError, SignatureError, UserError

KDF_ROUNDS = 64  # ~0.6 s per unlock on a 2024 laptop core; OpenSSH's default is 16
IDENTITY_DIR = "identity"
KEY_FILE = "id_ed25519"
INFO_FILE = "identity.json"
CARD_FORMAT = "zerodx-judge/1"


def fingerprint_of(public_key_line: str) -> str:
    """SSH-style fingerprint: ``SHA256:`` + unpadded base64 of SHA-256 of the key blob."""
    parts = public_key_line.strip().split()
    if len(parts) < 2 or parts[0] != "ssh-ed25519":
        raise SignatureError("not an Ed25519 public key", where="public key",
                             hint="Expected a line starting with 'ssh-ed25519 '.")
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except ValueError as exc:
        raise SignatureError("the public key is not valid base64", where="public key") from exc
    digest = hashlib.sha256(blob).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


# why the ignore below: returns a cryptography key type imported lazily (start-up path)
def _load_public(public_key_line: str):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_ssh_public_key(public_key_line.strip().encode("ascii"))
    except (ValueError, UnicodeError) as exc:
        raise SignatureError("the public key cannot be read", where="public key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError("the public key is not Ed25519", where="public key")
    return key


def signed_message(namespace: str, payload: bytes) -> bytes:
    return namespace.encode("ascii") + b"\n" + payload


def verify_signature(public_key_line: str, namespace: str, payload: bytes,
                     signature: bytes) -> bool:
    """True when ``signature`` is a valid signature of ``payload`` under ``namespace``."""
    from cryptography.exceptions import InvalidSignature

    try:
        key = _load_public(public_key_line)
    except SignatureError:
        return False
    try:
        key.verify(signature, signed_message(namespace, payload))
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class PublicIdentity:
    name: str
    email: str
    public_key: str
    fingerprint: str

    def card(self) -> dict[str, str]:
        return {"format": CARD_FORMAT, "name": self.name, "email": self.email,
                "public_key": self.public_key, "fingerprint": self.fingerprint}


class Identity:
    """An unlocked identity: can sign. Never serialises its private key except encrypted."""

    def __init__(self, name: str, email: str, private_key: object) -> None:
        from cryptography.hazmat.primitives import serialization

        self.name = name
        self.email = email
        self._key = private_key
        # why the ignore below: private key typed loosely to keep cryptography off the start-up path
        pub = private_key.public_key().public_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        self.public_key = pub.decode("ascii")
        self.fingerprint = fingerprint_of(self.public_key)

    @classmethod
    def generate(cls, name: str, email: str) -> Identity:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        name, email = name.strip(), email.strip()
        if not name:
            raise IdentityError("a name is required", where="identity")
        if "@" not in email or any(ch.isspace() for ch in email):
            raise IdentityError(f"'{email}' is not an e-mail address", where="identity")
        return cls(name, email, Ed25519PrivateKey.generate())

    @property
    def public(self) -> PublicIdentity:
        return PublicIdentity(self.name, self.email, self.public_key, self.fingerprint)

    def sign(self, namespace: str, payload: bytes) -> bytes:
        # why the ignore below: private key typed loosely to keep cryptography off the start-up path
        return self._key.sign(signed_message(namespace, payload))  # type: ignore[attr-defined, no-any-return]

    def encrypted_private_key(self, passphrase: str, rounds: int = KDF_ROUNDS) -> bytes:
        from cryptography.hazmat.primitives import serialization

        if not passphrase:
            raise IdentityError("a passphrase is required to protect the signing key",
                                where="passphrase")
        enc = (serialization.PrivateFormat.OpenSSH.encryption_builder()
               .kdf_rounds(rounds).build(passphrase.encode("utf-8")))
        # why the ignore below: private key typed loosely to keep cryptography off the start-up path
        return self._key.private_bytes(  # type: ignore[attr-defined, no-any-return]
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, enc)

    def save(self, home: Path, passphrase: str, rounds: int = KDF_ROUNDS) -> None:
        """Write the key and identity.json as one step: both go into a temporary folder
        beside ``identity/``, which is then renamed into place. A replaced identity (a new
        passphrase) is renamed aside first and removed last; ``recover_identity_folder``
        puts whichever complete folder a kill left back in place."""
        import os
        import shutil
        import tempfile

        from zerodx_desktop.atomic_io import fsync_dir

        home = Path(home)
        folder = home / IDENTITY_DIR
        key_bytes = self.encrypted_private_key(passphrase, rounds)
        info = json.dumps(self.public.card(), indent=2, ensure_ascii=False).encode("utf-8")
        try:
            home.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f"{IDENTITY_DIR}.new-", dir=home))
        except OSError as exc:
            raise _identity_write_error(exc, home) from exc
        old: Path | None = None
        try:
            try:
                atomic_write_bytes(tmp / KEY_FILE, key_bytes, mode=0o600)
                atomic_write_bytes(tmp / INFO_FILE, info)
                if folder.exists():
                    old = Path(tempfile.mkdtemp(prefix=f"{IDENTITY_DIR}.old-", dir=home))
                    os.rmdir(old)
                    os.replace(folder, old)
                os.replace(tmp, folder)
                fsync_dir(home)
            except OSError as exc:
                if old is not None and not folder.exists():
                    os.replace(old, folder)
                    old = None
                raise _identity_write_error(exc, home) from exc
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            if _complete(old):
                shutil.rmtree(old, ignore_errors=True)
            else:  # a half-made identity replaced: kept, never silently thrown away
                _set_aside(old, home)


def _set_aside(folder: Path, home: Path) -> Path:
    import os
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = home / f"{IDENTITY_DIR}-incomplete-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = home / f"{IDENTITY_DIR}-incomplete-{stamp}-{n}"
    os.replace(folder, aside)
    return aside


def _identity_write_error(exc: OSError, home: Path) -> IdentityError:
    from zerodx_desktop.atomic_io import is_disk_full

    what = "the disk is full" if is_disk_full(exc, home) else (exc.strerror or str(exc))
    return IdentityError(f"could not save the identity: {what}", where=str(home),
                         hint="Nothing was created; free some space or check the folder, "
                              "then try again.")


def _complete(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file() and (folder / INFO_FILE).is_file()


def recover_identity_folder(home: Path) -> str | None:
    """Tidy what an interrupted ``Identity.save`` left (a kill, a full disk): a complete
    folder renamed aside is put back; temporary folders go; an ``identity/`` with a key but
    no identity.json (the old two-step save) is moved aside, so ``identity new`` works again.
    Returns a sentence saying what was done, or None."""
    import os
    import shutil

    home = Path(home)
    folder = home / IDENTITY_DIR
    said: list[str] = []
    try:
        olds = sorted(home.glob(f"{IDENTITY_DIR}.old-*"))
        news = sorted(home.glob(f"{IDENTITY_DIR}.new-*"))
    except OSError:
        return None
    if not folder.exists():
        for old in olds:  # killed between renaming the old folder aside and the new in
            if _complete(old):
                os.replace(old, folder)
                said.append("an identity whose passphrase change was interrupted was put back")
                break
    for leftover in [*olds, *news]:
        if leftover.exists() and leftover != folder:
            shutil.rmtree(leftover, ignore_errors=True)
    if folder.is_dir() and not _complete(folder) and any(folder.iterdir()):
        aside = _set_aside(folder, home)
        said.append(f"a half-made identity (interrupted while it was being created) was moved "
                    f"to {aside.name}; create your identity again with 'identity new' (or "
                    f"'Create my judge identity' in the app)")
    return "; ".join(said).capitalize() + "." if said else None


def has_identity(home: Path) -> bool:
    return _complete(Path(home) / IDENTITY_DIR)


def load_public_identity(home: Path) -> PublicIdentity:
    path = Path(home) / IDENTITY_DIR / INFO_FILE
    if not path.is_file():
        raise IdentityError("this home has no identity yet", where=str(Path(home)),
                            hint="Create one with: zerodx identity new --name NAME --email EMAIL")
    return read_judge_card_bytes(path.read_bytes(), str(path), parse_key=False)


def load_identity(home: Path, passphrase: str) -> Identity:
    """Unlock the home's private key with ``passphrase``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pub = load_public_identity(home)
    key_path = Path(home) / IDENTITY_DIR / KEY_FILE
    try:
        key = serialization.load_ssh_private_key(key_path.read_bytes(),
                                                 passphrase.encode("utf-8"))
    except FileNotFoundError as exc:
        raise IdentityError("the private key file is missing", where=str(key_path)) from exc
    except ValueError as exc:
        raise IdentityError("wrong passphrase (or the key file is damaged)",
                            where=str(key_path), hint="Type the passphrase again.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError("the key is not Ed25519", where=str(key_path))
    ident = Identity(pub.name, pub.email, key)
    if ident.fingerprint != pub.fingerprint:
        raise IdentityError("identity.json does not match the private key", where=str(key_path))
    return ident


def change_passphrase(home: Path, old: str, new: str, rounds: int = KDF_ROUNDS) -> None:
    ident = load_identity(home, old)
    ident.save(home, new, rounds)


MAX_CARD_BYTES = 64 * 1024


def read_judge_card_bytes(data: bytes, where: str, *, parse_key: bool = True) -> PublicIdentity:
    """Parse a judge card (``.zdxjudge``, JSON) and check its fingerprint matches its key.

    ``parse_key=False`` skips loading the key with cryptography (a costly import at start-up)
    for this home's own identity.json; the fingerprint is still recomputed and compared.
    """
    if len(data) > MAX_CARD_BYTES:
        raise UserError("the judge card is too large to be a judge card", where=where)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("not a judge card (not UTF-8 JSON)", where=where,
                        hint="Ask the judge to send the .zdxjudge file made by "
                             "'zerodx identity card'.") from exc
    if not isinstance(doc, dict):
        raise UserError("not a judge card", where=where)
    for key in ("name", "email", "public_key"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise UserError(f"the judge card has no '{key}'", where=where)
    fp = fingerprint_of(doc["public_key"])
    if doc.get("fingerprint") not in (None, fp):
        raise UserError("the card's fingerprint does not match its public key", where=where,
                        hint="The card was altered; ask the judge for a fresh one.")
    if parse_key:
        _load_public(doc["public_key"])
    return PublicIdentity(doc["name"].strip(), doc["email"].strip(),
                          doc["public_key"].strip(), fp)


def read_judge_card(path: Path) -> PublicIdentity:
    from zerodx_desktop.formats.limits import require_file

    require_file(Path(path), "judge card", expect="judge_card")  # a folder, a pipe, a zip…
    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_CARD_BYTES + 1)  # a card is small: never read a huge file whole
    except OSError as exc:
        raise UserError(f"cannot read the judge card ({exc.strerror})", where=str(path)) from exc
    return read_judge_card_bytes(data, str(path))


def write_judge_card(identity: PublicIdentity, path: Path) -> None:
    data = json.dumps(identity.card(), indent=2, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(path, data + b"\n")
