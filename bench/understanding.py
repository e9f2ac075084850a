"""Understanding: accuracy per category on the labelled corpus the tests assert
(``tests/understanding/corpus.jsonl``), on a development set written later by someone
without sight of the code and used to find faults (``bench/development.jsonl``), and on two
held-out sets written the same way (``bench/heldout.jsonl``, ``bench/heldout-2.jsonl``; the
README gives their first-run figures, before any fault they showed was fixed); then the
time to understand one message (``understanding.understand``, which includes resolving
every career name in it) over the
full bundled catalog, cold: every cache is cleared before each message, and each message's
time is the fastest of three such cold runs.

    .venv/bin/python bench/understanding.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from bundled import bundled

from careerbot._utils.memory import keep_loaded
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.places import clear_places
from careerbot.understanding.resolution import NameIndex
from careerbot.understanding.scope import clear_scopes
from careerbot.understanding.understand import understand
from careerbot.understanding.wish_reading import clear_caches as clear_wish_caches

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "understanding"))
from labelled import Row, load, run  # noqa: E402 - the tests' own reading of a label

SETS = {
    "corpus": ROOT / "tests" / "understanding" / "corpus.jsonl",
    "development": ROOT / "bench" / "development.jsonl",
    "held-out 1": ROOT / "bench" / "heldout.jsonl",
    "held-out 2": ROOT / "bench" / "heldout-2.jsonl",
}
REPEATS = 3


def accuracy(dialogue: Dialogue, rows: list[Row]) -> tuple[Counter[str], Counter[str], list[str]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for row in rows:
        total[row["category"]] += 1
        if failed := run(dialogue, row):
            wrong.extend(f"{row['id']}: {line}" for line in failed)
        else:
            right[row["category"]] += 1
    return right, total, wrong


def cold(index: NameIndex, message: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        index.lookup.cache_clear()
        index.vocabulary.fuzzy.cache_clear()
        clear_wish_caches()
        clear_scopes()
        clear_places()
        start = time.perf_counter()
        understand(message, index)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    catalog = bundled()
    index = NameIndex.of(catalog)
    keep_loaded()  # as the service does once the catalog and its index are loaded
    dialogue = Dialogue(catalog, index=index)
    messages: list[str] = []
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: {path.relative_to(ROOT)} not found")
            continue
        rows = load(path)
        messages += [turn["say"] for row in rows for turn in row["turns"]]
        right, total, wrong = accuracy(dialogue, rows)
        print(f"{name}: {sum(right.values())}/{sum(total.values())} rows right")
        for category in sorted(total):
            share = right[category] / total[category]
            print(f"  {category:17} {right[category]:4}/{total[category]:<4} {share:6.1%}")
        for line in wrong:
            print(f"  wrong {line[:220]}")
    times = sorted(cold(index, m) * 1000 for m in messages)
    p99 = times[int(len(times) * 0.99) - 1]
    print(
        f"understand() per message, cold, {len(times)} messages, {len(catalog.careers)} careers: "
        f"p50 {statistics.median(times):.2f} ms, p99 {p99:.2f} ms, max {times[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
