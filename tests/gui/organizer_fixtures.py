"""The organizer's form with nominee folders and judge cards (shared by the GUI tests; the
fixtures in tests/gui/conftest.py use these)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zerodx_desktop.formats.signing import Identity, write_judge_card
from zerodx_desktop.ui import organizer_view
from zerodx_desktop.ui.organizer_view import OrganizerView


def write_nominee(root: Path, folder: str, doc: dict, files: dict[str, bytes] | None = None):
    d = root / folder
    d.mkdir(parents=True)
    (d / "nominee.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for name, data in (files or {}).items():
        (d / name).write_bytes(data)


def make_nominees(tmp_path: Path) -> Path:
    """Two nominee folders (one with a listed PDF and a stray file) under ``tmp_path``."""
    root = tmp_path / "nominees"
    write_nominee(root, "a", {"id": "n-1", "name": "Alpha Co.", "country": "IT",
                              "attachments": [{"file": "report.pdf", "title": "Report"}]},
                  {"report.pdf": b"%PDF-1.4 fake", "stray.txt": b"not listed"})
    write_nominee(root, "b", {"id": "n-2", "name": "海湾 Beta"})
    return root


def make_cards(tmp_path: Path) -> list[Path]:
    """Judge cards for two new judges, A and B."""
    out = []
    for k in "AB":
        ident = Identity.generate(f"Judge {k}", f"{k.lower()}@example.org")
        path = tmp_path / f"judge-{k}.zdxjudge"
        write_judge_card(ident.public, path)
        out.append(path)
    return out


def organizer_programme(tmp_path: Path, judges: str, nominees: int,
                        passphrase: str) -> tuple[Path, Identity, list[Identity], list[Path], Path]:
    """An organizer's home (Olga Organizer, saved with ``passphrase``), a judge card for each
    letter of ``judges`` ("Judge A" <A@example.org>…) and a folder of ``nominees`` plain
    nominees n-0, n-1…: (home, organizer, judges, cards, nominees folder)."""
    home = tmp_path / "org"
    org = Identity.generate("Olga Organizer", "olga@example.org")
    org.save(home, passphrase, 16)
    idents = [Identity.generate(f"Judge {k}", f"{k}@example.org") for k in judges]
    cards = []
    for j in idents:
        cards.append(tmp_path / f"{j.email}.zdxjudge")
        write_judge_card(j.public, cards[-1])
    root = tmp_path / "nominees"
    for i in range(nominees):
        write_nominee(root, f"f{i}", {"id": f"n-{i}", "name": f"Nominee {i}"})
    return home, org, idents, cards, root


def open_organizer_view(qtbot: Any, home: Path, monkeypatch: Any) -> Iterator[Any]:
    warnings: list[str] = []
    monkeypatch.setattr(organizer_view, "_warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(organizer_view, "_inform", lambda *_a: None)
    v = OrganizerView(home)
    v.test_warnings = warnings
    qtbot.addWidget(v)
    v.resize(1000, 900)
    v.show()
    yield v
    qtbot.waitUntil(lambda: not v.busy, timeout=15000)
    v.close()


def load_nominees(qtbot, view, folder: Path) -> None:
    with qtbot.waitSignal(view.nomineesLoaded, timeout=15000):
        view.load_nominees(folder)
