"""Fast paths added for the performance budgets give the same answers as the slow ones."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from zerodx_desktop.core import framework as fwmod
from zerodx_desktop.core import stats
from zerodx_desktop.core.errors import FrameworkError


@pytest.fixture()
def sample_doc(repo_root: Path) -> dict[str, Any]:
    path = repo_root / "data" / "frameworks" / "rendanheyi-sample.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_validated_framework_equals_the_fully_validated_one(sample_doc: dict[str, Any]) -> None:
    fwmod._MEMO.clear()
    full = fwmod.framework_from_dict(copy.deepcopy(sample_doc))
    fwmod._MEMO.clear()
    fast = fwmod.framework_from_validated_dict(copy.deepcopy(sample_doc), full.hash)
    assert fast == full
    assert fast.hash == full.hash
    # the memo now answers framework_from_dict for the same document
    assert fwmod.framework_from_dict(copy.deepcopy(sample_doc)) is fast


def test_validated_framework_with_another_hash_is_validated_in_full(
        sample_doc: dict[str, Any]) -> None:
    bad = copy.deepcopy(sample_doc)
    bad["domains"][0]["weight"] = "heavy"  # the schema rejects it
    fwmod._MEMO.clear()
    with pytest.raises(FrameworkError) as exc:
        fwmod.framework_from_validated_dict(bad, "sha256:" + "0" * 64)
    assert "weight" in (exc.value.where or "")
    # a stale hash never lets a changed document through unchecked
    good = fwmod.framework_from_dict(copy.deepcopy(sample_doc))
    with pytest.raises(FrameworkError):
        fwmod.framework_from_validated_dict(bad, good.hash)


def test_store_start_up_path_does_not_import_jsonschema(tmp_path: Path) -> None:
    """Reading a stored panel and its framework (what the app does at start-up) skips the
    jsonschema import: the document was validated in full when the panel was imported."""
    from zerodx_desktop.services.demo import prepare_demo_home

    home = tmp_path / "home"
    panel_id = prepare_demo_home(home)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from zerodx_desktop.core.framework import framework_from_dict\n"
        "from zerodx_desktop.store.store import Store\n"
        f"s = Store.open_home(Path({str(home)!r}))\n"
        f"p = s.panel({panel_id!r})\n"
        "fw = framework_from_dict(p.framework)\n"
        f"assert s.framework({panel_id!r}) is fw\n"
        "assert fw.hash == p.framework_hash, (fw.hash, p.framework_hash)\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.parametrize("judges,units", [(30, 20), (7, 60)])
def test_alpha_for_continuous_totals_matches_the_package(judges: int, units: int) -> None:
    """Judges' totals are continuous (nearly every value distinct), so they take the closed
    form; it gives the package's number."""
    import krippendorff

    rng = np.random.default_rng(judges)
    truth = rng.uniform(30, 90, units)
    totals = truth[None, :] + rng.normal(0, 8, (judges, units))
    totals[rng.random(totals.shape) < 0.05] = np.nan
    expected = krippendorff.alpha(reliability_data=totals, level_of_measurement="interval")
    assert stats.krippendorff_alpha_interval(totals) == pytest.approx(expected, abs=1e-9)
