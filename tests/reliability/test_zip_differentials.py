"""Archives that readers disagree about: a reader walking the local headers, one honouring the
Info-ZIP Unicode name, one reading extra-field lengths as signed numbers, would each find a
forged Scores sheet in a genuine, signed score sheet whose directory shows the genuine one.
Every such file must be refused before any cell is read (formats/limits.py), and the
as-written shortcut must never take one (formats/xlsx/untrusted.py ``same_parts``)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from tests.factories import make_content, make_framework, make_panel
from tests.reliability.zipkit import M, build, deflate, forge_crc, genuine_parts
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet import write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import Identity

SIGNED = b'<c r="G2"><v>1</v></c>'
FORGED = b'<c r="G2"><v>4</v></c>'


def _members(path: Path) -> tuple[list[M], dict[str, M]]:
    ms = [M(n, d) for n, d in genuine_parts(path)]
    return ms, {m.name.decode(): m for m in ms}


def unicode_name(path: Path) -> bytes:
    """The member stored as docProps/core.xml (never compared) holds a forged sheet and says,
    in a 0x7075 extra field, that its name is xl/worksheets/sheet1.xml (and the other way)."""
    ms, by = _members(path)
    core, s1 = by["docProps/core.xml"], by["xl/worksheets/sheet1.xml"]
    forged = M("docProps/core.xml", s1.data.replace(SIGNED, FORGED, 1))

    def unicode_path(raw: bytes, new: bytes) -> bytes:
        body = struct.pack("<BI", 1, zlib.crc32(raw)) + new
        return struct.pack("<HH", 0x7075, len(body)) + body

    forged.cextra = forged.lextra = unicode_path(b"docProps/core.xml",
                                                 b"xl/worksheets/sheet1.xml")
    s1.cextra = s1.lextra = unicode_path(b"xl/worksheets/sheet1.xml", b"docProps/core.xml")
    ms[ms.index(core)] = forged
    return build(ms)


def hidden_local_header(path: Path) -> bytes:
    """A second local header for xl/worksheets/sheet1.xml after the end of core.xml's
    compressed stream, which the directory counts and its local header does not."""
    ms, by = _members(path)
    core = by["docProps/core.xml"]
    alt = by["xl/worksheets/sheet1.xml"].data.replace(SIGNED, FORGED, 1)
    packed = deflate(alt)
    name = b"xl/worksheets/sheet1.xml"
    hidden = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, zlib.crc32(alt),
                         len(packed), len(alt), len(name), 0) + name + packed
    real = core.comp
    core.comp = real + hidden
    core.csize = len(core.comp)
    core.l = {"csize": len(real)}
    order = [m for m in ms if m is not core] + [core]
    return build(order, cd_order=ms)


def negative_extra_length(path: Path) -> bytes:
    """sheet1's local extra field is 0x8000 bytes or more: read as a negative length, it
    points back into styles.xml's extra field, which holds a forged sheet with the same size
    and checksum."""
    ms, by = _members(path)
    s1 = by["xl/worksheets/sheet1.xml"]
    alt = s1.data.replace(SIGNED, FORGED, 1)
    sel = b'<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    pad = b"<!--" + b"a" * (len(sel) - 7) + b"-->"
    alt = alt.replace(sel, pad, 1)
    start = alt.index(pad) + 4
    alt = forge_crc(alt, s1.crc, list(range(start, start + len(sel) - 7)))
    assert len(alt) == len(s1.data) and zlib.crc32(alt) == s1.crc
    alt_comp = deflate(alt)
    size = max(len(alt_comp), len(s1.comp))
    s1.comp += b"\0" * (size - len(s1.comp))
    s1.csize = size
    alt_comp += b"\0" * (size - len(alt_comp))
    prev = by["xl/styles.xml"]
    order = [m for m in ms if m is not s1]
    order.insert(order.index(prev) + 1, s1)
    prev.lextra = alt_comp
    s1.lextra = b"\0" * (65536 - (30 + len(s1.name) + len(prev.lextra) + prev.csize))
    assert len(s1.lextra) >= 0x8000
    return build(order, cd_order=ms)


def overlong_stream(path: Path) -> bytes:
    """sheet1's stream unpacks to more than its declared size (the genuine sheet, then more)."""
    ms, by = _members(path)
    s1 = by["xl/worksheets/sheet1.xml"]
    s1.comp = deflate(s1.data + b"<!-- more -->")
    s1.csize = len(s1.comp)
    return build(ms)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    fw = make_framework()
    judge = Identity.generate("Ada Lovelace", "ada@example.org")
    panel = make_panel(fw, [judge])
    path = tmp_path_factory.mktemp("zip") / "genuine.xlsx"
    write_score_sheet(path, make_content(fw), fw, panel, judge)
    assert SIGNED in dict(genuine_parts(path))["xl/worksheets/sheet1.xml"]
    return path, panel


@pytest.mark.parametrize("craft", [unicode_name, hidden_local_header, negative_extra_length],
                         ids=lambda f: f.__name__)
def test_an_archive_readers_disagree_about_is_refused(genuine, craft, tmp_path) -> None:
    path, panel = genuine
    bad = tmp_path / "crafted.xlsx"
    bad.write_bytes(craft(path))
    v = verify_score_sheet(bad, panel)
    assert v.status is Status.UNREADABLE
    assert "headers disagree" in v.message


def test_a_stream_longer_than_declared_is_never_valid(genuine, tmp_path) -> None:
    path, panel = genuine
    bad = tmp_path / "overlong.xlsx"
    bad.write_bytes(overlong_stream(path))
    assert verify_score_sheet(bad, panel).status is not Status.VALID


def test_the_genuine_file_rebuilt_by_the_kit_is_still_valid(genuine, tmp_path) -> None:
    """The kit itself makes sound archives: the refusals above are the crafting's."""
    path, panel = genuine
    copy = tmp_path / "rebuilt.xlsx"
    copy.write_bytes(build([M(n, d) for n, d in genuine_parts(path)]))
    assert verify_score_sheet(copy, panel).status is Status.VALID
