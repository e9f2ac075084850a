"""Name resolution per message: p50/p99 for the index at 6 careers (42 names), ~1,000,
~53,000 names (every title and alias in the bundled catalog) and 60,000 (those plus
"Senior …"/"Lead …" variants of real names, the size the product is built for), beside a
naive rapidfuzz `process.extractOne` over the same names, measured in the same run. Every
lookup is cold: both caches are cleared before it; each query's time is the fastest of three
such cold lookups.

    .venv/bin/python bench/resolution.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from rapidfuzz import fuzz, process

from careerbot.careers.catalog import bundled_files, read_catalog_file
from careerbot.careers.demand import openings_share
from careerbot.understanding.resolution import NameIndex

QUERIES = [
    "modle routng",
    "middleware",
    "multi agent",
    "edge ai engineer",
    "accountant",
    "data scientist",
    "registered nurse",
    "RN",
    "software developr",
    "ux designer",
    "truck driver",
    "electrcian",
    "high school teacher",
    "graphic designer",
    "pharmacist",
    "civil engineer",
    "chef",
    "plumber",
    "financial analyst",
    "machine learning engineer",
    "nurse practitioner",
    "web developer",
    "coder",
    "engineer",
    "teacher",
    "HR",
    "sales rep",
    "multi-agents",
    "senior operator technician",
    "xyzzy plumber",
]


REPEATS = 3


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


QUALIFIERS = ("Senior", "Lead", "Junior", "Principal", "Assistant", "Chief", "Staff", "Trainee")


def variants(entries: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """Qualified forms of real names, as job boards write them ("Senior Tax Analyst")."""
    return [
        (slug, f"{QUALIFIERS[i % len(QUALIFIERS)]} {name}")
        for i, (slug, name) in enumerate(entries[:count])
    ]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.99) - 1]


def measure(lookup: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    # Each query is timed REPEATS times (cold every time) and its fastest time kept, as
    # timeit does: on a shared machine a slower time is another process running meanwhile.
    samples = []
    for query in queries:
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            lookup(query)
            times.append((time.perf_counter() - start) * 1000)
        samples.append(min(times))
    return percentiles(samples)


def cold(index: NameIndex, query: str) -> object:
    index.lookup.cache_clear()
    index.vocabulary.fuzzy.cache_clear()
    return index.resolve(query)


def main() -> None:
    careers = [c for path in bundled_files() for c in read_catalog_file(path).careers]
    everything = [(c.slug, n) for c in careers for n in (c.title, *c.aliases)]
    sizes = {
        "6 careers": [(c.slug, n) for c in careers[:6] for n in (c.title, *c.aliases)],
        "titles only": [(c.slug, c.title) for c in careers],
        "titles + aliases": everything,
        "60,000 names": everything + variants(everything, 60_000 - len(everything)),
    }
    priors = openings_share(careers)
    rng = random.Random(7)
    # Distinct messages each time, so the per-query caches never answer: the cold path.
    queries = [
        " ".join(typo(w, rng) for w in q.split()) + f" {i}" for i in range(40) for q in QUERIES
    ]
    print(f"{len(queries)} distinct lookups per row; milliseconds per lookup, build in seconds")
    columns = ("names", "build s", "index p50", "index p99", "naive p50", "naive p99")
    print(f"{'catalog':18} " + " ".join(f"{c:>10}" for c in columns))
    for label, entries in sizes.items():
        start = time.perf_counter()
        index = NameIndex(entries, priors)
        build = time.perf_counter() - start
        names = [n for _, n in entries]
        p50, p99 = measure(lambda q, i=index: cold(i, q), queries)
        naive = queries[:: max(len(queries) // 100, 1)]
        n50, n99 = measure(lambda q, n=names: process.extractOne(q, n, scorer=fuzz.WRatio), naive)
        figures = (build, p50, p99, n50, n99)
        print(f"{label:18} {len(entries):>10} " + " ".join(f"{f:>10.3f}" for f in figures))


if __name__ == "__main__":
    main()
