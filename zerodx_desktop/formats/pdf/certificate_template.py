"""Certificate templates: the organizer's layout and wording for the winner certificates.

A template is a small JSON file (``zerodx-certificate/1``)::

    {"format": "zerodx-certificate/1", "layout": "classic" | "modern",
     "title": {"en": "Award of Excellence", "zh_CN": "卓越奖"},
     "award_line": {"en": "is presented to", "zh_CN": "授予"},
     "chair_line": {"en": "Chair of the jury", "zh_CN": "评审团主席"},
     "organizer_line": {"en": "The organizers", "zh_CN": "主办方"},
     "logo": "logo.png"}

Every key but ``format`` is optional (the default wording is used); a text is a string (every
language) or a map by language (``en``, ``zh_CN``). ``logo`` names a PNG or JPEG file beside
the template, at most 2 MB and 4,000 × 4,000 pixels; it is checked by decoding it before
anything is printed.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zerodx_desktop.core.errors import UserError

FORMAT = "zerodx-certificate/1"
LAYOUTS = ("classic", "modern")
TEXT_KEYS = ("title", "award_line", "chair_line", "organizer_line")
MAX_TEMPLATE_BYTES = 64_000
MAX_TEXT = 200
MAX_LOGO_BYTES = 2_000_000
MAX_LOGO_SIDE = 4000
TEMPLATE_LANGS = ("en", "zh_CN")


@dataclass(frozen=True)
class CertificateTemplate:
    layout: str = "classic"
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> lang -> text
    logo: bytes | None = None  # PNG or JPEG, checked
    logo_size: tuple[int, int] = (0, 0)  # pixels

    def text(self, key: str, lang: str) -> str | None:
        """The template's wording for ``key`` in ``lang`` (None: the default wording)."""
        by_lang = self.texts.get(key, {})
        return by_lang.get(lang) or by_lang.get("*")


def check_logo(data: bytes, where: str) -> tuple[int, int]:
    """The logo's size in pixels; UserError unless it is a PNG or JPEG within the limits."""
    if len(data) > MAX_LOGO_BYTES:
        raise UserError(f"the logo is too large ({len(data):,} bytes; at most "
                        f"{MAX_LOGO_BYTES:,})", where=where,
                        hint="Save it smaller (a PNG or JPEG a few hundred pixels wide is "
                             "plenty for a certificate).")
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise UserError("the logo is not a PNG or JPEG image", where=where,
                        hint="Give the logo as a .png or .jpg file.")
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE or width < 1 or height < 1:
                raise UserError(f"the logo is {width} × {height} pixels; at most "
                                f"{MAX_LOGO_SIDE} × {MAX_LOGO_SIDE}", where=where,
                                hint="Scale it down.")
            img.load()  # decodes it: a damaged image is refused here, not while printing
    except UserError:
        raise
    except Exception as exc:
        raise UserError(f"the logo cannot be read as an image ({exc})", where=where,
                        hint="Save it again as PNG or JPEG.") from exc
    return width, height


def _texts(doc: dict[str, Any], where: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for key in TEXT_KEYS:
        raw = doc.get(key)
        if raw is None:
            continue
        if isinstance(raw, str):
            variants = {"*": raw}
        elif isinstance(raw, dict) and raw and all(isinstance(v, str) for v in raw.values()):
            unknown = sorted(set(raw) - set(TEMPLATE_LANGS))
            if unknown:
                raise UserError(f"'{key}' has an unknown language '{unknown[0]}'",
                                where=where, hint="Use en and zh_CN.")
            variants = dict(raw)
        else:
            raise UserError(f"'{key}' must be a text or a map of texts by language",
                            where=where)
        for lang, text in variants.items():
            if not text.strip() or len(text) > MAX_TEXT:
                raise UserError(f"'{key}' ({lang}) must hold 1 to {MAX_TEXT} characters",
                                where=where)
        out[key] = {k: v.strip() for k, v in variants.items()}
    return out


def load_certificate_template(path: Path) -> CertificateTemplate:
    """Read and check a template (and its logo). UserError for anything wrong."""
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()[:MAX_TEMPLATE_BYTES + 1]
    except OSError as exc:
        raise UserError(f"cannot read the certificate template ({exc.strerror or exc})",
                        where=where) from exc
    if len(data) > MAX_TEMPLATE_BYTES:
        raise UserError("the certificate template is too large", where=where)
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError("the certificate template is not JSON text", where=where,
                        hint=f"Start from: {{\"format\": \"{FORMAT}\", \"layout\": "
                             "\"classic\"}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise UserError(f"not a certificate template (\"format\" must be \"{FORMAT}\")",
                        where=where)
    unknown = sorted(set(doc) - {"format", "layout", "logo", *TEXT_KEYS})
    if unknown:
        raise UserError(f"unknown key '{unknown[0]}' in the certificate template",
                        where=where, hint="Keys: layout, " + ", ".join(TEXT_KEYS) + ", logo.")
    layout = doc.get("layout", "classic")
    if layout not in LAYOUTS:
        raise UserError(f"unknown layout '{layout}'", where=where,
                        hint="Use one of: " + ", ".join(LAYOUTS) + ".")
    logo: bytes | None = None
    size = (0, 0)
    if doc.get("logo") is not None:
        name = doc["logo"]
        if not isinstance(name, str) or not name.strip():
            raise UserError("'logo' must name an image file beside the template", where=where)
        logo_path = (path.parent / name)
        try:
            if logo_path.stat().st_size > MAX_LOGO_BYTES:
                raise UserError(f"the logo is too large ({logo_path.stat().st_size:,} bytes; "
                                f"at most {MAX_LOGO_BYTES:,})", where=str(logo_path),
                                hint="Save it smaller.")
            logo = logo_path.read_bytes()
        except OSError as exc:
            raise UserError(f"cannot read the logo ({exc.strerror or exc})",
                            where=str(logo_path)) from exc
        size = check_logo(logo, str(logo_path))
    return CertificateTemplate(layout=layout, texts=_texts(doc, where), logo=logo,
                               logo_size=size)
