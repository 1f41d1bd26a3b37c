"""Synthetic panels for benchmarks: a framework, nominees, judges and their signed sheets,
all from a fixed seed so every run measures the same work."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from zerodx_desktop.core.framework import Framework, framework_from_dict
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.sheet import ScoreRow, SheetContent
from zerodx_desktop.formats.signing import Identity

SEED = 20261128


def framework_doc(criteria: int, domains: int = 3, dims_per_domain: int = 2) -> dict:
    domains = max(1, min(domains, criteria))  # no empty dimension for tiny frameworks
    dims_per_domain = max(1, min(dims_per_domain, criteria // domains))
    per_dim = max(1, criteria // (domains * dims_per_domain))
    left = criteria
    doms = []
    for d in range(domains):
        dims = []
        for m in range(dims_per_domain):
            last = d == domains - 1 and m == dims_per_domain - 1
            count = left if last else min(per_dim, left)
            left -= count
            dims.append({"id": f"d{d}.m{m}", "title": f"Dimension {d}.{m}", "weight": 1,
                         "criteria": [{"id": f"d{d}.m{m}.c{k}",
                                       "question": f"How mature is practice {d}.{m}.{k}?",
                                       "weight": 1 + (k % 3)} for k in range(count)]})
        doms.append({"id": f"d{d}", "title": f"Domain {d}", "weight": 1 + d % 2,
                     "dimensions": dims})
    return {"format": "zerodx-framework/1", "id": "bench", "version": "1",
            "title": "Benchmark framework",
            "scale": {"min": 1, "max": 5, "levels": [
                {"value": v, "label": f"L{v}", "description": f"Level {v}"}
                for v in range(1, 6)]},
            "require_comment_for": [], "domains": doms}


@dataclass
class SyntheticPanel:
    panel: Panel
    framework: Framework
    judges: list[Identity]
    package: Path


def make_panel(folder: Path, *, nominees: int, criteria: int, judges: int) -> SyntheticPanel:
    """A signed package with ``nominees`` nominees (no attachments) and ``judges`` judges."""
    import json

    from zerodx_desktop.formats.package_build import build_panel_package

    fw = framework_from_dict(framework_doc(criteria))
    ndir = folder / "nominees"
    for i in range(nominees):
        d = ndir / f"n{i:05d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "nominee.json").write_text(json.dumps(
            {"id": f"n{i:05d}", "name": f"Nominee {i} Ltd.", "country": "IT",
             "summary": "A synthetic nominee."}), encoding="utf-8")
    idents = [Identity.generate(f"Judge {j}", f"judge{j}@example.org") for j in range(judges)]
    organizer = Identity.generate("Organizer", "org@example.org")
    pkg = build_panel_package(title="Benchmark panel", framework=fw, nominees_dir=ndir,
                              judges=[i.public for i in idents], conflicts=[],
                              method="mean", round=1, organizer=organizer,
                              out=folder / "panel.zdxpanel", panel_id="bench-panel")
    return SyntheticPanel(pkg.panel, fw, idents, folder / "panel.zdxpanel")


def sheet_content(sp: SyntheticPanel, judge_index: int, sequence: int = 1) -> SheetContent:
    ident = sp.judges[judge_index]
    rng = random.Random(SEED + judge_index)
    rows = []
    for n_i, n in enumerate(sp.panel.nominees):
        quality = random.Random(SEED * 7 + n_i).uniform(1.5, 4.5)
        for c in sp.framework.criteria():
            level = max(1, min(5, round(quality + rng.gauss(0, 0.7))))
            comment = "Evidence in the dossier." if rng.random() < 0.1 else ""
            rows.append(ScoreRow(n.id, c.id, level, comment))
    return SheetContent(
        judge_name=ident.name, judge_email=ident.email, fingerprint=ident.fingerprint,
        public_key=ident.public_key, panel_id=sp.panel.id, panel_title=sp.panel.title,
        round=sp.panel.round, framework_id=sp.framework.id,
        framework_version=sp.framework.version, framework_hash=sp.framework.hash,
        sequence=sequence, exported_at="2026-11-28T12:00:00Z", scores=rows, conflicts=[],
        audit_head="")


COMMENTS = ("Clear evidence in the dossier: the teams set their own targets and budgets.",
            "Partly there; the 2025 report shows pilots, not yet the whole company.",
            "Interview notes confirm it. 海湾 team visit, March.",
            "Not convinced: the org chart still has five layers of approval.")


def realistic(sp: SyntheticPanel, judge_index: int) -> tuple[SheetContent, list[dict]]:
    """A judge's sheet as judges write them: a comment on about a third of the scores and an
    audit history (one or two edits a score), for the merge benchmark."""
    import dataclasses

    content = sheet_content(sp, judge_index)
    rng = random.Random(SEED * 3 + judge_index)
    rows = [dataclasses.replace(r, comment=rng.choice(COMMENTS) if rng.random() < 0.33 else "")
            for r in content.scores]
    audit = []
    for i, r in enumerate(rows):
        for k in range(1 + (rng.random() < 0.3)):
            audit.append({"seq": len(audit) + 1, "at": f"2026-11-2{i % 9}T10:{k:02d}:00Z",
                          "nominee": r.nominee_id, "criterion": r.criterion_id,
                          "level": r.level, "comment": r.comment[:40]})
    return dataclasses.replace(content, scores=rows), audit


def write_sheets(sp: SyntheticPanel, folder: Path, *, realistic_sheets: bool = False
                 ) -> list[Path]:
    from zerodx_desktop.formats.score_sheet import write_score_sheet

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for j in range(len(sp.judges)):
        path = folder / f"judge-{j:03d}.xlsx"
        if realistic_sheets:
            content, audit = realistic(sp, j)
            write_score_sheet(path, content, sp.framework, sp.panel, sp.judges[j],
                              audit_log=audit)
        else:
            write_score_sheet(path, sheet_content(sp, j), sp.framework, sp.panel,
                              sp.judges[j])
        paths.append(path)
    return paths
