"""Frameworks as a spreadsheet template (.xlsx) an organizer edits in Excel or LibreOffice:
reading one back (:mod:`zerodx_desktop.formats.framework_template` writes it).

Layout (one workbook, row 1 of every data sheet is the header, frozen):

* **Instructions** — how to fill the template (ignored on import).
* **Framework** — columns ``field``, ``value``, ``help``; one row per field: ``id``,
  ``version``, ``title``, ``title_zh``, ``description``, ``notice``, ``notice_zh``, ``sample``
  (yes/no), ``require_comment_for`` (levels separated by commas: ``1,5``; ``none`` for an
  explicit empty list). ``help`` is ignored.
* **Scale** — ``value`` (whole number), ``label``, ``label_zh``, ``description``; one row per
  level; ``scale.min``/``scale.max`` are the smallest/largest value.
* **Domains** — one row per *dimension*: ``domain_id``, ``domain_title``, ``domain_title_zh``,
  ``domain_weight``, ``domain_description``, ``dimension_id``, ``dimension_title``,
  ``dimension_title_zh``, ``dimension_weight``, ``dimension_description``. The domain columns
  repeat on every dimension row of the domain; a repeated row may leave them blank, but a value
  that differs from the domain's first one is an error at that cell.
* **Criteria** — one row per criterion: ``domain_id``, ``dimension_id``, ``criterion_id``,
  ``title``, ``question``, ``guidance``, ``weight``, ``level_1`` … ``level_N`` (descriptors,
  columns named by the scale values).

Texts: a column ``X`` holds a plain text; ``X_<lang>`` (``question_zh``, ``label_fr``) adds a
language, and then ``X`` is the English text of a language map ``{"en": X, "zh": X_zh}``.
A column ``X_en`` holds an English-only map. Blank cells are "not given" (weights default to 1).

Reading is strict and every problem is a ``FrameworkError`` whose ``where`` is a cell
(``Criteria!G7``), a header row (``Criteria!1:1``) or the file: formulas, error values, dates,
unknown or duplicate columns, missing columns, empty Criteria sheets, and everything
``core.framework.framework_from_dict`` finds (its JSON path is mapped back to the cell the value
came from, so a duplicate id or a descriptor outside the scale names its cell too).

Numbers: weights may be numbers or number-looking text with a *dot* (``1.5``); text with a
decimal comma (``1,5``) is refused with a hint, because ``1,5`` may equally mean fifteen. Ids
and texts typed as numbers (``2024``, ``1.1``) are read as the shortest text of that number.

Dates and booleans: the reader does not look at number formats, so a date typed into a text
cell arrives as its serial number (e.g. ``45293``); ``sample`` accepts TRUE/FALSE, yes/no, 1/0.

Not carried by the template: ``x-...`` extension fields and ``$schema``; a framework that has
them gets a different hash after a round trip. Empty strings and an English-only map whose
text is empty are read as "not given".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop.core.errors import FrameworkError, UserError
from zerodx_desktop.core.framework import json_path
from zerodx_desktop.core.framework_schema import FRAMEWORK_FORMAT, ID_PATTERN, LANG_PATTERN
from zerodx_desktop.formats.xlsx.refs import cell_ref as _ref
from zerodx_desktop.formats.xlsx.refs import column_letter as _letters

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework

SHEET_INSTRUCTIONS = "Instructions"
SHEET_FRAMEWORK = "Framework"
SHEET_SCALE = "Scale"
SHEET_DOMAINS = "Domains"
SHEET_CRITERIA = "Criteria"

MAX_ROWS = 10_000  # non-empty rows per sheet (a framework has at most 2,000 criteria)

_LANG_RE = re.compile(LANG_PATTERN)
_ID_RE = re.compile(ID_PATTERN)
_LEVEL_RE = re.compile(r"^level_(-?[0-9]{1,4})$", re.IGNORECASE)
_INT_RE = re.compile(r"^-?[0-9]+$")
_DECIMAL_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_COMMA_DECIMAL_RE = re.compile(r"^-?[0-9]+,[0-9]+$")

# Framework sheet fields; texts may carry _<lang> variants.
_FW_TEXTS = ("title", "description", "notice")
_FW_PLAIN = ("format", "id", "version", "sample", "require_comment_for")

_SCALE_COLUMNS = ("value",)
_SCALE_TEXTS = ("label", "description")

_DOMAIN_TEXTS = ("domain_title", "domain_description")
_DIMENSION_TEXTS = ("dimension_title", "dimension_description")
_DOMAINS_COLUMNS = ("domain_id", "domain_weight", "dimension_id", "dimension_weight")

_CRITERIA_COLUMNS = ("domain_id", "dimension_id", "criterion_id", "weight")
_CRITERIA_TEXTS = ("title", "question", "guidance")

_REQUIRED = {
    SHEET_FRAMEWORK: ("field", "value"),
    SHEET_SCALE: ("value", "label"),
    SHEET_DOMAINS: ("domain_id", "domain_title", "dimension_id", "dimension_title"),
    SHEET_CRITERIA: ("domain_id", "dimension_id", "criterion_id", "question"),
}

# texts that always get a _zh column when exported
_ALWAYS_ZH = {"title", "notice", "label", "domain_title", "dimension_title"}


# =========================================================================== helpers

@dataclass(frozen=True)
class _Cell:
    sheet: str
    row: int
    col: int
    value: Any
    dtype: str  # "s", "n", "b", "f", "e", "d" (None value: blank)

    @property
    def ref(self) -> str:
        return _ref(self.sheet, self.row, self.col)

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


def _err(cell: _Cell, column: str, what: str, hint: str | None = None) -> FrameworkError:
    return FrameworkError(f"{column} {what}", where=cell.ref, hint=hint)


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else repr(value)


def _check_plain(cell: _Cell, column: str) -> None:
    """Refuse cells that do not hold a typed value: formulas, error values, dates."""
    if cell.dtype == "f":
        raise _err(cell, column, f"holds a formula ({str(cell.value)[:60]}); formulas are not "
                                 "allowed; type the value",
                   hint="Replace the formula by its value (Copy, then Paste Special > Values).")
    if cell.dtype == "e":
        raise _err(cell, column, f"holds the error value {cell.value}; type the value")
    if cell.dtype == "d":
        raise _err(cell, column, "holds a date; type the value as text")


def _text(cell: _Cell, column: str) -> str | None:
    """The cell as text (numbers as their shortest text), or None when blank."""
    _check_plain(cell, column)
    if cell.blank:
        return None
    if cell.dtype == "b":
        raise _err(cell, column, "holds TRUE/FALSE; type the text",
                   hint="Format the cell as text and type the value again.")
    if isinstance(cell.value, bool):
        raise _err(cell, column, "holds TRUE/FALSE; type the text")
    if isinstance(cell.value, int | float):
        return _number_text(cell.value)
    return str(cell.value)


def _id_text(cell: _Cell, column: str) -> str | None:
    text = _text(cell, column)
    return None if text is None else text.strip()


def _id(cell: _Cell, column: str) -> str | None:
    """An id (domain, dimension, criterion), checked here so it is reported at its cell
    before anything refers to it."""
    text = _id_text(cell, column)
    if text is not None and not _ID_RE.match(text):
        raise _err(cell, column, f"{json.dumps(text, ensure_ascii=False)[:80]} is not a valid "
                                 "id: use only letters, digits, '.', '_' and '-'")
    return text


def _whole(cell: _Cell, column: str) -> int | None:
    text = _text(cell, column)
    if text is None:
        return None
    t = text.strip()
    if not _INT_RE.match(t):
        raise _err(cell, column, f"must be a whole number, not {json.dumps(t, ensure_ascii=False)}")
    return int(t)


def _weight(cell: _Cell, column: str) -> int | float | str | None:
    """A weight for the document (validated further by core), or None when blank."""
    _check_plain(cell, column)
    if cell.blank:
        return None
    v = cell.value
    if isinstance(v, bool) or cell.dtype == "b":
        raise _err(cell, column, "must be a positive number, not TRUE/FALSE")
    if isinstance(v, int | float):
        return int(v) if isinstance(v, float) and v.is_integer() else v
    t = str(v).strip()
    if _COMMA_DECIMAL_RE.match(t):
        raise _err(cell, column, f"must be a positive number written with a dot, not \"{t}\"",
                   hint=f"Type {t.replace(',', '.')} (a comma is not read as a decimal mark, "
                        "since 1,5 could also mean fifteen).")
    if _DECIMAL_RE.match(t):
        return t
    if _INT_RE.match(t) or _is_number(t):
        return t  # "-1", "0": core says "must be greater than zero" at this cell
    raise _err(cell, column, f"must be a positive number, not "
                             f"{json.dumps(t, ensure_ascii=False)[:80]}",
               hint="Weights are relative within their parent; use 1 for equal weights.")


def _is_number(t: str) -> bool:
    try:
        Decimal(t)
    except InvalidOperation:
        return False
    return True


# =========================================================================== tables

@dataclass
class _Column:
    name: str  # the header as written
    field: str  # canonical field: "question", "level:5", "domain_title", ...
    lang: str | None = None  # "zh" for question_zh, "en" for question_en


@dataclass
class _Table:
    sheet: str
    columns: dict[int, _Column]  # by column number
    rows: list[tuple[int, dict[int, _Cell]]]  # non-empty data rows
    by_field: dict[tuple[str, str | None], int] = field(default_factory=dict)

    def col(self, name: str, lang: str | None = None) -> int | None:
        return self.by_field.get((name, lang))

    def cell(self, row: tuple[int, dict[int, _Cell]], col: int) -> _Cell:
        r, cells = row
        return cells.get(col) or _Cell(self.sheet, r, col, None, "s")


def _classify(header: str, plain: tuple[str, ...], texts: tuple[str, ...],
              levels: bool) -> _Column | None:
    h = header.strip()
    low = h.lower()
    if low in plain or low in texts:
        return _Column(h, low)
    m = _LEVEL_RE.match(h)
    if levels and m:
        return _Column(h, f"level:{int(m.group(1))}")
    bases = list(texts)
    if levels:
        lm = re.match(r"^(level_-?[0-9]{1,4})_(.+)$", h, re.IGNORECASE)
        if lm and _LANG_RE.match(lm.group(2)):
            return _Column(h, f"level:{int(lm.group(1)[6:])}", lm.group(2))
    for base in sorted(bases, key=len, reverse=True):
        if low.startswith(base + "_"):
            lang = h[len(base) + 1:]
            if _LANG_RE.match(lang):
                return _Column(h, base, lang)
    return None


def _load_cells(wb: Any, title: str) -> dict[int, dict[int, _Cell]]:
    from zerodx_desktop.formats.xlsx.reader import iter_sheet_cells

    rows: dict[int, dict[int, _Cell]] = {}
    for r, c, value, dtype in iter_sheet_cells(wb, title):
        if value is None and dtype != "f":
            continue
        rows.setdefault(r, {})[c] = _Cell(title, r, c, value, dtype)
    return rows


def _read_table(wb: Any, sheet: str, plain: tuple[str, ...], texts: tuple[str, ...], *,
                levels: bool = False, ignored: tuple[str, ...] = ()) -> _Table:
    cells = _load_cells(wb, sheet)
    header = cells.pop(1, {})
    columns: dict[int, _Column] = {}
    by_field: dict[tuple[str, str | None], int] = {}
    used_cols = {c for row in cells.values() for c, cell in row.items() if not cell.blank}
    allowed = ", ".join([*plain, *texts, *(("level_1 … level_N",) if levels else ())])
    for col in sorted(set(header) | used_cols):
        hc = header.get(col) or _Cell(sheet, 1, col, None, "s")
        _check_plain(hc, "the header")
        if hc.blank:
            if col in used_cols:
                first = min(r for r, row in cells.items() if col in row and not row[col].blank)
                raise FrameworkError(
                    f"column {_letters(col)} has values (e.g. {_ref(sheet, first, col)}) but "
                    "no header", where=hc.ref,
                    hint=f"Name the column or delete its values. Columns here: {allowed}.")
            continue
        name = str(hc.value).strip() if not isinstance(hc.value, int | float) else \
            _number_text(hc.value)
        if name.lower() in ignored:
            continue
        column = _classify(name, plain, texts, levels)
        if column is None:
            raise FrameworkError(
                f"the column \"{name}\" is not a known column of the {sheet} sheet",
                where=hc.ref, hint=f"Check its spelling. Columns here: {allowed} "
                                   "(texts may add a language: question_zh).")
        key = (column.field, column.lang)
        if key in by_field:
            raise FrameworkError(
                f"the column \"{name}\" appears twice (also column {_letters(by_field[key])})",
                where=hc.ref, hint="Keep one of them.")
        by_field[key] = col
        columns[col] = column
    for req in _REQUIRED[sheet]:
        if (req, None) not in by_field:
            raise FrameworkError(f"the {sheet} sheet has no column \"{req}\"",
                                 where=f"{sheet}!1:1",
                                 hint=f"Add a column named {req} to the header row (row 1).")
    rows = []
    for r in sorted(cells):
        row = {c: cell for c, cell in cells[r].items() if c in columns}
        if all(cell.blank and cell.dtype != "f" for cell in row.values()):
            continue  # empty rows (and cells under ignored columns) are skipped
        rows.append((r, row))
        if len(rows) > MAX_ROWS:
            raise FrameworkError(f"the {sheet} sheet has more than {MAX_ROWS:,} rows",
                                 where=_ref(sheet, r, 1))
    return _Table(sheet, columns, rows, by_field)


# =========================================================================== reading

@dataclass
class _Spot:
    cell: _Cell
    column: str | None  # column name to prefix messages with (None for rows/sheets)


class _Builder:
    """Builds the framework document and remembers where each value came from."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.spots: dict[str, _Spot] = {}

    def mark(self, parts: list[str | int], cell: _Cell, column: str | None) -> None:
        self.spots[json_path(parts)] = _Spot(cell, column)

    def weight(self, table: _Table, row: tuple[int, dict[int, _Cell]], column: str,
               parts: list[str | int], into: dict[str, Any]) -> None:
        """A dimension's or criterion's weight from ``column`` (when the sheet has one) into
        ``into["weight"]``; its cell is marked at ``parts`` + weight."""
        wcol = table.col(column)
        if wcol is None:
            return
        wcell = table.cell(row, wcol)
        self.mark([*parts, "weight"], wcell, column)
        weight = _weight(wcell, column)
        if weight is not None:
            into["weight"] = weight

    def text(self, table: _Table, row: tuple[int, dict[int, _Cell]], base: str,
             parts: list[str | int], *, column_label: str | None = None) -> Any:
        """The text of ``base`` (+ language columns) on ``row``: str, language map or None."""
        plain_col = table.col(base)
        langs = {c.lang: col for col, c in table.columns.items()
                 if c.field == base and c.lang is not None}
        label = column_label or base
        first: _Cell | None = None
        if plain_col is not None:
            first = table.cell(row, plain_col)
            self.mark(parts, first, table.columns[plain_col].name)
        values: dict[str, str] = {}
        for lang, col in langs.items():
            cell = table.cell(row, col)
            self.mark([*parts, lang], cell, table.columns[col].name)
            if first is None:
                first = cell
                self.mark(parts, cell, table.columns[col].name)
            t = _text(cell, table.columns[col].name)
            if t is not None and t.strip():
                values[lang] = t
        plain = None
        if plain_col is not None:
            plain = _text(table.cell(row, plain_col), label)
            if plain is not None and not plain.strip():
                plain = None
        if plain is not None and values:
            if "en" in values:
                cell = table.cell(row, langs["en"])
                raise _err(cell, table.columns[langs["en"]].name,
                           f"and {label} both give the English text; keep one of them")
            self.mark([*parts, "en"], table.cell(row, plain_col), label)  # type: ignore[arg-type]
            return {"en": plain, **values}
        if plain is not None:
            return plain
        return values or None

    def map_error(self, exc: FrameworkError) -> FrameworkError:
        where = exc.where or ""
        p = where
        while p:
            spot = self.spots.get(p)
            if spot is not None:
                what = self._cells_in(exc.what)
                if spot.column and not re.match(r"^(criterion|domain|dimension) id ", what):
                    sep = " " if re.match(r"^(is|must|lists|has|describes|write)\b", what) \
                        else ": "
                    what = f"{spot.column}{sep}{what}"
                return FrameworkError(what, where=spot.cell.ref, hint=exc.hint)
            parent = re.sub(r"(\[[^\[\]]*\]|\.[^.\[\]]*)$", "", p)
            if parent == p:
                break
            p = parent
        return FrameworkError(self._cells_in(exc.what), where=f"{self.source} ({where})",
                              hint=exc.hint)

    def _cells_in(self, what: str) -> str:
        def repl(m: re.Match[str]) -> str:
            spot = self.spots.get(m.group(0))
            return spot.cell.ref if spot else m.group(0)

        return re.sub(r"(?:domains|scale\.levels)(?:\[[0-9]+\](?:\.[a-z_]+)?)+", repl, what)


def _find_sheet(wb: Any, name: str, source: str) -> str:
    for title in wb.sheetnames:
        if title.strip().lower() == name.lower():
            return str(title)
    raise FrameworkError(f"the workbook has no sheet named \"{name}\"", where=source,
                         hint="Start from the template (zerodx framework template) and keep "
                              "its sheets: Framework, Scale, Domains, Criteria.")


def _read_framework_sheet(wb: Any, b: _Builder, doc: dict[str, Any]) -> None:
    sheet = _find_sheet(wb, SHEET_FRAMEWORK, b.source)
    table = _read_table(wb, sheet, ("field", "value"), (), ignored=("help",))
    fcol, vcol = table.col("field"), table.col("value")
    assert fcol is not None and vcol is not None
    # the key/value rows become a one-row table of fields
    seen: dict[tuple[str, str | None], int] = {}
    texts: dict[str, dict[str | None, _Cell]] = {}
    last_row = 1
    for row in table.rows:
        last_row = row[0]
        kcell, vcell = table.cell(row, fcol), table.cell(row, vcol)
        key = _id_text(kcell, "field")
        if key is None:
            if not vcell.blank:
                raise _err(vcell, "value", "has no field name in column "
                                           f"{_letters(fcol)}")
            continue
        col = _classify(key, _FW_PLAIN, _FW_TEXTS, False)
        if col is None:
            raise FrameworkError(
                f"\"{key}\" is not a known field", where=kcell.ref,
                hint="Fields: id, version, title, title_zh, description, notice, notice_zh, "
                     "sample, require_comment_for.")
        k = (col.field, col.lang)
        if k in seen:
            raise FrameworkError(f"the field \"{key}\" is listed twice (also row {seen[k]})",
                                 where=kcell.ref)
        seen[k] = row[0]
        if col.field in _FW_TEXTS:
            texts.setdefault(col.field, {})[col.lang] = vcell
            continue
        b.mark([col.field], vcell, key)
        if col.field == "format":
            v = _id_text(vcell, key)
            if v is not None and v != FRAMEWORK_FORMAT:
                raise _err(vcell, key, f"must be {FRAMEWORK_FORMAT} (or left blank)")
        elif col.field in ("id", "version"):
            v = _id_text(vcell, key)
            if v is not None:
                doc[col.field] = v
        elif col.field == "sample":
            flag = _yes_no(vcell, key)
            if flag is not None:
                doc["sample"] = flag
        elif col.field == "require_comment_for":
            levels = _level_list(vcell, key)
            if levels is not None:
                doc["require_comment_for"] = levels
                for i in range(len(levels)):
                    b.mark(["require_comment_for", i], vcell, key)
    for req in ("id", "version", "title"):
        if (req, None) not in seen and not (req == "title" and "title" in texts):
            raise FrameworkError(
                f"the Framework sheet has no row \"{req}\"",
                where=_ref(sheet, last_row + 1, fcol),
                hint=f"Add a row with {req} in column {_letters(fcol)} and its value in "
                     f"column {_letters(vcol)}.")
    for base, by_lang in texts.items():
        # reuse the generic text reader on a synthetic one-row table
        cols = {i: _Column(base if lang is None else f"{base}_{lang}", base, lang)
                for i, lang in enumerate(by_lang, 1)}
        synthetic = _Table(sheet, cols, [], {(c.field, c.lang): i for i, c in cols.items()})
        row = (0, dict(enumerate(by_lang.values(), 1)))
        value = b.text(synthetic, row, base, [base])
        if value is not None:
            doc[base] = value


def _yes_no(cell: _Cell, column: str) -> bool | None:
    _check_plain(cell, column)
    if cell.blank:
        return None
    v = cell.value
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float) and v in (0, 1):
        return bool(v)
    t = str(v).strip().lower()
    if t in ("yes", "true", "y", "1"):
        return True
    if t in ("no", "false", "n", "0"):
        return False
    raise _err(cell, column, f"must be yes or no, not {json.dumps(str(v), ensure_ascii=False)}")


def _level_list(cell: _Cell, column: str) -> list[int] | None:
    _check_plain(cell, column)
    if cell.blank:
        return None
    v = cell.value
    hint = "Write the levels as whole numbers separated by commas, e.g. 1,5 (or none)."
    if isinstance(v, int) and not isinstance(v, bool):
        return [v]
    if isinstance(v, float):
        raise _err(cell, column, f"holds the number {v!r}; it should list levels", hint=hint)
    t = str(v).strip()
    if t.lower() == "none":
        return []
    out = []
    for part in re.split(r"[,;\s]+", t):
        if not part:
            continue
        if not _INT_RE.match(part):
            raise _err(cell, column, f"lists \"{part}\", which is not a level number", hint=hint)
        out.append(int(part))
    return out


def _read_scale(wb: Any, b: _Builder, doc: dict[str, Any]) -> None:
    sheet = _find_sheet(wb, SHEET_SCALE, b.source)
    table = _read_table(wb, sheet, _SCALE_COLUMNS, _SCALE_TEXTS)
    vcol = table.col("value")
    assert vcol is not None
    if not table.rows:
        raise FrameworkError("the Scale sheet lists no levels", where=_ref(sheet, 2, vcol),
                             hint="Add one row per level: value, label.")
    levels: list[dict[str, Any]] = []
    b.mark(["scale"], _Cell(sheet, 1, vcol, None, "s"), None)
    b.mark(["scale", "levels"], _Cell(sheet, 1, vcol, None, "s"), None)
    lo_cell = hi_cell = None
    values: list[int] = []
    for row in table.rows:
        i = len(levels)
        vcell = table.cell(row, vcol)
        parts: list[str | int] = ["scale", "levels", i]
        b.mark(parts, vcell, None)
        b.mark([*parts, "value"], vcell, "value")
        value = _whole(vcell, "value")
        if value is None:
            raise _err(vcell, "value", "is empty; every level needs a whole number")
        level: dict[str, Any] = {"value": value}
        label = b.text(table, row, "label", [*parts, "label"])
        if label is not None:
            level["label"] = label
        desc = b.text(table, row, "description", [*parts, "description"])
        if desc is not None:
            level["description"] = desc
        levels.append(level)
        if lo_cell is None or value < min(values):
            lo_cell = vcell
        if hi_cell is None or value > max(values):
            hi_cell = vcell
        values.append(value)
    assert lo_cell is not None and hi_cell is not None
    b.mark(["scale", "min"], lo_cell, "value")
    b.mark(["scale", "max"], hi_cell, "value")
    doc["scale"] = {"min": min(values), "max": max(values), "levels": levels}


@dataclass
class _DomainAcc:
    index: int
    doc: dict[str, Any]
    first: dict[str, tuple[Any, _Cell]] = field(default_factory=dict)  # field -> value, cell
    dims: dict[str, tuple[int, dict[str, Any], int]] = field(default_factory=dict)


def _read_domains(wb: Any, b: _Builder, doc: dict[str, Any]) -> dict[str, _DomainAcc]:
    sheet = _find_sheet(wb, SHEET_DOMAINS, b.source)
    table = _read_table(wb, sheet, _DOMAINS_COLUMNS, (*_DOMAIN_TEXTS, *_DIMENSION_TEXTS))
    dcol, mcol = table.col("domain_id"), table.col("dimension_id")
    assert dcol is not None and mcol is not None
    b.mark(["domains"], _Cell(sheet, 1, dcol, None, "s"), None)
    domains: dict[str, _DomainAcc] = {}
    for row in table.rows:
        dcell = table.cell(row, dcol)
        did = _id(dcell, "domain_id")
        if did is None:
            raise _err(dcell, "domain_id", "is empty; every row needs the id of its domain")
        acc = domains.get(did)
        if acc is None:
            acc = _DomainAcc(len(domains), {"id": did})
            domains[did] = acc
            dparts: list[str | int] = ["domains", acc.index]
            b.mark(dparts, dcell, None)
            b.mark([*dparts, "id"], dcell, "domain_id")
            b.mark([*dparts, "dimensions"], dcell, None)
        dparts = ["domains", acc.index]
        # domain-level values: the first non-blank one counts; later ones must agree
        fields: list[tuple[str, Any, list[str | int], _Cell | None]] = []
        for base, key in (("domain_title", "title"), ("domain_description", "description")):
            spots_before = dict(b.spots)
            value = b.text(table, row, base, [*dparts, key])
            cols = [c for c, col in table.columns.items() if col.field == base]
            cell = next((table.cell(row, c) for c in cols if not table.cell(row, c).blank),
                        None)
            if json_path([*dparts, key]) in spots_before and (key in acc.doc or value is None):
                b.spots = spots_before  # keep pointing at the cell that defined it
            fields.append((base, value, [*dparts, key], cell))
        wcol = table.col("domain_weight")
        if wcol is not None:
            wcell = table.cell(row, wcol)
            weight = _weight(wcell, "domain_weight")
            if "weight" not in acc.doc:
                b.mark([*dparts, "weight"], wcell, "domain_weight")
            fields.append(("domain_weight", weight, [*dparts, "weight"],
                           None if weight is None else wcell))
        for base, value, parts, cell in fields:
            key = str(parts[-1])
            if value is None:
                continue
            if key not in acc.doc:
                acc.doc[key] = value
                acc.first[key] = (value, cell)  # type: ignore[assignment]
            elif _canon(acc.doc[key]) != _canon(value):
                _old, first_cell = acc.first[key]
                assert cell is not None
                raise _err(cell, base, f"{_show(value)} differs from {_show(acc.doc[key])} "
                                       f"given for domain \"{did}\" in {first_cell.ref}",
                           hint="A domain has one title, description and weight; repeat the "
                                "same value on each of its rows or leave the cell blank.")
        # the dimension
        mcell = table.cell(row, mcol)
        mid = _id(mcell, "dimension_id")
        if mid is None:
            raise _err(mcell, "dimension_id", "is empty; every row of the Domains sheet is "
                                              "one dimension")
        if mid in acc.dims:
            raise _err(mcell, "dimension_id", f"\"{mid}\" of domain \"{did}\" is already listed "
                                              f"in row {acc.dims[mid][2]}",
                       hint="List each dimension once.")
        mi = len(acc.dims)
        mparts: list[str | int] = [*dparts, "dimensions", mi]
        dim: dict[str, Any] = {"id": mid}
        b.mark(mparts, mcell, None)
        b.mark([*mparts, "id"], mcell, "dimension_id")
        b.mark([*mparts, "criteria"], mcell, None)
        for base, key in (("dimension_title", "title"),
                          ("dimension_description", "description")):
            value = b.text(table, row, base, [*mparts, key])
            if value is not None:
                dim[key] = value
        b.weight(table, row, "dimension_weight", mparts, dim)
        dim["criteria"] = []
        acc.dims[mid] = (mi, dim, row[0])
    if not domains:
        raise FrameworkError("the Domains sheet lists no domains", where=_ref(sheet, 2, dcol),
                             hint="Add one row per dimension: domain_id, domain_title, "
                                  "dimension_id, dimension_title.")
    return domains


def _canon(value: Any) -> str:
    from zerodx_desktop.core.framework import normalise_numbers

    return json.dumps(normalise_numbers({"weight": value})["weight"]
                      if isinstance(value, int | float | str) and not isinstance(value, bool)
                      and _is_number(str(value)) else value, sort_keys=True, ensure_ascii=False)


def _show(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("en") or next(iter(value.values()))
    return json.dumps(value, ensure_ascii=False)[:80]


def _read_criteria(wb: Any, b: _Builder, domains: dict[str, _DomainAcc]) -> None:
    sheet = _find_sheet(wb, SHEET_CRITERIA, b.source)
    table = _read_table(wb, sheet, _CRITERIA_COLUMNS, _CRITERIA_TEXTS, levels=True)
    dcol, mcol, ccol = table.col("domain_id"), table.col("dimension_id"), table.col("criterion_id")
    assert dcol is not None and mcol is not None and ccol is not None
    if not table.rows:
        raise FrameworkError("the Criteria sheet lists no criteria", where=_ref(sheet, 2, ccol),
                             hint="Add one row per criterion: domain_id, dimension_id, "
                                  "criterion_id, question, weight, level descriptors.")
    level_cols = sorted({int(c.field[6:]) for c in table.columns.values()
                         if c.field.startswith("level:")})
    for row in table.rows:
        dcell, mcell, ccell = (table.cell(row, c) for c in (dcol, mcol, ccol))
        did = _id(dcell, "domain_id")
        if did is None:
            raise _err(dcell, "domain_id", "is empty; every criterion belongs to a domain")
        acc = domains.get(did)
        if acc is None:
            raise _err(dcell, "domain_id", f"\"{did}\" is not listed in the Domains sheet",
                       hint="Add the domain (and its dimensions) to the Domains sheet, or "
                            "correct the id.")
        mid = _id(mcell, "dimension_id")
        if mid is None:
            raise _err(mcell, "dimension_id", "is empty; every criterion belongs to a dimension")
        if mid not in acc.dims:
            raise _err(mcell, "dimension_id", f"\"{mid}\" is not a dimension of domain \"{did}\" "
                                              "in the Domains sheet",
                       hint="Add it to the Domains sheet, or correct the id.")
        mi, dim, _r = acc.dims[mid]
        ci = len(dim["criteria"])
        parts: list[str | int] = ["domains", acc.index, "dimensions", mi, "criteria", ci]
        b.mark(parts, ccell, None)
        b.mark([*parts, "id"], ccell, "criterion_id")
        crit: dict[str, Any] = {}
        cid = _id(ccell, "criterion_id")
        if cid is not None:
            crit["id"] = cid
        for base in _CRITERIA_TEXTS:
            value = b.text(table, row, base, [*parts, base])
            if value is not None:
                crit[base] = value
        b.weight(table, row, "weight", parts, crit)
        descriptors: dict[str, Any] = {}
        for level in level_cols:
            key = str(level)
            value = b.text(table, row, f"level:{level}", [*parts, "levels", key],
                           column_label=f"level_{level}")
            if value is not None:
                descriptors[key] = value
        if descriptors:
            crit["levels"] = descriptors
        dim["criteria"].append(crit)
    for acc in domains.values():
        for mid, (_mi, dim, r) in acc.dims.items():
            if not dim["criteria"]:
                dom_sheet = _find_sheet(wb, SHEET_DOMAINS, b.source)
                col = 1
                spot = b.spots.get(json_path(["domains", acc.index, "dimensions", _mi, "id"]))
                if spot is not None:
                    dom_sheet, col = spot.cell.sheet, spot.cell.col
                raise FrameworkError(
                    f"dimension \"{mid}\" of domain \"{acc.doc['id']}\" has no criteria in the "
                    "Criteria sheet", where=_ref(dom_sheet, r, col),
                    hint="Add its criteria to the Criteria sheet or delete this row.")


def read_framework_xlsx(path: Path) -> dict[str, Any]:
    """Read a framework template and return its validated document (``zerodx-framework/1``).

    Every problem is a ``FrameworkError``; problems inside the workbook name the cell
    (``where="Criteria!G7"``) or the header row (``"Criteria!1:1"``).
    """
    from zerodx_desktop.core.framework import framework_from_dict
    from zerodx_desktop.formats.xlsx.reader import open_untrusted_xlsx

    path = Path(path)
    source = path.name
    try:
        wb = open_untrusted_xlsx(path)
    except FrameworkError:
        raise
    except UserError as exc:
        raise FrameworkError(exc.what, where=exc.where or str(path), hint=exc.hint) from exc
    except OSError as exc:
        raise FrameworkError(f"cannot be read ({exc.strerror or exc})", where=str(path)) from exc
    b = _Builder(source)
    doc: dict[str, Any] = {"format": FRAMEWORK_FORMAT}
    try:
        _read_framework_sheet(wb, b, doc)
        _read_scale(wb, b, doc)
        if "require_comment_for" in doc:  # keep the usual key order
            doc["require_comment_for"] = doc.pop("require_comment_for")
        domains = _read_domains(wb, b, doc)
        _read_criteria(wb, b, domains)
    except FrameworkError:
        raise
    except UserError as exc:
        raise FrameworkError(exc.what, where=exc.where or str(path), hint=exc.hint) from exc
    except Exception as exc:  # a corrupt or hostile file
        from zerodx_desktop.formats.xlsx.untrusted import unreadable_error

        err = unreadable_error(exc, str(path))
        raise FrameworkError(err.what, where=err.where, hint=err.hint) from exc
    finally:
        wb.close()
    out_domains = []
    for acc in domains.values():
        d = dict(acc.doc)
        d["dimensions"] = [dim for _mi, dim, _r in acc.dims.values()]
        out_domains.append(d)
    doc["domains"] = out_domains
    try:
        framework_from_dict(doc)
    except FrameworkError as exc:
        raise b.map_error(exc) from exc
    return doc


def framework_xlsx_to_json(xlsx: Path, out_json: Path) -> Framework:
    """Import a template and write the framework as pretty JSON (atomically)."""
    from zerodx_desktop.atomic_io import atomic_write_bytes
    from zerodx_desktop.core.framework import framework_from_dict

    doc = read_framework_xlsx(xlsx)
    framework = framework_from_dict(doc)
    data = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(out_json, data.encode("utf-8"))
    return framework


# =========================================================================== writing
