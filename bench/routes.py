"""Switches and stepping stones over random ordered pairs of occupations (seed 22): how the
switch labels split over 40,000 pairs, and over 400 pairs how many switches are hard, how
often a route of related occupations is quicker than the direct way, and the CPU time of a
roadmap (p50, p90).

    .venv/bin/python bench/routes.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter

from bundled import bundled

from careerbot.careers.roadmap import roadmap
from careerbot.careers.routes import total_years
from careerbot.careers.switching import Transition, switch

LABELLED = 40_000
ROUTED = 400
SEED = 22


def main() -> None:
    catalog = bundled()
    occupations = [c for c in catalog.careers if c.soc]
    rng = random.Random(SEED)
    labels = Counter(switch(*rng.sample(occupations, 2)).difficulty for _ in range(LABELLED))
    shares = ", ".join(f"{t.value} {100 * n / LABELLED:.0f}%" for t, n in labels.most_common())
    print(f"switch labels over {LABELLED:,} random ordered pairs: {shares}")
    hard = routed = 0
    saved: list[float] = []
    times: list[float] = []
    for _ in range(ROUTED):
        source, target = rng.sample(occupations, 2)
        start = time.process_time()
        plan = roadmap(target, source, catalog.careers)
        times.append((time.process_time() - start) * 1000)
        if plan.direct is not None and plan.direct.difficulty is Transition.HARD:
            hard += 1
        if plan.stepping_stones and plan.direct is not None:
            routed += 1
            saved.append((plan.direct.years or 0.0) - total_years(plan.route))
    times.sort()
    print(
        f"over {ROUTED} random ordered pairs: {hard} switches hard; a quicker route for "
        f"{routed}"
        + (f" (saving {statistics.median(saved):.1f} years at the median)" if saved else "")
    )
    print(
        f"CPU per roadmap: p50 {statistics.median(times):.0f} ms, "
        f"p90 {times[int(ROUTED * 0.9)]:.0f} ms"
    )


if __name__ == "__main__":
    main()
