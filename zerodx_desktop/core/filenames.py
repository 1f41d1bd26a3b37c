"""File names the app proposes (exports, judge cards) that are valid on Windows, macOS and Linux.

Pure functions, no I/O. The strictest rules of the three systems apply everywhere, so a sheet
named on a Linux laptop can be copied to a Windows one:
- Windows forbids ``<>:"/\\|?*`` and control characters, names ending in a dot or a space, and
  the device names CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with any extension: ``con.xlsx``);
- most file systems allow 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS) per name;
- Windows and macOS compare names without case: names are proposed in lower case, so two
  names that differ only in case are never proposed.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
# A proposed stem stays well inside that, so two stems joined, a suffix and a sequence number
# (an export's default name) or a temporary file's decoration (atomic_io) still fit.
MAX_STEM_BYTES = 100
WINDOWS_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)]
    + ["com\u00b9", "com\u00b2", "com\u00b3", "lpt\u00b9", "lpt\u00b2", "lpt\u00b3"]
)
WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*') | frozenset(chr(c) for c in range(32))


def portable_stem(text: str, fallback: str, *, max_bytes: int = MAX_STEM_BYTES) -> str:
    """A lower-case, hyphenated form of ``text`` usable as a file name on every system.

    Letters and digits of any script are kept; everything else becomes one ``-``; at most
    ``max_bytes`` bytes of UTF-8 (whole characters). Empty results become ``fallback``;
    Windows device names get ``-<fallback>`` appended.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    stem = re.sub(r"[\W_]+", "-", text).strip("-")
    stem = stem.encode("utf-8")[:max_bytes].decode("utf-8", "ignore").strip("-") or fallback
    if stem in WINDOWS_DEVICE_NAMES:
        stem = f"{stem}-{fallback}"
    return stem


def portable_name_problem(name: str) -> str | None:
    """Why ``name`` is not a valid file name on every system, or None when it is."""
    if not name or name in (".", ".."):
        return "the name is empty"
    bad = sorted({ch for ch in name if ch in WINDOWS_FORBIDDEN})
    if bad:
        shown = " ".join(repr(ch)[1:-1] for ch in bad)
        return f"the name contains characters Windows does not allow ({shown})"
    if name[-1] in ". ":
        return "the name ends in a dot or a space (Windows drops them)"
    if name.split(".", 1)[0].rstrip(" ").casefold() in WINDOWS_DEVICE_NAMES:
        return "the name is a Windows device name"
    if len(name.encode("utf-8")) > MAX_NAME_BYTES or len(name.encode("utf-16-le")) // 2 > 255:
        return f"the name is longer than {MAX_NAME_BYTES} bytes"
    return None


def case_insensitive_key(name: str) -> str:
    """One key for the names Windows and macOS (case-insensitive by default; macOS also
    ignores Unicode normalization) take for the same file."""
    return unicodedata.normalize("NFC", name).casefold()


def same_name_ignoring_case(a: str, b: str) -> bool:
    """True when Windows and macOS see one file for both names."""
    return case_insensitive_key(a) == case_insensitive_key(b)
