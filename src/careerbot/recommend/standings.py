"""Where every career stands on each trait and figure, worked out once per catalog: a
person's shortlist is then a few look-ups per career, not a pass over the descriptors.

A standing is the mid-rank percentile among all careers that publish the descriptor (0 the
lowest, 1 the highest, turned round where less is wanted); a topic's among the careers whose
tasks mention it at all. A trait's standing is the best of its descriptors'.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from careerbot.careers.criteria import BY_NAME
from careerbot.careers.measures import typical_pay
from careerbot.careers.model import Career
from careerbot.careers.traits import RIASEC, Test, Trait, by_name, strength
from careerbot.recommend.limits import ease_of, schooled, steps
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference
from careerbot.recommend.ranking import meets
from careerbot.recommend.scales import Scale, per_catalog

Interests = tuple[float, ...]


class Standings:
    def __init__(self, careers: Sequence[Career]) -> None:
        self.careers = careers
        self._tests: dict[tuple[str, bool], dict[str, float]] = {}
        # (keyed by the tests too: a trait may be read on fewer of its descriptors)
        self._traits: dict[tuple[str, tuple[Test, ...]], dict[str, float]] = {}
        self._has: dict[tuple[str, tuple[Test, ...]], frozenset[str]] = {}
        self._dislikes: dict[str, dict[str, float]] = {}
        self._clash: dict[str, frozenset[str]] = {}
        self._figures: dict[tuple[str, str], dict[str, float]] = {}
        self._interests: dict[str, Interests] | None = None
        self._openings: dict[str, int] | None = None
        self._pay: dict[str, float] | None = None
        self._by_slug: dict[str, Career] | None = None
        self._occupations: frozenset[str] | None = None
        self._congruence: dict[Interests, dict[str, float]] = {}
        self._steps: dict[str, tuple[int | None, int | None]] | None = None
        self._meeting: dict[tuple[str, str, float | None], frozenset[str]] = {}
        self._schooled: dict[tuple[str | None, str | None], frozenset[str]] = {}
        self._at_most: dict[tuple[str, float], frozenset[str]] = {}

    def test(self, test: Test) -> dict[str, float]:
        """Each career's standing on one test's descriptor, the way the test wants it."""
        key = (test.descriptor, test.wants_low)
        if key not in self._tests:
            self._tests[key] = self._test(test)
        return self._tests[key]

    def _test(self, test: Test) -> dict[str, float]:
        if test.family == "field":
            return {}
        descriptor, topic = test.descriptor, test.family == "topic"
        values = {c.slug: strength(c, descriptor) for c in self.careers}
        if topic:  # among the careers whose tasks mention it; none that don't
            scale = Scale(self.careers, lambda c: values[c.slug] or None)
            # the most of them stands at the top: a topic only one career's tasks name
            # (video games) puts that career first, not halfway; wished low ("I hate
            # writing"), a career whose tasks never name it stands highest
            lift = 0.5 / max(1, sum(1 for v in values.values() if v))
            none = 1.0 if test.wants_low else 0.0
            return {
                slug: (min(1.0, scale.standing_of(v, test.wants_low) + lift) if v else none)
                for slug, v in values.items()
                if v is not None
            }
        scale = Scale(self.careers, lambda c: values[c.slug])
        return {
            slug: scale.standing_of(v, test.wants_low)
            for slug, v in values.items()
            if v is not None
        }

    def trait(self, trait: Trait) -> dict[str, float]:
        """The best standing among the trait's descriptors."""
        key = (trait.name, trait.tests)
        if key not in self._traits:
            best: dict[str, float] = {}
            for test in trait.tests:
                for slug, standing in self.test(test).items():
                    best[slug] = max(best.get(slug, 0.0), standing)
            self._traits[key] = best
        return self._traits[key]

    def dislike(self, trait: Trait) -> dict[str, float]:
        """Standing on what is disliked, the less of it the higher: the mean over the
        trait's descriptors ("I hate writing": least Communications and Media and English)."""
        if trait.name not in self._dislikes:
            avoided = trait.avoid or (trait.measure,)
            tests = [t for t in (*avoided, *trait.also) if t.family != "field"]
            tables = [self.test(replace(t, low=None, high=0.0)) for t in tests]
            slugs = set().union(*tables)
            self._dislikes[trait.name] = {
                s: sum(t.get(s, 0.0) for t in tables) / len(tables) for s in slugs
            }
        return self._dislikes[trait.name]

    def at_most(self, test: Test, limit: float) -> frozenset[str]:
        """The careers whose value on the test's descriptor is at most ``limit``."""
        key = (test.descriptor, round(limit, 2))
        if key not in self._at_most:
            value = test.value
            self._at_most[key] = frozenset(
                c.slug for c in self.careers if (v := value(c)) is not None and v <= limit
            )
        return self._at_most[key]

    def has(self, trait: Trait) -> frozenset[str]:
        key = (trait.name, trait.tests)
        if key not in self._has:
            self._has[key] = frozenset(c.slug for c in self.careers if trait.has(c))
        return self._has[key]

    def clashing(self, trait: Trait) -> frozenset[str]:
        """Careers with what a dislike names, or with its descriptors not published."""
        if trait.name not in self._clash:
            self._clash[trait.name] = frozenset(
                c.slug for c in self.careers if trait.clashes(c) or not trait.known(c)
            )
        return self._clash[trait.name]

    def figure(self, preference: Preference) -> dict[str, float]:
        """Standing on a figure among careers of the same source and measure; a yes/no
        figure scores 1 for the side wanted."""
        key = (preference.criterion, preference.want)
        if key not in self._figures:
            self._figures[key] = self._figure(preference)
        return self._figures[key]

    def _figure(self, preference: Preference) -> dict[str, float]:
        attribute = BY_NAME[preference.criterion]
        low = preference.want == "low"
        if attribute.flag:
            return {
                c.slug: float(v is not None and v == (not low))
                for c in self.careers
                if (v := attribute.value(c)) is not None
            }
        out: dict[str, float] = {}
        groups = {attribute.group(c) for c in self.careers}
        for group in groups:
            members = [c for c in self.careers if attribute.group(c) == group]
            scale = Scale(members, attribute.value)
            for career in members:
                value = attribute.value(career)
                if value is not None:
                    out[career.slug] = scale.standing_of(value, low)
        return out

    def congruence(self, profile: dict[str, float]) -> dict[str, float]:
        """How well each career's RIASEC profile matches a person's: the cosine of the two,
        each centred on its mean, as 0–1 (O*NET's Interest Profiler matches people to
        occupations by the same six interests)."""
        mine = _unit([profile.get(i, 0.0) for i in RIASEC])
        if mine is None:
            return {}
        if mine not in self._congruence:
            if len(self._congruence) > 256:
                self._congruence.clear()
            self._congruence[mine] = {
                slug: (sum(map(float.__mul__, mine, theirs)) + 1) / 2
                for slug, theirs in self.interests().items()
            }
        return self._congruence[mine]

    def occupations(self) -> frozenset[str]:
        """The careers a shortlist draws on: occupations, where the catalog holds any (the
        comparison pages' careers carry figures of another kind); else all of them."""
        if self._occupations is None:
            found = frozenset(c.slug for c in self.careers if c.soc)
            self._occupations = found or frozenset(c.slug for c in self.careers)
        return self._occupations

    def ease(self, current: Career, slugs: Sequence[str]) -> dict[str, float]:
        """How small a step up each move from the current job is (``limits.ease``)."""
        if self._steps is None:
            self._steps = {c.slug: steps(c) for c in self.careers}
        zone, school = self._steps.get(current.slug, (None, None))
        return {slug: ease_of((zone, school), self._steps[slug]) for slug in slugs}

    def meeting(self, preference: Preference) -> frozenset[str]:
        """The careers that meet a must-have."""
        key = (preference.criterion, preference.want, preference.bound())
        if key not in self._meeting:
            self._meeting[key] = frozenset(c.slug for c in self.careers if meets(c, preference))
        return self._meeting[key]

    def schooled(self, person: Person) -> frozenset[str]:
        """The careers entered within the schooling the person has (``limits.schooled``)."""
        key = (person.schooling, person.schooling_least)
        if key not in self._schooled:
            self._schooled[key] = frozenset(c.slug for c in self.careers if schooled(c, person))
        return self._schooled[key]

    def by_slug(self) -> dict[str, Career]:
        if self._by_slug is None:
            self._by_slug = {c.slug: c for c in self.careers}
        return self._by_slug

    def openings(self) -> dict[str, int]:
        """BLS annual openings, where published, each career's share of its line: the
        default order. A BLS line several O*NET occupations carry is split evenly among them
        (Cytotechnologists do not have all of Clinical Laboratory Technologists' openings)."""
        if self._openings is None:
            self._openings = {
                c.slug: c.demand.annual_openings // (c.demand.shared_by or 1)
                for c in self.careers
                if c.demand is not None and c.demand.annual_openings is not None
            }
        return self._openings

    def pay(self) -> dict[str, float]:
        if self._pay is None:
            self._pay = {c.slug: p for c in self.careers if (p := typical_pay(c)) is not None}
        return self._pay

    def interests(self) -> dict[str, Interests]:
        if self._interests is None:
            self._interests = {}
            for career in self.careers:
                scores = career.descriptors.interests if career.descriptors else {}
                if len(scores) == len(RIASEC) and (unit := _unit([scores[i] for i in RIASEC])):
                    self._interests[career.slug] = unit
        return self._interests


def _unit(values: list[float]) -> Interests | None:
    mean = sum(values) / len(values)
    centred = [v - mean for v in values]
    norm = math.hypot(*centred)
    return tuple(v / norm for v in centred) if norm else None


def profile_of(wishes: Sequence[str]) -> dict[str, float]:
    """The RIASEC profile the traits a person likes lean on."""
    profile = dict.fromkeys(RIASEC, 0.0)
    for name in wishes:
        for interest, weight in by_name()[name].riasec if name in by_name() else ():
            profile[interest] += weight
    return profile


def standings(careers: Sequence[Career]) -> Standings:
    """The standings of a catalog's careers, kept while the catalog answers."""
    return per_catalog(careers, Standings, lambda: Standings(careers))
