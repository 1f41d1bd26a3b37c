"""The nominee drill-down: a judge × criterion matrix of the levels each judge signed.

Rows are the judges whose sheets counted, then four summary rows (mean, min, max, SD per
criterion, from ``PanelResult.criteria``); columns are the framework's criteria in order, then
each judge's total. A recused judge reads "recused", a criterion left unscored reads "—"; a
total from fewer than all the criteria says so ("61.25 (20 of 24)", greyed): the merge counts
it over the criteria scored, so it is shown, never as if it were complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from zerodx_desktop.core.result import CriterionStat, PanelResult
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

RECUSED = "recused"
MISSING = "—"
SUMMARY_ROWS = (QT_TRANSLATE_NOOP("NomineeMatrixModel", "Mean"),
                QT_TRANSLATE_NOOP("NomineeMatrixModel", "Min"),
                QT_TRANSLATE_NOOP("NomineeMatrixModel", "Max"),
                QT_TRANSLATE_NOOP("NomineeMatrixModel", "SD"))


@dataclass(frozen=True)
class CriterionInfo:
    id: str
    title: str  # short column title
    question: str  # the full question, for the tooltip
    domain_id: str = ""


def framework_outline(raw: dict[str, Any] | None) -> tuple[list[CriterionInfo], tuple[int, int]]:
    """The criteria (in framework order) and the scale (min, max) of a framework document.

    Reads the raw, already validated ``panel.framework`` dict; tolerant of missing keys so a
    drill-down still shows levels if the document is unusual.
    """
    raw = raw or {}
    out: list[CriterionInfo] = []
    for d in raw.get("domains", []) or []:
        for m in d.get("dimensions", []) or []:
            dim_title = i18n.text(m.get("title", "")) if isinstance(m, dict) else ""
            for i, c in enumerate(m.get("criteria", []) or [], start=1):
                cid = str(c.get("id", ""))
                question = i18n.text(c.get("question", ""))
                own = i18n.text(c.get("title", "")) if c.get("title") else ""
                title = own or (f"{dim_title} {i}" if dim_title else cid)
                out.append(CriterionInfo(cid, title, question, str(d.get("id", ""))))
    scale = raw.get("scale") or {}
    try:
        lo, hi = int(scale.get("min", 1)), int(scale.get("max", 5))
    except (TypeError, ValueError):
        lo, hi = 1, 5
    return out, (lo, hi)


def _level_colour(level: int, lo: int, hi: int) -> QColor:
    """Pale red (lowest level) through pale yellow to pale green (highest)."""
    t = 0.5 if hi <= lo else max(0.0, min(1.0, (level - lo) / (hi - lo)))
    hue = int(0 + 120 * t)  # 0 = red, 120 = green
    return QColor.fromHsv(hue, 70, 250)


class NomineeMatrixModel(QAbstractTableModel):
    """Judge × criterion levels for one nominee, with per-criterion summary rows."""

    JudgeRole = Qt.ItemDataRole.UserRole + 1
    CriterionRole = Qt.ItemDataRole.UserRole + 2
    LevelRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nominee_id = ""
        self._judges: list[tuple[str, str]] = []  # (fingerprint, name)
        self._criteria: list[CriterionInfo] = []
        self._levels: dict[tuple[str, str], int] = {}  # (fingerprint, criterion) -> level
        self._recused: set[str] = set()
        self._totals: dict[str, float | None] = {}
        self._stats: dict[str, CriterionStat] = {}
        self._scale = (1, 5)

    # -- filling ---------------------------------------------------------------------------
    def set_result(self, result: PanelResult | None, nominee_id: str, *,
                   criteria: list[CriterionInfo] | None = None,
                   scale: tuple[int, int] = (1, 5),
                   conflicted: set[str] | None = None) -> None:
        """Show ``nominee_id`` of ``result``; ``conflicted`` holds the recused fingerprints."""
        self.beginResetModel()
        self._nominee_id = nominee_id
        self._scale = scale
        self._levels, self._totals, self._stats, self._judges = {}, {}, {}, []
        self._recused = set(conflicted or ())
        if result is None:
            self._criteria = list(criteria or [])
            self.endResetModel()
            return
        for (fp, nid, cid), level in result.levels.items():
            if nid == nominee_id:
                self._levels[(fp, cid)] = level
        self._stats = {s.criterion_id: s for s in result.criteria if s.nominee_id == nominee_id}
        seen: set[str] = set()
        for j in result.judges:
            if str(j.status) == "valid" and j.fingerprint not in seen:
                seen.add(j.fingerprint)
                self._judges.append((j.fingerprint, j.name))
        for fp in result.judge_totals:  # judges the engine counted but did not list
            if fp not in seen:
                seen.add(fp)
                self._judges.append((fp, fp))
        self._totals = {fp: result.judge_totals.get(fp, {}).get(nominee_id)
                        for fp, _ in self._judges}
        if criteria:
            self._criteria = list(criteria)
        else:  # no framework to hand: the criteria the result knows, in first-seen order
            ids = list(dict.fromkeys([s.criterion_id for s in result.criteria]
                                     + [cid for (_fp, cid) in self._levels]))
            self._criteria = [CriterionInfo(cid, cid, cid) for cid in ids]
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------------
    @property
    def nominee_id(self) -> str:
        return self._nominee_id

    def judge_count(self) -> int:
        return len(self._judges)

    def criterion_count(self) -> int:
        return len(self._criteria)

    def level(self, row: int, column: int) -> int | None:
        if row < len(self._judges) and column < len(self._criteria):
            return self._levels.get((self._judges[row][0], self._criteria[column].id))
        return None

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._judges:
            return 0
        return len(self._judges) + len(SUMMARY_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._criteria) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section > len(self._criteria):
                return None
            is_total = section == len(self._criteria)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Total") if is_total else self._criteria[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                if is_total:
                    return self.tr("The judge's total for this nominee (0–100)")
                c = self._criteria[section]
                # the header may be elided: the tooltip starts with the full title
                tip = "\n".join(dict.fromkeys(t for t in (c.title, c.question) if t))
                tip += f"\n({c.id})"
                st = self._stats.get(c.id)
                if st is not None and st.flagged:
                    tip += "\n" + self.tr("Flagged for discussion: the judges' levels spread "
                                           "widely.")
                return tip
            if role == Qt.ItemDataRole.ForegroundRole and not is_total:
                st = self._stats.get(self._criteria[section].id)
                if st is not None and st.flagged:
                    return QColor("#c62828")
            return None
        if section >= len(self._judges) + len(SUMMARY_ROWS) or not self._judges:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self._judges):
                return self._judges[section][1]
            return self.tr(SUMMARY_ROWS[section - len(self._judges)])
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._judges):
            return self._judges[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        nj, nc = len(self._judges), len(self._criteria)
        if not (0 <= row < nj + len(SUMMARY_ROWS)) or not (0 <= col <= nc):
            return None
        if row < nj:
            return self._judge_cell(row, col, role)
        return self._summary_cell(row - nj, col, role)

    def partial(self, fingerprint: str) -> tuple[int, int] | None:
        """(criteria scored, criteria) of a judge's total that rests on only some of the
        criteria; None for a complete one, or when the result keeps no levels to count."""
        if self._totals.get(fingerprint) is None or not self._levels or not self._criteria:
            return None
        done = sum(1 for c in self._criteria if (fingerprint, c.id) in self._levels)
        count = len(self._criteria)
        return (done, count) if done < count else None

    def _judge_cell(self, row: int, col: int, role: int) -> Any:
        fp, name = self._judges[row]
        recused = fp in self._recused
        is_total = col == len(self._criteria)
        level = None if is_total else self._levels.get((fp, self._criteria[col].id))
        partial = self.partial(fp) if is_total else None
        if role == Qt.ItemDataRole.DisplayRole:
            if is_total:
                total = self._totals.get(fp)
                if total is None:
                    return i18n.status_text(RECUSED) if recused else MISSING
                if partial is not None:  # not a total over every criterion: it says so
                    return self.tr("{value} ({done} of {count})").format(
                        value=i18n.fmt_number(total, 2), done=partial[0], count=partial[1])
                return i18n.fmt_number(total, 2)
            if level is None:
                return i18n.status_text(RECUSED) if recused else MISSING
            return str(level)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if level is not None:
                return _level_colour(level, *self._scale)
            if recused:
                return QColor("#eeeeee")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
                (level is None and not is_total) or partial is not None):
            return QColor("#757575")
        if role == Qt.ItemDataRole.ToolTipRole:
            if recused:
                return self.tr("{judge} declared a conflict with this nominee: not "
                               "counted").format(judge=name)
            if partial is not None:
                return self.tr("{judge} scored {done} of {count} criteria of this nominee: "
                               "the total is over those criteria only (their weights "
                               "rescaled), and it counts in the result.").format(
                    judge=name, done=partial[0], count=partial[1])
            if not is_total:
                return f"{name} · {self._criteria[col].id}: " + (
                    self.tr("not scored") if level is None
                    else self.tr("level {level}").format(level=level))
            return None
        if role == self.JudgeRole:
            return fp
        if role == self.CriterionRole and not is_total:
            return self._criteria[col].id
        if role == self.LevelRole:
            return level
        return None

    def _summary_cell(self, which: int, col: int, role: int) -> Any:
        if col == len(self._criteria):
            return None
        st = self._stats.get(self._criteria[col].id)
        if role == Qt.ItemDataRole.DisplayRole:
            if st is None:
                return MISSING
            value = (st.mean, st.min, st.max, st.sd)[which]
            if value is None:
                return MISSING
            return str(value) if isinstance(value, int) else i18n.fmt_number(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#ffebee") if st is not None and st.flagged else QColor("#f5f5f5")
        if role == self.CriterionRole:
            return self._criteria[col].id
        return None
