"""The hosted CI workflow cannot run here: keep it honest against what does run here (the
Makefile's commands, the scripts it calls, the systems and Python versions it names)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def run_lines() -> list[str]:
    """Every shell line of every ``run:`` step."""
    lines, block_indent = [], None
    for line in WORKFLOW.read_text("utf-8").splitlines():
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if stripped and indent >= block_indent:
                lines.append(stripped)
                continue
            block_indent = None
        m = re.match(r"\s*(?:- )?run: (.*)$", line)
        if m and m.group(1) == "|":
            block_indent = indent + 2
        elif m:
            lines.append(m.group(1).strip())
    return lines


def make_recipe(target: str) -> list[str]:
    text = (ROOT / "Makefile").read_text("utf-8")
    body = text.split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
    return [line.strip().replace("$(BIN)/", "") for line in body.splitlines()[1:]]


def test_workflow_covers_three_systems_and_three_pythons() -> None:
    text = WORKFLOW.read_text("utf-8")
    assert "os: [ubuntu-latest, windows-latest, macos-latest]" in text
    assert 'python: ["3.11", "3.12", "3.13"]' in text
    assert text.count("actions/upload-artifact@") == 1


def test_workflow_runs_what_make_test_and_make_bundle_run() -> None:
    lines = run_lines()
    test = make_recipe("test")
    assert len(test) == 4  # ruff, lint-imports, mypy, pytest
    # every command of make test, in the workflow too (which sets QT_QPA_PLATFORM for every step)
    for command in test:
        assert command.removeprefix("QT_QPA_PLATFORM=offscreen ") in lines, command
    bundle = next(c for c in make_recipe("bundle") if "PyInstaller" in c)
    assert bundle in lines


def test_every_script_the_workflow_calls_exists_here() -> None:
    called = [m for line in run_lines()
              for m in re.findall(r"(?:\.ci|packaging)/[\w./-]+", line)]
    assert {"packaging/smoke.sh", "packaging/wheel_smoke.sh", ".ci/run",
            "packaging/zerodx-desktop.spec"} <= set(called)
    for path in called:
        assert (ROOT / path).is_file(), path
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "--system-packages-only ]] && exit 0" in ci
    # .ci/run keeps running the test suite and both smoke scripts
    assert ci.rstrip().splitlines()[-1] == "bash packaging/wheel_smoke.sh"
    assert "\nmake test\n" in ci and "\nbash packaging/smoke.sh\n" in ci
