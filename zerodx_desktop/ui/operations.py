"""Run long work off the UI thread, with a delayed progress dialog and cancel.

One helper, used by every view (opening a package, exporting, merging): the work function
gets a ``Progress`` to report on and to poll for cancellation; its result (or its exception)
comes back on the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from zerodx_desktop.core.errors import UserError

T = TypeVar("T")
log = logging.getLogger(__name__)

DIALOG_DELAY_MS = 300


class Cancelled(UserError):
    """The user cancelled a background operation."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class Progress:
    """What the work function sees: ``update(done, total, text)`` and ``cancelled``.

    Also callable as ``progress(done, total, text)``, the form services accept.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(int(done), int(total), str(text))

    __call__ = update

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the calls to this thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._progress = progress
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # handed back to the UI thread, never swallowed
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_RUNNING: set[Operation] = set()


class Operation(QObject):
    """One background run. It outlives its parent widget if it must: when the window is
    gone the callbacks are dropped, and nothing the worker still uses is deleted under it."""

    finished = Signal()

    def __init__(self, parent: QWidget, fn: Callable[[Progress], Any], *, title: str,
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None] | None,
                 cancellable: bool) -> None:
        super().__init__(None)
        self._parent = parent

        self._on_success = on_success
        self._on_failure = on_failure
        self.relay = _Relay(self)
        self.progress = Progress(self.relay)
        self.done = False
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                      parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.progress.cancel)
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self.relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(fn, self.progress, self.relay)

    @property
    def _parent_alive(self) -> bool:
        # not the parent's destroyed signal: PySide may emit it while the wrapper dies
        return shiboken6.isValid(self._parent)

    def _dialog_ok(self) -> bool:
        return self._parent_alive and shiboken6.isValid(self.dialog)

    def start(self) -> None:
        _RUNNING.add(self)
        self._timer.start(DIALOG_DELAY_MS)
        QThreadPool.globalInstance().start(self._job)
        self._job = None  # type: ignore[assignment]  # the pool owns it now

    @Slot()
    def _show_dialog(self) -> None:
        if not self.done and self._dialog_ok():
            self.dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.done or not self._dialog_ok():
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self._dialog_ok():
            was_shown = self.dialog.isVisible()
            self.dialog.hide()
            self.dialog.deleteLater()
            if was_shown:  # give the keyboard back to the window the dialog covered
                self._parent.window().activateWindow()
        self.finished.emit()
        # Python owns this parentless object: drop the last reference from the event loop,
        # after this slot has returned (deleteLater would delete it twice).
        QTimer.singleShot(0, lambda op=self: _RUNNING.discard(op))

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._parent_alive:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not self._parent_alive:
            log.info("background operation ended after its window closed: %r", exc)
            return
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            QMessageBox.warning(self._parent, self.tr("ZeroDX Desktop"), exc.message)
            return
        log.error("background operation failed", exc_info=exc)
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)


def run_in_background(parent: QWidget, fn: Callable[[Progress], T], *, title: str,
                      on_success: Callable[[T], None],
                      on_failure: Callable[[BaseException], None] | None = None,
                      cancellable: bool = True) -> Operation:
    """Run ``fn(progress)`` on the thread pool; call ``on_success(result)`` on the UI thread.

    A progress dialog appears if the work takes longer than ~300 ms. Without ``on_failure``
    a ``UserError`` is shown in a message box and anything else goes to the crash dialog.
    Returns the running ``Operation`` (its ``finished`` signal fires after the callbacks'
    dialog is gone, just before they run).
    """
    op = Operation(parent, fn, title=title, on_success=on_success, on_failure=on_failure,
                   cancellable=cancellable)
    op.start()
    return op
