"""The final report, winner certificates and a judge's score card, as PDF (reportlab).

Every piece of text that comes from a result, a panel or a sheet is untrusted: it goes
through ``pdf_fonts.markup`` (controls removed, XML-escaped, fallback fonts) before it
reaches a Paragraph, and through ``pdf_fonts.clean`` before it is drawn on a canvas, so no
name or comment can become markup (``<img src=...>`` prints as text, never opens a file).

The document is laid out in one pass: pages are kept until the end, then each gets its
footer ("Page N of M" and the verification code), its table-of-contents page numbers and its
bookmarks. That keeps the build linear in the number of nominees (no multiBuild passes).
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.atomic_io import atomic_writer
from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.decisions import OVERALL, Award, awards, decided_ranking
from zerodx_desktop.core.panel import Method
from zerodx_desktop.core.result import (
    Comment,
    CriterionStat,
    Disagreement,
    PanelResult,
    RankingRow,
)
from zerodx_desktop.core.scoring import needs_comment
from zerodx_desktop.core.sheet import Warning_
from zerodx_desktop.formats import pdf_fonts
from zerodx_desktop.formats.pdf_fonts import CJK, SANS, SANS_BOLD, clean, markup
from zerodx_desktop.formats.pdf_i18n import (
    CHINESE,
    ENGLISH,
    doc_lang,
    engine,
    local,
    printing_in,
    wrap_mode,
)
from zerodx_desktop.formats.pdf_i18n import current as current_language
from zerodx_desktop.formats.pdf_i18n import t as _t

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework
    from zerodx_desktop.core.panel import Panel
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent
    from zerodx_desktop.formats.certificate_template import CertificateTemplate

Progress = Callable[[int, int], None]

METHOD_WORDS: dict[str, tuple[str, str]] = {
    "mean": ("Mean", "Each nominee's score is the average of the totals given by the judges "
                     "who scored it."),
    "median": ("Median", "Each nominee's score is the middle value of the judges' totals, so a "
                         "single very high or very low total cannot move it much."),
    "trimmed": ("Trimmed mean", "A fifth of the judges' totals is set aside at each end (the "
                                "total at the cut counts in part) and the rest averaged, so one "
                                "extreme total cannot move the score much, whatever the number "
                                "of judges."),
    "zscore": ("Standardised (z-score)", "Each judge's totals are first standardised, so that "
                                         "a strict judge and a generous judge weigh the same; "
                                         "the standardised scores are averaged and mapped back "
                                         "to the panel's 0-100 scale."),
    "schulze": ("Schulze ranking", "Each judge's totals give a ranking of the nominees; the "
                                   "Schulze method combines these rankings by comparing every "
                                   "pair of nominees, and the score shown is a helper value "
                                   "for ordering."),
    "adjusted": ("Adjusted for judge severity", "A model fitted to all the scores separates each "
                                               "nominee's standing from each judge's strictness "
                                               "or generosity; the score is what a judge of "
                                               "average strictness would give, so a nominee does "
                                               "not gain from having avoided a strict judge."),
}

_MM = 72 / 25.4
ACCENT = "#1f4e79"
ACCENT_LIGHT = "#dce6f2"
FLAG = "#fff1c2"
GRID = "#b7c3d0"
MUTED = "#5b6770"
RED = "#a61b1b"


# ---------------------------------------------------------------------------------------
# small helpers


def zh() -> bool:
    """Printing in Chinese (``pdf_i18n.printing_in``)."""
    return current_language() == CHINESE


def _num(x: float | None, places: int = 2) -> str:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return "—"
    return f"{x:.{places}f}"


def rank_label(row: RankingRow) -> str:
    """The rank as printed: ties marked with "=" (e.g. "=2")."""
    return f"={row.rank}" if row.tied else str(row.rank)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


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


def _is_sample(result: PanelResult, framework: Framework | None) -> bool:
    if framework is not None:
        return bool(framework.sample)
    return "sample" in result.framework_id.lower()


def _report_date(result: PanelResult) -> str:
    g = clean(result.generated_at, limit=40)
    if re.match(r"\d{4}-\d{2}-\d{2}", g):
        return g[:10]
    return datetime.now(UTC).strftime("%Y-%m-%d")


# ---------------------------------------------------------------------------------------
# page machinery: deferred pages, footers, TOC numbers, bookmarks


@dataclass
class _Ctx:
    code: str
    label: str
    footer_note: str = "Verification code"
    numbered: bool = True
    anchors: dict[str, int] = field(default_factory=dict)
    progress: Progress | None = None
    progress_total: int = 0
    progress_done: int = 0
    draft: bool = False  # every page carries DRAFT_MARK

    def tick(self) -> None:
        self.progress_done += 1
        if self.progress is not None:
            self.progress(min(self.progress_done, self.progress_total), self.progress_total)


def _canvas_class(ctx: _Ctx) -> type:
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class DeferredCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until save(), then adds footers and late-known page numbers."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.zdx_pages: list[dict[str, Any]] = []
            self.zdx_actions: dict[int, list[Callable[[Any], None]]] = {}

        def zdx_defer(self, fn: Callable[[Any], None]) -> None:
            self.zdx_actions.setdefault(len(self.zdx_pages), []).append(fn)

        def showPage(self) -> None:
            self.zdx_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self.zdx_pages)
            for i, state in enumerate(self.zdx_pages):
                # counters that must keep counting across the replayed pages
                keep = {k: v for k, v in self.__dict__.items() if k.endswith("Count")}
                self.__dict__.update(state)
                for k, v in keep.items():
                    self.__dict__[k] = max(v, self.__dict__.get(k, 0))
                for fn in self.zdx_actions.get(i, ()):
                    fn(self)
                if ctx.draft:
                    draw_draft_mark(self)
                self._footer(i + 1, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, page: int, total: int) -> None:
            w, _h = self._pagesize
            m = 15 * _MM
            self.saveState()
            self.setStrokeColor(colors.HexColor(GRID))
            self.setLineWidth(0.5)
            self.line(m, 12 * _MM, w - m, 12 * _MM)
            self.setFillColor(colors.HexColor(MUTED))
            for x, y, text, font, align in footer_layout(
                    ctx.label, f"{_t(ctx.footer_note)}: {ctx.code}",
                    _t("Page {page} of {total}", page=page, total=total) if ctx.numbered
                    else "", w, m):
                pdf_fonts.draw_string(self, x, y, text, font=font, size=FOOTER_SIZE,
                                      align=align)
            self.restoreState()

    return DeferredCanvas


DRAFT_MARK = "DRAFT — NOT VERIFIED"


def draw_draft_mark(canvas: Any) -> None:
    """The draft watermark: across the page, and once more, small, above the footer (so a
    cropped or greyscale print still says it)."""
    from reportlab.lib import colors

    w, h = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.22))
    canvas.translate(w / 2, h / 2)
    canvas.rotate(35 if h > w else 20)
    pdf_fonts.draw_string(canvas, 0, -18, DRAFT_MARK, font=SANS_BOLD, size=48 if h > w else 60,
                          align="center")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#b00020"))
    pdf_fonts.draw_string(canvas, w / 2, 14 * _MM, DRAFT_MARK + " — not a final report",
                          font=SANS_BOLD, size=8, align="center")
    canvas.restoreState()


FOOTER_SIZE = 7.5
_FOOTER_GAP = 12.0


def footer_layout(label: str, note: str, page: str, page_width: float, margin: float
                  ) -> list[tuple[float, float, str, str, str]]:
    """Where the footer's three texts go: (x, y, text, font, align) for ``draw_string``.

    One line when the centred ``note`` leaves room for the whole ``label`` on its left (or
    at least 45 mm of it) and for ``page`` on its right; otherwise two lines: the label and
    the page number above, the note centred below. Each text is measured and cut (with "…")
    to the room it has, so that nothing overlaps whatever the lengths."""
    size, gap = FOOTER_SIZE, _FOOTER_GAP
    label, note = clean(label), clean(note)
    lw = pdf_fonts.string_width(label, SANS, size)
    nw = pdf_fonts.string_width(note, SANS_BOLD, size)
    pw = pdf_fonts.string_width(page, SANS, size) if page else 0.0
    left, right, mid = margin, page_width - margin, page_width / 2
    out: list[tuple[float, float, str, str, str]] = []
    room_left = mid - nw / 2 - gap - left
    room_right = right - (mid + nw / 2) - gap
    if room_right >= pw and room_left >= min(lw, 45 * _MM):
        y = 8 * _MM
        out.append((left, y, pdf_fonts.fit(label, SANS, size, room_left), SANS, "left"))
        out.append((mid, y, note, SANS_BOLD, "center"))
    else:
        y, y2 = 8.6 * _MM, 5.2 * _MM
        room = right - left - (pw + gap if page else 0.0)
        out.append((left, y, pdf_fonts.fit(label, SANS, size, room), SANS, "left"))
        out.append((mid, y2, pdf_fonts.fit(note, SANS_BOLD, size, right - left), SANS_BOLD,
                    "center"))
    if page:
        out.append((right, out[0][1], page, SANS, "right"))
    return out


def _flowables() -> dict[str, Any]:
    """Flowable classes, built lazily so that importing this module stays cheap."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class Anchor(Flowable):  # type: ignore[misc]
        """Zero-size marker: records its page, adds a bookmark and an outline entry."""

        def __init__(self, key: str, title: str, level: int = 0, tick: bool = False) -> None:
            super().__init__()
            self.key, self.title, self.level, self.tick = key, title, level, tick
            self.width = self.height = 0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return (0, 0)

        def draw(self) -> None:
            pass

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class TocLine(Flowable):  # type: ignore[misc]
        """One table-of-contents line; its page number is drawn when the page is saved."""

        def __init__(self, ctx: _Ctx, text: str, key: str, level: int = 0) -> None:
            super().__init__()
            self.ctx, self.text, self.key, self.level = ctx, text, key, level
            self.size = 10.5 if level == 0 else 9
            self.height = 17 if level == 0 else 13

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            return (aw, self.height)

        def draw(self) -> None:
            c = self.canv
            indent = 0 if self.level == 0 else 14
            font = SANS_BOLD if self.level == 0 else SANS
            y = 4
            text = pdf_fonts.fit(self.text, font, self.size, self.width - indent - 60)
            tw = pdf_fonts.draw_string(c, indent, y, text, font=font, size=self.size)
            # dotted leader
            c.saveState()
            c.setStrokeColor(colors.HexColor(GRID))
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(indent + tw + 4, y + 1, self.width - 34, y + 1)
            c.restoreState()
            ax, ay = c.absolutePosition(self.width, y)
            x0, y0 = c.absolutePosition(0, 0)
            ctx, key, size, font_ = self.ctx, self.key, self.size, font

            def late(canvas: Any) -> None:
                page = ctx.anchors.get(key)
                if page is None:
                    return
                pdf_fonts.draw_string(canvas, ax, ay, str(page), font=font_, size=size,
                                      align="right")
                canvas.linkRect("", key, (x0, y0, ax, y0 + self.height - 2), relative=0,
                                thickness=0)

            c.zdx_defer(late)

    return {"Anchor": Anchor, "TocLine": TocLine}


def _doc_class(ctx: _Ctx) -> type:
    from reportlab.platypus import BaseDocTemplate

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class Doc(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            key = getattr(flowable, "key", None)
            if key is None or not hasattr(flowable, "title") or not hasattr(flowable, "tick"):
                return
            ctx.anchors[key] = self.page
            title = clean(flowable.title, limit=120) or key
            level = flowable.level

            def mark(canvas: Any) -> None:
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(title, key, level=level, closed=level == 0)

            self.canv.zdx_defer(mark)
            if flowable.tick:
                ctx.tick()

    return Doc


# ---------------------------------------------------------------------------------------
# styles


def _styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5,
                          spaceAfter=5, splitLongWords=1, bulletFontName=SANS,
                          textColor=colors.HexColor("#1d232a"))
    st: dict[str, Any] = {"body": base}
    st["small"] = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=0)
    st["tiny"] = ParagraphStyle("tiny", parent=base, fontSize=7, leading=9, spaceAfter=0)
    st["muted"] = ParagraphStyle("muted", parent=st["small"], textColor=colors.HexColor(MUTED))
    st["cell"] = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    st["cellr"] = ParagraphStyle("cellr", parent=st["cell"], alignment=TA_RIGHT)
    st["cellb"] = ParagraphStyle("cellb", parent=st["cell"], fontName=SANS_BOLD)
    st["head"] = ParagraphStyle("head", parent=st["cell"], fontName=SANS_BOLD,
                                textColor=colors.white)
    st["headr"] = ParagraphStyle("headr", parent=st["head"], alignment=TA_RIGHT)
    st["h1"] = ParagraphStyle("h1", parent=base, fontName=SANS_BOLD, fontSize=17, leading=21,
                              spaceBefore=0, spaceAfter=8, textColor=colors.HexColor(ACCENT))
    st["h2"] = ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=11.5,
                              leading=15, spaceBefore=9, spaceAfter=4,
                              textColor=colors.HexColor(ACCENT))
    st["lead"] = ParagraphStyle("lead", parent=base, fontSize=10.5, leading=15,
                                textColor=colors.HexColor("#33404d"))
    st["quote"] = ParagraphStyle("quote", parent=base, fontSize=9, leading=12.5,
                                 leftIndent=14, bulletIndent=5, spaceAfter=4,
                                 textColor=colors.HexColor("#2a3540"))
    st["bullet"] = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                                  spaceAfter=3)
    st["cover_title"] = ParagraphStyle("cover_title", parent=base, fontName=SANS_BOLD,
                                       fontSize=26, leading=32, alignment=TA_CENTER,
                                       textColor=colors.HexColor(ACCENT), spaceAfter=10)
    st["cover_sub"] = ParagraphStyle("cover_sub", parent=base, fontSize=14, leading=19,
                                     alignment=TA_CENTER, textColor=colors.HexColor("#33404d"))
    st["center"] = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    st["notice"] = ParagraphStyle("notice", parent=base, fontSize=9.5, leading=13,
                                  alignment=TA_CENTER, textColor=colors.HexColor("#7a4b00"),
                                  backColor=colors.HexColor(FLAG), borderPadding=6,
                                  borderColor=colors.HexColor("#e0b94a"), borderWidth=0.6)
    mode = wrap_mode()
    if mode:  # Chinese: a line may break between any two CJK characters
        for style in st.values():
            style.wordWrap = mode
    return st


def _P(text: object, style: Any, *, limit: int | None = None, primary: str | None = None,
       raw_prefix: str = "") -> Any:
    """A Paragraph of untrusted ``text`` (``raw_prefix`` is trusted markup we wrote).

    Text with right-to-left letters is broken into lines by ``pdf_fonts.wrap_visual`` (in
    logical order, each line then reordered) once the available width is known; a paragraph
    that reads right to left is right-aligned."""
    from reportlab.platypus import Paragraph

    font = primary or style.fontName
    if font not in (SANS, SANS_BOLD):
        font = SANS
    s = clean(text, limit=limit)
    if pdf_fonts.has_rtl(s):
        return _bidi_class()(s, style, font, raw_prefix)
    return Paragraph(raw_prefix + markup(s, primary=font), style)


_BULLET = re.compile(r"<bullet>.*?</bullet>", re.S)
_TAG = re.compile(r"<[^>]*>")


def _prefix_width(raw_prefix: str, size: float) -> float:
    """Width of the inline part of trusted prefix markup (bullets sit in the indent)."""
    from xml.sax.saxutils import unescape

    plain = unescape(_TAG.sub("", _BULLET.sub("", raw_prefix)), {"&nbsp;": " "})
    return pdf_fonts.string_width(plain, SANS_BOLD, size) if plain else 0.0


@functools.lru_cache(maxsize=1)
def _bidi_class() -> type:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.platypus import Flowable, Paragraph

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class BidiParagraph(Flowable):  # type: ignore[misc]
        """Right-to-left (or mixed) untrusted text: a Paragraph whose lines are decided here,
        for the width it is given, so that a wrapped name reads from its first line on."""

        def __init__(self, text: str, style: Any, font: str, raw_prefix: str) -> None:
            super().__init__()
            self.text, self.style, self.font, self.raw_prefix = text, style, font, raw_prefix
            self.rtl = pdf_fonts.rtl_paragraph(text)
            self._para: Any = None
            self._aw = -1.0

        def _build(self, aw: float) -> Any:
            if self._para is None or abs(aw - self._aw) > 0.01:
                st = self.style
                width = max(1.0, aw - st.leftIndent - st.rightIndent) - 0.5
                inline = _prefix_width(self.raw_prefix, st.fontSize)
                first = max(1.0, width - st.firstLineIndent - inline)
                body = pdf_fonts.markup_wrapped(self.text, primary=self.font,
                                                size=st.fontSize, width=width,
                                                first_width=first)
                if self.rtl and not inline and st.alignment == TA_LEFT:
                    st = _style_copy(st, alignment=TA_RIGHT)
                self._para = Paragraph(self.raw_prefix + body, st)
                self._aw = aw
            return self._para

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            w, h = self._build(aw).wrap(aw, ah)
            self.width, self.height = w, h
            return (w, h)

        def split(self, aw: float, ah: float) -> list[Any]:
            return list(self._build(aw).split(aw, ah))

        def draw(self) -> None:
            self._para.drawOn(self.canv, 0, 0)

        def getSpaceBefore(self) -> float:
            return float(self.style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(self.style.spaceAfter)

        def getKeepWithNext(self) -> bool:
            return bool(getattr(self.style, "keepWithNext", False))

        def minWidth(self) -> float:
            return float(self._build(self._aw if self._aw > 0 else 100).minWidth())

    return BidiParagraph


def _cell(text: object, style: Any, width: float, *, limit: int | None = None) -> Any:
    """A table cell: a plain string when it fits on one line in the regular face (much
    cheaper to lay out), else a wrapping Paragraph. Either way the text is never markup."""
    s = clean(text, limit=limit)
    if ("\n" not in s and style.fontName == SANS
            and not set(map(ord, s)) - pdf_fonts.register_fonts().coverage[SANS]
            and pdf_fonts.visual(s) == s):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if stringWidth(s, SANS, style.fontSize) <= width - 9:
            return s
    return _P(s, style)


def _table(data: list[list[Any]], widths: list[float], *, header_rows: int = 1,
           right_cols: Iterable[int] = (), extra: list[tuple[Any, ...]] | None = None,
           zebra: bool = True) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, Table, TableStyle

    # LongTable measures only the rows that fit when splitting: a 1,000-row ranking would
    # otherwise be re-measured in full at every page break (quadratic).
    cls = LongTable if len(data) > 60 else Table
    t = cls(data, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.HexColor(GRID)),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(ACCENT)),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), SANS_BOLD),
        ]
    if zebra and len(data) > header_rows + 2:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1),
                     [colors.white, colors.HexColor("#f4f7fa")]))
    for c in right_cols:
        cmds.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------------------------------
# charts


def domain_key(i: int) -> str:
    """The short key of the ``i``-th domain on a radar chart: A, B, ... Z, then D27, D28."""
    return chr(ord("A") + i) if i < 26 else f"D{i + 1}"


def _domain_chart(labels: list[str], values: list[float | None],
                  panel_avg: list[float | None], size: tuple[float, float]) -> Any:
    """A radar of the nominee's domain scores (0-100) against the panel average.

    With fewer than three domains a radar says nothing, so bars are drawn instead.
    """
    from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
    from reportlab.lib import colors

    w, h = size
    d = Drawing(w, h)
    accent = colors.HexColor(ACCENT)
    grey = colors.HexColor("#8a96a3")
    grid = colors.HexColor("#ccd5de")
    n = len(labels)

    def label_font(text: str) -> str:
        return SANS if all(pdf_fonts.register_fonts().font_for(ch, SANS) == SANS
                           for ch in text) else CJK

    if n < 3:
        bar_h = min(22.0, (h - 30) / max(1, 2 * n))
        top = h - 16
        left = 6.0
        span = w - left - 40
        for i, lab in enumerate(labels):
            y = top - i * (2 * bar_h + 16)
            t = pdf_fonts.fit(clean(lab), SANS, 7.5, w - 10)
            d.add(String(left, y, t, fontName=label_font(t), fontSize=7.5,
                         fillColor=colors.HexColor("#33404d")))
            v, a = values[i], panel_avg[i]
            d.add(Rect(left, y - bar_h - 2, span, bar_h, fillColor=colors.HexColor("#eef2f6"),
                       strokeColor=None))
            if v is not None:
                d.add(Rect(left, y - bar_h - 2, span * max(0, min(v, 100)) / 100, bar_h,
                           fillColor=accent, strokeColor=None))
                d.add(String(left + span + 4, y - bar_h + 4, _num(v), fontName=SANS,
                             fontSize=8))
            if a is not None:
                x = left + span * max(0, min(a, 100)) / 100
                d.add(Line(x, y - bar_h - 5, x, y + 1, strokeColor=colors.HexColor("#c0392b"),
                           strokeWidth=1.2))
        return d

    # The axes carry short keys ("A", "B", ...) that the domain table beside the chart
    # spells out: whole domain titles around a radar either wrap mid-phrase or shrink it.
    cx, cy = w / 2, h / 2
    r = min(w / 2 - 18, h / 2 - 16)

    def pt(i: int, v: float) -> tuple[float, float]:
        ang = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * v / 100 * math.cos(ang), cy + r * v / 100 * math.sin(ang)

    for ring in (20, 40, 60, 80, 100):
        pts: list[float] = []
        for i in range(n):
            pts.extend(pt(i, ring))
        d.add(Polygon(pts, fillColor=None, strokeColor=grid, strokeWidth=0.5))
    for i in range(n):
        x, y = pt(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.5))
    d.add(String(cx - 3, cy + r * 0.5 - 2, "50", fontName=SANS, fontSize=5.5, fillColor=grey,
                 textAnchor="end"))
    d.add(String(cx - 3, cy + r - 5, "100", fontName=SANS, fontSize=5.5, fillColor=grey,
                 textAnchor="end"))

    if any(a is not None for a in panel_avg):
        pts = []
        for i, a in enumerate(panel_avg):
            pts.extend(pt(i, max(0.0, min(a or 0.0, 100.0))))
        pts.extend(pts[:2])
        d.add(PolyLine(pts, strokeColor=colors.HexColor("#c0392b"), strokeWidth=1,
                       strokeDashArray=[3, 2]))
    if any(v is not None for v in values):
        pts = []
        for i, v in enumerate(values):
            pts.extend(pt(i, max(0.0, min(v or 0.0, 100.0))))
        d.add(Polygon(pts, fillColor=colors.Color(0.12, 0.31, 0.47, alpha=0.25),
                      strokeColor=accent, strokeWidth=1.4))
    for i in range(n):
        ang = math.pi / 2 - 2 * math.pi * i / n
        x = cx + (r + 10) * math.cos(ang)
        y = cy + (r + 10) * math.sin(ang) - 3.5
        d.add(String(x, y, domain_key(i), fontName=SANS_BOLD, fontSize=10,
                     textAnchor="middle", fillColor=accent))
    return d


# ---------------------------------------------------------------------------------------
# the report


@dataclass
class _Model:
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
              panel: Panel | None) -> _Model:
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


def _cover(m: _Model, st: dict[str, Any], code: str, sample: bool,
           draft: bool = False) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    r = m.result
    story: list[Any] = [Spacer(1, 40 * _MM)]
    story.append(_P(DRAFT_MARK if draft else _t("FINAL REPORT"), st["cover_sub"], raw_prefix=""))
    story.append(Spacer(1, 6 * _MM))
    story.append(_P(r.panel_title or r.panel_id, st["cover_title"], limit=300))
    story.append(_P(_t("Round {n} · {date}", n=r.round, date=_report_date(r)), st["cover_sub"]))
    story.append(Spacer(1, 14 * _MM))
    method = METHOD_WORDS.get(r.method, (r.method, ""))[0]
    valid = sum(1 for j in r.judges if j.status == "valid")
    rows = [
        [_t("Panel"), _P(r.panel_id, st["cell"], limit=200)],
        [_t("Framework"), _P(f"{r.framework_id} {r.framework_version}", st["cell"], limit=200)],
        [_t("Official method"), _P(method, st["cell"])],
        [_t("Nominees"), str(len(r.ranking))],
        [_t("Judges (valid sheets)"), _t("{valid} of {total}", valid=valid, total=len(r.judges))],
        [_t("Chair"), _P(r.chair or _t("unsigned result"), st["cell"], limit=200)],
    ]
    titles = r.category_titles()
    for award in result_awards(r):
        label = (_t("Award") if award.category == "overall"
                 else _t("Award ({category})",
                         category=clean(titles.get(award.category, award.category))))
        rows.append([label, _P(award_line(award), st["cell"], limit=400)])
    if current_language() != ENGLISH:  # a Chinese label needs the CJK fallback font
        label_style = _style_copy(st["cell"], fontName=SANS_BOLD, fontSize=9,
                                  textColor=colors.HexColor(MUTED))
        rows = [[_P(label, label_style) if isinstance(label, str) else label, *rest]
                for label, *rest in rows]
    t = Table(rows, colWidths=[45 * _MM, 85 * _MM], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), SANS_BOLD), ("FONTNAME", (1, 0), (1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9), ("TEXTCOLOR", (0, 0), (0, -1),
                                              colors.HexColor(MUTED)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.HexColor(GRID)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)
    story.append(Spacer(1, 14 * _MM))
    box = Table([[_P(_t("Verification code"), st["center"])],
                 [_P(code, _style_copy(st["cover_title"], fontSize=20, leading=24,
                                              spaceAfter=0))]],
                colWidths=[80 * _MM], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(ACCENT)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ACCENT_LIGHT)),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    story.append(box)
    story.append(Spacer(1, 4 * _MM))
    story.append(_P(_t("The same code is printed at the foot of every page. It is derived from "
                      "the result this report was printed from, so a page from another "
                      "result, or from an edited one, shows a different code."), st["muted"]))
    if sample:
        story.append(Spacer(1, 10 * _MM))
        story.append(_P(_t("Sample framework: the criteria in this report come from the sample "
                          "framework shipped with ZeroDX Desktop, not from an official "
                          "questionnaire."), st["notice"]))
    return story


def _style_copy(style: Any, **kw: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "+", parent=style, **kw)


def _method_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    r = m.result
    story: list[Any] = []
    name, words = METHOD_WORDS.get(r.method, (r.method, "A method named by the panel package."))
    story.append(_P(_t("Official method: {name}", name=_t(name)), st["h2"]))
    story.append(_P(_t(words), st["body"]))
    story.append(_P(_t(
        "Each judge scored every criterion on the framework's maturity scale. A judge's total "
        "for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are "
        "computed the same way within each domain. A judge with a declared or known conflict "
        "of interest contributes nothing for that nominee, and a missing score is missing, "
        "never zero. Ties are shown as ties (marked \"=\") and never broken silently."),
        st["body"]))
    story.append(_P(_t(
        "Disagreement is flagged for discussion when the judges' levels on a criterion are two "
        "or more levels apart, or when a nominee's spread of totals is in the panel's top tenth."),
        st["body"]))
    story.append(_P(_t("Domains and weights"), st["h2"]))
    fw = m.framework
    if fw is not None:
        dsum = sum(d.weight for d in fw.domains) or 1.0
        data: list[list[Any]] = [header_cells([_t("Domain"), _t("Dimensions"), _t("Criteria"),
                                               _t("Weight")], st, 2)]
        for dom in fw.domains:
            dims = ", ".join(local(x.title) for x in dom.dimensions)
            ncrit = sum(len(x.criteria) for x in dom.dimensions)
            data.append([_P(local(dom.title), st["cellb"], limit=200),
                         _P(dims, st["cell"], limit=400), str(ncrit),
                         f"{100 * dom.weight / dsum:.0f}%"])
        story.append(_table(data, [55 * _MM, 75 * _MM, 18 * _MM, 20 * _MM],
                            right_cols=(2, 3)))
        levels = "; ".join(f"{lv.value} = {local(lv.label)}" for lv in fw.scale.levels)
        story.append(_P(_t("Scale: {levels}.", levels=levels), st["small"], limit=1000))
        story.append(_P(_t("Framework: {title} (id {id}, version {version}).",
                           title=local(fw.title), id=fw.id, version=fw.version),
                        st["small"], limit=600))
    elif m.domain_ids:
        data = [header_cells([_t("Domain id"), _t("Domain")], st)]
        for did in m.domain_ids:
            data.append([_P(did, st["cell"], limit=100),
                         _P(m.domain_titles.get(did, did), st["cellb"], limit=300)])
        story.append(_table(data, [45 * _MM, 120 * _MM]))
        story.append(_P(_t("Weights are those of the framework {framework} {version} named in "
                           "the panel package.", framework=clean(r.framework_id),
                           version=clean(r.framework_version)), st["small"]))
    else:
        story.append(_P(_t("The result names no domains."), st["body"]))
    return story


def _ranking_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    has_country = bool(m.country)
    head = [_t("Rank"), _t("Nominee")] + ([_t("Country")] if has_country else []) + [
        _t("Score"), _t("Judges"), _t("SD"), _t("Min–Max")]
    data: list[list[Any]] = [header_cells(head, st, right_from=2 + int(has_country))]
    extra: list[tuple[Any, ...]] = []
    from reportlab.lib import colors

    for i, r in enumerate(m.ranking, start=1):
        row: list[Any] = [rank_label(r), _P(r.nominee, st["cellb"], limit=160)]
        if has_country:
            row.append(_P(m.country.get(r.nominee_id, ""), st["cell"], limit=40))
        rng = "—" if r.min is None or r.max is None else f"{_num(r.min)}–{_num(r.max)}"
        row += [_num(r.score), str(r.judges), _num(r.sd), rng]
        data.append(row)
        if r.rank <= 3 and r.score is not None:
            extra.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(ACCENT_LIGHT)))
    nw = 70 * _MM if has_country else 88 * _MM
    widths = [13 * _MM, nw] + ([18 * _MM] if has_country else []) + [
        17 * _MM, 15 * _MM, 14 * _MM, 27 * _MM]
    off = 1 if has_country else 0
    story: list[Any] = [
        _plain(_t("Scores are out of 100 by the official method. \"Judges\" is the number of "
                 "judges whose total counted; SD and Min–Max describe the spread of their "
                 "totals. \"=\" marks a tie."), st["body"]),
        _table(data, widths, right_cols=range(2 + off, 6 + off),
               extra=[("FONTNAME", (0, 1), (0, -1), SANS_BOLD), *extra]),
    ]
    return story


def header_cells(head: list[str], st: dict[str, Any], right_from: int = 99) -> list[Any]:
    """A table's header row: plain strings in English (the table's own font), paragraphs
    in Chinese (the CJK fallback font; a plain cell cannot fall back)."""
    if current_language() == ENGLISH:
        return list(head)
    return [_P(h, st["headr"] if i >= right_from else st["head"]) for i, h in enumerate(head)]


def _plain(text: str, style: Any) -> Any:
    """A Paragraph of our own (trusted, plain) text, still escaped."""
    return _P(text, style)


def result_awards(result: PanelResult) -> list[Award]:
    """Who each category's award goes to: the meeting's decision, else the first place (a
    tie at the top with no decision stays a tie)."""
    return awards(result.category_rankings(), result.decisions)


def award_line(award: Award) -> str:
    """One line naming the award's winner, or the tie, or that nobody has a score."""
    if not award.winners:
        return _t("no nominee has a score")
    if award.tie:
        return _t("tie at the top, no decision recorded: {names}",
                 names=" · ".join(r.nominee for r in award.winners))
    name = award.winners[0].nominee
    d = award.decision
    if d is None:
        return _t("{name} (the ranking's first place)", name=name)
    if d.overrides_ranking:
        return _t("{name} (decided by the panel, overriding the ranking)", name=name)
    return _t("{name} (decided by the panel)", name=name)


def _awards_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    story: list[Any] = [_plain(_t(
        "The ranking is where the panel meeting started. For each award the chair recorded "
        "the panel's decision; without a decision the award goes to the ranking's first "
        "place, and a tie at the top stays a tie."), st["body"])]
    notes = {n.nominee_id: n.text for n in m.result.notes}
    names = {r.nominee_id: r.nominee for r in m.result.ranking}
    titles = m.result.category_titles()
    for award in result_awards(m.result):
        head = (_t("Award") if award.category == "overall"
                else _t("Award: {category}",
                        category=titles.get(award.category, award.category)))
        story.append(_P(head, st["h2"], limit=200))
        story.append(_P(award_line(award), st["body"], limit=600))
        if award.decision is not None and award.decision.rationale:
            story.append(_P(_t("Rationale: {text}", text=award.decision.rationale), st["body"],
                            limit=2100))
    if notes:
        story.append(_plain(_t("Chair's notes from the meeting"), st["h2"]))
        for nid, text in notes.items():
            story.append(_P(f"{names.get(nid, nid)}: {text}", st["body"], limit=4300))
    return story


def _comparison_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    r = m.result
    methods = [r.method] + [k for k in r.by_method if k != r.method]
    lookup: dict[str, dict[str, RankingRow]] = {
        k: {row.nominee_id: row for row in rows} for k, rows in r.by_method.items()}
    if r.method not in lookup:
        lookup[r.method] = {row.nominee_id: row for row in m.ranking}
    story: list[Any] = [_plain(
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
    head_style = _style_copy(st["headr"], splitLongWords=0)
    pad = 9.0
    widths: list[float] = []
    for j, label in enumerate(labels):
        words = [pdf_fonts.string_width(w, SANS_BOLD, head_style.fontSize)
                 for w in label.split()] or [0.0]
        body = [pdf_fonts.string_width(c[j], SANS, st["cell"].fontSize) for c in cells]
        widths.append(max(18 * _MM, max(words) + pad, max(body, default=0.0) + pad))
    avail = 174 * _MM
    name_w = max(45 * _MM, avail - sum(widths))
    head: list[Any] = [*header_cells([_t("Nominee")], st),
                       *[_P(label, head_style) for label in labels]]
    data: list[list[Any]] = [head]
    extra: list[tuple[Any, ...]] = []
    from reportlab.lib import colors

    for i, (row, texts) in enumerate(zip(m.ranking, cells, strict=True), start=1):
        line: list[Any] = [_cell(row.nominee, st["cell"], name_w, limit=120), *texts]
        for j, k in enumerate(methods, start=1):
            other = lookup.get(k, {}).get(row.nominee_id)
            if other is not None and other.rank != row.rank:
                extra.append(("BACKGROUND", (j, i), (j, i), colors.HexColor(FLAG)))
        data.append(line)
    story.append(_table(data, [name_w, *widths],
                        right_cols=range(1, len(methods) + 1), extra=extra))
    note = _t("Cells show rank · score out of 100; a shaded cell is a nominee whose rank "
              "differs from its official rank.")
    if Method.SCHULZE in methods:
        note += _t(" Schulze ranking gives no score out of 100: its cells show the rank and "
                   "how many of the other nominees Schulze's order places below the nominee "
                   "when every pair of nominees is compared through the judges' rankings.")
    story.append(_plain(note, st["muted"]))
    if r.sensitivity and not _has_uncertainty(r):  # a result from before the bootstrap
        story.append(_P(_t("Sensitivity"), st["h2"]))
        for s in r.sensitivity:
            story.append(_P(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    return story


def _has_uncertainty(r: PanelResult) -> bool:
    return bool(r.bootstrap_resamples or r.bootstrap_note)


def _rank_range_chart(rows: list[RankingRow], width: float) -> Any:
    """A rank-range plot: per nominee (top down) a bar over its 90 % rank interval and a dot
    at its official rank; the rank axis runs left (1st) to right."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    shown = [r for r in rows if r.rank_interval is not None]
    n_max = max([r.rank_interval[1] for r in shown if r.rank_interval] + [r.rank for r in shown]
                + [2])
    row_h, label_w, top, bottom = 11.0, 0.0, 6.0, 18.0
    h = top + bottom + row_h * len(shown)
    d = Drawing(width, h)
    x0, x1 = 30.0, width - 8.0  # the official rank labels each row on the left

    def x(rank: float) -> float:
        return x0 + (rank - 1) / max(1, n_max - 1) * (x1 - x0 - label_w)

    d.add(Line(x0, bottom - 4, x1, bottom - 4, strokeColor=colors.HexColor(GRID)))
    step = max(1, round(n_max / 10))
    for k in range(1, n_max + 1, step):
        d.add(Line(x(k), bottom - 6, x(k), bottom - 2, strokeColor=colors.HexColor(GRID)))
        d.add(String(x(k), bottom - 14, str(k), fontName=SANS, fontSize=7,
                     textAnchor="middle", fillColor=colors.HexColor("#5a6570")))
    for i, r in enumerate(shown):
        y = h - top - row_h * (i + 0.5)
        # why the ignore below: rows shown here all have a rank interval (unscored rows are skipped)
        lo, hi = r.rank_interval  # type: ignore[misc]
        d.add(Rect(x(lo) - 2, y - 2.5, x(hi) - x(lo) + 4, 5, strokeColor=None,
                   fillColor=colors.HexColor(ACCENT_LIGHT)))
        d.add(Circle(x(r.rank), y, 2.6, strokeColor=None, fillColor=colors.HexColor(ACCENT)))
        d.add(String(4, y - 2.5, rank_label(r), fontName=SANS_BOLD, fontSize=7,
                     fillColor=colors.HexColor("#1d232a")))
    return d


def _uncertainty_section(m: _Model, st: dict[str, Any]) -> list[Any]:
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
    story: list[Any] = [_plain(intro, st["body"])]
    if r.sensitivity:
        story.append(_P(_t("What the panel can and cannot tell apart"), st["h2"]))
        for s in r.sensitivity:
            story.append(_P(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    rows = [row for row in m.ranking if row.score is not None]
    if r.bootstrap_resamples and rows:
        data: list[list[Any]] = [header_cells([_t("Rank"), _t("Nominee"), _t("First"),
                                               _t("Ranks (90%)")], st, 2)]
        for row in rows:
            iv = row.rank_interval
            data.append([rank_label(row), _P(row.nominee, st["cell"], limit=160),
                         "—" if row.p_first is None else f"{100 * row.p_first:.0f}%",
                         "—" if iv is None else (str(iv[0]) if iv[0] == iv[1]
                                                  else f"{iv[0]}–{iv[1]}")])
        story.append(_table(data, [13 * _MM, 111 * _MM, 20 * _MM, 30 * _MM],
                            right_cols=(2, 3),
                            extra=[("FONTNAME", (0, 1), (0, -1), SANS_BOLD)]))
        top = rows[:40]
        if any(row.rank_interval for row in top):
            story.append(_plain(_t("Rank ranges, one line per nominee as in the table (bar: "
                                   "90% of resamples; dot: the official rank), the first {n} "
                                   "nominees", n=len(top)) if len(rows) > 40 else
                                _t("Rank ranges, one line per nominee as in the table (bar: "
                                   "90% of resamples; dot: the official rank)"), st["muted"]))
            story.append(_rank_range_chart(top, 174 * _MM))
    if r.incomplete_design:
        story.append(_P(_t("Not every judge scored every nominee"), st["h2"]))
        story.append(_plain(_t(
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
                data.append([_P(row.nominee, st["cell"], limit=160), rank_label(row),
                             _num(row.score), "—" if a is None else rank_label(a),
                             "—" if a is None else _num(a.score)])
            story.append(_table(data, [84 * _MM, 24 * _MM, 20 * _MM, 26 * _MM, 20 * _MM],
                                right_cols=(1, 2, 3, 4)))
    return story


def _disagreement_markup(m: _Model, dg: Disagreement, row: RankingRow,
                         cs: CriterionStat | None) -> str:
    """One disagreement as a readable sentence (Paragraph markup; untrusted parts escaped):
    "Criterion a.b.c — question / Levels ranged 3–5 (range 2), SD 0.89."."""
    sd = _t(", SD {sd}", sd=_num(dg.sd)) if dg.sd is not None else ""
    if dg.criterion_id is None:
        spread = (_t("ranged {low}–{high} points (range {range})", low=_num(row.min),
                     high=_num(row.max), range=_num(dg.range))
                  if row.min is not None and row.max is not None
                  else _t("span {range} points", range=_num(dg.range)))
        return _t("<b>Overall total</b>: the judges' totals {spread}{sd}.", spread=spread,
                  sd=sd)
    rng = _num(dg.range, 0)
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


def _comparison_cell(method: str, row: RankingRow) -> str:
    """One method-comparison cell: "rank · score", or for Schulze "rank · above N" (its score
    is the number of nominees Schulze's order places below it, a whole number, not a score
    out of 100)."""
    if method == Method.SCHULZE:
        beaten = "—" if row.score is None else str(round(row.score))
        return _t("{rank} · above {n}", rank=rank_label(row), n=beaten)
    return f"{rank_label(row)} · {_num(row.score)}"


def _nominee_section(m: _Model, st: dict[str, Any], row: RankingRow, n_total: int,
                     include_comments: bool) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Table, TableStyle

    story: list[Any] = []
    heading = f"{rank_label(row)}. "
    story.append(_P(row.nominee, st["h1"], limit=400,
                    raw_prefix=markup(heading)))
    facts = [_t("Score {score} / 100", score=_num(row.score)),
             _t("rank {rank} of {n}", rank=rank_label(row), n=n_total),
             _t("{n} judge" if row.judges == 1 else "{n} judges", n=row.judges),
             _t("SD {sd}", sd=_num(row.sd))]
    if row.min is not None and row.max is not None:
        facts.append(_t("totals {low}–{high}", low=_num(row.min), high=_num(row.max)))
    country = m.country.get(row.nominee_id)
    if country:
        facts.append(country)
    story.append(_P(" · ".join(facts), st["lead"], limit=600))
    story.append(_P(_t("Nominee id: {id}", id=row.nominee_id), st["muted"], limit=200))

    # domain chart + domain table side by side
    if m.domain_ids:
        labels = [m.domain_titles.get(d, d) for d in m.domain_ids]
        vals = [row.domain_scores.get(d) for d in m.domain_ids]
        avgs = [m.domain_avg.get(d) for d in m.domain_ids]
        radar = len(labels) >= 3
        chart = _domain_chart(labels, vals, avgs, (88 * _MM, 76 * _MM))
        dt: list[list[Any]] = [[_P(_t("Domain"), st["head"]), _P(_t("Score"), st["headr"]),
                                _P(_t("Panel avg"), st["headr"])]]
        for i, (lab, v, a) in enumerate(zip(labels, vals, avgs, strict=True)):
            key = f"<b>{domain_key(i)}</b>&nbsp;&nbsp;" if radar else ""
            dt.append([_P(lab, st["cell"], limit=150, raw_prefix=key), _num(v), _num(a)])
        dtab = _table(dt, [50 * _MM, 14 * _MM, 18 * _MM], right_cols=(1, 2))
        legend = _plain(_t("Chart: solid, this nominee; dashed red, the average of all "
                           "nominees; letters, the domains in the table.")
                        if radar else
                        _t("Bars: this nominee. Red marks: average of all nominees."),
                        st["muted"])
        side = Table([[chart, [dtab, legend]]], colWidths=[90 * _MM, 84 * _MM],
                     hAlign="LEFT")
        side.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(side)

    crits = m.crit_by_nominee.get(row.nominee_id, [])
    if crits:
        story.append(_plain(_t("Criteria"), st["h2"]))
        data: list[list[Any]] = [[_P(_t("Criterion"), st["head"]), *header_cells(
            ["n", _t("Mean"), _t("Min"), _t("Max"), _t("SD")], st, 0)]]
        extra: list[tuple[Any, ...]] = []
        for i, cs in enumerate(crits, start=1):
            label = m.criterion_name(cs.criterion_id)
            cell = _cell(label, st["cell"], 112 * _MM, limit=220)
            data.append([cell, str(cs.n), _num(cs.mean), _num(cs.min, 0) if cs.min is not None
                         else "—", _num(cs.max, 0) if cs.max is not None else "—",
                         _num(cs.sd)])
            if cs.flagged:
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(FLAG)))
                extra.append(("LINEBEFORE", (0, i), (0, i), 2.5, colors.HexColor("#e0a800")))
        story.append(_table(data, [112 * _MM, 10 * _MM, 14 * _MM, 12 * _MM, 12 * _MM,
                                   14 * _MM], right_cols=range(1, 6), extra=extra,
                            zebra=False))
        if extra:
            story.append(_plain(_t("Highlighted rows: the judges' levels are two or more "
                                   "levels apart — worth discussing."), st["muted"]))

    dis = m.dis_by_nominee.get(row.nominee_id, [])
    if dis:
        block: list[Any] = [_plain(_t("Disagreements to discuss"), st["h2"])]
        stats: dict[str | None, CriterionStat] = {cs.criterion_id: cs for cs in crits}
        for dg in dis:
            block.append(_P("", st["bullet"], raw_prefix="<bullet>•</bullet>"
                            + _disagreement_markup(m, dg, row, stats.get(dg.criterion_id))))
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])

    if include_comments:
        coms = m.comments_by_nominee.get(row.nominee_id, [])
        if coms:
            story.append(_plain(_t("Judges' comments (anonymised)"), st["h2"]))
            if m.crit_order:
                big = len(m.crit_order)
                coms = sorted(coms, key=lambda c: m.crit_order.get(c.criterion_id, big))
            last = None
            for cm in coms:
                if cm.criterion_id != last:
                    story.append(_P(m.criterion_name(cm.criterion_id), st["cellb"], limit=300))
                    last = cm.criterion_id
                story.append(_P(cm.text, st["quote"], raw_prefix="<bullet>–</bullet>",
                                limit=None))
    return story


def _reliability_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    rel = m.result.reliability
    story: list[Any] = [_plain(_t(
        "How consistently the judges scored. Values near 1 mean the judges broadly agree; values "
        "near 0 mean the ranking owes much to which judge looked at which nominee."), st["body"])]
    rows = [
        ("Krippendorff's alpha (interval)", rel.krippendorff_alpha_interval,
         "agreement on the nominees' totals, allowing missing scores; ≥ 0.80 is reliable, "
         "≥ 0.667 acceptable for tentative conclusions"),
        ("ICC(2,1)", rel.icc_2_1, "absolute agreement of single judges (judges as a random "
                                  "sample)" + (", on every score given" if rel.n_nominees
                                               is not None else
                                               ", over nominees every judge scored")),
        ("ICC(3,1)", rel.icc_3_1, "consistency of single judges (same judges, strictness "
                                  "differences ignored)"),
    ]
    if rel.n_nominees is not None:  # results since ICC(2,k) and the reasons
        rows.append(("ICC(2,k)", rel.icc_2_k, "reliability of the panel's average, which is "
                                              "what the ranking rests on"))
    rows.append(("Kendall's W", rel.kendall_w, "agreement on the order of the nominees (0 "
                                               "none, 1 identical rankings)"))
    keys = {"Krippendorff's alpha (interval)": "krippendorff_alpha_interval",
            "ICC(2,1)": "icc_2_1", "ICC(3,1)": "icc_3_1", "ICC(2,k)": "icc_2_k",
            "Kendall's W": "kendall_w"}
    data: list[list[Any]] = [[*header_cells([_t("Statistic")], st),
                              *header_cells([_t("Value")], st, 0),
                              *header_cells([_t("What it measures")], st)]]
    for name, val, words in rows:
        why = rel.reasons.get(keys[name]) if val is None else None
        text = (_t("{what}. Not computed: {why}.", what=_t(words), why=engine(why)) if why
                else _t(words))
        data.append([_plain(_t(name), st["cellb"]), _num(val, 3), _plain(text, st["cell"])])
    story.append(_table(data, [45 * _MM, 17 * _MM, 112 * _MM], right_cols=(1,)))
    if rel.n_nominees is not None:
        story.append(_plain(_t("ICC and W use every score given: {nominees} nominees, {judges} "
                               "judges.", nominees=rel.n_nominees, judges=rel.n_judges),
                            st["muted"]))
    reading = list(rel.reading) or _default_reading(m)
    if reading:
        story.append(_plain(_t("Reading"), st["h2"]))
        for s in reading:
            story.append(_P(engine(s), st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))
    if m.result.judges and any(j.severity is not None or j.agreement is not None
                               for j in m.result.judges):
        story.append(_plain(_t("Judges' severity and agreement"), st["h2"]))
        story.append(_plain(_t(
            "Severity is the judge's mean offset from the panel in points (negative: stricter "
            "than the panel; positive: more generous). Agreement is the correlation of the "
            "judge's totals with the rest of the panel's."), st["body"]))
        jd: list[list[Any]] = [header_cells([_t("Judge"), _t("Status"), _t("Severity"),
                                             _t("Agreement")], st, 2)]
        for j in m.result.judges:
            sev = "—" if j.severity is None else f"{j.severity:+.2f}"
            jd.append([_P(j.name, st["cell"], limit=120),
                       _P(status_words(j.status), st["cell"], limit=40),
                       sev, _num(j.agreement, 3)])
        story.append(_table(jd, [80 * _MM, 35 * _MM, 25 * _MM, 25 * _MM], right_cols=(2, 3)))
    pc = m.result.reliability.per_criterion_alpha
    if pc:
        story.append(_plain(_t("Agreement per criterion (Krippendorff's alpha)"), st["h2"]))
        crit_keys = list(pc)
        if m.crit_order:
            big = len(m.crit_order)
            crit_keys.sort(key=lambda k: m.crit_order.get(k, big))
        cd: list[list[Any]] = [header_cells([_t("Criterion"), _t("Alpha")], st, 1)]
        extra: list[tuple[Any, ...]] = []
        from reportlab.lib import colors

        for i, k in enumerate(crit_keys, start=1):
            cd.append([_cell(m.criterion_name(k), st["cell"], 150 * _MM, limit=220),
                       _num(pc[k], 3)])
            v = pc[k]
            if v is not None and v < 0.667:
                extra.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(FLAG)))
        story.append(_table(cd, [150 * _MM, 20 * _MM], right_cols=(1,), extra=extra))
    return story


def _default_reading(m: _Model) -> list[str]:
    rel = m.result.reliability
    out: list[str] = []
    a = rel.krippendorff_alpha_interval
    if a is not None:
        if a >= 0.8:
            out.append(f"Alpha is {a:.3f}: the judges' totals agree well.")
        elif a >= 0.667:
            out.append(f"Alpha is {a:.3f}: agreement is acceptable for tentative conclusions.")
        else:
            out.append(f"Alpha is {a:.3f}: the judges' totals agree poorly; discuss the flagged "
                       "nominees before relying on close ranks.")
    w = rel.kendall_w
    if w is not None:
        out.append(f"Kendall's W is {w:.3f} "
                   f"({'strong' if w >= 0.7 else 'moderate' if w >= 0.4 else 'weak'} agreement "
                   "on the order of the nominees).")
    return out


def file_name(path: str) -> str:
    """The last part of a path written on any system ("C:\\x\\a.xlsx", "/tmp/a.xlsx": "a.xlsx"):
    a report never shows where the chair keeps the files."""
    name = re.split(r"[\\/]", str(path or "").rstrip("/\\"))[-1]
    return name or str(path or "")


# An absolute or home-relative path (POSIX, Windows drive or UNC), up to its last separator,
# where it starts a message or follows a space, quote or bracket.
# a folder part: a drive, a share, a home or the root and the folders after it; a lone "/"
# ("n-005 / c-2.1", "3 / 5") is not a path
_DIR_PREFIX = re.compile(r"""(?:(?<=^)|(?<=[\s"'(\[]))"""
                         r"(?:(?:[A-Za-z]:[\\/]|\\\\|~[\\/])(?:[^\s\\/\"'<>|]+[\\/])*"
                         r"|/(?:[^\s\\/\"'<>|]+[\\/])+)")


def strip_paths(text: str, name: str = "") -> str:
    """``text`` (a sheet's verdict message) with every folder taken out of the paths in it;
    ``name``, the file's own name, also when a folder in its path holds spaces."""
    s = str(text or "")[:4000]
    if name:
        # "/home/x/My Documents/garbage.xlsx" -> "garbage.xlsx" (the name is known)
        s = re.sub(r"""(?:(?<=^)|(?<=[\s"'(\[]))(?:[A-Za-z]:|~)?[\\/][^\n]{0,400}?[\\/]"""
                   + re.escape(name), lambda _m: name, s)
    return _DIR_PREFIX.sub("", s)


# the sheet warnings of docs/contract.md §2 (and ours), said in words in the report
WARNING_WORDS: dict[str, str] = {
    Warning_.INCOMPLETE: "some criteria not scored (missing, not zero)",
    Warning_.CONFLICT_SCORED: "scores for a conflicted nominee left out",
    Warning_.DISPLAY_ALTERED: "formatting shows values other than the signed ones (those count)",
    Warning_.SEQUENCE_CLASH: "another sheet of this judge with the same sequence and other values",
    Warning_.ROSTER_NOT_CHECKED: "roster not checked",
}


STATUS_ZH = {"valid": "有效", "tampered": "被篡改", "bad_signature": "签名无效",
             "unknown_judge": "未知评委", "wrong_panel": "评审组不符",
             "wrong_framework": "评审框架不符", "superseded": "已被取代", "unreadable": "无法读取"}


def status_words(status: str, *, spaced: bool = False) -> str:
    """A sheet's status as the report prints it: the code (``spaced``: "bad signature") in
    English, its name in Chinese."""
    if zh() and status in STATUS_ZH:
        return STATUS_ZH[status]
    return status.replace("_", " ") if spaced else status


def _panel_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    r = m.result
    valid = sum(1 for j in r.judges if j.status == "valid")
    story: list[Any] = [_plain(_t(
        "{n} score sheet received; {valid} valid and counted. Sheets that failed verification "
        "are listed with the reason and contribute nothing." if len(r.judges) == 1 else
        "{n} score sheets received; {valid} valid and counted. Sheets that failed verification "
        "are listed with the reason and contribute nothing.", n=len(r.judges), valid=valid),
        st["body"])]
    if r.judges:
        data: list[list[Any]] = [[*header_cells([_t("Judge"), _t("Status")], st),
                                  *header_cells([_t("Seq.")], st, 0),
                                  *header_cells([_t("Notes")], st)]]
        from reportlab.lib import colors

        extra: list[tuple[Any, ...]] = []
        for i, j in enumerate(r.judges, start=1):
            fname = file_name(j.file)
            notes = "; ".join(_t(WARNING_WORDS[w]) if w in WARNING_WORDS
                              else strip_paths(w, fname) for w in j.warnings)
            if j.message:
                msg = strip_paths(engine(j.message), fname)
                notes = f"{notes}; {msg}" if notes else msg
            # the file name too: two sheets of one judge must be told apart
            who = (_P(f"{j.name} ({fname})" if fname else j.name, st["cellb"], limit=220)
                   if j.name.strip() else _P(fname or "—", st["cell"], limit=150))
            data.append([who, _P(status_words(j.status), st["cell"], limit=40),
                         "" if j.sequence is None else str(j.sequence),
                         _P(notes, st["cell"], limit=600)])
            if j.status != "valid":
                extra.append(("TEXTCOLOR", (1, i), (1, i), colors.HexColor("#a61b1b")))
        story.append(_table(data, [55 * _MM, 27 * _MM, 12 * _MM, 80 * _MM], right_cols=(2,),
                            extra=extra))
    if m.panel is not None and m.panel.conflicts:
        story.append(_plain(_t("Known conflicts of interest"), st["h2"]))
        names = {j.fingerprint: j.name for j in m.panel.judges}
        nominees = {n.id: n.name for n in m.panel.nominees}
        for c in m.panel.conflicts:
            text = (f"{names.get(c.fingerprint, c.fingerprint)} — "
                    f"{nominees.get(c.nominee_id, c.nominee_id)}")
            if c.reason:
                text += f": {c.reason}"
            story.append(_P(text, st["bullet"], limit=600, raw_prefix="<bullet>•</bullet>"))
    return story


def _hash_cell(text: str, st: dict[str, Any], width: float, *, size: float = 8.5) -> Any:
    """A hash or fingerprint on one line: the largest size from ``size`` down to 6.5 pt that
    fits ``width``; failing that, in groups of eight characters (lines break only between
    groups, never leaving a lone "9f" on a line of its own)."""
    s = clean(text, limit=400)
    avail = width - 9
    sz = size
    while sz >= 6.5:
        if pdf_fonts.string_width(s, SANS, sz) <= avail:
            return _P(s, _style_copy(st["cell"], fontSize=sz, leading=sz + 2.5))
        sz -= 0.5
    grouped = " ".join(s[i:i + 8] for i in range(0, len(s), 8))
    return _P(grouped, st["tiny"])


def _verification_section(m: _Model, st: dict[str, Any], code: str,
                          result_sha256: str) -> list[Any]:
    r = m.result
    story: list[Any] = [_plain(_t(
        "Anyone holding ZeroDX Desktop can check this report against the files it was made "
        "from: each judge's sheet must have the SHA-256 below and verify against the "
        "fingerprint of the judge's key (run \"zerodx verify SHEET.xlsx\" for each); the "
        "result workbook's signed values must hash to the result hash below, so a report "
        "printed from it again with \"zerodx report\" shows the same verification code, "
        "even after the workbook was re-saved by a spreadsheet program."), st["body"])]
    facts = [
        ("Verification code", code),
        ("Result hash (SHA-256 of the signed values)",
         result_sha256 or _t("not recorded (unsigned result)")),
        ("Panel", _t("{panel} · round {round}", panel=r.panel_id, round=r.round)),
        ("Framework", f"{r.framework_id} {r.framework_version}"),
        ("Framework hash", r.framework_hash or "—"),
        ("Chair", r.chair or _t("unsigned")),
        ("Chair key fingerprint", r.chair_fingerprint or "—"),
        ("Generated", r.generated_at or "—"),
    ]
    hashes = {"Result hash (SHA-256 of the signed values)", "Framework hash",
              "Chair key fingerprint"}
    value_w = 129 * _MM
    data = [[_plain(_t(k), st["cellb"]),
             _hash_cell(v, st, value_w) if k in hashes else _P(v, st["cell"], limit=400)]
            for k, v in facts]
    story.append(_table(data, [45 * _MM, value_w], header_rows=0, zebra=False))
    if r.judges:
        from reportlab.lib import colors

        story.append(_plain(_t("Judges' sheets"), st["h2"]))
        valid = sum(1 for j in r.judges if j.status == "valid")
        story.append(_plain(_t(
            "Only sheets with the status \"valid\" count towards the result ({valid} of "
            "{total}); the others are listed so that every file received is accounted for, and "
            "contribute nothing.", valid=valid, total=len(r.judges)), st["small"]))
        jd: list[list[Any]] = [header_cells([_t("Judge / file"), _t("Status"),
                                             _t("Key fingerprint and sheet SHA-256")], st)]
        jextra: list[tuple[Any, ...]] = []
        for i, j in enumerate(r.judges, start=1):
            counted = j.status == "valid"
            jd.append([
                [_P(j.name or "—", st["cellb"], limit=150),
                 _P(file_name(j.file), st["tiny"], limit=200)],
                [_P(status_words(j.status, spaced=True),
                    st["cellb"] if not counted else st["cell"], limit=40),
                 _plain(_t("counted") if counted else _t("not counted"), st["tiny"])],
                [_hash_cell(j.fingerprint or "—", st, 100 * _MM, size=7),
                 _hash_cell(j.sha256 or "—", st, 100 * _MM, size=7)],
            ])
            if not counted:
                jextra.append(("BACKGROUND", (1, i), (1, i), colors.HexColor(FLAG)))
        story.append(_table(jd, [50 * _MM, 24 * _MM, 100 * _MM], extra=jextra, zebra=False))
    if r.inputs:
        story.append(_plain(_t("Input files"), st["h2"]))
        idata: list[list[Any]] = [header_cells([_t("File"), "SHA-256"], st)]
        for name, sha in r.inputs:
            idata.append([_P(file_name(name), st["cell"], limit=200),
                          _hash_cell(sha, st, 114 * _MM, size=7)])
        story.append(_table(idata, [60 * _MM, 114 * _MM]))
    story.append(_plain(_t(
        "The verification code is \"ZDX-\" followed by the first eight hexadecimal digits of "
        "the result hash, in two groups of four."), st["muted"]))
    return story


def _certificate_flowable(row: RankingRow, result: PanelResult, code: str,
                          n_total: int, template: CertificateTemplate | None = None,
                          category: str = "") -> Any:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class Certificate(Flowable):  # type: ignore[misc]
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width, self.height = aw, ah - 1
            return (self.width, self.height)

        def draw(self) -> None:
            c = self.canv
            w, h = self.width, self.height
            accent = colors.HexColor(ACCENT)
            gold = colors.HexColor("#b8860b")
            lang = current_language()
            c.saveState()
            if template is not None and template.layout == "modern":
                c.setFillColor(accent)
                c.rect(0, 0, 14, h, stroke=0, fill=1)
                c.setStrokeColor(accent)
                c.setLineWidth(0.8)
                c.line(30, h - 22, w - 22, h - 22)
                c.line(30, 22, w - 22, 22)
            else:
                c.setStrokeColor(accent)
                c.setLineWidth(3)
                c.rect(0, 0, w, h)
                c.setStrokeColor(gold)
                c.setLineWidth(0.8)
                c.rect(8, 8, w - 16, h - 16)
            c.restoreState()

            def wording(key: str, default: str) -> str:
                mine = template.text(key, lang) if template is not None else None
                return mine or default

            def paragraph(text: str, size: float, font: str = SANS, color: str = "#1d232a",
                          trusted: bool = False, limit: int | None = 300) -> Any:
                style = ParagraphStyle("c", fontName=font, fontSize=size,
                                       leading=size * 1.25, alignment=TA_CENTER,
                                       textColor=colors.HexColor(color), splitLongWords=1,
                                       wordWrap=wrap_mode())
                if trusted:
                    body = text
                else:
                    s = clean(text, limit=limit)
                    body = (pdf_fonts.markup_wrapped(s, primary=font, size=size,
                                                     width=w - 120.5)
                            if pdf_fonts.has_rtl(s) else markup(s, primary=font))
                return Paragraph(body, style)

            def put(p: Any, y_top: float) -> float:
                _pw, ph = p.wrap(w - 120, h)
                p.drawOn(c, 60, y_top - ph)
                return float(ph)

            def para(text: str, size: float, font: str = SANS, color: str = "#1d232a",
                     y_top: float = 0) -> float:
                return put(paragraph(text, size, font, color), y_top)

            y = h - 75
            if template is not None and template.logo:
                from reportlab.lib.utils import ImageReader

                lw, lh = template.logo_size
                logo_h = 46.0
                logo_w = min(w / 3, logo_h * lw / max(lh, 1))
                logo_h = logo_w * lh / max(lw, 1)
                c.drawImage(ImageReader(io.BytesIO(template.logo)), (w - logo_w) / 2,
                            h - 28 - logo_h, logo_w, logo_h, mask="auto")
                y = h - 40 - logo_h
            y -= para(result.panel_title or result.panel_id, 15, color=ACCENT, y_top=y) + 20
            y -= para(wording("title", _t("CERTIFICATE OF EXCELLENCE")), 30, font=SANS_BOLD,
                      color=ACCENT, y_top=y) + 18
            y -= para(wording("award_line", _t("is awarded to")), 13, color=MUTED,
                      y_top=y) + 14
            nth = _ordinal(row.rank) if current_language() == ENGLISH else str(row.rank)
            place = paragraph(_t("{place} place (tied)" if row.tied else "{place} place",
                                place=nth) + (f" · {category}" if category else ""),
                              20, font=SANS_BOLD, color="#8a6d0b")
            facts = paragraph(_t("Score {score} of 100 · {n} nominees · round {round} · {date}",
                                score=_num(row.score), n=n_total, round=result.round,
                                date=_report_date(result)), 11, color=MUTED)
            below = place.wrap(w - 120, h)[1] + 8 + facts.wrap(w - 120, h)[1]
            # the name's box: down to the signature captions, less what follows the name
            box = y - 18 - below - 92
            # a lower bound of the name's width at 1 pt (joined Arabic forms can be a little
            # narrower than the letters measured here): sizes it surely does not fit at are
            # skipped without laying the name out
            per_pt = 0.8 * pdf_fonts.string_width(clean(row.nominee), SANS_BOLD, 1.0)
            sizes = certificate_name_sizes()
            line_w = w - 120
            for i, size in enumerate(sizes):
                at_least = max(1, math.ceil(per_pt * size / line_w))
                if i + 1 < len(sizes) and (
                        (at_least > 2 and size > CERT_NAME_FLOOR)
                        or at_least * size * 1.25 > box):
                    continue
                name = paragraph(row.nominee, size, font=SANS_BOLD, limit=None)
                nh = name.wrap(w - 120, h)[1]
                lines = round(nh / (size * 1.25))
                if nh <= box and (lines <= 2 or size <= CERT_NAME_FLOOR):
                    break
            y -= put(name, y) + 18
            y -= put(place, y) + 8
            put(facts, y)
            # signature lines
            c.saveState()
            c.setStrokeColor(colors.HexColor(MUTED))
            c.setLineWidth(0.6)
            for x0 in (90, w - 290):
                c.line(x0, 75, x0 + 200, 75)
            c.setFillColor(colors.HexColor(MUTED))
            for x_mid, label in signature_labels(result, template):
                x = x_mid if x_mid > 0 else w + x_mid
                pdf_fonts.draw_string(c, x, 62, pdf_fonts.fit(label, SANS, 9, 230), size=9,
                                      align="center")
            pdf_fonts.draw_string(c, w / 2, 30, _t("Verification code {code}", code=code),
                                  font=SANS_BOLD, size=8, align="center")
            c.restoreState()

    return Certificate()


CERT_NAME_FLOOR = 16.0  # the smallest size a name is set at before it wraps onto 3+ lines


def certificate_name_sizes() -> list[float]:
    """The sizes tried for a name on a certificate, largest first: down to the floor while
    the name needs more than two lines, then below it only when even wrapped onto every
    line the box holds it would not fit (a name is never cut)."""
    return [34.0 - 2 * i for i in range(int((34 - CERT_NAME_FLOOR) / 2) + 1)] + [
        CERT_NAME_FLOOR - 1.5 * i for i in range(1, 9)]


def signature_labels(result: PanelResult, template: CertificateTemplate | None = None
                     ) -> list[tuple[float, str]]:
    """The captions under a certificate's two signature lines, with the x of each line's
    middle (negative: from the right edge): the chair who signed the result, by name, and
    the organizer (in the template's wording when it has one)."""
    chair = clean(result.chair, limit=60)
    lang = current_language()
    chair_line = template.text("chair_line", lang) if template is not None else None
    organizer = template.text("organizer_line", lang) if template is not None else None
    if chair_line:
        first = _t("{line}: {name}", line=chair_line, name=chair) if chair else chair_line
    else:
        first = (_t("Chair of the panel: {name}", name=chair) if chair
                 else _t("Chair of the panel"))
    return [(190.0, first), (-190.0, organizer or _t("Organizer"))]


def _winners(result: PanelResult, top_n: int) -> list[RankingRow]:
    """Rows ranked ``top_n`` or better (a tie at the edge brings in every tied nominee), in
    the order the meeting's decision gives (its nominee first)."""
    decision = next((d for d in result.decisions if d.category == "overall"), None)
    rows = sorted(decided_ranking(result.ranking, decision), key=lambda r: r.rank)
    return [r for r in rows if r.rank <= top_n and r.score is not None]


def _category_rankings(result: PanelResult) -> list[Any]:
    """The result's award categories (id, title, rows ranked within the category, in the
    order the meeting's decision for that category gives); [] without categories."""
    from zerodx_desktop.core.programme import CategoryRanking

    by_id = result.category_rankings()
    if set(by_id) == {OVERALL}:
        return []
    titles = result.category_titles()
    decided = {d.category: d for d in result.decisions}
    return [CategoryRanking(cid, titles.get(cid, cid),
                            tuple(sorted(decided_ranking(rows, decided.get(cid)),
                                         key=lambda r: r.rank)))
            for cid, rows in by_id.items()]


def _certificate_rows(result: PanelResult, top_n: int) -> list[tuple[RankingRow, int, str]]:
    """(row, nominees it was ranked among, category title) per certificate: the top
    ``top_n`` of each award category when the panel has categories, else of the panel."""
    cats = _category_rankings(result)
    if not cats:
        return [(r, len(result.ranking), "") for r in _winners(result, top_n)]
    return [(r, len(c.rows), c.title) for c in cats for r in c.rows
            if r.rank <= top_n and r.score is not None]


def _categories_section(m: _Model, st: dict[str, Any]) -> list[Any]:
    story: list[Any] = [_plain(_t(
        "Each award category is ranked on its own: the nominees of the category in the order "
        "of the official ranking, ranked again within it. \"=\" marks a tie."), st["body"])]
    for cat in _category_rankings(m.result):
        story.append(_P(cat.title, st["h2"], limit=300))
        top = [r for r in cat.rows if r.rank == 1 and r.score is not None]
        if top:
            names = _t(" and ").join(r.nominee for r in top)
            story.append(_P(_t("Winner: {names} (tied)", names=names) if len(top) > 1
                            else _t("Winner: {names}", names=names), st["body"], limit=600))
        data: list[list[Any]] = [header_cells([_t("Rank"), _t("Nominee"), _t("Score"),
                                               _t("Judges"), _t("SD"), _t("First"),
                                               _t("Ranks (90%)")], st, 2)]
        for r in cat.rows:
            iv = r.rank_interval
            data.append([rank_label(r) if r.score is not None else "—",
                         _P(r.nominee, st["cellb"], limit=160), _num(r.score), str(r.judges),
                         _num(r.sd),
                         "—" if r.p_first is None else f"{100 * r.p_first:.0f}%",
                         "—" if iv is None else (str(iv[0]) if iv[0] == iv[1]
                                                  else f"{iv[0]}–{iv[1]}")])
        story.append(_table(data, [13 * _MM, 70 * _MM, 18 * _MM, 16 * _MM, 16 * _MM,
                                   17 * _MM, 24 * _MM], right_cols=range(2, 7)))
        own = m.result.category_stats.get(cat.id)
        if own is not None:
            story.append(_plain(_category_reliability_text(own), st["muted"]))
    return story


def _category_reliability_text(own: Any) -> str:
    """One sentence on a category's own uncertainty and reliability (each missing figure
    with its reason)."""
    rel = own.reliability
    parts = []
    for label, key, value in (("ICC(2,1)", "icc_2_1", rel.icc_2_1),
                              ("ICC(2,k)", "icc_2_k", rel.icc_2_k),
                              ("Krippendorff's alpha", "krippendorff_alpha_interval",
                               rel.krippendorff_alpha_interval),
                              ("Kendall's W", "kendall_w", rel.kendall_w)):
        parts.append(f"{label} {value:.2f}" if value is not None
                     else f"{label} not computed ({rel.reasons.get(key, 'too little data')})")
    text = ("Within this category (its own bootstrap over judges, same method and seed; "
            "\"First\" and \"Ranks (90%)\" are among its nominees): " + "; ".join(parts) + ".")
    if own.bootstrap_note:
        text += f" How sure the category's ranking is could not be estimated: " \
                f"{own.bootstrap_note}."
    return text


certificate_rows = _certificate_rows  # the services' name: who gets a certificate


def _templates(doc: Any, with_landscape: bool) -> list[Any]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Frame, PageTemplate

    pw, ph = A4
    frame = Frame(18 * _MM, 16 * _MM, pw - 36 * _MM, ph - 34 * _MM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    out = [PageTemplate(id="portrait", frames=[frame], pagesize=A4)]
    if with_landscape:
        lw, lh = landscape(A4)
        lframe = Frame(14 * _MM, 16 * _MM, lw - 28 * _MM, lh - 30 * _MM, id="cert",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        out.append(PageTemplate(id="landscape", frames=[lframe], pagesize=landscape(A4)))
    return out


def _new_doc(fh: Any, ctx: _Ctx, *, title: str, subject: str, landscape_first: bool = False,
             with_landscape: bool = False) -> Any:
    from reportlab.lib.pagesizes import A4, landscape

    doc_cls = _doc_class(ctx)
    doc = doc_cls(fh, pagesize=landscape(A4) if landscape_first else A4, title=title,
                  author="ZeroDX Desktop", subject=subject, creator="ZeroDX Desktop",
                  producer="ZeroDX Desktop (reportlab)", lang=doc_lang(),
                  initialFontName=SANS, initialFontSize=9, initialLeading=11)
    templates = _templates(doc, with_landscape or landscape_first)
    if landscape_first:
        templates.reverse()
    doc.addPageTemplates(templates)
    return doc


def _panel_of(result: PanelResult, framework: Framework | None
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


def write_report(path: Path, result: PanelResult, *, include_comments: bool = False,
                 certificates: int = 0, result_sha256: str = "",
                 progress: Progress | None = None, framework: Framework | None = None,
                 panel: Panel | None = None, draft: bool = False, lang: str = ENGLISH,
                 template: CertificateTemplate | None = None) -> None:
    """Write the final report PDF (atomically); ``draft`` watermarks every page
    (``services.reports`` decides: a result that is not valid for a pinned panel).

    ``framework`` and ``panel`` are optional: with them the report shows criterion questions,
    weights and countries; without them, those the result carries (``result.panel_doc``), else
    ids. ``lang``: ``en`` or ``zh_CN`` (``formats.pdf_i18n``).
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
        panel, framework = _panel_of(result, framework)
    pdf_fonts.register_fonts()
    st = _styles()
    code = verification_code(result, result_sha256)
    m = _Model.build(result, framework, panel)
    kind = _t("draft report" if draft else "final report")
    label = clean(f"{result.panel_title or result.panel_id} — {kind}", limit=120)
    n = len(m.ranking)
    ctx = _Ctx(code=code, label=label, progress=progress, progress_total=n + 2, draft=draft)
    fl = _flowables()
    anchor, toc_line = fl["Anchor"], fl["TocLine"]

    sections: list[tuple[str, str, Callable[[], list[Any]]]] = [
        ("awards", _t("Awards and decisions"), lambda: _awards_section(m, st)),
        ("method", _t("Method and weights"), lambda: _method_section(m, st)),
        ("ranking", _t("Ranking"), lambda: _ranking_section(m, st)),
    ]
    if _category_rankings(result):
        sections.append(("categories", "Award categories", lambda: _categories_section(m, st)))
    if _has_uncertainty(result):
        sections.append(("uncertainty", _t("How sure is the ranking"),
                         lambda: _uncertainty_section(m, st)))
    if result.by_method:
        sections.append(("comparison", _t("Method comparison"),
                         lambda: _comparison_section(m, st)))
    sections.append(("nominees", _t("Nominees"), list))
    tail: list[tuple[str, str, Callable[[], list[Any]]]] = [
        ("reliability", _t("Reliability"), lambda: _reliability_section(m, st)),
        ("panel", _t("Panel composition"), lambda: _panel_section(m, st)),
        ("verification", _t("Verification appendix"),
         lambda: _verification_section(m, st, code, result_sha256)),
    ]
    winners = _certificate_rows(result, certificates) if certificates > 0 else []
    if winners:
        tail.append(("certificates", _t("Winner certificates"), list))

    story: list[Any] = _cover(m, st, code, _is_sample(result, framework), draft)
    story.append(PageBreak())
    story.append(anchor("contents", _t("Contents"), 0))
    story.append(_plain(_t("Contents"), st["h1"]))
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
                story.extend(_nominee_section(m, st, row, n, include_comments))
            continue
        story.append(anchor(key, title, 0))
        story.append(_plain(title, st["h1"]))
        story.extend(fn())
    for key, title, fn in tail:
        if key == "certificates":
            story.append(NextPageTemplate("landscape"))
            story.append(PageBreak())
            story.append(anchor(key, title, 0))
            for i, (row, among, category) in enumerate(winners):
                if i:
                    story.append(PageBreak())
                story.append(_certificate_flowable(row, result, code, among, template,
                                                   category))
            continue
        story.append(PageBreak())
        story.append(anchor(key, title, 0))
        story.append(_plain(title, st["h1"]))
        story.extend(fn())
    ctx.tick()  # the story is ready

    title = clean(f"{result.panel_title or result.panel_id} — {kind}", limit=300)
    subject = clean(f"Panel {result.panel_id}, round {result.round}; verification code {code}",
                    limit=300)
    with atomic_writer(path) as fh:
        doc = _new_doc(fh, ctx, title=title, subject=subject, with_landscape=bool(winners))
        doc.build(story, canvasmaker=_canvas_class(ctx))
    ctx.tick()


def write_certificates(path: Path, result: PanelResult, top_n: int, *,
                       result_sha256: str = "", draft: bool = False,
                       lang: str = ENGLISH, template: CertificateTemplate | None = None) -> None:
    """Write winner certificates: A4 landscape, one page per nominee ranked ``top_n`` or
    better (ties at the edge included; nominees without a score never get one), in
    ``lang``."""
    with printing_in(lang):
        _write_certificates(path, result, top_n, result_sha256=result_sha256, draft=draft,
                            template=template)


def _write_certificates(path: Path, result: PanelResult, top_n: int, *,
                        result_sha256: str, draft: bool,
                        template: CertificateTemplate | None = None) -> None:
    from reportlab.platypus import PageBreak

    pdf_fonts.register_fonts()
    code = verification_code(result, result_sha256)
    winners = _certificate_rows(result, top_n)
    if not winners:
        from zerodx_desktop.core.errors import UserError

        raise UserError("there is no ranked nominee to print a certificate for",
                        where="certificates", hint="Merge at least one valid score sheet first.")
    ctx = _Ctx(code=code, label=clean(result.panel_title, limit=100), numbered=False)
    story: list[Any] = []
    for i, (row, among, category) in enumerate(winners):
        if i:
            story.append(PageBreak())
        story.append(_certificate_flowable(row, result, code, among, template, category))
    ctx.footer_note = "Verification code"
    title = clean(f"{result.panel_title or result.panel_id} — certificates", limit=300)
    with atomic_writer(path) as fh:
        doc = _new_doc(fh, ctx, title=title, subject=f"Winner certificates; verification "
                       f"code {code}", landscape_first=True)
        doc.build(story, canvasmaker=_plain_canvas_class(draft))


def _plain_canvas_class(draft: bool = False) -> type:
    from reportlab.pdfgen.canvas import Canvas

    # why the ignore below: reportlab has no type stubs: its classes are Any
    class NoFooterCanvas(Canvas):  # type: ignore[misc]
        def zdx_defer(self, fn: Callable[[Any], None]) -> None:
            pass

        def showPage(self) -> None:
            if draft:
                draw_draft_mark(self)
            Canvas.showPage(self)

    return NoFooterCanvas


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

    pdf_fonts.register_fonts()
    st = _styles()
    heading_k = _style_copy(st["h2"], keepWithNext=1)
    label_k = _style_copy(st["cellb"], keepWithNext=1)
    need_comment = framework.require_comment_for
    ctx = _Ctx(code=clean(content.fingerprint, limit=60) or "—",
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
        _P(f"Score card — {content.judge_name}", st["h1"], limit=300),
        _P(f"{content.panel_title or content.panel_id} · round {content.round}", st["lead"],
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
    story.append(_table([[_plain(k, st["cellb"]), _P(v, st["cell"], limit=400)]
                         for k, v in facts], [38 * _MM, 136 * _MM], header_rows=0,
                        zebra=False))
    if framework.sample:
        story.append(_plain("Sample framework (not an official questionnaire).", st["muted"]))

    for idx, (nid, name) in enumerate(nominees):
        story.append(PageBreak() if idx else _plain(" ", st["small"]))
        story.append(_P(name, st["h2"], limit=300))
        if nid in conflicts:
            story.append(_P(f"Conflict of interest declared: {conflicts[nid]}", st["notice"],
                            limit=2000))
            continue
        rows = by_nominee.get(nid, {})
        data: list[list[Any]] = [[_P("Criterion", st["head"]), "Level", _P("Label",
                                                                            st["head"])]]
        notes: list[tuple[str, str]] = []
        extra: list[tuple[Any, ...]] = []
        missing = 0
        for i, c in enumerate(crits, start=1):
            got = rows.get(c.id)
            lvl = got.level if got is not None else None
            label = _P(levels.get(lvl, "") if lvl is not None else "not scored", st["cell"],
                       limit=80)
            if needs_comment(lvl, got.comment if got is not None else None, need_comment):
                missing += 1
                label = [label, _plain(MISSING_COMMENT, _style_copy(
                    st["tiny"], fontName=SANS_BOLD, textColor=colors.HexColor(RED)))]
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(FLAG)))
                extra.append(("LINEBEFORE", (0, i), (0, i), 2.5, colors.HexColor(RED)))
            data.append([_P(str(c.question) or c.id, st["cell"], limit=300),
                         "—" if lvl is None else str(lvl), label])
            if lvl is None:
                extra.append(("TEXTCOLOR", (1, i), (1, i), colors.HexColor(RED)))
            if got is not None and got.comment:
                notes.append((str(c.question) or c.id, got.comment))
        story.append(_table(data, [128 * _MM, 14 * _MM, 32 * _MM], right_cols=(1,),
                            extra=extra))
        if missing:
            vals = [str(v) for v in sorted(need_comment)]
            lv = vals[0] if len(vals) == 1 else ", ".join(vals[:-1]) + " or " + vals[-1]
            story.append(_plain(
                f"{missing} score{'s' if missing != 1 else ''} at level {lv} "
                f"need{'' if missing != 1 else 's'} a comment that says why, and "
                f"{'have' if missing != 1 else 'has'} none (highlighted).",
                _style_copy(st["notice"], spaceBefore=10, spaceAfter=6)))
        if notes:
            story.append(CondPageBreak(40 * _MM))
            story.append(_plain("Comments", heading_k))
            for q, text in notes:
                story.append(_P(q, label_k, limit=300))
                story.append(_P(text, st["quote"], raw_prefix="<bullet>–</bullet>"))
    orphans = [dc for dc in content.conflicts if dc.nominee_id not in known]
    if orphans:  # conflicts for nominees this panel does not list
        story.append(_plain("Other conflicts declared", st["h2"]))
        for dc in orphans:
            story.append(_P(f"{dc.nominee_id}: {dc.reason}", st["bullet"], limit=2000,
                            raw_prefix="<bullet>•</bullet>"))

    title = clean(f"Score card — {content.judge_name} — {content.panel_title}", limit=300)
    with atomic_writer(path) as fh:
        doc = _new_doc(fh, ctx, title=title, subject=clean(
            f"Panel {content.panel_id}, round {content.round}, "
            + (f"sheet {content.sequence}" if content.sequence else "working copy"),
            limit=300))
        doc.build(story, canvasmaker=_canvas_class(ctx))
