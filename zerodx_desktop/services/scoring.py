"""Use-cases for a judge's scoring: one score, a CSV of scores, a conflict declaration."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework, framework_from_dict
from zerodx_desktop.core.panel import Panel
from zerodx_desktop.core.scoring import needs_comment
from zerodx_desktop.services.panels import current_panel_id, open_store

MAX_CSV_BYTES = 50 * 1024 * 1024
CSV_HEADER = ["nominee_id", "criterion_id", "level", "comment"]


def _check(panel: Panel, framework: Framework, nominee_id: str, criterion_id: str,
           level: int | None, where: str, judge: str | None = None) -> None:
    if not any(n.id == nominee_id for n in panel.nominees):
        raise UserError(f"no nominee '{nominee_id}' in panel {panel.id}", where=where,
                        hint="Check the id with: zerodx panel status")
    refuse_unassigned(panel, judge, nominee_id, where)
    try:
        framework.criterion(criterion_id)
    except KeyError:
        raise UserError(f"no criterion '{criterion_id}' in framework {framework.id}",
                        where=where, hint=_criterion_hint(framework, criterion_id)) from None
    if level is not None and not framework.scale.contains(level):
        raise UserError(f"level {level} is outside the scale "
                        f"{framework.scale.min}..{framework.scale.max}", where=where)


def refuse_unassigned(panel: Panel, judge: str | None, nominee_id: str, where: str) -> None:
    """Scoring a nominee the organizer did not assign to this judge is refused."""
    if panel.assignments is None or judge is None or panel.is_assigned(judge, nominee_id):
        return
    mine = panel.assigned_to(judge)
    raise UserError(f"the nominee '{nominee_id}' is not assigned to you: the organizer "
                    f"assigned you {len(mine)} nominee(s) in this panel", where=where,
                    hint="Score only your assigned nominees (zerodx panel status lists "
                         "them); ask the organizer if you should score this one.")


def _criterion_hint(framework: Framework, criterion_id: str) -> str:
    """The next step for a mistyped criterion id: the closest ids, and where all are."""
    import difflib

    ids = [c.id for c in framework.criteria()]
    close = difflib.get_close_matches(criterion_id, ids, n=3, cutoff=0.5)
    near = f"Did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
    return (f"{near}Criterion ids look like '{ids[0]}': use one from the panel's framework "
            "file, or from the Scores sheet of an exported score sheet (zerodx export).")


def parse_level(text: str, where: str) -> int | None:
    """A level as typed: "3", " 3 ", "3.0" (as spreadsheets write it); "" means no level."""
    text = text.strip()
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if value.is_integer():
        return int(value)
    raise UserError(f"level '{text}' is not a whole number", where=where,
                    hint="Levels are whole numbers on the framework's scale, e.g. 3.")


def missing_justification(framework: Framework, level: int | None, comment: str) -> bool:
    return needs_comment(level, comment, framework.require_comment_for)


def score_one(home: Path, nominee_id: str, criterion_id: str, level: int | None,
              comment: str | None = None) -> list[str]:
    """Save one score (and comment). Returns warnings a person should see."""
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        framework = framework_from_dict(panel.framework)
        _check(panel, framework, nominee_id, criterion_id, level, "score",
               store.judge_fingerprint())
        store.set_scores_bulk(panel_id, [(nominee_id, criterion_id, level, comment)],
                              row_labels=[f"{nominee_id} {criterion_id}"])
        saved = store.nominee_scores(panel_id, nominee_id).get(criterion_id, (None, ""))
    if missing_justification(framework, level, saved[1]):
        return [f"level {level} needs a justification: add one with --comment TEXT "
                "(the export will list it as missing)"]
    return []


def read_score_csv(path: Path) -> list[tuple[int, str, str, int | None, str]]:
    """Rows (line number, nominee, criterion, level, comment) of a scores CSV; strict header."""
    from zerodx_desktop.formats.limits import require_file

    require_file(path, "CSV file", expect="csv")  # a folder, a spreadsheet...: said plainly
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise UserError(f"cannot read the CSV file ({exc.strerror or exc})", where=str(path),
                        hint="Check that you may read the file.") from exc
    if len(data) > MAX_CSV_BYTES:
        raise UserError("the CSV file is too large (over 50 MB)", where=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UserError("the file is not UTF-8 text", where=f"{path}:{line}",
                        hint="Save it again as \"CSV UTF-8\" (Excel: Save As > CSV UTF-8; "
                             "LibreOffice: character set Unicode (UTF-8)).") from exc
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


@dataclass(frozen=True)
class CsvOutcome:
    saved: int  # rows with a level
    cleared: int  # rows with an empty level: that criterion's score was removed
    missing_justifications: list[str]  # "file.csv:7" of levels that need a comment


def score_csv(home: Path, path: Path) -> CsvOutcome:
    """Apply every row of a scores CSV in one transaction: all rows or none.

    An empty level removes that criterion's score (the row's comment is still saved); the same
    nominee and criterion twice in one file is refused, naming both lines.
    """
    rows = read_score_csv(path)
    seen: dict[tuple[str, str], int] = {}
    for line, nominee_id, criterion_id, _level, _comment in rows:
        first = seen.setdefault((nominee_id, criterion_id), line)
        if first != line:
            raise UserError(f"{nominee_id} {criterion_id} is scored twice (lines {first} and "
                            f"{line})", where=f"{path}:{line}",
                            hint="Keep one row per nominee and criterion.")
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        framework = framework_from_dict(panel.framework)
        judge = store.judge_fingerprint()
        for line, nominee_id, criterion_id, level, _comment in rows:
            _check(panel, framework, nominee_id, criterion_id, level, f"{path}:{line}", judge)
        store.set_scores_bulk(panel_id, [(n, c, lv, cm) for _line, n, c, lv, cm in rows],
                              row_labels=[f"{path}:{line}" for line, *_ in rows])
    missing = [f"{path}:{line}" for line, _n, _c, lv, cm in rows
               if missing_justification(framework, lv, cm)]
    cleared = sum(1 for r in rows if r[3] is None)
    return CsvOutcome(len(rows) - cleared, cleared, missing)


def withdraw_conflict(home: Path, nominee_id: str) -> None:
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        if nominee_id not in store.conflicts(panel_id):
            raise UserError(f"you have not declared a conflict for '{nominee_id}'",
                            where="conflict --withdraw",
                            hint="Conflicts listed by the organizer can only be changed by "
                                 "the organizer, in a new panel package.")
        store.withdraw_conflict(panel_id, nominee_id)


def declare_conflict(home: Path, nominee_id: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("a reason is required for a conflict of interest", where="--reason")
    with open_store(home) as store:
        panel_id = current_panel_id(store)
        panel = store.panel(panel_id)
        if not any(n.id == nominee_id for n in panel.nominees):
            raise UserError(f"no nominee '{nominee_id}' in panel {panel.id}", where="conflict")
        store.declare_conflict(panel_id, nominee_id, reason.strip())
