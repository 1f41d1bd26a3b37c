"""Hostile score sheets within every xlsx limit (docs/contract.md §6: verify ≤ 30 s and ≤ 1.5 GB, or
refused sooner): a genuine signed sheet of a 100 × 40 panel, with one part blown up.

    python -m benchmarks.hostile_sheet WORKDIR [--mb 23] [--nominees 100 --criteria 40]

Kinds: ``cells`` (millions of extra cells in *Scores*), ``strings`` (a shared-strings table
of millions of entries), ``long_texts`` (cells of 32,000 characters within the sheet's slack)
and ``elements`` (formatting elements nested in one cell). Each file is about ``--mb`` MB; each
is verified (with the panel) in a fresh child process whose wall time and peak memory are
printed as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

KINDS = ("cells", "strings", "long_texts", "elements")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

VERIFY = """
import json, sys, time, pickle
from pathlib import Path
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
panel = pickle.loads(Path(sys.argv[2]).read_bytes())
t0 = time.perf_counter()
v = verify_score_sheet(Path(sys.argv[1]), panel)
dt = time.perf_counter() - t0
# VmHWM (not ru_maxrss, which Linux carries over exec from the parent)
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(json.dumps({"seconds": dt, "peak_mib": hwm / 1024, "status": v.status.value,
                  "message": v.message[:300]}))
"""


def _sheet_member(zf: zipfile.ZipFile, title: str) -> str:
    import re

    wb = zf.read("xl/workbook.xml").decode()
    rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet name="{title}"[^>]*r:id="([^"]+)"', wb)
    assert rid
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    assert target
    return "xl/" + target.group(1)


def _rewrite(src: Path, out: Path, changes: dict[str, bytes], extra_rels: str = "") -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = changes.pop(info.filename, None) or zin.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels" and extra_rels:
                data = data.replace(b"</Relationships>", extra_rels.encode() +
                                    b"</Relationships>")
            zout.writestr(info.filename, data)
        for name, data in changes.items():
            zout.writestr(name, data)
    return out


def _random_text(rng: random.Random, n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choices(letters, k=n))


def craft(genuine: Path, out: Path, kind: str, mb: float) -> Path:
    """A hostile variant of ``genuine`` of about ``mb`` MB (compressed)."""
    rng = random.Random(12)
    target = int(mb * 1024 * 1024)
    with zipfile.ZipFile(genuine) as zf:
        scores = _sheet_member(zf, "Scores")
        xml = zf.read(scores).decode()
    head, tail = xml.split("</sheetData>")
    last_row = int(head.rsplit('<row r="', 1)[1].split('"', 1)[0])
    if kind == "cells":
        # random numbers compress to ~12 bytes a cell
        rows, r, size = [], last_row, 0
        while size < target * 3.9:
            r += 1
            cells = "".join(f'<c r="{col}{r}"><v>{rng.random():.12f}</v></c>'
                            for col in "ABCDEFGHIJ")
            row = f'<row r="{r}">{cells}</row>'
            rows.append(row)
            size += len(row)
        return _rewrite(genuine, out, {scores: (head + "".join(rows) + "</sheetData>" + tail)
                                       .encode()})
    if kind == "strings":
        n = int(target * 2.0 / 40)
        sis = "".join(f"<si><t>{_random_text(rng, 24)}</t></si>" for _ in range(n))
        sst = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{n}" '
               f'uniqueCount="{n}">{sis}</sst>').encode()
        # the first cell of the signature sheet names the last string: all must be read
        body = head.replace('<c r="A2" s="1" t="inlineStr">', f'<c r="A2" s="1" t="s"><v>{n - 1}'
                            '</v></c><c r="Z2" t="inlineStr">', 1)
        return _rewrite(genuine, out, {"xl/sharedStrings.xml": sst,
                                       scores: (body + "</sheetData>" + tail).encode()},
                        extra_rels=f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" '
                                   'Target="sharedStrings.xml"/>')
    if kind == "long_texts":
        n = max(1, int(target / 0.76 / 32_000))
        cells = "".join(f'<row r="{last_row + 1 + i}"><c r="A{last_row + 1 + i}" '
                        f't="inlineStr"><is><t>{_random_text(rng, 32_000)}</t></is></c></row>'
                        for i in range(n))
        return _rewrite(genuine, out, {scores: (head + cells + "</sheetData>" + tail)
                                       .encode()})
    if kind == "elements":
        # formatting elements with random sizes (so that the zip's ratio limit lets them in)
        n = int(target * 4.4 / 20)
        sizes = "".join(f'<sz val="{rng.randrange(10**6)}"/>' for _ in range(n))
        row = (f'<row r="{last_row + 1}"><c r="A{last_row + 1}" t="inlineStr"><is><r><rPr>'
               + sizes + "</rPr><t>x</t></r></is></c></row>")
        return _rewrite(genuine, out, {scores: (head + row + "</sheetData>" + tail).encode()})
    raise ValueError(kind)


def main() -> int:
    import pickle

    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--mb", type=float, default=23.0)
    ap.add_argument("--nominees", type=int, default=100)
    ap.add_argument("--criteria", type=int, default=40)
    ap.add_argument("--kinds", nargs="*", default=list(KINDS))
    args = ap.parse_args()
    from benchmarks.synthetic import make_panel, write_sheets

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sp = make_panel(work, nominees=args.nominees, criteria=args.criteria, judges=1)
    genuine = write_sheets(sp, work / "sheets")[0]
    (work / "panel.pickle").write_bytes(pickle.dumps(sp.panel))
    out = {}
    for kind in args.kinds:
        path = craft(genuine, work / f"hostile-{kind}.xlsx", kind, args.mb)
        proc = subprocess.run([sys.executable, "-c", VERIFY, str(path),
                               str(work / "panel.pickle")], capture_output=True, text=True,
                              timeout=600, check=False)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-2000:])
        doc = json.loads(proc.stdout.strip().splitlines()[-1])
        doc["file_mb"] = round(path.stat().st_size / 1024 / 1024, 1)
        out[kind] = doc
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
