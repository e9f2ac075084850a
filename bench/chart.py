"""Pictures: CPU time to draw one (a comparison or a career, process time, so the machine's
other load does not count), and the process's resident memory before matplotlib is loaded,
after the first picture and after 200 more, all different (random pairs, fixed seed).

    .venv/bin/python bench/chart.py
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from bundled import bundled

from careerbot.render.chart import picture_of
from careerbot.render.drawing import draw

PICTURES = 200


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    catalog = bundled()
    rng = random.Random(7)
    before = rss_mb()
    draw(picture_of((catalog.careers[0],), catalog.sources))
    first = rss_mb()
    times = []
    for i in range(PICTURES):
        careers = tuple(rng.sample(catalog.careers, 1 if i % 4 == 0 else 2))
        picture = picture_of(careers, catalog.sources)
        start = time.process_time()
        draw(picture)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    print(
        f"CPU per picture over {PICTURES} pictures: p50 {statistics.median(times):.0f} ms, "
        f"p90 {times[int(PICTURES * 0.9)]:.0f} ms"
    )
    print(
        f"resident memory: {before:.0f} MB before matplotlib, {first:.0f} MB after the first "
        f"picture, {rss_mb():.0f} MB after {PICTURES} more"
    )


if __name__ == "__main__":
    main()
