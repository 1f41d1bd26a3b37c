"""The two kinds of error: UserError (a person can act on it) and everything else (a bug)."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or environment, with a message a person can act on.

    ``what`` says what went wrong, ``where`` names the file/field/cell, ``hint`` what to do.
    The CLI prints it and exits 1; the UI shows it in a plain message box (not the crash dialog).
    """

    def __init__(self, what: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.what = what
        self.where = where
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.what
        if self.where:
            text = f"{self.where}: {text}"
        if self.hint:
            text = f"{text}\n{self.hint}"
        return text


class FrameworkError(UserError):
    """A framework file is invalid."""


class PackageError(UserError):
    """A panel package (or nominee folder) is invalid, corrupt or hostile."""


class SignatureError(UserError):
    """A signature is missing, malformed or does not verify."""


class IdentityError(UserError):
    """No identity, wrong passphrase, unreadable key file."""


class StoreError(UserError):
    """The local store cannot be read or written (disk full, read-only, corrupt)."""
