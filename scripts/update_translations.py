"""Refresh the translation sources and say what is left to translate.

    python scripts/update_translations.py           # lupdate, fill zh_CN from the catalogue
    python scripts/update_translations.py --check   # exit 1 if any entry is unfinished

Runs ``pyside6-lupdate`` over ``zerodx_desktop/ui/*.py`` into
``resources/translations/zerodx_{zh_CN,en}.ts`` (obsolete entries dropped), fills the Chinese
file from ``scripts/translations_zh.py`` and the English one as an identity translation, then
lists the entries still unfinished. ``make translations`` compiles the .qm files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6 into the venv)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "zerodx_desktop" / "ui").glob("*.py"))


def lupdate() -> None:
    for lang in LANGS:
        ts = TS_DIR / f"zerodx_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def fill(ts: Path, lang: str) -> None:
    """Fill ``ts`` in place: zh_CN from the catalogue, en as an identity translation."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations_zh import ZH  # type: ignore[import-not-found]
    from translations_zh_meeting import ZH_MEETING  # type: ignore[import-not-found]
    from translations_zh_programme import ZH_PROGRAMME  # type: ignore[import-not-found]

    ZH = {**ZH_PROGRAMME, **ZH, **ZH_MEETING}

    tree = ET.parse(ts)  # noqa: S314
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if lang == "en":
            target = source
        else:
            target = ZH.get(source, "")
        if not target:
            continue
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            form = ET.SubElement(tr, "numerusform")
            form.text = target
        else:
            tr.text = target
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished, non-empty translation."""
    out = []
    root = ET.parse(ts).getroot()  # noqa: S314
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            text = "" if tr is None else "".join(tr.itertext()).strip()
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not text:
                out.append((name, message.findtext("source") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report; do not run lupdate")
    args = ap.parse_args(argv)
    if not args.check:
        lupdate()
        for lang in LANGS:
            fill(TS_DIR / f"zerodx_{lang}.ts", lang)
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
