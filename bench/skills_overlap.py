"""Skills in common over 20,000 random ordered pairs of O*NET occupations (seed 22): how many
the word-overlap matcher counts (what comparisons used for O*NET skills before) against what
a comparison counts now, which is checked to be exactly the same O*NET elements, and how often
the word overlap counts more than the elements the two share.

    .venv/bin/python bench/skills_overlap.py
"""

from __future__ import annotations

import random
from collections import Counter

from careerbot.careers.catalog import bundled_files, read_catalog_file
from careerbot.careers.comparison import compare
from careerbot.careers.skills import analyse_skills

PAIRS = 20_000
SEED = 22


def main() -> None:
    careers = [
        c
        for path in bundled_files()
        for c in read_catalog_file(path).careers
        if c.skill_importance and c.skills
    ]
    rng = random.Random(SEED)
    over = 0
    extra: Counter[tuple[str, str]] = Counter()
    fuzzy_total = exact_total = 0
    for _ in range(PAIRS):
        a, b = rng.sample(careers, 2)
        fuzzy = analyse_skills(a.skills, b.skills)
        shown = compare(a, b).skills
        same = {s for s in a.skills if s in b.skills}
        assert {p.a for p in shown.shared} == same, (a.title, b.title)
        fuzzy_total += len(fuzzy.shared)
        exact_total += len(shown.shared)
        if len(fuzzy.shared) > len(same):
            over += 1
        extra.update((s.a, s.b) for s in fuzzy.shared if s.a != s.b)
    print(f"{PAIRS:,} random ordered pairs of O*NET occupations (seed {SEED})")
    print(
        f"word overlap (before): {fuzzy_total:,} shared skills; comparisons now: "
        f"{exact_total:,}, every one the same O*NET element in both"
    )
    print(
        f"pairs the word overlap overcounts: {over:,} ({100 * over / PAIRS:.1f}%); "
        "comparisons now: 0"
    )
    for (first, second), count in extra.most_common(6):
        print(f"  {count:>5}  {first!r} ~ {second!r}")


if __name__ == "__main__":
    main()
