"""Generate the demo nominees' PDF (and PNG) attachments from their nominee.json files.

Run once; the outputs are committed under data/demo/nominees/<folder>/. The organisations are
fictional; every PDF says so. Output is deterministic (reportlab's invariant mode) so re-running
does not churn the files.

    .venv/bin/python scripts/make_demo_pdfs.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
NOMINEES = ROOT / "data" / "demo" / "nominees"
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
NOTICE = (
    "Fictional organisation: demonstration data for ZeroDX Desktop. Names, people and "
    "figures are invented; any resemblance to a real organisation is coincidental."
)

# Invented key figures per nominee: (metric, 2021, 2022, 2023).
FIGURES: dict[str, list[tuple[str, str, str, str]]] = {
    "n-001": [
        ("Revenue (CNY bn)", "2.2", "2.4", "2.7"),
        ("Employees", "2,310", "2,290", "2,305"),
        ("Micro-enterprises", "33", "38", "41"),
        ("Ecosystem revenue share", "6%", "10%", "14%"),
        ("Boards in service after 3 years", "94.0%", "95.6%", "96.8%"),
    ],
    "n-002": [
        ("Clients served", "4,350", "4,610", "4,820"),
        ("Neighbourhood teams", "55", "60", "64"),
        ("Unplanned admissions, 80+ (index 2018 = 100)", "86", "81", "78"),
        ("Nurse turnover", "7.1%", "6.4%", "6.0%"),
        ("Sick leave", "8.8%", "8.3%", "7.9%"),
    ],
    "n-003": [
        ("Revenue (CLP bn)", "74", "86", "97"),
        ("Route micro-enterprises", "19", "21", "23"),
        ("Platform carriers", "260", "340", "402"),
        ("On-time delivery", "91%", "93%", "95%"),
    ],
    "n-004": [
        ("Stores", "56", "57", "58"),
        ("Like-for-like sales growth", "4.1%", "4.8%", "4.6%"),
        ("Weekly-shopping households (local ranging)", "29%", "32%", "34%"),
        ("Staff turnover", "31%", "26%", "22%"),
    ],
    "n-005": [
        ("ARR (EUR m)", "29", "34", "39"),
        ("Product cells", "17", "18", "19"),
        ("Marketplace partners", "51", "64", "73"),
        ("Customer churn", "5.2%", "4.5%", "4.0%"),
    ],
    "n-006": [
        ("Members", "5,300", "5,800", "6,200"),
        ("Payment time (days)", "3", "2", "2"),
        ("Potato post-harvest loss", "14%", "11%", "9%"),
        ("Groups on the market platform", "8", "11", "14"),
    ],
    "n-007": [
        ("Sales (JPY bn)", "9.8", "10.1", "10.6"),
        ("Staff in pilot teams", "0%", "9%", "15%"),
        ("Quotation lead time, pilots (days)", "9", "4", "2"),
        ("Tools tracked", "2,500", "9,800", "18,000"),
    ],
    "n-008": [
        ("Revenue (CNY m)", "210", "258", "310"),
        ("Micro-teams", "31", "34", "35"),
        ("Renewal rate", "69%", "76%", "81%"),
        ("Staff turnover", "31%", "24%", "19%"),
    ],
}


def _styles(cjk: bool) -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    font, bold = ("WQY", "WQY") if cjk else ("Helvetica", "Helvetica-Bold")
    wrap = "CJK" if cjk else None
    base = ParagraphStyle(
        "body", fontName=font, fontSize=9.5, leading=13.5, spaceAfter=5, wordWrap=wrap
    )
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=17, leading=22, spaceAfter=4
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=11,
            leading=15,
            textColor=colors.HexColor("#555555"),
            spaceAfter=8,
        ),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            fontSize=8,
            leading=10.5,
            textColor=colors.HexColor("#8a4b00"),
            borderPadding=4,
            backColor=colors.HexColor("#fff4e0"),
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1d4e89"),
        ),
        "body": base,
        "font": font,
        "bold": bold,
    }


def _figures_table(nid: str, st: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    rows = [("Key figures", "2021", "2022", "2023"), *FIGURES[nid]]
    table = Table(rows, colWidths=[250, 70, 70, 70], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st["font"], 9),
                ("FONT", (0, 0), (-1, 0), st["bold"], 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1d4e89")),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style)


def make_pdf(folder: Path, doc: dict[str, Any], file: str, title: str) -> None:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Spacer

    rl_config.invariant = 1  # no timestamps or random ids: reproducible bytes
    text = json.dumps(doc, ensure_ascii=False)
    cjk = bool(CJK_RE.search(text))
    if cjk and "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(CJK_FONT), subfontIndex=0))
    st = _styles(cjk)
    report = "excerpt" in file
    story: list[Any] = [
        _para(doc["name"], st["title"]),
        _para(f"{title} · {doc.get('country', '')} · {doc.get('category', '')}", st["subtitle"]),
        _para(NOTICE, st["notice"]),
        _para(doc.get("summary", ""), st["body"]),
        Spacer(1, 4),
        _figures_table(doc["id"], st),
    ]
    sections = doc.get("sections", [])
    if report:  # an "annual report excerpt": results and partners only
        sections = [
            s
            for s in sections
            if any(k in s["title"] for k in ("Results", "Ecosystem", "成果", "生态"))
        ]
    for s in sections:
        story.append(_para(s["title"], st["h2"]))
        for p in s["body"].split("\n\n"):
            story.append(_para(p, st["body"]))

    def footer(canvas: Any, pdf: Any) -> None:
        canvas.saveState()
        canvas.setFont(st["font"], 7.5)
        canvas.setFillGray(0.45)
        canvas.drawString(18 * mm, 10 * mm, f"{doc['id']} · {title} · demonstration data")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {pdf.page}")
        canvas.restoreState()

    out = folder / file
    pdf = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{doc['name']}: {title}",
        author="ZeroDX Desktop demo data",
        pageCompression=1,
    )
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")


def make_png(folder: Path, doc: dict[str, Any], file: str) -> None:
    """A small bar chart (micro-enterprises per year), drawn with Qt offscreen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    data = [("2019", 12), ("2020", 21), ("2021", 33), ("2022", 38), ("2023", 41)]
    w, h = 560, 320
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(QFont("DejaVu Sans", 12, QFont.Weight.Bold))
    p.drawText(
        QRectF(0, 8, w, 24),
        Qt.AlignmentFlag.AlignHCenter,
        "Micro-enterprises at Lanhe (fictional), 2019-2023",
    )
    p.setFont(QFont("DejaVu Sans", 10))
    base, top, left = h - 40, 50, 60
    scale = (base - top) / 45
    p.setPen(QColor("#888888"))
    p.drawLine(left - 10, base, w - 30, base)
    bw = (w - left - 60) / len(data)
    for i, (year, n) in enumerate(data):
        x = left + i * bw + bw * 0.15
        bh = n * scale
        p.fillRect(QRectF(x, base - bh, bw * 0.7, bh), QColor("#1d4e89"))
        p.setPen(QColor("#222222"))
        p.drawText(QRectF(x, base + 6, bw * 0.7, 18), Qt.AlignmentFlag.AlignHCenter, year)
        p.drawText(QRectF(x, base - bh - 20, bw * 0.7, 18), Qt.AlignmentFlag.AlignHCenter, str(n))
    p.end()
    out = folder / file
    img.save(str(out), "PNG")
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")


def main() -> int:
    for nominee_json in sorted(NOMINEES.glob("*/nominee.json")):
        folder = nominee_json.parent
        doc = json.loads(nominee_json.read_text(encoding="utf-8"))
        for att in doc.get("attachments", []):
            if att["file"].endswith(".pdf"):
                make_pdf(folder, doc, att["file"], att.get("title", att["file"]))
            elif att["file"].endswith(".png"):
                make_png(folder, doc, att["file"])
            else:
                print(f"don't know how to make {att['file']}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
