"""The dossier's attachment panes: a PDF (QtPdf: page navigation, zoom, search) and an image
(scaled to the pane's width)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QIODevice,
    QModelIndex,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop.ui import i18n

# zoom steps (1.0 = the PDF's own size on screen); "+" from fit-width goes to the next one up
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.85, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
              4.0, 6.0, 8.0)
READABLE_ZOOM = 0.85  # a narrow pane does not fit a page narrower than this (10 pt ≈ 11 px)
SEARCH_WAIT_MS = 3000  # Enter right after typing waits this long for the search to find


class PdfPane(i18n.Retranslating, QWidget):
    """A QPdfView with page navigation, zoom and (when QtPdf has it) search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.prev_btn = QToolButton(self)
        self.prev_btn.setText("\u25b2")
        self.next_btn = QToolButton(self)
        self.next_btn.setText("\u25bc")
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.pages_label = QLabel(self)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("\u2212")
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.fit = QToolButton(self)
        self.window_btn = QToolButton(self)  # "open in a separate window" (DossierView wires)
        self.window_btn.setObjectName("pdfSeparateWindow")
        self.external_btn = QToolButton(self)  # "open in the system viewer"
        self.external_btn.setObjectName("pdfSystemViewer")
        style = self.style()
        self.window_btn.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.external_btn.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_model: Any = None
        self._search_hit = -1
        self._search_pending = False  # Enter pressed while the search was still running
        self._search_timer = QTimer(self)
        self._search_timer.setInterval(50)
        self._search_timer.timeout.connect(self._poll_search)
        self._search_waited = QElapsedTimer()
        try:
            from PySide6.QtPdf import QPdfSearchModel

            self.search_model = QPdfSearchModel(self)
            self.search_model.setDocument(self.document)
            self.view.setSearchModel(self.search_model)
        except (ImportError, AttributeError):  # older QtPdf: no search
            self.search.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.prev_btn, self.next_btn, self.page, self.pages_label, self.zoom_out,
                  self.zoom_in, self.fit):
            bar.addWidget(w)
        bar.addStretch(1)
        # search and "open elsewhere": beside the page controls, or below them in a narrow
        # pane (nothing cut off at 1024 px)
        self.search_box = QWidget(self)
        sb = QHBoxLayout(self.search_box)
        sb.setContentsMargins(0, 0, 0, 0)
        sb.addWidget(self.search, 1)
        sb.addWidget(self.search_label)
        sb.addWidget(self.window_btn)
        sb.addWidget(self.external_btn)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        bar.addWidget(self.search_box)
        self.bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        nav = self.view.pageNavigator()
        self.prev_btn.clicked.connect(lambda: self.go_to(nav.currentPage() - 1))
        self.next_btn.clicked.connect(lambda: self.go_to(nav.currentPage() + 1))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        nav.currentPageChanged.connect(lambda p: self.page.setValue(p + 1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.fit.clicked.connect(self.fit_width)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(self._search_changed)
        self._loaded = False
        self.retranslate()


    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_search()

    def search_below(self) -> bool:
        return self.bar.indexOf(self.search_box) < 0

    def _place_search(self) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # set in __init__
        items = [self.bar.itemAt(i) for i in range(self.bar.count())]
        need = sum(item.sizeHint().width() for item in items
                   if item is not None and item.widget() is not self.search_box)
        need += self.search_box.sizeHint().width() + 8 * self.bar.count()
        below = self.width() < need
        if below == self.search_below():
            return
        if below:
            self.bar.removeWidget(self.search_box)
            layout.insertWidget(1, self.search_box)
        else:
            layout.removeWidget(self.search_box)
            self.bar.addWidget(self.search_box)
        self.search_box.show()

    def retranslate(self) -> None:
        self._ui_lang = i18n.current_language()
        self.view.setAccessibleName(self.tr("PDF attachment"))
        self.prev_btn.setAccessibleName(self.tr("Previous page"))
        self.prev_btn.setToolTip(self.tr("Previous page"))
        self.next_btn.setAccessibleName(self.tr("Next page"))
        self.next_btn.setToolTip(self.tr("Next page"))
        self.page.setAccessibleName(self.tr("Page number"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.fit.setText(self.tr("Fit width"))
        self.fit.setAccessibleName(self.tr("Fit page width"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.window_btn.setAccessibleName(self.tr("Open in a separate window"))
        self.window_btn.setToolTip(self.tr("Open in a separate window"))
        self.external_btn.setAccessibleName(self.tr("Open in the system viewer"))
        self.external_btn.setToolTip(self.tr("Open in the system viewer"))
        self.search.setPlaceholderText(self.tr("Search in PDF"))
        self.search.setAccessibleName(self.tr("Search in the PDF"))
        if self._loaded:
            self._show_page_count()
        if self._search_pending:
            self.search_label.setText(self.tr("searching…"))
        elif self.search_label.text() and self._search_hit < 0:
            self.search_label.setText(self.tr("no match"))

    def _show_page_count(self) -> None:
        self.pages_label.setText(self.tr("of {count}").format(count=self.page_count()))

    def load_bytes(self, data: bytes) -> bool:
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        return self._after_load()

    def load_path(self, path: Path) -> bool:
        self.document.close()
        self.document.load(str(path))
        return self._after_load()

    def _after_load(self) -> bool:
        from PySide6.QtPdf import QPdfDocument

        ok = self.document.status() == QPdfDocument.Status.Ready
        count = self.document.pageCount() if ok else 0
        self.page.setMaximum(max(1, count))
        self.page.setValue(1)
        self._loaded = True
        self._show_page_count()
        self._search_hit = -1
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def effective_zoom(self) -> float:
        """The zoom shown now (1.0 = the PDF's size): in fit-width mode, what fitting gives."""
        from PySide6.QtPdfWidgets import QPdfView

        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth:
            return self.view.zoomFactor()
        page = max(0, self.view.pageNavigator().currentPage())
        points = self.document.pagePointSize(page) if self.document.pageCount() else None
        if points is None or points.width() <= 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(0.05, room / (points.width() * self.view.logicalDpiX() / 72.0))

    def set_zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor)))

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def step_zoom(self, direction: int) -> None:
        """The next zoom step up (+1) or down (-1) from the zoom shown, fit-width included:
        "+" from a 70 % fit goes to 75 %, not to 125 %."""
        now = self.effective_zoom()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > now * 1.02), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < now / 1.02), ZOOM_STEPS[0])
        self.set_zoom(target)

    def zoom_state(self) -> tuple[str, float]:
        """("fit", 0) or ("custom", factor): what to restore when the document is shown again."""
        from PySide6.QtPdfWidgets import QPdfView

        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return ("fit", 0.0)
        return ("custom", self.view.zoomFactor())

    def restore_zoom(self, state: tuple[str, float] | None) -> None:
        """A document's own zoom; a new one: fit-width, unless that is too small to read."""
        if state is not None:
            if state[0] == "fit":
                self.fit_width()
            else:
                self.set_zoom(state[1])
            return
        self.fit_width()
        if self.effective_zoom() < READABLE_ZOOM:
            self.set_zoom(READABLE_ZOOM)

    def _search_changed(self, text: str) -> None:
        if self.search_model is None:
            return
        self.search_model.setSearchString(text)
        self._search_hit = -1
        self._search_pending = False
        self._search_timer.stop()
        self.search_label.setText("")

    def find_next(self) -> None:
        model = self.search_model
        if model is None or not self.search.text():
            return
        count = model.rowCount(QModelIndex())
        if count == 0:
            # the search runs in the background: Enter right after typing waits for it
            self._search_pending = True
            self._search_waited.start()
            self._search_timer.start()
            self.search_label.setText(self.tr("searching…"))
            return
        self._search_hit = (self._search_hit + 1) % count
        self._jump_to_hit(self._search_hit, count)

    def _poll_search(self) -> None:
        model = self.search_model
        if model is None or not self._search_pending:
            self._search_timer.stop()
            return
        count = model.rowCount(QModelIndex())
        if count > 0:
            self._search_pending = False
            self._search_timer.stop()
            self._search_hit = 0
            self._jump_to_hit(0, count)
        elif self._search_waited.elapsed() >= SEARCH_WAIT_MS:
            self._search_pending = False
            self._search_timer.stop()
            self.search_label.setText(self.tr("no match"))

    def is_searching(self) -> bool:
        return self._search_pending

    def _jump_to_hit(self, hit: int, count: int) -> None:
        link = self.search_model.resultAtIndex(hit)
        self.view.setCurrentSearchResultIndex(hit)
        # keep the zoom shown: the link's own zoom (0 = none) would blank the pane
        nav = self.view.pageNavigator()
        nav.jump(link.page(), link.location(), nav.currentZoom())
        self.search_label.setText(f"{hit + 1}/{count}")

    def clear_search(self) -> None:
        self.search.clear()
        self._search_pending = False
        self._search_timer.stop()
        self.search_label.setText("")

    def clear(self) -> None:
        self.document.close()


class ImagePane(i18n.Retranslating, QScrollArea):
    """An image scaled to the pane's width (never up-scaled beyond 2x)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self._image = QImage()
        self.retranslate()


    def retranslate(self) -> None:
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        self.label.setAccessibleName(self.tr("Image attachment"))
        if stale and self._image.isNull() and self.label.text():
            self._rescale()  # "cannot be shown", in the new language

    def load_bytes(self, data: bytes) -> bool:
        self._image = QImage.fromData(QByteArray(data))
        self._rescale()
        return not self._image.isNull()

    def image_size(self) -> tuple[int, int]:
        return self._image.width(), self._image.height()

    def _rescale(self) -> None:
        if self._image.isNull():
            self.label.setText(self.tr("This image cannot be shown."))
            return
        width = max(50, self.viewport().width() - 8)
        width = min(width, self._image.width() * 2)
        self.label.setPixmap(QPixmap.fromImage(self._image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._image.isNull():
            self._rescale()
