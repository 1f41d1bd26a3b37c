"""The report's page for one nominee: facts, domain chart, criteria, disagreements and
(anonymised) comments."""

from __future__ import annotations

from typing import Any

from zerodx_desktop.core.result import CriterionStat, Disagreement, RankingRow
from zerodx_desktop.formats.pdf.charts import domain_chart, domain_key
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, markup
from zerodx_desktop.formats.pdf.i18n import engine
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import (
    FLAG,
    MM,
    fit_cell,
    header_cells,
    own_para,
    para,
    table,
)
from zerodx_desktop.formats.pdf.model import ReportModel
from zerodx_desktop.formats.pdf.words import num, rank_label


def _disagreement_markup(m: ReportModel, dg: Disagreement, row: RankingRow,
                         cs: CriterionStat | None) -> str:
    """One disagreement as a readable sentence (Paragraph markup; untrusted parts escaped):
    "Criterion a.b.c — question / Levels ranged 3–5 (range 2), SD 0.89."."""
    sd = _t(", SD {sd}", sd=num(dg.sd)) if dg.sd is not None else ""
    if dg.criterion_id is None:
        spread = (_t("ranged {low}–{high} points (range {range})", low=num(row.min),
                     high=num(row.max), range=num(dg.range))
                  if row.min is not None and row.max is not None
                  else _t("span {range} points", range=num(dg.range)))
        return _t("<b>Overall total</b>: the judges' totals {spread}{sd}.", spread=spread,
                  sd=sd)
    rng = num(dg.range, 0)
    if cs is not None and cs.min is not None and cs.max is not None:
        levels = _t("Levels ranged {low}–{high} (range {range}){sd}.", low=cs.min, high=cs.max,
                    range=rng, sd=sd)
    elif dg.reason:
        levels = _t("Levels range {range}{sd} ({reason}).", range=rng, sd=sd,
                    reason=markup(engine(dg.reason), limit=300))
    else:
        levels = _t("Levels range {range}{sd}.", range=rng, sd=sd)
    head = _t("<b>Criterion {id}</b>", id=markup(dg.criterion_id, primary=SANS_BOLD,
                                                  limit=120))
    question = m.crit_label.get(dg.criterion_id)
    if question:
        head += f" — {markup(question, limit=600)}"
    return f"{head}<br/>{levels}"


def nominee_section(m: ReportModel, st: dict[str, Any], row: RankingRow, n_total: int,
                     include_comments: bool) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Table, TableStyle

    story: list[Any] = []
    heading = f"{rank_label(row)}. "
    story.append(para(row.nominee, st["h1"], limit=400,
                    raw_prefix=markup(heading)))
    facts = [_t("Score {score} / 100", score=num(row.score)),
             _t("rank {rank} of {n}", rank=rank_label(row), n=n_total),
             _t("{n} judge" if row.judges == 1 else "{n} judges", n=row.judges),
             _t("SD {sd}", sd=num(row.sd))]
    if row.min is not None and row.max is not None:
        facts.append(_t("totals {low}–{high}", low=num(row.min), high=num(row.max)))
    country = m.country.get(row.nominee_id)
    if country:
        facts.append(country)
    story.append(para(" · ".join(facts), st["lead"], limit=600))
    story.append(para(_t("Nominee id: {id}", id=row.nominee_id), st["muted"], limit=200))

    # domain chart + domain table side by side
    if m.domain_ids:
        labels = [m.domain_titles.get(d, d) for d in m.domain_ids]
        vals = [row.domain_scores.get(d) for d in m.domain_ids]
        avgs = [m.domain_avg.get(d) for d in m.domain_ids]
        radar = len(labels) >= 3
        chart = domain_chart(labels, vals, avgs, (88 * MM, 76 * MM))
        dt: list[list[Any]] = [[para(_t("Domain"), st["head"]), para(_t("Score"), st["headr"]),
                                para(_t("Panel avg"), st["headr"])]]
        for i, (lab, v, a) in enumerate(zip(labels, vals, avgs, strict=True)):
            key = f"<b>{domain_key(i)}</b>&nbsp;&nbsp;" if radar else ""
            dt.append([para(lab, st["cell"], limit=150, raw_prefix=key), num(v), num(a)])
        dtab = table(dt, [50 * MM, 14 * MM, 18 * MM], right_cols=(1, 2))
        legend = own_para(_t("Chart: solid, this nominee; dashed red, the average of all "
                           "nominees; letters, the domains in the table.")
                        if radar else
                        _t("Bars: this nominee. Red marks: average of all nominees."),
                        st["muted"])
        side = Table([[chart, [dtab, legend]]], colWidths=[90 * MM, 84 * MM],
                     hAlign="LEFT")
        side.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(side)

    crits = m.crit_by_nominee.get(row.nominee_id, [])
    if crits:
        story.append(own_para(_t("Criteria"), st["h2"]))
        data: list[list[Any]] = [[para(_t("Criterion"), st["head"]), *header_cells(
            ["n", _t("Mean"), _t("Min"), _t("Max"), _t("SD")], st, 0)]]
        extra: list[tuple[Any, ...]] = []
        for i, cs in enumerate(crits, start=1):
            label = m.criterion_name(cs.criterion_id)
            cell = fit_cell(label, st["cell"], 112 * MM, limit=220)
            data.append([cell, str(cs.n), num(cs.mean), num(cs.min, 0) if cs.min is not None
                         else "—", num(cs.max, 0) if cs.max is not None else "—",
                         num(cs.sd)])
            if cs.flagged:
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(FLAG)))
                extra.append(("LINEBEFORE", (0, i), (0, i), 2.5, colors.HexColor("#e0a800")))
        story.append(table(data, [112 * MM, 10 * MM, 14 * MM, 12 * MM, 12 * MM,
                                   14 * MM], right_cols=range(1, 6), extra=extra,
                            zebra=False))
        if extra:
            story.append(own_para(_t("Highlighted rows: the judges' levels are two or more "
                                   "levels apart — worth discussing."), st["muted"]))

    dis = m.dis_by_nominee.get(row.nominee_id, [])
    if dis:
        block: list[Any] = [own_para(_t("Disagreements to discuss"), st["h2"])]
        stats: dict[str | None, CriterionStat] = {cs.criterion_id: cs for cs in crits}
        for dg in dis:
            block.append(para("", st["bullet"], raw_prefix="<bullet>•</bullet>"
                            + _disagreement_markup(m, dg, row, stats.get(dg.criterion_id))))
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])

    if include_comments:
        coms = m.comments_by_nominee.get(row.nominee_id, [])
        if coms:
            story.append(own_para(_t("Judges' comments (anonymised)"), st["h2"]))
            if m.crit_order:
                big = len(m.crit_order)
                coms = sorted(coms, key=lambda c: m.crit_order.get(c.criterion_id, big))
            last = None
            for cm in coms:
                if cm.criterion_id != last:
                    story.append(para(m.criterion_name(cm.criterion_id), st["cellb"], limit=300))
                    last = cm.criterion_id
                story.append(para(cm.text, st["quote"], raw_prefix="<bullet>–</bullet>",
                                limit=None))
    return story
