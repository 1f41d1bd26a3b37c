"""Paragraph styles, colours, escaped paragraphs (right-to-left text too) and tables.

Every piece of text that comes from a result, a panel or a sheet is untrusted: it goes
through ``fonts.markup`` (controls removed, XML-escaped, fallback fonts) before it reaches a
Paragraph (:func:`para`), so no name or comment can become markup."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, clean, markup
from zerodx_desktop.formats.pdf.i18n import ENGLISH, wrap_mode
from zerodx_desktop.formats.pdf.i18n import current as current_language

MM = 72 / 25.4
ACCENT = "#1f4e79"
ACCENT_LIGHT = "#dce6f2"
FLAG = "#fff1c2"
GRID = "#b7c3d0"
MUTED = "#5b6770"
RED = "#a61b1b"


def styles() -> dict[str, Any]:
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


def para(text: object, style: Any, *, limit: int | None = None, primary: str | None = None,
       raw_prefix: str = "") -> Any:
    """A Paragraph of untrusted ``text`` (``raw_prefix`` is trusted markup we wrote).

    Text with right-to-left letters is broken into lines by ``fonts.wrap_visual`` (in
    logical order, each line then reordered) once the available width is known; a paragraph
    that reads right to left is right-aligned."""
    from reportlab.platypus import Paragraph

    font = primary or style.fontName
    if font not in (SANS, SANS_BOLD):
        font = SANS
    s = clean(text, limit=limit)
    if fonts.has_rtl(s):
        return _bidi_class()(s, style, font, raw_prefix)
    return Paragraph(raw_prefix + markup(s, primary=font), style)


_BULLET = re.compile(r"<bullet>.*?</bullet>", re.S)
_TAG = re.compile(r"<[^>]*>")


def _prefix_width(raw_prefix: str, size: float) -> float:
    """Width of the inline part of trusted prefix markup (bullets sit in the indent)."""
    from xml.sax.saxutils import unescape

    plain = unescape(_TAG.sub("", _BULLET.sub("", raw_prefix)), {"&nbsp;": " "})
    return fonts.string_width(plain, SANS_BOLD, size) if plain else 0.0


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
            self.rtl = fonts.rtl_paragraph(text)
            self._para: Any = None
            self._aw = -1.0

        def _build(self, aw: float) -> Any:
            if self._para is None or abs(aw - self._aw) > 0.01:
                st = self.style
                width = max(1.0, aw - st.leftIndent - st.rightIndent) - 0.5
                inline = _prefix_width(self.raw_prefix, st.fontSize)
                first = max(1.0, width - st.firstLineIndent - inline)
                body = fonts.markup_wrapped(self.text, primary=self.font,
                                                size=st.fontSize, width=width,
                                                first_width=first)
                if self.rtl and not inline and st.alignment == TA_LEFT:
                    st = style_copy(st, alignment=TA_RIGHT)
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


def fit_cell(text: object, style: Any, width: float, *, limit: int | None = None) -> Any:
    """A table cell: a plain string when it fits on one line in the regular face (much
    cheaper to lay out), else a wrapping Paragraph. Either way the text is never markup."""
    s = clean(text, limit=limit)
    if ("\n" not in s and style.fontName == SANS
            and not set(map(ord, s)) - fonts.register_fonts().coverage[SANS]
            and fonts.visual(s) == s):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if stringWidth(s, SANS, style.fontSize) <= width - 9:
            return s
    return para(s, style)


def table(data: list[list[Any]], widths: list[float], *, header_rows: int = 1,
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


def style_copy(style: Any, **kw: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "+", parent=style, **kw)


def header_cells(head: list[str], st: dict[str, Any], right_from: int = 99) -> list[Any]:
    """A table's header row: plain strings in English (the table's own font), paragraphs
    in Chinese (the CJK fallback font; a plain cell cannot fall back)."""
    if current_language() == ENGLISH:
        return list(head)
    return [para(h, st["headr"] if i >= right_from else st["head"]) for i, h in enumerate(head)]


def own_para(text: str, style: Any) -> Any:
    """A Paragraph of our own (trusted, plain) text, still escaped."""
    return para(text, style)


def hash_cell(text: str, st: dict[str, Any], width: float, *, size: float = 8.5) -> Any:
    """A hash or fingerprint on one line: the largest size from ``size`` down to 6.5 pt that
    fits ``width``; failing that, in groups of eight characters (lines break only between
    groups, never leaving a lone "9f" on a line of its own)."""
    s = clean(text, limit=400)
    avail = width - 9
    sz = size
    while sz >= 6.5:
        if fonts.string_width(s, SANS, sz) <= avail:
            return para(s, style_copy(st["cell"], fontSize=sz, leading=sz + 2.5))
        sz -= 0.5
    grouped = " ".join(s[i:i + 8] for i in range(0, len(s), 8))
    return para(grouped, st["tiny"])
