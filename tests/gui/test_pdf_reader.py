"""The dossier's PDF reader, for hours of reading: the first attachment opens by itself, a
search answered right after typing, zoom steps from fit-width, a readable default, zoom per
document, a new nominee's clean search, a separate window and the system viewer."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.gui.workspace_fixtures import build_panel, small_framework, store_panel_in, tiny_pdf
from zerodx_desktop.core.panel import Attachment
from zerodx_desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


def import_reader_panel(home: Path) -> None:
    """n-001: a PDF, an image and a CSV; n-002: one long PDF; n-003: nothing attached."""
    panel, blobs = build_panel(3, framework=small_framework())
    long_pdf = tiny_pdf(pages=12, word="cooperative")
    sha = hashlib.sha256(long_pdf).hexdigest()
    blobs[sha] = long_pdf
    nominees = list(panel.nominees)
    nominees[1] = dataclasses.replace(nominees[1], attachments=(
        Attachment("plan.pdf", "Business plan", sha, len(long_pdf), "application/pdf"),))
    panel = dataclasses.replace(panel, nominees=tuple(nominees))
    store_panel_in(home, panel, blobs)


def open_window(qtbot, home: Path) -> MainWindow:
    window = MainWindow(home)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=2000)
    return window


def show_attachments(qtbot, window: MainWindow, nominee_id: str):  # type: ignore[no-untyped-def]
    ws = window.workspace
    ws.select_nominee(nominee_id)
    ws.dossier.tabs.setCurrentIndex(ws.dossier.attach_tab_index)
    QApplication.processEvents()
    return ws.dossier


def test_the_first_attachment_opens_and_a_single_file_needs_no_list(qtbot, home: Path) -> None:
    import_reader_panel(home)
    window = open_window(qtbot, home)
    dossier = show_attachments(qtbot, window, "n-001")
    assert dossier.pdf is not None and dossier.stack.currentWidget() is dossier.pdf
    assert dossier.attachments.isVisible() and dossier.attachments.currentRow() == 0
    window.workspace.select_nominee("n-002")  # the tab stays: its one PDF opens
    QApplication.processEvents()
    assert dossier.stack.currentWidget() is dossier.pdf
    assert dossier.pdf.page_count() == 12
    assert not dossier.attachments.isVisible()
    window.workspace.select_nominee("n-003")
    QApplication.processEvents()
    assert dossier.stack.currentWidget() is dossier.empty
    assert dossier.empty.text() == "This nominee has no attachments."
    window.close()


def test_enter_right_after_typing_waits_for_the_search(qtbot, home: Path) -> None:
    import_reader_panel(home)
    window = open_window(qtbot, home)
    pdf = show_attachments(qtbot, window, "n-002").pdf
    pdf.search.setFocus()
    pdf.search.setText("cooperative")
    qtbot.keyClick(pdf.search, Qt.Key.Key_Return)  # no wait: the search is still running
    assert pdf.search_label.text() != "no match"
    qtbot.waitUntil(lambda: pdf.search_label.text().startswith("1/"), timeout=5000)
    assert pdf.view.pageNavigator().currentPage() == 0
    qtbot.waitUntil(lambda: pdf.search_model.rowCount(QModelIndex()) == 12, timeout=5000)
    qtbot.keyClick(pdf.search, Qt.Key.Key_Return)
    assert pdf.search_label.text() == "2/12"
    pdf.search.setText("nowhere-to-be-found")
    qtbot.keyClick(pdf.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pdf.search_label.text() == "no match", timeout=6000)
    # a new nominee starts with an empty search
    pdf.search.setText("cooperative")
    window.workspace.select_nominee("n-001")
    QApplication.processEvents()
    assert pdf.search.text() == "" and pdf.search_label.text() == ""
    window.close()


def test_zoom_steps_from_fit_width_and_a_hit_keeps_the_zoom(qtbot, home: Path) -> None:
    from zerodx_desktop.ui.dossier_view import READABLE_ZOOM, ZOOM_STEPS

    import_reader_panel(home)
    window = open_window(qtbot, home)
    pdf = show_attachments(qtbot, window, "n-002").pdf
    QApplication.processEvents()
    start = pdf.effective_zoom()
    assert start >= READABLE_ZOOM - 0.01  # 10 pt body text is at least ~11 px
    pdf.fit_width()
    QApplication.processEvents()
    fit = pdf.effective_zoom()
    qtbot.mouseClick(pdf.zoom_in, Qt.MouseButton.LeftButton)
    step = pdf.view.zoomFactor()
    assert step in ZOOM_STEPS and fit < step <= fit * 1.35  # the next step, not a jump
    qtbot.mouseClick(pdf.zoom_out, Qt.MouseButton.LeftButton)
    assert pdf.view.zoomFactor() < step
    pdf.set_zoom(2.0)
    pdf.search.setText("cooperative")
    qtbot.waitUntil(lambda: pdf.search_model.rowCount(QModelIndex()) == 12, timeout=5000)
    for _ in range(3):
        qtbot.keyClick(pdf.search, Qt.Key.Key_Return)
    QApplication.processEvents()
    nav = pdf.view.pageNavigator()
    assert nav.currentPage() == 2
    assert pdf.view.zoomFactor() == 2.0  # the hit's own zoom (0) would grey the pane
    window.close()


def test_zoom_is_kept_per_document(qtbot, home: Path) -> None:
    import_reader_panel(home)
    window = open_window(qtbot, home)
    dossier = show_attachments(qtbot, window, "n-002")
    dossier.pdf.set_zoom(1.5)
    window.workspace.select_nominee("n-001")
    QApplication.processEvents()
    assert dossier.pdf.view.zoomFactor() != 1.5  # the other PDF: its own zoom
    window.workspace.select_nominee("n-002")
    QApplication.processEvents()
    assert dossier.pdf.view.zoomFactor() == 1.5
    window.close()


def test_a_pdf_opens_in_a_separate_window_or_the_system_viewer(qtbot, home: Path,
                                                               monkeypatch) -> None:
    from zerodx_desktop.ui.pdf_preview_dialog import PdfPreviewDialog

    import_reader_panel(home)
    window = open_window(qtbot, home)
    pdf = show_attachments(qtbot, window, "n-002").pdf
    qtbot.mouseClick(pdf.window_btn, Qt.MouseButton.LeftButton)
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(shown) == 1 and shown[0].document.pageCount() == 12
    shown[0].close()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(pdf.external_btn, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes().startswith(b"%PDF")
    window.close()


def test_the_reader_bar_fits_a_narrow_pane(qtbot, home: Path) -> None:
    import_reader_panel(home)
    window = open_window(qtbot, home)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    dossier = show_attachments(qtbot, window, "n-001")
    pdf = dossier.pdf
    QApplication.processEvents()
    for w in (pdf.fit, pdf.search, pdf.window_btn, pdf.external_btn):
        assert w.visibleRegion().boundingRect().size() == w.size(), w.objectName()
    assert pdf.search.width() >= pdf.fontMetrics().horizontalAdvance("M" * 8)
    # three attachments: a list as tall as its rows, the document below gets the rest
    assert dossier.attachments.height() < pdf.height() / 2
    window.close()
