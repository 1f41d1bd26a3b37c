"""A signed score sheet and the edits tests make to its XML (number formats, styles, rows)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SCORES_XML = "xl/worksheets/sheet1.xml"
SUMMARY_XML = "xl/worksheets/sheet2.xml"
STYLES_XML = "xl/styles.xml"


def signed_sheet_world(root: Path) -> dict[str, Any]:
    """A signed score sheet (Ada, NOMINEES, one declared conflict) in ``root``."""
    # imported here: tests/conftest.py imports this module, and start-up tests count modules
    from tests.factories import make_content, make_framework, make_panel
    from zerodx_desktop.core.sheet import DeclaredConflict
    from zerodx_desktop.formats.score_sheet import write_score_sheet
    from zerodx_desktop.formats.signing import Identity

    fw = make_framework()
    judge = Identity.generate("Ada Judge", "ada@example.org")
    panel = make_panel(fw, [judge])
    sheet = root / "ada.xlsx"
    write_score_sheet(sheet, make_content(fw, conflicts=[DeclaredConflict("n-003", "board")]),
                      fw, panel, judge)
    with zipfile.ZipFile(sheet) as zf:
        book = zf.read("xl/workbook.xml").decode()
    # the writer's part order: Scores is sheet1, Summary sheet2
    assert book.index('name="Scores"') < book.index('name="Summary"') < book.index("_signature")
    return {"root": root, "sheet": sheet, "panel": panel}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A signed score sheet to edit, one per test module (registered in tests/conftest.py)."""
    return signed_sheet_world(tmp_path_factory.mktemp("display"))


def rewrite(world: dict, name: str, edits: dict[str, Callable[[str], str]]) -> Path:
    out = world["root"] / f"{name}.xlsx"
    with zipfile.ZipFile(world["sheet"]) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)
    return out


def esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def add_style(styles: str, num_fmt_id: int, code: str | None) -> tuple[str, int]:
    """styles.xml with one more cell style using number format ``num_fmt_id`` (defined with
    ``code`` when given); returns the new style's index."""
    n = len(re.findall(r"<xf ", styles[styles.index("<cellXfs"):styles.index("</cellXfs>")]))
    if code is not None:
        fmt = f'<numFmt numFmtId="{num_fmt_id}" formatCode="{esc(code)}"/>'
        if "<numFmts" in styles:
            styles = styles.replace("</numFmts>", fmt + "</numFmts>")
        else:
            head = styles.index(">", styles.index("<styleSheet")) + 1
            styles = styles[:head] + f'<numFmts count="1">{fmt}</numFmts>' + styles[head:]
    styles = styles.replace("</cellXfs>", f'<xf numFmtId="{num_fmt_id}" fontId="0" '
                            'fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>')
    return styles, n


def set_style(sheet: str, ref: str, style: int | str) -> str:
    """Give cell ``ref`` the style index ``style`` (replacing any it has)."""
    m = re.search(rf'<c r="{ref}"([^>]*?)(/?)>', sheet)
    assert m, ref
    attrs = re.sub(r'\s+s="[^"]*"', "", m.group(1))
    return sheet[:m.start()] + f'<c r="{ref}" s="{style}"{attrs}{m.group(2)}>' + sheet[m.end():]


def formatted(world: dict, name: str, part: str, ref: str, num_fmt_id: int,
               code: str | None) -> Path:
    style: list[int] = []

    def styles_edit(text: str) -> str:
        text, idx = add_style(text, num_fmt_id, code)
        style.append(idx)
        return text

    with zipfile.ZipFile(world["sheet"]) as zf:
        _s, idx = add_style(zf.read(STYLES_XML).decode(), num_fmt_id, code)
    return rewrite(world, name, {STYLES_XML: styles_edit,
                                  part: lambda text: set_style(text, ref, idx)})


def openpyxl_edit(world: dict, name: str, fn: Callable[[Any], object]) -> Path:
    import openpyxl

    out = world["root"] / f"{name}.xlsx"
    wb = openpyxl.load_workbook(world["sheet"])
    fn(wb["Scores"])
    wb.save(out)
    return out
