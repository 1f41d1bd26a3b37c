"""Export the app icon from its SVG source to PNG, ICO (Windows) and ICNS (macOS).

    .venv/bin/python packaging/make_icons.py

Source: resources/icons/app.svg if it exists, else resources/icons/zerodx.svg. Rendered with Qt's
QSvgRenderer on an offscreen QImage; ICO and ICNS are written by hand: both are small containers
of PNG images, so no imaging library is needed. The outputs are committed in packaging/icons/.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "icons"
NAME = "zerodx-desktop"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types that hold a PNG, and the pixel size each one expects.
ICNS_TYPES = (
    (b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256),
    (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)


def source_svg() -> Path:
    icons = ROOT / "resources" / "icons"
    app = icons / "app.svg"
    return app if app.is_file() else icons / "zerodx.svg"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # a QApplication, not a bare QGuiApplication: in a process that later builds widgets
    # (the test suite) a QGuiApplication would make every QWidget abort the interpreter
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        png = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(chunks: list[tuple[bytes, bytes]]) -> bytes:
    """'icns' + total length, then (type, length including the 8-byte header, PNG) chunks."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    svg = source_svg()
    OUT.mkdir(parents=True, exist_ok=True)
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    for s in PNG_SIZES:
        (OUT / f"{NAME}-{s}.png").write_bytes(png(s))
    (OUT / f"{NAME}.ico").write_bytes(ico_bytes({s: png(s) for s in ICO_SIZES}))
    (OUT / f"{NAME}.icns").write_bytes(icns_bytes([(k, png(s)) for k, s in ICNS_TYPES]))
    print(f"{svg.relative_to(ROOT)} -> {OUT.relative_to(ROOT)}: "
          f"{len(PNG_SIZES)} PNGs, {NAME}.ico, {NAME}.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
