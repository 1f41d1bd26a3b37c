"""Export the judge's signed score sheet from the home's store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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


@dataclass(frozen=True)
class ExportDone:
    path: Path
    sha256: str
    sequence: int
    scored: int
    total: int


def collect_content(home: Path, identity: Identity | PublicIdentity, *,
                    sequence: int | None = None, check_roster: bool = True
                    ) -> tuple[SheetContent, list[dict[str, object]]]:
    """Everything the judge signs, read from the store (and the next sequence number)."""
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
        audit = store.audit_log(panel_id)
        head = store.audit_head()
    rows = [ScoreRow(n.id, c.id, *scores.get((n.id, c.id), (None, "")))
            for n in panel.nominees for c in framework.criteria()]
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


def export_sheet(home: Path, identity: Identity, out: Path) -> ExportDone:
    """Write the signed score sheet to ``out`` (atomically) and record the export."""
    from zerodx_desktop.formats.score_sheet import write_score_sheet

    content, audit = collect_content(home, identity)
    with open_store(home) as store:
        panel = store.panel(content.panel_id)
        framework = framework_from_dict(panel.framework)
        sha = write_score_sheet(Path(out), content, framework, panel, identity, audit_log=audit)
        store.record_export(content.panel_id, content.sequence, str(out), sha)
    recused = {c.nominee_id for c in content.conflicts}
    counted = [r for r in content.scores if r.nominee_id not in recused]
    scored = sum(1 for r in counted if r.level is not None)
    return ExportDone(Path(out), sha, content.sequence, scored, len(counted))


def print_scorecard(home: Path, out: Path) -> Path:
    """The judge's own scores and comments as a PDF (no signing, no export recorded)."""
    from zerodx_desktop.formats.report_pdf import write_judge_scorecard
    from zerodx_desktop.formats.signing import has_identity, load_public_identity

    who = (load_public_identity(home) if has_identity(home)
           else PublicIdentity("Judge (no identity yet)", "", "", ""))
    content, _audit = collect_content(home, who, sequence=0, check_roster=False)
    with open_store(home) as store:
        panel = store.panel(content.panel_id)
    write_judge_scorecard(Path(out), content, framework_from_dict(panel.framework), panel)
    return Path(out)
