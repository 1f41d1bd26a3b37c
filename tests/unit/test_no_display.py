"""Without a display the desktop app says so in plain words, before Qt can print its
misleading "libxcb-cursor0 is needed" text (Linux only)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from zerodx_desktop.__main__ import LINUX_QT_PACKAGES, display_problem


def loads_everything(_name: str) -> object:
    return object()


def loads_nothing(name: str) -> object:
    raise OSError(f"{name}: cannot open shared object file")


def test_no_display_on_linux_is_named() -> None:
    problem = display_problem({}, "linux", loads_everything)
    assert problem is not None
    assert "no display" in problem and "QT_QPA_PLATFORM=offscreen" in problem
    assert "xcb-cursor" not in problem


@pytest.mark.parametrize("env", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                 {"QT_QPA_PLATFORM": "offscreen"},
                                 {"QT_QPA_PLATFORM": "vnc", "DISPLAY": ""}])
def test_a_display_or_a_chosen_platform_is_enough(env: dict[str, str]) -> None:
    assert display_problem(env, "linux", loads_everything) is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_are_not_checked(platform: str) -> None:
    assert display_problem({}, platform, loads_nothing) is None


def test_x11_without_the_xcb_cursor_library_names_the_packages() -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", loads_nothing)
    assert problem is not None and "libxcb-cursor" in problem
    assert all(pkg in problem for pkg in LINUX_QT_PACKAGES)
    # on Wayland the xcb library is not needed
    assert display_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, "linux",
                           loads_nothing) is None


def test_the_packages_named_are_the_ones_ci_installs() -> None:
    from pathlib import Path

    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text("utf-8")
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    for pkg in LINUX_QT_PACKAGES:
        assert f" {pkg} " in ci.replace("\n", " ")
        assert pkg in readme


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
def test_the_app_exits_1_with_the_message_and_starts_no_qt(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ZERODX_HOME"] = str(tmp_path / "home")
    out = subprocess.run([sys.executable, "-m", "zerodx_desktop", "--demo"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert out.stderr.startswith("zerodx-desktop: there is no display")
    assert "xcb" not in out.stderr and out.stdout == ""


def test_the_readme_install_command_names_every_qt_library_ci_installs() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text("utf-8")
    command = readme.split("    sudo apt install ", 1)[1].split("\n\n", 1)[0]
    named = set(command.replace("\\", " ").split())
    ci = (root / ".ci" / "run").read_text("utf-8")
    qt_prefixes = ("libegl", "libgl", "libx", "libdbus", "libfont", "libfree", "libglib")
    ci_qt = {p for p in ci.split("apt-get install", 1)[1].replace("\\", " ").split()
             if p.startswith(qt_prefixes)}
    assert ci_qt and named == ci_qt
