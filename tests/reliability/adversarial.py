"""An adversarial corpus of crafted score sheets and result workbooks (docs/contract.md §7).

Every file is made from a genuine signed file (written in a tmp dir by the real writers) by
rewriting the XML parts of the zip: the attacker holds a valid file and no key. Each crafted
file keeps the signed values where one reader might look and puts other values where another
reader (Excel, LibreOffice, python-calamine) might look, or is merely unusual but genuine in
meaning (rich text runs, a lying <dimension>, "+3"), which must stay readable.

:func:`build_corpus` returns :class:`Crafted` entries; the test
(test_adversarial_corpus.py) verifies each and converts all of them with LibreOffice to check
the oracle: either ``verify`` does not say ``valid``, or LibreOffice shows exactly the signed
values, names and totals.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WB, WB_RELS, STYLES, ROOT_RELS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                  "xl/styles.xml", "_rels/.rels")
SST, CT = "xl/sharedStrings.xml", "[Content_Types].xml"

Parts = dict[str, bytes]


@dataclass
class Crafted:
    name: str
    kind: str  # "sheet" or "result"
    path: Path
    what: str  # the class of attack (or of genuine oddity)
    expect: str | None  # the status our reader must give, when it is fixed ("unreadable"...)


def read_parts(path: Path) -> Parts:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_parts(parts: Parts, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def sheet_member(parts: Parts, title: str) -> str:
    """The worksheet part of sheet ``title`` (via workbook.xml and its relationships)."""
    wb = parts[WB].decode()
    m = re.search(r'<sheet name="' + re.escape(title) + r'"[^>]*r:id="([^"]+)"', wb)
    assert m, title
    rels = parts[WB_RELS].decode()
    t = re.search(r'Id="' + re.escape(m.group(1)) + r'"[^>]*Target="([^"]+)"', rels) or \
        re.search(r'Target="([^"]+)"[^>]*Id="' + re.escape(m.group(1)) + '"', rels)
    assert t
    target = t.group(1)
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def cell_xml(xml: str, ref: str) -> str:
    m = re.search(r'<c r="' + ref + r'"(?: [^>]*)?(?:/>|>.*?</c>)', xml, re.S)
    assert m, ref
    return m.group(0)


def value_of(cell: str) -> str:
    m = re.search(r"<v>(.*?)</v>", cell) or re.search(r"<t[^>]*>(.*?)</t>", cell, re.S)
    assert m, cell
    return m.group(1)


def edit(parts: Parts, member: str, fn: Callable[[str], str]) -> Parts:
    out = dict(parts)
    new = fn(parts[member].decode())
    assert new != parts[member].decode(), f"the edit of {member} changed nothing"
    out[member] = new.encode()
    return out


def replace_cell(parts: Parts, title: str, ref: str, fn: Callable[[str], str]) -> Parts:
    member = sheet_member(parts, title)
    return edit(parts, member, lambda x: x.replace(cell_xml(x, ref), fn(cell_xml(x, ref)), 1))


def with_shared_strings(parts: Parts) -> Parts:
    """The same workbook with every inline string moved to a shared-strings table, as
    Excel and LibreOffice save it (a genuine transformation)."""
    out = dict(parts)
    table: dict[str, int] = {}
    texts: list[str] = []

    def to_shared(m: re.Match[str]) -> str:
        text = m.group(2)
        if text not in table:
            table[text] = len(texts)
            texts.append(text)
        return f'<c{m.group(1)} t="s"><v>{table[text]}</v></c>'

    pattern = re.compile(r'<c([^>]*?) t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)
    for name in list(out):
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            out[name] = pattern.sub(to_shared, out[name].decode()).encode()
    sis = "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in texts)
    out[SST] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                f'count="{len(texts)}" uniqueCount="{len(texts)}">{sis}</sst>').encode()
    rels = out[WB_RELS].decode().replace(
        "</Relationships>", f'<Relationship Id="rIdSst" Type="{REL}/sharedStrings" '
                            'Target="sharedStrings.xml"/></Relationships>')
    out[WB_RELS] = rels.encode()
    out[CT] = out[CT].decode().replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    "</Types>").encode()
    return out


def si_index(parts: Parts, text: str) -> int:
    sis = re.findall(r"<si>.*?</si>", parts[SST].decode(), re.S)
    for i, si in enumerate(sis):
        if re.search(r">" + re.escape(text) + "<", si):
            return i
    raise AssertionError(text)


def add_style(parts: Parts, code: str | None = None, font: str | None = None) -> tuple[Parts, int]:
    """A new cell style (number format ``code`` or a font XML), returns its index."""
    xml = parts[STYLES].decode()
    if code is not None:
        code_xml = code.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        fmt = f'<numFmt numFmtId="190" formatCode="{code_xml}"/>'
        if "<numFmts" in xml:
            xml = re.sub(r"<numFmts[^>]*>", lambda m: m.group(0) + fmt, xml, count=1)
        else:
            xml = re.sub(r"(<styleSheet[^>]*>)", lambda m: m.group(1) + "<numFmts count=\"1\">"
                         + fmt + "</numFmts>", xml, count=1)
    font_id = 0
    if font is not None:
        n_fonts = len(re.findall(r"<font>|<font ", xml.split("</fonts>")[0]))
        xml = xml.replace("</fonts>", font + "</fonts>", 1)
        font_id = n_fonts
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", xml, re.S)
    assert xfs
    index = len(re.findall(r"<xf ", xfs.group(1)))
    new_xf = (f'<xf numFmtId="{190 if code is not None else 0}" fontId="{font_id}" fillId="0" '
              'borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>')
    xml = xml.replace("</cellXfs>", new_xf + "</cellXfs>", 1)
    out = dict(parts)
    out[STYLES] = xml.encode()
    return out, index


def set_style(cell: str, index: int) -> str:
    cell = re.sub(r' s="\d+"', "", cell, count=1)
    return cell.replace("<c ", f'<c s="{index}" ', 1)


# --------------------------------------------------------------------------- score sheets

def sheet_cases(g: Parts, gs: Parts) -> list[tuple[str, str, Parts, str | None]]:
    """(name, class, parts, expected status) for score sheets; ``g`` is the genuine file's
    parts (inline strings), ``gs`` the same with a shared-strings table."""
    cases: list[tuple[str, str, Parts, str | None]] = []

    def add(name: str, what: str, parts: Parts, expect: str | None = None) -> None:
        cases.append((name, what, parts, expect))

    scores = sheet_member(g, "Scores")
    level = value_of(cell_xml(g[scores].decode(), "G2"))
    other = "5" if level != "5" else "4"
    name_cell = cell_xml(g[scores].decode(), "B2")
    signed_name = value_of(name_cell)
    about = sheet_member(g, "About")
    judge = value_of(cell_xml(g[about].decode(), "B2"))
    summary = sheet_member(g, "Summary")

    def lv(xml_cell: str, inner: str) -> str:
        return re.sub(r"<v>.*?</v>", inner, xml_cell, count=1)

    # 1. extension blocks as a source of values
    add("extlst-in-cell", "extLst value", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{other}</v><extLst><ext uri=\"{{x}}\">"
                                          f"<v>{level}</v></ext></extLst>")), "unreadable")
    add("extlst-in-row", "extLst value", edit(g, scores, lambda x: x.replace(
        "</row>", f'<extLst><ext uri="{{x}}"><c r="G2"><v>{level}</v></c></ext></extLst></row>',
        2)), "unreadable")
    add("sheetdata-in-worksheet-extlst", "extLst value", edit(g, scores, lambda x: x.replace(
        cell_xml(x, "G2"), lv(cell_xml(x, "G2"), f"<v>{other}</v>")).replace(
        "</worksheet>", '<extLst><ext uri="{x}"><sheetData><row r="2"><c r="G2"><v>'
        f"{level}</v></c></row></sheetData></ext></extLst></worksheet>")), "unreadable")
    # 2. foreign namespaces
    add("foreign-ns-v-after", "foreign-namespace <v>", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f'<v>{other}</v><x:v xmlns:x="urn:evil">{level}'
                                           "</x:v>")), "unreadable")
    add("foreign-ns-v-before", "foreign-namespace <v>", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f'<x:v xmlns:x="urn:evil">{other}</x:v>'
                                           f"<v>{level}</v>")), "unreadable")
    add("foreign-ns-t-name", "foreign-namespace <t>", replace_cell(
        g, "Scores", "B2", lambda c: re.sub(
            r"<is>.*?</is>", f'<is><t>Forged Name Ltd</t><x:t xmlns:x="urn:evil">'
                             f"{signed_name}</x:t></is>", c, flags=re.S)), "unreadable")
    add("foreign-ns-judge", "foreign-namespace <t> (another judge's name)", replace_cell(
        g, "About", "B2", lambda c: re.sub(
            r"<is>.*?</is>", f'<is><x:t xmlns:x="urn:evil">{judge}</x:t><t>Somebody Else</t>'
                             "</is>", c, flags=re.S)), "unreadable")
    add("foreign-ns-si", "foreign-namespace <si>", edit(gs, SST, lambda x: x.replace(
        "<si>", '<x:si xmlns:x="urn:evil"><x:t>shifted</x:t></x:si><si>', 1)), "unreadable")
    add("foreign-ns-row", "foreign-namespace <row>", edit(g, scores, lambda x: x.replace(
        "</sheetData>", f'<x:row xmlns:x="urn:evil" r="2"><x:c r="G2"><x:v>{level}</x:v></x:c>'
        "</x:row></sheetData>")), "unreadable")
    add("foreign-ns-c", "foreign-namespace <c>", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{other}</v>") + f'<x:c xmlns:x="urn:evil" '
        f'r="G2"><x:v>{level}</x:v></x:c>'), "unreadable")
    # 3. duplicate sheets and sheets in extensions
    wb = g[WB].decode()
    dup_member = "xl/worksheets/sheet99.xml"
    forged_scores = g[scores].decode().replace(cell_xml(g[scores].decode(), "G2"), lv(
        cell_xml(g[scores].decode(), "G2"), f"<v>{other}</v>"))

    def with_extra_sheet(name: str, first: bool, target: str = "worksheets/sheet99.xml",
                         rel_type: str = "worksheet") -> Parts:
        out = dict(g)
        out[dup_member] = forged_scores.encode()
        rel = (f'<Relationship Id="rId99" Type="{REL}/{rel_type}" Target="{target}"/>')
        out[WB_RELS] = g[WB_RELS].decode().replace("</Relationships>",
                                                   rel + "</Relationships>").encode()
        sheet = f'<sheet name="{name}" sheetId="99" r:id="rId99"/>'
        new = wb.replace("<sheets>", "<sheets>" + sheet) if first else wb.replace(
            "</sheets>", sheet + "</sheets>")
        out[WB] = new.encode()
        return out

    add("same-name-sheet-first", "second sheet with the same name",
        with_extra_sheet("Scores", True), "unreadable")
    add("same-name-sheet-last", "second sheet with the same name",
        with_extra_sheet("Scores", False), "unreadable")
    add("same-name-other-case", "second sheet with the same name (case)",
        with_extra_sheet("SCORES", True), "unreadable")
    ext_wb = with_extra_sheet("Scores", False)
    ext_wb[WB] = wb.replace("</workbook>", '<extLst><ext uri="{x}"><sheets><sheet name="Scores" '
                            'sheetId="99" r:id="rId99"/></sheets></ext></extLst></workbook>'
                            ).encode()
    add("sheet-in-workbook-extlst", "sheet in workbook extensions", ext_wb, "unreadable")
    alt_wb = dict(ext_wb)
    alt_wb[WB] = wb.replace("</workbook>", f'<mc:AlternateContent xmlns:mc="{MC}">'
                            '<mc:Choice Requires="x15"><sheets><sheet name="Scores" sheetId="99" '
                            'r:id="rId99"/></sheets></mc:Choice></mc:AlternateContent></workbook>'
                            ).encode()
    add("sheet-in-workbook-alternate-content", "sheet in mc:AlternateContent", alt_wb,
        "unreadable")
    # the official r:id names the forged part; a look-alike namespace names the genuine one
    look = with_extra_sheet("Decoy", False)
    rid = re.search(r'<sheet name="Scores"[^>]*r:id="(rId\d+)"', wb)
    assert rid
    look[WB] = look[WB].decode().replace(
        f'<sheet name="Scores" sheetId="1" r:id="{rid.group(1)}"/>',
        f'<sheet name="Scores" sheetId="1" xmlns:q="http://evil/relationships" '
        f'q:id="{rid.group(1)}" r:id="rId99"/>').replace(
        '<sheet name="Decoy" sheetId="99" r:id="rId99"/>', "").encode()
    add("rid-look-alike-namespace", "r:id in a look-alike namespace", look, "unreadable")
    add("chartsheet-relationship", "sheet part of another type", with_extra_sheet(
        "Extra", False, rel_type="chartsheet"), "unreadable")
    dup_rel = dict(g)
    dup_rel[WB_RELS] = g[WB_RELS].decode().replace(
        "</Relationships>", f'<Relationship Id="{rid.group(1)}" Type="{REL}/worksheet" '
        'Target="worksheets/sheet99.xml"/></Relationships>').encode()
    dup_rel[dup_member] = forged_scores.encode()
    add("duplicate-relationship-id", "relationship id used twice", dup_rel, "unreadable")
    foreign_rels = edit(g, WB_RELS, lambda x: x.replace(
        "http://schemas.openxmlformats.org/package/2006/relationships", "urn:evil:relationships"))
    add("relationships-foreign-namespace", "relationships in another namespace",
        foreign_rels, "unreadable")
    # 4. cells: duplicates, two values, order
    add("duplicate-cell-ref", "duplicate cell references", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{other}</v>") + c), "unreadable")
    add("duplicate-cell-ref-reversed", "duplicate cell references", replace_cell(
        g, "Scores", "G2", lambda c: c + lv(c, f"<v>{other}</v>")), "unreadable")
    add("two-v", "two <v> in a cell", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{other}</v><v>{level}</v>")), "unreadable")
    add("two-v-reversed", "two <v> in a cell", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{level}</v><v>{other}</v>")), "unreadable")
    add("duplicate-row", "duplicate rows", edit(g, scores, lambda x: x.replace(
        "</sheetData>", f'<row r="2"><c r="G2"><v>{other}</v></c></row></sheetData>')),
        "unreadable")
    add("cell-outside-its-row", "cell reference in another row", replace_cell(
        g, "Scores", "G2", lambda c: c.replace('r="G2"', 'r="G3"')), "unreadable")
    add("cells-out-of-order", "cells out of order", edit(g, scores, lambda x: x.replace(
        cell_xml(x, "G2") + cell_xml(x, "H2"), cell_xml(x, "H2") + cell_xml(x, "G2"))),
        "unreadable")
    # 5. numbers
    for tag, text in (("underscore", f"0_{level}"), ("arabic-indic", chr(0x660 + int(level))),
                      ("full-width", chr(0xFF10 + int(level))), ("spaces", f" {level} "),
                      ("infinity", "INF"), ("hex", f"0x{level}")):
        add(f"number-{tag}", "numbers outside the XML Schema form", replace_cell(
            g, "Scores", "G2", lambda c, t=text: lv(c, f"<v>{t}</v>")), "unreadable")
    add("number-plus-sign", "genuine: a number with a plus sign", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>+{level}</v>")), None)
    add("number-exponent", "genuine: a number with an exponent", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<v>{level}.0E0</v>")), None)
    # 6. cell types
    add("inline-string-with-v", "inline string and <v> both", replace_cell(
        g, "Scores", "B2", lambda c: c.replace("<is>", "<v>Forged Name Ltd</v><is>")),
        "unreadable")
    add("shared-string-with-is", "shared string and inline string both", replace_cell(
        gs, "Scores", "B2", lambda c: c.replace("</c>", "<is><t>Forged Name Ltd</t></is></c>")),
        "unreadable")
    add("str-with-is", "formula-string cell with an inline string", replace_cell(
        g, "Scores", "B2", lambda c: c.replace('t="inlineStr"', 't="str"')), "unreadable")
    add("type-boolean", "level as a boolean", replace_cell(
        g, "Scores", "G2", lambda c: c.replace("<c ", '<c t="b" ', 1).replace(
            f"<v>{level}</v>", "<v>1</v>")), None)
    add("type-error", "level as an error", replace_cell(
        g, "Scores", "G2", lambda c: c.replace("<c ", '<c t="e" ', 1).replace(
            f"<v>{level}</v>", "<v>#N/A</v>")), "tampered")
    add("type-unknown", "unknown cell type", replace_cell(
        g, "Scores", "G2", lambda c: c.replace("<c ", '<c t="x" ', 1)), "unreadable")
    add("value-metadata", "rich value metadata", replace_cell(
        g, "Scores", "G2", lambda c: c.replace("<c ", '<c vm="1" ', 1)), "unreadable")
    add("formula-with-cached-value", "formula with a cached value", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f"<f>{other}-0</f><v>{level}</v>")), "tampered")
    add("shared-formula", "shared formula with cached values", replace_cell(
        g, "Scores", "G2", lambda c: lv(c, f'<f t="shared" ref="G2:G3" si="0">{other}</f>'
                                           f"<v>{level}</v>")), "tampered")
    # 7. text: phonetic runs, rich text, alternate content
    add("rph-run", "phonetic run (not shown)", replace_cell(
        g, "Scores", "B2", lambda c: c.replace(
            "</t></is>", '</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is>')), None)
    add("rich-text-runs", "genuine: rich text runs", replace_cell(
        g, "Scores", "B2", lambda c: re.sub(
            r"<is>.*?</is>", f"<is><r><t>{signed_name[:3]}</t></r><r><rPr><b/></rPr>"
                             f'<t xml:space="preserve">{signed_name[3:]}</t></r></is>', c,
            flags=re.S)), "valid")
    add("two-t-in-is", "two texts in an inline string", replace_cell(
        g, "Scores", "B2", lambda c: c.replace("</t></is>", "</t><t>Forged</t></is>")),
        "unreadable")
    add("alternate-content-in-row", "mc:AlternateContent with mc:Choice", replace_cell(
        g, "Scores", "G2", lambda c: f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice '
        f'Requires="x14">{lv(c, f"<v>{other}</v>")}</mc:Choice><mc:Fallback>{c}</mc:Fallback>'
        "</mc:AlternateContent>"), "unreadable")
    add("alternate-content-in-worksheet", "mc:AlternateContent with mc:Choice", edit(
        g, scores, lambda x: x.replace("<sheetData>", f'<mc:AlternateContent xmlns:mc="{MC}">'
                                       '<mc:Choice Requires="x14"><sheetFormatPr '
                                       'defaultRowHeight="15"/></mc:Choice>'
                                       "</mc:AlternateContent><sheetData>")), "unreadable")
    add("si-two-t", "shared string with two texts", edit(gs, SST, lambda x: x.replace(
        "</t></si>", "</t><t>Forged</t></si>", 1)), "unreadable")
    add("si-rph", "shared string with a phonetic run", edit(gs, SST, lambda x: x.replace(
        "</t></si>", '</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>', 1)), None)
    add("shared-strings-genuine", "genuine: shared strings", gs, "valid")
    # 8. display: number formats, hidden rows, invisible text
    for tag, code in (("literal", f'"{other}"'), ("condition", f'[={level}]"{other}";General'),
                      ("hidden", ";;;"), ("percent", "0%")):
        styled, idx = add_style(g, code=code)
        add(f"number-format-{tag}", "number format showing another value", replace_cell(
            styled, "Scores", "G2", lambda c, i=idx: set_style(c, i)), None)
    styled, idx = add_style(g, code="0")
    add("summary-rounded", "number format rounding a total", edit(
        styled, summary, lambda x: re.sub(r'(<c r="[A-Z]+2") s="3"', rf'\1 s="{idx}"', x,
                                          count=1)), None)
    styled, idx = add_style(g, font='<font><sz val="11"/><color rgb="FFFFFFFF"/>'
                                    '<name val="Calibri"/></font>')
    add("white-on-white", "invisible text", replace_cell(
        styled, "Scores", "B2", lambda c: set_style(c, idx)), None)
    add("hidden-row", "hidden rows", edit(g, scores, lambda x: x.replace(
        '<row r="2"', '<row r="2" hidden="1"', 1)), None)
    add("dimension-lie", "genuine: <dimension> lies", edit(g, scores, lambda x: re.sub(
        r'<dimension ref="[^"]+"/>', '<dimension ref="A1:B2"/>', x)), "valid")
    add("strict-namespace", "Strict Open XML", {
        n: (d.replace(MAIN.encode(), b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            if n.endswith(".xml") else d) for n, d in g.items()}, "unreadable")
    return cases


# --------------------------------------------------------------------------- result workbooks

def result_cases(g: Parts, gs: Parts) -> list[tuple[str, str, Parts, str | None]]:
    cases: list[tuple[str, str, Parts, str | None]] = []

    def add(name: str, what: str, parts: Parts, expect: str | None = None) -> None:
        cases.append((name, what, parts, expect))

    ranking = sheet_member(g, "Ranking")
    rxml = g[ranking].decode()
    winner = value_of(cell_xml(rxml, "D2"))
    score = value_of(cell_xml(rxml, "E2"))

    def lv(c: str, inner: str) -> str:
        return re.sub(r"<v>.*?</v>", inner, c, count=1)

    add("r-genuine-shared", "genuine: shared strings", gs, "valid")
    add("r-foreign-si", "foreign-namespace <si>", edit(gs, SST, lambda x: x.replace(
        "<si>", '<x:si xmlns:x="urn:evil"><x:t>shifted</x:t></x:si><si>', 1)), "unreadable")
    add("r-si-rph", "phonetic run in a shared string", edit(gs, SST, lambda x: x.replace(
        f">{winner}</t></si>", f'>{winner}</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>', 1)),
        None)
    add("r-winner-foreign-t", "foreign-namespace <t> (another winner)", replace_cell(
        g, "Ranking", "D2", lambda c: re.sub(
            r"<is>.*?</is>", f'<is><t>Forged Winner</t><x:t xmlns:x="urn:evil">{winner}</x:t>'
                             "</is>", c, flags=re.S)), "unreadable")
    add("r-two-v", "two <v> in a cell", replace_cell(
        g, "Ranking", "E2", lambda c: lv(c, f"<v>1</v><v>{score}</v>")), "unreadable")
    add("r-extlst-value", "extLst value", replace_cell(
        g, "Ranking", "E2", lambda c: lv(c, f'<v>1</v><extLst><ext uri="{{x}}"><v>{score}</v>'
                                            "</ext></extLst>")), "unreadable")
    add("r-arabic-digits", "numbers outside the XML Schema form", replace_cell(
        g, "Ranking", "A2", lambda c: lv(c, "<v>\u0661</v>")), "unreadable")
    add("r-underscore", "numbers outside the XML Schema form", replace_cell(
        g, "Ranking", "A2", lambda c: lv(c, "<v>0_1</v>")), "unreadable")
    styled, idx = add_style(g, code='"99.99"')
    add("r-number-format", "number format showing another score", replace_cell(
        styled, "Ranking", "E2", lambda c: set_style(c, idx)), "tampered")
    add("r-hidden-row", "hidden rows (the winner)", edit(g, ranking, lambda x: x.replace(
        '<row r="2"', '<row r="2" hidden="1"', 1)), "tampered")
    add("r-duplicate-sheet", "second sheet with the same name", _dup_sheet(g, "Ranking",
                                                                          "RANKING"),
        "unreadable")
    add("r-formula", "formula with a cached value", replace_cell(
        g, "Ranking", "E2", lambda c: lv(c, f"<f>1+1</f><v>{score}</v>")), "tampered")
    add("r-alternate-content", "mc:AlternateContent with mc:Choice", replace_cell(
        g, "Ranking", "D2", lambda c: f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice '
        f'Requires="x14">{c}</mc:Choice></mc:AlternateContent>'), "unreadable")
    add("r-duplicate-cell", "duplicate cell references", replace_cell(
        g, "Ranking", "D2", lambda c: c + re.sub(r"<is>.*?</is>", "<is><t>Forged</t></is>", c,
                                                 flags=re.S)), "unreadable")
    add("r-dimension-lie", "genuine: <dimension> lies", edit(g, ranking, lambda x: x.replace(
        "<sheetViews", '<dimension ref="A1:A1"/><sheetViews', 1)), "valid")
    return cases


def _dup_sheet(g: Parts, title: str, new_title: str) -> Parts:
    member = sheet_member(g, title)
    out = dict(g)
    out["xl/worksheets/sheet99.xml"] = g[member]
    out[WB_RELS] = g[WB_RELS].decode().replace(
        "</Relationships>", f'<Relationship Id="rId99" Type="{REL}/worksheet" '
        'Target="/xl/worksheets/sheet99.xml"/></Relationships>').encode()
    out[WB] = g[WB].decode().replace(
        "</sheets>", f'<sheet name="{new_title}" sheetId="99" r:id="rId99"/></sheets>').encode()
    return out


def build_corpus(genuine_sheet: Path, genuine_result: Path, out: Path) -> list[Crafted]:
    """Write every crafted file under ``out``; returns their descriptions."""
    crafted = []
    for kind, src, maker in (("sheet", genuine_sheet, sheet_cases),
                             ("result", genuine_result, result_cases)):
        g = read_parts(src)
        gs = with_shared_strings(g)
        for name, what, parts, expect in maker(g, gs):
            path = write_parts(parts, out / f"{kind}-{name}.xlsx")
            crafted.append(Crafted(name, kind, path, what, expect))
    return crafted
