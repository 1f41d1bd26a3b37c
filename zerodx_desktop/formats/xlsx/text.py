"""Cell text: what a spreadsheet cell may hold, and how wide and tall text shows.

Every text written goes through :func:`safe_cell_text` (NFC, no control characters, no
``_xHHHH_`` character code, at most 32,767 UTF-16 units, never cut); :func:`needs_text_type`
tells a text openpyxl would store as a formula or an error code (the writers then store it as
a string).
:func:`text_width` / :func:`wrapped_lines` measure text as spreadsheet programs lay it out.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from zerodx_desktop.core.errors import UserError

MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 code units
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ERROR_CODES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")

_ALLOWED_CONTROLS = {"\n", "\t"}
# "_xHHHH_" in a cell's text is read as the character U+HHHH by Excel and python-calamine (and
# by LibreOffice for control characters): a text holding it would show otherwise than written.
ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def _bad_char(ch: str) -> str | None:
    if ch in _ALLOWED_CONTROLS:
        return None
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return f"control character U+{ord(ch):04X}"
    if cat == "Cs":
        return f"unpaired surrogate U+{ord(ch):04X}"
    if ch in ("\ufffe", "\uffff"):
        return f"non-character U+{ord(ch):04X}"
    return None


def utf16_len(text: str) -> int:
    """Length as Excel counts it (characters outside the BMP count twice)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def safe_cell_text(text: str, *, where: str = "text") -> str:
    """Return ``text`` NFC-normalised, or raise UserError if a spreadsheet cell cannot hold it.

    Rejects control characters other than newline and tab, unpaired surrogates, the XML
    non-characters U+FFFE/U+FFFF, and text longer than 32,767 UTF-16 units. Never cuts.
    """
    if not isinstance(text, str):
        raise UserError(f"expected text, got {type(text).__name__}", where=where)
    for i, ch in enumerate(text):
        problem = _bad_char(ch)
        if problem:
            raise UserError(f"the text contains a {problem} at position {i + 1}", where=where,
                            hint="Remove the invisible control character and try again.")
    out = unicodedata.normalize("NFC", text)
    seen = ESCAPE_LIKE.search(out)
    if seen:
        raise UserError(f"the text contains '{seen.group()}' at position {seen.start() + 1}, "
                        "which spreadsheet programs show as another character", where=where,
                        hint="Write it another way (for example '_ x" + seen.group()[2:] + "') "
                             "and try again.")
    n = utf16_len(out)
    if n > MAX_CELL_CHARS:
        raise UserError(f"the text is {n:,} characters long; a spreadsheet cell holds at most "
                        f"{MAX_CELL_CHARS:,}", where=where,
                        hint="Shorten the text (nothing is cut automatically).")
    return out


def needs_text_type(value: str) -> bool:
    """True when openpyxl would not store ``value`` as a plain string on its own."""
    return (len(value) > 1 and value.startswith("=")) or value in ERROR_CODES


def text_width(value: Any, *, narrow: float = 1.0, wide: float = 2.0) -> float:
    """Approximate shown width of a cell value in characters (Excel's column-width unit):
    wide (CJK) characters count double unless told otherwise."""
    if value is None:
        return 0.0
    s = str(value)
    n_wide = sum(1 for ch in s if ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF")
    return (len(s) - n_wide) * narrow + n_wide * wide


def wrapped_lines(text: str, width: float, *, narrow: float = 1.0, wide: float = 2.0) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` characters wide: its own
    line breaks, then wrapping at spaces; a word longer than the line (and CJK text, which has
    no spaces) breaks across lines, as spreadsheet programs do."""
    width = max(width, 1.0)
    total = 0
    for para in text.split("\n"):
        lines, cur = 1, 0.0
        for word in para.split():
            w = text_width(word, narrow=narrow, wide=wide)
            if cur and cur + narrow + w <= width:
                cur += narrow + w
                continue
            if cur:
                lines += 1
            if w > width:
                extra = math.ceil(w / width) - 1
                lines += extra
                cur = w - extra * width
            else:
                cur = w
        total += lines
    return total
