"""The layering contracts and start-up hygiene, checked as part of the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Contracts: 3 kept, 0 broken" in proc.stdout
    assert "one door" in proc.stdout


def test_one_door_no_front_end_imports_formats_or_store() -> None:
    """The contract above, as the grep the review ran (it also sees imports inside functions
    and under TYPE_CHECKING, whatever the linter's settings)."""
    import re

    pattern = re.compile(r"^\s*(from|import)\s+zerodx_desktop\.(formats|store)\b", re.M)
    front = [*(ROOT / "zerodx_desktop" / "ui").rglob("*.py"),
             ROOT / "zerodx_desktop" / "cli.py", ROOT / "zerodx_desktop" / "__main__.py"]
    offenders = [f"{p.relative_to(ROOT)}:{m.group(0).strip()}" for p in front
                 for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_qt_free_layers_do_not_mention_pyside() -> None:
    offenders = []
    for layer in ("core", "store", "formats", "services"):
        for path in (ROOT / "zerodx_desktop" / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "PySide6" in text or "shiboken6" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_heavy_libraries_stay_off_the_start_up_path() -> None:
    code = (
        "import sys; import zerodx_desktop.__main__, zerodx_desktop.cli; "
        "heavy = [m for m in ('openpyxl', 'reportlab', 'numpy', 'krippendorff', 'PySide6') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_one_place_decides_how_a_report_is_printed() -> None:
    """``write_report`` and ``write_certificates`` are called from services.reports only, so
    the rule "final only from a valid result, else a watermarked draft" lives once."""
    import re

    callers = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "zerodx_desktop").rglob("*.py")
        if re.search(r"(?<!def )\bwrite_(report|certificates)\(", p.read_text(encoding="utf-8")))
    assert callers == ["zerodx_desktop/services/reports.py"]


def test_the_signed_workbook_codecs_hold_no_verification_words() -> None:
    """Words at the edge: the score sheet and result workbook codecs make no engine sentence
    (``Message``) of their own; the words for verification codes are in
    core/verification_words.py, the rules in core/verification.py."""
    import ast

    offenders = []
    for name in ("score_sheet.py", "score_sheet_verify.py", "result_workbook.py",
                 "result_verify.py", "xlsx/compare.py"):
        path = ROOT / "zerodx_desktop" / "formats" / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "Message":
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == []
