"""Render a report PDF to PNG pages (pdftoppm) so that a person can look at them.

    python scripts/render_report_pages.py            # -> docs/screenshots/report-pages/
    python scripts/render_report_pages.py REPORT.pdf [OUTDIR] [--dpi 70] [--pages 1-5]
    python scripts/render_report_pages.py --screenshots   # report-{cover,nominee}.png
    python scripts/render_report_pages.py --layout [OUTDIR]  # the hard cases, see build_layout

Without a PDF it builds the demo report from the test fixture (8 nominees, Chinese names,
comments, certificates) and the sample framework when one is available.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_demo(out: Path) -> Path:
    """The real demo (``zerodx demo``): fictional nominees, five judges, signed sheets."""
    sys.path.insert(0, str(ROOT))
    from zerodx_desktop.services.demo import build_demo as make_demo

    make_demo(out / "demo")
    pdf = out / "demo-report.pdf"
    shutil.copyfile(out / "demo" / "report.pdf", pdf)
    return pdf


ARABIC = ("شركة الابتكار للتقنية والحلول الرقمية المتقدمة في الشرق الأوسط وشمال أفريقيا "
          * 3 + "نهاية")


def build_layout(out: Path) -> list[Path]:
    """PDFs of the cases a new-user trial found broken, to look at after a layout change: a
    certificate for a 300-character name and one for a long Arabic name; a working-copy
    score card with a long judge name, a level missing its required comment and a comment
    that wraps right to left; a report with an Arabic nominee, an unreadable sheet named by
    its full path and a wrong-panel sheet."""
    sys.path.insert(0, str(ROOT))
    from tests.unit.test_report_pdf import criterion_ids, make_result, sample_framework
    from zerodx_desktop.core.panel import Nominee, Panel
    from zerodx_desktop.core.result import Comment, JudgeRow
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent
    from zerodx_desktop.formats.pdf.certificates import write_certificates
    from zerodx_desktop.formats.pdf.report import write_report
    from zerodx_desktop.formats.pdf.scorecard import write_judge_scorecard

    out.mkdir(parents=True, exist_ok=True)
    result = make_result(4)
    result.ranking[0].nominee = ("Cooperative of Extraordinarily Long Names " * 8)[:288] + \
        " END-OF-NAME"
    result.ranking[1].nominee = ARABIC
    result.comments.append(Comment(result.ranking[1].nominee_id,
                                   result.criteria[0].criterion_id, ARABIC))
    result.judges.append(JudgeRow(
        name="", fingerprint="", status="unreadable", file="garbage.xlsx", sha256="ee" * 32,
        message="/home/chair/in box/garbage.xlsx: not a spreadsheet (.xlsx)"))
    result.judges.append(JudgeRow(name="Wanda", fingerprint="SHA256:wanda",
                                  status="wrong_panel", file="wanda.xlsx", sha256="dd" * 32,
                                  message="made for another panel"))
    write_report(out / "layout-report.pdf", result, include_comments=True,
                            certificates=2)
    write_certificates(out / "layout-certificates.pdf", result, 2)
    panel = Panel(id="p1", title="ZeroDX Awards", round=1, method="mean", framework={},
                  judges=(), nominees=(Nominee("n-001", "Harbor Smart Home"),
                                       Nominee("n-002", ARABIC)))
    crits = criterion_ids()
    scores = [ScoreRow("n-001", c, 5 if i == 0 else 4, "Clear evidence. " * 12 if i > 5
                       else "") for i, c in enumerate(crits)]
    scores += [ScoreRow("n-002", c, 3, ARABIC if i == 2 else "") for i, c in enumerate(crits)]
    card = SheetContent(
        judge_name="Bartholomew Alexander Montgomery-Featherstonehaugh the Third",
        judge_email="b@example.org", fingerprint="SHA256:" + "Abc123xYz" * 5, public_key="",
        panel_id="p1", panel_title="ZeroDX Awards", round=1, framework_id="rendanheyi-sample",
        framework_version="2024.1", framework_hash="", sequence=0,
        exported_at="2026-11-29T00:30:00Z", scores=scores, conflicts=[])
    write_judge_scorecard(out / "layout-scorecard.pdf", card,
                                     sample_framework(), panel)  # type: ignore[arg-type]
    return sorted(out.glob("layout-*.pdf"))


def first_nominee_page(pdf: Path) -> int:
    """The page where the winner's section ("1. <name>") starts."""
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        if any(line.strip().startswith("1. ") and "Score" in text for line in
               text.splitlines()[:3]):
            return page
    return min(6, pages)


def render(pdf: Path, outdir: Path, dpi: int, pages: str | None) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed")
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["pdftoppm", "-png", "-r", str(dpi)]
    if pages:
        first, _, last = pages.partition("-")
        cmd += ["-f", first, "-l", last or first]
    cmd += [str(pdf), str(outdir / pdf.stem)]
    subprocess.run(cmd, check=True, timeout=600)
    return sorted(outdir.glob(f"{pdf.stem}-*.png"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="?", type=Path)
    ap.add_argument("outdir", nargs="?", type=Path,
                    default=ROOT / "docs" / "screenshots" / "report-pages")
    ap.add_argument("--dpi", type=int, default=70)
    ap.add_argument("--pages", help="e.g. 1-5")
    ap.add_argument("--screenshots", action="store_true",
                    help="write the cover and the first nominee page of the demo report as "
                         "docs/screenshots/report-cover.png and report-nominee.png")
    ap.add_argument("--layout", action="store_true",
                    help="build and render the hard layout cases (long names, right-to-left "
                         "text, bad sheets, a working-copy score card) into OUTDIR")
    args = ap.parse_args(argv)
    if args.layout:
        outdir = args.pdf or args.outdir  # "--layout DIR" reads DIR as the first argument
        for pdf in build_layout(outdir):
            for p in render(pdf, outdir, args.dpi, args.pages):
                print(p)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.screenshots:
            pdf = args.pdf or build_demo(Path(tmp))
            shots = ROOT / "docs" / "screenshots"
            shots.mkdir(parents=True, exist_ok=True)
            for page, name in ((1, "report-cover"), (first_nominee_page(pdf), "report-nominee")):
                (png,) = render(pdf, Path(tmp) / name, args.dpi, f"{page}-{page}")
                shutil.copyfile(png, shots / f"{name}.png")
                print(shots / f"{name}.png", (shots / f"{name}.png").stat().st_size, "bytes")
            return 0
        pdf = args.pdf or build_demo(Path(tmp))
        for p in render(pdf, args.outdir, args.dpi, args.pages):
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
