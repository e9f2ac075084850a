"""How close two occupations are in what they ask a worker to know: the cosine of their
O*NET knowledge profiles (importance of the 33 areas, each centred on its own mean), as
where the one stands among all occupations seen from the other (1 the nearest, 0 the
farthest), with the occupations O*NET lists as related counted among the nearest. A nurse
is closest to other nurses and health practitioners, a cashier to tellers and customer
service; an administrative assistant's neighbours are clerks, executive assistants and
office supervisors, not postal clerks."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from careerbot.careers.model import Career
from careerbot.recommend.scales import per_catalog

#: a related occupation (O*NET "Related Occupations") stands at least this near: among the
#: nearest 1% of all occupations
RELATED = 0.99
#: knowledge areas (or skills) an occupation must be rated on for a profile
MIN_AREAS = 30
MIN_SKILLS = 30
#: how many current jobs' tables are kept (each one number per career)
KEPT = 128

Profile = tuple[float, ...]


class Profiles:
    """Each career's centred, unit-length knowledge profile, in one fixed order of areas."""

    def __init__(self, careers: Sequence[Career]) -> None:
        self.careers = careers
        self.knowledge = _unit_profiles(careers, _knowledge, MIN_AREAS)
        # where O*NET rates no knowledge (44 occupations, software developers among them),
        # their skill importance stands in, against every career's
        self.skills = _unit_profiles(careers, lambda c: c.skill_importance, MIN_SKILLS)
        self._near: dict[str, dict[str, float]] = {}

    def closeness(self, source: Career, careers: Sequence[Career]) -> dict[str, float]:
        """0–1 for each of ``careers`` with a profile (``nearness``)."""
        near = self.nearness(source)
        return {c.slug: near[c.slug] for c in careers if c.slug in near}

    def nearness(self, source: Career) -> dict[str, float]:
        """Where each career stands in closeness to ``source`` among all careers with a
        profile: the mid-rank percentile of the cosine (1 the nearest), or ``RELATED`` if
        higher for an occupation O*NET lists as related. Kept per source."""
        if source.slug not in self._near:
            if len(self._near) >= KEPT:
                self._near.clear()
            self._near[source.slug] = self._nearness(source)
        return self._near[source.slug]

    def _nearness(self, source: Career) -> dict[str, float]:
        profiles = self.knowledge if source.slug in self.knowledge else self.skills
        mine = profiles.get(source.slug)
        cosine = (
            {slug: sum(map(float.__mul__, mine, theirs)) for slug, theirs in profiles.items()}
            if mine
            else {}
        )
        ordered = sorted(cosine.values())
        last = max(1, len(ordered) - 1)
        start = 0
        while start < len(ordered):  # equal cosines stand alike (mid-rank)
            end = start
            while end + 1 < len(ordered) and ordered[end + 1] == ordered[start]:
                end += 1
            mid = (start + end) / 2 / last
            for index in range(start, end + 1):
                ordered[index] = mid
            start = end + 1
        standing = dict(zip(sorted(cosine, key=cosine.__getitem__), ordered, strict=True))
        related = set(source.related)
        for career in self.careers:
            if career.slug in related or source.slug in career.related:
                standing[career.slug] = max(standing.get(career.slug, 0.0), RELATED)
        return standing


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
