"""README screenshots of each role's main view, rendered from the demo panel.

    python scripts/screenshots.py [--out docs/screenshots] [--xvfb]

Runs offscreen by default (no display needed); ``--xvfb`` re-runs itself under ``xvfb-run``
for a real X server. Each screenshot is ``QWidget.grab()`` of the main window in a fixed size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1360, 860)


def _settle(app, ms: int = 150) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _window(home: Path):  # type: ignore[no-untyped-def]
    from zerodx_desktop.ui.main_window import MainWindow

    window = MainWindow(home)
    window.resize(*SIZE)
    window.show()
    return window


def shoot(out: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui.app import create_app, dark_palette

    app = create_app(["screenshots"])
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _settle(app)
        path = out / name
        widget.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory(prefix="zerodx-shots-") as tmp:
        empty = Path(tmp) / "empty"
        empty.mkdir()
        w = _window(empty)
        save(w, "welcome.png")
        w.close()

        home = Path(tmp) / "demo"
        prepare_demo_home(home)
        w = _window(home)
        ws = w.workspace
        assert ws is not None
        s = ws.session
        # the half-scored nominee, on a criterion with a level and a comment
        target = s.nominees[1].id if len(s.nominees) > 1 else s.nominees[0].id
        ws.select_nominee(target)
        cid = s.criterion_ids[2]
        ws.scoring.select_criterion(cid)
        ws.scoring.score(4)
        ws.scoring.comment.setPlainText(
            "Two product lines now set their own prices; the pilot in Qingdao (青岛) "
            "cut approval time from 3 weeks to 2 days.")
        ws.scoring.flush_comment()
        save(w, "workspace.png")

        ws.scoring.select_criterion(s.criterion_ids[3])
        ws.scoring.score(5)
        ws.scoring.tree.setFocus()
        save(w, "required-comment.png")
        w.undo()
        ws.scoring.select_criterion(cid)

        att_nominee = next((n for n in s.nominees if any(
            a.file.lower().endswith(".pdf") for a in n.attachments)), None)
        if att_nominee is not None:
            ws.select_nominee(att_nominee.id)
            ws.dossier.tabs.setCurrentIndex(ws.dossier.attach_tab_index)
            row = next(i for i, a in enumerate(att_nominee.attachments)
                       if a.file.lower().endswith(".pdf"))
            ws.dossier.attachments.setCurrentRow(row)
            _settle(app, 400)
            save(w, "pdf-attachment.png")
            ws.dossier.tabs.setCurrentIndex(0)

        ws.show_overview()
        save(w, "overview.png")
        ws.center.setCurrentIndex(0)
        w.close()

        # the chair's merge view on the full demo (five judges' signed sheets)
        from zerodx_desktop.services.demo import build_demo

        demo = Path(tmp) / "full-demo"
        build_demo(demo)
        chair = Path(tmp) / "chair"
        chair.mkdir()
        w = _window(chair)
        w.roles.setCurrentIndex(1)
        merge = w._ensure_role_page(1)
        merge.set_package(demo / "panel.zdxpanel")
        merge.add_sheets(sorted((demo / "sheets").glob("*.xlsx")))
        merge.run_merge()
        for _ in range(300):
            _settle(app, 100)
            if not merge.busy and merge.result is not None:
                break
        if merge.result is not None and merge.result.ranking:
            merge.open_nominee(merge.result.ranking[0].nominee_id)
        save(w, "merge.png")
        w.roles.setCurrentIndex(2)
        organizer = w._ensure_role_page(2)
        organizer.load_nominees(ROOT / "data" / "demo" / "nominees")
        organizer.add_judge_cards(sorted((demo / "judges").glob("*/judge.zdxjudge")))
        for _ in range(100):
            _settle(app, 100)
            if not organizer.busy:
                break
        save(w, "organizer.png")
        w.close()

        app.setPalette(dark_palette())
        w = _window(home)
        save(w, "workspace-dark.png")
        w.close()
        app.setPalette(app.style().standardPalette())
    return saved


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--xvfb", action="store_true", help="run under xvfb-run (a real X server)")
    args = p.parse_args(argv)
    if args.xvfb and not os.environ.get("ZERODX_SHOTS_CHILD"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("xvfb-run not found; running offscreen", file=sys.stderr)
        else:
            env = dict(os.environ, ZERODX_SHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
            cmd = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__,
                   "--out", str(args.out), "--xvfb"]
            return subprocess.run(cmd, env=env, check=False).returncode
    if not os.environ.get("ZERODX_SHOTS_CHILD"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in shoot(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
