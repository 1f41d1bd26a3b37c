"""Switching nominee in the judge workspace with 1,000 nominees loaded (offscreen Qt).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.switch_nominee WORKDIR
        [--nominees 1000 --criteria 40 --switches 200 --profile OUT.prof]

Builds a home holding a synthetic signed panel (the judge's identity is judge 0 of the panel,
about half the nominees partly scored), opens the real ``MainWindow`` on it, then selects a
nominee through the nominee list's selection model -- as a click or an arrow key does --
and processes events until the view has repainted. Prints one JSON line
``{"median_ms", "p95_ms", ...}``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

SEED = 20261128


def build_home(work: Path, nominees: int, criteria: int) -> Path:
    from benchmarks.synthetic import SEED as SHEET_SEED
    from benchmarks.synthetic import make_panel
    from zerodx_desktop.services.panels import open_panel_package
    from zerodx_desktop.store.store import Store

    home = work / "home"
    if (home / "ready").exists():
        return home
    home.mkdir(parents=True, exist_ok=True)
    sp = make_panel(work / "panel", nominees=nominees, criteria=criteria, judges=3)
    sp.judges[0].save(home, "benchmark passphrase", 1)
    panel_id = open_panel_package(home, sp.package)
    rng = random.Random(SHEET_SEED)
    rows = []
    for i, n in enumerate(sp.panel.nominees):
        if i % 2:
            continue
        for c in sp.framework.criteria():
            if rng.random() < 0.8:
                rows.append((n.id, c.id, rng.randint(1, 5),
                             "Seen in the dossier." if rng.random() < 0.1 else None))
    with Store.open_home(home) as store:
        store.set_scores_bulk(panel_id, rows)
    (home / "ready").write_text("ok", encoding="utf-8")
    return home


def none_leak_per_call() -> float:
    """How many references to ``None`` one void PySide6 call drops (0 when healthy).

    PySide6 6.12.0 on Python 3.11 returns ``None`` from void methods without a new
    reference: each call drops one, and once ``None``'s count reaches zero the interpreter
    aborts ("none_dealloc"). Python 3.12+ has an immortal ``None`` and is unaffected.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / 200


def run(home: Path, switches: int, profile: str | None) -> dict[str, float]:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from zerodx_desktop.ui.main_window import MainWindow
    from zerodx_desktop.ui.nominee_list_model import NomineeIdRole

    leak = none_leak_per_call()  # before the app's own guard hides it
    try:  # the app's own set-up (style, palette, its guard against that leak)
        from zerodx_desktop.ui.app import create_app
    except ImportError:
        app = QApplication.instance() or QApplication([sys.argv[0]])
    else:
        app = create_app([sys.argv[0]])
    guarded = sys.getrefcount(None) > 1 << 39
    window = MainWindow(home)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    ws = window.workspace
    if ws is None:
        raise SystemExit("the workspace did not open")
    view = ws.list_view
    sel = view.selectionModel()
    model = view.model()
    rows = model.rowCount()
    rng = random.Random(SEED)
    targets = [rng.randrange(rows) for _ in range(switches)]
    shown: list[str] = []
    ws.nomineeShown.connect(shown.append)

    def switch(row: int) -> float:
        index = model.index(row, 0)
        t0 = time.perf_counter()
        sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        app.processEvents()  # layout, then the repaint the switch queued
        window.repaint()     # force the paint now (offscreen paints into a backing store)
        app.processEvents()
        dt = time.perf_counter() - t0
        expected = index.data(NomineeIdRole)
        if ws.current_nominee_id() != expected:
            raise SystemExit(f"switch to row {row} showed {ws.current_nominee_id()}, "
                             f"not {expected}")
        return dt

    for row in targets[:10]:  # warm-up: first paints, font caches
        switch(row)
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    times = [switch(row) for row in targets]
    if prof is not None:
        prof.disable()
        prof.dump_stats(profile)
    window.close()
    times_ms = sorted(t * 1000 for t in times)
    return {"median_ms": round(statistics.median(times_ms), 3),
            "p95_ms": round(times_ms[int(len(times_ms) * 0.95) - 1], 3),
            "max_ms": round(times_ms[-1], 3), "switches": len(times_ms),
            "nominees": rows, "shown_events": len(shown), "none_leak_per_call": leak,
            "none_guarded": guarded}


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.switch_nominee")
    ap.add_argument("work")
    ap.add_argument("--nominees", type=int, default=1000)
    ap.add_argument("--criteria", type=int, default=40)
    ap.add_argument("--switches", type=int, default=200)
    ap.add_argument("--profile", help="write a cProfile of the timed switches here")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = build_home(Path(args.work), args.nominees, args.criteria)
    doc = run(home, args.switches, args.profile)
    print(json.dumps(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
