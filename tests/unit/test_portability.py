"""Portability helpers: atomic replace and fsync rules per platform (Windows and macOS rules
simulated here), long and non-ASCII paths, file names valid everywhere, the default home per
platform, and shipped files found through the package."""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from pathlib import Path

import platformdirs
import pytest

from zerodx_desktop import atomic_io, paths
from zerodx_desktop.atomic_io import atomic_write_bytes, fsync_dir, fsync_file, replace_file
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.filenames import (
    MAX_NAME_BYTES,
    portable_name_problem,
    portable_stem,
    same_name_ignoring_case,
)

ROOT = Path(__file__).resolve().parents[2]


# --- atomic replace: Windows retries, fsync rules -----------------------------------------

class FlakyReplace:
    """os.replace that fails with PermissionError ``failures`` times (a scanner holding it)."""

    def __init__(self, failures: int) -> None:
        self.failures, self.calls = failures, 0
        self.real = os.replace

    def __call__(self, src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        self.real(src, dst)


def test_windows_replace_is_retried_while_the_target_is_held(tmp_path, monkeypatch) -> None:
    src, dst = tmp_path / "new", tmp_path / "sheet.xlsx"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    flaky, slept = FlakyReplace(failures=3), []
    monkeypatch.setattr(atomic_io, "WINDOWS", True)
    monkeypatch.setattr(atomic_io.os, "replace", flaky)
    replace_file(src, dst, sleep=slept.append)
    assert dst.read_bytes() == b"new" and not src.exists()
    assert flaky.calls == 4 and slept == list(atomic_io.REPLACE_RETRY_DELAYS[:3])


def test_windows_replace_gives_up_and_leaves_the_target(tmp_path, monkeypatch) -> None:
    src, dst = tmp_path / "new", tmp_path / "sheet.xlsx"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    flaky, slept = FlakyReplace(failures=100), []
    monkeypatch.setattr(atomic_io, "WINDOWS", True)
    monkeypatch.setattr(atomic_io.os, "replace", flaky)
    with pytest.raises(PermissionError):
        replace_file(src, dst, sleep=slept.append)
    assert flaky.calls == len(atomic_io.REPLACE_RETRY_DELAYS) + 1
    assert 1.0 < sum(slept) < 5.0  # about two seconds, then a clear failure
    assert dst.read_bytes() == b"old"


def test_posix_replace_does_not_retry(tmp_path, monkeypatch) -> None:
    src, dst = tmp_path / "new", tmp_path / "dst"
    src.write_bytes(b"new")
    flaky = FlakyReplace(failures=1)
    monkeypatch.setattr(atomic_io, "WINDOWS", False)
    monkeypatch.setattr(atomic_io.os, "replace", flaky)
    with pytest.raises(PermissionError):
        replace_file(src, dst, sleep=lambda _s: pytest.fail("slept on POSIX"))
    assert flaky.calls == 1


def test_a_file_held_open_elsewhere_is_a_user_error_and_nothing_is_left(
        tmp_path, monkeypatch) -> None:
    target = tmp_path / "result.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(atomic_io, "WINDOWS", True)
    monkeypatch.setattr(atomic_io.os, "replace", FlakyReplace(failures=100))
    monkeypatch.setattr(atomic_io.time, "sleep", lambda _s: None)
    with pytest.raises(UserError, match="could not save the file") as info:
        atomic_write_bytes(target, b"new")
    assert "Close the file if another program has it open" in (info.value.hint or "")
    assert info.value.where == str(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["result.xlsx"]


def test_no_folder_fsync_on_windows(tmp_path, monkeypatch) -> None:
    def no_open(*_a: object, **_k: object) -> int:
        raise AssertionError("a folder was opened for fsync on Windows")

    monkeypatch.setattr(atomic_io, "WINDOWS", True)
    monkeypatch.setattr(atomic_io.os, "open", no_open)
    fsync_dir(tmp_path)  # nothing to do, and no error


class FakeFds:
    """os.open / os.fsync / os.close stand-ins that record, so POSIX and Windows rules can be
    checked on any system (Windows cannot open a folder; it cannot fsync a read-only handle)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened: list[tuple[str, int]] = []
        self.synced: list[int] = []
        monkeypatch.setattr(atomic_io.os, "open", self.open)
        monkeypatch.setattr(atomic_io.os, "fsync", self.synced.append)
        monkeypatch.setattr(atomic_io.os, "close", lambda fd: None)

    def open(self, path: str | os.PathLike[str], flags: int, *_a: int) -> int:
        self.opened.append((str(path), flags))
        return 1000 + len(self.opened)


def test_folder_fsync_on_posix_opens_and_syncs_the_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(atomic_io, "WINDOWS", False)
    fds = FakeFds(monkeypatch)
    fsync_dir(tmp_path)
    assert fds.opened == [(str(tmp_path), os.O_RDONLY)] and fds.synced == [1001]


def test_file_fsync_opens_for_writing_on_windows(tmp_path, monkeypatch) -> None:
    """os.fsync on Windows (_commit) fails on a read-only handle: open read-write there."""
    f = tmp_path / "backup.sqlite"
    fds = FakeFds(monkeypatch)
    monkeypatch.setattr(atomic_io, "MACOS", False)
    monkeypatch.setattr(atomic_io, "WINDOWS", True)
    fsync_file(f)
    monkeypatch.setattr(atomic_io, "WINDOWS", False)
    fsync_file(f)
    (_p, win_flags), (_p2, posix_flags) = fds.opened
    assert win_flags & os.O_RDWR and posix_flags == os.O_RDONLY
    assert fds.synced == [1001, 1002]


def fake_fcntl(monkeypatch: pytest.MonkeyPatch, fcntl_call: object) -> None:
    """A stand-in fcntl module with macOS's F_FULLFSYNC (imported inside atomic_io)."""
    import sys
    import types

    module = types.SimpleNamespace(F_FULLFSYNC=51, fcntl=fcntl_call)
    monkeypatch.setitem(sys.modules, "fcntl", module)


def test_macos_flushes_files_with_full_fsync(tmp_path, monkeypatch) -> None:
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(atomic_io, "MACOS", True)
    fake_fcntl(monkeypatch, lambda fd, op: calls.append((fd, op)) or 0)
    atomic_write_bytes(tmp_path / "sheet.xlsx", b"data")
    assert [op for _fd, op in calls] == [51]  # the file: F_FULLFSYNC (the folder: fsync)
    assert (tmp_path / "sheet.xlsx").read_bytes() == b"data"


def test_macos_falls_back_to_fsync_where_full_fsync_is_refused(tmp_path, monkeypatch) -> None:
    def refuse(fd: int, op: int) -> int:
        raise OSError(45, "Operation not supported")  # e.g. a network share

    synced: list[int] = []
    monkeypatch.setattr(atomic_io, "MACOS", True)
    fake_fcntl(monkeypatch, refuse)
    monkeypatch.setattr(atomic_io.os, "fsync", synced.append)
    atomic_write_bytes(tmp_path / "sheet.xlsx", b"data")
    assert len(synced) >= 1
    assert (tmp_path / "sheet.xlsx").read_bytes() == b"data"


# --- long and non-ASCII paths -------------------------------------------------------------

def test_atomic_write_with_a_long_non_ascii_name_in_a_deep_folder(tmp_path) -> None:
    """A 240-byte Chinese file name 300+ characters deep: the temporary file beside it must
    not be longer than the file system allows (it used to carry the whole name)."""
    folder = tmp_path
    for i in range(6):
        folder = folder / f"评委资料-{i}-{'年度评审' * 8}"
    folder.mkdir(parents=True)
    name = "成绩表" * 26 + ".xlsx"
    assert 235 < len(name.encode()) <= MAX_NAME_BYTES and len(str(folder / name)) > 260
    target = folder / name
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in folder.iterdir()] == [name]


def test_a_non_ascii_home_is_created_and_used(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("ZERODX_HOME", raising=False)
    home = paths.resolve_home(tmp_path / "Jürgen Müller" / "评委 数据")
    assert home.is_dir() and home.name == "评委 数据"


# --- default home per platform ------------------------------------------------------------

def test_default_home_is_the_platforms_user_data_folder(monkeypatch) -> None:
    import platformdirs.macos
    import platformdirs.unix
    import platformdirs.windows

    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        {"CSIDL_LOCAL_APPDATA": "LOCALAPPDATA", "CSIDL_APPDATA": "APPDATA"}.get)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    win = paths.default_home()
    assert win.parts[-3:] == ("LOCALAPPDATA", "ZeroDX", "ZeroDX Desktop")  # not roaming
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    mac = paths.default_home()
    assert mac == Path.home() / "Library" / "Application Support" / "ZeroDX Desktop"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    monkeypatch.setenv("XDG_DATA_HOME", "/xdg/data")
    assert paths.default_home() == Path("/xdg/data/ZeroDX Desktop")


def test_without_home_or_variable_the_default_home_is_used(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("ZERODX_HOME", raising=False)
    monkeypatch.setattr(paths, "default_home", lambda: tmp_path / "platform home")
    assert paths.resolve_home(None) == tmp_path / "platform home"
    assert (tmp_path / "platform home").is_dir()


# --- file names valid on every system -----------------------------------------------------

@pytest.mark.parametrize(("text", "stem"), [
    ("Wang Lei 王磊", "wang-lei-王磊"),
    ('a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"),
    ("CON", "con-judge"), ("nul", "nul-judge"), ("Com1", "com1-judge"), ("LPT9", "lpt9-judge"),
    ("con tractor", "con-tractor"),
    ("name. ", "name"), ("...", "judge"), ("", "judge"), ("\x00\x1f", "judge"),
    ("ÅSA", "åsa"), ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
])
def test_portable_stem(text: str, stem: str) -> None:
    assert portable_stem(text, "judge") == stem
    assert portable_name_problem(stem + ".xlsx") is None


def test_portable_stem_stays_short_in_bytes_for_any_script() -> None:
    for ch in ("a", "é", "王", "𝔸", "😀"):
        stem = portable_stem(ch * 500, "judge")
        name = f"{stem}-{stem}-seq123456.xlsx"  # the export's default name joins two stems
        assert 90 < len(stem.encode()) <= 100 or stem == "judge"
        assert portable_name_problem(name) is None, name
        assert stem.encode().decode() == stem  # cut on whole characters


def test_two_names_differing_only_in_case_get_one_proposal() -> None:
    assert portable_stem("Anna Berg", "j") == portable_stem("ANNA BERG", "j")
    assert portable_stem("Straße", "j") == portable_stem("STRASSE", "j")


@pytest.mark.parametrize(("name", "problem"), [
    ("report.pdf", None), ("成绩表.xlsx", None), ("a b.xlsx", None),
    ("", "empty"), ("..", "empty"), ("a:b.xlsx", "characters Windows does not allow"),
    ("a?.xlsx", "characters Windows does not allow"), ("tab\there", "does not allow"),
    ("report.", "ends in a dot"), ("report ", "ends in a dot or a space"),
    ("CON.xlsx", "device name"), ("aux", "device name"), ("com1.tar.gz", "device name"),
    ("nul .txt", "device name"), ("a" * 256, "longer than"), ("王" * 86, "longer than"),
])
def test_portable_name_problem_applies_windows_rules_everywhere(name: str, problem: str | None
                                                                ) -> None:
    found = portable_name_problem(name)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_same_name_ignoring_case_as_windows_and_macos_compare() -> None:
    assert same_name_ignoring_case("Report.PDF", "report.pdf")
    nfd = unicodedata.normalize("NFD", "Résumé.pdf")  # how HFS+ hands names back
    assert nfd != "résumé.pdf" and same_name_ignoring_case(nfd, "résumé.pdf")
    assert not same_name_ignoring_case("report-1.pdf", "report-2.pdf")


# --- shipped files: found through the package, never from the source tree ------------------

def test_shipped_files_are_found_through_the_installed_packages() -> None:
    from importlib import resources

    assert paths.data_dir() == Path(str(resources.files("zerodx_desktop.data")))
    assert paths.resources_dir() == Path(str(resources.files("zerodx_desktop.resources")))
    for f in (paths.sample_framework_path(), paths.schemas_dir() / "nominee.schema.json",
              paths.fonts_dir() / "DejaVuSans.ttf", paths.fonts_dir() / "wqy-microhei.ttc",
              paths.translations_dir() / "zerodx_zh_CN.qm", paths.icon_path("zerodx")):
        assert f.is_file(), f
    assert sum(1 for p in paths.demo_nominees_dir().iterdir() if p.is_dir()) >= 8


def test_no_module_computes_a_path_from_its_own_location() -> None:
    """data/ and resources/ are looked up through paths.py (importlib.resources) only."""
    offenders = []
    for py in (ROOT / "zerodx_desktop").rglob("*.py"):
        text = py.read_text("utf-8")
        if re.search(r"__file__|\bresources_dir\(\)\s*/|\bdata_dir\(\)\s*/", text) \
                and py.name != "paths.py":
            offenders.append(py.relative_to(ROOT).as_posix())
    assert offenders == []


def test_pyproject_ships_data_and_resources_inside_the_package() -> None:
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert tool["package-dir"] == {"zerodx_desktop.data": "data",
                                   "zerodx_desktop.resources": "resources"}
    assert {"zerodx_desktop.data", "zerodx_desktop.resources"} <= set(tool["packages"])
    # every Python package of the source tree is listed (packages is not found automatically)
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "zerodx_desktop").rglob("__init__.py")}
    assert found <= set(tool["packages"])
    assert tool["package-data"]["zerodx_desktop.data"] == ["**/*"]
    assert tool["package-data"]["zerodx_desktop.resources"] == ["**/*"]
    assert tool["exclude-package-data"]["zerodx_desktop.resources"] == ["translations/*.ts"]
    for folder in ("data", "resources"):
        assert (ROOT / folder / "__init__.py").is_file()


def test_the_pdf_fonts_come_from_the_package_only() -> None:
    from zerodx_desktop.formats.pdf import fonts

    assert fonts.font_dirs() == [paths.fonts_dir()]
    fonts.register_fonts()
    assert all(p.parent == paths.fonts_dir() for p in fonts._registered.values())


def test_platformdirs_is_the_source_of_the_default_home() -> None:
    assert paths.default_home() == Path(
        platformdirs.user_data_dir("ZeroDX Desktop", "ZeroDX", roaming=False))


def test_a_bare_source_tree_says_to_install(tmp_path) -> None:
    """Run from a copy of the package that was never installed: a clear error, no guessing
    of ../data from the source tree."""
    import shutil
    import subprocess
    import sys

    shutil.copytree(ROOT / "zerodx_desktop", tmp_path / "zerodx_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    code = ("import sys; sys.path[:0] = [sys.argv[1]]\n"
            "from zerodx_desktop import paths\n"
            "from zerodx_desktop.core.errors import UserError\n"
            "try:\n    paths.sample_framework_path()\n"
            "except UserError as exc:\n    print(exc.message, '|', exc.hint)\n")
    out = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    assert "(zerodx_desktop.data) are not installed" in out and "pip install -e ." in out


def test_two_attachments_differing_only_in_case_are_refused(tmp_path) -> None:
    """On Windows and macOS 'Report.pdf' and 'report.pdf' are one file: listing both would
    give a package that differs with the system it was built on."""
    import json

    from zerodx_desktop.formats.nominee_dir import read_nominee_folder

    folder = tmp_path / "n1"
    folder.mkdir()
    (folder / "Report.pdf").write_bytes(b"%PDF-1.4 a")
    doc = {"id": "n-1", "name": "Acme", "attachments": [
        {"file": "Report.pdf", "title": "A"}, {"file": "report.PDF", "title": "B"}]}
    (folder / "nominee.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(UserError, match=r"listed twice \(as 'Report\.pdf': on Windows and macOS"):
        read_nominee_folder(folder)
    doc["attachments"] = [{"file": "Report.pdf", "title": "A"}]
    (folder / "nominee.json").write_text(json.dumps(doc), "utf-8")
    nominee, _blobs = read_nominee_folder(folder)
    assert [a.file for a in nominee.attachments] == ["Report.pdf"]
