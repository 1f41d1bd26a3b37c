"""Use-cases for a judge's scoring: one score, a CSV of scores, a conflict declaration."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework, framework_from_dict
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.services.panels import current_panel_id, open_store

MAX_CSV_BYTES = 50 * 1024 * 1024
CSV_HEADER = ["nominee_id", "criterion_id", "level", "comment"]


def _check(panel: Panel, framework: Framework, nominee_id: str, criterion_id: str,
           level: int | None, where: str) -> None:
    if not any(n.id == nominee_id for n in panel.nominees):
        raise UserError(f"no nominee '{nominee_id}' in panel {panel.id}", where=where,
                        hint="Check the id with: zerodx panel status")
    try:
        framework.criterion(criterion_id)
    except KeyError:
        raise UserError(f"no criterion '{criterion_id}' in framework {framework.id}",
                        where=where) from None
    if level is not None and not framework.scale.contains(level):
        raise UserError(f"level {level} is outside the scale "
                        f"{framework.scale.min}..{framework.scale.max}", where=where)


def parse_level(text: str, where: str) -> int | None:
    text = text.strip()
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise UserError(f"level '{text}' is not a whole number", where=where) from None


def score_one(home: Path, nominee_id: str, criterion_id: str, level: int | None,
              comment: str | None = None) -> None:
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        framework = framework_from_dict(panel.framework)
        _check(panel, framework, nominee_id, criterion_id, level, "score")
        store.set_scores_bulk(panel_id, [(nominee_id, criterion_id, level, comment)])


def read_score_csv(path: Path) -> list[tuple[int, str, str, int | None, str]]:
    """Rows (line number, nominee, criterion, level, comment) of a scores CSV; strict header."""
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise UserError(f"cannot read the file ({exc.strerror})", where=str(path)) from exc
    if size > MAX_CSV_BYTES:
        raise UserError("the CSV file is too large (over 50 MB)", where=str(path))
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"the file is not UTF-8 (byte {exc.start})", where=str(path),
                        hint="Save the CSV as UTF-8.") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise UserError("the CSV file is empty", where=str(path)) from None
    except csv.Error as exc:
        raise UserError(f"not a valid CSV ({exc})", where=str(path)) from exc
    if [h.strip().lower() for h in header] != CSV_HEADER:
        raise UserError("the header row must be: " + ",".join(CSV_HEADER),
                        where=f"{path}:1", hint=f"Found: {','.join(header)}")
    rows = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != 4:
                raise UserError(f"expected 4 columns, found {len(record)}",
                                where=f"{path}:{line}")
            nominee_id, criterion_id, level_text, comment = record
            rows.append((line, nominee_id.strip(), criterion_id.strip(),
                         parse_level(level_text, f"{path}:{line}"), comment))
    except csv.Error as exc:
        raise UserError(f"not a valid CSV ({exc})", where=f"{path}:{reader.line_num}") from exc
    return rows


def score_csv(home: Path, path: Path) -> int:
    """Apply every row of a scores CSV in one transaction: all rows or none."""
    rows = read_score_csv(path)
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        framework = framework_from_dict(panel.framework)
        for line, nominee_id, criterion_id, level, _comment in rows:
            _check(panel, framework, nominee_id, criterion_id, level, f"{path}:{line}")
        return store.set_scores_bulk(
            panel_id, [(n, c, lv, cm) for _line, n, c, lv, cm in rows])


def declare_conflict(home: Path, nominee_id: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("a reason is required for a conflict of interest", where="--reason")
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        if not any(n.id == nominee_id for n in panel.nominees):
            raise UserError(f"no nominee '{nominee_id}' in panel {panel.id}", where="conflict")
        store.declare_conflict(panel_id, nominee_id, reason.strip())
