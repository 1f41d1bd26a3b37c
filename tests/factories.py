"""Test data, made in one place: frameworks, panels, sheet contents and verdicts.

Tests import what they need from here (not from one another). Fixtures built on these live in
the ``conftest.py`` of the folder that uses them. The old homes of these helpers (``test_store``,
``test_score_sheet``, ``test_merge``) still name them, for tests written against those names.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from zerodx_desktop.core.framework import Framework, load_framework
from zerodx_desktop.core.panel import (
    Attachment,
    Conflict,
    JudgeEntry,
    Nominee,
    Panel,
    Section,
)
from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    JudgeRow,
    PanelResult,
    RankingRow,
    Reliability,
)
from zerodx_desktop.core.sheet import (
    DeclaredConflict,
    ScoreRow,
    SheetContent,
    SheetVerdict,
    Status,
)
from zerodx_desktop.paths import data_dir

# ---- frameworks ---------------------------------------------------------------------------
# The one framework literal: every framework document a test needs is made by framework_doc.
# A domain is (id, title, dimensions); a dimension (id, title, criteria); a criterion
# (id, question, weight).
Criterion = tuple[str, str, float]
Dimension = tuple[str, str, Sequence[Criterion]]
Domain = tuple[str, str, Sequence[Dimension]]


def framework_doc(domains: Sequence[Domain], *, id: str = "tiny", version: str = "1",
                  title: str = "Tiny", labels: Sequence[str] | None = None,
                  require_comment_for: Sequence[int] | None = None) -> dict[str, Any]:
    """A framework document on the 1-5 scale (labels L1..L5 unless given)."""
    names = list(labels) if labels is not None else [f"L{v}" for v in range(1, 6)]
    doc: dict[str, Any] = {
        "format": "zerodx-framework/1", "id": id, "version": version, "title": title,
        "scale": {"min": 1, "max": 5, "levels": [
            {"value": v, "label": lab, "description": f"level {v}"}
            for v, lab in zip(range(1, 6), names, strict=True)]},
    }
    if require_comment_for is not None:
        doc["require_comment_for"] = list(require_comment_for)
    doc["domains"] = [
        {"id": d_id, "title": d_title, "weight": 1, "dimensions": [
            {"id": m_id, "title": m_title, "weight": 1, "criteria": [
                {"id": c_id, "question": q, "weight": w} for c_id, q, w in criteria]}
            for m_id, m_title, criteria in dimensions]}
        for d_id, d_title, dimensions in domains]
    return doc


def tiny_framework_doc(criteria: Sequence[str] = ("c1", "c2", "c3")) -> dict[str, Any]:
    """One domain, one dimension, the criteria given (weight 1 each): the store's tests."""
    return framework_doc([("d", "D", [("m", "M", [(c, f"{c}?", 1) for c in criteria])])])


def small_framework() -> dict[str, Any]:
    """One domain, one dimension, two criteria; level 5 needs a comment: the app's tests."""
    return framework_doc(
        [("d1", "Domain one", [("m1", "Dim one", [("c1", "First question?", 1),
                                                   ("c2", "Second question?", 1)])])],
        require_comment_for=[5])


def sample_framework() -> dict[str, Any]:
    """The sample RenDanHeYi framework shipped with the app."""
    return json.loads((data_dir() / "frameworks" / "rendanheyi-sample.json").read_text("utf-8"))


# two domains, four criteria with unequal weights: the score sheet's tests
FRAMEWORK_DOC = framework_doc(
    [("autonomy", "Level of Organizational Autonomy", [
        ("leadership", "Leadership", [("a.l.1", "Do teams hold decision rights?", 1),
                                      ("a.l.2", "Is pay distributed by the teams?", 2)]),
        ("structure", "Organizational Structure", [("a.s.1", "Are there micro-enterprises?", 1)]),
    ]),
     ("value", "Level of User Value", [
         ("ecosystem", "Ecosystem", [("v.e.1", "Co-creating ecosystem?", 1)])])],
    id="test-fw", version="1.0", title="Test framework",
    labels=("Traditional", "Emerging", "Developing", "Advanced", "Leading"))

# c1 = c2 = 0.5 * 0.5 = 0.25, c3 = 0.5 (effective weights); level l -> (l - 1) / 4 * 100
MERGE_DOMAINS: list[Domain] = [
    ("autonomy", "Level of Organizational Autonomy", [
        ("leadership", "Leadership", [("c1", "Decision rights?", 1),
                                      ("c2", "Pay distribution?", 1)])]),
    ("value", "Level of User Value", [
        ("ecosystem", "Ecosystem", [("c3", "Ecosystem?", 1)])])]
MERGE_FRAMEWORK_DOC = framework_doc(MERGE_DOMAINS, id="merge-fw", title="Merge test framework")


def make_framework(doc: dict[str, Any] | None = None) -> Framework:
    return load_framework(doc or FRAMEWORK_DOC)


# the files the app ships: the sample framework and the demo nominees (for the CLI's tests)
ROOT = Path(__file__).resolve().parents[1]
SAMPLE_FRAMEWORK_FILE = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
DEMO_NOMINEES_DIR = ROOT / "data" / "demo" / "nominees"


# ---- panels -------------------------------------------------------------------------------
NOMINEES = (Nominee("n-001", "Example Co."), Nominee("n-002", "海湾 Zero Distance Ltd"),
            Nominee("n-003", "Ünïcode GmbH"))


def judge_entry(judge: Any) -> JudgeEntry:
    """A roster entry for an Identity, a PublicIdentity or an entry already."""
    if isinstance(judge, JudgeEntry):
        return judge
    return JudgeEntry(judge.name, judge.email, judge.public_key, judge.fingerprint)


def make_panel(framework: Framework | dict[str, Any], judges: Iterable[Any] = (), *,
               conflicts: Iterable[Conflict] = (), round_: int = 1,
               panel_id: str = "panel-2026", title: str = "ZeroDX Awards 2026",
               nominees: Sequence[Nominee] = NOMINEES, framework_hash: str | None = None,
               **more: Any) -> Panel:
    """The one panel factory: a framework (object or document), judges (identities or
    entries); everything else has a default a test may change."""
    if isinstance(framework, Framework):
        raw, digest = framework.raw, framework.hash
    else:
        raw, digest = framework, framework_hash or load_framework(framework).hash
    return Panel(id=panel_id, title=title, round=round_, method=more.pop("method", "mean"),
                 framework=raw, framework_hash=framework_hash or digest,
                 judges=tuple(judge_entry(j) for j in judges), conflicts=tuple(conflicts),
                 nominees=tuple(nominees), **more)


# the store's panel: two judges without real keys, attachments, a roster conflict
ME = "SHA256:judge-me"
OTHER = "SHA256:judge-other"
PDF = b"%PDF-1.4 fake dossier"
PNG = b"\x89PNG fake image"
BLOBS = {hashlib.sha256(b).hexdigest(): b for b in (PDF, PNG)}


def att(name: str, data: bytes) -> Attachment:
    return Attachment(file=name, title=name.upper(), sha256=hashlib.sha256(data).hexdigest(),
                      size=len(data), media_type="application/pdf")


def store_panel(*, round: int = 1, nominees: tuple[str, ...] = ("n1", "n2"),
                criteria: tuple[str, ...] = ("c1", "c2", "c3"), title: str = "Awards 2026"
                ) -> Panel:
    noms = tuple(
        Nominee(id=n, name=f"Nominee {n} 公司", country="IT", category="Ecosystem",
                summary=f"About {n}", sections=(Section("History", f"{n} story\nline 2"),),
                attachments=(att(f"{n}.pdf", PDF), att("logo.png", PNG)) if n == "n1"
                else (att("report.pdf", PDF),))
        for n in nominees)
    judges = (JudgeEntry("Me", "me@example.org", "ssh-ed25519 AAAAme", ME),
              JudgeEntry("Other", "o@example.org", "ssh-ed25519 AAAAo", OTHER))
    return make_panel(tiny_framework_doc(criteria), judges, round_=round, panel_id="panel-1",
                      title=title, nominees=noms, framework_hash="sha256:x",
                      conflicts=(Conflict(OTHER, nominees[0], "former employee"),),
                      created_at="2026-11-01T00:00:00Z",
                      organizer=JudgeEntry("Org", "org@example.org", "ssh-ed25519 AAAAorg",
                                           "SHA256:o"))


# ---- score sheets -------------------------------------------------------------------------
def make_content(framework: Framework, *, complete: bool = True, sequence: int = 1,
                 conflicts: list[DeclaredConflict] | None = None,
                 comment: str = "fine") -> SheetContent:
    """A sheet's content scoring every NOMINEES x criterion (all but one if not complete)."""
    scores = []
    crits = framework.criteria()
    for i, n in enumerate(NOMINEES):
        for j, c in enumerate(crits):
            if not complete and i == 0 and j == 0:
                continue
            scores.append(ScoreRow(n.id, c.id, 1 + (i + j) % 5, f"{comment} {n.id}/{c.id}"))
    return SheetContent(judge_name="", judge_email="", fingerprint="", public_key="",
                        panel_id="", panel_title="", round=0, framework_id="",
                        framework_version="", framework_hash="", sequence=sequence,
                        exported_at="2026-11-28T10:00:00Z", scores=scores,
                        conflicts=conflicts or [], audit_head="sha256:abc")


# the merge's panel: judges A, B, C (no real keys), C conflicted with n2 on the roster
MERGE_FW = load_framework(MERGE_FRAMEWORK_DOC)
FP = {k: f"SHA256:{k * 43}"[:50] for k in ("A", "B", "C", "D")}
MERGE_JUDGES = tuple(
    JudgeEntry(f"Judge {k}", f"{k.lower()}@example.org", "ssh-ed25519 AAAA", FP[k])
    for k in ("A", "B", "C"))
MERGE_NOMINEES = (("n1", "Alpha Co."), ("n2", "Beta Ltd."), ("n3", "Gamma GmbH"))
MERGE_PANEL = make_panel(MERGE_FW, MERGE_JUDGES, panel_id="panel-1", title="Test Panel",
                         conflicts=(Conflict(FP["C"], "n2", "former employee"),),
                         nominees=tuple(Nominee(i, n) for i, n in MERGE_NOMINEES))


def sheet(judge: str, levels: dict[str, tuple[int | None, ...]], *, sequence: int = 1,
          status: Status = Status.VALID, sha: str | None = None, file: str | None = None,
          comments: dict[tuple[str, str], str] | None = None,
          declared: tuple[str, ...] = ()) -> SheetVerdict:
    """A verdict as verification gives it, for judge A-D of MERGE_PANEL (levels c1, c2, c3)."""
    comments = comments or {}
    rows = [ScoreRow(nid, cid, lv, comments.get((nid, cid), ""))
            for nid, lvs in levels.items() for cid, lv in zip(("c1", "c2", "c3"), lvs,
                                                                strict=True)]
    content = SheetContent(
        judge_name=f"Judge {judge}", judge_email="x@example.org", fingerprint=FP[judge],
        public_key="ssh-ed25519 AAAA", panel_id=MERGE_PANEL.id,
        panel_title=MERGE_PANEL.title, round=1, framework_id=MERGE_FW.id,
        framework_version=MERGE_FW.version, framework_hash=MERGE_FW.hash,
        sequence=sequence, exported_at=f"2026-01-0{sequence}T00:00:00Z", scores=rows,
        conflicts=[DeclaredConflict(n, "declared") for n in declared])
    name = file or f"{judge}-{sequence}.xlsx"
    return SheetVerdict(file=name, status=status, sha256=sha or f"{name}-sha", content=content)


def pile() -> list[SheetVerdict]:
    """A chair's pile: superseded, duplicate, conflicted and tampered sheets among good ones."""
    return [
        # Judge A: an old sheet (sequence 1, all 1s) superseded by sequence 2
        sheet("A", {"n1": (1, 1, 1), "n2": (1, 1, 1), "n3": (1, 1, 1)}, sequence=1),
        # A: n1 (5,5,5) -> 100; n2 (3,3,3) -> 50; n3 (1,1,1) -> 0
        sheet("A", {"n1": (5, 5, 5), "n2": (3, 3, 3), "n3": (1, 1, 1)}, sequence=2,
              comments={("n1", "c1"): "Outstanding =SUM(A1)"}),
        # B: n1 (4,4,4) -> 75; n2 (4,4,4) -> 75; n3 (2,2,2) -> 25
        sheet("B", {"n1": (4, 4, 4), "n2": (4, 4, 4), "n3": (2, 2, 2)}, sha="same-bytes"),
        # the very same file handed in twice
        sheet("B", {"n1": (4, 4, 4), "n2": (4, 4, 4), "n3": (2, 2, 2)}, sha="same-bytes",
              file="B-copy.xlsx"),
        # C: n1 (5,3,5) -> 25 + 12.5 + 50 = 87.5; n2 conflicted on the roster (excluded);
        #    n3 (1,1,3) -> 0 + 0 + 25 = 25
        sheet("C", {"n1": (5, 3, 5), "n2": (1, 1, 1), "n3": (1, 1, 3)}),
        # a tampered sheet claiming to be D: never used
        sheet("D", {"n1": (1, 1, 1), "n2": (1, 1, 1), "n3": (1, 1, 1)},
              status=Status.TAMPERED),
    ]


def nominee_dirs(root: Path) -> Path:
    """Nominee folders for MERGE_PANEL's nominees under ``root``."""
    for nid, name in MERGE_NOMINEES:
        d = root / nid
        d.mkdir(parents=True)
        (d / "nominee.json").write_text(json.dumps({"id": nid, "name": name}))
    return root


def write_sheet(path: Path, ident: Any, panel: Panel,
                levels: dict[str, tuple[int | None, ...]], sequence: int = 1) -> Path:
    """A signed score sheet on disk for MERGE_FW (levels c1, c2, c3 per nominee)."""
    from zerodx_desktop.formats.score_sheet import write_score_sheet

    rows = [ScoreRow(nid, cid, lv) for nid, lvs in levels.items()
            for cid, lv in zip(("c1", "c2", "c3"), lvs, strict=True)]
    content = SheetContent(
        judge_name="", judge_email="", fingerprint="", public_key="", panel_id="",
        panel_title="", round=1, framework_id="", framework_version="", framework_hash="",
        sequence=sequence, exported_at=f"2026-01-0{sequence}T00:00:00Z", scores=rows)
    write_score_sheet(path, content, MERGE_FW, panel, ident)
    return path


# ---- results and reports ------------------------------------------------------------------
DOMAINS = [
    ("autonomy", "Level of Organizational Autonomy"),
    ("structure", "Organizational Structure"),
    ("ecosystem", "Level of User Value — Ecosystem"),
]
NAMES = [
    "Harbor Smart Home", "海湾智家", "Nordic Microgrid Cooperative", "Zhang & Partners 张氏合伙",
    "Atelier Lumière", "Vale do Futuro Ltda.", "Kōbe Makers", "Stadtwerke Nord AG",
]
COUNTRIES = ["CN", "CN", "NO", "CN", "FR", "BR", "JP", "DE"]


def criterion_ids(per_domain: int = 3) -> list[str]:
    return [f"{d}.c{i}" for d, _ in DOMAINS for i in range(1, per_domain + 1)]


def make_result(n_nominees: int = 8, *, seed: int = 7, n_judges: int = 5,
                per_domain: int = 3, with_comments: bool = True) -> PanelResult:
    """A plausible PanelResult built directly (no merge): ties, flags, comments, statistics."""
    rnd = random.Random(seed)
    crits = criterion_ids(per_domain)
    fps = [f"SHA256:judge{j}key{'x' * 30}{j}" for j in range(n_judges)]
    names = [NAMES[i] if i < len(NAMES) else f"Nominee {i + 1:04d} Ltd." for i in
             range(n_nominees)]
    ranking: list[RankingRow] = []
    criteria: list[CriterionStat] = []
    disagreements: list[Disagreement] = []
    comments: list[Comment] = []
    judge_totals: dict[str, dict[str, float | None]] = {fp: {} for fp in fps}
    scores = sorted((round(rnd.uniform(40, 95), 2) for _ in range(n_nominees)), reverse=True)
    if n_nominees > 4:
        scores[3] = scores[2]  # a tie for third place
    rank = 0
    for i, score in enumerate(scores):
        nid = f"n-{i + 1:03d}"
        tied = (i > 0 and scores[i - 1] == score) or (i + 1 < len(scores)
                                                       and scores[i + 1] == score)
        if i == 0 or scores[i - 1] != score:
            rank = i + 1
        lo, hi = score - rnd.uniform(2, 15), score + rnd.uniform(2, 10)
        ranking.append(RankingRow(
            rank=rank, tied=tied, nominee_id=nid, nominee=names[i], score=score,
            judges=n_judges, sd=round(rnd.uniform(1, 9), 2), min=round(lo, 2),
            max=round(min(hi, 100), 2),
            domain_scores={d: round(min(100, max(0, score + rnd.uniform(-20, 15))), 2)
                           for d, _ in DOMAINS}))
        for fp in fps:
            judge_totals[fp][nid] = round(score + rnd.uniform(-8, 8), 2)
        for cid in crits:
            lv = [rnd.randint(2, 5) for _ in range(n_judges)]
            flagged = max(lv) - min(lv) >= 2 and rnd.random() < 0.4
            criteria.append(CriterionStat(
                nominee_id=nid, criterion_id=cid, n=n_judges, mean=sum(lv) / len(lv),
                min=min(lv), max=max(lv), sd=round(rnd.uniform(0.2, 1.4), 3),
                range=max(lv) - min(lv), flagged=flagged))
            if flagged:
                disagreements.append(Disagreement(nid, cid, float(max(lv) - min(lv)),
                                                  0.9, "levels 2 or more apart"))
        if with_comments:
            comments.append(Comment(nid, crits[0], f"Strong proactive response to users at "
                                                   f"{names[i]}; micro-enterprises decide."))
            comments.append(Comment(nid, crits[-1], "生态圈开放共创，用户价值显著。"))
    disagreements.append(Disagreement("n-002", None, 22.5, 9.1, "spread in top decile"))
    by_method = {
        "mean": ranking,
        "median": [RankingRow(r.rank, r.tied, r.nominee_id, r.nominee,
                              None if r.score is None else round(r.score - 1.5, 2),
                              r.judges, r.sd, r.min, r.max) for r in ranking],
        "zscore": [RankingRow(len(ranking) - r.rank + 1 if r.rank <= 2 else r.rank, False,
                              r.nominee_id, r.nominee, r.score, r.judges, r.sd, r.min, r.max)
                   for r in ranking],
    }
    judges = [JudgeRow(name=n, fingerprint=fps[i], status="valid", file=f"sheet-{i}.xlsx",
                       sha256=f"{i:x}" * 64, sequence=i + 1,
                       severity=round(rnd.uniform(-5, 5), 2),
                       agreement=round(rnd.uniform(0.3, 0.95), 3))
              for i, n in enumerate(["Ada Lovelace", "李明", "Grace Hopper", "Søren Kierkegaard",
                                     "Amina Diallo", "Judge F", "Judge G"][:n_judges])]
    judges.append(JudgeRow(name="Mallory", fingerprint="SHA256:mallory", status="tampered",
                           file="mallory.xlsx", sha256="ab" * 32,
                           message="3 cells differ from what was signed"))
    return PanelResult(
        panel_id="zdx-2024-final", panel_title="ZeroDX Awards 2024 — Final Panel", round=2,
        framework_id="rendanheyi-sample", framework_version="2024.1",
        framework_hash="sha256:" + "c" * 64, method="mean", ranking=ranking,
        by_method=by_method,
        sensitivity=["The winner is the same under every method.",
                     "Third place is tied by the official method."],
        criteria=criteria, disagreements=disagreements,
        reliability=Reliability(krippendorff_alpha_interval=0.712, icc_2_1=0.655,
                                icc_3_1=0.701, kendall_w=0.804,
                                per_criterion_alpha={c: round(rnd.uniform(0.3, 0.9), 3)
                                                     for c in crits},
                                reading=["Agreement is acceptable for tentative conclusions."]),
        judges=judges, judge_totals=judge_totals, comments=comments,
        inputs=[(j.file, j.sha256) for j in judges], domains=list(DOMAINS),
        generated_at="2024-11-20T10:00:00Z", chair="Chair Person",
        chair_fingerprint="SHA256:chairkey")


RESULT_SHA = "7f3a91c2" + "d" * 56


def report_framework() -> Framework:
    from zerodx_desktop.core.framework import (
        Criterion,
        Dimension,
        Domain,
        Framework,
        Scale,
        ScaleLevel,
    )
    from zerodx_desktop.core.text import Text

    levels = tuple(ScaleLevel(v, Text.of(lab), Text.of("")) for v, lab in
                   enumerate(["Traditional", "Emerging", "Developing", "Advanced", "Leading"],
                             start=1))
    domains = []
    for did, title in DOMAINS:
        crits = tuple(Criterion(f"{did}.c{i}", Text.of(f"{title}: question {i}?"),
                                Text.of(""), 1.0, {}, did, f"{did}.dim")
                      for i in range(1, 4))
        domains.append(Domain(did, Text.of(title), 1.0,
                              (Dimension(f"{did}.dim", Text.of(title), 1.0, crits),)))
    return Framework("rendanheyi-sample", "2024.1", Text.of("RenDanHeYi (sample)"),
                     Scale(1, 5, levels), tuple(domains), frozenset({1, 5}), True, {},
                     "sha256:" + "c" * 64)


# Shrout & Fleiss (1979) Table 2: 6 targets x 4 judges (reference data for ICC)
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


# -- the chair's pile: a signed package and real sheets (merge view and chair controller) ------
CHAIR_FRAMEWORK_DOC = framework_doc(MERGE_DOMAINS, id="gui-fw", title="GUI test framework")
# judge -> nominee -> levels for c1, c2, c3
CHAIR_LEVELS = {
    0: {"n1": (5, 5, 5), "n2": (3, 3, 3), "n3": (1, 2, 1)},
    1: {"n1": (4, 4, 4), "n2": (4, 4, 4), "n3": (2, 2, 2)},
    2: {"n1": (5, 4, 5), "n2": (2, 3, 2), "n3": (1, 1, 1)},
}


def build_chair_pile(root: Path) -> dict[str, Any]:
    """A signed package (3 judges, 3 nominees) and a pile: 3 valid sheets, 1 tampered copy,
    1 file that is not a sheet."""
    import json

    import openpyxl

    from zerodx_desktop.core.sheet import ScoreRow, SheetContent
    from zerodx_desktop.formats.package_build import build_panel_package
    from zerodx_desktop.formats.score_sheet import write_score_sheet
    from zerodx_desktop.formats.signing import Identity

    fw = load_framework(CHAIR_FRAMEWORK_DOC)
    nominees = root / "nominees"
    for nid, name in (("n1", "Alpha Co."), ("n2", "Beta Ltd."), ("n3", "Gamma 海湾")):
        (nominees / nid).mkdir(parents=True)
        (nominees / nid / "nominee.json").write_text(
            json.dumps({"id": nid, "name": name}), encoding="utf-8")
    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    judges = [Identity.generate(f"Judge {k}", f"{k}@example.org") for k in "ABC"]
    chair = Identity.generate("Chris Chair", "chair@example.org")
    pkg = build_panel_package(title="GUI panel", framework=fw, nominees_dir=nominees,
                              judges=[j.public for j in judges], conflicts=[],
                              method="mean", round=1, organizer=organizer,
                              out=root / "panel.zdxpanel", chairs=[chair.public])
    # a look-alike: the same panel id, title and roster, signed by someone else
    mallory = Identity.generate("Mallory", "m@example.org")
    build_panel_package(title="GUI panel", framework=fw, nominees_dir=nominees,
                        judges=[j.public for j in judges], conflicts=[], method="mean",
                        round=1, organizer=mallory, out=root / "fake.zdxpanel",
                        panel_id=pkg.panel.id)
    sheets = []
    for i, judge in enumerate(judges):
        rows = [ScoreRow(nid, cid, lv, "Clear evidence." if (nid, cid) == ("n1", "c1") else "")
                for nid, lvs in CHAIR_LEVELS[i].items()
                for cid, lv in zip(("c1", "c2", "c3"), lvs, strict=True)]
        content = SheetContent(
            judge_name="", judge_email="", fingerprint="", public_key="", panel_id="",
            panel_title="", round=1, framework_id="", framework_version="",
            framework_hash="", sequence=1, exported_at="2026-11-01T10:00:00Z", scores=rows)
        path = root / f"judge-{i}.xlsx"
        write_score_sheet(path, content, fw, pkg.panel, judge)
        sheets.append(path)
    # an altered copy of judge C's sheet: one level changed after signing
    tampered = root / "judge-2-altered.xlsx"
    wb = openpyxl.load_workbook(sheets[2])
    ws = wb["Scores"]
    signed_level = ws.cell(row=2, column=7).value
    ws.cell(row=2, column=7).value = 1 if signed_level != 1 else 2
    wb.save(tampered)
    junk = root / "notes.xlsx"
    junk.write_bytes(b"this is not a spreadsheet")
    return {"package": root / "panel.zdxpanel", "sheets": sheets, "tampered": tampered,
            "junk": junk, "judges": judges, "signed_level": signed_level, "chair": chair,
            "organizer": organizer, "mallory": mallory, "fake": root / "fake.zdxpanel"}
