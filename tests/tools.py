"""External tools the tests read results with (poppler, LibreOffice), in one place."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    """``src`` converted by a headless LibreOffice with its own profile folder."""
    assert SOFFICE, "LibreOffice (soffice) is required for these tests"
    outdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        capture_output=True, text=True, timeout=120, check=False)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert proc.returncode == 0 and out.is_file(), proc.stdout + proc.stderr
    return out


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8")


def assert_fonts_embedded(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    lines = out.splitlines()[2:]
    assert lines, out
    for line in lines:
        cols = line.split()
        # name type encoding emb sub uni object ID: emb is the 5th from the end
        emb = cols[-5]
        assert emb == "yes", line
        assert "Type 3" not in line, line
        assert not re.match(r"(Helvetica|Times|Courier|Symbol|ZapfDingbats)", cols[0]), line
    return lines
