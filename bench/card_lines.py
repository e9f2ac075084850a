"""How the comparison card sits on a phone: its lines at 36 columns (Telegram's monospaced
width on a phone) for every ordered pair of the six seed careers and a seeded sample of
pairs from the bundled catalog, asked with no question and with each figure's question;
the longest card with "More" open, in Telegram's UTF-16 units; and the time to render one.

    .venv/bin/python bench/card_lines.py [--pairs 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from itertools import permutations

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog, bundled_files, read_catalog_file
from careerbot.careers.comparison import compare
from careerbot.careers.model import Career, Source
from careerbot.dialogue.answers import comparison_reply
from careerbot.dialogue.context import ChatContext
from careerbot.render.card import render_card
from careerbot.render.document import Grid, utf16_units, wrapped_lines
from careerbot.render.grid import PHONE_COLUMNS

QUESTIONS = ("overall", "salary", "demand", "ai_risk", "learning_curve", "entry_barrier")


def bundled() -> Catalog:
    careers: list[Career] = []
    sources: dict[str, Source] = {}
    for path in bundled_files():
        found = read_catalog_file(path)
        careers.extend(found.careers)
        sources.update(found.sources)
    return Catalog(tuple(careers), {c.slug: i for i, c in enumerate(careers, 1)}, sources)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    catalog = bundled()
    seeds = [c for c in catalog.careers if c.source_note and c.slug.startswith("ai-")][:6]
    rng = random.Random(args.seed)
    pairs = list(permutations(seeds, 2))
    pairs += [tuple(rng.sample(catalog.careers, 2)) for _ in range(args.pairs)]  # type: ignore[misc]
    lines: Counter[int] = Counter()
    alone: Counter[str] = Counter()
    longest_more = 0
    started = time.perf_counter()
    for a, b in pairs:
        for focus in QUESTIONS:
            reply = comparison_reply(catalog, ChatContext(), a, b, None, focus=focus)
            if not any(isinstance(block, Grid) for block in reply.document.blocks):
                alone[focus] += 1  # the answer alone, the card a button away
                continue
            lines[len(wrapped_lines(reply.document.plain(), PHONE_COLUMNS))] += 1
        cmp = compare(a, b)
        more = render_card(cmp, advise(cmp), catalog.sources, more=True)
        longest_more = max(longest_more, utf16_units(more.html()))
    spent = time.perf_counter() - started
    replies = len(pairs) * len(QUESTIONS)
    print(f"pairs: {len(pairs)} ({len(seeds) * (len(seeds) - 1)} seed), replies: {replies}")
    print(f"card lines at {PHONE_COLUMNS} columns: {dict(sorted(lines.items()))}")
    print(f"longest card: {max(lines)} lines")
    print(f"answered alone (card a button away): {dict(alone)}")
    print(f"longest card with More open: {longest_more} UTF-16 units (limit 4096)")
    print(f"render: {spent / (replies + len(pairs)) * 1000:.2f} ms a reply")


if __name__ == "__main__":
    main()
