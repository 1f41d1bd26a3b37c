"""Packaging: the PyInstaller spec (run against stand-in build targets), the icon exports, the
Linux desktop entry, MIME types and installer, and the frozen entry scripts.

Building and running the real bundle takes about a minute, so it is its own CI step:
``packaging/smoke.sh`` (build, ``--version``, offscreen ``--smoke --demo``, ``zerodx demo``,
verify, a pooled merge, install.sh). These tests keep every packaging file honest in the suite.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as ET
import pytest
from PIL import Image, ImageChops, ImageStat

import zerodx_desktop

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "zerodx-desktop.spec"
ICONS = PACKAGING / "icons"
NAME = "zerodx-desktop"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

# Qt files a real analysis collects, to check what the spec keeps and drops.
FAKE_QT = {
    "PySide6/Qt/plugins/platforms/libqxcb.so": True,
    "PySide6/Qt/plugins/platforms/libqwayland.so": True,
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": True,
    "PySide6/Qt/plugins/imageformats/libqsvg.so": True,
    "PySide6/Qt/plugins/platforms/libqvnc.so": False,
    "PySide6/Qt/plugins/platforms/libqeglfs.so": False,
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so": False,
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6": False,
    "PySide6/Qt/translations/qtbase_zh_CN.qm": True,
    "PySide6/Qt/translations/qt_en.qm": True,
    "PySide6/Qt/translations/qtbase_de.qm": False,
}


def run_spec(tmp_path: Path) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """Execute the spec with recording stand-ins for PyInstaller's Analysis, PYZ, EXE, ..."""
    made: dict[str, list[Any]] = defaultdict(list)

    class Target:
        def __init__(self, *args: Any, **kw: Any) -> None:
            self.args, self.kw = args, kw
            made[type(self).__name__].append(self)

    class Analysis(Target):
        def __init__(self, scripts: list[str], **kw: Any) -> None:
            super().__init__(scripts, **kw)
            self.pure: list[Any] = []
            self.scripts = [(Path(scripts[0]).stem, scripts[0], "PYSOURCE")]
            self.binaries = [(d, "/qt/" + d, "BINARY") for d in FAKE_QT if d.endswith(".so")
                             or ".so." in d]
            self.datas = [(d, "/qt/" + d, "DATA") for d in FAKE_QT if d.endswith(".qm")]
            self.datas += [(str(Path(dest) / Path(src).name), src, "DATA")
                           for src, dest in kw.get("datas", [])]

    class PYZ(Target): ...
    class EXE(Target): ...
    class COLLECT(Target): ...
    class BUNDLE(Target): ...

    dist = tmp_path / "dist"
    (dist / NAME).mkdir(parents=True)
    ns: dict[str, Any] = {
        "SPECPATH": str(PACKAGING), "DISTPATH": str(dist), "workpath": str(tmp_path / "build"),
        "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE,
    }
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), ns)  # noqa: S102
    return made, ns


def bundled(made: dict[str, list[Any]]) -> dict[str, str]:
    """dest path in _internal -> source, as COLLECT receives them."""
    files: dict[str, str] = {}
    for part in made["COLLECT"][0].args:
        if isinstance(part, list):
            files.update({Path(dest).as_posix(): src for dest, src, _kind in part})
    return files


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    return run_spec(tmp_path_factory.mktemp("spec"))


def test_spec_takes_name_and_version_from_the_package(spec) -> None:
    made, ns = spec
    assert ns["NAME"] == PROJECT["name"] == NAME
    assert ns["VERSION"] == zerodx_desktop.__version__ == PROJECT["version"]
    exes = {e.kw["name"]: e.kw["console"] for e in made["EXE"]}
    assert exes == {NAME: False, "zerodx": True}  # the app windowed, the CLI a console program
    assert made["COLLECT"][0].kw["name"] == NAME
    assert all(e.kw["exclude_binaries"] for e in made["EXE"])  # one folder, shared libraries
    scripts = sorted(Path(a.args[0][0]).name for a in made["Analysis"])
    assert scripts == ["zerodx_cli_entry.py", "zerodx_desktop_entry.py"]


def test_spec_refuses_a_version_that_disagrees_with_pyproject(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(zerodx_desktop, "__version__", "9.9.9")
    with pytest.raises(SystemExit, match=r"9\.9\.9 != pyproject\.toml"):
        run_spec(tmp_path)


def test_spec_bundles_only_the_qt_modules_the_app_uses(spec) -> None:
    made, _ns = spec
    gui = made["Analysis"][0]
    excludes = set(gui.kw["excludes"])
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport",
                 "QtSvg"):
        assert f"PySide6.{used}" not in excludes
    # installed with PySide6-Essentials, never used: excluded
    for unused in ("QtQml", "QtQuick", "QtQuickWidgets", "QtNetwork", "QtSql", "QtDesigner"):
        assert f"PySide6.{unused}" in excludes
    assert {"PySide6.QtSvg", "PySide6.QtPrintSupport"} <= set(gui.kw["hiddenimports"])
    # the GPL-3.0 test-only cross-check must not ship (the venv that builds has it installed)
    assert "krippendorff" in excludes and "krippendorff" not in gui.kw["hiddenimports"]
    files = bundled(made)
    for dest, wanted in FAKE_QT.items():
        assert (dest in files) == wanted, dest


def test_bundle_layout_is_where_paths_looks(spec, tmp_path) -> None:
    """Lay the bundled files out as _internal/ beside a copy of the package, and ask paths.py
    (through importlib.resources, in a Python that sees nothing else) where things are."""
    made, _ns = spec
    internal = tmp_path / "_internal"
    shutil.copytree(ROOT / "zerodx_desktop", internal / "zerodx_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for dest, src in bundled(made).items():
        if dest.startswith("zerodx_desktop/"):
            target = internal / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)  # copies: symlinks need privileges on Windows
    code = ("import sys; sys.path[:0] = [sys.argv[1]]; from zerodx_desktop import paths; "
            "print(paths.data_dir()); print(paths.resources_dir())")
    out = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(internal)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    data, resources = Path(out[0]), Path(out[1])
    assert data == internal / "zerodx_desktop" / "data"
    assert resources == internal / "zerodx_desktop" / "resources"
    for f in (ROOT / "data").rglob("*"):  # all of data/, same layout
        if f.is_file() and "__pycache__" not in f.parts:
            assert (data / f.relative_to(ROOT / "data")).is_file(), f
    for font in (ROOT / "resources" / "fonts").iterdir():
        assert (resources / "fonts" / font.name).is_file()
    assert (resources / "icons" / "zerodx.svg").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):  # the .qm for Qt, the .ts
        assert (resources / "translations" / f"{ts.stem}.qm").is_file(), ts.name  # for the PDFs
        assert (resources / "translations" / ts.name).is_file(), ts.name


def test_spec_ships_the_linux_desktop_files_and_installer(spec, tmp_path) -> None:
    made, ns = spec
    files = bundled(made)
    assert f"share/applications/{NAME}.desktop" in files
    assert f"share/mime/packages/{NAME}.xml" in files
    assert f"share/icons/hicolor/scalable/apps/{NAME}.svg" in files
    for size in (16, 32, 48, 128, 256, 512):
        assert files[f"share/icons/hicolor/{size}x{size}/apps/{NAME}.png"].endswith(
            f"{NAME}-{size}.png")
    assert (Path(ns["DISTPATH"]) / NAME / "install.sh").read_bytes() == (
        PACKAGING / "linux" / "install.sh").read_bytes()


# --- icons ------------------------------------------------------------------------------------

def load_make_icons() -> Any:
    mod_spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert mod_spec is not None and mod_spec.loader is not None
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def test_png_exports_match_the_svg_source(tmp_path) -> None:
    make_icons = load_make_icons()
    for size in make_icons.PNG_SIZES:
        with Image.open(ICONS / f"{NAME}-{size}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
    # a fresh render of the source looks like the committed export (forgot to re-run the script?)
    fresh = tmp_path / "fresh.png"
    fresh.write_bytes(make_icons.render_png(make_icons.source_svg(), 64))
    with Image.open(fresh) as a, Image.open(ICONS / f"{NAME}-64.png") as b:
        diff = ImageStat.Stat(ImageChops.difference(a.convert("RGBA"), b.convert("RGBA")))
        assert max(diff.mean) < 2.0, "re-run packaging/make_icons.py and commit its output"


def test_ico_and_icns_hold_the_committed_pngs() -> None:
    make_icons = load_make_icons()
    with Image.open(ICONS / f"{NAME}.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.info["sizes"]) == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(ICONS / f"{NAME}.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]
    pngs = {s: (ICONS / f"{NAME}-{s}.png").read_bytes() for s in make_icons.ICO_SIZES}
    assert (ICONS / f"{NAME}.ico").read_bytes() == make_icons.ico_bytes(pngs)
    icns = (ICONS / f"{NAME}.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert pngs[256] in icns  # the ic08 chunk is the committed 256 px export


# --- Linux desktop integration ----------------------------------------------------------------

def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / f"{NAME}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, Any]:
    root = ET.parse(PACKAGING / "linux" / f"{NAME}.xml").getroot()
    return {t.get("type"): t for t in root.iter(f"{MIME_NS}mime-type")}


def test_desktop_entry() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == zerodx_desktop.APP_NAME
    assert entry["GenericName"] == "Awards judging"
    assert entry["Comment"]
    assert entry["Exec"] == f"{NAME} %f"
    assert NAME in PROJECT["gui-scripts"]  # the command Exec names exists
    assert entry["Icon"] == NAME and (ICONS / f"{NAME}-48.png").is_file()
    assert entry["Categories"] == "Office;"
    assert entry["Terminal"] == "false"
    assert set(entry["MimeType"].rstrip(";").split(";")) == set(mime_types())


def test_mime_types_match_the_file_formats(tmp_path) -> None:
    from zerodx_desktop.formats.signing import Identity, write_judge_card

    types = mime_types()
    globs = {name: [g.get("pattern") for g in t.iter(f"{MIME_NS}glob")]
             for name, t in types.items()}
    assert globs == {"application/x-zerodx-panel": ["*.zdxpanel"],
                     "application/x-zerodx-judge-card": ["*.zdxjudge"]}
    # the judge card's magic matches a card the app really writes
    card = tmp_path / "li.zdxjudge"
    write_judge_card(Identity.generate("Li Na 李娜", "li@example.cn").public, card)
    data = card.read_bytes()
    match = next(types["application/x-zerodx-judge-card"].iter(f"{MIME_NS}match"))
    start, end = (int(n) for n in match.get("offset").split(":"))
    value = match.get("value").encode("utf-8")
    assert value in data[start:end + len(value)]


def linux_file_types() -> dict[str, str]:
    """extension -> MIME type, from the shared-mime-info file."""
    return {g.get("pattern").removeprefix("*."): name for name, t in mime_types().items()
            for g in t.iter(f"{MIME_NS}glob")}


def test_macos_info_plist_declares_and_opens_the_same_file_types(spec) -> None:
    import plistlib

    made, ns = spec
    plist = ns["MACOS_INFO_PLIST"]
    plistlib.loads(plistlib.dumps(plist))  # a valid property list
    exported = {t["UTTypeIdentifier"]: t for t in plist["UTExportedTypeDeclarations"]}
    declared = {t["UTTypeTagSpecification"]["public.filename-extension"][0]:
                t["UTTypeTagSpecification"]["public.mime-type"][0] for t in exported.values()}
    assert declared == linux_file_types()
    for doc in plist["CFBundleDocumentTypes"]:
        (uti,) = doc["LSItemContentTypes"]
        assert uti in exported and doc["LSHandlerRank"] == "Owner"
    assert len(plist["CFBundleDocumentTypes"]) == len(exported) == 2
    assert exported["org.zerodx.panel"]["UTTypeConformsTo"][0] == "public.zip-archive"
    assert all(t["UTTypeIconFile"] == Path(ICONS / f"{NAME}.icns").name
               for t in exported.values())
    # a double-clicked file reaches the app as argv only with argv emulation (macOS only)
    gui_exe = next(e for e in made["EXE"] if e.kw["name"] == NAME)
    assert gui_exe.kw["argv_emulation"] == (sys.platform == "darwin")


def test_windows_installer_registers_the_same_file_types() -> None:
    import re

    iss = (PACKAGING / "windows" / f"{NAME}.iss").read_text("utf-8")
    registry = iss.split("[Registry]", 1)[1].split("\n[", 1)[0]
    prog_ids = dict(re.findall(r'Subkey: "Software\\Classes\\\.(\w+)"; ValueType: string; '
                               r'ValueName: ""; ValueData: "([\w.]+)"', registry))
    content_types = dict(re.findall(r'Subkey: "Software\\Classes\\\.(\w+)"; ValueType: '
                                    r'string; ValueName: "Content Type"; ValueData: "([^"]+)"',
                                    registry))
    assert content_types == linux_file_types()
    assert set(prog_ids) == set(linux_file_types())
    for prog_id in prog_ids.values():
        command = re.search(rf'Subkey: "Software\\Classes\\{re.escape(prog_id)}\\shell\\'
                            r'open\\command"; .*ValueData: "(.*)"$', registry, re.M)
        assert command is not None, prog_id
        # Inno doubles quotes inside a quoted value: the command is "...\zerodx-desktop.exe" "%1"
        assert command.group(1) == '""{app}\\{#AppExe}"" ""%1""'
    assert '#define AppExe "zerodx-desktop.exe"' in iss
    assert "PrivilegesRequired=lowest" in iss and "ChangesAssociations=yes" in iss
    assert (PACKAGING / "windows" / iss.split("SetupIconFile=", 1)[1].split()[0]
            .replace("\\", "/")).resolve() == (ICONS / f"{NAME}.ico").resolve()


def test_install_script_installs_and_uninstalls_a_bundle(spec, tmp_path) -> None:
    _made, ns = spec
    bundle = tmp_path / "bundle"
    for dest, src, _kind in ns["linux_share"]():
        (bundle / "_internal" / dest).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, bundle / "_internal" / dest)
    for exe in (NAME, "zerodx"):
        (bundle / exe).write_text(f'#!/bin/sh\necho "{exe} ran $*"\n', "utf-8")
        (bundle / exe).chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "install.sh", bundle / "install.sh")
    prefix = tmp_path / "my prefix"  # a space, to check the quoting
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path)}

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    home = prefix / "lib" / NAME
    ran = subprocess.run([str(prefix / "bin" / "zerodx"), "--version"], capture_output=True,
                         text=True, check=True)
    assert ran.stdout == "zerodx ran --version\n"
    installed = (prefix / "share" / "applications" / f"{NAME}.desktop").read_text("utf-8")
    assert f'Exec="{home}/{NAME}" %f\n' in installed
    assert f"TryExec={home}/{NAME}\n" in installed
    assert (prefix / "share" / "mime" / "packages" / f"{NAME}.xml").is_file()
    assert (prefix / "share/icons/hicolor/48x48/apps" / f"{NAME}.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{NAME}.svg").is_file()

    subprocess.run(["sh", str(home / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not home.exists()
    assert not (prefix / "bin" / "zerodx").exists()
    assert not (prefix / "share" / "applications" / f"{NAME}.desktop").exists()
    assert not list((prefix / "share" / "icons").rglob(f"{NAME}.*"))


# --- entry points and the build command -------------------------------------------------------

@pytest.mark.parametrize(("script", "expected"), [
    ("zerodx_desktop_entry.py", f"{NAME} {zerodx_desktop.__version__}"),
    ("zerodx_cli_entry.py", f"zerodx {zerodx_desktop.__version__}"),
])
def test_entry_scripts_start_the_programs(script, expected) -> None:
    ran = subprocess.run([sys.executable, str(PACKAGING / script), "--version"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert ran.stdout.strip() == expected


def test_make_bundle_runs_pyinstaller_on_the_spec() -> None:
    plan = subprocess.run(["make", "-n", "bundle"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout
    assert ("-m PyInstaller --noconfirm --distpath dist --workpath build "
            "packaging/zerodx-desktop.spec") in plan
