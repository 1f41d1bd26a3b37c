"""Hostile text in a result: it must print literally, never become markup or open a file."""

from __future__ import annotations

import builtins
import os
import re
import sys
import sysconfig
import unicodedata
from pathlib import Path

import pytest

from tests.factories import make_result
from tests.tools import assert_fonts_embedded, pdftotext
from zerodx_desktop.core.result import Comment, PanelResult
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.certificates import write_certificates
from zerodx_desktop.formats.pdf.report import write_report

HOSTILE_NAMES = [
    '<img src="/etc/passwd"> Co.',
    '<font name="x">Fonted</font> Ltd.',
    "Ampersands &amp; & &#x41; &lt;",
    "<b>Unclosed bold",
    "<para>Para</para> Group",
    "شركة الابتكار",  # Arabic, right to left
    "Emoji Works 🚀✨",
    "Ctl\x00\x07\x1b[31mRed\x7f\x9b Inc.\u202eevil",
]
LONG = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 200)[:10_000]
LONG_WORD = "X" * 10_000
LONG_CJK = ("海湾人单合一模式零距离" * 1000)[:10_000]


def hostile_result() -> PanelResult:
    result = make_result(len(HOSTILE_NAMES))
    for row, name in zip(result.ranking, HOSTILE_NAMES, strict=True):
        row.nominee = name
    for rows in result.by_method.values():
        for row, name in zip(rows, HOSTILE_NAMES, strict=True):
            row.nominee = name
    nid = result.ranking[0].nominee_id
    cid = result.criteria[0].criterion_id
    result.comments += [
        Comment(nid, cid, '<img src="/etc/passwd"/> look at <a href="file:///etc">this</a>'),
        Comment(nid, cid, LONG),
        Comment(nid, cid, LONG_WORD),
        Comment(nid, cid, LONG_CJK),
        Comment(nid, cid, "line one\nline two\r\nline three\ttabbed"),
    ]
    result.panel_title = '<img src="/etc/passwd"> Awards & <b>friends'
    result.judges[0].name = "<font name='/etc/passwd'>Judge</font>"
    result.sensitivity.append("<br/><br/>" * 3 + "&nbsp;")
    result.domains = [(d, f"<i>{t}") for d, t in result.domains]
    return result


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    out = tmp_path_factory.mktemp("hostile")
    path = out / "report.pdf"
    fonts.register_fonts()  # font files are read once per process, on purpose
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(os.fspath(file) if isinstance(file, (str, os.PathLike)) else repr(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    def spy_os_open(file: object, *args: object, **kwargs: object) -> int:
        opened.append(os.fspath(file))  # type: ignore[arg-type]
        return real_os_open(file, *args, **kwargs)  # type: ignore[arg-type]

    result = hostile_result()
    builtins.open = spy_open  # type: ignore[assignment]
    os.open = spy_os_open  # type: ignore[assignment]
    try:
        write_report(path, result, include_comments=True, certificates=3)
        write_certificates(out / "certs.pdf", result, 8)
    finally:
        builtins.open = real_open
        os.open = real_os_open
    return path, pdftotext(path), opened


def test_builds_and_is_a_valid_pdf(hostile_pdf: tuple[Path, str, list[str]]) -> None:
    import subprocess

    path, _text, _opened = hostile_pdf
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True,
                          timeout=60).returncode == 0
    assert_fonts_embedded(path)


@pytest.mark.parametrize("literal", [
    '<img src="/etc/passwd"> Co.',
    '<font name="x">Fonted</font> Ltd.',
    "Ampersands &amp; & &#x41; &lt;",
    "<b>Unclosed bold",
    "<para>Para</para> Group",
    "شركة الابتكار",
    '<img src="/etc/passwd"/> look at <a href="file:///etc">this</a>',
    "<font name='/etc/passwd'>Judge</font>",
    "<br/><br/><br/>&nbsp;",
    "<i>Organizational Structure",
])
def test_literal_text_survives(hostile_pdf: tuple[Path, str, list[str]], literal: str) -> None:
    # Arabic is printed in its joined presentation forms; they fold back to the letters
    assert literal in unicodedata.normalize("NFKC", hostile_pdf[1])


def test_arabic_letters_are_joined_and_read_right_to_left(
        hostile_pdf: tuple[Path, str, list[str]]) -> None:
    # pdftotext gives the logical order back; joined forms (initial sheen U+FEB7, lam-alef
    # U+FEFB) prove the shaping, isolated ones would mean letters printed apart
    assert "\ufeb7\ufeae\ufedb\ufe94 \ufe8d\ufefb\ufe91\ufe98\ufedc\ufe8e\ufead" in hostile_pdf[1]


def test_long_texts_wrap_and_print_in_full(hostile_pdf: tuple[Path, str, list[str]]) -> None:
    text = squash(hostile_pdf[1])
    # page footers interrupt a text that runs over a page break: compare piece by piece
    for long_text in (LONG, LONG_WORD, LONG_CJK):
        flat = squash(long_text)
        for i in range(0, len(flat), 500):
            chunk = flat[i:i + 60]
            assert chunk in text, (long_text[:20], i)
    assert text.count("X" * 40) >= 10_000 // 120  # the long word was split, not cut


def test_control_characters_removed(hostile_pdf: tuple[Path, str, list[str]]) -> None:
    text = hostile_pdf[1]
    assert "Ctl[31mRed Inc.evil" in text
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f\u202e]", text)


def test_emoji_and_cjk_do_not_break(hostile_pdf: tuple[Path, str, list[str]]) -> None:
    assert "Emoji Works" in hostile_pdf[1]
    assert "海湾人单合一模式零距离" in hostile_pdf[1]


def test_nothing_outside_the_allowed_places_is_opened(
        hostile_pdf: tuple[Path, str, list[str]]) -> None:
    path, _text, opened = hostile_pdf
    allowed = [str(path.parent.resolve())]
    allowed += [str(d.resolve()) for d in fonts.font_dirs()]
    allowed += [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"],
                sysconfig.get_paths()["platlib"], sys.prefix, sys.base_prefix]
    assert opened, "the spy saw nothing: the test would prove nothing"
    for name in opened:
        if name.startswith("<"):
            continue  # file descriptors and in-memory buffers
        resolved = str(Path(name).resolve())
        assert any(resolved == a or resolved.startswith(a.rstrip("/") + "/")
                   for a in allowed), name
    assert not any("passwd" in name for name in opened)


def test_markup_escapes_everything() -> None:
    m = fonts.markup('<img src="/etc/passwd"> & <b>')
    assert "<img" not in m and "<b>" not in m
    assert "&lt;img" in m and "&amp;" in m
    # CJK runs are wrapped in our own font tag only
    assert fonts.markup("A海B") == f'A<font name="{fonts.CJK}">海</font>B'
