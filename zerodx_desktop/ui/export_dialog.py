"""Export the signed score sheet: completeness first, then the passphrase, then the file.

The dialog shows the panel, the judge and, per nominee, what is scored (``panel_status``), warns
when the sheet is incomplete (it can still be exported), then unlocks the key and writes the
sheet in the background (``services.export.export_sheet``) and shows the file's SHA-256.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.controllers import judge
from zerodx_desktop.core.errors import IdentityError, UserError
from zerodx_desktop.core.filenames import portable_stem
from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.services.identity import PublicIdentity
from zerodx_desktop.ui.dialogs import _ask_save_name
from zerodx_desktop.ui.identity_dialog import ERROR_STYLE, OK_STYLE, report_failure
from zerodx_desktop.ui.operations import Progress, run_in_background

_Index = QModelIndex | QPersistentModelIndex
WARN_STYLE = "color: #b26a00; font-weight: bold;"


def _ask_save_path(parent: QWidget, caption: str, default: str) -> str:
    """The file the person chose, or "" (tests replace this)."""
    return _ask_save_name(parent, caption, default, QCoreApplication.translate(
        "ExportDialog", "Excel workbook") + " (*.xlsx)")


def _show_in_folder(path: Path) -> None:
    """Open the file manager on the folder holding ``path`` (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def slug(text: str) -> str:
    """A file-name-safe lower-case form of a name (letters of any script are kept), valid on
    Windows, macOS and Linux (core.filenames)."""
    return portable_stem(text, "judge")


def default_file_name(panel_id: str, judge_name: str, sequence: int) -> str:
    return judge.sheet_file_name(panel_id, judge_name, sequence)


completeness = judge.completeness  # counts for the warning (the controller's; old home here)


def _done(n: dict[str, Any]) -> int:
    """Criteria done in a ``panel_status`` nominee entry (older documents lack "done")."""
    return int(n.get("done", n["scored"] - n.get("missing_comments", 0)))


class CompletenessModel(QAbstractTableModel):
    """One row per nominee: name, done/total, missing required comments, status.

    "Done" is the workspace's count (``core.scoring.criterion_done``: a level and, where the
    framework requires one, a justification), so both say the same number."""

    COLUMNS = ("Nominee", "Done", "Missing comments", "Status")

    def __init__(self, nominees: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(nominees)
        self._status_text = {
            NomineeStatus.COMPLETE: self.tr("complete"),
            NomineeStatus.IN_PROGRESS: self.tr("in progress"),
            NomineeStatus.NOT_STARTED: self.tr("not started"),
            NomineeStatus.RECUSED: self.tr("recused (conflict)"),
        }
        self._headers = [self.tr("Nominee"), self.tr("Done"), self.tr("Missing comments"),
                         self.tr("Status")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def nominee(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        n = self._rows[index.row()]
        col = index.column()
        recused = n["status"] == NomineeStatus.RECUSED
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return n["name"]
            if col == 1:
                return "—" if recused else f"{_done(n)} / {n['total']}"
            if col == 2:
                return "" if recused or not n["missing_comments"] else str(n["missing_comments"])
            if col == 3:
                text = self._status_text.get(n["status"], n["status"])
                if recused and n.get("conflict"):
                    text = f"{text}: {n['conflict']}"
                return text
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return n["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not recused and col in (1, 2, 3):
            from PySide6.QtGui import QColor

            if col == 2 and n["missing_comments"]:
                return QColor("#c62828")
            if col in (1, 3) and _done(n) < n["total"]:
                return QColor("#b26a00")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


class ExportDialog(QDialog):
    """Check completeness, type the passphrase, choose the file, sign and write it."""

    exported = Signal(object)  # services.export.ExportDone

    def __init__(self, home: Path, parent: QWidget | None = None, *,
                 directory: Path | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.directory = Path(directory) if directory is not None else Path.home()
        self.busy = False
        self.blocked = False  # no panel, no identity or a key outside the roster
        self.result_: Any = None  # ExportDone after success
        self.public: PublicIdentity | None = None
        self.status: dict[str, Any] | None = None
        self.counts: dict[str, int] = {}
        self.sequence = 1
        self.audit_problems: list[str] = []  # where the store's audit chain is broken
        self.setWindowTitle(self.tr("Export your signed score sheet"))
        self.setModal(True)
        self.resize(720, 560)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._check_page())
        self.stack.addWidget(self._done_page())
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export signed sheet…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setVisible(False)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack)
        lay.addWidget(self.buttons)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentIndex() == 0 and self.passphrase_edit.isEnabled():
            # the one thing to type: the passphrase (the table is there to read)
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- pages -------------------------------------------------------------------------
    def _check_page(self) -> QWidget:
        page = QWidget(self)
        self.panel_label = QLabel(page)
        self.panel_label.setWordWrap(True)
        self.panel_label.setAccessibleName(self.tr("Panel"))
        self.judge_label = QLabel(page)
        self.judge_label.setWordWrap(True)
        self.judge_label.setAccessibleName(self.tr("Judge"))
        self.judge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QFormLayout()
        head.addRow(self.tr("Panel:"), self.panel_label)
        head.addRow(self.tr("Judge:"), self.judge_label)

        self.table = QTableView(page)
        self.table.setAccessibleName(self.tr("Completeness per nominee"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)

        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Completeness"))

        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.textChanged.connect(self._update_buttons)
        pass_form = QFormLayout()
        pass_form.addRow(self.tr("&Passphrase to sign:"), self.passphrase_edit)
        # privacy: by default the sheet carries the audit chain's head and counts, not the
        # old scores and withdrawn comments; the full history only when the judge ticks this
        self.history_check = QCheckBox(self.tr("Include my &edit history"), page)
        self.history_check.setChecked(False)
        self.history_check.setAccessibleName(self.tr("Include my edit history"))
        self.history_check.setToolTip(self.tr(
            "Unticked, the sheet shows only how many changes you made and when (with the "
            "audit chain's hash), not your earlier scores and comments. Tick it to send "
            "the whole history to the chair."))

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setVisible(False)

        # a broken audit chain: shown, and the export waits for the judge to acknowledge it
        self.audit_label = QLabel(page)
        self.audit_label.setWordWrap(True)
        self.audit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.audit_label.setStyleSheet(ERROR_STYLE)
        self.audit_label.setAccessibleName(self.tr("Edit history problem"))
        self.audit_label.setVisible(False)
        self.audit_box = QCheckBox(self.tr(
            "I know my edit history was changed outside the app; export anyway (the chair "
            "sees the warning audit_broken)"), page)
        self.audit_box.setObjectName("acceptAuditBreak")
        self.audit_box.setVisible(False)
        self.audit_box.toggled.connect(self._update_buttons)

        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary_label)
        lay.addWidget(self.audit_label)
        lay.addWidget(self.audit_box)
        lay.addLayout(pass_form)
        lay.addWidget(self.history_check)
        lay.addWidget(self.error_label)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_title = QLabel(page)
        self.done_title.setWordWrap(True)
        self.done_title.setStyleSheet(OK_STYLE + " font-weight: bold;")
        self.path_edit = QLineEdit(page)
        self.sequence_edit = QLineEdit(page)
        self.sha_edit = QLineEdit(page)
        for w, name in ((self.path_edit, self.tr("Exported file")),
                        (self.sequence_edit, self.tr("Export number")),
                        (self.sha_edit, self.tr("SHA-256 of the file"))):
            w.setReadOnly(True)
            w.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.path_edit)
        form.addRow(self.tr("Export number:"), self.sequence_edit)
        form.addRow(self.tr("SHA-256:"), self.sha_edit)
        self.done_note = QLabel(self.tr(
            "Send this file to the chair. If you export again later, the chair uses the "
            "sheet with the highest export number. The SHA-256 lets you both check that the "
            "file arrived unchanged."), page)
        self.done_note.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Show in folder"), page)
        self.show_button.setToolTip(self.tr("Open the folder that holds the exported sheet"))
        self.show_button.clicked.connect(self.show_in_folder)
        self.copy_sha_button = QPushButton(self.tr("Copy SHA-&256"), page)
        self.copy_sha_button.setToolTip(self.tr("Copy the sheet's SHA-256 so the chair can "
                                                "check it is the file you sent"))
        self.copy_sha_button.clicked.connect(self.copy_sha256)  # a method: see identity_dialog
        for b in (self.show_button, self.copy_sha_button):
            b.setAutoDefault(False)  # Enter keeps meaning "Close"
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.copy_sha_button)
        row.addStretch(1)
        # a large mark above, the result in the middle: not four lines atop an empty page
        self.done_mark = QLabel("\u2714", page)
        self.done_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_mark.setStyleSheet(OK_STYLE + " font-size: 48px;")
        self.done_mark.setAccessibleName(self.tr("Exported"))
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addStretch(1)
        lay.addWidget(self.done_mark)
        lay.addWidget(self.done_title)
        lay.addLayout(form)
        lay.addWidget(self.done_note)
        lay.addLayout(row)
        lay.addStretch(2)
        return page

    # ---- state -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the panel's progress, the identity and the next export number."""
        self.error_label.setVisible(False)
        check = judge.check_export(self.home)
        self.status, self.public, self.sequence = check.status, check.public, check.sequence
        problem = ""
        if check.block is judge.ExportBlock.NO_IDENTITY:
            problem = self.tr("This computer has no judge identity yet: create one "
                              "(Identity page) before exporting.")
        elif check.block is judge.ExportBlock.NOT_ON_ROSTER and check.public is not None:
            problem = self.tr(
                "Your key ({fp}) is not on this panel's roster: the chair would reject "
                "the sheet. Send your judge card to the organizer.").format(
                fp=check.public.fingerprint)
        elif check.block is judge.ExportBlock.STORE:
            problem = check.message
        status = self.status
        nominees = status["nominees"] if status else []
        old = self.table.model()
        self.model = CompletenessModel(nominees, self)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if status:
            p = status["panel"]
            self.panel_label.setText(self.tr("{title} (round {round}, {id}); framework "
                                             "{fw} {ver}").format(
                title=p["title"], round=p["round"], id=p["id"],
                fw=p["framework"]["id"], ver=p["framework"]["version"]))
        else:
            self.panel_label.setText(self.tr("no panel is open"))
        if self.public is not None:
            self.judge_label.setText(f"{self.public.name} <{self.public.email}>\n"
                                     f"{self.public.fingerprint}")
        else:
            self.judge_label.setText(self.tr("no identity"))
        self.counts = check.counts
        self.summary_label.setText(self.summary_text())
        self.summary_label.setStyleSheet(WARN_STYLE if self.incomplete else OK_STYLE)
        self.blocked = bool(problem)
        if problem:
            self._show_error(problem)
        self._show_audit()
        self._update_buttons()

    def _show_audit(self) -> None:
        try:
            self.audit_problems = judge.audit_breaks(self.home) if self.status else []
        except UserError:
            self.audit_problems = []  # the store's own problem is already shown
        shown = self.audit_problems[:8]
        more = len(self.audit_problems) - len(shown)
        self.audit_label.setText(self.tr(
            "Your edit history (audit chain) was changed outside the app:") + "\n"
            + "\n".join(f"\u2022 {p}" for p in shown)
            + (("\n" + self.tr("\u2026 and {n} more").format(n=more)) if more > 0 else "")
            + "\n" + self.tr("Restore a backup from before the change (File \u25b8 Restore "
                              "from backup\u2026), or export anyway."))
        self.audit_label.setVisible(bool(self.audit_problems))
        self.audit_box.setVisible(bool(self.audit_problems))

    @property
    def incomplete(self) -> bool:
        return bool(self.counts.get("unscored") or self.counts.get("missing_comments"))

    def summary_text(self) -> str:
        c = self.counts
        if not c:
            return ""
        parts = []
        if c["unscored"]:
            parts.append(self._plural(c["unscored"], self.tr("{n} criterion unscored"),
                                      self.tr("{n} criteria unscored"))
                         + self._plural(c["unscored_nominees"], self.tr(" in {n} nominee"),
                                        self.tr(" in {n} nominees")))
        if c["missing_comments"]:
            parts.append(self._plural(c["missing_comments"],
                                      self.tr("{n} required comment missing"),
                                      self.tr("{n} required comments missing"))
                         + self._plural(c["comment_nominees"], self.tr(" in {n} nominee"),
                                        self.tr(" in {n} nominees")))
        recused = ""
        if c["recused"]:
            recused = " " + self._plural(c["recused"], self.tr("({n} nominee recused.)"),
                                         self.tr("({n} nominees recused.)"))
        if not parts:
            return self.tr("Everything is scored and every required comment is written.") \
                + recused
        return ("; ".join(parts) + self.tr(" — you can still export; the chair will see the "
                                           "sheet as incomplete.") + recused)

    @staticmethod
    def _plural(n: int, one: str, many: str) -> str:
        """``one`` or ``many`` (both already translated), with ``{n}`` filled in."""
        return (one if n == 1 else many).format(n=n)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self.busy and not self.blocked
                                      and bool(self.passphrase_edit.text())
                                      and (not self.audit_problems
                                           or self.audit_box.isChecked()))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.passphrase_edit.setEnabled(not busy)
        self.history_check.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_buttons()

    # ---- export ------------------------------------------------------------------------
    def default_path(self) -> Path:
        panel_id = self.status["panel"]["id"] if self.status else "panel"
        name = self.public.name if self.public else "judge"
        return self.directory / default_file_name(panel_id, name, self.sequence)

    def _on_ok(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        if self.busy or self.blocked:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase to sign the sheet."))
            self.passphrase_edit.setFocus()
            return
        name = _ask_save_path(self, self.tr("Save your signed score sheet"),
                              str(self.default_path()))
        if not name:
            return
        out = Path(name)
        self.error_label.setVisible(False)
        home = self.home
        include_history = self.history_check.isChecked()
        accept = self.audit_box.isChecked()

        steps = {judge.ExportStep.UNLOCKING: (0, self.tr("Unlocking your signing key…")),
                 judge.ExportStep.WRITING: (1, self.tr("Writing and signing the sheet…"))}

        def work(progress: Progress) -> Any:
            return judge.export_sheet(home, passphrase, out, include_history=include_history,
                                      accept_audit_break=accept,
                                      step=lambda s: progress(steps[s][0], 2, steps[s][1]))

        self._set_busy(True)
        run_in_background(self, work, title=self.tr("Exporting your score sheet"),
                          on_success=self._exported, on_failure=self._failed,
                          cancellable=False)

    def _exported(self, done: Any) -> None:
        self._set_busy(False)
        self.result_ = done
        self.passphrase_edit.clear()
        # the scores did not change since reload(): say the count the nominee list says
        n_done = self.status.get("done", done.scored) if self.status else done.scored
        self.done_title.setText(self.tr("Your signed score sheet is saved ({done} of "
                                        "{total} criteria done).").format(
            done=n_done, total=done.total))
        self.path_edit.setText(str(done.path))
        self.sequence_edit.setText(str(done.sequence))
        self.sha_edit.setText(done.sha256)
        self.stack.setCurrentIndex(1)
        self.export_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, IdentityError) and "wrong passphrase" in exc.what:
            self._show_error(self.tr("Wrong passphrase: the sheet was not exported. "
                                     "Type it again."))
            self.passphrase_edit.setFocus()
            self.passphrase_edit.selectAll()
            return
        report_failure(self.error_label, exc)

    def copy_sha256(self) -> None:
        QGuiApplication.clipboard().setText(self.sha_edit.text())

    def show_in_folder(self) -> None:
        if self.result_ is not None:
            _show_in_folder(Path(self.result_.path))

    def reject(self) -> None:
        if self.busy:  # the sheet is being written; the outcome must be seen
            return
        super().reject()
