"""Feedback letters: one PDF per nominee, after the panel meeting.

A letter holds the nominee's own data only: its total and domain scores against the panel's
distribution (a small chart that shows the other nominees as unnamed marks), its strongest
and weakest criteria, and the judges' comments, anonymised (the result never carries who
wrote a comment; the chair can leave some out). The rank band ("top quarter") is off by
default. No other nominee's name, no judge's name or fingerprint is ever printed.

Untrusted text goes through ``fonts`` exactly as in the report (``layout.para``).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zerodx_desktop.atomic_io import atomic_writer
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.feedback import CommentKey, check_exclusions, comment_keys, rank_band
from zerodx_desktop.core.filenames import portable_stem
from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.charts import distribution_chart, domain_chart, domain_key
from zerodx_desktop.formats.pdf.fonts import SANS, clean
from zerodx_desktop.formats.pdf.i18n import ENGLISH, doc_lang, local, printing_in, t
from zerodx_desktop.formats.pdf.layout import MM, header_cells, para, styles, table
from zerodx_desktop.formats.pdf.model import panel_of, verification_code
from zerodx_desktop.formats.pdf.pages import plain_canvas_class
from zerodx_desktop.formats.pdf.words import num

LETTER_PREFIX = "feedback-"


def letter_name(row: RankingRow) -> str:
    return LETTER_PREFIX + portable_stem(row.nominee_id, "nominee") + ".pdf"


@dataclass
class _Spread:
    lo: float
    median: float
    hi: float


def _letter_story(result: PanelResult, row: RankingRow, *, excluded: set[CommentKey],
                  with_band: bool, crit_label: dict[str, str], domain_titles: dict[str, str],
                  st: dict[str, Any], code: str) -> list[Any]:
    from reportlab.platypus import Spacer

    ranked = [r for r in result.ranking if r.score is not None]
    scores = [r.score for r in ranked if r.score is not None]
    story: list[Any] = [
        para(result.panel_title or result.panel_id, st["muted"], limit=300),
        para(t("Feedback from the judging panel"), st["h1"]),
        para(row.nominee, st["lead"], limit=300),
        para(t("Round {n}. This letter is about your nomination only: it shows your scores "
             "against the spread of the whole field, without naming anyone else, and the "
             "judges' comments without saying who wrote them.", n=result.round), st["body"]),
    ]
    story.append(para(t("Your total"), st["h2"]))
    if row.score is None:
        story.append(para(t("No judge's score counted for your nomination, so there is no "
                          "total."), st["body"]))
    else:
        spread = _Spread(min(scores), statistics.median(scores), max(scores))
        story.append(para(t("Your total: {score} of 100 ({judges} judges). The field: lowest "
                          "{lo}, median {median}, highest {hi} ({n} nominees).",
                          score=num(row.score), judges=row.judges, lo=num(spread.lo),
                          median=num(spread.median), hi=num(spread.hi), n=len(scores)),
                        st["body"]))
        others = list(scores)
        others.remove(row.score)
        story.append(distribution_chart(row.score, others, 150 * MM))
        story.append(para(t("Each grey tick is one nominee's total; the blue dot is yours."),
                        st["muted"]))
        if with_band:
            story.append(para(t("Your place: {band} of the field.",
                              band=t(str(rank_band(row, len(ranked))))), st["body"]))
    domains = [d for d, _t in result.domains] or list(row.domain_scores)
    if domains and row.score is not None:
        story.append(para(t("Your domains"), st["h2"]))
        avg: list[float | None] = []
        data: list[list[Any]] = [header_cells([t("Domain"), t("Yours"), t("Field median"),
                                               t("Field range")], st, right_from=1)]
        radar = len(domains) >= 3  # the radar's axes carry the keys A, B, ...
        for i, did in enumerate(domains):
            vals = [v for r in ranked if (v := r.domain_scores.get(did)) is not None]
            avg.append(statistics.median(vals) if vals else None)
            title = domain_titles.get(did, did)
            data.append([para(f"{domain_key(i)}  {title}" if radar else title, st["cell"],
                            limit=200),
                         num(row.domain_scores.get(did)),
                         num(statistics.median(vals)) if vals else "—",
                         f"{num(min(vals))}–{num(max(vals))}" if vals else "—"])
        story.append(table(data, [80 * MM, 25 * MM, 30 * MM, 35 * MM],
                            right_cols=(1, 2, 3)))
        story.append(Spacer(1, 3 * MM))
        story.append(domain_chart([domain_titles.get(d, d) for d in domains],
                                   [row.domain_scores.get(d) for d in domains], avg,
                                   (80 * MM, 62 * MM)))
        story.append(para(t("The shape is your domain scores; the dashed line, the field's "
                          "median."), st["muted"]))
    crit = [c for c in result.criteria if c.nominee_id == row.nominee_id and c.mean is not None]
    if crit:
        ordered = sorted(crit, key=lambda c: (-(c.mean or 0), c.criterion_id))
        k = min(3, len(ordered) // 2) or 1
        for head, chosen in ((t("Strongest criteria"), ordered[:k]),
                             (t("Where to grow"), list(reversed(ordered))[:k])):
            story.append(para(head, st["h2"]))
            for c in chosen:
                story.append(para(t("{criterion} — mean level {level}",
                                  criterion=crit_label.get(c.criterion_id, c.criterion_id),
                                  level=num(c.mean)), st["bullet"], limit=600,
                                raw_prefix="<bullet>&bull;</bullet>"))
    comments = [(k, cm) for k, cm in comment_keys(result)
                if cm.nominee_id == row.nominee_id and k not in excluded and cm.text.strip()]
    story.append(para(t("The judges' comments"), st["h2"]))
    if comments:
        for _k, cm in comments:
            story.append(para(f"{crit_label.get(cm.criterion_id, cm.criterion_id)}: {cm.text}",
                            st["quote"], limit=4000, raw_prefix="<bullet>&ldquo;</bullet>"))
    else:
        story.append(para(t("The judges left no comment for you."), st["body"]))
    story.append(Spacer(1, 6 * MM))
    story.append(para(t("Verification code of the panel result: {code}", code=code),
                    st["muted"]))
    return story


def write_feedback_letters(out_dir: Path, result: PanelResult, *,
                           excluded: Iterable[CommentKey] = (), with_band: bool = False,
                           result_sha256: str = "", draft: bool = False,
                           framework: Any = None, lang: str = ENGLISH) -> list[Path]:
    """One letter per nominee in ``out_dir`` (created when missing), each written atomically,
    in ``lang``; returns the paths. ``excluded`` comments are left out (checked first:
    nothing is written when one is named twice or does not exist)."""
    with printing_in(lang):
        return _write_letters(out_dir, result, excluded=excluded, with_band=with_band,
                              result_sha256=result_sha256, draft=draft, framework=framework)


def _write_letters(out_dir: Path, result: PanelResult, *, excluded: Iterable[CommentKey],
                   with_band: bool, result_sha256: str, draft: bool,
                   framework: Any) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    skip = check_exclusions(result, excluded)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError("the feedback folder is a file", where=str(out_dir),
                        hint="Give a folder for the letters (it is created when missing).")
    names = [letter_name(r) for r in result.ranking]
    if len({n.casefold() for n in names}) != len(names):
        raise UserError("two nominees would get letters with the same file name",
                        where=str(out_dir), hint="Give the nominees distinct ids.")
    out_dir.mkdir(parents=True, exist_ok=True)
    fonts.register_fonts()
    st = styles()
    code = verification_code(result, result_sha256)
    if framework is None and result.panel_doc:
        _panel, framework = panel_of(result, None)
    crit_label: dict[str, str] = {}
    domain_titles = dict(result.domains)
    if framework is not None:
        crit_label = {c.id: local(c.question) for c in framework.criteria()}
        domain_titles.update({d.id: local(d.title) for d in framework.domains})
    # every letter is made in a folder of its own first and moved into place only when all
    # are made: a failure half-way leaves no partial set of letters
    import os
    import shutil
    import tempfile

    staging = Path(tempfile.mkdtemp(prefix=".letters-", dir=out_dir))
    paths = []
    try:
        for row, name in zip(result.ranking, names, strict=True):
            story = _letter_story(result, row, excluded=skip, with_band=with_band,
                                  crit_label=crit_label, domain_titles=domain_titles, st=st,
                                  code=code)
            with atomic_writer(staging / name) as fh:
                doc = SimpleDocTemplate(
                    fh, pagesize=A4, leftMargin=20 * MM, rightMargin=20 * MM,
                    topMargin=18 * MM, bottomMargin=18 * MM,
                    title=clean(t("Feedback — {name}", name=row.nominee), limit=300),
                    author="ZeroDX Desktop", lang=doc_lang(), initialFontName=SANS,
                    initialFontSize=9, initialLeading=11,
                    subject=f"Feedback letter; verification code {code}",
                    creator="ZeroDX Desktop")
                doc.build(story, canvasmaker=plain_canvas_class(draft))
        for name in names:
            os.replace(staging / name, out_dir / name)
            paths.append(out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return paths


__all__ = ["LETTER_PREFIX", "letter_name", "write_feedback_letters"]
