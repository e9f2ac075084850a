"""A roadmap: how to get from one career (or from no particular career) into another, each
step standing on a named source (docs/catalog-build.md, "Roadmaps").

- What carries over: the skills the two share (O*NET Skills; the pages' skill lists for
  the AI careers).
- What to build: the new career's important skills where the old one's O*NET level is
  lower, biggest weighted gap first, and its common tools the old one does not use.
- Credentials and time: the new career's typical entry education, training and experience
  (BLS Employment Projections) against the old one's, with the switch rule's credit for
  related work; the time is the missing credentials' years at least, and at most that plus
  the spread of the new career's own learning range, never more than starting afresh.
- Stepping stones: when the switch is hard, a route through O*NET's Related Occupations in
  which every hop is easier than the direct switch (a cashier → pharmacy aide → pharmacy
  technician kind of path), each hop with its own difficulty.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from careerbot.careers.model import Career, Stage
from careerbot.careers.skills import analyse_skills
from careerbot.careers.switching import (
    Switch,
    Transition,
    credential_gap,
    skill_gap,
    switch,
)

#: sources of the parts of a roadmap that are not a figure of their own
SKILLS_SOURCE = "onet-29.3"
PAGES_SOURCE = "ai-career-pages"
#: a route has at most this many careers between the two
MOST_STONES = 3
#: the cost of a hop, by how hard it is: a route of easy hops beats one hard jump
HOP_COST = {Transition.EASY: 1.0, Transition.MODERATE: 3.0, Transition.HARD: 9.0}
SHOWN_SKILLS = 5
SHOWN_TOOLS = 5


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    #: the source id it stands on (a key of the catalog's sources)
    source: str


@dataclass(frozen=True, slots=True)
class Hop:
    career: Career
    #: switching into this career from the one before it on the route
    switch: Switch


@dataclass(frozen=True, slots=True)
class Roadmap:
    target: Career
    source: Career | None
    carries_over: tuple[str, ...]
    to_build: tuple[str, ...]
    tools: tuple[str, ...]
    #: the credentials the target asks for that the source does not bring
    credentials: tuple[Step, ...]
    #: the time it takes, in months (low, high); None where nothing says
    months: tuple[int, int] | None
    #: careers between the two, each with the switch into it; the last hop is into target
    route: tuple[Hop, ...]
    #: the switch from source to target directly
    direct: Switch | None
    steps: tuple[Step, ...]

    @property
    def stepping_stones(self) -> tuple[Career, ...]:
        return tuple(hop.career for hop in self.route[:-1])


def _stages(career: Career) -> tuple[Stage, ...]:
    curve = career.learning_curve
    return curve.stages if curve else ()


def _own_credentials(career: Career) -> tuple[Step, ...]:
    """The way in from nothing: the career's own stages."""
    curve, barrier = career.learning_curve, career.entry_barrier
    steps = []
    for stage in _stages(career):
        if stage.kind == "education" and stage.months_max == 0:
            continue  # "no formal credential" is no step
        steps.append(
            Step(f"{stage.kind.capitalize()}: {stage.text}", curve.source if curve else "")
        )
    if barrier is not None and barrier.licence:
        steps.append(Step("A licence or certification to practise", barrier.source))
    return tuple(steps)


def _months_from_nothing(career: Career) -> tuple[int, int] | None:
    curve = career.learning_curve
    if curve is None or curve.months is None:
        return None
    return curve.months, curve.months_max if curve.months_max is not None else curve.months


def _switch_months(source: Career, target: Career, years: float) -> tuple[int, int] | None:
    fresh = _months_from_nothing(target)
    if fresh is None:
        return None
    low = min(round(years * 12), fresh[1])
    return low, min(low + fresh[1] - fresh[0], fresh[1])


def _skills_to_build(source: Career | None, target: Career) -> tuple[str, ...]:
    """The target's important skills where the source's level is lower, by weighted gap."""
    if not target.skill_importance:
        return ()
    mine = source.skill_level if source else {}
    gaps = []
    for name, importance in target.skill_importance.items():
        gap = target.skill_level.get(name, 0.0) - mine.get(name, 0.0)
        if importance >= 3.0 and gap > 0:
            gaps.append(((importance - 1) * gap, name))
    return tuple(name for _, name in sorted(gaps, reverse=True)[:SHOWN_SKILLS])


def _neighbours(
    career: Career, by_slug: Mapping[str, Career], back: Mapping[str, set[str]]
) -> set[str]:
    return ({s for s in career.related if s in by_slug} | back.get(career.slug, set())) - {
        career.slug
    }


def _reverse(careers: Sequence[Career]) -> dict[str, set[str]]:
    back: dict[str, set[str]] = {}
    for career in careers:
        for slug in career.related:
            back.setdefault(slug, set()).add(career.slug)
    return back


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
    """The easiest route of related occupations from source to target, when one exists whose
    every hop is easier than the direct switch; else the direct hop alone."""
    alone = (Hop(target, direct),)
    if direct.difficulty is not Transition.HARD or not source.skill_level:
        return alone
    by_slug = {c.slug: c for c in careers}
    back = _reverse(careers)
    near_target = _within(target, by_slug, back)
    if source.slug not in near_target:
        return alone
    best: dict[str, float] = {source.slug: 0.0}
    queue: list[tuple[float, str, tuple[Hop, ...]]] = [(0.0, source.slug, ())]
    while queue:
        cost, slug, hops = heapq.heappop(queue)
        if slug == target.slug:
            return hops if len(hops) > 1 else alone
        if cost > best.get(slug, float("inf")) or len(hops) > MOST_STONES:
            continue
        here = by_slug[slug]
        for near in _neighbours(here, by_slug, back):
            left = MOST_STONES + 1 - len(hops) - 1
            if near_target.get(near, MOST_STONES + 2) > left or not by_slug[near].skill_level:
                continue
            hop = switch(here, by_slug[near])
            if hop.difficulty is Transition.NOT_ESTIMATED or hop.difficulty is Transition.HARD:
                continue
            total = cost + HOP_COST[hop.difficulty] + (hop.years or 0.0)
            if total < best.get(near, float("inf")):
                best[near] = total
                heapq.heappush(queue, (total, near, (*hops, Hop(by_slug[near], hop))))
    return alone


def roadmap(target: Career, source: Career | None, careers: Sequence[Career]) -> Roadmap:
    """The way into ``target`` from ``source`` (None: from no particular career)."""
    pages = target.soc is None  # a career of the comparison pages
    skills_source = PAGES_SOURCE if pages else SKILLS_SOURCE
    carries: tuple[str, ...] = ()
    direct: Switch | None = None
    hops: tuple[Hop, ...] = ()
    if source is None:
        credentials = _own_credentials(target)
        months = _months_from_nothing(target)
        to_build = _skills_to_build(None, target) or target.skills[:SHOWN_SKILLS]
        tools = target.tools[:SHOWN_TOOLS]
    else:
        analysis = analyse_skills(source.skills, target.skills)
        gap = credential_gap(source, target)
        if gap is not None and skill_gap(source, target) is not None:
            direct = switch(source, target)
            hops = route(source, target, careers, direct)
        years, reasons = gap if gap is not None else (0.0, ())
        credentials = tuple(
            Step(r[:1].upper() + r[1:], _credential_source(target)) for r in reasons
        )
        if gap is None:
            credentials = _own_credentials(target)
        months = (
            _switch_months(source, target, years)
            if gap is not None
            else _months_from_nothing(target)
        )
        to_build = _skills_to_build(source, target) or analysis.b_only[:SHOWN_SKILLS]
        # a shared skill the new career needs at a higher level is one to build, not one
        # that carries over
        carries = tuple(p.b for p in analysis.shared if p.b not in to_build)[:SHOWN_SKILLS]
        used = {t.casefold() for t in source.tools}
        tools = tuple(t for t in target.tools if t.casefold() not in used)[:SHOWN_TOOLS]
    steps = _steps(
        target,
        source,
        carries=carries,
        to_build=to_build,
        tools=tools,
        credentials=credentials,
        months=months,
        skills_source=skills_source,
    )
    return Roadmap(
        target, source, carries, to_build, tools, credentials, months, hops, direct, steps
    )


def _credential_source(career: Career) -> str:
    curve = career.learning_curve
    return curve.source if curve else ""


def months_text(months: tuple[int, int]) -> str:
    low, high = months
    if high <= 1:
        return "under a month"
    if high < 24:
        return f"{low}–{high} months" if low != high else f"about {low} months"
    say_low, say_high = round(low / 12), round(high / 12)
    if say_low == say_high:
        return f"about {say_low} year{'s' if say_low != 1 else ''}"
    return f"{say_low}–{say_high} years" if low >= 12 else f"{low} months–{say_high} years"


def _steps(
    target: Career,
    source: Career | None,
    *,
    carries: tuple[str, ...],
    to_build: tuple[str, ...],
    tools: tuple[str, ...],
    credentials: tuple[Step, ...],
    months: tuple[int, int] | None,
    skills_source: str,
) -> tuple[Step, ...]:
    steps: list[Step] = []
    if source is not None and (source.soc is None) != (target.soc is None):
        said = "not estimated: the two careers' skills come from different sources"
        steps.append(Step(f"Carries over: {said}", skills_source))
    elif source is not None:
        said = "; ".join(carries) if carries else "none of the top skills listed for both"
        steps.append(Step(f"Carries over: {said}", skills_source))
    if to_build:
        steps.append(Step(f"Skills to build: {'; '.join(to_build)}", skills_source))
    if tools:
        steps.append(Step(f"Tools to learn: {', '.join(tools)}", SKILLS_SOURCE))
    if credentials:
        steps.extend(credentials)
    elif source is not None and target.soc is not None:
        steps.append(Step("No credential it asks for is missing", _credential_source(target)))
    elif target.soc is None:
        steps.append(Step("Credentials: the pages publish none for this career", skills_source))
    if months is not None:
        curve = target.learning_curve
        steps.append(Step(f"Time: {months_text(months)}", curve.source if curve else ""))
    return tuple(steps)
