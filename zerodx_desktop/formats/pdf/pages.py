"""Page machinery: deferred pages with footers ("Page N of M" and the verification code),
late table-of-contents page numbers and bookmarks, the draft watermark, page templates.

Pages are kept until the end, then each gets its footer, its table-of-contents page numbers
and its bookmarks: the build stays linear in the number of nominees (no multiBuild passes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, clean
from zerodx_desktop.formats.pdf.i18n import doc_lang
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import GRID, MM, MUTED

Progress = Callable[[int, int], None]


@dataclass
class PageContext:
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


def canvas_class(ctx: PageContext) -> type:
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
            m = 15 * MM
            self.saveState()
            self.setStrokeColor(colors.HexColor(GRID))
            self.setLineWidth(0.5)
            self.line(m, 12 * MM, w - m, 12 * MM)
            self.setFillColor(colors.HexColor(MUTED))
            for x, y, text, font, align in footer_layout(
                    ctx.label, f"{_t(ctx.footer_note)}: {ctx.code}",
                    _t("Page {page} of {total}", page=page, total=total) if ctx.numbered
                    else "", w, m):
                fonts.draw_string(self, x, y, text, font=font, size=FOOTER_SIZE,
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
    fonts.draw_string(canvas, 0, -18, DRAFT_MARK, font=SANS_BOLD, size=48 if h > w else 60,
                          align="center")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#b00020"))
    fonts.draw_string(canvas, w / 2, 14 * MM, DRAFT_MARK + " — not a final report",
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
    lw = fonts.string_width(label, SANS, size)
    nw = fonts.string_width(note, SANS_BOLD, size)
    pw = fonts.string_width(page, SANS, size) if page else 0.0
    left, right, mid = margin, page_width - margin, page_width / 2
    out: list[tuple[float, float, str, str, str]] = []
    room_left = mid - nw / 2 - gap - left
    room_right = right - (mid + nw / 2) - gap
    if room_right >= pw and room_left >= min(lw, 45 * MM):
        y = 8 * MM
        out.append((left, y, fonts.fit(label, SANS, size, room_left), SANS, "left"))
        out.append((mid, y, note, SANS_BOLD, "center"))
    else:
        y, y2 = 8.6 * MM, 5.2 * MM
        room = right - left - (pw + gap if page else 0.0)
        out.append((left, y, fonts.fit(label, SANS, size, room), SANS, "left"))
        out.append((mid, y2, fonts.fit(note, SANS_BOLD, size, right - left), SANS_BOLD,
                    "center"))
    if page:
        out.append((right, out[0][1], page, SANS, "right"))
    return out


def flowables() -> dict[str, Any]:
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

        def __init__(self, ctx: PageContext, text: str, key: str, level: int = 0) -> None:
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
            text = fonts.fit(self.text, font, self.size, self.width - indent - 60)
            tw = fonts.draw_string(c, indent, y, text, font=font, size=self.size)
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
                fonts.draw_string(canvas, ax, ay, str(page), font=font_, size=size,
                                      align="right")
                canvas.linkRect("", key, (x0, y0, ax, y0 + self.height - 2), relative=0,
                                thickness=0)

            c.zdx_defer(late)

    return {"Anchor": Anchor, "TocLine": TocLine}


def _doc_class(ctx: PageContext) -> type:
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


def _templates(doc: Any, with_landscape: bool) -> list[Any]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Frame, PageTemplate

    pw, ph = A4
    frame = Frame(18 * MM, 16 * MM, pw - 36 * MM, ph - 34 * MM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    out = [PageTemplate(id="portrait", frames=[frame], pagesize=A4)]
    if with_landscape:
        lw, lh = landscape(A4)
        lframe = Frame(14 * MM, 16 * MM, lw - 28 * MM, lh - 30 * MM, id="cert",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        out.append(PageTemplate(id="landscape", frames=[lframe], pagesize=landscape(A4)))
    return out


def new_doc(fh: Any, ctx: PageContext, *, title: str, subject: str, landscape_first: bool = False,
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


def plain_canvas_class(draft: bool = False) -> type:
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
