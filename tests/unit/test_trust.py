"""services.trust: the home's pinned organizers, the signer rule applied before a package's
contents are read, and who may sign a result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.framework import framework_from_dict
from zerodx_desktop.core.panel import JudgeEntry, Panel
from zerodx_desktop.formats.package import read_panel_package
from zerodx_desktop.formats.package_build import build_panel_package
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.services import trust

FRAMEWORK = json.loads((Path(__file__).resolve().parents[2] / "data" / "frameworks"
                        / "rendanheyi-sample.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def keys() -> dict[str, Identity]:
    return {n: Identity.generate(n.title(), f"{n}@example.org")
            for n in ("olga", "mallory", "judge", "chris")}


def _build(tmp: Path, organizer: Identity, judge: Identity, *, panel_id: str = "p-1",
           round_: int = 1, chairs=(), name: str = "p.zdxpanel") -> Path:  # type: ignore[no-untyped-def]
    nominees = tmp / "nominees"
    if not nominees.exists():
        (nominees / "a").mkdir(parents=True)
        (nominees / "a" / "nominee.json").write_text('{"id": "n-a", "name": "A"}')
    out = tmp / name
    build_panel_package(title="Trust", framework=framework_from_dict(FRAMEWORK),
                        nominees_dir=nominees, judges=[judge.public], conflicts=[],
                        method="mean", round=round_, organizer=organizer, out=out,
                        panel_id=panel_id, chairs=list(chairs))
    return out


def test_first_use_pins_and_a_look_alike_is_refused_before_its_contents_are_read(
        tmp_path: Path, keys: dict[str, Identity], monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    genuine = _build(tmp_path, keys["olga"], keys["judge"])
    fake = _build(tmp_path, keys["mallory"], keys["judge"], name="fake.zdxpanel")
    assert trust.known_organizers(home) == {}
    trust.load_package(home, genuine)
    pin = trust.pinned(home, "p-1")
    assert pin is not None and pin.fingerprint == keys["olga"].fingerprint
    assert pin.name == "Olga" and pin.first_seen

    from zerodx_desktop.formats import package

    interpreted: list[str] = []
    real = package._panel_and_framework
    monkeypatch.setattr(package, "_panel_and_framework",
                        lambda doc, where: interpreted.append(where) or real(doc, where))
    with pytest.raises(trust.LookAlikePackage) as err:
        trust.load_package(home, fake)
    assert keys["olga"].fingerprint in err.value.message
    assert keys["mallory"].fingerprint in err.value.message
    assert interpreted == []  # refused before the panel was interpreted
    # the pin did not move
    assert trust.pinned(home, "p-1").fingerprint == keys["olga"].fingerprint  # type: ignore[union-attr]


def test_stated_organizer_wins_over_first_use_and_over_the_pin(
        tmp_path: Path, keys: dict[str, Identity]) -> None:
    home = tmp_path / "home"
    genuine = _build(tmp_path, keys["olga"], keys["judge"])
    fake = _build(tmp_path, keys["mallory"], keys["judge"], name="fake.zdxpanel")
    with pytest.raises(trust.LookAlikePackage):
        trust.load_package(home, fake, organizer=keys["olga"].fingerprint)
    assert trust.known_organizers(home) == {}  # nothing pinned by a refused package
    trust.load_package(home, genuine)
    # a new key is accepted only when stated (without the SHA256: prefix too); it re-pins
    bare = keys["mallory"].fingerprint.removeprefix("SHA256:")
    trust.load_package(home, fake, organizer=bare)
    assert trust.pinned(home, "p-1").fingerprint == keys["mallory"].fingerprint  # type: ignore[union-attr]
    with pytest.raises(UserError, match="not a key fingerprint"):
        trust.load_package(home, genuine, organizer="SHA256:short")


def test_pins_record_the_chairs_of_the_newest_round(tmp_path: Path,
                                                    keys: dict[str, Identity]) -> None:
    home = tmp_path / "home"
    r1 = _build(tmp_path, keys["olga"], keys["judge"], name="r1.zdxpanel")
    r2 = _build(tmp_path, keys["olga"], keys["judge"], round_=2,
                chairs=[keys["chris"].public, keys["olga"].public], name="r2.zdxpanel")
    pkg2 = read_panel_package(r2)
    # the organizer given as a chair is not listed twice: it always is one
    assert [c.fingerprint for c in pkg2.panel.chairs] == [keys["chris"].fingerprint]
    trust.load_package(home, r2)
    trust.load_package(home, r1)  # an older round does not take the chairs away
    pin = trust.pinned(home, "p-1")
    assert pin is not None and pin.round == 2 and pin.may_sign_result(keys["chris"].fingerprint)
    assert pin.may_sign_result(keys["olga"].fingerprint)
    assert not pin.may_sign_result(keys["mallory"].fingerprint)
    keys_, source = trust.result_signers(home, "p-1")
    assert keys_ == {keys["olga"].fingerprint, keys["chris"].fingerprint}
    assert source == "this home's pin"
    assert trust.result_signers(home, "other") == (set(), "")


def test_a_damaged_pin_file_is_an_error_not_an_empty_list(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / trust.KNOWN_ORGANIZERS).write_text("{not json")
    with pytest.raises(UserError, match="known organizers"):
        trust.pinned(home, "p-1")


def test_a_home_from_before_pins_uses_the_organizer_of_the_panel_it_opened(
        tmp_path: Path, keys: dict[str, Identity]) -> None:
    from zerodx_desktop.services.panels import open_store

    home = tmp_path / "home"
    pkg = read_panel_package(_build(tmp_path, keys["olga"], keys["judge"]))
    with open_store(home) as store:
        store.import_panel(pkg.panel, pkg.blobs())
    assert not (home / trust.KNOWN_ORGANIZERS).exists()
    pin = trust.pinned(home, "p-1")
    assert pin is not None and pin.fingerprint == keys["olga"].fingerprint
    with pytest.raises(trust.LookAlikePackage):
        trust.check_signer(home, "p-1", keys["mallory"].public)


def test_panel_is_chair() -> None:
    org = JudgeEntry("O", "o@x", "ssh-ed25519 AAAA", "SHA256:o")
    chair = JudgeEntry("C", "c@x", "ssh-ed25519 AAAB", "SHA256:c")
    panel = Panel(id="p", title="t", round=1, method="mean", framework={}, organizer=org,
                  chairs=(chair,))
    assert panel.is_chair("SHA256:o") and panel.is_chair("SHA256:c")
    assert not panel.is_chair("SHA256:x")
