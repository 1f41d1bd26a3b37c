"""The final report as PDF (reportlab): the cover, the contents and the order of the
sections (``sections``, ``nominee``, ``appendix``), the certificates at the end when asked.

Every piece of text that comes from a result, a panel or a sheet is untrusted: it goes
through ``fonts.markup`` (controls removed, XML-escaped, fallback fonts) before it
reaches a Paragraph, and through ``fonts.clean`` before it is drawn on a canvas, so no
name or comment can become markup (``<img src=...>`` prints as text, never opens a file).

The document is laid out in one pass (``pages``): pages are kept until the end, then each
gets its footer ("Page N of M" and the verification code), its table-of-contents page
numbers and its bookmarks. That keeps the build linear in the number of nominees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.atomic_io import atomic_writer
from zerodx_desktop.core.result import PanelResult
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.appendix import (
    panel_section,
    reliability_section,
    verification_section,
)
from zerodx_desktop.formats.pdf.certificates import certificate_flowable
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, clean
from zerodx_desktop.formats.pdf.i18n import ENGLISH, printing_in
from zerodx_desktop.formats.pdf.i18n import current as current_language
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import (
    ACCENT,
    ACCENT_LIGHT,
    GRID,
    MM,
    MUTED,
    own_para,
    para,
    style_copy,
    styles,
)
from zerodx_desktop.formats.pdf.model import (
    ReportModel,
    category_rankings,
    certificate_rows,
    has_uncertainty,
    is_sample,
    panel_of,
    report_date,
    result_awards,
    verification_code,
)
from zerodx_desktop.formats.pdf.nominee import nominee_section
from zerodx_desktop.formats.pdf.pages import (
    DRAFT_MARK,
    PageContext,
    Progress,
    canvas_class,
    flowables,
    new_doc,
)
from zerodx_desktop.formats.pdf.sections import (
    awards_section,
    categories_section,
    comparison_section,
    method_section,
    ranking_section,
    uncertainty_section,
)
from zerodx_desktop.formats.pdf.words import METHOD_WORDS, award_line, rank_label

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.formats.pdf.certificate_template import CertificateTemplate


def _cover(m: ReportModel, st: dict[str, Any], code: str, sample: bool,
           draft: bool = False) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    r = m.result
    story: list[Any] = [Spacer(1, 40 * MM)]
    story.append(para(DRAFT_MARK if draft else _t("FINAL REPORT"), st["cover_sub"], raw_prefix=""))
    story.append(Spacer(1, 6 * MM))
    story.append(para(r.panel_title or r.panel_id, st["cover_title"], limit=300))
    story.append(para(_t("Round {n} · {date}", n=r.round, date=report_date(r)), st["cover_sub"]))
    story.append(Spacer(1, 14 * MM))
    method = METHOD_WORDS.get(r.method, (r.method, ""))[0]
    valid = sum(1 for j in r.judges if j.status == "valid")
    rows = [
        [_t("Panel"), para(r.panel_id, st["cell"], limit=200)],
        [_t("Framework"), para(f"{r.framework_id} {r.framework_version}", st["cell"], limit=200)],
        [_t("Official method"), para(method, st["cell"])],
        [_t("Nominees"), str(len(r.ranking))],
        [_t("Judges (valid sheets)"), _t("{valid} of {total}", valid=valid, total=len(r.judges))],
        [_t("Chair"), para(r.chair or _t("unsigned result"), st["cell"], limit=200)],
    ]
    titles = r.category_titles(current_language())
    for award in result_awards(r):
        label = (_t("Award") if award.category == "overall"
                 else _t("Award ({category})",
                         category=clean(titles.get(award.category, award.category))))
        rows.append([label, para(award_line(award), st["cell"], limit=400)])
    if current_language() != ENGLISH:  # a Chinese label needs the CJK fallback font
        label_style = style_copy(st["cell"], fontName=SANS_BOLD, fontSize=9,
                                  textColor=colors.HexColor(MUTED))
        rows = [[para(label, label_style) if isinstance(label, str) else label, *rest]
                for label, *rest in rows]
    t = Table(rows, colWidths=[45 * MM, 85 * MM], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), SANS_BOLD), ("FONTNAME", (1, 0), (1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 0), (0, -1),
                                              colors.HexColor(MUTED)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.HexColor(GRID)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)
    story.append(Spacer(1, 14 * MM))
    box = Table([[para(_t("Verification code"), st["center"])],
                 [para(code, style_copy(st["cover_title"], fontSize=20, leading=24,
                                              spaceAfter=0))]],
                colWidths=[80 * MM], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(ACCENT)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    story.append(box)
    story.append(Spacer(1, 4 * MM))
    story.append(para(_t("The same code is printed at the foot of every page. It is derived from "
                      "the result this report was printed from, so a page from another "
                      "result, or from an edited one, shows a different code."), st["muted"]))
    if sample:
        story.append(Spacer(1, 10 * MM))
        story.append(para(_t("Sample framework: the criteria in this report come from the sample "
                          "framework shipped with ZeroDX Desktop, not from an official "
                          "questionnaire."), st["notice"]))
    return story


def write_report(path: Path, result: PanelResult, *, include_comments: bool = False,
                 certificates: int = 0, result_sha256: str = "",
                 progress: Progress | None = None, framework: Framework | None = None,
                 panel: Panel | None = None, draft: bool = False, lang: str = ENGLISH,
                 template: CertificateTemplate | None = None) -> None:
    """Write the final report PDF (atomically); ``draft`` watermarks every page
    (``services.reports`` decides: a result that is not valid for a pinned panel).

    ``framework`` and ``panel`` are optional: with them the report shows criterion questions,
    weights and countries; without them, those the result carries (``result.panel_doc``), else
    ids. ``lang``: ``en`` or ``zh_CN`` (``formats.pdf.i18n``).
    """
    with printing_in(lang):
        _write_report(path, result, include_comments=include_comments,
                      certificates=certificates, result_sha256=result_sha256,
                      progress=progress, framework=framework, panel=panel, draft=draft,
                      template=template)


def _write_report(path: Path, result: PanelResult, *, include_comments: bool,
                  certificates: int, result_sha256: str, progress: Progress | None,
                  framework: Framework | None, panel: Panel | None, draft: bool,
                  template: CertificateTemplate | None = None) -> None:
    from reportlab.platypus import NextPageTemplate, PageBreak

    if panel is None and result.panel_doc:
        panel, framework = panel_of(result, framework)
    fonts.register_fonts()
    st = styles()
    code = verification_code(result, result_sha256)
    m = ReportModel.build(result, framework, panel)
    kind = _t("draft report" if draft else "final report")
    label = clean(f"{result.panel_title or result.panel_id} — {kind}", limit=120)
    n = len(m.ranking)
    ctx = PageContext(code=code, label=label, progress=progress, progress_total=n + 2, draft=draft)
    fl = flowables()
    anchor, toc_line = fl["Anchor"], fl["TocLine"]

    sections: list[tuple[str, str, Callable[[], list[Any]]]] = [
        ("awards", _t("Awards and decisions"), lambda: awards_section(m, st)),
        ("method", _t("Method and weights"), lambda: method_section(m, st)),
        ("ranking", _t("Ranking"), lambda: ranking_section(m, st)),
    ]
    if category_rankings(result):
        sections.append(("categories", _t("Award categories"),
                         lambda: categories_section(m, st)))
    if has_uncertainty(result):
        sections.append(("uncertainty", _t("How sure is the ranking"),
                         lambda: uncertainty_section(m, st)))
    if result.by_method:
        sections.append(("comparison", _t("Method comparison"),
                         lambda: comparison_section(m, st)))
    sections.append(("nominees", _t("Nominees"), list))
    tail: list[tuple[str, str, Callable[[], list[Any]]]] = [
        ("reliability", _t("Reliability"), lambda: reliability_section(m, st)),
        ("panel", _t("Panel composition"), lambda: panel_section(m, st)),
        ("verification", _t("Verification appendix"),
         lambda: verification_section(m, st, code, result_sha256)),
    ]
    winners = certificate_rows(result, certificates) if certificates > 0 else []
    if winners:
        tail.append(("certificates", _t("Winner certificates"), list))

    story: list[Any] = _cover(m, st, code, is_sample(result, framework), draft)
    story.append(PageBreak())
    story.append(anchor("contents", _t("Contents"), 0))
    story.append(own_para(_t("Contents"), st["h1"]))
    for key, title, _fn in sections:
        story.append(toc_line(ctx, title, key, 0))
        if key == "nominees":
            for row in m.ranking:
                text = f"{rank_label(row)}.  {clean(row.nominee, limit=200)}"
                story.append(toc_line(ctx, text, f"n:{row.nominee_id}", 1))
    for key, title, _fn in tail:
        story.append(toc_line(ctx, title, key, 0))

    for key, title, fn in sections:
        story.append(PageBreak())
        if key == "nominees":
            story.append(anchor("nominees", _t("Nominees"), 0))
            for i, row in enumerate(m.ranking):
                if i:
                    story.append(PageBreak())
                story.append(anchor(f"n:{row.nominee_id}",
                                    f"{rank_label(row)}. {clean(row.nominee, limit=100)}",
                                    1, True))
                story.extend(nominee_section(m, st, row, n, include_comments))
            continue
        story.append(anchor(key, title, 0))
        story.append(own_para(title, st["h1"]))
        story.extend(fn())
    for key, title, fn in tail:
        if key == "certificates":
            story.append(NextPageTemplate("landscape"))
            story.append(PageBreak())
            story.append(anchor(key, title, 0))
            for i, (row, among, category) in enumerate(winners):
                if i:
                    story.append(PageBreak())
                story.append(certificate_flowable(row, result, code, among, template,
                                                   category))
            continue
        story.append(PageBreak())
        story.append(anchor(key, title, 0))
        story.append(own_para(title, st["h1"]))
        story.extend(fn())
    ctx.tick()  # the story is ready

    title = clean(f"{result.panel_title or result.panel_id} — {kind}", limit=300)
    subject = clean(f"Panel {result.panel_id}, round {result.round}; verification code {code}",
                    limit=300)
    with atomic_writer(path) as fh:
        doc = new_doc(fh, ctx, title=title, subject=subject, with_landscape=bool(winners))
        doc.build(story, canvasmaker=canvas_class(ctx))
    ctx.tick()
