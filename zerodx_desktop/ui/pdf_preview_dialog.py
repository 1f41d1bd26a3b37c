"""The in-app PDF viewer (QPdfView) with a print button (QPrinter / QPrintDialog).

Printing renders each page with QtPdf at the printer's resolution and paints it onto the
printer, so it works the same on every platform without an external viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.core.errors import UserError


def _exec_print_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    """The platform print dialog; True when the person chose to print (tests replace this)."""
    dlg = QPrintDialog(printer, parent)
    return dlg.exec() == QDialog.DialogCode.Accepted


def _open_externally(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreviewDialog(QDialog):
    """Shows one PDF file; Print… sends it to a printer."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("{name} — preview").format(name=self.path.name))
        self.resize(820, 960)
        self.document = QPdfDocument(self)
        err = self.document.load(str(self.path))
        if err != QPdfDocument.Error.None_:
            raise UserError(self.tr("cannot open the PDF ({error})").format(error=err.name),
                            where=str(self.path),
                            hint=self.tr("The file may be damaged; generate it again."))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        bar = QHBoxLayout()
        self.info_label = QLabel(self._info())
        bar.addWidget(self.info_label)
        bar.addStretch(1)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.open_button = QPushButton(self.tr("Open in system viewer"))
        self.open_button.clicked.connect(lambda: _open_externally(self.path))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                  self.open_button, self.print_button, self.close_button):
            bar.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _info(self) -> str:
        n = self.document.pageCount()
        title = self.document.metaData(QPdfDocument.MetaDataField.Title) or self.path.name
        pages = self.tr("1 page") if n == 1 else self.tr("{n} pages").format(n=n)
        return f"{title} · {pages}"

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def print_with_dialog(self) -> int:
        """Ask for a printer, then print; returns the number of pages sent (0 if cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        if not _exec_print_dialog(printer, self):
            return 0
        return self.print_document(printer)

    def print_document(self, printer: QPrinter) -> int:
        """Render every page (or the chosen range) onto ``printer``; returns pages printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
        if count == 0 or first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be opened."))
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                area = painter.viewport()
                pts = self.document.pagePointSize(page)
                scale = min(area.width() / pts.width(), area.height() / pts.height(),
                            dpi / 72.0)
                size = QSize(max(1, int(pts.width() * scale)), max(1, int(pts.height() * scale)))
                image = self.document.render(page, size)
                x = area.x() + (area.width() - size.width()) // 2
                painter.drawImage(QRect(x, area.y(), size.width(), size.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed


def show_pdf(parent: QWidget | None, path: Path) -> PdfPreviewDialog:
    """Open ``path`` in a non-modal preview window and return it."""
    dlg = PdfPreviewDialog(path, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
