"""What the PDFs print from a result: the verification code, the report's indexed model,
the awards and who gets a certificate, the panel a result embeds."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.decisions import OVERALL, Award, awards, decided_ranking
from zerodx_desktop.core.result import Comment, CriterionStat, Disagreement, PanelResult, RankingRow
from zerodx_desktop.formats.pdf.fonts import clean
from zerodx_desktop.formats.pdf.i18n import ENGLISH, local
from zerodx_desktop.formats.pdf.i18n import current as current_language

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.core.panel import Panel


def _digest_payload(result: PanelResult) -> dict[str, Any]:
    def s(x: float | None) -> str | None:
        return None if x is None else f"{x:.4f}"

    return {
        "panel_id": result.panel_id, "round": result.round, "method": result.method,
        "framework_hash": result.framework_hash,
        "ranking": [{"rank": r.rank, "tied": r.tied, "nominee_id": r.nominee_id,
                     "score": s(r.score), "judges": r.judges} for r in result.ranking],
        "judges": [{"fingerprint": j.fingerprint, "sha256": j.sha256, "status": j.status}
                   for j in result.judges],
    }


def verification_code(result: PanelResult, result_sha256: str) -> str:
    """A short code such as "ZDX-7F3A-91C2" printed on every page.

    It is the first eight hex digits of the result's canonical payload hash
    (``result_sha256``, as the result workbook records it); without one, of the SHA-256 of
    the canonical JSON of the ranking and the judges' sheet hashes.
    """
    h = (result_sha256 or "").strip().lower()
    if h.startswith("sha256:"):
        h = h[len("sha256:"):]
    if not re.fullmatch(r"[0-9a-f]{64}", h):
        h = (hashlib.sha256(h.encode("utf-8")).hexdigest() if h
             else sha256_hex(canonical_json(_digest_payload(result))))
    return f"ZDX-{h[:4].upper()}-{h[4:8].upper()}"


def is_sample(result: PanelResult, framework: Framework | None) -> bool:
    if framework is not None:
        return bool(framework.sample)
    return "sample" in result.framework_id.lower()


def report_date(result: PanelResult) -> str:
    g = clean(result.generated_at, limit=40)
    if re.match(r"\d{4}-\d{2}-\d{2}", g):
        return g[:10]
    return datetime.now(UTC).strftime("%Y-%m-%d")


@dataclass
class ReportModel:
    """What every page needs, indexed once (nothing here is quadratic)."""

    result: PanelResult
    framework: Framework | None
    panel: Panel | None
    ranking: list[RankingRow]
    crit_by_nominee: dict[str, list[CriterionStat]]
    dis_by_nominee: dict[str, list[Disagreement]]
    comments_by_nominee: dict[str, list[Comment]]
    crit_label: dict[str, str]
    crit_order: dict[str, int]
    domain_ids: list[str]
    domain_titles: dict[str, str]
    domain_avg: dict[str, float | None]
    country: dict[str, str]

    @classmethod
    def build(cls, result: PanelResult, framework: Framework | None,
              panel: Panel | None) -> ReportModel:
        ranking = sorted(result.ranking, key=lambda r: r.rank)
        crit_label: dict[str, str] = {}
        crit_order: dict[str, int] = {}
        domain_titles: dict[str, str] = {}
        domain_ids: list[str] = []
        if framework is not None:
            for i, c in enumerate(framework.criteria()):
                crit_label[c.id] = local(c.question)
                crit_order[c.id] = i
            for dom in framework.domains:
                domain_ids.append(dom.id)
                domain_titles[dom.id] = local(dom.title)
        for did, title in result.domains:
            if did not in domain_titles:
                domain_ids.append(did)
            elif current_language() != ENGLISH:
                continue  # the framework's title in the report's language
            domain_titles[did] = title or domain_titles.get(did, did)
        for r in ranking:
            for did in r.domain_scores:
                if did not in domain_titles:
                    domain_ids.append(did)
                    domain_titles[did] = did
        crit_by: dict[str, list[CriterionStat]] = {}
        for cs in result.criteria:
            crit_by.setdefault(cs.nominee_id, []).append(cs)
        if crit_order:
            big = len(crit_order)
            for lst in crit_by.values():
                lst.sort(key=lambda cs: crit_order.get(cs.criterion_id, big))
        dis_by: dict[str, list[Disagreement]] = {}
        for dg in result.disagreements:
            dis_by.setdefault(dg.nominee_id, []).append(dg)
        com_by: dict[str, list[Comment]] = {}
        for cm in result.comments:
            com_by.setdefault(cm.nominee_id, []).append(cm)
        avg: dict[str, float | None] = {}
        for did in domain_ids:
            vals = [v for r in ranking if (v := r.domain_scores.get(did)) is not None]
            avg[did] = sum(vals) / len(vals) if vals else None
        country: dict[str, str] = {}
        if panel is not None:
            country = {n.id: n.country for n in panel.nominees if n.country}
        return cls(result, framework, panel, ranking, crit_by, dis_by, com_by, crit_label,
                   crit_order, domain_ids, domain_titles, avg, country)

    def criterion_name(self, cid: str | None) -> str:
        if cid is None:
            return "Overall total"
        return self.crit_label.get(cid) or cid


def result_awards(result: PanelResult) -> list[Award]:
    """Who each category's award goes to: the meeting's decision, else the first place (a
    tie at the top with no decision stays a tie)."""
    return awards(result.category_rankings(), result.decisions)


def has_uncertainty(r: PanelResult) -> bool:
    return bool(r.bootstrap_resamples or r.bootstrap_note)


def _winners(result: PanelResult, top_n: int) -> list[RankingRow]:
    """Rows ranked ``top_n`` or better (a tie at the edge brings in every tied nominee), in
    the order the meeting's decision gives (its nominee first)."""
    decision = next((d for d in result.decisions if d.category == "overall"), None)
    rows = sorted(decided_ranking(result.ranking, decision), key=lambda r: r.rank)
    return [r for r in rows if r.rank <= top_n and r.score is not None]


def category_rankings(result: PanelResult) -> list[Any]:
    """The result's award categories (id, title, rows ranked within the category, in the
    order the meeting's decision for that category gives); [] without categories."""
    from zerodx_desktop.core.programme import CategoryRanking

    by_id = result.category_rankings()
    if set(by_id) == {OVERALL}:
        return []
    titles = result.category_titles(current_language())
    decided = {d.category: d for d in result.decisions}
    return [CategoryRanking(cid, titles.get(cid, cid),
                            tuple(sorted(decided_ranking(rows, decided.get(cid)),
                                         key=lambda r: r.rank)))
            for cid, rows in by_id.items()]


def certificate_rows(result: PanelResult, top_n: int) -> list[tuple[RankingRow, int, str]]:
    """(row, nominees it was ranked among, category title) per certificate: the top
    ``top_n`` of each award category when the panel has categories, else of the panel."""
    cats = category_rankings(result)
    if not cats:
        return [(r, len(result.ranking), "") for r in _winners(result, top_n)]
    return [(r, len(c.rows), c.title) for c in cats for r in c.rows
            if r.rank <= top_n and r.score is not None]




def panel_of(result: PanelResult, framework: Framework | None
              ) -> tuple[Panel | None, Framework | None]:
    """The panel (and framework) embedded in a result, if it is well-formed."""
    from zerodx_desktop.core.errors import UserError
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.package import panel_from_dict

    try:
        panel = panel_from_dict(dict(result.panel_doc or {}))
        return panel, framework or framework_from_dict(panel.framework)
    except (UserError, KeyError, TypeError, ValueError):
        return None, framework  # the report still prints, with criterion ids
