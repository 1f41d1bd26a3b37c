"""The chair's pile of score sheets: one row per file, with its verification verdict.

Before a merge a row is just a file (status "pending"); after a merge each row carries the
``SheetVerdict`` the engine returned for that file. The model owns everything the table
shows: status icon and colour, a reason a person can act on, and the tampered cells in the
tooltip (and, in full, in ``details_text``). Rows deleted from or inserted into *Scores* are
said first, plainly ("row 12 (n-005 / c-2.1) missing; the 40 rows below moved up"), and a
sheet that *displays* signed values differently (number formats, hidden rows or columns)
names the cells and rows concerned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from zerodx_desktop.controllers.chair import PENDING, SheetPile, SheetRow, status_kind
from zerodx_desktop.core.sheet import DisplayNote, RowChange, SheetVerdict, Status, Warning_
from zerodx_desktop.ui.i18n import (
    ENGLISH,
    QT_TRANSLATE_NOOP,
    current_language,
    engine_text,
    fmt_datetime,
)
from zerodx_desktop.ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

# the sheets' status families and the pile itself live in the chair's controller
__all__ = ["PENDING", "SheetRow", "SheetsModel", "status_kind"]
MAX_TOOLTIP_CELLS = 15
MAX_TOOLTIP_NOTES = 8
CONTEXT = "SheetsModel"


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# Literal texts are translated with ``translate("SheetsModel", "...")``: pyside6-lupdate
# extracts that call (not a ``_tr("...")`` wrapper), so the catalogue reaches the .ts file.
translate = QCoreApplication.translate


STATUS_LABELS: dict[str, str] = {
    PENDING: QT_TRANSLATE_NOOP("SheetsModel", "Not checked yet"),
    Status.VALID: QT_TRANSLATE_NOOP("SheetsModel", "Valid"),
    Status.TAMPERED: QT_TRANSLATE_NOOP("SheetsModel", "Tampered"),
    Status.BAD_SIGNATURE: QT_TRANSLATE_NOOP("SheetsModel", "Bad signature"),
    Status.UNKNOWN_JUDGE: QT_TRANSLATE_NOOP("SheetsModel", "Unknown judge"),
    Status.WRONG_PANEL: QT_TRANSLATE_NOOP("SheetsModel", "Wrong panel"),
    Status.WRONG_FRAMEWORK: QT_TRANSLATE_NOOP("SheetsModel", "Wrong framework"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("SheetsModel", "Superseded"),
    Status.UNREADABLE: QT_TRANSLATE_NOOP("SheetsModel", "Unreadable"),
}

STATUS_EXPLAINED: dict[str, str] = {
    PENDING: QT_TRANSLATE_NOOP("SheetsModel", "The sheet will be verified when the merge runs."),
    Status.VALID: QT_TRANSLATE_NOOP(
        "SheetsModel", "The signature checks out and the judge is on the panel roster."),
    Status.TAMPERED: QT_TRANSLATE_NOOP(
        "SheetsModel", "Cells were changed after the judge signed the sheet; it is not used."),
    Status.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "SheetsModel", "The signature does not verify; the sheet is not used."),
    Status.UNKNOWN_JUDGE: QT_TRANSLATE_NOOP(
        "SheetsModel", "Signed by a key that is not on the panel roster; not used."),
    Status.WRONG_PANEL: QT_TRANSLATE_NOOP(
        "SheetsModel", "The sheet belongs to another panel or round; not used."),
    Status.WRONG_FRAMEWORK: QT_TRANSLATE_NOOP(
        "SheetsModel", "The sheet was scored against another framework version; not used."),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP(
        "SheetsModel", "A newer sheet from the same judge replaces this one."),
    Status.UNREADABLE: QT_TRANSLATE_NOOP(
        "SheetsModel", "Not a readable score sheet (corrupt, hostile or another kind of file)."),
}

WARNING_LABELS: dict[str, str] = {
    Warning_.INCOMPLETE: QT_TRANSLATE_NOOP(
        "SheetsModel", "incomplete: some criteria were left unscored"),
    Warning_.CONFLICT_SCORED: QT_TRANSLATE_NOOP(
        "SheetsModel", "scored a nominee the roster marks as a conflict (those scores are "
        "excluded)"),
    Warning_.DISPLAY_ALTERED: QT_TRANSLATE_NOOP(
        "SheetsModel", "displayed differently: number formats, invisible text or hidden "
        "rows/columns make the file show other values than the signed ones (the signed values "
        "are used)"),
    Warning_.AUDIT_BROKEN: QT_TRANSLATE_NOOP(
        "SheetsModel", "the judge exported knowing that the sheet's edit history was altered"),
    Warning_.ROSTER_NOT_CHECKED: QT_TRANSLATE_NOOP(
        "SheetsModel", "the judge's key was not checked against a panel roster"),
    Warning_.SEQUENCE_CLASH: QT_TRANSLATE_NOOP(
        "SheetsModel", "another sheet from this judge has the same round and sequence but "
        "different signed values: ask the judge which one is right"),
}

# kind -> (colour, glyph)
_KINDS: dict[str, tuple[str, str]] = {
    "ok": ("#2e7d32", "✓"),
    "warn": ("#ef6c00", "!"),
    "old": ("#757575", "↺"),
    "bad": ("#c62828", "✗"),
    "pending": ("#1565c0", "?"),
}


_icon_cache: dict[str, QIcon] = {}


def status_icon(kind: str) -> QIcon:
    """A small round badge in the status colour with a glyph (painted, so no files needed)."""
    icon = _icon_cache.get(kind)
    if icon is None:
        colour, glyph = _KINDS[kind]
        pix = QPixmap(32, 32)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawEllipse(2, 2, 28, 28)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(20)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, glyph)
        p.end()
        icon = QIcon(pix)
        _icon_cache[kind] = icon
    return icon


def status_colour(kind: str) -> QColor:
    return QColor(_KINDS[kind][0])


def status_label(status: str) -> str:
    """The status's name in the UI language."""
    return _tr(STATUS_LABELS[status]) if status in STATUS_LABELS else str(status)


def status_explained(status: str) -> str:
    return _tr(STATUS_EXPLAINED[status]) if status in STATUS_EXPLAINED else ""


def warning_label(warning: str) -> str:
    return _tr(WARNING_LABELS[warning]) if warning in WARNING_LABELS else warning


def _foreign_detail(message: str) -> bool:
    """A sentence the catalogue cannot translate (the file-level detail of an unreadable
    sheet, from ``UserError``) while the UI is not in English."""
    return current_language() != ENGLISH and engine_text(message) == message


def verdict_message(verdict: SheetVerdict) -> str:
    """The engine's sentence on a sheet in the UI language; outside English, a detail the
    catalogue does not know gives way to the status's stock sentence (the details pane keeps
    the detail)."""
    if not verdict.message or _foreign_detail(verdict.message):
        return status_explained(verdict.status)
    return engine_text(verdict.message)


def verdict_reason(verdict: SheetVerdict) -> str:
    """One line: why the sheet has its status (the engine's message, else a stock sentence)."""
    parts = [row_change_line(rc) for rc in verdict.row_changes[:1]]
    tampered = verdict.status is Status.TAMPERED and bool(verdict.changed_cells)
    # a tampered sheet: the stock sentence (in the UI language) and the cells below, not the
    # engine's message, which counts and names the same cells again
    parts.append(status_explained(verdict.status) if tampered
                 else verdict_message(verdict))
    if tampered:
        n = len(verdict.changed_cells)
        cells = (", ".join(f"{c.cell} ({c.where})" if c.where else c.cell
                           for c in verdict.changed_cells[:5])
                 + (" …" if n > 5 else ""))
        text = (translate("SheetsModel", "1 changed cell: {cells}") if n == 1
                else translate("SheetsModel", "{n} changed cells: {cells}"))
        parts.append(text.format(n=n, cells=cells))
    parts += [warning_label(w) for w in verdict.warnings]
    return " · ".join(p for p in parts if p)


def _ids_text(rc: RowChange) -> str:
    empty = translate("SheetsModel", "(empty)")
    shown = [f"{a} / {b}" if (a or b) else empty for a, b in rc.ids[:3]]
    return ", ".join(shown) + (", …" if rc.rows > len(shown) else "")


def row_change_line(rc: RowChange) -> str:
    """A row change said plainly, in the UI language."""
    if rc.change == "missing":
        head = (translate("SheetsModel", "{sheet}: row {row} ({ids}) missing") if rc.rows == 1
                else translate("SheetsModel", "{sheet}: rows {first}–{last} ({ids}) missing"))
        tail = (translate("SheetsModel", "{head}; the row below moved up") if rc.moved == 1
                else translate("SheetsModel", "{head}; the {n} rows below moved up"))
    else:
        head = (translate("SheetsModel", "{sheet}: an extra row at {row} ({ids})")
                if rc.rows == 1 else
                translate("SheetsModel", "{sheet}: {n} extra rows at {first}–{last} ({ids})"))
        tail = (translate("SheetsModel", "{head}; the row below moved down") if rc.moved == 1
                else translate("SheetsModel", "{head}; the {n} rows below moved down"))
    head = head.format(sheet=rc.sheet, row=rc.row, first=rc.row, last=rc.row + rc.rows - 1,
                       ids=_ids_text(rc), n=rc.rows)
    return tail.format(head=head, n=rc.moved) if rc.moved else head


def display_note_line(note: DisplayNote) -> str:
    """One thing that makes the sheet show other values than the signed ones."""
    if note.kind == "format":
        text = translate("SheetsModel",
                         "{cell} (signed {signed}) is displayed with the number format {format}")
        return text.format(cell=note.cell, signed=note.signed, format=f"“{note.detail}”")
    if note.kind == "font":
        text = translate("SheetsModel", "{cell} (signed {signed}) cannot be seen: {why}")
        return text.format(cell=note.cell, signed=note.signed, why=engine_text(note.detail))
    if note.kind in ("rows_hidden", "columns_hidden"):
        more = note.count - len(note.items)
        if note.kind == "rows_hidden":
            text = (translate("SheetsModel", "{sheet}: hidden rows {items} and {n} more")
                    if more > 0 else translate("SheetsModel", "{sheet}: hidden rows {items}"))
        else:
            text = (translate("SheetsModel", "{sheet}: hidden columns {items} and {n} more")
                    if more > 0 else translate("SheetsModel", "{sheet}: hidden columns {items}"))
        return text.format(sheet=note.sheet, items=", ".join(str(x) for x in note.items),
                           n=more)
    if note.kind == "conditional_format":
        text = (translate("SheetsModel",
                          "{sheet}: conditional formatting on {range} can change how values look")
                if note.detail else
                translate("SheetsModel",
                          "{sheet}: conditional formatting can change how values look"))
        return text.format(sheet=note.sheet, range=note.detail)
    if note.kind == "zeros_hidden":
        text = translate("SheetsModel", "{sheet}: zero values are set not to show")
        return text.format(sheet=note.sheet)
    if note.kind == "layout":
        text = translate("SheetsModel", "{sheet}: {what} can hide or cover values")
        return text.format(sheet=note.sheet, what=engine_text(note.detail))
    text = translate("SheetsModel", "The cell formats could not be checked: {reason}")
    return text.format(reason=engine_text(note.detail))


def _display_lines(verdict: SheetVerdict, limit: int | None = None) -> list[str]:
    notes = verdict.display_altered if limit is None else verdict.display_altered[:limit]
    lines = [display_note_line(n) for n in notes]
    more = verdict.display_altered_total - len(notes)
    if more > 0:
        lines.append(translate("SheetsModel", "… and {n} more").format(n=more))
    return lines


def _cell_line(cell: Any) -> str:
    empty = translate("SheetsModel", "(empty)")
    signed = empty if cell.signed in (None, "") else repr(cell.signed)
    found = empty if cell.found in (None, "") else repr(cell.found)
    text = translate("SheetsModel", "{cell}: signed {signed}, found {found}")
    where = getattr(cell, "where", "")  # the nominee and criterion of a Scores cell
    return text.format(cell=f"{cell.cell} ({where})" if where else cell.cell, signed=signed,
                       found=found)


def details_text(path: Path, verdict: SheetVerdict | None) -> str:
    """Everything known about one sheet, as plain text for the details pane."""
    lines = [translate("SheetsModel", "File: {path}").format(path=path)]
    status = translate("SheetsModel", "Status: {status}")
    if verdict is None:
        lines += [status.format(status=status_label(PENDING)), status_explained(PENDING)]
        return "\n".join(lines)
    lines.append(status.format(status=status_label(verdict.status)))
    lines += [row_change_line(rc) for rc in verdict.row_changes]
    lines.append(verdict_message(verdict))
    if verdict.message and _foreign_detail(verdict.message):
        lines.append(verdict.message)
    c = verdict.content
    if c is not None:
        lines += [translate("SheetsModel", "Judge: {name} <{email}>").format(
                      name=c.judge_name, email=c.judge_email),
                  translate("SheetsModel", "Fingerprint: {fingerprint}").format(
                      fingerprint=c.fingerprint),
                  translate("SheetsModel", "Panel: {title} ({id}), round {round}").format(
                      title=c.panel_title, id=c.panel_id, round=c.round),
                  translate("SheetsModel", "Sequence: {sequence} · exported {exported}").format(
                      sequence=c.sequence, exported=fmt_datetime(c.exported_at))]
    if verdict.sha256:
        lines.append(f"SHA-256: {verdict.sha256}")
    if verdict.warnings:
        lines.append(translate("SheetsModel", "Warnings:"))
        lines += [f"  • {warning_label(w)}" for w in verdict.warnings]
    if verdict.display_altered:
        lines.append(translate("SheetsModel", "Displayed differently from what was signed:"))
        lines += [f"  • {x}" for x in _display_lines(verdict)]
    if verdict.changed_cells:
        lines.append(translate("SheetsModel", "Changed cells ({n}):").format(
            n=len(verdict.changed_cells)))
        lines += [f"  • {_cell_line(cell)}" for cell in verdict.changed_cells]
    return "\n".join(lines)


class SheetsModel(HeaderedTableModel):
    """Files added by the chair and what verification said about each."""

    COL_STATUS, COL_FILE, COL_JUDGE, COL_SEQUENCE, COL_REASON = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("SheetsModel", "Status"),
               QT_TRANSLATE_NOOP("SheetsModel", "File"),
               QT_TRANSLATE_NOOP("SheetsModel", "Judge"),
               QT_TRANSLATE_NOOP("SheetsModel", "Seq."),
               QT_TRANSLATE_NOOP("SheetsModel", "Reason"))
    VerdictRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None, pile: SheetPile | None = None) -> None:
        super().__init__(parent)
        self.pile = pile if pile is not None else SheetPile()
        self.pile.listener = self  # the pile changes; the model tells the views

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pile.rows)

    # -- editing (the pile does it; the model is told before and after) --------------------
    def add_files(self, paths: list[Path]) -> int:
        """Append files not already in the list (same resolved path); returns how many."""
        return self.pile.add(paths)

    def remove_rows(self, rows: list[int]) -> None:
        self.pile.remove(rows)

    def clear(self) -> None:
        self.pile.clear()

    def clear_verdicts(self) -> None:
        self.pile.clear_verdicts()

    def set_verdicts(self, verdicts: list[SheetVerdict]) -> None:
        """Attach each verdict to its file's row (by full path, else by file name)."""
        self.pile.set_verdicts(verdicts)

    # -- the pile's listener ---------------------------------------------------------------
    def rows_inserting(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)

    def rows_inserted(self) -> None:
        self.endInsertRows()

    def rows_removing(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)

    def rows_removed(self) -> None:
        self.endRemoveRows()

    def resetting(self) -> None:
        self.beginResetModel()

    def reset(self) -> None:
        self.endResetModel()

    def rows_changed(self) -> None:
        self._changed_all()

    # -- reading ---------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [r.path for r in self.pile.rows]

    def row(self, row: int) -> SheetRow:
        return self.pile.rows[row]

    def counts(self) -> dict[str, int]:
        """How many rows per status family (ok, warn, old, bad, pending)."""
        return self.pile.counts()

    def details_text(self, row: int) -> str:
        r = self.pile.rows[row]
        return details_text(r.path, r.verdict)

    # -- Qt model --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.pile.rows)):
            return None
        r = self.pile.rows[index.row()]
        v = r.verdict
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_STATUS:
                return status_label(r.status)
            if col == self.COL_FILE:
                return r.path.name
            if col == self.COL_JUDGE:
                return v.content.judge_name if v and v.content else ""
            if col == self.COL_SEQUENCE:
                return str(v.content.sequence) if v and v.content else ""
            if col == self.COL_REASON:
                return status_explained(PENDING) if v is None else verdict_reason(v)
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATUS:
            return status_icon(r.kind)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            return status_colour(r.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == self.VerdictRole:
            return v
        if role == self.PathRole:
            return str(r.path)
        if role == self.StatusRole:
            return r.status
        return None

    # -- helpers ---------------------------------------------------------------------------
    def _changed_all(self) -> None:
        if self.pile.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.pile.rows) - 1, len(self.HEADERS) - 1))

    @staticmethod
    def _tooltip(r: SheetRow) -> str:
        v = r.verdict
        if v is None:
            return f"{r.path}\n{status_explained(PENDING)}"
        lines = [f"{status_label(v.status)}: {r.path.name}"]
        lines += [row_change_line(rc) for rc in v.row_changes]
        lines.append(verdict_message(v))
        lines += [warning_label(w) for w in v.warnings]
        if v.display_altered:
            lines.append(translate("SheetsModel", "Displayed differently from what was signed:"))
            lines += _display_lines(v, MAX_TOOLTIP_NOTES)
        if v.changed_cells:
            lines.append(translate("SheetsModel", "Changed cells:"))
            lines += [_cell_line(c) for c in v.changed_cells[:MAX_TOOLTIP_CELLS]]
            rest = len(v.changed_cells) - MAX_TOOLTIP_CELLS
            if rest > 0:
                lines.append(translate("SheetsModel",
                                       "… and {n} more (see the details pane)").format(n=rest))
        return "\n".join(x for x in lines if x)
