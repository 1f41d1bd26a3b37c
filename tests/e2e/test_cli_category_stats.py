"""Statistics per award category through `merge --json`: each category's own bootstrap
(p_first, rank_interval) and reliability — null with the reason when the category has too
little data — also in the result workbook's category sheets."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import zerodx
from tests.e2e.test_cli_programme import JUDGES, _build, _score_all, prog  # noqa: F401

KEYS = ("krippendorff_alpha_interval", "icc_2_1", "icc_3_1", "icc_2_k", "kendall_w")


def _merge(prog: dict, pkg: Path, tmp: Path, biases: list[int]) -> tuple[dict, Path]:  # type: ignore[type-arg]
    folder = tmp / pkg.stem
    folder.mkdir()
    sheets = [_score_all(prog["homes"][j], pkg, folder, b)
              for j, b in zip(JUDGES, biases, strict=True)]
    out = tmp / f"{pkg.stem}.xlsx"
    r = zerodx("merge", "--panel", pkg, "--out", out, "--json", *sheets,
               home=prog["homes"]["Org"])
    assert r.code == 0, r.err
    return r.json(), out


def test_each_category_has_its_own_bootstrap_and_reliability(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    pkg = tmp_path / "full.zdxpanel"
    assert _build(prog, pkg).code == 0  # every judge scores every nominee
    doc, out = _merge(prog, pkg, tmp_path, [0, 1, 0, 2])
    assert len(doc["categories"]) == 2
    for cat in doc["categories"]:
        rows = cat["ranking"]
        assert len(rows) == 3
        assert all(row["p_first"] is not None for row in rows)
        # within the category the first place is shared among its own nominees only
        assert abs(sum(row["p_first"] for row in rows) - 1.0) < 0.01
        for row in rows:
            lo, hi = row["rank_interval"]
            assert 1 <= lo <= hi <= 3
        rel, notes = cat["reliability"], cat["reliability_notes"]
        assert set(rel) == set(KEYS)
        for key in KEYS:  # a value, or null with its reason
            assert (rel[key] is not None) != (key in notes["reasons"]), (key, rel, notes)
        assert notes["n_nominees"] == 3 and notes["n_judges"] == 4
        assert rel["icc_2_1"] is not None
    # (both categories sum to 1 on their own, which the overall figures cannot both do)
    # the overall ranking spans both categories: its p_first sums to 1 over all six
    assert abs(sum(r["p_first"] for r in doc["ranking"]) - 1.0) < 0.01
    # the category sheets carry the same figures
    wb = openpyxl.load_workbook(out, read_only=True)
    sheet = wb["Category Individual"]
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(grid[0][10:12]) == ("P(first)", "Rank interval (90%)")
    ind = next(c for c in doc["categories"] if c["id"] == "individual")
    by_id = {row[2]: row for row in grid[1:4]}
    for row in ind["ranking"]:
        assert float(by_id[row["nominee_id"]][10]) == row["p_first"]
        lo, hi = row["rank_interval"]
        assert by_id[row["nominee_id"]][11] == f"{lo}–{hi}"
    labels = {row[0]: row for row in grid[5:] if row}
    assert float(labels["icc_2_1"][1]) == ind["reliability"]["icc_2_1"]
    wb.close()
    # the result verifies (the category sheets are part of what is signed and checked)
    assert zerodx("verify", out, home=prog["homes"]["Org"]).code == 0


def test_a_category_without_overlap_has_null_reliability_with_reasons(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pkg = tmp_path / "k1.zdxpanel"
    assert _build(prog, pkg, "--judges-per-nominee", "1").code == 0
    doc, _out = _merge(prog, pkg, tmp_path, [0, 1, 0, 2])
    for cat in doc["categories"]:
        rel, notes = cat["reliability"], cat["reliability_notes"]
        assert rel["icc_2_1"] is None and notes["reasons"]["icc_2_1"]
        for key in KEYS:
            assert (rel[key] is not None) != (key in notes["reasons"])
