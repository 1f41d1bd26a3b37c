"""Display checks: what makes a spreadsheet program *show* a value other than the cell holds
(number formats, invisible fonts, hidden rows and columns, sheet settings). The strict reader
fills a :class:`SheetLook` per sheet from the :class:`CellStyles` of styles.xml.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from zerodx_desktop.core.messages import Message

# -- how cells are displayed: number formats, hidden rows and columns -----------------------
#
# A signed sheet signs values; a number format can still make Excel or LibreOffice *show*
# something else ("5" or [=3]"5";General on a 3, ;;; hiding a comment, 0% turning 3 into
# 300%). The reader notes every value cell whose format is not plainly benign, and the rows,
# columns and sheet settings that hide values; compare.py reports them.

# ECMA-376 Part 1, 18.8.30 (numFmt): the builtin format ids that need no <numFmt> element.
BUILTIN_NUMBER_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
    11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
    17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
    22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mmss.0", 48: "##0.0E+0", 49: "@"}
FIRST_CUSTOM_FORMAT = 164  # ids below are builtin (some locale-defined: currency, CJK dates)

FORMAT_BENIGN = -2  # shows the value as it is (General, @)
FORMAT_ALTERED = -1  # may show another number, or hide the value
# a value >= 0: a plain number format with that many decimals (shows another number only
# when it rounds the value)

MAX_STYLES_BYTES = 8 * 1024 * 1024  # a styles.xml beyond this is not examined (noted)
MAX_FORMAT_CODE = 1000  # longer format codes are kept cut (never benign anyway)
MAX_LOOK_ITEMS = 10_000  # per sheet and kind of note
MIN_FONT_SIZE = 4.0  # points: smaller text cannot be read
# fonts whose letters are pictures: "5" in Wingdings is not a five
SYMBOL_FONTS = frozenset({"wingdings", "wingdings 2", "wingdings 3", "webdings", "symbol",
                          "marlett", "zapf dingbats", "mt extra", "opensymbol"})


def number_format_kind(code: str) -> int:
    """FORMAT_BENIGN, FORMAT_ALTERED, or the decimals of a plain number format.

    Benign: ``General`` and ``@``; plain: ``0``, ``#0``, ``0.0…``, ``#,##0``, ``#,##0.0…``;
    either behind a locale tag (``[$-409]``, ``[$-en-US]``), with width padding (``_)``, the
    ``0_ `` of a Chinese or Japanese Excel) or escaped spaces, and with a negative section
    that only adds the minus sign (``0.00;-0.00``). Anything else (literals, conditions,
    fills, an empty or different section, percent, dates and times, fractions, scientific)
    may alter the display.
    """
    import re

    c = code
    m = re.match(r"\[\$-[0-9A-Za-z-]{1,20}\]", c)
    if m:
        c = c[m.end():]
    if len(c) > 60:
        return FORMAT_ALTERED
    c = re.sub(r"_.|\\ ", "", c)  # padding the width of a character; an escaped space
    sections = c.split(";")
    if len(sections) in (2, 3) and sections[1] == "-" + sections[0] and (
            len(sections) == 2 or sections[2] == sections[0]):
        c = sections[0]
    if c.lower() == "general" or c == "@":
        return FORMAT_BENIGN
    m = re.fullmatch(r"(?:#*0|#,##0)(?:\.(0{1,30}))?", c)
    if m:
        return len(m.group(1) or "")
    return FORMAT_ALTERED


def format_rounds_value(value: str, decimals: int) -> bool:
    """True when a cell value (its stored text) shown with ``decimals`` decimals is not the
    same number (beyond float noise): 66.67 with ``0`` shows 67."""
    from decimal import Decimal, InvalidOperation

    try:
        x = Decimal(value.strip())
        if not x.is_finite():
            return True
        q = x.quantize(Decimal(1).scaleb(-decimals))
    except (InvalidOperation, ValueError):
        return True
    return abs(q - x) > Decimal("1e-9") * max(Decimal(1), abs(x))


_INDEXED_COLOURS = {0: "000000", 8: "000000", 1: "FFFFFF", 9: "FFFFFF"}
_THEME_COLOURS = {0: "FFFFFF", 1: "000000"}  # Excel's theme 0 is "Background 1", 1 "Text 1"


def _colour(attrs: dict[str, str]) -> str | None:
    """RRGGBB of a <color>/<fgColor> element; None for automatic or unknown colours."""
    import re

    rgb = attrs.get("rgb")
    if rgb is not None:
        return rgb[-6:].upper() if re.fullmatch(r"[0-9A-Fa-f]{6,8}", rgb) else None
    try:
        if "indexed" in attrs:
            return _INDEXED_COLOURS.get(int(attrs["indexed"]))
        if "theme" in attrs:
            if abs(float(attrs.get("tint", "0"))) > 0.15:
                return None  # a tinted theme colour: not the plain one
            return _THEME_COLOURS.get(int(attrs["theme"]))
    except ValueError:
        return None
    return None


def _xml_true(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("1", "true")


TINY_ROW_HEIGHT = 3.0  # points: a row lower than this shows no text (hidden in effect)
TINY_COLUMN_WIDTH = 1.0  # characters: a narrower column shows no value


def _xml_below(value: str | None, limit: float) -> bool:
    """True when the number ``value`` is below ``limit`` (not when absent or not a number)."""
    if value is None:
        return False
    try:
        return float(value) < limit
    except ValueError:
        return False


@dataclass
class SheetLook:
    """What hides or changes the display of one sheet's values (filled by ``iter_cells``).

    ``formats``: (row, column, format code) of cells holding a value shown with a format
    that is not plainly benign; ``unseen``: (row, column, why) of value cells whose font
    cannot be seen (background colour, tiny); ``hidden_rows`` (row numbers) and ``hidden_columns``
    ((first, last) column ranges); ``notes``: sheet-wide settings, e.g. ``("conditional
    format", "G2:G9")``, ``("zeros hidden", "")``. Each list keeps at most MAX_LOOK_ITEMS;
    the ``*_total`` counts are complete.
    """

    formats: list[tuple[int, int, str]] = field(default_factory=list)
    formats_total: int = 0
    unseen: list[tuple[int, int, str]] = field(default_factory=list)  # invisible text cells
    unseen_total: int = 0
    hidden_rows: list[int] = field(default_factory=list)
    hidden_rows_total: int = 0
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CellStyles:
    """The number format of each cell style (styles.xml ``cellXfs``), read leniently, and
    whether its font makes text invisible (colour of the background, tiny size).

    ``problem`` is set (and every style treated as General) when styles.xml could not be
    examined (too large, not well-formed); a style index out of range, a bad numFmtId or a
    custom id without a <numFmt> shows as General, as Excel and LibreOffice show it.
    """

    xf_formats: list[int] = field(default_factory=list)  # cellXfs index -> numFmtId
    custom: dict[int, str] = field(default_factory=dict)  # numFmtId -> format code
    problem: str = ""
    xf_fonts: list[tuple[int, int]] = field(default_factory=list)  # index -> fontId, fillId
    # size, colour ("AUTO": automatic, None: one we cannot resolve), lower-case font name
    fonts: list[tuple[float | None, str | None, str]] = field(default_factory=list)
    fills: list[str | None] = field(default_factory=list)  # background colour (None: unknown)

    @functools.cached_property
    def any_unseen(self) -> bool:
        """Whether some cell style makes text invisible (checked once per font/fill pair)."""
        return any(self._unseen(*pair) for pair in set(self.xf_fonts))

    def unseen(self, style: str | None) -> str:
        """Why text in this style cannot be seen ("" when it can)."""
        try:
            i = int(style) if style else 0
        except ValueError:
            return ""
        if not 0 <= i < len(self.xf_fonts):
            return ""
        return self._unseen(*self.xf_fonts[i])

    def _unseen(self, font_id: int, fill_id: int) -> str:
        if not 0 <= font_id < len(self.fonts):
            return ""
        size, colour, name = self.fonts[font_id]
        if size is not None and size < MIN_FONT_SIZE:
            return Message("font size {size}", size=f"{size:g}")
        if name in SYMBOL_FONTS:
            return Message("symbol font {name}", name=name)
        background = self.fills[fill_id] if 0 <= fill_id < len(self.fills) else "FFFFFF"
        text = "000000" if colour == "AUTO" else colour  # automatic: the window text colour
        if background is not None and text == background:
            return Message("text colour {colour} on background {background}",
                           colour=background, background=background)
        return ""

    def code(self, style: str | None) -> str:
        fid = self._format_id(style)
        if fid in self.custom:
            return self.custom[fid]
        if fid in BUILTIN_NUMBER_FORMATS:
            return BUILTIN_NUMBER_FORMATS[fid]
        if fid < FIRST_CUSTOM_FORMAT:
            return f"[builtin format {fid}]"
        return "General"

    def kind(self, style: str | None) -> int:
        fid = self._format_id(style)
        if fid in self.custom:
            return number_format_kind(self.custom[fid])
        if fid in (0, 49):
            return FORMAT_BENIGN
        if fid in (1, 2, 3, 4):
            return number_format_kind(BUILTIN_NUMBER_FORMATS[fid])
        return FORMAT_ALTERED if fid < FIRST_CUSTOM_FORMAT else FORMAT_BENIGN

    def _format_id(self, style: str | None) -> int:
        try:
            i = int(style) if style else 0
        except ValueError:
            return 0
        return self.xf_formats[i] if 0 <= i < len(self.xf_formats) else 0
