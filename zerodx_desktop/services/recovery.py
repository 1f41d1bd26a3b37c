"""Getting a judge back to a good state: what is wrong with a home, its backups, restoring
one, the audit chain check before an export, and a half-made identity (CLI and app)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zerodx_desktop.core.errors import StoreError, UserError
from zerodx_desktop.services.home import open_home_store

if TYPE_CHECKING:
    from zerodx_desktop.store.backups import BackupInfo, RestoreDone
    from zerodx_desktop.store.store import Store


@dataclass(frozen=True)
class HomeProblem:
    """Why a home's store cannot be opened normally, for the start-up window.

    ``kind``: "restore" (missing/empty/damaged store with a good backup), "damaged" (no good
    backup), "newer" (written by a newer version), "read_only" (opens, read-only), "other".
    """

    kind: str
    message: str
    backup: BackupInfo | None = None




def home_problem(home: Path) -> HomeProblem | None:
    """Open the home's store once and say what stops it (None: all is well)."""
    from zerodx_desktop.store import backups

    home = Path(home)
    try:
        store = open_home_store(home)
    except StoreError as exc:
        text = exc.message
        if "newer version" in exc.what:
            return HomeProblem("newer", text)
        if "damaged" in exc.what or "missing" in exc.what or "empty" in exc.what \
                or "write-ahead" in exc.what:
            best = backups.newest_good(home / backups.BACKUPS_DIR)
            return HomeProblem("restore" if best is not None else "damaged", text, best)
        return HomeProblem("other", text)
    try:
        if store.read_only:
            return HomeProblem("read_only", (
                f"{home}: the data folder is read-only.\nYour panel opens so you can read it, "
                "but scores and comments cannot be changed or exported until the folder can "
                "be written to again."))
    finally:
        store.close()
    return None


def list_backups(home: Path) -> list[BackupInfo]:
    """The home's backups, newest first, each checked (integrity, audit chain, schema)."""
    from zerodx_desktop.store import backups

    return backups.list_backups(Path(home) / backups.BACKUPS_DIR)


def restore_backup(home: Path, backup: str | Path | None = None) -> RestoreDone:
    """Put a backup back (default: the newest good one); the current store is kept beside
    it. Nothing may have the store open (the app closes its own first)."""
    from zerodx_desktop.store import backups

    return backups.restore(Path(home), Path(backup) if backup is not None else None)


def refuse_if_open_elsewhere(home: Path) -> None:
    """The command line's restore: refused while the app (or another command) has the store
    open. Not for the app itself, which closes its own store first."""
    from zerodx_desktop.store import backups

    if backups.in_use_elsewhere(Path(home) / backups.STORE_NAME):
        raise StoreError("the store is open in another program (ZeroDX Desktop?)",
                         where=str(Path(home) / backups.STORE_NAME),
                         hint="Close the app (or wait for the other command to finish), then "
                              "restore again.")


def describe(info: BackupInfo) -> str:
    from zerodx_desktop.store import backups

    return backups.describe_panels(info)


def audit_breaks(home: Path) -> list[str]:
    """Where the home's audit chain (or the scores it describes) was changed outside the app;
    empty when it is intact."""
    with open_home_store(home) as store:
        return store.audit_breaks()


class AuditBroken(UserError):
    """The audit chain is broken and the judge has not acknowledged it."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:10]
        more = f"\n  … and {len(problems) - 10} more" if len(problems) > 10 else ""
        super().__init__(
            "your store's edit history (audit chain) was changed outside the app:\n  "
            + "\n  ".join(shown) + more,
            hint="Restore a backup from before the change (zerodx restore --list), or export "
                 "anyway with --accept-audit-break: the sheet then tells the chair that its "
                 "history is broken.")
        self.problems = problems


def check_audit_for_export(store: Store, accept: bool) -> list[str]:
    """Before an export: the chain's problems (empty when intact). A break the judge has not
    accepted raises ``AuditBroken``."""
    problems = store.audit_breaks()
    if problems and not accept:
        raise AuditBroken(problems)
    return problems


def recover_identity(home: Path) -> str | None:
    """Finish or undo an identity a kill or a full disk left half-made; a sentence saying
    what was done (None when there was nothing to do)."""
    from zerodx_desktop.formats.signing import recover_identity_folder

    return recover_identity_folder(Path(home))
