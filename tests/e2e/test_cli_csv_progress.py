"""The CLI opens the demo panel package in a tmp home, scores from CSV, reports progress."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.e2e.cli_runner import zerodx


def test_open_demo_package_score_csv_and_status(tmp_path: Path) -> None:
    demo = tmp_path / "demo-home"
    code = (
        "import sys; from pathlib import Path; "
        "from zerodx_desktop.services.demo import prepare_demo_home; "
        "print(prepare_demo_home(Path(sys.argv[1])))"
    )
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", code, str(demo)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    package = demo / "demo" / "panel.zdxpanel"
    assert package.is_file()

    home = tmp_path / "judge"
    r = zerodx("panel", "open", package, home=home, passphrase=None)
    assert r.code == 0, r.err
    r = zerodx("panel", "open", package, home=home, passphrase=None)  # harmless again
    assert r.code == 0, r.err
    before = zerodx("panel", "status", "--json", home=home, passphrase=None).json()
    assert before["scored"] == 0
    nominees = [n["id"] for n in before["nominees"]]
    per_nominee = before["nominees"][0]["total"]
    assert len(nominees) >= 6 and per_nominee >= 20

    import json

    fw = json.loads((Path(__file__).resolve().parents[2] / "data" / "frameworks" /
                     "rendanheyi-sample.json").read_text("utf-8"))
    criteria = [c["id"] for d in fw["domains"] for m in d["dimensions"] for c in m["criteria"]]
    path = tmp_path / "scores.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["nominee_id", "criterion_id", "level", "comment"])
        for c in criteria:  # nominee 0 complete
            w.writerow([nominees[0], c, 3, ""])
        for c in criteria[:5]:  # nominee 1: five criteria
            w.writerow([nominees[1], c, 2, "partly evidenced, 部分证据"])
    r = zerodx("score", "--csv", path, home=home, passphrase=None)
    assert r.code == 0, r.err
    after = zerodx("panel", "status", "--json", home=home, passphrase=None).json()
    by_id = {n["id"]: n for n in after["nominees"]}
    assert by_id[nominees[0]]["scored"] == len(criteria)
    assert by_id[nominees[0]]["status"] == "complete"
    assert by_id[nominees[1]]["scored"] == 5
    assert by_id[nominees[1]]["status"] == "in_progress"
    assert all(by_id[n]["scored"] == 0 for n in nominees[2:])
    # the text says "done" (a level and any required justification), the app's own count
    text = zerodx("panel", "status", home=home, passphrase=None).out
    assert f"{after['done']}/{after['total']} criteria done" in text
    assert f"{by_id[nominees[1]]['done']:>4}/{per_nominee:<4} in_progress" in text
    assert after["scored"] == len(criteria) + 5

    # a CSV with one bad row changes nothing (all rows or none)
    bad = tmp_path / "bad.csv"
    bad.write_text("nominee_id,criterion_id,level,comment\n"
                   f"{nominees[2]},{criteria[0]},4,\n{nominees[2]},nope,4,\n", encoding="utf-8")
    r = zerodx("score", "--csv", bad, home=home, passphrase=None)
    assert r.code == 1 and "nope" in r.err
    again = zerodx("panel", "status", "--json", home=home, passphrase=None).json()
    assert again["scored"] == after["scored"]
