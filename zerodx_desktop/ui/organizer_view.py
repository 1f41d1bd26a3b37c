"""The organizer's view: build a signed panel package, and print the report from a result.

The panel builder is a form (``ui/organizer_form.py``): title, round, official method,
framework (the shipped sample by default, or a validated file with a preview of its domains and
levels), the nominees folder (previewed, with each folder's problem), judge cards, known
conflicts. The workflow is the organizer controller's (``controllers/organizer.py``): this view
asks it, words what it answers, and runs its long steps off the UI thread with progress.
"Build signed package…" unlocks the home identity and writes the ``.zdxpanel`` (the CLI's
path: same stable panel id). "Print report…" turns a result workbook into the PDF report
(final only for a result a chair signed; a draft, watermarked, when asked) and opens it in the
preview.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from zerodx_desktop.controllers import organizer as ctl
from zerodx_desktop.controllers.organizer import (
    LARGE_ATTACHMENT as LARGE_ATTACHMENT,  # the old home of these names
)
from zerodx_desktop.controllers.organizer import judge_label as judge_label
from zerodx_desktop.controllers.organizer import short_fingerprint as short_fingerprint
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import Framework
from zerodx_desktop.core.panel import Conflict
from zerodx_desktop.paths import sample_framework_path
from zerodx_desktop.services import identity as signing
from zerodx_desktop.ui import i18n, operations, passphrase_dialog
from zerodx_desktop.ui.dialogs import (
    _ask_directory,
    _ask_open_file,
    _ask_open_files,
    _ask_save_file,
    _inform,
    _show_pdf,
    _warn,
)
from zerodx_desktop.ui.organizer_form import NOMINEE_ROWS as NOMINEE_ROWS
from zerodx_desktop.ui.organizer_form import OrganizerForm
from zerodx_desktop.ui.organizer_words import (
    NomineePreview,
    cards_messages,
    missing_text,
    next_round_saved,
    package_saved,
    preview_nominees,
    report_saved,
)

__all__ = ["LARGE_ATTACHMENT", "NOMINEE_ROWS", "NomineePreview", "OrganizerView",
           "judge_label", "preview_nominees", "short_fingerprint", "signing"]


class OrganizerView(i18n.Retranslating, OrganizerForm):
    """Panel builder and report printing; embeddable in the main window."""

    packageBuilt = Signal(str)  # the path written
    reportWritten = Signal(str)
    nomineesLoaded = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.draft = ctl.PanelDraft(self.home)
        self.worded: list[NomineePreview] = []  # the draft's nominees, in words
        self.last_report_draft = False
        self.last_package: Path | None = None
        self.last_report: Path | None = None
        self.preview: QWidget | None = None
        self._running: operations.Operation | None = None
        self._framework_tried = False
        self._nominees_reading: Path | None = None  # the folder being read
        self._nominees_failed: Path | None = None  # the folder that could not be read
        self._build_ui()
        self._wire()
        self.retranslate()
        # "cannot be built yet: …" follows the form: it shrinks, and goes once all is done
        self._build_blocked = False
        self.title_edit.textChanged.connect(lambda _t: self._recheck_build())

    def _wire(self) -> None:
        for button, slot in (
                (self.choose_framework_button, self.choose_framework),
                (self.sample_framework_button,
                 lambda: self.load_framework(sample_framework_path())),
                (self.save_template_button, self.save_framework_template),
                (self.choose_nominees_button, self.choose_nominees),
                (self.add_nominations_button, self.choose_nominations),
                (self.add_judges_button, self.choose_judge_cards),
                (self.remove_judge_button, self.remove_selected_judges),
                (self.add_chairs_button, self.choose_chair_cards),
                (self.clear_chairs_button, self.clear_chairs),
                (self.add_conflict_button, self.add_conflict_from_form),
                (self.remove_conflict_button, self.remove_selected_conflicts),
                (self.propose_matrix_button, self.propose_matrix),
                (self.clear_matrix_button, self.clear_matrix),
                (self.build_button, self.build_package),
                (self.print_report_button, self.print_report),
                (self.next_round_button, self.next_round)):
            button.clicked.connect(lambda _c=False, s=slot: s())
        self.matrix_model.dataChanged.connect(lambda *_a: self._show_matrix_label())

    # the draft's state, under the names the view always had
    @property
    def framework(self) -> Framework | None:
        return self.draft.framework

    @property
    def framework_path(self) -> Path | None:
        return self.draft.framework_path

    @property
    def nominees_dir(self) -> Path | None:
        return self.draft.nominees_dir

    @property
    def nominees(self) -> list[NomineePreview]:
        return self.worded

    @property
    def judges(self) -> list[signing.PublicIdentity]:
        return self.draft.judges

    @property
    def chairs(self) -> list[signing.PublicIdentity]:
        return self.draft.chairs

    @property
    def conflicts(self) -> list[Conflict]:
        return self.draft.conflicts

    @property
    def nominated(self) -> list[Any]:
        return self.draft.nominated

    def _recheck_build(self) -> None:
        if not getattr(self, "_build_blocked", False):
            return
        problems = self.problems()
        self._build_blocked = bool(problems)
        self.status_label.setText(self.tr("The package cannot be built yet:") + "\n• "
                                  + "\n• ".join(problems) if problems else "")

    def showEvent(self, event: QShowEvent) -> None:
        # the sample is validated on first show, not at start-up (jsonschema is slow to import)
        self.ensure_framework()
        super().showEvent(event)

    def ensure_framework(self) -> None:
        """Load the sample framework once, unless a framework was already chosen."""
        if not self._framework_tried:
            self._framework_tried = True
            if self.draft.framework is None:
                self.load_framework(sample_framework_path())

    # == the UI language =======================================================================
    def retranslate(self) -> None:
        """Every caption, button and tooltip, and what is shown of the framework, the nominees
        and the identity, in the current language."""
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        self.retranslate_form()
        self._show_matrix_label()
        self._show_nominations()
        self._show_chairs()
        self._refresh_identity()
        self._show_framework()
        if stale:
            self._reword_nominees()
            self._show_nominees()
        else:
            self._show_nominees_label()

    def _refresh_identity(self) -> None:
        self.show_identity(ctl.identity_state(self.home))
        self._recheck_build()

    # == framework ==============================================================================
    def choose_framework(self) -> None:
        path = _ask_open_file(self, self.tr("Choose a framework file"),
                              self.tr("Framework") + " (*.json *.xlsx);;" + self.tr("JSON")
                              + " (*.json);;" + self.tr("Spreadsheet") + " (*.xlsx)")
        if path is not None:
            self.load_framework(path)

    def save_framework_template(self) -> None:
        """Write the current framework (or an example) as the spreadsheet template."""
        out = _ask_save_file(self, self.tr("Save the framework spreadsheet"),
                             self.home / self.draft.template_name(),
                             self.tr("Spreadsheet") + " (*.xlsx)")
        if out is None:
            return
        try:
            out = ctl.write_template(out, self.draft.framework)
        except UserError as exc:
            _warn(self, self.tr("Could not save the template"), exc.message)
            return
        _inform(self, self.tr("Template saved"),
                self.tr("Saved {path}.\nEdit it, then choose it with “Choose…” to import it; "
                        "errors name the sheet, row and column.").format(path=out))

    def load_framework(self, path: Path) -> bool:
        """Load and validate ``path``; on error show it with its field and keep no framework."""
        self._framework_tried = True
        ok = self.draft.load_framework(Path(path))
        self._show_framework()
        return ok

    def _show_framework(self) -> None:
        """The framework loaded (title, counts, tree) or why it could not be."""
        self.show_framework(self.draft.framework, self.draft.framework_path,
                            self.draft.framework_failure)
        if self.draft.framework is not None:
            self._recheck_build()

    # == nominees ===============================================================================
    def choose_nominees(self) -> None:
        folder = _ask_directory(self, self.tr("Choose the nominees folder"))
        if folder is not None:
            self.load_nominees(folder)

    def load_nominees(self, folder: Path) -> None:
        """Preview the nominee folders off the UI thread (attachments are read and hashed)."""
        folder = Path(folder)
        self._nominees_reading = folder
        self._show_nominees_label()

        def work(progress: operations.Progress) -> list[NomineePreview]:
            return preview_nominees(folder, progress.update)

        def done(previews: list[NomineePreview]) -> None:
            self._running = None
            self._nominees_reading = self._nominees_failed = None
            self._set_nominees(folder, previews)
            self.nomineesLoaded.emit()

        def failed(exc: BaseException) -> None:
            self._running = None
            self._nominees_reading, self._nominees_failed = None, folder
            self._set_nominees(None, [])
            self._failed(self.tr("Nominees"), exc)
            self.nomineesLoaded.emit()

        self._running = operations.run_in_background(
            self, work, title=self.tr("Reading the nominee folders…"), on_success=done,
            on_failure=failed)

    def _show_nominees_label(self) -> None:
        """The nominees folder: none yet, being read, unusable, or what it holds."""
        if self._nominees_reading is not None:
            self.nominees_label.setText(self.tr("Reading {folder}…").format(
                folder=self._nominees_reading))
        elif self._nominees_failed is not None:
            self.nominees_label.setText(self.tr("Not usable: {folder}").format(
                folder=self._nominees_failed))
        elif self.draft.nominees_dir is None:
            self.nominees_label.setText(self.tr("No folder chosen (one sub-folder per nominee, "
                                                "each with a nominee.json and its "
                                                "attachments)."))
        else:
            good = len(self.draft.usable_nominees)
            bad = len(self.draft.nominees) - good
            self.nominees_label.setText(
                self.tr("{folder} · {n} nominee(s)").format(folder=self.draft.nominees_dir,
                                                            n=good)
                + (self.tr(", {n} with problems").format(n=bad) if bad else ""))

    def _set_nominees(self, folder: Path | None, previews: list[NomineePreview]) -> None:
        if self.draft.set_nominees(folder, [p.read for p in previews]):
            self._fill_conflicts()
        self.worded = list(previews)
        self._show_nominees()
        self.fill_nominee_combo(self.draft.usable_nominees)

    def _reword_nominees(self) -> None:
        self.worded = [NomineePreview.of(p) for p in self.draft.nominees]

    def _show_nominees(self) -> None:
        """The nominee previews in the table, the folder's summary and its problems."""
        previews = self.worded
        self.fill_nominees_table([(p.read, p.problem or p.note, "1" if p.problem else "")
                                  for p in previews], self.tr("none"))
        bad = [p for p in previews if p.problem]
        self._show_nominees_label()
        if bad:
            self.nominees_warning.setText(
                self.tr("{n} folder(s) cannot be used as they are: {problems}. Fix them (or "
                        "move them out of the folder) before building.").format(
                    n=len(bad),
                    problems="; ".join(f"{p.read.folder}: {p.problem}" for p in bad[:5])
                    + (" …" if len(bad) > 5 else "")))
            self.nominees_warning.show()
        else:
            self.nominees_warning.hide()
        self._recheck_build()

    # == chairs =================================================================================
    def choose_chair_cards(self) -> None:
        paths = _ask_open_files(self, self.tr("Add chair cards"),
                                self.tr("Judge cards") + " (*.zdxjudge)")
        if paths:
            self.add_chair_cards(paths)

    def add_chair_cards(self, paths: list[Path]) -> int:
        """Read each chair's card (a judge card); returns how many were added."""
        added, problems = self.draft.add_chair_cards(paths)
        self._show_chairs()
        if problems:
            _warn(self, self.tr("Chairs"), self.tr("Some chair cards were not added:") + "\n"
                  + "\n".join(f"{file}: {what}" for file, what in problems))
        return added

    def clear_chairs(self) -> None:
        self.draft.chairs.clear()
        self._show_chairs()

    def _show_chairs(self) -> None:
        self.show_chairs(self.draft.chairs)

    # == judges =================================================================================
    def choose_judge_cards(self) -> None:
        paths = _ask_open_files(self, self.tr("Add judge cards"),
                                self.tr("Judge cards") + " (*.zdxjudge)")
        if paths:
            self.add_judge_cards(paths)

    def add_judge_cards(self, paths: list[Path]) -> int:
        """Read each card; problems are listed together. Returns how many judges were added."""
        outcome = self.draft.add_judge_cards(paths)
        problems, notes = cards_messages(outcome)
        self._fill_judges()
        messages = []
        if problems:
            messages.append(self.tr("Some judge cards were not added:") + "\n"
                            + "\n".join(problems))
        if notes:
            messages.append(self.tr("Judges with the same name:") + "\n" + "\n".join(notes))
        if messages:
            self.status_label.setText("\n".join(messages))
            _warn(self, self.tr("Judge cards"), "\n\n".join(problems + notes))
        return outcome.added

    def remove_selected_judges(self) -> None:
        if self.draft.remove_judges(self.selected_rows(self.judges_table)):
            self._fill_judges()
            self._fill_conflicts()

    def _fill_judges(self) -> None:
        self.fill_judges(self.draft.judges)
        self._recheck_build()

    # == conflicts ==============================================================================
    def add_conflict_from_form(self) -> None:
        fp = self.conflict_judge_combo.currentData()
        nid = self.conflict_nominee_combo.currentData()
        if not fp or not nid:
            self.status_label.setText(self.tr("Choose a judge and a nominee for the conflict."))
            return
        self.add_conflict(fp, nid, self.conflict_reason_edit.text().strip())
        self.conflict_reason_edit.clear()

    def add_conflict(self, fingerprint: str, nominee_id: str, reason: str = "") -> bool:
        if not self.draft.add_conflict(fingerprint, nominee_id, reason):
            self.status_label.setText(self.tr("That conflict is already recorded."))
            return False
        self._fill_conflicts()
        return True

    def remove_selected_conflicts(self) -> None:
        if self.draft.remove_conflicts(self.selected_rows(self.conflicts_table)):
            self._fill_conflicts()

    def _fill_conflicts(self) -> None:
        self.fill_conflicts(self.draft.conflicts, self.draft.judges, self.draft.nominees)

    # == the assignment matrix ==================================================================
    def propose_matrix(self) -> bool:
        """Fill the matrix from K and the seed (K = 0: every judge on every nominee they are
        free to score), for the organizer to adjust by hand."""
        design = self.draft.matrix_design(self.tr("nominated this nominee"))
        if not design.nominees or not design.judges:
            self.matrix_label.setText(self.tr("Load the nominees and add judge cards first."))
            return False
        k = self.judges_per_nominee_spin.value()
        try:
            assignment = ctl.PanelDraft.propose(design, k, self.seed_spin.value())
        except UserError as exc:
            _warn(self, self.tr("Assignments"), exc.message)
            return False
        self.matrix_model.set_design(design.nominees, design.judges, design.conflicts,
                                     assignment, k)
        self.matrix_view.show()
        self.matrix_view.resizeColumnsToContents()
        self._show_matrix_label()
        return True

    def clear_matrix(self) -> None:
        self.matrix_model.clear()
        self.matrix_view.hide()
        self._show_matrix_label()

    def _show_matrix_label(self) -> None:
        self.show_matrix_label()

    # == building the package ===================================================================
    def problems(self) -> list[str]:
        """What stops the package from being built, in the form's order (empty: ready)."""
        self.ensure_framework()
        self.draft.title = self.title_edit.text()
        return [missing_text(m) for m in self.draft.missing()]

    def _unlock(self, title: str, purpose: str) -> signing.Identity | None:
        try:
            return passphrase_dialog.unlock_identity(self, self.home, purpose=purpose)
        except UserError as exc:
            _warn(self, title, exc.message)
            return None

    def build_package(self) -> None:
        problems = self.problems()
        title = self.tr("Build the panel package")
        if problems:
            text = self.tr("The package cannot be built yet:") + "\n• " + "\n• ".join(problems)
            self.status_label.setText(text)
            self._build_blocked = True
            _warn(self, title, text)
            return
        out = _ask_save_file(self, self.tr("Save the panel package"),
                             self.draft.suggested_package(),
                             self.tr("Panel package") + " (*.zdxpanel)")
        if out is None:
            return
        organizer = self._unlock(title, self.tr("sign the panel package"))
        if organizer is None:
            return
        request = self.draft.build_request(
            organizer, out, method=str(self.method_combo.currentData()),
            round_=self.round_spin.value(), judges_per_nominee=self.judges_per_nominee_spin.value(),
            seed=self.seed_spin.value(),  # the hand-adjusted matrix, checked as --assign
            assignment=None if self.matrix_model.is_empty() else self.matrix_model.assignment())

        def done(s: ctl.PackageSummary) -> None:
            self._running = None
            self.build_button.setEnabled(True)
            self.last_package = s.path
            text = package_saved(s)
            self.status_label.setText(text)
            self.packageBuilt.emit(str(s.path))
            _inform(self, self.tr("Panel package"), text)

        def failed(exc: BaseException) -> None:
            self._running = None
            self.build_button.setEnabled(True)
            self._failed(title, exc)

        self.build_button.setEnabled(False)
        self._running = operations.run_in_background(
            self, lambda _p: ctl.build_package(request),
            title=self.tr("Building the signed panel package…"), on_success=done,
            on_failure=failed)

    # == the report =============================================================================
    def print_report(self) -> None:
        """Result workbook -> PDF report -> preview."""
        src = _ask_open_file(self, self.tr("Choose the result workbook"),
                             self.tr("Result workbook") + " (*.xlsx)")
        if src is None:
            return
        out = _ask_save_file(self, self.tr("Save the PDF report"), src.with_suffix(".pdf"),
                             self.tr("PDF") + " (*.pdf)")
        if out is None:
            return
        include_comments = self.report_comments_check.isChecked()
        certificates = self.report_certificates_spin.value()
        draft = self.report_draft_check.isChecked()
        home = self.home
        reading = self.tr("Reading {name}").format(name=src.name)

        def work(progress: operations.Progress) -> Any:
            progress.update(0, 0, reading)
            return ctl.print_report(home, src, out, draft=draft, certificates=certificates,
                                    include_comments=include_comments, progress=progress.update)

        def done(outcome: Any) -> None:
            path = outcome.path
            self._running = None
            self.last_report = path
            self.last_report_draft = outcome.draft
            self.status_label.setText(report_saved(outcome))
            self.reportWritten.emit(str(path))
            self.preview = _show_pdf(self, path)

        def failed(exc: BaseException) -> None:
            self._running = None
            self._failed(self.tr("Print the report"), exc)

        self._running = operations.run_in_background(
            self, work, title=self.tr("Writing the PDF report…"), on_success=done,
            on_failure=failed)

    # == nominations ==========================================================================
    def choose_nominations(self) -> None:
        folder = _ask_directory(self, self.tr("Choose the folder of nominations (.zdxnom)"))
        if folder is not None:
            self.load_nominations(folder)

    def load_nominations(self, folder: Path) -> bool:
        """Read and verify every nomination in ``folder`` (a tampered one is refused)."""
        try:
            self.draft.load_nominations(folder)
        except UserError as exc:
            _warn(self, self.tr("Nominations"), exc.message)
            self._show_nominations()
            return False
        self._show_nominations()
        return True

    def _show_nominations(self) -> None:
        self.show_nominations(self.draft.nomination_lines())

    # == the next (shortlist) round ============================================================
    def next_round(self) -> None:
        """Signed result + its round's package -> the next round's package (top N)."""
        result = _ask_open_file(self, self.tr("Choose the signed result workbook"),
                                self.tr("Result workbook") + " (*.xlsx)")
        if result is None:
            return
        previous = _ask_open_file(self, self.tr("Choose the package of that round"),
                                  self.tr("Panel package") + " (*.zdxpanel)")
        if previous is None:
            return
        chosen = _ask_save_file(self, self.tr("Save the next round's package"),
                                ctl.next_round_name(previous),
                                self.tr("Panel package") + " (*.zdxpanel)")
        if chosen is None:
            return
        out = ctl.with_suffix(chosen, ctl.PACKAGE_SUFFIX)
        organizer = self._unlock(self.tr("Next round"),
                                 self.tr("sign the next round's package"))
        if organizer is None:
            return
        kwargs: dict[str, Any] = dict(
            home=self.home, organizer=organizer, result=result, previous=previous,
            shortlist_n=self.shortlist_spin.value(),
            per_category=self.per_category_check.isChecked(), out=out,
            judges_per_nominee=self.judges_per_nominee_spin.value(),
            seed=self.seed_spin.value())

        def done(nxt: Any) -> None:
            self._running = None
            self.last_package = out
            text = next_round_saved(nxt, out)
            self.status_label.setText(text)
            self.packageBuilt.emit(str(out))
            _inform(self, self.tr("Next round"), text)

        def failed(exc: BaseException) -> None:
            self._running = None
            self._failed(self.tr("Next round"), exc)

        self._running = operations.run_in_background(
            self, lambda _p: ctl.next_round(**kwargs), title=self.tr("Building the next round…"),
            on_success=done, on_failure=failed)

    # == shared =================================================================================
    @property
    def busy(self) -> bool:
        return self._running is not None

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, operations.Cancelled):
            self.status_label.setText(self.tr("Cancelled."))
            return
        if isinstance(exc, UserError):
            self.status_label.setText(f"{title}: {exc.message}")
            _warn(self, title, exc.message)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

