"""Writing the framework template (.xlsx) an organizer edits: the example document, the
Instructions sheet and a framework's sheets, as :mod:`zerodx_desktop.formats.framework_xlsx`
reads them back (its docstring describes the layout)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.framework_schema import FRAMEWORK_FORMAT
from zerodx_desktop.formats.framework_xlsx import (  # the layout the reader expects
    _ALWAYS_ZH,
    _FW_TEXTS,
    SHEET_CRITERIA,
    SHEET_DOMAINS,
    SHEET_FRAMEWORK,
    SHEET_INSTRUCTIONS,
    SHEET_SCALE,
)
from zerodx_desktop.formats.xlsx.refs import cell_ref as _ref

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework


def _text_parts(value: Any) -> dict[str | None, str]:
    """A document text as template cells: {None: plain/English, "zh": ..., "en": ...}."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {None: value}
    out: dict[str | None, str] = {}
    for lang, text in value.items():
        if lang == "en" and len(value) > 1:
            out[None] = text
        else:
            out[lang] = text
    return out


def _langs(values: list[Any], base: str) -> list[str | None]:
    langs: set[str] = set()
    for v in values:
        langs.update(k for k in _text_parts(v) if k is not None)
    if base in _ALWAYS_ZH:
        langs.add("zh")
    return [None, *sorted(langs, key=lambda k: (k != "en", k != "zh", k))]


def _col_name(base: str, lang: str | None) -> str:
    return base if lang is None else f"{base}_{lang}"


def _weight_cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return value
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    if d == d.to_integral_value():
        return int(d)
    if Decimal(repr(float(d))) != d:
        return format(d, "f")  # more digits than a spreadsheet number keeps: as text
    return d


class _Writer:
    def __init__(self) -> None:
        from zerodx_desktop.formats.xlsx.text import safe_cell_text

        self._safe = safe_cell_text

    def cell(self, value: Any, where: str) -> Any:
        if isinstance(value, str):
            return self._safe(value, where=where)
        return value


def _example_document() -> dict[str, Any]:
    levels = [
        (1, "Absent", "缺失", "No evidence of the practice."),
        (2, "Emerging", "萌芽", "First steps in a few places."),
        (3, "Developing", "发展", "Established in many teams."),
        (4, "Advanced", "先进", "The norm across most of the organisation."),
        (5, "Leading", "领先", "Fully lived, measured and shared; strong evidence."),
    ]
    return {
        "format": FRAMEWORK_FORMAT,
        "id": "my-framework",
        "version": "1",
        "title": {"en": "My assessment framework", "zh": "我的评估框架"},
        "description": "Replace the example rows with your own framework.",
        "scale": {"min": 1, "max": 5, "levels": [
            {"value": v, "label": {"en": en, "zh": zh}, "description": desc}
            for v, en, zh, desc in levels]},
        "require_comment_for": [1, 5],
        "domains": [
            {"id": "people", "title": {"en": "People", "zh": "人"}, "weight": 1,
             "dimensions": [
                 {"id": "leadership", "title": {"en": "Leadership", "zh": "领导力"},
                  "weight": 1, "criteria": [
                      {"id": "people.leadership.delegation",
                       "title": "Delegation",
                       "question": "How far are decisions taken by the teams closest to users?",
                       "guidance": "Ask for concrete recent decisions and who took them.",
                       "weight": 2,
                       "levels": {"1": "All decisions are taken at the top.",
                                  "3": "Teams decide within clear limits.",
                                  "5": "Teams decide by default; leaders set guardrails."}},
                      {"id": "people.leadership.coaching",
                       "question": "Do leaders coach rather than command?",
                       "weight": 1},
                  ]},
             ]},
            {"id": "users", "title": {"en": "Users", "zh": "用户"}, "weight": 1,
             "dimensions": [
                 {"id": "value", "title": {"en": "Value for users", "zh": "用户价值"},
                  "weight": 1, "criteria": [
                      {"id": "users.value.feedback",
                       "question": "How directly does user feedback change the offer?",
                       "weight": 1},
                  ]},
             ]},
        ],
    }


_INSTRUCTIONS = [
    "How to fill in this framework template",
    "",
    "This workbook describes one assessment framework. Edit the sheets Framework, Scale, "
    "Domains and Criteria, save as .xlsx (Excel 2007-365), then import it into ZeroDX "
    "(zerodx framework import FILE.xlsx --out FRAMEWORK.json). Errors name the "
    "sheet, row and column, e.g. \"Criteria!G7: weight must be a positive number\".",
    "",
    "Framework sheet: one row per field (column field = name, column value = value; the help "
    "column is ignored). id and version are required; ids use only letters, digits, '.', '_' "
    "and '-'. sample: yes or no. require_comment_for: the levels that need a judge's comment, "
    "separated by commas, e.g. 1,5.",
    "Scale sheet: one row per level, every whole number from the lowest to the highest value "
    "exactly once. label is the level's short name shown to judges.",
    "Domains sheet: one row per dimension. Repeat the domain's id on each of its dimension "
    "rows; its title and weight may be repeated (they must then be the same) or left blank.",
    "Criteria sheet: one row per criterion. domain_id and dimension_id must be listed in the "
    "Domains sheet. criterion_id must be unique in the whole framework. question is required. "
    "level_1 … level_N describe what each level means for this criterion (optional; columns "
    "are named by the scale values).",
    "",
    "Weights are relative within their parent (a domain among domains, a dimension within its "
    "domain, a criterion within its dimension); blank means 1. Type numbers with a dot "
    "(1.5): a decimal comma (1,5) is refused because it could also mean fifteen.",
    "Languages: a column X holds a plain text; add X_zh (or X_fr, ...) for a translation; "
    "then X is the English text. Example: question and question_zh.",
    "Do not use formulas: type values. Empty rows are skipped. Do not rename or add columns "
    "other than the language columns and level_N columns described above.",
]


def _framework_rows(raw: dict[str, Any], w: _Writer) -> list[list[Any]]:
    help_text = {
        "id": "required; letters, digits, '.', '_', '-'",
        "version": "required; e.g. 2025.1",
        "title": "required; the framework's name (English, or the only language)",
        "description": "optional",
        "notice": "optional; shown to judges, e.g. why a sample is only a sample",
        "sample": "yes for a demonstration framework; blank or no otherwise",
        "require_comment_for": "levels that need a comment, separated by commas: 1,5",
    }
    rows: list[list[Any]] = [["field", "value", "help"]]

    def add(key: str, value: Any, help_: str = "") -> None:
        rows.append([key, w.cell(value, f"{SHEET_FRAMEWORK}!B{len(rows) + 1}")
                     if value is not None else None, help_])

    add("id", raw.get("id"), help_text["id"])
    add("version", raw.get("version"), help_text["version"])
    for base in _FW_TEXTS:
        parts = _text_parts(raw.get(base))
        for lang in _langs([raw.get(base)], base):
            add(_col_name(base, lang), parts.get(lang),
                help_text[base] if lang is None else f"{base}: the {lang} translation")
    sample = raw.get("sample")
    add("sample", None if sample is None else ("yes" if sample else "no"), help_text["sample"])
    rcf = raw.get("require_comment_for")
    add("require_comment_for", None if rcf is None else
        (",".join(str(v) for v in rcf) if rcf else "none"), help_text["require_comment_for"])
    return rows


def _table_sheet(title: str, columns: list[tuple[str, float, bool]],
                 rows: list[list[Any]]) -> dict[str, Any]:
    return {"title": title, "rows": [[c for c, _w, _wrap in columns], *rows],
            "widths": [wd for _c, wd, _wrap in columns],
            "wrap_cols": [i for i, (_c, _w, wrap) in enumerate(columns, 1) if wrap]}


def _sheets(raw: dict[str, Any]) -> list[dict[str, Any]]:
    w = _Writer()
    sheets: list[dict[str, Any]] = [
        {"title": SHEET_INSTRUCTIONS, "rows": [[w.cell(t, SHEET_INSTRUCTIONS)] for t in
                                               _INSTRUCTIONS],
         "widths": [120], "wrap_cols": [1], "freeze_header": False},
        {"title": SHEET_FRAMEWORK, "rows": _framework_rows(raw, w), "widths": [24, 70, 60],
         "wrap_cols": [2, 3]},
    ]
    # Scale
    levels = raw["scale"]["levels"]
    cols: list[tuple[str, float, bool]] = [("value", 8, False)]
    text_cols: list[tuple[str, str | None]] = []
    for base, width in (("label", 22), ("description", 70)):
        for lang in _langs([lv.get(base) for lv in levels], base):
            cols.append((_col_name(base, lang), width, width > 30))
            text_cols.append((base, lang))
    rows = []
    for r, lv in enumerate(levels, 2):
        row: list[Any] = [lv["value"]]
        for i, (base, lang) in enumerate(text_cols, 2):
            row.append(w.cell(_text_parts(lv.get(base)).get(lang),
                              _ref(SHEET_SCALE, r, i)) if _text_parts(lv.get(base)).get(lang)
                       is not None else None)
        rows.append(row)
    sheets.append(_table_sheet(SHEET_SCALE, cols, rows))
    # Domains (one row per dimension)
    domains = raw["domains"]
    dims = [m for d in domains for m in d["dimensions"]]
    dom_cols: list[tuple[str, str, str | None, str, float]] = []  # col, base, lang, src, width
    dom_cols.append(("domain_id", "id", None, "domain", 22))
    for lang in _langs([d.get("title") for d in domains], "domain_title"):
        dom_cols.append((_col_name("domain_title", lang), "title", lang, "domain", 32))
    dom_cols.append(("domain_weight", "weight", None, "domain", 10))
    for lang in _langs([d.get("description") for d in domains], "domain_description"):
        dom_cols.append((_col_name("domain_description", lang), "description", lang, "domain",
                         40))
    dom_cols.append(("dimension_id", "id", None, "dimension", 22))
    for lang in _langs([m.get("title") for m in dims], "dimension_title"):
        dom_cols.append((_col_name("dimension_title", lang), "title", lang, "dimension", 32))
    dom_cols.append(("dimension_weight", "weight", None, "dimension", 10))
    for lang in _langs([m.get("description") for m in dims], "dimension_description"):
        dom_cols.append((_col_name("dimension_description", lang), "description", lang,
                         "dimension", 40))
    rows = []
    for d in domains:
        for m in d["dimensions"]:
            r = len(rows) + 2
            row = []
            for i, (_name, key, lang, src, _wd) in enumerate(dom_cols, 1):
                node = d if src == "domain" else m
                row.append(_value_cell(w, node, key, lang, _ref(SHEET_DOMAINS, r, i)))
            rows.append(row)
    sheets.append(_table_sheet(SHEET_DOMAINS, [(c, wd, wd >= 32) for c, _k, _l, _s, wd
                                               in dom_cols], rows))
    # Criteria
    crits = [(d, m, c) for d in domains for m in d["dimensions"] for c in m["criteria"]]
    values = [lv["value"] for lv in levels]
    extra = sorted({int(k) for _d, _m, c in crits for k in c.get("levels", {})} - set(values))
    crit_cols: list[tuple[str, str, str | None, float]] = [
        ("domain_id", "@domain", None, 18), ("dimension_id", "@dimension", None, 18),
        ("criterion_id", "id", None, 30)]
    for base, width in (("title", 26), ("question", 50), ("guidance", 50)):
        for lang in _langs([c.get(base) for _d, _m, c in crits], "criterion_" + base):
            crit_cols.append((_col_name(base, lang), base, lang, width))
    crit_cols.append(("weight", "weight", None, 9))
    for v in sorted(values) + extra:
        for lang in _langs([c.get("levels", {}).get(str(v)) for _d, _m, c in crits], "level"):
            crit_cols.append((_col_name(f"level_{v}", lang), f"level:{v}", lang, 40))
    rows = []
    for d, m, c in crits:
        r = len(rows) + 2
        row = []
        for i, (_name, key, lang, _wd) in enumerate(crit_cols, 1):
            where = _ref(SHEET_CRITERIA, r, i)
            if key == "@domain":
                row.append(w.cell(d["id"], where))
            elif key == "@dimension":
                row.append(w.cell(m["id"], where))
            elif key.startswith("level:"):
                text = _text_parts(c.get("levels", {}).get(key[6:])).get(lang)
                row.append(None if text is None else w.cell(text, where))
            else:
                row.append(_value_cell(w, c, key, lang, where))
        rows.append(row)
    sheets.append(_table_sheet(SHEET_CRITERIA, [(c, wd, wd >= 26) for c, _k, _l, wd
                                                in crit_cols], rows))
    return sheets


def _value_cell(w: _Writer, node: dict[str, Any], key: str, lang: str | None,
                where: str) -> Any:
    if key == "id":
        return w.cell(node["id"], where)
    if key == "weight":
        return _weight_cell(node.get("weight"))
    text = _text_parts(node.get(key)).get(lang)
    return None if text is None else w.cell(text, where)


def template_bytes(framework: Framework | None = None) -> bytes:
    """The template workbook (bytes) for ``framework``, or an example template."""
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.xlsx.writer import write_xlsx

    if framework is None:
        framework = framework_from_dict(_example_document())
    raw = framework.raw
    title = _text_parts(raw.get("title"))
    return write_xlsx(_sheets(raw), title=title.get(None) or next(iter(title.values()), ""))


def write_framework_template(path: Path, framework: Framework | None = None) -> None:
    """Write the framework template (atomically): ``framework`` as rows, or, with None, an
    example framework to overwrite. Always with an Instructions sheet.

    A framework exported and imported again has the same ``Framework.hash`` (unless it has
    ``x-`` extension fields, which the template does not carry).
    """
    from zerodx_desktop.atomic_io import atomic_write_bytes

    atomic_write_bytes(path, template_bytes(framework))
