"""The export rows of the chair's merge view: the result workbook (and who would sign it),
the PDF report with its certificates, and the feedback letters; and what is said when one
was written. ``ExportSection`` builds and words them; whether something may be written, and
how, is the chair's controller's to say (``controllers.chair``), and the merge view asks for
the file names and runs the controller's requests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from zerodx_desktop.controllers.chair import ChairController, WorkbookSaved
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.ui import i18n, operations, passphrase_dialog

# Texts keep the context "MergeView", where they are shown (this is part of that view):
# ``translate("MergeView", "...")`` is what pyside6-lupdate extracts with that context.
translate = QCoreApplication.translate


class ExportSection(QWidget):
    """The merge view's export rows (a base of ``MergeView``, which sets ``chair``, builds
    ``status_label``, runs merges and shows the dialogs)."""

    # MergeView's signal (a signal on this second base would not reach the view's meta-object)
    exportFinished: SignalInstance

    chair: ChairController
    status_label: QLabel
    preview: QWidget | None
    _running: operations.Operation | None

    # -- what the merge view provides --------------------------------------------------------
    def run_merge(self) -> None:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _ask_save(self, title: str, suggested: Path, filters: str) -> Path | None:
        raise NotImplementedError

    def _ask_folder(self, title: str) -> Path | None:
        raise NotImplementedError

    def _ask_file(self, title: str, filters: str) -> Path | None:
        raise NotImplementedError

    def _tell(self, title: str, text: str) -> None:
        raise NotImplementedError

    def _complain(self, title: str, text: str) -> None:
        raise NotImplementedError

    def _preview_pdf(self, path: Path) -> QWidget | None:
        raise NotImplementedError

    def _build_export_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The result workbook's row (with who signs it) and the printed pieces' row; the
        texts are set in ``_retranslate_exports``."""
        export = QHBoxLayout()
        self.export_workbook_button = QPushButton()
        self.export_workbook_button.clicked.connect(self.export_workbook)
        export.addWidget(self.export_workbook_button)
        self.signing_label = QLabel()
        self.signing_label.setWordWrap(True)
        export.addWidget(self.signing_label, 1)
        # the printed pieces (report, certificates, letters) on a row of their own
        printing = QHBoxLayout()
        self.include_comments_check = QCheckBox()
        printing.addWidget(self.include_comments_check)
        self.certificates_caption = QLabel()
        printing.addWidget(self.certificates_caption)
        self.certificates_spin = QSpinBox()
        self.certificates_spin.setRange(0, 100)
        printing.addWidget(self.certificates_spin)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.choose_certificate_template)
        printing.addWidget(self.template_button)
        self.report_language_caption = QLabel()
        printing.addWidget(self.report_language_caption)
        self.report_language_combo = QComboBox()
        # language names in their own language, untranslated (as in Preferences)
        self.report_language_combo.addItem("English", "en")
        self.report_language_combo.addItem("\u7b80\u4f53\u4e2d\u6587", "zh_CN")
        if i18n.current_language() == i18n.CHINESE:
            self.report_language_combo.setCurrentIndex(1)
        printing.addWidget(self.report_language_combo)
        self.export_pdf_button = QPushButton()
        self.export_pdf_button.clicked.connect(self.export_pdf)
        printing.addWidget(self.export_pdf_button)
        self.rank_band_check = QCheckBox()
        printing.addWidget(self.rank_band_check)
        self.letters_button = QPushButton()
        self.letters_button.clicked.connect(self.export_letters)
        printing.addWidget(self.letters_button)
        printing.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        return export, printing

    def _retranslate_exports(self) -> None:
        self.export_workbook_button.setText(translate("MergeView", "Export result workbook…"))
        self.export_workbook_button.setToolTip(translate(
            "MergeView", "Write the panel result as a signed workbook (.xlsx) for the organizer"))
        self.include_comments_check.setText(translate("MergeView", "Include anonymised comments"))
        self.include_comments_check.setToolTip(translate(
            "MergeView", "Put the judges' comments in the report, without their names"))
        self.certificates_caption.setText(translate("MergeView", "Certificates:"))
        self.certificates_spin.setToolTip(translate(
            "MergeView", "Winner certificates for the top N nominees"))
        self.export_pdf_button.setText(translate("MergeView", "PDF report…"))
        self.export_pdf_button.setToolTip(translate(
            "MergeView", "Write the final report (PDF), with certificates for the top nominees "
            "if asked"))
        self._refresh_signing_note()
        self._show_template()
        self.template_button.setToolTip(translate(
            "MergeView", "The certificates' layout and wording (title, award line, signature "
            "lines, logo): a certificate template file (.json)"))
        self.report_language_caption.setText(translate("MergeView", "Printed in:"))
        self.report_language_combo.setToolTip(translate(
            "MergeView", "The language of the PDF report, the certificates and the feedback "
            "letters"))
        self.rank_band_check.setText(translate("MergeView", "Rank band"))
        self.rank_band_check.setToolTip(translate(
            "MergeView", "Tell each nominee its band (top quarter, upper half, ...) in the "
            "feedback letter"))
        self.letters_button.setText(translate("MergeView", "Feedback letters…"))
        self.letters_button.setToolTip(translate(
            "MergeView", "Write one feedback letter (PDF) per nominee into a folder: its own "
            "scores against the field and the judges' comments, anonymised"))
        self.report_language_combo.setAccessibleName(translate("MergeView", "Printed in:"))
        self.certificates_spin.setAccessibleName(translate("MergeView", "Certificates"))

    def _refresh_signing_note(self) -> None:
        """Who the result workbook would be signed by (the home's identity, if any)."""
        note = self.chair.signing_note()
        if note.state == "signed":
            text = translate("MergeView", "Signed by {name} ({fingerprint}).").format(
                name=note.name, fingerprint=note.fingerprint)
        elif note.state == "unreadable":
            text = translate("MergeView", "The home identity cannot be read: {what}").format(
                what=note.error)
        else:
            text = translate("MergeView", "No identity in this home: the result workbook will "
                             "be UNSIGNED (create an identity to sign it).")
        self.signing_label.setText(text)

    # == what came of an export ===============================================================
    def _workbook_saved_text(self, saved: WorkbookSaved) -> str:
        how = (translate("MergeView", "signed by {name} ({fingerprint})").format(
                   name=saved.signer.name, fingerprint=saved.signer.fingerprint)
               if saved.signer else translate("MergeView", "UNSIGNED: this home has no identity"))
        text = translate("MergeView", "Result workbook saved: {path}").format(path=saved.path)
        text += f"\n{how}\nSHA-256: {saved.sha256}"
        if not saved.printable:
            text += "\n" + translate(
                "MergeView", "No final PDF report from this result: it is {status} "
                "({reason}).").format(status=saved.check.status, reason=saved.check.reason)
        return text

    def _report_saved_text(self, path: Path, certificates: Path | None) -> str:
        text = translate("MergeView", "Report saved: {path}").format(path=path)
        if certificates is not None:
            text += "\n" + translate("MergeView", "Certificates saved: {path}").format(
                path=certificates)
        return text

    def _letters_saved_text(self, n: int, folder: Path) -> str:
        return translate("MergeView", "{n} feedback letter(s) saved in {folder}").format(
            n=n, folder=folder)

    def _show_template(self) -> None:
        template = self.chair.certificate_template
        self.template_button.setText(template.name if template is not None
                                     else translate("MergeView", "Certificate template…"))

    # == writing ================================================================================
    def export_workbook(self) -> None:
        """Save the result workbook, signed with the home identity when there is one."""
        if self.chair.result is None:
            return
        path = self._ask_save(translate("MergeView", "Save the result workbook"),
                              self.chair.suggested(".xlsx"),
                              translate("MergeView", "Excel workbook") + " (*.xlsx)")
        if path is None:
            return
        try:  # the meeting's notes and decisions are signed with the result
            self.chair.apply_meeting()
        except UserError as exc:
            self.status_label.setText(translate("MergeView", "Not saved: {message}").format(
                message=exc.message))
            self._complain(translate("MergeView", "Meeting"), exc.message)
            return
        self._refresh_signing_note()
        identity = None
        if self.chair.signs_workbook:
            try:
                identity = passphrase_dialog.unlock_identity(
                    self, self.chair.home,
                    purpose=translate("MergeView", "sign the result workbook"))
            except UserError as exc:
                self._complain(translate("MergeView", "Sign the result"), exc.message)
                return
            if identity is None:
                return
        request = self.chair.workbook_request(path, identity)
        if request is None:
            return

        def done(written: Any) -> None:
            saved = self.chair.workbook_written(request, written)
            self._update_actions()
            text = self._workbook_saved_text(saved)
            self.status_label.setText(text)
            self.exportFinished.emit(str(saved.path))
            self._tell(translate("MergeView", "Result workbook"), text)

        self._run_export(lambda _progress: request.run(),
                         translate("MergeView", "Writing the result workbook…"), done)

    def export_pdf(self) -> None:
        """Write the PDF report, then open it in the preview."""
        if self.chair.result is None:
            return
        path = self._ask_save(translate("MergeView", "Save the PDF report"),
                              self.chair.suggested(".pdf"),
                              translate("MergeView", "PDF") + " (*.pdf)")
        if path is None:
            return
        request = self.chair.report_request(
            path, include_comments=self.include_comments_check.isChecked(),
            certificates=self.certificates_spin.value(),
            lang=str(self.report_language_combo.currentData()))
        if request is None:
            return

        def done(outcome: Any) -> None:
            self.chair.report_written(request, outcome)
            self.status_label.setText(self._report_saved_text(request.path,
                                                              outcome.certificates_path))
            self.exportFinished.emit(str(request.path))
            self.preview = self._preview_pdf(request.path)

        self._run_export(lambda progress: request.run(progress.update),
                         translate("MergeView", "Writing the PDF report…"), done)

    def choose_certificate_template(self) -> None:
        """Choose (and check) the certificate template; cancelling keeps the current one."""
        path = self._ask_file(translate("MergeView", "Choose a certificate template"),
                              translate("MergeView", "Certificate template") + " (*.json)")
        if path is None:
            return
        self.set_certificate_template(path)

    def set_certificate_template(self, path: Path | None) -> bool:
        """Use the template at ``path`` (None: the default wording); a bad one is refused
        with its message and the current one kept."""
        try:
            self.chair.set_certificate_template(path)
        except UserError as exc:
            self.status_label.setText(translate("MergeView", "Not used: {message}").format(
                message=exc.message))
            self._complain(translate("MergeView", "Certificate template"), exc.message)
            return False
        self._show_template()
        return True

    def export_letters(self) -> None:
        """Write the feedback letters into a folder the chair chooses."""
        if not self.chair.can_print:
            return
        folder = self._ask_folder(translate("MergeView",
                                            "Choose a folder for the feedback letters"))
        if folder is None:
            return
        request = self.chair.letters_request(
            folder, rank_band=self.rank_band_check.isChecked(),
            lang=str(self.report_language_combo.currentData()))
        if request is None:
            return

        def done(paths: Any) -> None:
            self.chair.letters_written(paths)
            self.status_label.setText(self._letters_saved_text(len(paths), folder))
            self.exportFinished.emit(str(folder))

        self._run_export(lambda _progress: request.run(),
                         translate("MergeView", "Writing the feedback letters…"), done)

    def _run_export(self, work: Callable[[operations.Progress], Any], title: str,
                    done: Callable[[Any], None]) -> None:
        """Run ``work`` in the background; a merge asked for meanwhile runs when it ends."""
        def ended() -> bool:
            self._running = None
            rerun = self.chair.end_operation()
            self._update_actions()
            return rerun

        def ok(value: Any) -> None:
            rerun = ended()
            done(value)
            if rerun:
                self.run_merge()

        def failed(exc: BaseException) -> None:
            if ended():
                self.run_merge()
            if isinstance(exc, operations.Cancelled):
                return
            if isinstance(exc, UserError):
                self.status_label.setText(translate("MergeView", "Not saved: {message}").format(
                    message=exc.message))
                self._complain(translate("MergeView", "Export"), exc.message)
                return
            sys.excepthook(type(exc), exc, exc.__traceback__)

        self.chair.begin_operation()
        self._running = operations.run_in_background(self, work, title=title, on_success=ok,
                                                     on_failure=failed)
        self._update_actions()
