"""The chair's merge view with a real signed package and a pile of sheets (shared by the GUI
tests; the fixtures ``merge_pile`` and ``merge_view`` in tests/gui/conftest.py use these)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

# the pile itself is made in tests/factories.py (the controller tests use it without Qt)
from tests.factories import CHAIR_FRAMEWORK_DOC as FRAMEWORK_DOC  # noqa: F401 -- its old name
from tests.factories import CHAIR_LEVELS as LEVELS  # noqa: F401 -- its old name
from tests.factories import build_chair_pile as build_pile  # noqa: F401 -- its old name


def merge_and_wait(qtbot, view, action) -> None:
    with qtbot.waitSignal(view.mergeFinished, timeout=15000):
        action()
    qtbot.waitUntil(lambda: not view.busy, timeout=15000)


def drop(view, paths) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def open_merge_view(qtbot: Any, home: Path, monkeypatch: Any) -> Iterator[Any]:
    from zerodx_desktop.ui import merge_view

    warnings: list[str] = []
    monkeypatch.setattr(merge_view, "_warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(merge_view, "_inform", lambda *_a: None)
    v = merge_view.MergeView(home)
    v.test_warnings = warnings
    qtbot.addWidget(v)
    v.resize(1200, 900)
    v.show()
    yield v
    qtbot.waitUntil(lambda: not v.busy, timeout=15000)
    v.close()


def merged_view(qtbot, view, pile) -> None:
    view.set_package(pile["package"])
    merge_and_wait(qtbot, view, lambda: view.add_sheets([*pile["sheets"], pile["tampered"]]))
    assert view.result is not None
