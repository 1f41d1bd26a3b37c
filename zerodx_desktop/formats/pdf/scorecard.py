"""A judge's score card: their own scores and comments, printable (portrait A4)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.atomic_io import atomic_writer
from zerodx_desktop.core.scoring import needs_comment
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.fonts import SANS_BOLD, clean
from zerodx_desktop.formats.pdf.layout import (
    FLAG,
    MM,
    RED,
    own_para,
    para,
    style_copy,
    styles,
    table,
)
from zerodx_desktop.formats.pdf.pages import PageContext, canvas_class, new_doc

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent


MISSING_COMMENT = "Comment required — missing"


def working_copy_fact(content: SheetContent) -> tuple[str, str]:
    """The score card's line about the sheet: a signed export (sequence 1 and up) says its
    sequence and when it was exported; sequence 0 is the judge's working copy, printed from
    the store at ``exported_at`` and never exported or signed."""
    if content.sequence:
        return ("Sheet", f"sequence {content.sequence}, exported {content.exported_at}")
    return ("Status", f"Working copy printed {content.exported_at} — not a signed export; "
                      "only a sheet exported and sent to the chair counts.")


def write_judge_scorecard(path: Path, content: SheetContent, framework: Framework,
                          panel: Panel) -> None:
    """A judge's own scores and comments, printable (portrait A4)."""
    from reportlab.lib import colors
    from reportlab.platypus import CondPageBreak, PageBreak

    fonts.register_fonts()
    st = styles()
    heading_k = style_copy(st["h2"], keepWithNext=1)
    label_k = style_copy(st["cellb"], keepWithNext=1)
    need_comment = framework.require_comment_for
    ctx = PageContext(code=clean(content.fingerprint, limit=60) or "—",
               label=clean(f"Score card — {content.judge_name}", limit=100),
               footer_note=("Working copy, not a signed export · Judge key"
                            if not content.sequence else "Judge key"))
    crits = framework.criteria()
    by_nominee: dict[str, dict[str, ScoreRow]] = {}
    for sr in content.scores:
        by_nominee.setdefault(sr.nominee_id, {})[sr.criterion_id] = sr
    conflicts = {c.nominee_id: c.reason for c in content.conflicts}
    nominees = [(n.id, n.name) for n in panel.nominees]
    known = {nid for nid, _ in nominees}
    nominees += [(nid, nid) for nid in by_nominee if nid not in known]
    levels = {lv.value: str(lv.label) for lv in framework.scale.levels}

    story: list[Any] = [
        para(f"Score card — {content.judge_name}", st["h1"], limit=300),
        para(f"{content.panel_title or content.panel_id} · round {content.round}", st["lead"],
           limit=400),
    ]
    facts = [
        ("Judge", f"{content.judge_name} <{content.judge_email}>"),
        ("Key fingerprint", content.fingerprint),
        ("Framework", f"{framework.title} ({content.framework_id} "
                      f"{content.framework_version})"),
        working_copy_fact(content),
    ]
    if content.audit_head:
        facts.append(("Audit chain head", content.audit_head))
    story.append(table([[own_para(k, st["cellb"]), para(v, st["cell"], limit=400)]
                         for k, v in facts], [38 * MM, 136 * MM], header_rows=0,
                        zebra=False))
    if framework.sample:
        story.append(own_para("Sample framework (not an official questionnaire).", st["muted"]))

    for idx, (nid, name) in enumerate(nominees):
        story.append(PageBreak() if idx else own_para(" ", st["small"]))
        story.append(para(name, st["h2"], limit=300))
        if nid in conflicts:
            story.append(para(f"Conflict of interest declared: {conflicts[nid]}", st["notice"],
                            limit=2000))
            continue
        rows = by_nominee.get(nid, {})
        data: list[list[Any]] = [[para("Criterion", st["head"]), "Level", para("Label",
                                                                            st["head"])]]
        notes: list[tuple[str, str]] = []
        extra: list[tuple[Any, ...]] = []
        missing = 0
        for i, c in enumerate(crits, start=1):
            got = rows.get(c.id)
            lvl = got.level if got is not None else None
            label = para(levels.get(lvl, "") if lvl is not None else "not scored", st["cell"],
                       limit=80)
            if needs_comment(lvl, got.comment if got is not None else None, need_comment):
                missing += 1
                label = [label, own_para(MISSING_COMMENT, style_copy(
                    st["tiny"], fontName=SANS_BOLD, textColor=colors.HexColor(RED)))]
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(FLAG)))
                extra.append(("LINEBEFORE", (0, i), (0, i), 2.5, colors.HexColor(RED)))
            data.append([para(str(c.question) or c.id, st["cell"], limit=300),
                         "—" if lvl is None else str(lvl), label])
            if lvl is None:
                extra.append(("TEXTCOLOR", (1, i), (1, i), colors.HexColor(RED)))
            if got is not None and got.comment:
                notes.append((str(c.question) or c.id, got.comment))
        story.append(table(data, [128 * MM, 14 * MM, 32 * MM], right_cols=(1,),
                            extra=extra))
        if missing:
            vals = [str(v) for v in sorted(need_comment)]
            lv = vals[0] if len(vals) == 1 else ", ".join(vals[:-1]) + " or " + vals[-1]
            story.append(own_para(
                f"{missing} score{'s' if missing != 1 else ''} at level {lv} "
                f"need{'' if missing != 1 else 's'} a comment that says why, and "
                f"{'have' if missing != 1 else 'has'} none (highlighted).",
                style_copy(st["notice"], spaceBefore=10, spaceAfter=6)))
        if notes:
            story.append(CondPageBreak(40 * MM))
            story.append(own_para("Comments", heading_k))
            for q, text in notes:
                story.append(para(q, label_k, limit=300))
                story.append(para(text, st["quote"], raw_prefix="<bullet>–</bullet>"))
    orphans = [dc for dc in content.conflicts if dc.nominee_id not in known]
    if orphans:  # conflicts for nominees this panel does not list
        story.append(own_para("Other conflicts declared", st["h2"]))
        for dc in orphans:
            story.append(para(f"{dc.nominee_id}: {dc.reason}", st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))

    title = clean(f"Score card — {content.judge_name} — {content.panel_title}", limit=300)
    with atomic_writer(path) as fh:
        doc = new_doc(fh, ctx, title=title, subject=clean(
            f"Panel {content.panel_id}, round {content.round}, "
            + (f"sheet {content.sequence}" if content.sequence else "working copy"),
            limit=300))
        doc.build(story, canvasmaker=canvas_class(ctx))
