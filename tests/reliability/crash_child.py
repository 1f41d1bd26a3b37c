"""Child process for test_crash: edits scores in a loop until it is killed.

Usage: python crash_child.py HOME SEED

Prints ``ready`` once the store is open, then for every edit a line ``B <json>`` before the
call and ``D`` after it returned (flushed each time). ``<json>`` is
``[[nominee, criterion, level-or-"keep", comment-or-null], ...]`` (several rows for a bulk
edit, which must land all together or not at all).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from zerodx_desktop.store.store import Store

WORDS = ["good", "weak evidence", "см. стр. 3", "很好", "naïve", "line\nbreak", "tab\there", ""]


def main() -> None:
    home, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    store = Store.open_home(home)
    panel_id = store.current_panel_id()
    assert panel_id is not None
    nominees = list(store.progress(panel_id))
    criteria = [c.id for c in store.framework(panel_id).criteria()]
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        op = rng.random()
        n, c = rng.choice(nominees), rng.choice(criteria)
        if op < 0.7:
            level = None if rng.random() < 0.1 else rng.randint(1, 5)
            out.write("B " + json.dumps([[n, c, level, None]]) + "\n")
            out.flush()
            store.set_score(panel_id, n, c, level)
        elif op < 0.9:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4)))
            out.write("B " + json.dumps([[n, c, "keep", text]]) + "\n")
            out.flush()
            store.set_comment(panel_id, n, c, text)
        else:
            rows = [(rng.choice(nominees), rng.choice(criteria), rng.randint(1, 5),
                     rng.choice([None, rng.choice(WORDS)])) for _ in range(rng.randint(2, 6))]
            out.write("B " + json.dumps([list(r) for r in rows]) + "\n")
            out.flush()
            store.set_scores_bulk(panel_id, rows)
        out.write("D\n")
        out.flush()


if __name__ == "__main__":
    main()
