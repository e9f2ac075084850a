"""How close two occupations are in what they ask a worker to know: the cosine of their
O*NET knowledge profiles (importance of the 33 areas, each centred on its own mean), with
the occupations O*NET lists as related counted as close. A nurse is closest to other
nurses and health practitioners, a cashier to tellers and customer service."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from careerbot.careers.model import Career
from careerbot.recommend.scales import per_catalog

#: a related occupation (O*NET "Related Occupations") is at least this close
RELATED = 0.9
#: knowledge areas (or skills) an occupation must be rated on for a profile
MIN_AREAS = 30
MIN_SKILLS = 30

Profile = tuple[float, ...]


class Profiles:
    """Each career's centred, unit-length knowledge profile, in one fixed order of areas."""

    def __init__(self, careers: Sequence[Career]) -> None:
        self.knowledge = _unit_profiles(careers, _knowledge, MIN_AREAS)
        # where O*NET rates no knowledge (44 occupations, software developers among them),
        # their skill importance stands in, against every career's
        self.skills = _unit_profiles(careers, lambda c: c.skill_importance, MIN_SKILLS)

    def closeness(self, source: Career, careers: Sequence[Career]) -> dict[str, float]:
        """0–1 for each career with a profile: (cosine + 1) / 2, or ``RELATED`` if higher."""
        profiles = self.knowledge if source.slug in self.knowledge else self.skills
        mine = profiles.get(source.slug)
        related = set(source.related)
        out: dict[str, float] = {}
        for career in careers:
            theirs = profiles.get(career.slug)
            near = (sum(map(float.__mul__, mine, theirs)) + 1) / 2 if mine and theirs else None
            if career.slug in related or source.slug in career.related:
                near = max(near or 0.0, RELATED)
            if near is not None:
                out[career.slug] = near
        return out


def _knowledge(career: Career) -> dict[str, float]:
    return career.descriptors.knowledge if career.descriptors else {}


def _unit_profiles(
    careers: Sequence[Career], ratings: Callable[[Career], dict[str, float]], least: int
) -> dict[str, Profile]:
    """Each career's ratings in one fixed order, centred on their mean, of unit length."""
    names = sorted({name for c in careers for name in ratings(c)})
    out: dict[str, Profile] = {}
    for career in careers:
        rated = ratings(career)
        if len(rated) < least:
            continue
        mean = sum(rated.values()) / len(rated)
        centred = [rated.get(n, mean) - mean for n in names]
        norm = math.hypot(*centred)
        if norm:
            out[career.slug] = tuple(x / norm for x in centred)
    return out


def profiles(careers: Sequence[Career]) -> Profiles:
    """The profiles of a catalog's careers, built once per catalog."""
    return per_catalog(careers, Profiles, lambda: Profiles(careers))
