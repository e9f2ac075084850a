"""Ranking every career against a person's preferences.

Must-haves filter; every active preference also weighs, by where a career stands among
all careers on that criterion (its mid-rank percentile of the figure as shown, so figures
shown alike score exactly alike), and only among careers whose figure has the same source
and measure. A figure that is not published earns nothing and never meets a must-have. Equal
scores are ties and are reported as ties; within a tie careers are listed by BLS annual
openings, most first (then by title), which is said. A ranking on one figure places careers
as the cards judge them: figures the card would call a tie share a place.

A wish about a measure that is never ranked (exposure to LLMs is not a risk) weighs nothing;
the ranking says so. Whenever such a figure is asked about, the careers ranked are those of
one source and measure, so no list mixes an exposure share with a replacement rating.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from careerbot.careers.criteria import Attribute
from careerbot.careers.demand import shared
from careerbot.careers.formatting import thousands
from careerbot.careers.model import Career, Direction
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.weighing import WEIGHED, Criterion

SHOWN = 5
T = TypeVar("T")


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
    unranked: tuple[Criterion, ...] = ()


#: the least preparation each O*NET job zone usually takes, in months (Job Zone Reference:
#: zone 2 "a few months to one year", zone 3 "one or two years" and previous experience
#: required, zone 4 "several years", zone 5 "more than five years")
ZONE_LEAST_MONTHS = {1: 0, 2: 3, 3: 12, 4: 24, 5: 60}


#: the least related work experience each BLS EP category asks, in months
EXPERIENCE_LEAST_MONTHS = {"Less than 5 years": 12, "5 years or more": 60}


def meets(career: Career, preference: Preference) -> bool:
    bound = preference.bound()
    if bound is None:
        return True
    figure = WEIGHED[preference.criterion].check_value(career)
    if figure is None:
        return False
    if preference.criterion == "learning_curve" and preference.want == "low":
        # a time to learn is a must on the whole way in: the occupation's job zone, which
        # counts the related experience BLS's education and training leave out, as well
        zone = career.difficulty.rank if career.difficulty else None
        if zone in ZONE_LEAST_MONTHS and ZONE_LEAST_MONTHS[zone] >= max(bound, 1):
            return False
        # and BLS's related work experience ("Less than 5 years" is 1–4 years): a
        # supervisor's job is not learned in months by someone who never did the work
        barrier = career.entry_barrier
        experience = (barrier.raw or "").partition(";")[2].strip() if barrier else ""
        if EXPERIENCE_LEAST_MONTHS.get(experience, 0) >= max(bound, 1):
            return False
    return figure >= bound if preference.want == "high" else figure <= bound


def as_shown(attribute: Attribute, career: Career) -> float | None:
    """The figure as a card shows it (pay to $1k, growth to 0.1%): what a ranking weighs."""
    value = attribute.value(career)
    if value is None:
        return None
    if attribute.name == "salary":
        return float(thousands(value))
    return round(value, 1)


class Scale:
    """Where each figure, as the card shows it, stands among all careers measured the same
    way: worked out once per career when the scale is made, so scoring a career is a
    look-up; and, asked for a career, which of them the card would call level with it."""

    def __init__(self, careers: Sequence[Career], criterion: Criterion) -> None:
        self.attribute = attribute = WEIGHED[criterion]
        self._careers = careers
        measured = [
            (c.slug, v, attribute.group(c))
            for c in careers
            if (v := as_shown(attribute, c)) is not None
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
        self._alike: dict[tuple[str, str], list[tuple[Career, float]]] | None = None
        self._judged: dict[str, tuple[int, int, int]] = {}

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
        # a flag's value is its standing: done from home 1, partly 0.5 (between), not 0
        made = self._points[want] = {
            slug: 1.0 if standing is None else standing if high else 1.0 - standing
            for slug, standing in self.standing.items()
        }
        return made

    def judged(self, career: Career) -> tuple[int, int, int]:
        """(higher, level, lower): how many careers measured the same way have a higher
        figure, one the card calls level with this one's ($123k and $123k; pay gaps under
        2%), and a lower one. Worked out once a career, when first asked."""
        if (made := self._judged.get(career.slug)) is not None:
            return made
        attribute, mine = self.attribute, self.attribute.value(career)
        if mine is None:
            return 0, 0, 0
        if self._alike is None:
            self._alike = {}
            for other in self._careers:
                if (theirs := attribute.value(other)) is not None:
                    self._alike.setdefault(attribute.group(other), []).append((other, theirs))
        higher = level = lower = 0
        for other, theirs in self._alike.get(attribute.group(career), []):
            if other is career:
                continue
            tie = attribute.level(mine, theirs) if attribute.level else None
            if tie or (tie is None and attribute.is_tie(other, career)):
                level += 1
            elif theirs > mine:
                higher += 1
            elif theirs < mine:
                lower += 1
        made = self._judged[career.slug] = (higher, level, lower)
        return made


#: makes the scale of a criterion over careers (a caller may keep scales it asks for again)
ScaleOf = Callable[[Sequence[Career], Criterion], Scale]
#: what ``rank`` worked out of a list of careers alone (a figure's scale, the careers of one
#: source and measure), for the next ranking of the same careers: each kept with its
#: careers, so the ids in its key stay theirs
_KEPT: dict[tuple[str, Criterion, tuple[int, ...]], tuple[tuple[Career, ...], Any]] = {}
KEPT = 64


def _kept(kind: str, careers: Sequence[Career], criterion: Criterion, build: Callable[[], T]) -> T:
    key = (kind, criterion, tuple(map(id, careers)))
    found = _KEPT.get(key)
    if found is None:
        if len(_KEPT) >= KEPT:
            _KEPT.clear()
        found = _KEPT[key] = (tuple(careers), build())
    kept: T = found[1]
    return kept


def kept_scale(careers: Sequence[Career], criterion: Criterion) -> Scale:
    return _kept("scale", careers, criterion, lambda: Scale(careers, criterion))


def _one_group(
    careers: Sequence[Career], attribute: Attribute, named: str | None = None
) -> tuple[list[Career], dict[tuple[str, str], int]]:
    """The careers of the source and measure most of them use for ``attribute`` (the
    measure asked for by name first, then a ranked measure on a tie), and how many each
    other group held."""
    publishing = [c for c in careers if attribute.value(c) is not None]
    groups = Counter(attribute.group(c) for c in publishing)
    if len(groups) <= 1:
        return publishing, {}
    ranked = ranked_measures(attribute, named)
    main = max(groups, key=lambda g: (g[1] == named, groups[g], ranked is None or g[1] in ranked))
    return (
        [c for c in publishing if attribute.group(c) == main],
        {g: n for g, n in groups.items() if g != main},
    )


def ranked_measures(attribute: Attribute, named: str | None = None) -> frozenset[str] | None:
    """The measures a wish ranks on: the attribute's own, and one it asked for by name
    ("lowest LLM exposure" ranks on exposure; "lowest AI risk" never does)."""
    ranked = attribute.ranked_measures
    if ranked is None or named is None or named not in attribute.named:
        return ranked
    return ranked | {named}


def never_ranked(attribute: Attribute, careers: Sequence[Career], named: str | None = None) -> bool:
    """Whether no career's figure is of a measure the wish may rank on (LLM exposure is
    never ranked as the risk of being replaced)."""
    ranked = ranked_measures(attribute, named)
    measures = {attribute.measure(c) for c in careers if attribute.value(c) is not None}
    return ranked is not None and bool(measures) and not measures & ranked


def ordering(asked: tuple[Preference, ...]) -> tuple[Preference, ...]:
    """What a ranking orders by: a must with its own bound ("only ones over 100k") filters,
    and orders only when nothing else was asked to order by ("jobs over 100k")."""
    return tuple(p for p in asked if not (p.hard and p.limit is not None)) or asked


def rank(
    careers: Sequence[Career],
    preferences: Preferences,
    single: bool = False,
    shown: int = SHOWN,
    scale_of: ScaleOf = kept_scale,
    *,
    each_line_once: bool = True,
) -> Ranking:
    """``single``: a one-criterion ranking ("which pays the most"), over the careers that
    publish that figure, on the source and measure most of them use. ``shown``: how many
    picks to keep, best first. ``scale_of`` is asked for each criterion's scale over the
    careers ranked, which the preferences themselves may narrow to one source and measure.
    ``each_line_once``: a ranking on a BLS line's figure lists the line once (not for the
    careers on screen, every one of which was asked of)."""
    asked = preferences.active
    others: dict[tuple[str, str], int] = {}
    for preference in asked:
        attribute = WEIGHED[preference.criterion]
        if single or attribute.ranked_measures is not None:
            careers, left = _kept(
                f"group{preference.measure}",
                careers,
                preference.criterion,
                partial(_one_group, careers, attribute, preference.measure),
            )
            others.update(left)
    unranked = tuple(
        p.criterion
        for p in asked
        if _kept(
            f"never{p.measure}",
            careers,
            p.criterion,
            partial(never_ranked, WEIGHED[p.criterion], careers, p.measure),
        )
    )
    active = ordering(tuple(p for p in asked if p.criterion not in unranked))
    scales = {p.criterion: scale_of(careers, p.criterion) for p in active}
    total_weight = sum(p.weight for p in active) or 1.0

    # each wish adds its points to every career in turn (a career not measured earns none)
    totals = dict.fromkeys((c.slug for c in careers), 0.0)
    for p in active:
        for slug, points in scales[p.criterion].points(p.want).items():
            if slug in totals:
                totals[slug] += p.weight * points
    scored = [(round(totals[c.slug] / total_weight, 9), c) for c in careers]
    hard = tuple(p for p in preferences.hard if p.criterion not in unranked)
    misses = {c.slug: tuple(p for p in hard if not meets(c, p)) for c in careers}
    passing = [(s, c) for s, c in scored if not misses[c.slug]]
    relaxed = not passing and bool(hard)

    def order(sc: tuple[float, Career]) -> tuple[float, ...]:
        return (len(misses[sc[1].slug]), -sc[0]) if relaxed else (-sc[0],)

    # among equals, the most openings a year first (BLS): never a long alphabetical tie
    pool = sorted(
        scored if relaxed else passing, key=lambda sc: (order(sc), -openings(sc[1]), sc[1].title)
    )
    per_line = each_line_once and single and len(active) == 1
    per_line = per_line and active[0].criterion in _LINE_FIGURES
    if per_line:
        pool = _one_per_line(pool)
    keys = [order(sc) for sc in pool]
    # a ranking on one figure places careers as the cards judge them, among those it lists
    # (each BLS line once, where it lists each once: no place skipped for a line's others)
    judging = None
    if single and len(active) == 1 and not relaxed:
        criterion, listed = active[0].criterion, [c for c in careers if not misses[c.slug]]
        if per_line:
            listed = [c for _, c in pool]
        kept = len(listed) == len(careers)
        judging = (active[0].want, scales[criterion] if kept else scale_of(listed, criterion))
    picks = []
    for s, career in pool[:shown]:
        key = order((s, career))
        place = 1 + bisect_left(keys, key)
        tied = bisect_right(keys, key) - place
        if judging is not None:
            higher, tied, lower = judging[1].judged(career)
            place = 1 + (higher if judging[0] == "high" else lower)
        picks.append(Pick(career, s, place, tied, misses[career.slug] if relaxed else ()))
    return Ranking(preferences, tuple(picks), len(passing), relaxed, others, unranked)


#: figures BLS publishes for a line that several careers of the catalog may share
_LINE_FIGURES = frozenset({"openings", "demand", "salary"})


def _one_per_line(pool: list[tuple[float, Career]]) -> list[tuple[float, Career]]:
    """A ranking on a BLS line's figure lists the line once ("most openings": fast food and
    counter workers, not baristas beside them with the same 1.0 million), by the career
    the line is named for where one is."""
    lines: dict[str, list[tuple[float, Career]]] = {}
    for sc in pool:
        lines.setdefault(_line(sc[1]), []).append(sc)
    # the line's own occupation (O*NET-SOC .00 of its code) where it is among them
    kept = {
        id(min(members, key=lambda sc: sc[1].soc != f"{line}.00"))
        for line, members in lines.items()
    }
    return [sc for sc in pool if id(sc) in kept]


def _line(career: Career) -> str:
    """The BLS line a career's figures are: the code its group names ("Home Health and
    Personal Care Aides (31-1120)"), else its own SOC code; a career of its own, its slug."""
    if not shared(career) or not career.soc:
        return career.slug
    named = re.search(r"\((\d{2}-\d{4})\)\s*$", career.bls_group or "")
    return named.group(1) if named else career.soc[:7]


def openings(career: Career) -> int:
    """BLS annual openings; -1 where unpublished (listed after every published figure)."""
    demand = career.demand
    return demand.annual_openings if demand and demand.annual_openings is not None else -1


def by_openings(careers: Sequence[Career]) -> list[Career]:
    """Careers by BLS annual openings, most first (unpublished last), then by title: how a
    field's careers are listed when nothing was asked to rank them on."""
    return sorted(careers, key=lambda c: (-openings(c), c.title))
