"""The demo home: a ready panel, and a judge who tries it keeps their own key."""

from __future__ import annotations

from pathlib import Path

from zerodx_desktop.formats.signing import Identity, load_identity, load_public_identity
from zerodx_desktop.services.demo import prepare_demo_home
from zerodx_desktop.services.panels import open_store


def test_demo_home_is_ready_and_partly_scored(home: Path) -> None:
    panel_id = prepare_demo_home(home)
    with open_store(home) as store:
        panel = store.panel(panel_id)
        progress = store.progress(panel_id)
    me = load_public_identity(home)
    assert panel.judge_by_fingerprint(me.fingerprint) is not None
    assert len(panel.nominees) >= 6
    scored = [progress[n.id][0] for n in panel.nominees]
    assert scored[0] == progress[panel.nominees[0].id][1] > 0  # first nominee complete
    assert 0 < scored[1] < progress[panel.nominees[1].id][1]  # second in progress
    assert all(s == 0 for s in scored[2:])


def test_an_existing_identity_is_kept_and_put_on_the_demo_roster(home: Path) -> None:
    mine = Identity.generate("Ana Judge", "ana@example.org")
    mine.save(home, "my own passphrase", rounds=4)
    panel_id = prepare_demo_home(home)
    assert load_public_identity(home).fingerprint == mine.fingerprint
    assert load_identity(home, "my own passphrase").fingerprint == mine.fingerprint
    with open_store(home) as store:
        assert store.panel(panel_id).judge_by_fingerprint(mine.fingerprint) is not None
