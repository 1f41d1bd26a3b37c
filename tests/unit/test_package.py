"""Panel package: build from nominee folders, read back verified, refuse altered packages."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from zerodx_desktop.core.canonical import canonical_json
from zerodx_desktop.core.errors import PackageError, SignatureError, UserError
from zerodx_desktop.core.framework import framework_from_dict
from zerodx_desktop.core.panel import Conflict
from zerodx_desktop.formats import nominee_dir
from zerodx_desktop.formats.nominee_dir import read_nominee_folder, read_nominees_dir
from zerodx_desktop.formats.package import (
    SIG_NAMESPACE,
    panel_from_dict,
    panel_to_dict,
    read_panel_package,
)
from zerodx_desktop.formats.package_build import build_panel_package
from zerodx_desktop.formats.signing import Identity

FRAMEWORK_DOC = {
    "format": "zerodx-framework/1", "id": "tiny", "version": "1", "title": "Tiny framework",
    "scale": {"min": 1, "max": 3, "levels": [
        {"value": 1, "label": "Low"}, {"value": 2, "label": "Mid"}, {"value": 3, "label": "High"}]},
    "domains": [{"id": "autonomy", "title": "Autonomy", "dimensions": [
        {"id": "leadership", "title": "Leadership", "criteria": [
            {"id": "autonomy.leadership.rights", "question": "Who decides?", "weight": 1.5},
            {"id": "autonomy.leadership.pay", "question": "Who sets pay?"}]}]}],
}
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n" + bytes(range(256)) * 8


def write_nominee(root: Path, folder: str, doc: dict, files: dict[str, bytes] | None = None,
                  ) -> Path:
    d = root / folder
    d.mkdir(parents=True)
    (d / "nominee.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for name, data in (files or {}).items():
        (d / name).write_bytes(data)
    return d


@pytest.fixture(scope="module")
def organizer() -> Identity:
    return Identity.generate("Olga Organizer", "olga@example.org")


@pytest.fixture(scope="module")
def judges() -> list[Identity]:
    return [Identity.generate("Ann Judge", "ann@example.org"),
            Identity.generate("李明", "li@example.cn")]


@pytest.fixture
def framework():
    return framework_from_dict(json.loads(json.dumps(FRAMEWORK_DOC)))


@pytest.fixture
def nominees(tmp_path: Path) -> Path:
    root = tmp_path / "nominees"
    write_nominee(root, "zeta", {
        "id": "n-002", "name": "Zeta Ltd", "country": "CN", "category": "Ecosystem",
        "summary": "Micro-enterprises with the three rights.",
        "sections": [{"title": "Story", "body": "Zero distance to users."}],
        "attachments": [{"file": "annual-report.pdf", "title": "Annual report"},
                        {"file": "photo.png"}]},
        {"annual-report.pdf": PDF, "photo.png": b"\x89PNG\r\n\x1a\n" + b"\x01" * 300})
    write_nominee(root, "alpha", {"id": "n-001", "name": "Alpha Co."},)
    return root


def build(tmp_path, framework, nominees, organizer, judges, **kw):
    args = dict(title="Awards 2026 — Final", framework=framework, nominees_dir=nominees,
                judges=[j.public for j in judges], conflicts=[], method="median", round=2,
                organizer=organizer, out=tmp_path / "panel.zdxpanel")
    args.update(kw)
    return build_panel_package(**args)


def rewrite(src: Path, dst: Path, change) -> None:
    """Copy a zip member by member; ``change(name, data)`` returns new bytes or None to drop."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)


# ----------------------------------------------------------------------------- build + read


def test_build_and_read_back(tmp_path, framework, nominees, organizer, judges):
    conflict = Conflict(judges[1].fingerprint, "n-002", "former employee")
    built = build(tmp_path, framework, nominees, organizer, judges, conflicts=[conflict])
    pkg = read_panel_package(tmp_path / "panel.zdxpanel")

    assert pkg.panel == built.panel
    assert pkg.signer is not None and pkg.signer.fingerprint == organizer.fingerprint
    assert pkg.panel.organizer is not None
    assert pkg.panel.organizer.fingerprint == organizer.fingerprint
    assert pkg.sha256 == hashlib.sha256((tmp_path / "panel.zdxpanel").read_bytes()).hexdigest()
    panel = pkg.panel
    assert panel.title == "Awards 2026 — Final"
    assert panel.round == 2 and panel.method == "median"
    assert panel.id.startswith("awards-2026-final-")
    assert [n.id for n in panel.nominees] == ["n-001", "n-002"]
    assert [j.fingerprint for j in panel.judges] == [j.fingerprint for j in judges]
    assert panel.is_conflicted(judges[1].fingerprint, "n-002")
    assert not panel.is_conflicted(judges[0].fingerprint, "n-002")
    assert pkg.framework.hash == framework.hash == panel.framework_hash
    assert [c.id for c in pkg.framework.criteria()] == [c.id for c in framework.criteria()]

    zeta = panel.nominee("n-002")
    assert zeta.sections[0].body == "Zero distance to users."
    report, photo = zeta.attachments
    assert (report.file, report.title, report.size, report.media_type) == (
        "annual-report.pdf", "Annual report", len(PDF), "application/pdf")
    assert report.sha256 == hashlib.sha256(PDF).hexdigest()
    assert photo.media_type == "image/png" and photo.title == "photo.png"
    assert pkg.blob(report.sha256) == PDF
    assert dict(pkg.blobs()) == {report.sha256: PDF, photo.sha256: (nominees / "zeta" /
                                                                    "photo.png").read_bytes()}
    with pytest.raises(KeyError):
        pkg.blob("0" * 64)


def test_member_order_is_fixed_and_names_are_content_addressed(tmp_path, framework, nominees,
                                                               organizer, judges):
    pkg = build(tmp_path, framework, nominees, organizer, judges, panel_id="p-1")
    with zipfile.ZipFile(tmp_path / "panel.zdxpanel") as zf:
        names = zf.namelist()
        sig = json.loads(zf.read("panel.sig"))
        doc = json.loads(zf.read("panel.json"))
    digests = sorted(a.sha256 for n in pkg.panel.nominees for a in n.attachments)
    assert names == ["panel.json", "panel.sig"] + [f"files/{d}" for d in digests]
    assert "annual-report.pdf" not in " ".join(names)
    assert sig["format"] == "zerodx-sig/1" and sig["fingerprint"] == organizer.fingerprint
    assert doc["format"] == "zerodx-panel/1" and doc["id"] == "p-1"
    assert panel_from_dict(doc) == pkg.panel
    assert panel_from_dict(panel_to_dict(pkg.panel)) == pkg.panel
    # building again with the same inputs gives the same members in the same order
    again = build(tmp_path, framework, nominees, organizer, judges, panel_id="p-1",
                  out=tmp_path / "again.zdxpanel")
    assert again.panel.nominees == pkg.panel.nominees
    with zipfile.ZipFile(tmp_path / "again.zdxpanel") as zf:
        assert zf.namelist() == names


def test_repetitive_attachment_is_stored_so_it_is_not_taken_for_a_bomb(tmp_path, framework,
                                                                       organizer, judges):
    root = tmp_path / "nominees"
    blank = b"\x00" * (3 * 1024 * 1024)  # deflates > 1000:1
    write_nominee(root, "a", {"id": "a", "name": "A", "attachments": [{"file": "scan.tif"}]},
                  {"scan.tif": blank})
    pkg = build(tmp_path, framework, root, organizer, judges)
    assert pkg.blob(hashlib.sha256(blank).hexdigest()) == blank


# ----------------------------------------------------------------------------- signature


@pytest.fixture
def package(tmp_path, framework, nominees, organizer, judges) -> Path:
    build(tmp_path, framework, nominees, organizer, judges)
    return tmp_path / "panel.zdxpanel"


def test_tampered_title_fails_the_signature(package, tmp_path):
    def change(name, data):
        if name == "panel.json":
            doc = json.loads(data)
            doc["title"] = "A different panel"
            return json.dumps(doc).encode()
        return data

    rewrite(package, tmp_path / "t.zdxpanel", change)
    with pytest.raises(SignatureError, match="altered after it was signed") as exc:
        read_panel_package(tmp_path / "t.zdxpanel")
    assert "panel.sig" in (exc.value.where or "")
    assert exc.value.hint


def test_unsigned_package_is_refused(package, tmp_path):
    rewrite(package, tmp_path / "u.zdxpanel", lambda n, d: None if n == "panel.sig" else d)
    with pytest.raises(PackageError, match="unsigned package"):
        read_panel_package(tmp_path / "u.zdxpanel")
    pkg = read_panel_package(tmp_path / "u.zdxpanel", require_signature=False)
    assert pkg.signer is None and len(pkg.panel.nominees) == 2


def test_signature_by_someone_else_is_refused(package, tmp_path, organizer):
    mallory = Identity.generate("Mallory", "m@example.org")

    def resign(claim_fingerprint: str):
        def change(name, data):
            if name != "panel.sig":
                return data
            with zipfile.ZipFile(package) as zf:
                doc = json.loads(zf.read("panel.json"))
            sig = mallory.sign(SIG_NAMESPACE, canonical_json(doc))
            return json.dumps({"format": "zerodx-sig/1", "fingerprint": claim_fingerprint,
                               "public_key": mallory.public_key,
                               "signature": base64.b64encode(sig).decode()}).encode()
        return change

    rewrite(package, tmp_path / "w.zdxpanel", resign(mallory.fingerprint))
    with pytest.raises(SignatureError, match="not by the organizer"):
        read_panel_package(tmp_path / "w.zdxpanel")
    rewrite(package, tmp_path / "w2.zdxpanel", resign(organizer.fingerprint))
    with pytest.raises(SignatureError, match="fingerprint does not match"):
        read_panel_package(tmp_path / "w2.zdxpanel")


def test_signature_of_another_namespace_is_refused(package, tmp_path, organizer):
    def change(name, data):
        if name != "panel.sig":
            return data
        with zipfile.ZipFile(package) as zf:
            doc = json.loads(zf.read("panel.json"))
        sig = organizer.sign("zerodx-sheet/1", canonical_json(doc))
        return json.dumps({"format": "zerodx-sig/1", "fingerprint": organizer.fingerprint,
                           "public_key": organizer.public_key,
                           "signature": base64.b64encode(sig).decode()}).encode()

    rewrite(package, tmp_path / "n.zdxpanel", change)
    with pytest.raises(SignatureError, match="altered"):
        read_panel_package(tmp_path / "n.zdxpanel")


def test_changed_attachment_bytes_are_caught(package, tmp_path):
    def change(name, data):
        return data[:-1] + b"X" if name.startswith("files/") else data

    rewrite(package, tmp_path / "a.zdxpanel", change)
    with pytest.raises(PackageError, match="does not match its checksum") as exc:
        read_panel_package(tmp_path / "a.zdxpanel")
    assert "files/" in (exc.value.where or "")
    assert "organizer" in (exc.value.hint or "")


# ----------------------------------------------------------------------------- build errors


def test_conflicts_must_name_roster_judges_and_nominees(tmp_path, framework, nominees,
                                                        organizer, judges):
    stranger = Identity.generate("Stranger", "s@example.org")
    with pytest.raises(UserError, match="not on the roster"):
        build(tmp_path, framework, nominees, organizer, judges,
              conflicts=[Conflict(stranger.fingerprint, "n-001")])
    with pytest.raises(UserError, match="'n-999'"):
        build(tmp_path, framework, nominees, organizer, judges,
              conflicts=[Conflict(judges[0].fingerprint, "n-999")])
    with pytest.raises(UserError, match="unknown method"):
        build(tmp_path, framework, nominees, organizer, judges, method="borda")
    with pytest.raises(UserError, match="listed twice"):
        build(tmp_path, framework, nominees, organizer, [judges[0], judges[0]])
    assert not (tmp_path / "panel.zdxpanel").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["nominees"]  # no temp file left


def test_panel_from_dict_semantic_checks(package, judges):
    with zipfile.ZipFile(package) as zf:
        doc = json.loads(zf.read("panel.json"))

    def bad(mutate, match):
        d = json.loads(json.dumps(doc))
        mutate(d)
        with pytest.raises(PackageError, match=match):
            panel_from_dict(d)

    bad(lambda d: d["conflicts"].append({"fingerprint": "SHA256:" + "A" * 43,
                                         "nominee_id": "n-001"}), "not on the roster")
    bad(lambda d: d["conflicts"].append({"fingerprint": judges[0].fingerprint,
                                         "nominee_id": "n-404"}), "not in the panel")
    bad(lambda d: d["nominees"].append(dict(d["nominees"][0])), "used twice")
    bad(lambda d: d.update(method="borda"), "method")
    bad(lambda d: d.update(round=0), "round")
    bad(lambda d: d["nominees"][0].update(id="n 1"), r"nominees\[0\]\.id")
    bad(lambda d: d.update(framework_hash="sha256:" + "0" * 64), "does not match its recorded")
    bad(lambda d: d["framework"].pop("scale"), "framework inside the package is invalid")
    bad(lambda d: d["judges"][0].update(fingerprint=judges[1].fingerprint),
        "fingerprint does not match")
    bad(lambda d: d.update(format="zerodx-panel/9"), "known format")


# ----------------------------------------------------------------------------- nominee folders


def test_nominee_folder_errors(tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PackageError, match=r"no nominee\.json") as exc:
        read_nominee_folder(empty)
    assert str(empty) in (exc.value.where or "")

    bad_id = write_nominee(tmp_path, "bad-id", {"id": "n 1", "name": "Spaces"})
    with pytest.raises(PackageError, match=r"the field id is invalid"):
        read_nominee_folder(bad_id)

    no_name = write_nominee(tmp_path, "no-name", {"id": "n-1"})
    with pytest.raises(PackageError, match="name"):
        read_nominee_folder(no_name)

    broken = write_nominee(tmp_path, "broken", {})
    (broken / "nominee.json").write_text('{"id": "x", "name": "y",', encoding="utf-8")
    with pytest.raises(PackageError, match="not valid JSON"):
        read_nominee_folder(broken)

    missing = write_nominee(tmp_path, "missing", {"id": "m", "name": "M",
                                                  "attachments": [{"file": "gone.pdf"}]})
    with pytest.raises(PackageError, match=r"'gone\.pdf' is missing"):
        read_nominee_folder(missing)

    climb = write_nominee(tmp_path, "climb", {"id": "c", "name": "C",
                                              "attachments": [{"file": "../x"}]})
    (tmp_path / "x").write_bytes(b"secret")
    with pytest.raises(PackageError, match=r"attachments\[0\]\.file|outside"):
        read_nominee_folder(climb)
    # the path check itself, even if the schema one day allows sub-folders
    for name in ("../x", "sub/../../x", "/etc/passwd", "C:\\x", "..\\x"):
        with pytest.raises(PackageError, match=r"outside|absolute"):
            nominee_dir._attachment_path(climb, name, "nominee.json")

    big = write_nominee(tmp_path, "big", {"id": "b", "name": "B",
                                          "attachments": [{"file": "big.pdf"}]},
                        {"big.pdf": b"x" * 2000})
    monkeypatch.setattr(nominee_dir, "MAX_ATTACHMENT_BYTES", 1000)
    with pytest.raises(PackageError, match="too large"):
        read_nominee_folder(big)


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symlinks")
def test_symlinked_attachment_outside_the_folder_is_refused(tmp_path):
    (tmp_path / "secret.txt").write_bytes(b"do not ship")
    folder = write_nominee(tmp_path, "n", {"id": "n", "name": "N",
                                           "attachments": [{"file": "report.pdf"}]})
    (folder / "report.pdf").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(PackageError, match="leads outside"):
        read_nominee_folder(folder)
    # a link to a file inside the same folder is fine
    (folder / "report.pdf").unlink()
    (folder / "real.pdf").write_bytes(PDF)
    (folder / "report.pdf").symlink_to(folder / "real.pdf")
    nominee, blobs = read_nominee_folder(folder)
    assert nominee.attachments[0].file == "report.pdf"
    assert list(blobs.values()) == [PDF]


def test_nominees_dir_duplicate_ids_name_both_folders(tmp_path):
    write_nominee(tmp_path / "root", "first", {"id": "same", "name": "One"})
    write_nominee(tmp_path / "root", "second", {"id": "same", "name": "Two"})
    with pytest.raises(PackageError, match="'same' is used twice") as exc:
        read_nominees_dir(tmp_path / "root")
    assert "first" in exc.value.message and "second" in exc.value.message

    (tmp_path / "none").mkdir()
    with pytest.raises(PackageError, match="no nominee sub-folders"):
        read_nominees_dir(tmp_path / "none")
    with pytest.raises(PackageError, match="does not exist"):
        read_nominees_dir(tmp_path / "nowhere")


def test_nominees_dir_sorted_by_id_and_shared_files_stored_once(tmp_path):
    root = tmp_path / "root"
    write_nominee(root, "a", {"id": "z-9", "name": "Z", "attachments": [{"file": "r.pdf"}]},
                  {"r.pdf": PDF})
    write_nominee(root, "b", {"id": "a-1", "name": "A", "attachments": [{"file": "same.pdf"}]},
                  {"same.pdf": PDF})
    (root / ".git").mkdir()
    (root / "README.txt").write_text("not a nominee")
    nominees, blobs = read_nominees_dir(root)
    assert [n.id for n in nominees] == ["a-1", "z-9"]
    assert list(blobs) == [hashlib.sha256(PDF).hexdigest()]


# ----------------------------------------------------------------------------- fuzz


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def test_any_mutation_of_panel_json_is_accepted_or_a_package_error(package):
    """Whatever a hostile organizer (or bit rot) puts in panel.json, panel_from_dict either
    builds a Panel or raises PackageError: never a TypeError/KeyError crash."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    with zipfile.ZipFile(package) as zf:
        doc = json.loads(zf.read("panel.json"))
    paths = list(_paths(doc))
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False)
        | st.text(max_size=5) | st.sampled_from(["n-001", "", "x" * 600, "1.5", "-1"]),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
            st.sampled_from(["id", "name", "title", "file", "weight", "x"]), inner, max_size=3),
        max_leaves=6)

    @settings(max_examples=300, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.tuples(st.sampled_from(paths), json_values | st.just(KeyError)),
                    min_size=1, max_size=3))
    def run(mutations):
        d = json.loads(json.dumps(doc))
        for path, value in mutations:
            if not path:
                d = value if value is not KeyError else {}
                continue
            parent = d
            try:
                for key in path[:-1]:
                    parent = parent[key]
                if value is KeyError:
                    del parent[path[-1]]
                else:
                    parent[path[-1]] = value
            except (KeyError, IndexError, TypeError):
                continue
        try:
            panel_from_dict(d)
        except PackageError:
            pass

    run()


def test_blobs_are_checked_again_when_read_later(package, tmp_path):
    pkg = read_panel_package(package)
    digest = hashlib.sha256(PDF).hexdigest()
    assert pkg.blob(digest) == PDF
    # the file is swapped for one whose attachment bytes differ (same size)
    rewrite(package, tmp_path / "swap.zdxpanel",
            lambda n, d: d[:-1] + b"X" if n == f"files/{digest}" else d)
    os.replace(tmp_path / "swap.zdxpanel", package)
    with pytest.raises(PackageError, match="changed since it was opened"):
        pkg.blob(digest)
    package.unlink()
    with pytest.raises(PackageError, match="cannot open"):
        list(pkg.blobs())


def test_a_package_the_reader_would_refuse_is_never_written(tmp_path, framework, nominees,
                                                           organizer):
    long_name = Identity.generate("J" * 400, "j@example.org")  # the roster allows 300
    with pytest.raises(PackageError, match=r"judges\[0\]\.name is invalid: it is too long"):
        build(tmp_path, framework, nominees, organizer, [long_name])
    assert not (tmp_path / "panel.zdxpanel").exists()


@pytest.mark.parametrize(("data", "words"), [
    (b"%PDF-1.7\n%fake\n", "PDF"),
    (b'{"format": "zerodx-judge/1"}', "JSON"),
])
def test_the_wrong_kind_of_file_is_named_plainly(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "panel.zdxpanel"
    path.write_bytes(data)
    with pytest.raises(PackageError, match=words) as info:
        read_panel_package(path)
    assert "harm" not in info.value.message


def test_a_spreadsheet_is_not_a_panel_package(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "scores.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(PackageError, match="spreadsheet"):
        read_panel_package(path)


def test_a_card_whose_fingerprint_is_not_its_key_s_is_refused(tmp_path, framework, nominees,
                                                              organizer, judges):
    import dataclasses

    other = judges[1].public.fingerprint
    bad = dataclasses.replace(judges[0].public, fingerprint=other)
    out = tmp_path / "p.zdxpanel"
    with pytest.raises(UserError) as judge_err:
        build_panel_package(title="T", framework=framework, nominees_dir=nominees, judges=[bad],
                            conflicts=[], method="mean", round=1, organizer=organizer, out=out)
    assert judge_err.value.what == (f"the judge card of {bad.name} has a fingerprint that "
                                    "does not match its key")
    assert judge_err.value.where == other and "Ask the judge" in (judge_err.value.hint or "")
    with pytest.raises(UserError) as chair_err:
        build_panel_package(title="T", framework=framework, nominees_dir=nominees,
                            judges=[j.public for j in judges], chairs=[bad], conflicts=[],
                            method="mean", round=1, organizer=organizer, out=out)
    assert chair_err.value.what == (f"the card of chair {bad.name} has a fingerprint that "
                                    "does not match its key")
    assert "Ask the chair" in (chair_err.value.hint or "")
    assert not out.exists()
