"""Simulation: how each panel method treats a nominee under recusals and assignments.

    python -m benchmarks.recusal_bias [--panels 2000] [--seed 1]

Every simulated panel has 8 nominees of *equal* true quality (70) and 7 judges whose
severities are drawn from N(0, 8) points; each total adds noise N(0, 6), rounded to 2
decimals and clipped to 0-100. In a fair method each nominee ranks first 1/8 of the time.
Nominee A is then treated differently:

- ``recused-harsh-1/2/3``: the 1, 2 or 3 harshest judges are recused from A;
- ``recused-lenient-1``: the most lenient judge is recused from A;
- ``assigned-3``: A is scored by 3 judges drawn at random (the others by all 7).

For each method and case the table gives A's chance of first place relative to the fair 1/8
(1.00 = fair; ties share first place) and A's bias: the mean of (A's score - the mean of
the other nominees' scores), in points (0 = fair; for Schulze, in places). Not a test: a
statement of each method's behaviour, for choosing one (README, "Which method when").
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from zerodx_desktop.core import aggregate as agg

N_NOMINEES, N_JUDGES = 8, 7
CASES = ("complete", "recused-harsh-1", "recused-harsh-2", "recused-harsh-3",
         "recused-lenient-1", "assigned-3")


def panel(rng: np.random.Generator, case: str) -> np.ndarray:
    severity = rng.normal(0, 8, N_JUDGES)
    y = 70 + severity[:, None] + rng.normal(0, 6, (N_JUDGES, N_NOMINEES))
    y = np.clip(np.round(y, 2), 0, 100)
    order = np.argsort(severity)  # harshest first
    if case.startswith("recused-harsh-"):
        y[order[:int(case[-1])], 0] = np.nan
    elif case == "recused-lenient-1":
        y[order[-1], 0] = np.nan
    elif case == "assigned-3":
        keep = rng.choice(N_JUDGES, 3, replace=False)
        drop = np.setdiff1d(np.arange(N_JUDGES), keep)
        y[drop, 0] = np.nan
    return y


def simulate(panels: int, seed: int) -> dict[tuple[str, str], tuple[float, float]]:
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for case in CASES:
        rng = np.random.default_rng(seed)
        first = dict.fromkeys(agg.METHODS, 0.0)
        bias = dict.fromkeys(agg.METHODS, 0.0)
        for _ in range(panels):
            y = panel(rng, case)
            em = agg.ExactMatrix.of(y.tolist())
            for m in agg.METHODS:
                scores, keys = agg.method_scores(em, m)
                ranks = agg.rank(scores, keys)
                top = [i for i, (r, _t) in enumerate(ranks) if r == 1]
                if 0 in top:
                    first[m] += 1 / len(top)
                if m == "schulze":  # places, not points: minus the rank
                    vals = np.array([-(r or N_NOMINEES) for r, _t in ranks], dtype=float)
                else:
                    vals = np.array(scores, dtype=float)
                bias[m] += vals[0] - vals[1:].mean()
        for m in agg.METHODS:
            out[(case, m)] = (first[m] / panels * N_NOMINEES, bias[m] / panels)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--panels", type=int, default=2000, help="simulated panels per case")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same table)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    res = simulate(args.panels, args.seed)
    width = max(len(c) for c in CASES)
    print(f"{args.panels} panels per case, {N_NOMINEES} equal nominees, {N_JUDGES} judges "
          f"(severity sd 8, noise sd 6), seed {args.seed}")
    print("A's chance of first place relative to fair (1.00 = fair)")
    print(" " * width + "".join(f"{m:>10}" for m in agg.METHODS))
    for case in CASES:
        print(f"{case:<{width}}" + "".join(f"{res[(case, m)][0]:>10.2f}" for m in agg.METHODS))
    print("A's bias: mean score minus the others' mean (points; Schulze: places)")
    print(" " * width + "".join(f"{m:>10}" for m in agg.METHODS))
    for case in CASES:
        print(f"{case:<{width}}" + "".join(f"{res[(case, m)][1]:>+10.2f}" for m in agg.METHODS))
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
