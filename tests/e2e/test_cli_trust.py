"""The chain of trust from the command line: pinned organizers, chairs, result signers and
the report's refusal (a look-alike package, a foreign-signed or unsigned result)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.cli_runner import zerodx

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORK = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
DRAFT = "DRAFT — NOT VERIFIED"


@dataclass
class World:
    tmp: Path
    org: Path  # homes
    judge: Path
    chair: Path
    mallory: Path
    fp: dict[str, str]
    package: Path  # genuine, chair named with --chair
    fake: Path  # same panel id, signed by mallory
    sheet: Path
    panel_id: str


def _ok(r):  # type: ignore[no-untyped-def]
    assert r.code == 0, r.err + r.out
    return r


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    tmp = tmp_path_factory.mktemp("trust")
    homes = {n: tmp / n for n in ("org", "judge", "chair", "mallory")}
    fp = {}
    for name, home in homes.items():
        _ok(zerodx("identity", "new", "--name", name.title(), "--email", f"{name}@x.org",
                   home=home))
        _ok(zerodx("identity", "card", "--out", tmp / f"{name}.zdxjudge", home=home))
        fp[name] = json.loads(_ok(zerodx("identity", "show", "--json", home=home)).out
                              )["fingerprint"]
    nominees = tmp / "nominees"
    for nid, name in (("n-1", "Alpha Co."), ("n-2", "Beta Ltd.")):
        (nominees / nid).mkdir(parents=True)
        (nominees / nid / "nominee.json").write_text(json.dumps({"id": nid, "name": name}))
    package = tmp / "panel.zdxpanel"
    r = _ok(zerodx("panel", "build", "--title", "Trust panel", "--framework", FRAMEWORK,
                   "--nominees", nominees, "--judge", tmp / "judge.zdxjudge",
                   "--chair", tmp / "chair.zdxjudge", "--out", package, home=homes["org"]))
    assert "Chair (" + fp["chair"] in r.out
    shown = json.loads((tmp / "org" / "known_organizers.json").read_text())
    panel_id = next(iter(shown["panels"]))
    # the look-alike: same id and title, same roster, another signer
    fake = tmp / "fake.zdxpanel"
    _ok(zerodx("panel", "build", "--title", "Trust panel", "--framework", FRAMEWORK,
               "--nominees", nominees, "--judge", tmp / "judge.zdxjudge", "--panel-id",
               panel_id, "--out", fake, home=homes["mallory"]))
    _ok(zerodx("panel", "open", package, home=homes["judge"]))
    criteria = [c["id"] for d in json.loads(FRAMEWORK.read_text())["domains"]
                for dim in d["dimensions"] for c in dim["criteria"]]
    csv = tmp / "scores.csv"
    csv.write_text("nominee_id,criterion_id,level,comment\n" + "".join(
        f"{n},{c},{3 if n == 'n-1' else 2},ok\n" for n in ("n-1", "n-2") for c in criteria))
    _ok(zerodx("score", "--csv", csv, home=homes["judge"]))
    sheet = tmp / "judge.xlsx"
    _ok(zerodx("export", "--out", sheet, home=homes["judge"]))
    return World(tmp, homes["org"], homes["judge"], homes["chair"], homes["mallory"], fp,
                 package, fake, sheet, panel_id)


def _refused_as_look_alike(r, w: World) -> None:  # type: ignore[no-untyped-def]
    assert r.code == 1, r.out + r.err
    assert w.fp["org"] in r.err and w.fp["mallory"] in r.err, r.err
    assert "look-alike" in r.err and "Traceback" not in r.err


def test_look_alike_refused_by_panel_open(world: World) -> None:
    r = zerodx("panel", "open", world.fake, home=world.judge)
    _refused_as_look_alike(r, world)
    # the genuine package still opens (a second time is harmless)
    _ok(zerodx("panel", "open", world.package, home=world.judge))


def test_look_alike_refused_by_merge_verify_and_report(world: World, tmp_path: Path) -> None:
    home = tmp_path / "chair-copy"
    shutil.copytree(world.chair, home)
    _ok(zerodx("verify", world.sheet, "--panel", world.package, home=home))  # pins
    _refused_as_look_alike(zerodx("verify", world.sheet, "--panel", world.fake, home=home),
                           world)
    out = tmp_path / "result.xlsx"
    _refused_as_look_alike(zerodx("merge", "--panel", world.fake, "--out", out, world.sheet,
                                  home=home), world)
    assert not out.exists()
    _ok(zerodx("merge", "--panel", world.package, "--out", out, world.sheet, home=home))
    _refused_as_look_alike(zerodx("report", out, "--panel", world.fake, "--out",
                                  tmp_path / "r.pdf", home=home), world)
    assert not (tmp_path / "r.pdf").exists()


def test_stated_organizer_refuses_a_first_seen_look_alike_and_overrides_the_pin(
        world: World, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    # first use would trust anything: stating the key is what protects a new home
    r = zerodx("verify", world.sheet, "--panel", world.fake, "--organizer", world.fp["org"],
               home=fresh)
    assert r.code == 1 and world.fp["mallory"] in r.err and world.fp["org"] in r.err
    assert not (fresh / "known_organizers.json").exists() or world.panel_id not in (
        fresh / "known_organizers.json").read_text()
    _ok(zerodx("verify", world.sheet, "--panel", world.package, "--organizer",
               world.fp["org"], home=fresh))
    # a home pinned to the organizer takes another key only when it is stated
    _refused_as_look_alike(zerodx("panel", "open", world.fake, home=fresh), world)
    _ok(zerodx("verify", world.sheet, "--panel", world.fake, "--organizer",
               world.fp["mallory"][len("SHA256:"):], home=fresh))
    pins = json.loads((fresh / "known_organizers.json").read_text())["panels"]
    assert pins[world.panel_id]["fingerprint"] == world.fp["mallory"]


def test_result_signed_by_a_named_chair_is_valid_and_prints_a_final_report(
        world: World, tmp_path: Path) -> None:
    home = tmp_path / "chair"
    shutil.copytree(world.chair, home)
    out, pdf = tmp_path / "result.xlsx", tmp_path / "merged.pdf"
    r = _ok(zerodx("merge", "--panel", world.package, "--out", out, "--pdf", pdf, world.sheet,
                   home=home))
    assert "DRAFT" not in r.out
    r = _ok(zerodx("verify", out, "--json", home=home))
    doc = r.json()
    assert doc["status"] == "valid" and doc["signer"] == "Chair"
    assert doc["fingerprint"] == world.fp["chair"]
    r = _ok(zerodx("verify", out, home=home))
    assert "signed by Chair" in r.out
    # the organizer's home (it built the package, so it knows the chairs) agrees
    assert zerodx("verify", out, "--json", home=world.org).json()["status"] == "valid"
    report = tmp_path / "report.pdf"
    r = _ok(zerodx("report", out, "--out", report, "--certificates", "1", home=home))
    assert "DRAFT" not in r.out
    for page in _pages(report) + _pages(pdf):
        assert "DRAFT" not in page
    assert "FINAL REPORT" in _pages(report)[0]


def test_foreign_signed_result_refused_unless_draft(world: World, tmp_path: Path) -> None:
    mallory = tmp_path / "mallory"
    shutil.copytree(world.mallory, mallory)
    forged = tmp_path / "forged.xlsx"
    # Mallory merges the genuine package (stating its key) and signs the result herself
    _ok(zerodx("merge", "--panel", world.package, "--organizer", world.fp["org"], "--out",
               forged, world.sheet, home=mallory))
    home = tmp_path / "chair"
    shutil.copytree(world.chair, home)
    _ok(zerodx("panel", "open", world.package, home=home))
    r = zerodx("verify", forged, "--json", home=home)
    assert r.code == 1 and r.json()["status"] == "unknown_signer"
    assert r.json()["signer"] == "Mallory"
    report = tmp_path / "report.pdf"
    r = zerodx("report", forged, "--out", report, "--certificates", "2", home=home)
    assert r.code == 1 and "unknown_signer" in r.err and "--draft" in r.err
    assert "Mallory" in r.err and not report.exists()
    r = _ok(zerodx("report", forged, "--out", report, "--certificates", "2", "--draft",
                   home=home))
    assert "DRAFT" in r.out
    for pdf in (report, tmp_path / "report-certificates.pdf"):
        pages = _pages(pdf)
        assert pages and all(DRAFT in p for p in pages), pdf


def test_unsigned_result_refused_and_merge_pdf_gives_a_draft(world: World,
                                                            tmp_path: Path) -> None:
    bare = tmp_path / "bare"  # no identity: merge writes an unsigned result
    out, pdf = tmp_path / "result.xlsx", tmp_path / "merged.pdf"
    r = _ok(zerodx("merge", "--panel", world.package, "--out", out, "--pdf", pdf, world.sheet,
                   home=bare))
    assert "UNSIGNED" in r.out and "DRAFT" in r.out
    pages = _pages(pdf)
    assert pages and all(DRAFT in p for p in pages)
    r = zerodx("report", out, "--out", tmp_path / "r.pdf", home=bare)
    assert r.code == 1 and "unsigned" in r.err and not (tmp_path / "r.pdf").exists()
    _ok(zerodx("report", out, "--out", tmp_path / "r.pdf", "--draft", home=bare))
    assert all(DRAFT in p for p in _pages(tmp_path / "r.pdf"))
    r = zerodx("verify", out, "--json", home=bare)
    assert r.code == 1 and r.json()["status"] == "unsigned" and r.json()["signer"] is None


def test_old_package_without_chairs_still_opens(world: World, tmp_path: Path) -> None:
    """A package from before chairs existed has no "chairs" key: it reads, and only the
    organizer may sign its result."""
    home = tmp_path / "h"
    pkg = tmp_path / "old.zdxpanel"
    _ok(zerodx("panel", "build", "--title", "Old panel", "--framework", FRAMEWORK,
               "--nominees", world.tmp / "nominees", "--judge", world.tmp / "judge.zdxjudge",
               "--out", pkg, home=world.org))
    import zipfile

    with zipfile.ZipFile(pkg) as zf:
        assert "chairs" not in json.loads(zf.read("panel.json"))
    _ok(zerodx("panel", "open", pkg, home=home))
