"""Refresh the translation catalogue and say what is left to translate.

    python scripts/update_translations.py                  # lupdate; list what is unfinished
    python scripts/update_translations.py --check          # only list; exit 1 if any unfinished
    python scripts/update_translations.py --import-py FILE[:CONTEXT]... [--overwrite]

The catalogue is ``resources/translations/zerodx_{zh_CN,en}.ts``: Qt Linguist files, edited
with Linguist (``pyside6-linguist``) or by hand. This script runs ``pyside6-lupdate`` over
``zerodx_desktop/ui/*.py`` and over the words of the code contexts below, so existing
translations are kept, new source texts appear as ``unfinished`` and texts no longer used are
dropped; the English file is filled as an identity translation. ``--check`` (a test runs the
same check) fails while any entry is unfinished. ``make translations`` compiles the .qm files.

Contexts outside the UI (no Qt there; ``zerodx_desktop.catalogue`` reads the .ts):

- ``engine``: the engine's message ids, every literal ``Message("...")`` outside ``ui/``
  (the scan is complete, so an id no code raises any more is dropped);
- ``Report``: the printed pages' words (``formats.pdf.i18n.t``); every literal ``t("...")`` /
  ``_t("...")`` in ``formats/`` is added, and the entries already in the .ts are kept (some
  report texts reach ``t`` through a variable, which no scan sees).

``--import-py`` is a one-off importer for the Python dicts the catalogue used to be
(``scripts/translations_zh*.py``, ``core/messages_zh.py``, ``formats/report_zh.py``,
``formats/pdf_i18n.py``): after lupdate it reads every ``dict`` literal of each FILE (not
running it) and fills the zh_CN entries with those sources. The context of a dict: ``:CONTEXT``
after the file name, else ``engine`` for ``ENGINE_ZH``, ``Report`` for ``REPORT_ZH`` and the
dicts of ``pdf_i18n.py``, else every UI context holding the source (as the old filler did).
An entry already translated differently is kept and listed (``--overwrite`` takes the file's).
Entries of a code context missing from the .ts are added. Files are applied in order, so a
later file wins. To merge a branch that still adds to ``scripts/translations_zh.py``: take its
version of the file, run ``--import-py scripts/translations_zh.py``, then delete the file.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "zerodx_desktop"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")
ENGINE, REPORT = "engine", "Report"
CODE_CONTEXTS = (ENGINE, REPORT)
_SKIPPED = ("unfinished", "obsolete", "vanished")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6 into the venv)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "ui").glob("*.py"))


def _literal_calls(paths: Iterable[Path], names: set[str]) -> list[str]:
    """The first argument of every call of a function in ``names`` that is a string literal."""
    out: list[str] = []
    for path in sorted(paths):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value not in out):
                out.append(node.args[0].value)
    return out


def engine_ids() -> list[str]:
    """Every literal ``Message("...")`` id outside the UI."""
    return _literal_calls((p for p in PACKAGE.rglob("*.py")
                           if "ui" not in p.relative_to(PACKAGE).parts), {"Message"})


def report_ids() -> list[str]:
    """Every literal ``t("...")`` / ``_t("...")`` in ``formats/``."""
    return _literal_calls((PACKAGE / "formats").rglob("*.py"), {"t", "_t"})


def _parse(ts: Path) -> ET.ElementTree:
    return ET.parse(ts)  # noqa: S314 -- our own file


def _context_sources(ts: Path, context: str) -> list[str]:
    if not ts.exists():
        return []
    for ctx in _parse(ts).getroot().iter("context"):
        if ctx.findtext("name") == context:
            return [m.findtext("source") or "" for m in ctx.iter("message")]
    return []


def code_words() -> dict[str, list[str]]:
    """The source texts of the code contexts for lupdate: the engine's ids as scanned; the
    report's as scanned plus those already in the catalogue."""
    report = _context_sources(TS_DIR / "zerodx_zh_CN.ts", REPORT)
    report += [s for s in report_ids() if s not in report]
    return {ENGINE: engine_ids(), REPORT: report}


def code_words_source(words: dict[str, list[str]]) -> str:
    """A Python file marking ``words`` for lupdate (given to it, never kept)."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {source!r})"
              for context, listed in words.items() for source in listed]
    return "\n".join(lines) + "\n"


def lupdate() -> None:
    words = code_words()
    with tempfile.TemporaryDirectory() as tmp:
        listed = Path(tmp) / "code_contexts.py"
        listed.write_text(code_words_source(words), encoding="utf-8")
        for lang in LANGS:
            ts = TS_DIR / f"zerodx_{lang}.ts"
            subprocess.run([tool("pyside6-lupdate"), *sources(), str(listed), "-no-obsolete",
                            "-locations", "none", "-target-language", lang,
                            "-ts", str(ts.relative_to(ROOT))],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def _set(message: ET.Element, target: str) -> None:
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    tr.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        ET.SubElement(tr, "numerusform").text = target
    else:
        tr.text = target


def _text(message: ET.Element) -> str:
    """A message's finished translation ('' when unfinished)."""
    tr = message.find("translation")
    if tr is None or tr.get("type") in _SKIPPED:
        return ""
    forms = tr.findall("numerusform")
    return (forms[0].text if forms else tr.text) or ""


def fill_english(ts: Path) -> None:
    """The English file: every entry its own translation."""
    tree = _parse(ts)
    for message in tree.getroot().iter("message"):
        _set(message, message.findtext("source") or "")
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def normalise(ts: Path) -> None:
    """Rewrite ``ts`` as this script writes it (lupdate's layout differs in small ways)."""
    _write(_parse(ts), ts)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished, non-empty translation."""
    out = []
    root = _parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            text = "" if tr is None else "".join(tr.itertext()).strip()
            if tr is None or tr.get("type") in _SKIPPED or not text:
                out.append((name, message.findtext("source") or ""))
    return out


# ---- the one-off importer of the old Python dicts ---------------------------------------
def py_dicts(path: Path) -> list[tuple[str, dict[str, str]]]:
    """(name, entries) of every dict literal of a module bound to a name (``X = {...}``,
    ``X: T = {...}``) or added with ``X.update({...})``; ``**other`` parts are skipped."""
    out: list[tuple[str, dict[str, str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name, value = "", None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name, value = getattr(node.targets[0], "id", ""), node.value
        elif isinstance(node, ast.AnnAssign):
            name, value = getattr(node.target, "id", ""), node.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "update" and len(node.args) == 1):
            name, value = getattr(node.func.value, "id", ""), node.args[0]
        if not name or not isinstance(value, ast.Dict):
            continue
        entries = {k.value: v.value for k, v in zip(value.keys, value.values, strict=True)
                   if isinstance(k, ast.Constant) and isinstance(k.value, str)
                   and isinstance(v, ast.Constant) and isinstance(v.value, str)}
        if entries:
            out.append((name, entries))
    return out


def context_of(path: Path, name: str, given: str | None) -> str | None:
    """The context a dict's entries belong to (None: every UI context)."""
    if given:
        return given
    if name == "ENGINE_ZH":
        return ENGINE
    if name == "REPORT_ZH" or path.stem == "pdf_i18n":
        return REPORT
    return None


def import_py(ts: Path, specs: list[str], overwrite: bool = False) -> dict[str, int]:
    """Merge the dict entries of ``specs`` (``FILE`` or ``FILE:CONTEXT``) into ``ts``; prints
    what each file did and returns the totals."""
    tree = _parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    totals = {"filled": 0, "same": 0, "differing": 0, "added": 0, "unused": 0}
    for spec in specs:
        path, given = Path(spec), None
        if not path.exists() and ":" in spec:
            head, given = spec.rsplit(":", 1)
            path = Path(head)
        if not path.is_file():
            raise SystemExit(f"--import-py: {spec}: no such file")
        counts = dict.fromkeys(totals, 0)
        notes: list[str] = []
        for name, entries in py_dicts(path):
            context = context_of(path, name, given)
            for source, target in entries.items():
                if context is None:
                    messages = [m for cname, c in contexts.items() if cname not in CODE_CONTEXTS
                                for m in c.iter("message") if m.findtext("source") == source]
                else:
                    ctx = contexts.get(context)
                    if ctx is None:
                        ctx = ET.SubElement(root, "context")
                        ET.SubElement(ctx, "name").text = context
                        contexts[context] = ctx
                    messages = [m for m in ctx.iter("message") if m.findtext("source") == source]
                    if not messages:
                        message = ET.SubElement(ctx, "message")
                        ET.SubElement(message, "source").text = source
                        ET.SubElement(message, "translation", type="unfinished")
                        messages = [message]
                        counts["added"] += 1
                if not messages:
                    counts["unused"] += 1
                    notes.append(f"  unused (no such source in the catalogue): {source!r}")
                for message in messages:
                    have = _text(message)
                    if have == target:
                        counts["same"] += 1
                    elif not have or overwrite:
                        _set(message, target)
                        counts["filled"] += 1
                    else:
                        counts["differing"] += 1
                        notes.append(f"  kept {have!r} for {source!r}, not {target!r}")
        print(f"{path}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        for note in notes:
            print(note)
        for k, v in counts.items():
            totals[k] += v
    _write(tree, ts)
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report; do not run lupdate")
    ap.add_argument("--import-py", nargs="+", metavar="FILE[:CONTEXT]", default=[],
                    help="merge the dict entries of these Python files into zh_CN (one-off)")
    ap.add_argument("--overwrite", action="store_true",
                    help="with --import-py: the file's translation replaces a different one")
    args = ap.parse_args(argv)
    if not args.check:
        lupdate()
        normalise(TS_DIR / "zerodx_zh_CN.ts")
        fill_english(TS_DIR / "zerodx_en.ts")
        if args.import_py:
            import_py(TS_DIR / "zerodx_zh_CN.ts", args.import_py, overwrite=args.overwrite)
            lupdate()  # entries added to a code context reach the English file too
            normalise(TS_DIR / "zerodx_zh_CN.ts")
            fill_english(TS_DIR / "zerodx_en.ts")
    missing = 0
    for lang in LANGS:
        todo = unfinished(TS_DIR / f"zerodx_{lang}.ts")
        missing += len(todo)
        print(f"zerodx_{lang}.ts: {len(todo)} unfinished")
        for context, source in todo:
            print(f"  [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
