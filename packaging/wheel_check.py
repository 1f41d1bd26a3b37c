"""Run by packaging/wheel_smoke.sh with the Python of a venv the wheel was installed into:
every shipped file must come from that venv (not from a checkout), the Chinese catalogue must
load and translate, and the PDF fonts must register from the package.

    VENV/bin/python packaging/wheel_check.py

Prints one line per check; exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fail(message: str) -> None:
    print(f"wheel_check: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefix = Path(sys.prefix)
    import zerodx_desktop
    from zerodx_desktop import paths

    package = Path(zerodx_desktop.__file__).parent
    if not inside(package, prefix):
        fail(f"zerodx_desktop imported from {package}, not from {prefix}")
    shipped = {
        "sample framework": paths.sample_framework_path(),
        "demo nominees": paths.demo_nominees_dir(),
        "schemas": paths.schemas_dir() / "framework.schema.json",
        "fonts": paths.fonts_dir() / "wqy-microhei.ttc",
        "icons": paths.icon_path("zerodx"),
        "translations": paths.translations_dir() / "zerodx_zh_CN.qm",
    }
    for what, path in shipped.items():
        if not path.exists():
            fail(f"{what}: {path} is missing")
        if not inside(path, package):
            fail(f"{what}: {path} is not inside the installed package {package}")
    if list(paths.resources_dir().rglob("*.ts")):
        fail("translation sources (.ts) were installed")
    print(f"wheel_check: shipped files from {package}")

    from zerodx_desktop.formats.pdf import fonts

    fonts.register_fonts()
    for name, path in sorted(fonts._registered.items()):
        if not inside(path, package):
            fail(f"PDF font {name} from {path}, not from the package")
    print(f"wheel_check: PDF fonts from the package: {len(fonts._registered)} registered")

    from PySide6.QtCore import QCoreApplication

    from zerodx_desktop.ui import i18n

    app = QCoreApplication([sys.argv[0]])  # noqa: F841  (translators need an application)
    if i18n.apply_language(i18n.CHINESE) != i18n.CHINESE:
        fail("the Chinese language was not applied")
    source = "Qt for Python: the user interface"
    shown = QCoreApplication.translate("AboutDialog", source)
    if shown == source or not any("\u4e00" <= ch <= "\u9fff" for ch in shown):
        fail(f"the Chinese catalogue did not translate {source!r} (got {shown!r})")
    print(f"wheel_check: Chinese catalogue loaded: {source!r} -> {shown!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
