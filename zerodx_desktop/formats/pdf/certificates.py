"""Winner certificates (A4 landscape), on their own or at the end of the report, in the
template's layout and wording when the organizer gives one (``certificate_template``)."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.atomic_io import atomic_writer
from zerodx_desktop.core.result import PanelResult, RankingRow
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.fonts import SANS, SANS_BOLD, clean, markup
from zerodx_desktop.formats.pdf.i18n import ENGLISH, printing_in, wrap_mode
from zerodx_desktop.formats.pdf.i18n import current as current_language
from zerodx_desktop.formats.pdf.i18n import t as _t
from zerodx_desktop.formats.pdf.layout import ACCENT, MUTED
from zerodx_desktop.formats.pdf.model import certificate_rows, report_date, verification_code
from zerodx_desktop.formats.pdf.pages import PageContext, new_doc, plain_canvas_class
from zerodx_desktop.formats.pdf.words import num, ordinal

if TYPE_CHECKING:
    from zerodx_desktop.formats.pdf.certificate_template import CertificateTemplate


def certificate_flowable(row: RankingRow, result: PanelResult, code: str,
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
                    body = (fonts.markup_wrapped(s, primary=font, size=size,
                                                     width=w - 120.5)
                            if fonts.has_rtl(s) else markup(s, primary=font))
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
            nth = ordinal(row.rank) if current_language() == ENGLISH else str(row.rank)
            place = paragraph(_t("{place} place (tied)" if row.tied else "{place} place",
                                place=nth) + (f" · {category}" if category else ""),
                              20, font=SANS_BOLD, color="#8a6d0b")
            facts = paragraph(_t("Score {score} of 100 · {n} nominees · round {round} · {date}",
                                score=num(row.score), n=n_total, round=result.round,
                                date=report_date(result)), 11, color=MUTED)
            below = place.wrap(w - 120, h)[1] + 8 + facts.wrap(w - 120, h)[1]
            # the name's box: down to the signature captions, less what follows the name
            box = y - 18 - below - 92
            # a lower bound of the name's width at 1 pt (joined Arabic forms can be a little
            # narrower than the letters measured here): sizes it surely does not fit at are
            # skipped without laying the name out
            per_pt = 0.8 * fonts.string_width(clean(row.nominee), SANS_BOLD, 1.0)
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
                fonts.draw_string(c, x, 62, fonts.fit(label, SANS, 9, 230), size=9,
                                      align="center")
            fonts.draw_string(c, w / 2, 30, _t("Verification code {code}", code=code),
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

    fonts.register_fonts()
    code = verification_code(result, result_sha256)
    winners = certificate_rows(result, top_n)
    if not winners:
        from zerodx_desktop.core.errors import UserError

        raise UserError("there is no ranked nominee to print a certificate for",
                        where="certificates", hint="Merge at least one valid score sheet first.")
    ctx = PageContext(code=code, label=clean(result.panel_title, limit=100), numbered=False)
    story: list[Any] = []
    for i, (row, among, category) in enumerate(winners):
        if i:
            story.append(PageBreak())
        story.append(certificate_flowable(row, result, code, among, template, category))
    ctx.footer_note = "Verification code"
    title = clean(f"{result.panel_title or result.panel_id} — certificates", limit=300)
    with atomic_writer(path) as fh:
        doc = new_doc(fh, ctx, title=title, subject=f"Winner certificates; verification "
                       f"code {code}", landscape_first=True)
        doc.build(story, canvasmaker=plain_canvas_class(draft))
