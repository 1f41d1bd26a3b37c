"""A synthetic PanelResult of N nominees (for report benchmarks), from a fixed seed."""

from __future__ import annotations

import random

from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    JudgeRow,
    PanelResult,
    RankingRow,
    Reliability,
)


def synthetic_result(nominees: int, criteria: int = 24, judges: int = 7) -> PanelResult:
    rng = random.Random(nominees)
    domains = [("autonomy", "Level of Organizational Autonomy"),
               ("user-value", "Level of User Value"), ("zero-distance", "Zero Distance")]
    scores = sorted((rng.uniform(30, 95) for _ in range(nominees)), reverse=True)
    ranking = []
    for i, s in enumerate(scores):
        ranking.append(RankingRow(
            rank=i + 1, tied=False, nominee_id=f"n{i:05d}", nominee=f"Nominee {i} Holdings",
            score=round(s, 2), judges=judges, sd=round(rng.uniform(2, 12), 2),
            min=round(s - 8, 2), max=round(s + 8, 2),
            domain_scores={d: round(min(100, max(0, s + rng.uniform(-15, 15))), 2)
                           for d, _ in domains}))
    crit = []
    dis = []
    comments = []
    for row in ranking:
        for c in range(criteria):
            lo = rng.randint(1, 4)
            hi = min(5, lo + rng.randint(0, 2))
            cid = f"{domains[c % 3][0]}.c{c}"
            crit.append(CriterionStat(row.nominee_id, cid, judges, (lo + hi) / 2, lo, hi,
                                      round((hi - lo) / 2, 3), hi - lo, hi - lo >= 2))
            if hi - lo >= 2:
                dis.append(Disagreement(row.nominee_id, cid, hi - lo, round((hi - lo) / 2, 3)))
        comments.append(Comment(row.nominee_id, f"{domains[0][0]}.c0",
                                "Micro-enterprises hold real decision rights; evidence in "
                                "the dossier."))
    fps = [f"SHA256:{'x' * 40}{j:03d}" for j in range(judges)]
    return PanelResult(
        panel_id="bench", panel_title="Benchmark panel", round=1, framework_id="bench",
        framework_version="1", framework_hash="sha256:" + "0" * 64, method="mean",
        ranking=ranking, by_method={"mean": ranking}, sensitivity=["Same winner everywhere."],
        criteria=crit, disagreements=dis,
        reliability=Reliability(0.81, 0.62, 0.71, 0.77, {}, ["Good agreement."]),
        judges=[JudgeRow(f"Judge {j}", fps[j], "valid", f"judge-{j}.xlsx", "ab" * 32, 1)
                for j in range(judges)],
        judge_totals={fp: {r.nominee_id: r.score for r in ranking} for fp in fps},
        comments=comments, inputs=[(f"judge-{j}.xlsx", "ab" * 32) for j in range(judges)],
        domains=domains, generated_at="2026-11-28T12:00:00Z")
