"""Embedded TrueType fonts for every PDF the app writes, and per-character font fallback.

Reportlab's base-14 fonts are not embedded and cover Latin-1 only, so every PDF uses
TrueType fonts shipped in ``resources/fonts`` (DejaVu Sans for Latin, Greek, Cyrillic,
Arabic letters and many symbols; WenQuanYi Micro Hei for Chinese, Japanese and Korean).
Reportlab does no fallback by itself: ``runs`` splits a text into pieces that one font can
draw, and ``markup`` turns untrusted text into safe Paragraph markup built from those runs.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.paths import fonts_dir

SANS = "ZDX-Sans"
SANS_BOLD = "ZDX-Sans-Bold"
CJK = "ZDX-CJK"
# The CJK face has no bold: this second registration of it is drawn "fake bold" (filled and
# stroked in the text colour, see _install_fake_bold), so that a bold heading is bold in
# every script it mixes.
CJK_BOLD = "ZDX-CJK-Bold"
FAKE_BOLD_STROKE = 0.04  # stroke width as a fraction of the font size

# (registered name, file name in resources/fonts, subfont index). The fonts come from the
# installed package only, never from the system: every platform prints the same glyphs.
_FONT_FILES: tuple[tuple[str, str, int], ...] = (
    (SANS, "DejaVuSans.ttf", 0),
    (SANS_BOLD, "DejaVuSans-Bold.ttf", 0),
    (CJK, "wqy-microhei.ttc", 0),
    (CJK_BOLD, "wqy-microhei.ttc", 0),
)

# Characters that must never reach a PDF: C0/C1 controls (except tab and newline), lone
# surrogates, non-characters, and bidi embedding/override controls (reportlab does not
# apply them, and they are the classic way to make printed text read differently).
_BAD_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069]"
)

# Right-to-left scripts. Reportlab lays text out left to right and shapes nothing: ``visual``
# gives Arabic letters their joined forms (arabic-reshaper; DejaVu Sans has every form), then
# orders each line as the Unicode bidi algorithm does (python-bidi resolves the levels, with
# paired brackets and numbers) and mirrors brackets that end up right to left.
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")

_lock = threading.Lock()
_registered: dict[str, Path] = {}


@dataclass(frozen=True)
class FontSet:
    """The registered font names and the code points each one can draw."""

    sans: str
    bold: str
    cjk: str
    coverage: dict[str, frozenset[int]]
    cjk_bold: str = CJK_BOLD

    def font_for(self, ch: str, primary: str) -> str:
        cp = ord(ch)
        if cp in self.coverage[primary] or ch in "\n\t ":
            return primary
        if cp in self.coverage[self.cjk]:
            return self.cjk_bold if primary in (self.bold, self.cjk_bold) else self.cjk
        # Bold face lacks the glyph: the regular face may have it.
        if primary == self.bold and cp in self.coverage[self.sans]:
            return self.sans
        return primary


_fontset: FontSet | None = None


def font_dirs() -> list[Path]:
    """Folders fonts may be read from; tests check nothing else opens."""
    return [fonts_dir()]


def _locate(file_name: str) -> Path:
    shipped = fonts_dir() / file_name
    if shipped.is_file():
        return shipped
    raise UserError(f"the font {file_name} is missing", where=str(shipped),
                    hint="Reinstall ZeroDX Desktop; its fonts folder is incomplete.")


def register_fonts() -> FontSet:
    """Register the embedded fonts with reportlab (once per process) and return them."""
    global _fontset
    with _lock:
        if _fontset is not None:
            return _fontset
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        coverage: dict[str, frozenset[int]] = {}
        for name, file_name, index in _FONT_FILES:
            path = _locate(file_name)
            try:
                font = TTFont(name, str(path), subfontIndex=index)
            except Exception as exc:  # a damaged font file: a user-facing install problem
                raise UserError(f"the font {file_name} cannot be read ({exc})",
                                where=str(path),
                                hint="Reinstall ZeroDX Desktop.") from exc
            pdfmetrics.registerFont(font)
            coverage[name] = frozenset(font.face.charToGlyph)
            _registered[name] = path
        # <b> inside a paragraph switches to the bold face; CJK has no bold face.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(SANS_BOLD, 0, 0, SANS_BOLD)
        addMapping(SANS_BOLD, 1, 0, SANS_BOLD)
        addMapping(SANS_BOLD, 0, 1, SANS_BOLD)
        addMapping(SANS_BOLD, 1, 1, SANS_BOLD)
        for i in (0, 1):
            addMapping(CJK, 0, i, CJK)
            addMapping(CJK, 1, i, CJK_BOLD)
            addMapping(CJK_BOLD, 0, i, CJK_BOLD)
            addMapping(CJK_BOLD, 1, i, CJK_BOLD)
        _install_fake_bold()
        # reportlab.graphics selects Helvetica at the start of every drawing, which would put
        # a non-embedded base-14 font into the PDF; start drawings with ours instead.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = SANS
        _fontset = FontSet(SANS, SANS_BOLD, CJK, coverage)
        return _fontset


def _install_fake_bold() -> None:
    """Make reportlab draw text in ``CJK_BOLD`` filled and stroked (render mode 2).

    Reportlab has no per-font render mode, so its one text-output function is wrapped: for
    that font only, the glyphs are stroked in the current fill colour with a width of
    ``FAKE_BOLD_STROKE`` × the font size, and the previous render mode, stroke colour and
    line width are restored right after. Paragraphs, canvas strings and chart labels all pass
    through this function.
    """
    from reportlab.lib.colors import Color
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.textobject import PDFTextObject

    original = PDFTextObject._formatText
    if getattr(original, "zdx_fake_bold", False):
        return

    def rgb(color: object) -> tuple[float, float, float] | None:
        if isinstance(color, Color):
            return (color.red, color.green, color.blue)
        if isinstance(color, tuple | list) and len(color) == 3:
            return (float(color[0]), float(color[1]), float(color[2]))
        return None

    def _formatText(self: object, text: str) -> str:
        code: str = original(self, text)
        if getattr(self, "_fontname", None) != CJK_BOLD or not text:
            return code
        # why the ignore below: no reportlab stubs; a patched method reads its internals
        canvas = self._canvas  # type: ignore[attr-defined]
        fill = rgb(getattr(self, "_fillColorObj", None) or canvas._fillColorObj)
        if fill is None:  # a colour we cannot restate as a stroke colour: plain fill
            return code
        stroke = rgb(canvas._strokeColorObj) or (0.0, 0.0, 0.0)
        mode = getattr(self, "_textRenderMode", 0)
        # why the ignore below: no reportlab stubs; a patched method reads its internals
        width = FAKE_BOLD_STROKE * float(self._fontsize)  # type: ignore[attr-defined]
        return (f"{fp_str(*fill)} RG {fp_str(width)} w 2 Tr {code} {mode} Tr "
                f"{fp_str(*stroke)} RG {fp_str(canvas._lineWidth)} w")

    # why the ignore below: no reportlab stubs; a patched method reads its internals
    _formatText.zdx_fake_bold = True  # type: ignore[attr-defined]
    PDFTextObject._formatText = _formatText


def clean(text: object, *, limit: int | None = None) -> str:
    """Untrusted text made printable: controls removed, CR/LF normalised, optional cut."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _BAD_CHARS.sub("", s)
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)].rstrip() + "…"
    return s


@functools.lru_cache(maxsize=1)
def _arabic_reshaper() -> Any:
    import arabic_reshaper

    # the one default ligature DejaVu Sans lacks (U+FDF2) stays as separate letters
    return arabic_reshaper.ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False})


def _bidi_levels(line: str) -> list[int] | None:
    """The resolved bidi embedding level of every character of ``line`` (the paragraph's
    direction from its first strong letter), or None when python-bidi cannot tell. Its
    public API gives the reordered text but no levels, and no mirrored brackets; the levels
    come from its debug description (per UTF-8 byte), checked against the line's length."""
    from bidi import get_display

    found = _LEVELS.search(str(get_display(line, debug=True)))
    if found is None:
        return None
    per_byte = [int(x) for x in _LEVEL.findall(found.group(1))]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels, at = [], 0
    for ch in line:
        levels.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return levels


def _reorder(chars: list[str], levels: list[int]) -> str:
    """Rule L2 of the bidi algorithm on one line: characters at odd levels mirrored, then every
    run at each level from the highest down to the lowest odd one reversed (levels are at most
    125 deep, so this is linear in the line's length)."""
    chars = [_MIRROR.get(ch, ch) if level % 2 else ch for ch, level in zip(chars, levels,
                                                                         strict=True)]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    levels = list(levels)
    for level in range(max(levels), min(odd) - 1, -1):  # rule L2: reverse runs, highest first
        i, n = 0, len(chars)
        while i < n:
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < n and levels[j] >= level:
                j += 1
            chars[i:j], levels[i:j] = chars[i:j][::-1], levels[i:j][::-1]
            i = j
    return "".join(chars)


def _visual_line(line: str) -> str:
    levels = _bidi_levels(line)
    if levels is None:
        from bidi import get_display

        return str(get_display(line))  # ordered, brackets not mirrored
    return _reorder(list(line), levels)


def visual(text: str) -> str:
    """``text`` as reportlab must draw it: Arabic letters joined, every line in visual order."""
    if not _RTL_CHAR.search(text):
        return text
    if _ARABIC_CHAR.search(text):
        text = _arabic_reshaper().reshape(text)
    return "\n".join(_visual_line(line) if _RTL_CHAR.search(line) else line
                     for line in text.split("\n"))


def runs(text: str, primary: str) -> list[tuple[str, str]]:
    """Split already-cleaned ``text`` into (font name, piece) runs that each font can draw."""
    fs = register_fonts()
    out: list[tuple[str, str]] = []
    cur_font = primary
    buf: list[str] = []
    for ch in text:
        f = fs.font_for(ch, primary) if ch not in " \n\t" else cur_font
        if f != cur_font and buf:
            out.append((cur_font, "".join(buf)))
            buf = []
        cur_font = f
        buf.append(ch)
    if buf:
        out.append((cur_font, "".join(buf)))
    return out


def _markup_drawn(s: str, primary: str) -> str:
    """Paragraph markup for text already cleaned and in drawing order (escaped, fonts)."""
    parts: list[str] = []
    for font, piece in runs(s, primary):
        esc = escape(piece).replace("\n", "<br/>").replace("\t", " ")
        if font != primary:
            parts.append(f'<font name="{font}">{esc}</font>')
        else:
            parts.append(esc)
    return "".join(parts)


def markup(text: object, *, primary: str = SANS, limit: int | None = None) -> str:
    """Paragraph markup for untrusted text: escaped, fallback fonts, newlines as breaks.

    Nothing in ``text`` can become a tag: ``<img src=...>`` prints as those characters.
    """
    s = visual(clean(text, limit=limit))
    if not s:
        return ""
    return _markup_drawn(s, primary)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter (it then needs ``wrap_visual``)."""
    return _RTL_CHAR.search(text) is not None


_STRONG = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u9fff"
                     "\uac00-\ud7af\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def rtl_paragraph(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strong letter is right-to-left (rule
    P2 of the bidi algorithm, for the common scripts)."""
    found = _STRONG.search(text)
    return found is not None and _RTL_CHAR.match(found.group(0)) is not None


def wrap_visual(text: str, primary: str, size: float, width: float,
                first_width: float | None = None) -> list[str]:
    """Cleaned ``text`` broken into lines of at most ``width`` points (``first_width`` for the
    first), in drawing order: Arabic letters joined, then each paragraph (hard line) broken
    at spaces in LOGICAL order, and only then each line ordered by the bidi algorithm (the
    levels come from the whole paragraph, rule L2 is applied per line). A word wider than a
    line is cut between characters. Linear in the length of ``text``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fs = register_fonts()
    if _ARABIC_CHAR.search(text):
        text = _arabic_reshaper().reshape(text)
    widths: dict[str, float] = {}

    def cw(ch: str) -> float:
        w = widths.get(ch)
        if w is None:
            w = widths[ch] = stringWidth(ch, fs.font_for(ch, primary), size)
        return w

    avail = width if first_width is None else first_width
    out: list[str] = []
    for para in text.split("\n"):
        levels = _bidi_levels(para) if _RTL_CHAR.search(para) else None
        spans: list[tuple[int, int]] = []
        start = end = -1
        used = 0.0
        for m in re.finditer(r"[^ \t]+", para):
            ws, we = m.span()
            ww = sum(cw(ch) for ch in para[ws:we])
            if start >= 0 and used + cw(" ") * (ws - end) + ww <= avail:
                used += cw(" ") * (ws - end) + ww
                end = we
                continue
            if start >= 0:
                spans.append((start, end))
                avail = width
            start, end, used = ws, we, ww
            while used > avail and end - start > 1:  # a word wider than the line: cut it
                acc, cut = 0.0, start
                while cut < end and (acc + cw(para[cut]) <= avail or cut == start):
                    acc += cw(para[cut])
                    cut += 1
                if cut >= end:
                    break
                spans.append((start, cut))
                avail = width
                start = cut
                used -= acc
        if start >= 0:
            spans.append((start, end))
        else:
            spans.append((0, 0))
        avail = width
        for a, b in spans:
            piece = para[a:b]
            if levels is not None:
                out.append(_reorder(list(piece), levels[a:b]))
            elif _RTL_CHAR.search(piece):
                out.append(_visual_line(piece))
            else:
                out.append(piece)
    return out


def markup_wrapped(text: str, *, primary: str, size: float, width: float,
                   first_width: float | None = None) -> str:
    """Paragraph markup of cleaned ``text`` already broken into lines (``wrap_visual``), the
    lines joined by ``<br/>``: escaped exactly as ``markup`` escapes."""
    return "<br/>".join(_markup_drawn(line, primary)
                        for line in wrap_visual(text, primary, size, width, first_width))


def string_width(text: str, primary: str, size: float) -> float:
    """Width of cleaned ``text`` drawn with fallback fonts."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(piece, font, size) for font, piece in runs(text, primary)))


def fit(text: str, primary: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) so that it fits ``width`` points on one line."""
    if string_width(text, primary, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid] + "…", primary, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def draw_string(canvas: object, x: float, y: float, text: str, *, font: str = SANS,
                size: float = 9, align: str = "left") -> float:
    """Draw cleaned ``text`` on a reportlab canvas with fallback fonts; returns its width."""
    pieces = runs(visual(text), font)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(p, f, size) for f, p in pieces]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for (f, p), w in zip(pieces, widths, strict=True):
        # why the ignore below: no reportlab stubs; a patched method reads its internals
        canvas.setFont(f, size)  # type: ignore[attr-defined]
        # why the ignore below: no reportlab stubs; a patched method reads its internals
        canvas.drawString(x, y, p)  # type: ignore[attr-defined]
        x += w
    return float(total)
