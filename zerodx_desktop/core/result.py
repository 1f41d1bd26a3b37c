"""The panel result: what the merge produces, the result workbook stores and the report prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zerodx_desktop.core.decisions import OVERALL, Decision, MeetingNote


@dataclass
class RankingRow:
    rank: int
    tied: bool
    nominee_id: str
    nominee: str
    score: float | None  # 0..100 by the method; None when no judge scored the nominee
    judges: int  # judges whose total counted
    sd: float | None
    min: float | None
    max: float | None
    domain_scores: dict[str, float | None] = field(default_factory=dict)  # domain id -> 0..100
    # bootstrap over judges (official method only): share of resamples ranked first (ties
    # share) and the 90 % interval of the rank; None when not computed
    p_first: float | None = None
    rank_interval: tuple[int, int] | None = None


@dataclass
class CriterionStat:
    nominee_id: str
    criterion_id: str
    n: int
    mean: float | None
    min: int | None
    max: int | None
    sd: float | None
    range: int | None
    flagged: bool = False


@dataclass
class Disagreement:
    nominee_id: str
    criterion_id: str | None  # None: the nominee's total
    range: float
    sd: float | None
    reason: str = ""


@dataclass
class JudgeRow:
    name: str
    fingerprint: str
    status: str
    file: str
    sha256: str
    sequence: int | None = None
    warnings: list[str] = field(default_factory=list)
    severity: float | None = None  # mean offset of the judge's totals from the panel's
    agreement: float | None = None  # correlation of the judge's totals with the rest
    message: str = ""


@dataclass
class Reliability:
    krippendorff_alpha_interval: float | None = None
    icc_2_1: float | None = None
    icc_3_1: float | None = None
    kendall_w: float | None = None
    icc_2_k: float | None = None  # reliability of the panel average (judges per nominee: k)
    # why a statistic is None, by key ("icc_2_1": "needs at least two judges ..."); and what
    # the ICCs and W were computed on (the incomplete data: nominees/judges with a score)
    reasons: dict[str, str] = field(default_factory=dict)
    n_nominees: int | None = None
    n_judges: int | None = None
    kendall_w_method: str = ""  # "complete" (tie-corrected W) or "pairwise" (mean Spearman)
    per_criterion_alpha: dict[str, float | None] = field(default_factory=dict)
    reading: list[str] = field(default_factory=list)  # plain-language sentences


@dataclass
class CategoryStats:
    """The statistics of one award category: the bootstrap within the category (the same
    method and fixed seed as the panel's; ``p_first`` and ``rank_interval`` by nominee id,
    None when not computed: ``bootstrap_note`` says why) and the reliability of its scores
    (each None with its reason in ``reliability.reasons`` when the category lacks data)."""

    p_first: dict[str, float | None] = field(default_factory=dict)
    rank_interval: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    reliability: Reliability = field(default_factory=Reliability)
    bootstrap_note: str = ""


@dataclass
class Comment:
    nominee_id: str
    criterion_id: str
    text: str  # anonymised: never carries the judge's name


@dataclass
class PanelResult:
    panel_id: str
    panel_title: str
    round: int
    framework_id: str
    framework_version: str
    framework_hash: str
    method: str  # the official method (from the package unless overridden)
    ranking: list[RankingRow]
    by_method: dict[str, list[RankingRow]] = field(default_factory=dict)
    sensitivity: list[str] = field(default_factory=list)  # what the panel can tell apart
    criteria: list[CriterionStat] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    reliability: Reliability = field(default_factory=Reliability)
    judges: list[JudgeRow] = field(default_factory=list)
    # judge fingerprint -> nominee id -> judge's total (0..100), None when recused/missing
    judge_totals: dict[str, dict[str, float | None]] = field(default_factory=dict)
    # (judge fingerprint, nominee id, criterion id) -> level
    levels: dict[tuple[str, str, str], int] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    inputs: list[tuple[str, str]] = field(default_factory=list)  # (file name, sha256)
    domains: list[tuple[str, str]] = field(default_factory=list)  # (domain id, title)
    generated_at: str = ""
    chair: str = ""  # chair name, fingerprint when signed; "" when unsigned
    chair_fingerprint: str = ""
    # panel.json without dossier text (framework, roster, conflicts, nominee names/countries),
    # so the report printed from a result workbook alone shows questions and the composition
    panel_doc: dict[str, Any] | None = None
    # SHA-256 of the signed values (canonical payload) once written to or read from a result
    # workbook: the same after a harmless re-save, so printed verification codes stay valid
    content_sha256: str = ""
    # recusals or assignments left cells empty: the merge view and report then show the
    # ``adjusted`` ranking beside the official one
    incomplete_design: bool = False
    bootstrap_resamples: int = 0
    bootstrap_note: str = ""  # why p_first / rank_interval are missing, when they are
    # the panel meeting (core.decisions): one decision per category at most, the chair's
    # notes per nominee; both signed into the result workbook
    decisions: list[Decision] = field(default_factory=list)
    notes: list[MeetingNote] = field(default_factory=list)
    # statistics per award category (by category id; empty without categories)
    category_stats: dict[str, CategoryStats] = field(default_factory=dict)

    def _categories(self) -> list[Any]:
        from zerodx_desktop.core.programme import Category

        doc = self.panel_doc or {}
        cats = doc.get("categories") if isinstance(doc, dict) else None
        return [Category(str(c.get("id", "")), str(c.get("title", "")),
                         str(c.get("title_zh", "")))
                for c in (cats or []) if isinstance(c, dict) and c.get("id")]

    def category_rankings(self) -> dict[str, list[RankingRow]]:
        """The ranking of each award category (by category id, each ranked within itself:
        core.programme.category_rankings); "overall" for a panel without categories."""
        from zerodx_desktop.core.programme import category_rankings

        cats = self._categories()
        if not cats:
            return {OVERALL: self.ranking}
        doc = self.panel_doc or {}
        category_of = {str(n.get("id")): str(n.get("category", ""))
                       for n in doc.get("nominees", []) if isinstance(n, dict)}
        return {c.id: list(c.rows) for c in category_rankings(self.ranking, cats, category_of,
                                                              self.category_stats)}

    def category_titles(self, lang: str = "en") -> dict[str, str]:
        """Category id -> title (empty for a panel without categories); a ``lang`` of
        Chinese ("zh_CN") takes the Chinese title where the panel gives one."""
        zh = lang.startswith("zh")
        return {c.id: (c.title_zh if zh and c.title_zh else c.title)
                for c in self._categories()}
