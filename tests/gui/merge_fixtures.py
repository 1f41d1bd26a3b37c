"""The chair's merge view with a real signed package and a pile of sheets (shared by the GUI
tests; the fixtures ``merge_pile`` and ``merge_view`` in tests/gui/conftest.py use these)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.factories import MERGE_DOMAINS, framework_doc

FRAMEWORK_DOC = framework_doc(MERGE_DOMAINS, id="gui-fw", title="GUI test framework")
# judge -> nominee -> levels for c1, c2, c3
LEVELS = {
    0: {"n1": (5, 5, 5), "n2": (3, 3, 3), "n3": (1, 2, 1)},
    1: {"n1": (4, 4, 4), "n2": (4, 4, 4), "n3": (2, 2, 2)},
    2: {"n1": (5, 4, 5), "n2": (2, 3, 2), "n3": (1, 1, 1)},
}


def build_pile(root: Path) -> dict[str, Any]:
    """A signed package (3 judges, 3 nominees) and a pile: 3 valid sheets, 1 tampered copy,
    1 file that is not a sheet."""
    import json

    import openpyxl

    from zerodx_desktop.core.framework import load_framework
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent
    from zerodx_desktop.formats.package import build_panel_package
    from zerodx_desktop.formats.score_sheet import write_score_sheet
    from zerodx_desktop.formats.signing import Identity

    fw = load_framework(FRAMEWORK_DOC)
    nominees = root / "nominees"
    for nid, name in (("n1", "Alpha Co."), ("n2", "Beta Ltd."), ("n3", "Gamma 海湾")):
        (nominees / nid).mkdir(parents=True)
        (nominees / nid / "nominee.json").write_text(
            json.dumps({"id": nid, "name": name}), encoding="utf-8")
    organizer = Identity.generate("Olga Organizer", "olga@example.org")
    judges = [Identity.generate(f"Judge {k}", f"{k}@example.org") for k in "ABC"]
    chair = Identity.generate("Chris Chair", "chair@example.org")
    pkg = build_panel_package(title="GUI panel", framework=fw, nominees_dir=nominees,
                              judges=[j.public for j in judges], conflicts=[],
                              method="mean", round=1, organizer=organizer,
                              out=root / "panel.zdxpanel", chairs=[chair.public])
    # a look-alike: the same panel id, title and roster, signed by someone else
    mallory = Identity.generate("Mallory", "m@example.org")
    build_panel_package(title="GUI panel", framework=fw, nominees_dir=nominees,
                        judges=[j.public for j in judges], conflicts=[], method="mean",
                        round=1, organizer=mallory, out=root / "fake.zdxpanel",
                        panel_id=pkg.panel.id)
    sheets = []
    for i, judge in enumerate(judges):
        rows = [ScoreRow(nid, cid, lv, "Clear evidence." if (nid, cid) == ("n1", "c1") else "")
                for nid, lvs in LEVELS[i].items()
                for cid, lv in zip(("c1", "c2", "c3"), lvs, strict=True)]
        content = SheetContent(
            judge_name="", judge_email="", fingerprint="", public_key="", panel_id="",
            panel_title="", round=1, framework_id="", framework_version="",
            framework_hash="", sequence=1, exported_at="2026-11-01T10:00:00Z", scores=rows)
        path = root / f"judge-{i}.xlsx"
        write_score_sheet(path, content, fw, pkg.panel, judge)
        sheets.append(path)
    # an altered copy of judge C's sheet: one level changed after signing
    tampered = root / "judge-2-altered.xlsx"
    wb = openpyxl.load_workbook(sheets[2])
    ws = wb["Scores"]
    signed_level = ws.cell(row=2, column=7).value
    ws.cell(row=2, column=7).value = 1 if signed_level != 1 else 2
    wb.save(tampered)
    junk = root / "notes.xlsx"
    junk.write_bytes(b"this is not a spreadsheet")
    return {"package": root / "panel.zdxpanel", "sheets": sheets, "tampered": tampered,
            "junk": junk, "judges": judges, "signed_level": signed_level, "chair": chair,
            "organizer": organizer, "mallory": mallory, "fake": root / "fake.zdxpanel"}


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
