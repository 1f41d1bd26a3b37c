"""Hostile panel packages, each made by the test: every one is refused with a clear message,
and reading it writes nothing anywhere (home, working folder, temp folder, the store)."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import struct
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from zerodx_desktop.core.canonical import canonical_json
from zerodx_desktop.core.errors import PackageError, SignatureError
from zerodx_desktop.core.framework import framework_from_dict
from zerodx_desktop.formats.package import SIG_NAMESPACE, read_panel_package
from zerodx_desktop.formats.package_build import build_panel_package
from zerodx_desktop.formats.signing import Identity

FRAMEWORK_DOC = {
    "format": "zerodx-framework/1", "id": "tiny", "version": "1", "title": "Tiny",
    "scale": {"min": 1, "max": 2, "levels": [{"value": 1, "label": "Low"},
                                             {"value": 2, "label": "High"}]},
    "domains": [{"id": "d", "title": "D", "dimensions": [
        {"id": "m", "title": "M", "criteria": [{"id": "c", "question": "Q?"}]}]}],
}
REPORT = b"%PDF-1.4\n" + bytes(range(256)) * 16


@dataclass
class Base:
    """A genuine signed package, and what is needed to forge variants of it."""

    path: Path
    organizer: Identity
    members: dict[str, bytes]
    doc: dict

    @property
    def report_member(self) -> str:
        return "files/" + hashlib.sha256(REPORT).hexdigest()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("base")
    folder = root / "nominees" / "acme"
    folder.mkdir(parents=True)
    (folder / "nominee.json").write_text(json.dumps({
        "id": "n-001", "name": "Acme", "attachments": [{"file": "report.pdf"}]}))
    (folder / "report.pdf").write_bytes(REPORT)
    organizer = Identity.generate("Olga", "olga@example.org")
    judge = Identity.generate("Jo", "jo@example.org")
    out = root / "panel.zdxpanel"
    build_panel_package(title="Hostile test panel", framework=framework_from_dict(FRAMEWORK_DOC),
                        nominees_dir=root / "nominees", judges=[judge.public], conflicts=[],
                        method="mean", round=1, organizer=organizer, out=out)
    with zipfile.ZipFile(out) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    return Base(out, organizer, members, json.loads(members["panel.json"]))


# ----------------------------------------------------------------------------- forging helpers


def write_zip(dst: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]],
              method: int = zipfile.ZIP_DEFLATED) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(dst, "w", method) as zf:
            for name, data in entries:
                zf.writestr(name, data)


def sig_for(doc: dict, who: Identity) -> bytes:
    sig = who.sign(SIG_NAMESPACE, canonical_json(doc))
    return json.dumps({"format": "zerodx-sig/1", "fingerprint": who.fingerprint,
                       "public_key": who.public_key,
                       "signature": base64.b64encode(sig).decode()}).encode()


def signed_entries(b: Base, doc: dict, files: dict[str, bytes] | None = None,
                   ) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    """panel.json + a genuine organizer signature over it + the attachments."""
    files = {k: v for k, v in b.members.items() if k.startswith("files/")} \
        if files is None else files
    return [("panel.json", json.dumps(doc).encode()), ("panel.sig", sig_for(doc, b.organizer)),
            *files.items()]


def genuine_with(b: Base, **replace: bytes | None) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    out: list[tuple[str | zipfile.ZipInfo, bytes]] = []
    for name, data in b.members.items():
        new = replace.get(name, data)
        if new is not None:
            out.append((name, new))
    return out


def central_entries(data: bytes) -> list[tuple[int, bytes]]:
    """(offset, name) of every central-directory header."""
    out = []
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28: pos + 34])
        out.append((pos, data[pos + 46: pos + 46 + name_len]))
        pos = data.find(b"PK\x01\x02", pos + 46 + name_len + extra_len + comment_len)
    return out


def patch_central(path: Path, name: bytes, offset: int, fmt: str, value: int) -> None:
    data = bytearray(path.read_bytes())
    for pos, n in central_entries(bytes(data)):
        if n == name:
            struct.pack_into(fmt, data, pos + offset, value)
            break
    else:  # pragma: no cover - a broken test
        raise AssertionError(f"no central entry {name!r}")
    path.write_bytes(bytes(data))


# ----------------------------------------------------------------------------- the cases


def raw_zip(dst: Path, entries: Iterable[tuple[str, bytes, int, int]]) -> None:
    """Write a zip by hand from (name, deflated data, crc, size): lets a test store data it
    compressed itself, so a 200 MB bomb costs a few milliseconds to make."""
    local, central = bytearray(), bytearray()
    count = 0
    for name, data, crc, size in entries:
        count += 1
        raw = name.encode()
        offset = len(local)
        local += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data),
                             size, len(raw), 0) + raw + data
        central += struct.pack("<4s6H3I5HII", b"PK\x01\x02", 0x314, 20, 0, 8, 0, 0x21, crc,
                               len(data), size, len(raw), 0, 0, 0, 0, 0o100644 << 16,
                               offset) + raw
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count,
                      len(central), len(local), 0)
    dst.write_bytes(bytes(local + central + end))


def deflated(data: bytes) -> tuple[bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def zip_bomb(b: Base, dst: Path) -> None:
    """200 MB of zeros in ~200 KB: one fully flushed deflate block of 1 MB of zeros, repeated
    (a full flush resets the compressor, so every copy decodes the same)."""
    mib = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(mib) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(200):
        crc = zlib.crc32(mib, crc)
    bomb = block * 200 + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    raw_zip(dst, [("panel.json", *deflated(b.members["panel.json"])),
                  ("panel.sig", *deflated(b.members["panel.sig"])),
                  (b.report_member, bomb, crc, 200 << 20)])


def lying_header(b: Base, dst: Path) -> None:
    """panel.json declares 40 bytes but its deflated data unpacks to 4 MB."""
    big = b.members["panel.json"] + b" " * (4 << 20)
    write_zip(dst, [("panel.json", big), ("panel.sig", b.members["panel.sig"])])
    patch_central(dst, b"panel.json", 24, "<I", 40)


def traversal(name: str) -> Callable[[Base, Path], None]:
    def make(b: Base, dst: Path) -> None:
        info = zipfile.ZipInfo("placeholder")
        info.filename = name  # ZipInfo() would rewrite a backslash on Windows
        write_zip(dst, [*genuine_with(b), (info, b"owned")])
    return make


def symlink_member(b: Base, dst: Path) -> None:
    info = zipfile.ZipInfo(b.report_member)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    write_zip(dst, [*genuine_with(b, **{b.report_member: None}), (info, b"/etc/passwd")])


def duplicate_names(b: Base, dst: Path) -> None:
    evil = json.loads(b.members["panel.json"])
    evil["title"] = "Second copy"
    write_zip(dst, [*genuine_with(b), ("panel.json", json.dumps(evil).encode())])


def duplicate_case_names(b: Base, dst: Path) -> None:
    write_zip(dst, [*genuine_with(b), ("PANEL.JSON", b"{}")])


def truncated(b: Base, dst: Path) -> None:
    data = b.path.read_bytes()
    dst.write_bytes(data[: len(data) * 2 // 3])


def corrupt_data(b: Base, dst: Path) -> None:
    """Bytes inside the stored attachment flipped; headers intact (CRC must catch it)."""
    write_zip(dst, genuine_with(b), method=zipfile.ZIP_STORED)
    data = bytearray(dst.read_bytes())
    at = data.find(REPORT[100:140])
    data[at: at + 8] = b"CORRUPT!"
    dst.write_bytes(bytes(data))


def many_members(b: Base, dst: Path) -> None:
    empty = deflated(b"")
    raw_zip(dst, [("panel.json", *deflated(b.members["panel.json"])),
                  *((f"files/{i:064x}", *empty) for i in range(19_999))])  # 20,000 in all


def zip64_claims_a_billion(b: Base, dst: Path) -> None:
    """A zip64 end record claiming 10**9 members (zipfile would try to read them all)."""
    raw_zip(dst, [("panel.json", *deflated(b.members["panel.json"]))])
    data = bytearray(dst.read_bytes())
    end = data[-22:]
    cd_size, cd_offset = struct.unpack("<II", end[12:20])
    del data[-22:]
    rec_at = len(data)
    data += struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 10**9, 10**9,
                        cd_size, cd_offset)
    data += struct.pack("<4sIQI", b"PK\x06\x07", 0, rec_at, 1)
    data += struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                        0xFFFFFFFF, 0)
    dst.write_bytes(bytes(data))


def member_count_lies(b: Base, dst: Path) -> None:
    """The end record claims 2 members; the directory really lists 20,000."""
    many_members(b, dst)
    data = bytearray(dst.read_bytes())
    struct.pack_into("<HH", data, len(data) - 22 + 8, 2, 2)
    dst.write_bytes(bytes(data))


def bad_json(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.json": b'{"format": "zerodx-panel/1", "id": '}))


def nan_json(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.json": b'{"format": "zerodx-panel/1", "x": NaN}'}))


def deep_json(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.json": b"[" * 200_000 + b"]" * 200_000}))


def nested_under_recursion_limit(b: Base, dst: Path) -> None:
    """Nesting json.loads accepts but that would overflow a recursive walk later on."""
    doc = dict(b.doc)
    doc["x-deep"] = json.loads("[" * 900 + "]" * 900)
    write_zip(dst, genuine_with(b, **{"panel.json": json.dumps(doc).encode()}))


def wrong_hash(b: Base, dst: Path) -> None:
    """The attachment's bytes replaced (same size): panel.json and its signature untouched."""
    fake = b"%PDF-1.4\n" + b"\x00" * (len(REPORT) - 9)
    write_zip(dst, genuine_with(b, **{b.report_member: fake}))


def missing_attachment(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{b.report_member: None}))


def unlisted_file(b: Base, dst: Path) -> None:
    extra = b"not listed anywhere"
    write_zip(dst, [*genuine_with(b), ("files/" + hashlib.sha256(extra).hexdigest(), extra)])


def non_utf8_name(b: Base, dst: Path) -> None:
    """A member name with byte 0xE9 (Latin-1 é) and the UTF-8 flag unset."""
    write_zip(dst, [*genuine_with(b), ("files/notes_X.txt", b"x")])
    data = dst.read_bytes().replace(b"files/notes_X.txt", b"files/notes_\xe9.txt")
    dst.write_bytes(data)


def huge_string(b: Base, dst: Path) -> None:
    """panel.json with a 50 MB title (stored, so only the size can give it away)."""
    doc = dict(b.doc, title="A" * (50 << 20))
    write_zip(dst, [("panel.json", json.dumps(doc).encode()),
                    ("panel.sig", b.members["panel.sig"])], method=zipfile.ZIP_STORED)


def long_signed_title(b: Base, dst: Path) -> None:
    """Within the size limits and signed by the real organizer key, but the schema says no."""
    doc = dict(b.doc, title=base64.b64encode(os.urandom(75_000)).decode())
    write_zip(dst, signed_entries(b, doc))


def signed_bad_conflict(b: Base, dst: Path) -> None:
    doc = dict(b.doc, conflicts=[{"fingerprint": b.doc["judges"][0]["fingerprint"],
                                  "nominee_id": "n-999", "reason": "x"}])
    write_zip(dst, signed_entries(b, doc))


def altered_after_signing(b: Base, dst: Path) -> None:
    doc = json.loads(b.members["panel.json"])
    doc["nominees"][0]["name"] = "Acme (winner)"
    write_zip(dst, genuine_with(b, **{"panel.json": json.dumps(doc).encode()}))


def foreign_signer(b: Base, dst: Path) -> None:
    mallory = Identity.generate("Mallory", "m@example.org")
    write_zip(dst, genuine_with(b, **{"panel.sig": sig_for(b.doc, mallory)}))


def unsigned(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.sig": None}))


def garbage_signature(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.sig": b"\xff\xfe not json"}))


def unexpected_member(b: Base, dst: Path) -> None:
    write_zip(dst, [*genuine_with(b), ("autorun.inf", b"[autorun]\nopen=evil.exe")])


def unexpected_directory(b: Base, dst: Path) -> None:
    write_zip(dst, [*genuine_with(b), (zipfile.ZipInfo("docs/"), b"")])


def no_panel_json(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b, **{"panel.json": None}))


def encrypted_member(b: Base, dst: Path) -> None:
    write_zip(dst, genuine_with(b))
    patch_central(dst, b"panel.json", 8, "<H", 0x1)


def overlapping_members(b: Base, dst: Path) -> None:
    """Two directory entries pointing at the same stored data (the densest bomb design)."""
    write_zip(dst, genuine_with(b))
    patch_central(dst, b"panel.sig", 42, "<I", 0)  # panel.json's local header is at 0


def not_a_zip(b: Base, dst: Path) -> None:
    dst.write_bytes(b"%PDF-1.7\nThis is a PDF renamed to .zdxpanel\n" * 20)


def empty_file(b: Base, dst: Path) -> None:
    dst.write_bytes(b"")


def oversized_file(b: Base, dst: Path) -> None:
    """A 2 GiB + 1 byte sparse file: refused by its size before anything is read."""
    with open(dst, "wb") as fh:
        fh.truncate((2 << 30) + 1)


def framework_swapped(b: Base, dst: Path) -> None:
    """Signed, but the embedded framework differs from its recorded hash."""
    doc = json.loads(b.members["panel.json"])
    doc["framework"]["title"] = "Another framework"
    write_zip(dst, signed_entries(b, doc))


CASES: list[tuple[str, Callable[[Base, Path], None], type[Exception], str]] = [
    ("zip_bomb", zip_bomb, PackageError, r"zip bomb"),
    ("header_lies_about_size", lying_header, PackageError, r"damaged|headers disagree"),
    ("traversal_dotdot", traversal("../evil"), PackageError, r"climbs out"),
    ("traversal_nested", traversal("files/../../evil"), PackageError, r"climbs out"),
    ("absolute_path", traversal("/etc/evil"), PackageError, r"absolute"),
    ("backslash_path", traversal("..\\evil"), PackageError, r"backslash"),
    ("drive_letter", traversal("C:/evil"), PackageError, r"drive letter"),
    ("nul_in_name", traversal("files/evil\x00.pdf"), PackageError, r"NUL"),
    ("symlink_member", symlink_member, PackageError, r"symbolic link"),
    ("duplicate_names", duplicate_names, PackageError, r"same member name twice"),
    ("duplicate_names_by_case", duplicate_case_names, PackageError, r"same member name twice"),
    ("truncated_zip", truncated, PackageError, r"truncated"),
    ("corrupt_member_data", corrupt_data, PackageError, r"damaged|checksum"),
    ("twenty_thousand_members", many_members, PackageError, r"20,000 members"),
    ("zip64_claims_a_billion_members", zip64_claims_a_billion, PackageError,
     r"1,000,000,000 members"),
    ("member_count_understated", member_count_lies, PackageError, r"understates the count"),
    ("bad_json", bad_json, PackageError, r"not valid JSON"),
    ("nan_in_json", nan_json, PackageError, r"NaN"),
    ("deeply_nested_json", deep_json, PackageError, r"nested too deeply"),
    ("nested_under_recursion_limit", nested_under_recursion_limit, PackageError,
     r"nested too deeply"),
    ("attachment_hash_mismatch", wrong_hash, PackageError, r"does not match its checksum"),
    ("attachment_missing", missing_attachment, PackageError, r"missing from the package"),
    ("unlisted_file", unlisted_file, PackageError, r"no nominee lists"),
    ("non_utf8_name", non_utf8_name, PackageError, r"not UTF-8"),
    ("panel_json_50mb_string", huge_string, PackageError, r"panel\.json is too large"),
    ("signed_but_title_too_long", long_signed_title, PackageError,
     r"field title is invalid: it is too long"),
    ("signed_but_conflict_unknown", signed_bad_conflict, PackageError, r"n-999"),
    ("signed_but_framework_swapped", framework_swapped, PackageError, r"recorded hash"),
    ("altered_after_signing", altered_after_signing, SignatureError, r"altered"),
    ("foreign_signer", foreign_signer, SignatureError, r"not by the organizer"),
    ("unsigned", unsigned, PackageError, r"unsigned package"),
    ("garbage_signature", garbage_signature, SignatureError, r"signature file is not"),
    ("unexpected_member", unexpected_member, PackageError, r"unexpected member"),
    ("unexpected_directory", unexpected_directory, PackageError, r"unexpected member"),
    ("panel_json_missing", no_panel_json, PackageError, r"panel\.json is missing"),
    ("encrypted_member", encrypted_member, PackageError, r"encrypted"),
    ("overlapping_members", overlapping_members, PackageError, r"overlapping"),
    ("not_a_zip", not_a_zip, PackageError, r"a PDF document, not a panel package"),
    ("empty_file", empty_file, PackageError, r"empty"),
    ("oversized_file", oversized_file, PackageError, r"too large"),
]


# ----------------------------------------------------------------------------- the check


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``root`` with its size and a hash of its bytes (sparse giants by size)."""
    out: dict[str, tuple[int, str]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            out[os.path.relpath(os.path.join(dirpath, d), root) + "/"] = (0, "dir")
        for f in filenames:
            p = Path(dirpath, f)
            size = p.stat().st_size
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if size < (64 << 20) else ""
            out[str(p.relative_to(root))] = (size, digest)
    return out


def _store_available() -> bool:
    try:
        return (importlib.util.find_spec("zerodx_desktop.store.store") is not None
                and importlib.util.find_spec("zerodx_desktop.services.panels") is not None)
    except ImportError:
        return False


@pytest.mark.parametrize(("maker", "exc_type", "pattern"),
                         [pytest.param(m, e, p, id=i) for i, m, e, p in CASES])
def test_hostile_package_is_refused_and_nothing_is_written(
        base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        maker: Callable[[Base, Path], None], exc_type: type[Exception], pattern: str) -> None:
    incoming, home, cwd, tmp = (tmp_path / n for n in ("incoming", "home", "cwd", "tmp"))
    for d in (incoming, home, cwd, tmp):
        d.mkdir()
    hostile = incoming / "panel.zdxpanel"
    maker(base, hostile)
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    store_checked = _store_available()
    if store_checked:
        from zerodx_desktop.store.store import Store

        Store.open_home(home).close()  # a real, empty store to compare against
    before = snapshot(tmp_path)

    with pytest.raises(exc_type, match=pattern) as info:
        read_panel_package(hostile)
    err = info.value
    assert isinstance(err, PackageError | SignatureError)
    assert err.where and "panel.zdxpanel" in err.where  # names the file
    assert err.hint  # says what to do
    assert len(err.message) < 600  # no 50 MB echo of the hostile content

    if store_checked:
        from zerodx_desktop.services.panels import open_panel_package

        with pytest.raises(exc_type, match=pattern):
            open_panel_package(home, hostile)
    assert snapshot(tmp_path) == before


def test_the_genuine_package_opens(base: Base) -> None:
    """The base the hostile cases are forged from is itself fine (so each case fails for the
    reason it names, not because the base is broken)."""
    pkg = read_panel_package(base.path)
    assert pkg.signer is not None and pkg.signer.fingerprint == base.organizer.fingerprint
    assert pkg.blob(base.report_member.removeprefix("files/")) == REPORT


def test_member_names_are_never_used_as_paths(base: Base, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a genuine package (and all its blobs) creates no file either."""
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    pkg = read_panel_package(base.path)
    assert [d for d, _ in pkg.blobs()] == [base.report_member.removeprefix("files/")]
    assert snapshot(tmp_path) == before


def test_random_damage_is_refused_cleanly_or_harmless(base: Base, tmp_path: Path) -> None:
    """Flipped, dropped and inserted bytes anywhere in a genuine package: each read either
    succeeds with the genuine contents (the byte was in a field nobody relies on, such as a
    timestamp) or raises PackageError/SignatureError. Never another exception, never a hang."""
    import random

    genuine = base.path.read_bytes()
    expected = read_panel_package(base.path).panel
    rng = random.Random(20261128)
    target = tmp_path / "damaged.zdxpanel"
    outcomes = {"refused": 0, "harmless": 0}
    for _ in range(250):
        data = bytearray(genuine)
        for _ in range(rng.choice((1, 1, 2, 8))):
            at = rng.randrange(len(data))
            op = rng.random()
            if op < 0.7:
                data[at] ^= 1 << rng.randrange(8)
            elif op < 0.85:
                del data[at: at + rng.randrange(1, 64)]
            else:
                data[at:at] = rng.randbytes(rng.randrange(1, 64))
        target.write_bytes(bytes(data))
        try:
            pkg = read_panel_package(target)
        except (PackageError, SignatureError) as exc:
            assert exc.where and exc.hint
            outcomes["refused"] += 1
        else:
            assert pkg.panel == expected
            assert dict(pkg.blobs()) == {base.report_member.removeprefix("files/"): REPORT}
            outcomes["harmless"] += 1
    assert outcomes["refused"] > 150  # the damage really reached the checks


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "panel.zdxpanel"
    os.mkfifo(fifo)
    with pytest.raises(PackageError, match="not a regular file"):
        read_panel_package(fifo)


def test_shared_zip_limits_accept_an_ordinary_workbook_and_refuse_a_bomb(tmp_path: Path) -> None:
    """check_zip_limits is shared with the .xlsx reader: it takes a path too, lets the usual
    workbook part names through and refuses the same hostile shapes."""
    from zerodx_desktop.core.errors import UserError
    from zerodx_desktop.formats.limits import ZipLimits, check_zip_limits

    book = tmp_path / "sheet.xlsx"
    write_zip(book, [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", b"<Relationships/>"),
                     ("xl/workbook.xml", b"<workbook/>"),
                     ("xl/worksheets/sheet1.xml", b"<sheetData>" + b"<row/>" * 5000)])
    names = [i.filename for i in check_zip_limits(book)]
    assert names[0] == "[Content_Types].xml" and len(names) == 4

    with pytest.raises(UserError, match="zip bomb"):
        check_zip_limits(book, limits=ZipLimits(max_ratio=2, ratio_floor=1000), error=UserError)
    with pytest.raises(UserError, match="4 members"):
        check_zip_limits(book, limits=ZipLimits(max_members=3), error=UserError)
    evil = tmp_path / "evil.xlsx"
    write_zip(evil, [("xl/../../evil.xml", b"x")])
    with zipfile.ZipFile(evil) as zf, pytest.raises(PackageError, match="climbs out"):
        check_zip_limits(zf, where="evil.xlsx")
