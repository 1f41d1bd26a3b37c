"""README screenshots of each role's main view, rendered from the demo panel, at the four
window sizes a judge meets (1024×700, 1280×800, 1366×768, 1920×1080) in English and Chinese.

    python scripts/screenshots.py [--out docs/screenshots] [--xvfb] [--sizes 1280x800,...]
                                  [--languages en,zh_CN]

Runs offscreen by default (no display needed); ``--xvfb`` re-runs itself under ``xvfb-run``
for a real X server. Each screenshot is ``QWidget.grab()`` of the main window in a fixed size,
saved as ``<view>-<width>x<height>-<lang>.png``; the README's large pictures (``workspace.png``
and the others without a size) are the 1366×768 English ones.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES: tuple[tuple[int, int], ...] = ((1024, 700), (1280, 800), (1366, 768), (1920, 1080))
LANGUAGES = ("en", "zh_CN")
README_SIZE, README_LANGUAGE = (1366, 768), "en"
LANG_SUFFIX = {"en": "en", "zh_CN": "zh"}


def _settle(app, ms: int = 150) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _window(home: Path, language: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from zerodx_desktop.ui import i18n
    from zerodx_desktop.ui.main_window import SETTINGS_FILE, MainWindow

    home.mkdir(parents=True, exist_ok=True)
    i18n.set_language_setting(QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat),
                              language)
    window = MainWindow(home)
    window.resize(*SIZES[0])
    window.show()
    return window


def shoot(out: Path, sizes: tuple[tuple[int, int], ...] = SIZES,
          languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from zerodx_desktop.services.demo import build_demo, prepare_demo_home
    from zerodx_desktop.ui.app import create_app

    app = create_app(["screenshots"])
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(widget, view: str, size: tuple[int, int], lang: str) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        _settle(app)
        path = out / f"{view}-{size[0]}x{size[1]}-{LANG_SUFFIX[lang]}.png"
        # 256 colours, no dithering: a quarter of the size, the same picture for a UI
        image = widget.grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
        image.save(str(path))
        saved.append(path)
        if size == README_SIZE and lang == README_LANGUAGE:
            shutil.copyfile(path, out / f"{view}.png")
            saved.append(out / f"{view}.png")

    def at_sizes(window, view: str, lang: str,  # type: ignore[no-untyped-def]
                 before: Callable[[], None] | None = None) -> None:
        for size in sizes:
            window.resize(*size)
            _settle(app, 250)
            if before is not None:
                before()
            save(window, view, size, lang)

    with tempfile.TemporaryDirectory(prefix="zerodx-shots-") as tmp:
        demo = Path(tmp) / "full-demo"
        build_demo(demo)
        for lang in languages:
            base = Path(tmp) / lang
            w = _window(base / "empty", lang)
            at_sizes(w, "welcome", lang)
            w.close()

            home = base / "demo"
            prepare_demo_home(home)
            w = _window(home, lang)
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
            ws.scoring.tree.setFocus()
            at_sizes(w, "workspace", lang)

            ws.scoring.select_criterion(s.criterion_ids[3])
            ws.scoring.score(5)
            ws.scoring.tree.setFocus()
            at_sizes(w, "required-comment", lang)
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
                at_sizes(w, "pdf-attachment", lang)
                ws.dossier.tabs.setCurrentIndex(0)

            ws.show_overview()
            at_sizes(w, "overview", lang)
            ws.center.setCurrentIndex(0)
            w.close()

            # the chair's merge view on the full demo (five judges' signed sheets)
            w = _window(base / "chair", lang)
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
            at_sizes(w, "merge", lang)
            w.roles.setCurrentIndex(2)
            organizer = w._ensure_role_page(2)
            organizer.load_nominees(ROOT / "data" / "demo" / "nominees")
            organizer.add_judge_cards(sorted((demo / "judges").glob("*/judge.zdxjudge")))
            for _ in range(100):
                _settle(app, 100)
                if not organizer.busy:
                    break
            at_sizes(w, "organizer", lang)
            w.close()
    return saved


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--xvfb", action="store_true", help="run under xvfb-run (a real X server)")
    p.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES),
                   help="window sizes, WIDTHxHEIGHT separated by commas")
    p.add_argument("--languages", default=",".join(LANGUAGES),
                   help="UI languages (en, zh_CN) separated by commas")
    args = p.parse_args(argv)
    if args.xvfb and not os.environ.get("ZERODX_SHOTS_CHILD"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("xvfb-run not found; running offscreen", file=sys.stderr)
        else:
            env = dict(os.environ, ZERODX_SHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
            cmd = [xvfb, "-a", "-s", "-screen 0 2000x1200x24", sys.executable, __file__,
                   "--out", str(args.out), "--xvfb", "--sizes", args.sizes,
                   "--languages", args.languages]
            return subprocess.run(cmd, env=env, check=False).returncode
    if not os.environ.get("ZERODX_SHOTS_CHILD"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = tuple(_size(s) for s in args.sizes.split(",") if s)
    languages = tuple(x for x in args.languages.split(",") if x)
    for path in shoot(args.out, sizes, languages):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
