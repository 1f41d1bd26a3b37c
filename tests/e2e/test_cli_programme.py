"""End to end for a programme: categories, assignments, panel show, scoring only what is
assigned, merge per category, a shortlist round, and a judge's nomination."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import zerodx
from zerodx_desktop.paths import sample_framework_path

JUDGES = ["Ada", "Ben", "Chen", "Dana"]


def _nominee(root: Path, nid: str, name: str, category: str) -> Path:
    folder = root / nid
    folder.mkdir(parents=True)
    (folder / "nominee.json").write_text(json.dumps(
        {"id": nid, "name": name, "category": category}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def prog(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    base = tmp_path_factory.mktemp("prog")
    homes = {}
    cards = {}
    fps = {}
    for name in ["Org", *JUDGES]:
        home = base / name
        r = zerodx("identity", "new", "--name", name, "--email", f"{name.lower()}@ex.org",
                   home=home)
        assert r.code == 0, r.err
        card = base / f"{name}.zdxjudge"
        assert zerodx("identity", "card", "--out", card, home=home).code == 0
        homes[name], cards[name] = home, card
        fps[name] = json.loads(zerodx("identity", "show", "--json", home=home).out)[
            "fingerprint"]
    nominees = base / "nominees"
    for i in range(6):
        _nominee(nominees, f"n-{i}", f"Nominee {i}", "individual" if i < 3 else "org")
    (nominees / "categories.json").write_text(json.dumps(
        [{"id": "individual", "title": "Individual", "title_zh": "个人"},
         {"id": "org", "title": "Organisation", "title_zh": "组织"}]), encoding="utf-8")
    return {"base": base, "homes": homes, "cards": cards, "fps": fps, "nominees": nominees}


def _build(prog: dict, out: Path, *extra: str | Path):  # type: ignore[no-untyped-def,type-arg]
    args = ["panel", "build", "--title", "Programme", "--framework", sample_framework_path(),
            "--nominees", prog["nominees"], "--out", out]
    for j in JUDGES:
        args += ["--judge", prog["cards"][j]]
    return zerodx(*args, *extra, home=prog["homes"]["Org"])


def test_balanced_assignment_show_and_scoring_only_assigned(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pkg = tmp_path / "p.zdxpanel"
    conflict = f"{prog['fps']['Ada']}:n-0"
    r = _build(prog, pkg, "--judges-per-nominee", "3", "--seed", "7", "--conflict", conflict)
    assert r.code == 0, r.err
    assert "Categories: Individual (3), Organisation (3)" in r.out
    doc = zerodx("panel", "show", pkg, "--json", home=prog["homes"]["Org"]).json()
    assert set(doc) == {"id", "title", "round", "organizer", "chairs", "judges", "nominees",
                        "categories", "conflicts", "assignments"}
    assert doc["categories"] == [{"id": "individual", "title": "Individual"},
                                 {"id": "org", "title": "Organisation"}]
    amap = doc["assignments"]
    assert all(len(v) == 3 for v in amap.values()) and len(amap) == 6
    assert prog["fps"]["Ada"] not in amap["n-0"]
    loads = [sum(fp in v for v in amap.values()) for fp in prog["fps"].values()][1:]
    assert max(loads) - min(loads) <= 1 and sum(loads) == 18
    # reproducible
    again = tmp_path / "again.zdxpanel"
    assert _build(prog, again, "--judges-per-nominee", "3", "--seed", "7",
                  "--conflict", conflict).code == 0
    assert zerodx("panel", "show", again, "--json").json()["assignments"] == amap
    text = zerodx("panel", "show", pkg, home=prog["homes"]["Org"])
    assert text.code == 0 and "Individual [individual]" in text.out

    # a judge scores only their assigned nominees
    home = prog["homes"]["Ada"]
    assert zerodx("panel", "open", pkg, home=home).code == 0
    mine = [n for n, v in amap.items() if prog["fps"]["Ada"] in v]
    other = next(n for n in amap if n not in mine)
    r = zerodx("score", other, "autonomy.leadership.decision-rights", "3", home=home)
    assert r.code == 1 and f"'{other}' is not assigned to you" in r.err
    status = zerodx("panel", "status", "--json", home=home).json()
    assert status["assigned"] == len(mine)
    text = zerodx("panel", "status", home=home)
    assert f"{len(mine)} assigned to you" in text.out and "not_assigned" in text.out
    assert {n["id"] for n in status["nominees"] if n["status"] == "not_assigned"} == \
        set(amap) - set(mine)


@pytest.mark.parametrize(("extra", "message"), [
    (["--judges-per-nominee", "0"], "give 1 or more"),
    (["--judges-per-nominee", "5"], "more than the 4 judges"),
])
def test_bad_k_is_refused_and_nothing_written(prog, tmp_path, extra, message) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.zdxpanel"
    r = _build(prog, out, *extra)
    assert r.code == 1 and message in r.err and not out.exists()


def test_conflicts_that_leave_too_few_judges_are_named(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.zdxpanel"
    conflicts = [a for j in JUDGES[:2] for a in ("--conflict", f"{prog['fps'][j]}:n-4")]
    r = _build(prog, out, "--judges-per-nominee", "3", *conflicts)
    assert r.code == 1 and "n-4 (2 eligible)" in r.err and not out.exists()


def test_assign_csv_and_its_bad_input(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "assign.csv"
    with good.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["nominee_id", "judge"])
        for i in range(6):
            w.writerow([f"n-{i}", "ada@ex.org"])
            w.writerow([f"n-{i}", prog["fps"]["Ben"]])
    out = tmp_path / "p.zdxpanel"
    assert _build(prog, out, "--assign", good).code == 0
    amap = zerodx("panel", "show", out, "--json").json()["assignments"]
    assert amap["n-3"] == [prog["fps"]["Ada"], prog["fps"]["Ben"]]
    bad = tmp_path / "bad.csv"
    bad.write_text("nominee_id,judge\nn-0,nobody@ex.org\n", encoding="utf-8")
    r = _build(prog, tmp_path / "q.zdxpanel", "--assign", bad)
    assert r.code == 1 and "nobody@ex.org" in r.err and "bad.csv:2" in r.err
    bad.write_text("nominee_id,judge\nn-99,ada@ex.org\n", encoding="utf-8")
    r = _build(prog, tmp_path / "q.zdxpanel", "--assign", bad)
    assert r.code == 1 and "'n-99' is not in the panel" in r.err
    assert not (tmp_path / "q.zdxpanel").exists()


def test_unknown_category_id_is_refused(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    nominees = tmp_path / "nominees"
    shutil.copytree(prog["nominees"], nominees)
    _nominee(nominees, "n-9", "Stray", "casework")
    args = ["panel", "build", "--title", "T", "--framework", sample_framework_path(),
            "--nominees", nominees, "--judge", prog["cards"]["Ada"], "--out",
            tmp_path / "p.zdxpanel"]
    r = zerodx(*args, home=prog["homes"]["Org"])
    assert r.code == 1 and "unknown category 'casework'" in r.err and "n-9" in r.err


def test_nomination_signed_imported_conflicted_and_refused_when_bad(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    noms = tmp_path / "noms"
    noms.mkdir()
    folder = _nominee(tmp_path / "src", "n-new", "New Co.", "org")
    r = zerodx("nominate", folder, "--relationship", "former colleague", "--out",
               noms / "ben.zdxnom", home=prog["homes"]["Ben"])
    assert r.code == 0, r.err
    out = tmp_path / "p.zdxpanel"
    r = _build(prog, out, "--nominations", noms)
    assert r.code == 0, r.err
    assert "Nomination: n-new by Ben (former colleague); conflicted with it" in r.out
    doc = zerodx("panel", "show", out, "--json").json()
    assert {"fingerprint": prog["fps"]["Ben"], "nominee_id": "n-new",
            "reason": "nominated by this judge (former colleague)"} in doc["conflicts"]
    # lifted with a recorded reason
    out2 = tmp_path / "lifted.zdxpanel"
    r = _build(prog, out2, "--nominations", noms, "--lift-conflict", "n-new:met once")
    assert r.code == 0, r.err and "conflict lifted: met once" in r.out
    assert all(c["nominee_id"] != "n-new"
               for c in zerodx("panel", "show", out2, "--json").json()["conflicts"])
    # tampered after signing
    doc = json.loads((noms / "ben.zdxnom").read_text(encoding="utf-8"))
    doc["relationship"] = "a stranger"
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ben.zdxnom").write_text(json.dumps(doc), encoding="utf-8")
    r = _build(prog, tmp_path / "x.zdxpanel", "--nominations", bad)
    assert r.code == 1 and "tampered" in r.err and "ben.zdxnom" in r.err
    # someone not on the roster
    stranger = tmp_path / "stranger"
    assert zerodx("identity", "new", "--name", "Eve", "--email", "e@ex.org",
                  home=stranger).code == 0
    odd = tmp_path / "odd"
    odd.mkdir()
    assert zerodx("nominate", folder, "--relationship", "x", "--out", odd / "eve.zdxnom",
                  home=stranger).code == 0
    r = _build(prog, tmp_path / "x.zdxpanel", "--nominations", odd)
    assert r.code == 1 and "not on the roster" in r.err and "eve.zdxnom" in r.err
    # an id that collides with a nominee already in the panel
    clash = _nominee(tmp_path / "src2", "n-1", "Clash", "org")
    col = tmp_path / "col"
    col.mkdir()
    assert zerodx("nominate", clash, "--relationship", "x", "--out", col / "c.zdxnom",
                  home=prog["homes"]["Ben"]).code == 0
    r = _build(prog, tmp_path / "x.zdxpanel", "--nominations", col)
    assert r.code == 1 and "'n-1' collides" in r.err
    assert not (tmp_path / "x.zdxpanel").exists()


def _score_all(home: Path, pkg: Path, tmp: Path, bias: int) -> Path:
    assert zerodx("panel", "open", pkg, home=home).code == 0
    status = zerodx("panel", "status", "--json", home=home).json()
    framework = json.loads(sample_framework_path().read_text(encoding="utf-8"))
    crits = [c["id"] for d in framework["domains"] for dim in d["dimensions"]
             for c in dim["criteria"]]
    rows = tmp / f"{home.name}.csv"
    with rows.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["nominee_id", "criterion_id", "level", "comment"])
        for n in status["nominees"]:
            if n["status"] in ("not_assigned", "recused"):
                continue
            level = 1 + (int(n["id"][-1]) + bias) % 5
            for c in crits:
                w.writerow([n["id"], c, level, "why" if level in (1, 5) else ""])
    assert zerodx("score", "--csv", rows, home=home).code == 0
    out = tmp / f"{home.name}.xlsx"
    r = zerodx("export", "--out", out, home=home)
    assert r.code == 0, r.err
    assert "incomplete" not in r.err
    return out


def test_merge_per_category_and_a_shortlist_round(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pkg = tmp_path / "r1.zdxpanel"
    assert _build(prog, pkg, "--judges-per-nominee", "2").code == 0
    sheets = [_score_all(prog["homes"][j], pkg, tmp_path, 0) for j in JUDGES]
    result = tmp_path / "r1.xlsx"
    r = zerodx("merge", "--panel", pkg, "--out", result, "--json", *sheets,
               home=prog["homes"]["Org"])
    assert r.code == 0, r.err
    doc = r.json()
    assert all(s["status"] == "valid" and "incomplete" not in s["warnings"]
               for s in doc["sheets"])
    cats = {c["id"]: c for c in doc["categories"]}
    assert [row["nominee_id"] for row in cats["individual"]["ranking"]] == \
        ["n-2", "n-1", "n-0"]
    assert cats["org"]["ranking"][0]["rank"] == 1 and cats["org"]["title"] == "Organisation"
    assert all(row["judges"] == 2 for row in doc["ranking"])  # unassigned is missing

    nxt = tmp_path / "r2.zdxpanel"
    r = zerodx("panel", "build", "--from-result", result, "--previous", pkg, "--shortlist",
               "1", "--per-category", "--out", nxt, home=prog["homes"]["Org"])
    assert r.code == 0, r.err
    show = zerodx("panel", "show", nxt, "--json").json()
    first = zerodx("panel", "show", pkg, "--json").json()
    assert show["id"] == first["id"] and show["round"] == 2
    assert [n["id"] for n in show["nominees"]] == ["n-2", "n-4"]
    assert "Individual (1), Organisation (1)" in r.out
    # a round-1 sheet in a round-2 merge is superseded by the judge's round-2 sheet
    round2 = tmp_path / "round2"
    round2.mkdir()
    ada2 = _score_all(prog["homes"]["Ada"], nxt, round2, 1)
    r = zerodx("merge", "--panel", nxt, "--out", tmp_path / "r2.xlsx", "--json", sheets[0],
               ada2, home=prog["homes"]["Org"])
    statuses = {s["file"]: s["status"] for s in r.json()["sheets"]}
    assert statuses[str(sheets[0])] == "superseded", statuses
    assert statuses[str(ada2)] == "valid"
    # refused: an unsigned result or a result of another panel
    other = tmp_path / "other.zdxpanel"
    assert zerodx("panel", "build", "--title", "Other", "--framework",
                  sample_framework_path(), "--nominees", prog["nominees"], "--judge",
                  prog["cards"]["Ada"], "--out", other, home=prog["homes"]["Org"]).code == 0
    bad = tmp_path / "bad.zdxpanel"
    r = zerodx("panel", "build", "--from-result", result, "--previous", other, "--shortlist",
               "1", "--out", bad, home=prog["homes"]["Org"])
    assert r.code == 1 and "panel" in r.err and not bad.exists()
    unsigned = tmp_path / "unsigned.xlsx"
    r = zerodx("merge", "--panel", pkg, "--out", unsigned, *sheets,
               home=tmp_path / "nobody")
    assert unsigned.exists()
    r = zerodx("panel", "build", "--from-result", unsigned, "--previous", pkg, "--shortlist",
               "1", "--out", bad, home=prog["homes"]["Org"])
    assert r.code == 1 and "unsigned" in r.err and not bad.exists()


# -- statistics per award category (merge --json, the category sheets) ------------------

CATEGORY_STAT_KEYS = ("krippendorff_alpha_interval", "icc_2_1", "icc_3_1", "icc_2_k", "kendall_w")


def _merge_scored(prog: dict, pkg: Path, tmp: Path, biases: list[int]) -> tuple[dict, Path]:  # type: ignore[type-arg]
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
    assert _build(prog, pkg, "--title", "Category statistics").code == 0  # all score all
    doc, out = _merge_scored(prog, pkg, tmp_path, [0, 1, 0, 2])
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
        assert set(rel) == set(CATEGORY_STAT_KEYS)
        for key in CATEGORY_STAT_KEYS:  # a value, or null with its reason
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
    # and the report's category section prints the category's own figures
    import subprocess

    pdf = tmp_path / "report.pdf"
    r = zerodx("report", out, "--out", pdf, home=prog["homes"]["Org"])
    assert r.code == 0, r.err
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Within this category (its own bootstrap" in text
    assert f"ICC(2,1) {ind['reliability']['icc_2_1']:.2f}" in text


def test_a_category_without_overlap_has_null_reliability_with_reasons(prog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pkg = tmp_path / "k1.zdxpanel"
    assert _build(prog, pkg, "--title", "Category statistics K1", "--judges-per-nominee",
                  "1").code == 0
    doc, _out = _merge_scored(prog, pkg, tmp_path, [0, 1, 0, 2])
    for cat in doc["categories"]:
        rel, notes = cat["reliability"], cat["reliability_notes"]
        assert rel["icc_2_1"] is None and notes["reasons"]["icc_2_1"]
        for key in CATEGORY_STAT_KEYS:
            assert (rel[key] is not None) != (key in notes["reasons"])
