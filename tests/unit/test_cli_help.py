"""The CLI explains itself: every option has a help text, `--home` works after any
sub-command, the methods are explained, and README's synopsis says what `--help` says."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from zerodx_desktop.cli import METHOD_HELP, build_parser
from zerodx_desktop.core.panel import METHODS

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
              ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _leaves() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    return [(path, p) for path, p in _commands(build_parser())
            if path and not any(isinstance(a, argparse._SubParsersAction) for a in p._actions)]


def test_every_option_of_every_command_has_a_help_text() -> None:
    missing = []
    seen = 0
    for path, parser in _commands(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if isinstance(action, argparse._SubParsersAction):  # each sub-command: a line
                missing += [f"zerodx {' '.join(path)} {c.dest}" for c in action._choices_actions
                            if not (c.help or "").strip()]
                continue
            seen += 1
            if not action.help or action.help == argparse.SUPPRESS or not action.help.strip():
                missing.append(f"zerodx {' '.join(path)} "
                               f"{'/'.join(action.option_strings) or action.dest}")
    assert seen > 50  # the walk reached the sub-commands
    assert missing == []


def test_every_sub_command_takes_home(tmp_path: Path) -> None:
    for path, parser in _leaves():
        options = {o for a in parser._actions for o in a.option_strings}
        assert "--home" in options, path
    args = build_parser().parse_args(["merge", "--home", str(tmp_path), "--panel", "p.zdxpanel",
                                      "--out", "r.xlsx", "a.xlsx", "b.xlsx"])
    assert args.home == str(tmp_path) and args.sheets == ["a.xlsx", "b.xlsx"]
    # given before the sub-command it is kept (the sub-command's default does not erase it)
    args = build_parser().parse_args(["--home", str(tmp_path), "export", "--out", "s.xlsx"])
    assert args.home == str(tmp_path) and args.include_history is False
    args = build_parser().parse_args(["export", "--out", "s.xlsx"])
    assert args.home is None


def test_merge_help_explains_every_method(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["merge", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    methods = text.split("aggregation methods (--method):", 1)[1]
    for m in METHODS:
        assert m in METHOD_HELP, f"no explanation of --method {m} for 'zerodx merge --help'"
        line = re.search(rf"^  {m}\s+(\S.*)$", methods, re.MULTILINE)
        assert line and METHOD_HELP[m].startswith(line.group(1).strip()), m
    assert "exit status is 1" in text


def _synopsis() -> list[str]:
    text = README.read_text("utf-8")
    block = text.split("## The command line", 1)[1].split("```", 2)[1]
    lines: list[str] = []
    for raw in block.splitlines():
        if raw.startswith("zerodx "):
            lines.append(raw)
        elif raw.strip() and lines:
            lines[-1] += " " + raw.strip()  # a continuation line
    return lines


def test_readme_synopsis_and_help_agree() -> None:
    synopsis = _synopsis()
    for path, parser in _leaves():
        head = "zerodx [--home DIR] " + " ".join(path)
        mine = [line for line in synopsis
                if line == head or line.startswith(head + " ")]
        assert mine, f"README has no line for `{' '.join(path)}`"
        text = " ".join(mine)
        options = set()
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction) or "--home" in action.option_strings:
                continue
            if not action.option_strings:  # a positional: its metavar is written
                assert str(action.metavar) in text, (path, action.metavar)
                continue
            options.update(action.option_strings)
            opt = action.option_strings[0]
            if action.nargs == 0:
                assert opt in text, (path, opt)
            else:
                assert f"{opt} {action.metavar}" in text, (path, opt, action.metavar)
        # and the README names no option that the command does not have
        for written in re.findall(r"(?<![\w-])--[a-z][a-z-]*", text.replace(
                "[--home DIR]", "")):
            assert written in options, (path, written)
