"""The dossier viewer: narrative sections (plain text, never HTML), attachments, PDF/image.

PDFs open inside the app (QtPdf: page navigation, zoom, search) and images are shown scaled,
in the panes of ``ui.attachment_panes``; any other file is copied to a temporary folder and
handed to the system viewer.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.panel import Attachment, Nominee
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.attachment_panes import READABLE_ZOOM as READABLE_ZOOM  # old home
from zerodx_desktop.ui.attachment_panes import ZOOM_STEPS as ZOOM_STEPS
from zerodx_desktop.ui.attachment_panes import ImagePane, PdfPane

if TYPE_CHECKING:
    from zerodx_desktop.services.panels import Store

log = logging.getLogger(__name__)
ShaRole = Qt.ItemDataRole.UserRole + 30

IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/svg+xml"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}
ATTACHMENT_ROWS = 5  # the attachment list shows this many rows before it scrolls


def kind_of(att: Attachment) -> str:
    suffix = Path(att.file).suffix.lower()
    if att.media_type == "application/pdf" or suffix == ".pdf":
        return "pdf"
    if att.media_type in IMAGE_TYPES or suffix in IMAGE_SUFFIXES:
        return "image"
    return "other"


def fill_document(doc: QTextDocument, nominee: Nominee) -> None:
    """Write the nominee's narrative into ``doc`` as plain text runs (nothing interpreted)."""
    doc.clear()
    cursor = QTextCursor(doc)
    base = QTextCharFormat()
    title_fmt = QTextCharFormat()
    title_fmt.setFontWeight(QFont.Weight.Bold)
    title_fmt.setFontPointSize(doc.defaultFont().pointSizeF() * 1.5)
    head_fmt = QTextCharFormat()
    head_fmt.setFontWeight(QFont.Weight.Bold)
    head_fmt.setFontPointSize(doc.defaultFont().pointSizeF() * 1.2)
    meta_fmt = QTextCharFormat()
    meta_fmt.setFontItalic(True)
    para = QTextBlockFormat()
    para.setBottomMargin(6)
    head_block = QTextBlockFormat()
    head_block.setTopMargin(12)
    head_block.setBottomMargin(4)

    cursor.setBlockFormat(para)
    cursor.insertText(nominee.name, title_fmt)
    meta = " · ".join(x for x in (nominee.id, nominee.country, nominee.category) if x)
    if meta:
        cursor.insertBlock(para)
        cursor.insertText(meta, meta_fmt)
    if nominee.summary:
        cursor.insertBlock(para)
        cursor.insertText(nominee.summary, base)
    for section in nominee.sections:
        cursor.insertBlock(head_block)
        cursor.insertText(section.title, head_fmt)
        for paragraph in section.body.split("\n"):
            if not paragraph.strip():
                continue  # the block margin separates paragraphs
            cursor.insertBlock(para)
            cursor.insertText(paragraph, base)
    if not nominee.sections and not nominee.summary:
        cursor.insertBlock(para)
        cursor.insertText(QCoreApplication.translate(
            "dossier_view", "This dossier has no narrative sections."), meta_fmt)


class DossierView(i18n.Retranslating, QWidget):
    """Narrative and attachments of one nominee."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.nominee: Nominee | None = None
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.text = QTextBrowser(self)
        self.text.setObjectName("dossierText")
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.narrative_tab_index = self.tabs.addTab(self.text, "")  # named in retranslate()

        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachmentList")
        self.attachments.currentItemChanged.connect(self._attachment_selected)
        self.attachments.itemActivated.connect(self._attachment_activated)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pdf: PdfPane | None = None
        self.image = ImagePane(self)
        self.other = QWidget(self)
        other_layout = QVBoxLayout(self.other)
        self.other_label = QLabel(self.other)
        self.other_label.setWordWrap(True)
        self.other_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.other)
        self.open_button.clicked.connect(self.open_external)
        other_layout.addStretch(1)
        other_layout.addWidget(self.other_label)
        other_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignCenter)
        other_layout.addStretch(1)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.image)
        self.stack.addWidget(self.other)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.attachments)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        self.attach_tab_index = self.tabs.addTab(split, "")
        # the first attachment opens when the tab is first shown for a nominee (not before:
        # QtPdf and the file are not needed to score from the narrative)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._zoom: dict[str, tuple[str, float]] = {}  # per document (sha256): its zoom
        self._pdf_sha = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()


    def retranslate(self) -> None:
        """Tab titles, names, and what is shown of the nominee's attachments."""
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        self.text.setAccessibleName(self.tr("Dossier narrative"))
        self.tabs.setTabText(self.narrative_tab_index, self.tr("&Narrative"))
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.open_button.setText(self.tr("Open with the system viewer"))
        self.open_button.setAccessibleName(self.tr("Open the attachment with the system viewer"))
        self._attachment_texts()
        current = self.current_attachment() if stale else None
        if current is not None and self.stack.currentWidget() is self.empty:
            self.show_attachment(current)  # why it cannot be shown, said again
        else:
            self._show_empty(switch=False)
        nominee = self.nominee
        if stale and nominee is not None and not nominee.sections and not nominee.summary:
            fill_document(self.text.document(), nominee)  # "no narrative sections"

    def _show_empty(self, *, switch: bool = True) -> None:
        if self.nominee is not None and not self.nominee.attachments:
            self.empty.setText(self.tr("This nominee has no attachments."))
        else:
            self.empty.setText(self.tr("Choose an attachment."))
        if switch:
            self.stack.setCurrentWidget(self.empty)

    def _attachment_texts(self) -> None:
        """The attachments tab's title (with the count) and each attachment's line."""
        nominee = self.nominee
        if nominee is None:
            self.tabs.setTabText(self.attach_tab_index, self.tr("&Attachments"))
            return
        self.tabs.setTabText(self.attach_tab_index,
                             self.tr("&Attachments ({n_attachments})").format(
                                 n_attachments=len(nominee.attachments)))
        for i, att in enumerate(nominee.attachments[:self.attachments.count()]):
            kb = max(1, att.size // 1024)
            self.attachments.item(i).setText(self.tr("{title}  ({file}, {size} KB)").format(
                title=att.title or att.file, file=att.file, size=QLocale().toString(kb)))

    def _pdf_pane(self) -> PdfPane:
        if self.pdf is None:  # created on first use: QtPdf is not needed at start-up
            self.pdf = PdfPane(self)
            self.pdf.window_btn.clicked.connect(self.open_in_window)
            self.pdf.external_btn.clicked.connect(self.open_external)
            self.stack.addWidget(self.pdf)
        return self.pdf

    def _tab_changed(self, index: int) -> None:
        if (index == self.attach_tab_index and self.attachments.currentItem() is None
                and self.attachments.count()):
            self.attachments.setCurrentRow(0)  # open the first attachment

    def _remember_zoom(self) -> None:
        if self.pdf is not None and self._pdf_sha:
            self._zoom[self._pdf_sha] = self.pdf.zoom_state()

    def set_nominee(self, nominee: Nominee | None) -> None:
        if self.nominee is not None and nominee is not None and nominee.id == self.nominee.id:
            return
        self.nominee = nominee
        doc = self.text.document()
        if nominee is None:
            doc.clear()
            self.attachments.clear()
            return
        fill_document(doc, nominee)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.attachments.blockSignals(True)
        self.attachments.clear()
        for att in nominee.attachments:
            item = QListWidgetItem()  # its text: _attachment_texts()
            item.setData(ShaRole, att.sha256)
            item.setToolTip(att.file)
            self.attachments.addItem(item)
        self.attachments.blockSignals(False)
        # one file needs no list to choose from: the tab's title names it; a few files, a
        # list as tall as they are (the document below gets the room)
        self.attachments.setVisible(len(nominee.attachments) > 1)
        rows = min(len(nominee.attachments), ATTACHMENT_ROWS)
        self.attachments.setMaximumHeight(
            rows * max(self.attachments.sizeHintForRow(0), self.fontMetrics().height() + 2)
            + 2 * self.attachments.frameWidth() + 4
            + self.attachments.horizontalScrollBar().sizeHint().height())
        self._attachment_texts()
        self._show_empty()
        self._remember_zoom()
        self._pdf_sha = ""
        if self.pdf is not None:
            self.pdf.clear()
            self.pdf.clear_search()  # a new nominee, a new search
        if self.tabs.currentIndex() == self.attach_tab_index and nominee.attachments:
            self.attachments.setCurrentRow(0)

    def current_attachment(self) -> Attachment | None:
        item = self.attachments.currentItem()
        if item is None or self.nominee is None:
            return None
        sha = item.data(ShaRole)
        return next((a for a in self.nominee.attachments if a.sha256 == sha), None)

    def _attachment_selected(self, current: QListWidgetItem | None,
                             _prev: QListWidgetItem | None) -> None:
        if current is None:
            self._show_empty()
            return
        self.show_attachment(self.current_attachment())

    def _attachment_activated(self, _item: QListWidgetItem) -> None:
        att = self.current_attachment()
        if att is not None and kind_of(att) == "other":
            self.open_external()

    def show_attachment(self, att: Attachment | None) -> None:
        if att is None:
            self._show_empty()
            return
        kind = kind_of(att)
        try:
            if kind == "pdf":
                pane = self._pdf_pane()
                self._remember_zoom()
                path = self.store.attachment_path(att.sha256)
                ok = pane.load_path(path) if path else pane.load_bytes(
                    self.store.attachment_bytes(att.sha256))
                if ok:
                    self.stack.setCurrentWidget(pane)
                    self._pdf_sha = att.sha256
                    pane.clear_search()
                    pane.restore_zoom(self._zoom.get(att.sha256))
                    return
                self.empty.setText(self.tr("{file}: this PDF cannot be shown. Press Enter on "
                                           "it to try the system viewer.").format(file=att.file))
                self.stack.setCurrentWidget(self.empty)
                return
            if kind == "image":
                if self.image.load_bytes(self.store.attachment_bytes(att.sha256)):
                    self.stack.setCurrentWidget(self.image)
                    return
            self.other_label.setText(f"{att.title or att.file}\n{att.file} — {att.media_type}")
            self.stack.setCurrentWidget(self.other)
        except Exception as exc:  # a missing blob must not take the workspace down
            log.warning("cannot show attachment %s: %s", att.file, exc)
            self.empty.setText(self.tr("{file}: cannot be read from the store ({exc}).").format(
                                   file=att.file, exc=exc))
            self.stack.setCurrentWidget(self.empty)

    def open_in_window(self) -> Any:
        """The PDF attachment in a window of its own (zoom, print), beside the workspace."""
        att = self.current_attachment()
        if att is None or kind_of(att) != "pdf":
            return None
        target = self._temp_copy(att)
        from zerodx_desktop.ui.pdf_preview_dialog import show_pdf

        window = show_pdf(self.window(), target)
        window.setWindowTitle(att.title or att.file)
        return window

    def open_external(self) -> Path | None:
        """Copy the attachment to a private temp folder and open it with the system viewer."""
        att = self.current_attachment()
        if att is None:
            return None
        target = self._temp_copy(att)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _temp_copy(self, att: Attachment) -> Path:
        if self._tempdir is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="zerodx-attachments-")
        # never trust the package's file name as a path: keep only a safe base name
        safe = "".join(ch for ch in Path(att.file).name if ch.isalnum() or ch in "._- ")
        target = Path(self._tempdir.name) / f"{att.sha256[:12]}-{safe or 'attachment'}"
        from zerodx_desktop.services.files import save_bytes

        save_bytes(target, self.store.attachment_bytes(att.sha256))
        return target

    def cleanup(self) -> None:
        if self.pdf is not None:
            self.pdf.clear()
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None
