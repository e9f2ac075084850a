"""Ranking every career against a person's preferences.

Must-haves filter; every active preference also weighs, by where a career stands among
all careers on that criterion (its mid-rank percentile of the figure as shown, so figures
shown alike score exactly alike), and only among careers whose figure has the same source
and measure. A figure that is not published earns nothing and never meets a must-have. Equal
scores are ties and are reported as ties; within a tie careers are listed alphabetically,
which is said. A ranking on one figure places careers as the cards judge them: figures the
card would call a tie share a place.

A wish about a measure that is never ranked (exposure to LLMs is not a risk) weighs nothing;
the ranking says so. Whenever such a figure is asked about, the careers ranked are those of
one source and measure, so no list mixes an exposure share with a replacement rating.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from careerbot.careers.criteria import BY_NAME, Attribute, AttributeName
from careerbot.careers.formatting import thousands
from careerbot.careers.model import Career, Direction
from careerbot.recommend.preferences import Preference, Preferences

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
    #: criteria asked for whose measure is never ranked (LLM exposure): they weighed nothing
    unranked: tuple[AttributeName, ...] = ()


def meets(career: Career, preference: Preference) -> bool:
    bound = preference.bound()
    if bound is None:
        return True
    figure = BY_NAME[preference.criterion].check_value(career)
    if figure is None:
        return False
    return figure >= bound if preference.want == "high" else figure <= bound


class _Scale:
    """Where each figure stands among all careers measured the same way."""

    def __init__(self, careers: Sequence[Career], criterion: AttributeName) -> None:
        self.attribute = BY_NAME[criterion]
        self.sorted: dict[tuple[str, str], list[float]] = {}
        for career in careers:
            figure = shown(self.attribute, career)
            if figure is not None:
                self.sorted.setdefault(self.attribute.group(career), []).append(figure)
        for figures in self.sorted.values():
            figures.sort()

    def score(self, career: Career, preference: Preference) -> float:
        figure = shown(self.attribute, career)
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


def shown(attribute: Attribute, career: Career) -> float | None:
    """The figure as a card shows it (pay to $1k, growth to 0.1%): what a ranking weighs."""
    value = attribute.value(career)
    if value is None:
        return None
    if attribute.name == "salary":
        return float(thousands(value))
    return round(value, 1)


def _one_group(
    careers: Sequence[Career], attribute: Attribute
) -> tuple[list[Career], dict[tuple[str, str], int]]:
    """The careers of the source and measure most of them use for ``attribute`` (a ranked
    measure first on a tie), and how many each other group held."""
    publishing = [c for c in careers if attribute.value(c) is not None]
    groups = Counter(attribute.group(c) for c in publishing)
    if len(groups) <= 1:
        return publishing, {}
    ranked = attribute.ranked_measures
    main = max(groups, key=lambda g: (groups[g], ranked is None or g[1] in ranked))
    return (
        [c for c in publishing if attribute.group(c) == main],
        {g: n for g, n in groups.items() if g != main},
    )


def _never_ranked(attribute: Attribute, careers: Sequence[Career]) -> bool:
    ranked = attribute.ranked_measures
    measures = {attribute.measure(c) for c in careers if attribute.value(c) is not None}
    return ranked is not None and bool(measures) and not measures & ranked


def rank(careers: Sequence[Career], preferences: Preferences, single: bool = False) -> Ranking:
    """``single``: a one-criterion ranking ("which pays the most"), over the careers that
    publish that figure, on the source and measure most of them use."""
    asked = preferences.active
    others: dict[tuple[str, str], int] = {}
    for preference in asked:
        attribute = BY_NAME[preference.criterion]
        if single or attribute.ranked_measures is not None:
            careers, left = _one_group(careers, attribute)
            others.update(left)
    unranked = tuple(p.criterion for p in asked if _never_ranked(BY_NAME[p.criterion], careers))
    active = tuple(p for p in asked if p.criterion not in unranked)
    scales = {p.criterion: _Scale(careers, p.criterion) for p in active}
    total_weight = sum(p.weight for p in active) or 1.0

    def score(career: Career) -> float:
        points = sum(p.weight * scales[p.criterion].score(career, p) for p in active)
        return round(points / total_weight, 9)

    hard = tuple(p for p in preferences.hard if p.criterion not in unranked)
    scored = [(score(c), c) for c in careers]
    misses = {c.slug: tuple(p for p in hard if not meets(c, p)) for c in careers}
    passing = [(s, c) for s, c in scored if not misses[c.slug]]
    relaxed = not passing and bool(hard)

    def order(sc: tuple[float, Career]) -> tuple[float, ...]:
        return (len(misses[sc[1].slug]), -sc[0]) if relaxed else (-sc[0],)

    pool = sorted(scored if relaxed else passing, key=lambda sc: (order(sc), sc[1].title))
    keys = [order(sc) for sc in pool]
    on_one = BY_NAME[active[0].criterion] if single and len(active) == 1 else None
    picks = []
    for s, career in pool[:SHOWN]:
        key = order((s, career))
        place = 1 + bisect_left(keys, key)
        tied = bisect_right(keys, key) - place
        if on_one is not None and not relaxed:
            place, tied = _as_the_card_judges(on_one, active[0].want, career, [c for _, c in pool])
        picks.append(Pick(career, s, place, tied, misses[career.slug] if relaxed else ()))
    return Ranking(preferences, tuple(picks), len(passing), relaxed, others, unranked)


def _as_the_card_judges(
    attribute: Attribute, want: Direction, career: Career, pool: Sequence[Career]
) -> tuple[int, int]:
    """(place, how many others tie with it): a career is placed below only those the card
    would call better, never below one it calls a tie ($123k and $123k; gaps under 2%)."""
    mine = attribute.value(career)
    better = tied = 0
    for other in pool:
        theirs = attribute.value(other)
        if other is career or mine is None or theirs is None:
            continue
        level = attribute.level(mine, theirs) if attribute.level else None
        if level or (level is None and attribute.is_tie(other, career)):
            tied += 1
        elif theirs > mine if want == "high" else theirs < mine:
            better += 1
    return 1 + better, tied


def by_openings(careers: Sequence[Career]) -> list[Career]:
    """Careers by BLS annual openings, most first (unpublished last), then by title: how a
    field's careers are listed when nothing was asked to rank them on."""

    def openings(career: Career) -> int:
        demand = career.demand
        return demand.annual_openings if demand and demand.annual_openings is not None else -1

    return sorted(careers, key=lambda c: (-openings(c), c.title))
