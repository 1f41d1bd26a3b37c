"""Export the judge's signed score sheet from the home's store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import framework_from_dict
from zerodx_desktop.core.sheet import DeclaredConflict, ScoreRow, SheetContent
from zerodx_desktop.formats.signing import Identity, PublicIdentity
from zerodx_desktop.services.panels import (
    current_panel_id,
    open_store,
    recusals,
    roster_problem,
)

# the full history (entries) or, by default, its summary (head, counts, first/last time)
AuditPart = list[dict[str, Any]] | dict[str, Any]


@dataclass(frozen=True)
class ExportDone:
    path: Path
    sha256: str
    sequence: int
    scored: int
    total: int
    audit_broken: tuple[str, ...] = ()  # the chain's problems the judge accepted


def collect_content(home: Path, identity: Identity | PublicIdentity, *,
                    sequence: int | None = None, check_roster: bool = True,
                    include_history: bool = False
                    ) -> tuple[SheetContent, AuditPart]:
    """Everything the judge signs, read from the store (and the next sequence number).

    The audit part is the chain head hash and counts (``Store.audit_summary``) unless the
    judge chose ``include_history``: then every entry of this panel, old values included.
    """
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        if check_roster and roster_problem(panel, identity.fingerprint) is not None:
            raise UserError(
                f"your key ({identity.fingerprint}) is not on the roster of panel {panel.id}",
                hint="Send your judge card to the organizer; a sheet signed by a key outside "
                     "the roster is rejected by the chair.")
        framework = framework_from_dict(panel.framework)
        scores = store.scores(panel_id)
        conflicts = recusals(store, panel, identity.fingerprint)
        if check_roster:
            store.set_judge(identity.fingerprint)
        seq = sequence if sequence is not None else store.next_export_sequence(panel_id)
        audit: AuditPart = (store.audit_log(panel_id) if include_history
                            else store.audit_summary(panel_id))
        head = store.audit_head()
    mine = set(panel.assigned_to(identity.fingerprint))  # all nominees without assignments
    rows = [ScoreRow(n.id, c.id, *scores.get((n.id, c.id), (None, "")))
            for n in panel.nominees if n.id in mine for c in framework.criteria()]
    content = SheetContent(
        judge_name=identity.name, judge_email=identity.email,
        fingerprint=identity.fingerprint, public_key=identity.public_key,
        panel_id=panel.id, panel_title=panel.title, round=panel.round,
        framework_id=framework.id, framework_version=framework.version,
        framework_hash=framework.hash, sequence=seq,
        exported_at=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        scores=rows,
        conflicts=[DeclaredConflict(nid, reason) for nid, reason in sorted(conflicts.items())],
        audit_head=head)
    return content, audit


def export_sheet(home: Path, identity: Identity, out: Path, *,
                 include_history: bool = False, accept_audit_break: bool = False) -> ExportDone:
    """Write the signed score sheet to ``out`` (atomically) and record the export.

    By default the sheet's *Audit* part is the chain head hash and counts: what the judge
    decided, not their drafts (old scores, withdrawn comments). ``include_history`` (the
    judge's choice) writes every audit entry of the panel instead. Either way it is signed.
    The audit chain is checked first (a break refuses unless ``accept_audit_break``, and is
    then written into the sheet); the sequence number is reserved before the file is written.
    """
    from zerodx_desktop.formats.score_sheet import write_score_sheet
    from zerodx_desktop.services.recovery import check_audit_for_export

    with open_store(home) as store:
        broken = check_audit_for_export(store, accept_audit_break)
        reserved = store.reserve_export_sequence(current_panel_id(store), str(out))
        if broken:
            store.acknowledge_audit_break(current_panel_id(store), reserved, broken)
    content, audit = collect_content(home, identity, sequence=reserved,
                                     include_history=include_history)
    content.audit_broken = list(broken)
    with open_store(home) as store:
        panel = store.panel(content.panel_id)
        framework = framework_from_dict(panel.framework)
        if isinstance(audit, list):
            sha = write_score_sheet(Path(out), content, framework, panel, identity,
                                    audit_log=audit)
        else:
            sha = write_score_sheet(Path(out), content, framework, panel, identity,
                                    audit_summary=audit)
        store.record_export(content.panel_id, content.sequence, str(out), sha)
    recused = {c.nominee_id for c in content.conflicts}
    counted = [r for r in content.scores if r.nominee_id not in recused]
    scored = sum(1 for r in counted if r.level is not None)
    return ExportDone(Path(out), sha, content.sequence, scored, len(counted), tuple(broken))


def print_scorecard(home: Path, out: Path) -> Path:
    """The judge's own scores and comments as a PDF (no signing, no export recorded)."""
    from zerodx_desktop.formats.pdf.scorecard import write_judge_scorecard
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    who = (load_public_identity(home) if has_identity(home)
           else PublicIdentity("Judge (no identity yet)", "", "", ""))
    content, _audit = collect_content(home, who, sequence=0, check_roster=False)
    with open_store(home) as store:
        panel = store.panel(content.panel_id)
    write_judge_scorecard(Path(out), content, framework_from_dict(panel.framework), panel)
    return Path(out)
