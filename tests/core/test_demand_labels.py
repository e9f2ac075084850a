"""Demand labels against growth over every ordered pair of occupations: the side a card
calls better grows faster, as shown, by a percentage point or more; nearer is a tie; and
the one that shrinks
faster is never the higher-demand path. The counts are printed with ``-s``."""

from __future__ import annotations

import random
from collections import Counter
from itertools import product

from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import _better
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.model import Career

DEMAND = BY_NAME["demand"]


def _growth(career: Career) -> float:
    assert career.demand is not None
    assert career.demand.growth_pct is not None
    return round(career.demand.growth_pct, 1)


def test_the_side_called_better_grows_faster_in_every_pair(bundled_catalog: Catalog) -> None:
    occupations = [c for c in bundled_catalog.careers if c.soc]
    growth = {c.slug: _growth(c) for c in occupations}
    # what "choose X if you…" says of each career when it is the one called better
    said = {}
    for career in occupations:
        phrases = DEMAND.phrasing(DEMAND.measure(career), career)
        assert phrases is not None
        said[career.slug] = phrases.choose.format(pair="", winner="", loser="", value="")
        assert "higher-demand" not in said[career.slug]
    # every pair is checked once per pair of growth figures as shown and counted as often as
    # careers carry them (a sample of career pairs below checks that nothing else decides)
    carriers: dict[float, list[Career]] = {}
    for career in occupations:
        carriers.setdefault(growth[career.slug], []).append(career)
    labels: Counter[str] = Counter()
    for (first, many_a), (second, many_b) in product(carriers.items(), repeat=2):
        a, b = many_a[0], many_b[0]
        pairs = len(many_a) * len(many_b) - (len(many_a) if first == second else 0)
        if first == second:  # careers showing the same growth: compare two of them
            b = many_a[-1]
        if not pairs:
            continue
        side, unranked = _better(DEMAND, a, b)
        assert unranked is None
        if side == "tie":
            assert abs(growth[a.slug] - growth[b.slug]) < 0.95
            labels["tie"] += pairs
            continue
        winner, loser = (a, b) if side == "a" else (b, a)
        assert growth[winner.slug] >= growth[loser.slug] + 0.95, (winner.title, loser.title)
        if growth[winner.slug] <= 0:
            assert all("holds up better" in said[c.slug] for c in carriers[growth[winner.slug]])
            labels["neither growing: holds up better"] += pairs
        else:
            assert all(
                said[c.slug].startswith("Want a faster-growing occupation")
                for c in carriers[growth[winner.slug]]
            )
            labels["faster-growing"] += pairs
    print(dict(labels))
    assert sum(labels.values()) == len(occupations) * (len(occupations) - 1)
    assert labels["neither growing: holds up better"] > 0


def test_nothing_but_growth_decides_on_a_sample_of_career_pairs(bundled_catalog: Catalog) -> None:
    occupations = [c for c in bundled_catalog.careers if c.soc]
    chooser = random.Random(22)
    for _ in range(20_000):
        a, b = chooser.sample(occupations, 2)
        side, _ = _better(DEMAND, a, b)
        near = abs(_growth(a) - _growth(b)) < 0.95
        expected = "tie" if near else "a" if _growth(a) > _growth(b) else "b"
        assert side == expected, (a.title, b.title)
