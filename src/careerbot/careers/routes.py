"""Stepping stones: a route of O*NET related occupations from one career to another, shown
only when it takes less time in all than switching directly (docs/catalog-build.md,
"Roadmaps").

Each hop takes its credentials whole (``credentials``: no programme is split between jobs,
no lower credential shortens a higher one), so a route is quicker only where the jobs on the
way carry the experience the next one asks for and cost less than the direct way's. Where a
stepping stone's work is the experience the next job asks for, the route still spends that
time working there. No stepping stone may be reached by a hard switch.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from careerbot.careers import credentials as cr
from careerbot.careers.model import Career
from careerbot.careers.switching import Switch, Transition, switch

#: a route has at most this many careers between the two
MOST_STONES = 3
#: a route must save at least this much time (years) to be worth its extra hops
SAVES = 0.25


@dataclass(frozen=True, slots=True)
class Hop:
    career: Career
    #: switching into this career from the one before it on the route
    switch: Switch
    #: the years this hop takes before the new job: its missing credentials, and the time
    #: working in the job before it where that work is the experience the new one asks for
    years: float


def hop_years(origin: Career, previous: Career, following: Career, first: bool) -> float:
    """The years a hop takes before the new job. The degree the worker holds is the one
    earned for ``origin`` (the route's start, or the last hop that took a degree): a field's
    coursework is not skipped by passing through related jobs. From the route's start the
    worker already has their job's experience; on a stepping stone it is still to be gained."""
    education, _ = cr.education_gap(origin, following)
    programme, _ = cr.programme_gap(previous, following)
    years = max(education, 0.0) + max(programme, 0.0)
    needed = cr.experience_needed(following)
    if not first or not cr.counts_as_experience(previous, following):
        years += needed
    return years


def training_months(target: Career) -> tuple[int, int]:
    """The new career's own training after hire (O*NET's most common answer or EP's band);
    a programme of set length is a credential, counted with the hops."""
    stage = cr.stage(target, "training")
    if stage is None or stage.category in cr.PROGRAMMES:
        return 0, 0
    return stage.months, stage.months_max if stage.months_max is not None else stage.months


def total_years(hops: Sequence[Hop]) -> float:
    return sum(h.years for h in hops)


def _reverse(careers: Sequence[Career]) -> dict[str, set[str]]:
    back: dict[str, set[str]] = {}
    for career in careers:
        for slug in career.related:
            back.setdefault(slug, set()).add(career.slug)
    return back


def _neighbours(
    career: Career, by_slug: Mapping[str, Career], back: Mapping[str, set[str]]
) -> set[str]:
    return ({s for s in career.related if s in by_slug} | back.get(career.slug, set())) - {
        career.slug
    }


def _within(
    target: Career, by_slug: Mapping[str, Career], back: Mapping[str, set[str]]
) -> dict[str, int]:
    """Careers within ``MOST_STONES + 1`` related-occupation links of the target, by distance."""
    distance = {target.slug: 0}
    frontier = [target.slug]
    for depth in range(1, MOST_STONES + 2):
        found = []
        for slug in frontier:
            for near in _neighbours(by_slug[slug], by_slug, back):
                if near not in distance:
                    distance[near] = depth
                    found.append(near)
        frontier = found
    return distance


def route(
    source: Career, target: Career, careers: Sequence[Career], direct: Switch
) -> tuple[Hop, ...]:
    """The quickest route of related occupations, no stepping stone reached by a hard switch,
    when it takes less time than the direct switch; else the direct hop alone."""
    alone = (Hop(target, direct, direct.years or 0.0),)
    if direct.difficulty is Transition.NOT_ESTIMATED or not direct.years or not source.skill_level:
        return alone
    by_slug = {c.slug: c for c in careers}
    back = _reverse(careers)
    near_target = _within(target, by_slug, back)
    if source.slug not in near_target:
        return alone
    # a state is where the worker is and where their degree comes from
    best: dict[tuple[str, str], float] = {(source.slug, source.slug): 0.0}
    queue: list[tuple[float, str, str, tuple[Hop, ...]]] = [(0.0, source.slug, source.slug, ())]
    while queue:
        spent, slug, origin, hops = heapq.heappop(queue)
        if spent >= alone[0].years - SAVES:
            break  # nothing left in the queue can save time
        if slug == target.slug:
            return hops if len(hops) > 1 else alone
        if spent > best.get((slug, origin), float("inf")) or len(hops) > MOST_STONES:
            continue
        here = by_slug[slug]
        left = MOST_STONES - len(hops)
        for near in _neighbours(here, by_slug, back):
            following = by_slug[near]
            if near_target.get(near, MOST_STONES + 2) > left or not following.skill_level:
                continue
            hop = switch(here, following)
            # a stepping stone is an easier step; the last hop may be as hard as it is
            blocked = {Transition.NOT_ESTIMATED} | (
                set() if near == target.slug else {Transition.HARD}
            )
            if hop.difficulty in blocked:
                continue
            years = hop_years(by_slug[origin], here, following, first=not hops)
            degree = near if cr.education_gap(by_slug[origin], following)[0] > 0 else origin
            total = spent + years
            if total < best.get((near, degree), float("inf")):
                best[(near, degree)] = total
                hop_made = Hop(following, hop, years)
                heapq.heappush(queue, (total, near, degree, (*hops, hop_made)))
    return alone
