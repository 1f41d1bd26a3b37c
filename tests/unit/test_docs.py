"""docs/ is the contract that ships with the project: its generated parts match the code, and
nothing cites a design document that is not in the repository."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _write_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("write_docs", ROOT / "scripts" / "write_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_docs_match_the_code() -> None:
    stale = [str(path.relative_to(ROOT)) for path, text in _write_docs().generated().items()
             if not path.is_file() or path.read_text(encoding="utf-8") != text]
    assert stale == [], "run: .venv/bin/python scripts/write_docs.py"


def test_cli_reference_names_the_trust_options() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("zerodx panel open", "zerodx merge", "zerodx verify", "zerodx report"):
        section = text.split(f"## `{command}`", 1)[1].split("\n## ", 1)[0]
        assert "--organizer FINGERPRINT" in section, command
    report = text.split("## `zerodx report`", 1)[1].split("\n## ", 1)[0]
    assert "--draft" in report and "--panel" in report
    assert "--chair" in text.split("## `zerodx panel build`", 1)[1].split("\n## ", 1)[0]


def test_nothing_cites_a_design_document_outside_the_repository() -> None:
    cites = []
    for path in [ROOT / "README.md", *(ROOT / "zerodx_desktop").rglob("*.py"),
                 *(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]:
        if path == Path(__file__):
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"DESIGN(\.md| §)", line):
                cites.append(f"{path.relative_to(ROOT)}:{i}")
    assert cites == []
    links = re.findall(r"\]\((docs/[^)#]+)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert "docs/contract.md" in links
    assert all((ROOT / link).exists() for link in links), links
