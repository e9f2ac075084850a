"""Which career fits me: how often the top three of a person's shortlist have what they
asked for, per kind of person, on the labelled set the tests assert
(``tests/fit/persons.jsonl``) and on a held-out set written later by someone else without
sight of the code (``bench/persons-heldout.jsonl``), each checked from the raw public files;
then the time to understand a person and rank all careers for them (the dialogue's whole
answer, warm: the catalog's standings are built once, as in a running bot), per message,
process CPU time.

    .venv/bin/python bench/fit.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from bundled import bundled

from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fit"))
from judging import RAW_DIR, judge, load  # noqa: E402 - the tests' own judging
from raw_properties import raw  # noqa: E402

SETS = {
    "labelled (tests)": ROOT / "tests" / "fit" / "persons.jsonl",
    "held-out": ROOT / "bench" / "persons-heldout.jsonl",
}
REPEATS = 5


def main() -> None:
    catalog = bundled()
    dialogue = Dialogue(catalog)
    data = raw(RAW_DIR)
    texts = []
    for name, path in SETS.items():
        if not path.is_file():
            continue
        rows = load(path)
        texts += [row["text"] for row in rows]
        hits, totals = Counter[str](), Counter[str]()
        for row in rows:
            totals[row["kind"]] += 1
            hits[row["kind"]] += not judge(dialogue, data, row)
        print(f"{name}: {sum(hits.values())}/{len(rows)} ({sum(hits.values()) / len(rows):.1%})")
        for kind in sorted(totals):
            print(
                f"  {kind:9s} {hits[kind]:3d}/{totals[kind]:<3d} ({hits[kind] / totals[kind]:.0%})"
            )
    times = []
    for text in texts:
        dialogue.respond(text, ChatContext())  # warm: the standings of what it asks about
        best = min(_cpu(dialogue, text) for _ in range(REPEATS))
        times.append(best)
    times.sort()
    p50, p99 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]
    print(
        f"understand + rank all {len(catalog.careers)} careers, {len(times)} messages, "
        f"fastest of {REPEATS}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {times[-1]:.1f} ms"
    )


def _cpu(dialogue: Dialogue, text: str) -> float:
    started = time.process_time()
    dialogue.respond(text, ChatContext())
    return (time.process_time() - started) * 1000


if __name__ == "__main__":
    main()
