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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careerbot.careers.model import Career, Direction
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


class Scale:
    """Where each figure stands among all careers measured the same way: worked out once
    per career when the scale is made, so scoring a career is a look-up."""

    def __init__(self, careers: Sequence[Career], criterion: Criterion) -> None:
        self.attribute = attribute = WEIGHED[criterion]
        measured = [
            (c.slug, v, attribute.group(c))
            for c in careers
            if (v := attribute.value(c)) is not None
        ]
        self.sorted: dict[tuple[str, str], list[float]] = {}
        for _, figure, group in measured:
            self.sorted.setdefault(group, []).append(figure)
        for figures in self.sorted.values():
            figures.sort()
        #: a flag's value; else the mid-rank position from the lowest (0) to the highest (1),
        #: ``None`` for the only career measured its way
        self.standing: dict[str, float | None] = {
            slug: figure if attribute.flag else self._position(figure, self.sorted[group])
            for slug, figure, group in measured
        }
        self._points: dict[Direction, dict[str, float]] = {}

    @staticmethod
    def _position(figure: float, figures: list[float]) -> float | None:
        if len(figures) == 1:
            return None
        below, equal = bisect_left(figures, figure), bisect_right(figures, figure)
        return (below + (equal - below - 1) / 2) / (len(figures) - 1)

    def points(self, want: Direction) -> dict[str, float]:
        """What each career measured earns, 0 to 1, for a wish this way (made once a way)."""
        if (made := self._points.get(want)) is not None:
            return made
        high = want == "high"
        made = self._points[want] = {
            slug: 1.0
            if standing is None
            else float(standing == high)
            if self.attribute.flag
            else standing
            if high
            else 1.0 - standing
            for slug, standing in self.standing.items()
        }
        return made


#: makes the scale of a criterion over careers (a caller may keep scales it asks for again)
ScaleOf = Callable[[Sequence[Career], Criterion], Scale]


def rank(
    careers: Sequence[Career],
    preferences: Preferences,
    single: bool = False,
    shown: int = SHOWN,
    scale_of: ScaleOf = Scale,
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
    scales = {p.criterion: scale_of(careers, p.criterion) for p in active}
    total_weight = sum(p.weight for p in active) or 1.0

    # each wish adds its points to every career in turn (a career not measured earns none)
    totals = dict.fromkeys((c.slug for c in careers), 0.0)
    for p in active:
        for slug, points in scales[p.criterion].points(p.want).items():
            if slug in totals:
                totals[slug] += p.weight * points
    scored = [(round(totals[c.slug] / total_weight, 9), c) for c in careers]
    hard = preferences.hard
    misses = {c.slug: tuple(p for p in hard if not meets(c, p)) for c in careers}
    passing = [(s, c) for s, c in scored if not misses[c.slug]]
    relaxed = not passing and bool(hard)

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
