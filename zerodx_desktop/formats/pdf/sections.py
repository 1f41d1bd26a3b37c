"""The report's sections on the result as a whole: awards, method and weights, ranking,
award categories, how sure the ranking is, method comparison."""

from __future__ import annotations

from typing import Any

from zerodx_desktop.core.panel import Method
from zerodx_desktop.core.result import RankingRow
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.charts import rank_range_chart
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, clean
from zerodx_desktop.formats.pdf.i18n import current, engine, local
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import (
    ACCENT_LIGHT,
    FLAG,
    MM,
    fit_cell,
    header_cells,
    own_para,
    para,
    style_copy,
    table,
)
from zerodx_desktop.formats.pdf.model import (
    ReportModel,
    category_rankings,
    has_uncertainty,
    result_awards,
)
from zerodx_desktop.formats.pdf.words import METHOD_WORDS, award_line, num, rank_label, zh


def method_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    r = m.result
    story: list[Any] = []
    name, words = METHOD_WORDS.get(r.method, (r.method, "A method named by the panel package."))
    story.append(para(_t("Official method: {name}", name=_t(name)), st["h2"]))
    story.append(para(_t(words), st["body"]))
    story.append(para(_t(
        "Each judge scored every criterion on the framework's maturity scale. A judge's total "
        "for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are "
        "computed the same way within each domain. A judge with a declared or known conflict "
        "of interest contributes nothing for that nominee, and a missing score is missing, "
        "never zero. Ties are shown as ties (marked \"=\") and never broken silently."),
        st["body"]))
    story.append(para(_t(
        "Disagreement is flagged for discussion when the judges' levels on a criterion are two "
        "or more levels apart, or when a nominee's spread of totals is in the panel's top tenth."),
        st["body"]))
    story.append(para(_t("Domains and weights"), st["h2"]))
    fw = m.framework
    if fw is not None:
        dsum = sum(d.weight for d in fw.domains) or 1.0
        data: list[list[Any]] = [header_cells([_t("Domain"), _t("Dimensions"), _t("Criteria"),
                                               _t("Weight")], st, 2)]
        for dom in fw.domains:
            dims = ", ".join(local(x.title) for x in dom.dimensions)
            ncrit = sum(len(x.criteria) for x in dom.dimensions)
            data.append([para(local(dom.title), st["cellb"], limit=200),
                         para(dims, st["cell"], limit=400), str(ncrit),
                         f"{100 * dom.weight / dsum:.0f}%"])
        story.append(table(data, [55 * MM, 75 * MM, 18 * MM, 20 * MM],
                            right_cols=(2, 3)))
        levels = "; ".join(f"{lv.value} = {local(lv.label)}" for lv in fw.scale.levels)
        story.append(para(_t("Scale: {levels}.", levels=levels), st["small"], limit=1000))
        story.append(para(_t("Framework: {title} (id {id}, version {version}).",
                           title=local(fw.title), id=fw.id, version=fw.version),
                        st["small"], limit=600))
    elif m.domain_ids:
        data = [header_cells([_t("Domain id"), _t("Domain")], st)]
        for did in m.domain_ids:
            data.append([para(did, st["cell"], limit=100),
                         para(m.domain_titles.get(did, did), st["cellb"], limit=300)])
        story.append(table(data, [45 * MM, 120 * MM]))
        story.append(para(_t("Weights are those of the framework {framework} {version} named in "
                           "the panel package.", framework=clean(r.framework_id),
                           version=clean(r.framework_version)), st["small"]))
    else:
        story.append(para(_t("The result names no domains."), st["body"]))
    return story


def ranking_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    has_country = bool(m.country)
    head = [_t("Rank"), _t("Nominee")] + ([_t("Country")] if has_country else []) + [
        _t("Score"), _t("Judges"), _t("SD"), _t("Min–Max")]
    data: list[list[Any]] = [header_cells(head, st, right_from=2 + int(has_country))]
    extra: list[tuple[Any, ...]] = []
    from reportlab.lib import colors

    for i, r in enumerate(m.ranking, start=1):
        row: list[Any] = [rank_label(r), para(r.nominee, st["cellb"], limit=160)]
        if has_country:
            row.append(para(m.country.get(r.nominee_id, ""), st["cell"], limit=40))
        rng = "—" if r.min is None or r.max is None else f"{num(r.min)}–{num(r.max)}"
        row += [num(r.score), str(r.judges), num(r.sd), rng]
        data.append(row)
        if r.rank <= 3 and r.score is not None:
            extra.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(ACCENT_LIGHT)))
    nw = 70 * MM if has_country else 88 * MM
    widths = [13 * MM, nw] + ([18 * MM] if has_country else []) + [
        17 * MM, 15 * MM, 14 * MM, 27 * MM]
    off = 1 if has_country else 0
    story: list[Any] = [
        own_para(_t("Scores are out of 100 by the official method. \"Judges\" is the number of "
                 "judges whose total counted; SD and Min–Max describe the spread of their "
                 "totals. \"=\" marks a tie."), st["body"]),
        table(data, widths, right_cols=range(2 + off, 6 + off),
               extra=[("FONTNAME", (0, 1), (0, -1), SANS_BOLD), *extra]),
    ]
    return story


def awards_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    story: list[Any] = [own_para(_t(
        "The ranking is where the panel meeting started. For each award the chair recorded "
        "the panel's decision; without a decision the award goes to the ranking's first "
        "place, and a tie at the top stays a tie."), st["body"])]
    notes = {n.nominee_id: n.text for n in m.result.notes}
    names = {r.nominee_id: r.nominee for r in m.result.ranking}
    titles = m.result.category_titles(current())
    for award in result_awards(m.result):
        head = (_t("Award") if award.category == "overall"
                else _t("Award: {category}",
                        category=titles.get(award.category, award.category)))
        story.append(para(head, st["h2"], limit=200))
        story.append(para(award_line(award), st["body"], limit=600))
        if award.decision is not None and award.decision.rationale:
            story.append(para(_t("Rationale: {text}", text=award.decision.rationale), st["body"],
                            limit=2100))
    if notes:
        story.append(own_para(_t("Chair's notes from the meeting"), st["h2"]))
        for nid, text in notes.items():
            story.append(para(f"{names.get(nid, nid)}: {text}", st["body"], limit=4300))
    return story


def comparison_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    r = m.result
    methods = [r.method] + [k for k in r.by_method if k != r.method]
    lookup: dict[str, dict[str, RankingRow]] = {
        k: {row.nominee_id: row for row in rows} for k, rows in r.by_method.items()}
    if r.method not in lookup:
        lookup[r.method] = {row.nominee_id: row for row in m.ranking}
    story: list[Any] = [own_para(
        _t("The same sheets ranked by each method the panel can use. The official method "
           "decides the result; the others show how much the ranking depends on that choice."),
        st["body"])]
    methods = methods[:6]
    labels = [clean(_t("{method} (official)", method=_t(METHOD_WORDS.get(k, (k, ""))[0]))
                    if k == r.method else _t(METHOD_WORDS.get(k, (k, ""))[0]),
                    limit=40) for k in methods]
    cells: list[list[str]] = []
    for row in m.ranking:
        line_text: list[str] = []
        for k in methods:
            other = lookup.get(k, {}).get(row.nominee_id)
            line_text.append("—" if other is None else _comparison_cell(k, other))
        cells.append(line_text)
    # Each method column is as wide as its longest header word and its widest cell, so that
    # headers wrap only at spaces ("Standardised" is never cut); the names take the rest.
    head_style = style_copy(st["headr"], splitLongWords=0)
    pad = 9.0
    widths: list[float] = []
    for j, label in enumerate(labels):
        words = [fonts.string_width(w, SANS_BOLD, head_style.fontSize)
                 for w in label.split()] or [0.0]
        body = [fonts.string_width(c[j], SANS, st["cell"].fontSize) for c in cells]
        widths.append(max(18 * MM, max(words) + pad, max(body, default=0.0) + pad))
    avail = 174 * MM
    name_w = max(45 * MM, avail - sum(widths))
    head: list[Any] = [*header_cells([_t("Nominee")], st),
                       *[para(label, head_style) for label in labels]]
    data: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    from reportlab.lib import colors

    for i, (row, texts) in enumerate(zip(m.ranking, cells, strict=True), start=1):
        line: list[Any] = [fit_cell(row.nominee, st["cell"], name_w, limit=120), *texts]
        for j, k in enumerate(methods, start=1):
            other = lookup.get(k, {}).get(row.nominee_id)
            if other is not None and other.rank != row.rank:
                extra.append(("BACKGROUND", (j, i), (j, i), colors.HexColor(FLAG)))
        data.append(line)
    story.append(table(data, [name_w, *widths],
                        right_cols=range(1, len(methods) + 1), extra=extra))
    note = _t("Cells show rank · score out of 100; a shaded cell is a nominee whose rank "
              "differs from its official rank.")
    if Method.SCHULZE in methods:
        note += _t(" Schulze ranking gives no score out of 100: its cells show the rank and "
                   "how many of the other nominees Schulze's order places below the nominee "
                   "when every pair of nominees is compared through the judges' rankings.")
    story.append(own_para(note, st["muted"]))
    if r.sensitivity and not has_uncertainty(r):  # a result from before the bootstrap
        story.append(para(_t("Sensitivity"), st["h2"]))
        for s in r.sensitivity:
            story.append(para(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    return story


def uncertainty_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    r = m.result
    if r.bootstrap_resamples:
        intro = _t("How sure is the ranking? The judges were resampled {n} times (a bootstrap "
                   "with a fixed seed: the same sheets always give the same figures) and the "
                   "nominees ranked again by the official method each time. \"First\" is the "
                   "share of resamples in which the nominee ranked first (nominees tied for "
                   "first share it); \"Ranks (90%)\" is the range of places it took in 90% of "
                   "them. Nominees whose ranges overlap are places the panel cannot tell apart.",
                   n=f"{r.bootstrap_resamples:,}")
    else:
        intro = _t("How sure the ranking is could not be estimated: {why}.",
                   why=engine(r.bootstrap_note) if r.bootstrap_note
                   else _t("not enough judges"))
    story: list[Any] = [own_para(intro, st["body"])]
    if r.sensitivity:
        story.append(para(_t("What the panel can and cannot tell apart"), st["h2"]))
        for s in r.sensitivity:
            story.append(para(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    rows = [row for row in m.ranking if row.score is not None]
    if r.bootstrap_resamples and rows:
        data: list[list[Any]] = [header_cells([_t("Rank"), _t("Nominee"), _t("First"),
                                               _t("Ranks (90%)")], st, 2)]
        for row in rows:
            iv = row.rank_interval
            data.append([rank_label(row), para(row.nominee, st["cell"], limit=160),
                         "—" if row.p_first is None else f"{100 * row.p_first:.0f}%",
                         "—" if iv is None else (str(iv[0]) if iv[0] == iv[1]
                                                  else f"{iv[0]}–{iv[1]}")])
        story.append(table(data, [13 * MM, 111 * MM, 20 * MM, 30 * MM],
                            right_cols=(2, 3),
                            extra=[("FONTNAME", (0, 1), (0, -1), SANS_BOLD)]))
        top = rows[:40]
        if any(row.rank_interval for row in top):
            story.append(own_para(_t("Rank ranges, one line per nominee as in the table (bar: "
                                   "90% of resamples; dot: the official rank), the first {n} "
                                   "nominees", n=len(top)) if len(rows) > 40 else
                                _t("Rank ranges, one line per nominee as in the table (bar: "
                                   "90% of resamples; dot: the official rank)"), st["muted"]))
            story.append(rank_range_chart(top, 174 * MM))
    if r.incomplete_design:
        story.append(para(_t("Not every judge scored every nominee"), st["h2"]))
        story.append(own_para(_t(
            "Recusals or assignments left some judge-nominee pairs empty. A plain average then "
            "favours a nominee that happened to avoid the strictest judges. The ranking "
            "adjusted for each judge's severity is shown beside the official one."),
            st["body"]))
        adj = {row.nominee_id: row for row in r.by_method.get("adjusted", [])}
        if adj and r.method != "adjusted":
            data = [header_cells([_t("Nominee"), _t("Official rank"), _t("Score"),
                                  _t("Adjusted rank"), _t("Score")], st, 1)]
            for row in rows:
                a = adj.get(row.nominee_id)
                data.append([para(row.nominee, st["cell"], limit=160), rank_label(row),
                             num(row.score), "—" if a is None else rank_label(a),
                             "—" if a is None else num(a.score)])
            story.append(table(data, [84 * MM, 24 * MM, 20 * MM, 26 * MM, 20 * MM],
                                right_cols=(1, 2, 3, 4)))
    return story


def _comparison_cell(method: str, row: RankingRow) -> str:
    """One method-comparison cell: "rank · score", or for Schulze "rank · above N" (its score
    is the number of nominees Schulze's order places below it, a whole number, not a score
    out of 100)."""
    if method == Method.SCHULZE:
        beaten = "—" if row.score is None else str(round(row.score))
        return _t("{rank} · above {n}", rank=rank_label(row), n=beaten)
    return f"{rank_label(row)} · {num(row.score)}"


def categories_section(m: ReportModel, st: dict[str, Any]) -> list[Any]:
    story: list[Any] = [own_para(_t(
        "Each award category is ranked on its own: the nominees of the category in the order "
        "of the official ranking, ranked again within it. \"=\" marks a tie."), st["body"])]
    for cat in category_rankings(m.result):
        story.append(para(cat.title, st["h2"], limit=300))
        top = [r for r in cat.rows if r.rank == 1 and r.score is not None]
        if top:
            names = _t(" and ").join(r.nominee for r in top)
            story.append(para(_t("Winner: {names} (tied)", names=names) if len(top) > 1
                            else _t("Winner: {names}", names=names), st["body"], limit=600))
        data: list[list[Any]] = [header_cells([_t("Rank"), _t("Nominee"), _t("Score"),
                                               _t("Judges"), _t("SD"), _t("First"),
                                               _t("Ranks (90%)")], st, 2)]
        for r in cat.rows:
            iv = r.rank_interval
            data.append([rank_label(r) if r.score is not None else "—",
                         para(r.nominee, st["cellb"], limit=160), num(r.score), str(r.judges),
                         num(r.sd),
                         "—" if r.p_first is None else f"{100 * r.p_first:.0f}%",
                         "—" if iv is None else (str(iv[0]) if iv[0] == iv[1]
                                                  else f"{iv[0]}–{iv[1]}")])
        story.append(table(data, [13 * MM, 70 * MM, 18 * MM, 16 * MM, 16 * MM,
                                   17 * MM, 24 * MM], right_cols=range(2, 7)))
        own = m.result.category_stats.get(cat.id)
        if own is not None:
            story.append(own_para(_category_reliability_text(own), st["muted"]))
    return story


def _category_reliability_text(own: Any) -> str:
    """One sentence on a category's own uncertainty and reliability (each missing figure
    with its reason), in the report's language."""
    rel = own.reliability
    parts = []
    for label, key, value in (("ICC(2,1)", "icc_2_1", rel.icc_2_1),
                              ("ICC(2,k)", "icc_2_k", rel.icc_2_k),
                              ("Krippendorff's alpha (interval)", "krippendorff_alpha_interval",
                               rel.krippendorff_alpha_interval),
                              ("Kendall's W", "kendall_w", rel.kendall_w)):
        why = rel.reasons.get(key)
        parts.append(f"{_t(label)} {value:.2f}" if value is not None
                     else _t("{label} not computed ({why})", label=_t(label),
                             why=engine(why) if why else _t("too little data")))
    text = _t("Within this category (its own bootstrap over judges, same method and seed; "
              "\"First\" and \"Ranks (90%)\" are among its nominees): {figures}.",
              figures=_t("; ").join(parts))
    if own.bootstrap_note:
        text += ("" if zh() else " ") + _t(
            "How sure the category's ranking is could not be estimated: {why}.",
            why=engine(own.bootstrap_note))
    return text
