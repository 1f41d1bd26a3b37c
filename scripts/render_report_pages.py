"""Render a report PDF to PNG pages (pdftoppm) so that a person can look at them.

    python scripts/render_report_pages.py            # -> docs/screenshots/report-pages/
    python scripts/render_report_pages.py REPORT.pdf [OUTDIR] [--dpi 70] [--pages 1-5]
    python scripts/render_report_pages.py --screenshots   # report-{cover,nominee}.png

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
    args = ap.parse_args(argv)
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
