"""Write the generated parts of docs/ from the code: ``docs/cli.md`` (the ``--help`` of every
``zerodx`` command) and ``docs/schemas/*.schema.json`` (the JSON schemas of the framework
file, ``nominee.json`` and ``panel.json``).

Run after changing a command, an option, a help text or a schema:
``.venv/bin/python scripts/write_docs.py``. tests/unit/test_docs.py fails while docs/ and the
code differ (``--check`` does the same here).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _help(parser: argparse.ArgumentParser) -> str:
    # a fixed width: the text must not depend on the terminal it was written from
    os.environ["COLUMNS"] = "92"
    return parser.format_help().rstrip() + "\n"


def _sub_parsers(parser: argparse.ArgumentParser, prefix: str
                 ) -> list[tuple[str, argparse.ArgumentParser]]:
    out = [(prefix, parser)]
    for action in parser._actions:  # argparse keeps sub-commands here, nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.extend(_sub_parsers(sub, f"{prefix} {name}"))
    return out


def render_cli() -> str:
    from zerodx_desktop.cli import build_parser

    lines = ["# `zerodx` command line reference",
             "",
             "Generated from the code by `scripts/write_docs.py` (do not edit by hand). The",
             "contract around it (exit codes, JSON keys, statuses) is in",
             "[contract.md](contract.md).",
             ""]
    for name, parser in _sub_parsers(build_parser(), "zerodx"):
        lines += [f"## `{name}`", "", "```", _help(parser).rstrip(), "```", ""]
    return "\n".join(lines)


def schemas() -> dict[str, dict[str, object]]:
    from zerodx_desktop.core.framework_schema import FRAMEWORK_SCHEMA, NOMINEE_SCHEMA
    from zerodx_desktop.formats.package import PANEL_SCHEMA

    return {"framework": FRAMEWORK_SCHEMA, "nominee": NOMINEE_SCHEMA, "panel": PANEL_SCHEMA}


def render_schema(schema: dict[str, object]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def generated() -> dict[Path, str]:
    """Every generated file under docs/ and its text."""
    out = {DOCS / "cli.md": render_cli()}
    for name, schema in schemas().items():
        out[DOCS / "schemas" / f"{name}.schema.json"] = render_schema(schema)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="only say which files differ")
    args = p.parse_args(argv)
    stale = []
    for path, text in generated().items():
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
