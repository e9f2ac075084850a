"""Ranking every career against a person's preferences.

Must-haves filter; every active preference also weighs, by where a career stands among
all careers on that criterion (its mid-rank percentile, so equal figures score exactly
alike), and only among careers whose figure has the same source and measure. A figure that is
not published earns nothing and never meets a must-have. Equal scores are ties and are
reported as ties; within a tie careers are listed alphabetically, which is said.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from careerbot.careers.model import Career
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.weighing import WEIGHED, Criterion

SHOWN = 5


@dataclass(frozen=True, slots=True)
class Pick:
    career: Career
    score: float
    #: 1 + the number of careers that scored higher ("1, 1, 3" when two share first place)
    place: int
    tied_with: int
    misses: tuple[Preference, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranking:
    preferences: Preferences
    picks: tuple[Pick, ...]
    #: how many careers meet every must-have (all of them when there are none)
    matching: int
    #: nothing meets every must-have; the picks are the closest, with what they miss
    relaxed: bool
    #: (source, measure) groups left out of a single-criterion ranking, by how many careers
    #: they hold: a page's salary range is not ranked against a labour statistic's median
    left_out: dict[tuple[str, str], int]


def meets(career: Career, preference: Preference) -> bool:
    bound = preference.bound()
    if bound is None:
        return True
    figure = WEIGHED[preference.criterion].check_value(career)
    if figure is None:
        return False
    return figure >= bound if preference.want == "high" else figure <= bound


class _Scale:
    """Where each figure stands among all careers measured the same way."""

    def __init__(self, careers: Sequence[Career], criterion: Criterion) -> None:
        self.attribute = WEIGHED[criterion]
        self.sorted: dict[tuple[str, str], list[float]] = {}
        for career in careers:
            figure = self.attribute.value(career)
            if figure is not None:
                self.sorted.setdefault(self.attribute.group(career), []).append(figure)
        for figures in self.sorted.values():
            figures.sort()

    def score(self, career: Career, preference: Preference) -> float:
        figure = self.attribute.value(career)
        if figure is None:
            return 0.0
        if self.attribute.flag:
            return float(figure == (preference.want == "high"))
        figures = self.sorted[self.attribute.group(career)]
        if len(figures) == 1:
            return 1.0
        below, equal = bisect_left(figures, figure), bisect_right(figures, figure)
        position = (below + (equal - below - 1) / 2) / (len(figures) - 1)
        return position if preference.want == "high" else 1.0 - position


def rank(
    careers: Sequence[Career],
    preferences: Preferences,
    single: bool = False,
    shown: int = SHOWN,
) -> Ranking:
    """``single``: a one-criterion ranking ("which pays the most"), over the careers that
    publish that figure, on the source and measure most of them use. ``shown``: how many
    picks to keep, best first."""
    active = preferences.active
    others: dict[tuple[str, str], int] = {}
    if single and active:
        attribute = WEIGHED[active[0].criterion]
        careers = [c for c in careers if attribute.value(c) is not None]
        groups = Counter(attribute.group(c) for c in careers)
        if len(groups) > 1:
            main = groups.most_common(1)[0][0]
            others = {g: n for g, n in groups.items() if g != main}
            careers = [c for c in careers if attribute.group(c) == main]
    scales = {p.criterion: _Scale(careers, p.criterion) for p in active}
    total_weight = sum(p.weight for p in active) or 1.0

    def score(career: Career) -> float:
        points = sum(p.weight * scales[p.criterion].score(career, p) for p in active)
        return round(points / total_weight, 9)

    scored = [(score(c), c) for c in careers]
    misses = {c.slug: tuple(p for p in preferences.hard if not meets(c, p)) for c in careers}
    passing = [(s, c) for s, c in scored if not misses[c.slug]]
    relaxed = not passing and bool(preferences.hard)

    def order(sc: tuple[float, Career]) -> tuple[float, ...]:
        return (len(misses[sc[1].slug]), -sc[0]) if relaxed else (-sc[0],)

    pool = sorted(scored if relaxed else passing, key=lambda sc: (order(sc), sc[1].title))
    keys = [order(sc) for sc in pool]
    picks = []
    for s, career in pool[:shown]:
        key = order((s, career))
        place = 1 + bisect_left(keys, key)
        tied = bisect_right(keys, key) - place
        picks.append(Pick(career, s, place, tied, misses[career.slug] if relaxed else ()))
    return Ranking(preferences, tuple(picks), len(passing), relaxed, others)


def by_openings(careers: Sequence[Career]) -> list[Career]:
    """Careers by BLS annual openings, most first (unpublished last), then by title: how a
    field's careers are listed when nothing was asked to rank them on."""

    def openings(career: Career) -> int:
        demand = career.demand
        return demand.annual_openings if demand and demand.annual_openings is not None else -1

    return sorted(careers, key=lambda c: (-openings(c), c.title))
