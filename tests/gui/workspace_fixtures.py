"""Small panels imported straight into a home's store, for the workspace GUI tests."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

from tests import factories
from zerodx_desktop.core.panel import Attachment, Conflict, JudgeEntry, Nominee, Panel, Section

JUDGE_FP = "SHA256:testjudgefingerprintAAAAAAAAAAAAAAAAAAAAAAAA"


def tiny_png(width: int = 40, height: int = 20) -> bytes:
    raw = b"".join(b"\x00" + bytes((200, 60, 60)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def tiny_pdf(pages: int = 2, word: str = "ecosystem") -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(pages):
        c.drawString(72, 720, f"Page {i + 1}: the {word} report")
        c.showPage()
    c.save()
    return buf.getvalue()


# the framework documents come from tests/factories.py; the names stay importable here
sample_framework = factories.sample_framework
small_framework = factories.small_framework


def build_panel(n_nominees: int = 4, *, framework: dict | None = None,
                roster_conflict: str | None = None
                ) -> tuple[Panel, dict[str, bytes]]:
    fw = framework or sample_framework()
    pdf, png, csv = tiny_pdf(), tiny_png(), b"year,teams\n2023,41\n"
    blobs = {hashlib.sha256(b).hexdigest(): b for b in (pdf, png, csv)}
    nominees = []
    for i in range(n_nominees):
        atts: tuple[Attachment, ...] = ()
        if i == 0:
            atts = (Attachment("report.pdf", "Annual report", hashlib.sha256(pdf).hexdigest(),
                               len(pdf), "application/pdf"),
                    Attachment("photo.png", "Factory photo", hashlib.sha256(png).hexdigest(),
                               len(png), "image/png"),
                    Attachment("../../teams.csv", "Teams by year",
                               hashlib.sha256(csv).hexdigest(), len(csv), "text/csv"))
        nominees.append(Nominee(
            id=f"n-{i + 1:03d}", name=f"Nominee {i + 1} Co." if i != 1 else "海湾 Lanhe 智造",
            country="IT", category="Ecosystem", summary=f"Summary <b>{i}</b> & more",
            sections=(Section("Story", "Line one\n<script>alert(1)</script>"),),
            attachments=atts))
    judge = JudgeEntry("Test Judge", "judge@example.org", "ssh-ed25519 AAAA", JUDGE_FP)
    conflicts = ()
    if roster_conflict:
        conflicts = (Conflict(JUDGE_FP, roster_conflict, "employed there"),)
    panel = Panel(id="test-panel", title="Test panel 2026", round=1, method="mean",
                  framework=fw, judges=(judge,), conflicts=conflicts, nominees=tuple(nominees))
    return panel, blobs


def store_panel_in(home: Path, panel: Panel, blobs: dict[str, bytes], *,
                   judge: bool = True) -> str:
    """Import ``panel`` (its attachments in ``blobs``) into the home's store, the test judge
    (``JUDGE_FP``) set as the store's judge unless ``judge`` is false."""
    from zerodx_desktop.store.store import Store

    store = Store.open_home(home)
    try:
        if judge:
            store.set_judge(JUDGE_FP)
        return store.import_panel(panel, blobs.items())
    finally:
        store.close()


def import_into(home: Path, n_nominees: int = 4, *, framework: dict | None = None,
                roster_conflict: str | None = None, judge: bool = True) -> str:
    panel, blobs = build_panel(n_nominees, framework=framework, roster_conflict=roster_conflict)
    return store_panel_in(home, panel, blobs, judge=judge)


def make_window(qtbot, home: Path):  # type: ignore[no-untyped-def]
    """The main window on ``home``, shown and exposed (qtbot closes it after the test)."""
    from zerodx_desktop.ui.main_window import MainWindow

    window = MainWindow(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def refuse_message_boxes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A message box nobody expected would block the test: make it fail instead."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message box: {args[2:3]}")

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))


def record_message_boxes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Blocking message boxes (warning, information, critical) are recorded, not shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown
