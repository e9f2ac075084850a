"""What a person can say of themselves, and the public descriptor each saying is judged on:
the mapping table of ``traits.toml``, read once.

A trait is something a person likes ("animals", "math"), cannot stand ("blood"), or values
("stability"). Each names the O*NET descriptor it is judged on and the value from which a
career has it (docs/catalog-build.md, "Which career fits me?"). Understanding reads the
words; the catalog build counts the task topics; the shortlist scores careers on the tests.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from careerbot.careers.model import Career

TraitKind = Literal["like", "dislike", "value"]
#: descriptor families and how each is named in a reason
FAMILIES: dict[str, tuple[str, str]] = {
    "interest": ("{name} interest", "/7"),
    "knowledge": ("{name} knowledge", "/5"),
    "style": ("{name} (work style)", "/5"),
    "value": ("{name} (work value)", "/7"),
    "skill": ("{name} skill", "/5"),
}
RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
TABLE = Path(__file__).with_name("traits.toml")


@dataclass(frozen=True, slots=True)
class Test:
    """A descriptor and the side of a value it must be on; ``None`` bounds: a topic
    mentioned at all, or a field the career is in."""

    descriptor: str
    low: float | None = None
    high: float | None = None

    @property
    def family(self) -> str:
        return self.descriptor.partition(":")[0]

    @property
    def name(self) -> str:
        return self.descriptor.partition(":")[2]

    @property
    def subject(self) -> str:
        """What the descriptor is of, as prose says it: a task topic's own words where its
        name is no noun ("physical": "lifting, carrying or climbing")."""
        return topic_nouns().get(self.name, self.name) if self.family == "topic" else self.name

    @property
    def wants_low(self) -> bool:
        return self.high is not None and self.low is None

    def value(self, career: Career) -> float | None:
        return descriptor_value(career, self.descriptor)

    def passes(self, career: Career) -> bool:
        value = self.value(career)
        if value is None:
            return False
        if self.low is None and self.high is None:
            return value > 0
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class Trait:
    name: str
    kind: TraitKind
    label: str
    words: tuple[str, ...]
    measure: Test
    also: tuple[Test, ...] = ()
    #: what a career must not have when the trait is disliked, any of them (default:
    #: ``measure``)
    avoid: tuple[Test, ...] = ()
    #: tests a career must also pass to have it (a value's "stability" needs growth ≥ 0)
    require: tuple[Test, ...] = ()
    riasec: tuple[tuple[str, float], ...] = ()
    #: said as a dislike, this trait means a liking of that one ("hate sitting at a desk":
    #: active work)
    opposite: str | None = None
    #: a dislike cue does not turn it round: the words are the wish ("routine", "bored")
    flips: bool = True
    #: liked, a career showing the opposite counts against the liking ("plants, but indoors":
    #: landscapers after florists). Only where the opposite is judged on what the work is
    #: (outdoor tasks), not on a guess from interests or telework (desk work)
    opposite_counts_against: bool = False
    #: how the work is done, not what it is ("active work, away from a desk"): a move from a
    #: job is not drawn to it, and the kinds of work liked rank before it; it weighs in the fit
    manner: bool = False
    #: the trait whose own measure ``also`` stands in for: liked beside it, this trait is
    #: told by its own measure alone ("computers" and "video games": games by the tasks
    #: that name them, not again by Computers and Electronics knowledge)
    also_unless: str | None = None

    @property
    def tests(self) -> tuple[Test, ...]:
        return (self.measure, *self.also)

    def has(self, career: Career) -> bool:
        """The career shows the trait: one of its tests passes, and every requirement."""
        return any(t.passes(career) for t in self.tests) and all(
            t.passes(career) for t in self.require
        )

    def known(self, career: Career) -> bool:
        """Whether the descriptors a dislike is judged on are published for the career: one
        that is not cannot be promised to be free of it."""
        return any(t.value(career) is not None for t in self.avoided_by)

    def clashes(self, career: Career) -> bool:
        """Disliked, the career has what the person cannot stand."""
        return any(t.passes(career) for t in self.avoided_by)

    @property
    def avoided_by(self) -> tuple[Test, ...]:
        """What a career that has what they cannot stand shows."""
        return self.tests if self.kind == "dislike" else (self.avoid or (self.measure,))


def descriptor_value(career: Career, descriptor: str) -> float | None:
    family, _, name = descriptor.partition(":")
    if family == "field":
        return float(name in career.fields)
    if family == "growth":
        return career.demand.growth_pct if career.demand else None
    if family == "self_employed":
        return career.demand.self_employed_pct if career.demand else None
    if family == "openings":
        demand = career.demand
        return (
            float(demand.annual_openings) if demand and demand.annual_openings is not None else None
        )
    if family == "skill":
        return career.skill_importance.get(name)
    found = career.descriptors
    if found is None:
        return None
    if family == "topic":
        topic = found.topics.get(name)
        return float(topic.count) if topic else 0.0
    ratings = {
        "interest": found.interests,
        "knowledge": found.knowledge,
        "style": found.styles,
        "value": found.values,
    }.get(family, {})
    return ratings.get(name)


def strength(career: Career, descriptor: str) -> float | None:
    """How strongly a career shows a descriptor, for ordering careers that have it: a
    topic by the share of its tasks that mention it (not their count, which favours
    occupations O*NET lists many tasks for); a field not at all (in or out says nothing of
    how much); any other descriptor by its value."""
    family, _, name = descriptor.partition(":")
    if family == "field":
        return None
    if family == "topic":
        found = career.descriptors
        if found is None:
            return None
        topic = found.topics.get(name)
        return topic.count / topic.of if topic else 0.0
    return descriptor_value(career, descriptor)


#: the figures BLS's Employment Projections publish, as a reader would name them
BLS_MEASURES = {
    "growth": "projected employment growth, 2024–34",
    "openings": "openings a year",
    "self_employed": "share of workers self-employed",
}


def descriptor_label(test: Test) -> str:
    family = FAMILIES.get(test.family)
    if family is not None:
        return family[0].format(name=test.name)
    if test.family == "topic":
        return f"tasks that mention {test.subject}"
    return BLS_MEASURES.get(test.family, test.descriptor.replace(":", " "))


def _test(raw: dict[str, object]) -> Test:
    low, high = raw.get("min"), raw.get("max")
    return Test(
        str(raw["d"]),
        float(low) if isinstance(low, int | float) else None,
        float(high) if isinstance(high, int | float) else None,
    )


def _trait(raw: dict[str, object]) -> Trait:
    def tests(key: str) -> tuple[Test, ...]:
        items = raw.get(key, [])
        return tuple(_test(t) for t in items) if isinstance(items, list) else ()

    avoid = raw.get("avoid")
    riasec = raw.get("riasec", {})
    kind = str(raw["kind"])
    if kind not in ("like", "dislike", "value"):
        raise ValueError(f"traits.toml: {raw['name']}: unknown kind {kind!r}")
    return Trait(
        name=str(raw["name"]),
        kind=kind,  # type: ignore[arg-type]  # checked just above
        label=str(raw["label"]),
        words=tuple(str(w) for w in raw.get("words", [])),  # type: ignore[attr-defined]
        measure=_test(raw["measure"]),  # type: ignore[arg-type]
        also=tests("also"),
        avoid=(_test(avoid),) if isinstance(avoid, dict) else tests("avoid"),
        require=tests("require"),
        riasec=tuple((k, float(v)) for k, v in riasec.items()) if isinstance(riasec, dict) else (),
        opposite=str(raw["opposite"]) if "opposite" in raw else None,
        flips=raw.get("flips", True) is not False,
        opposite_counts_against=raw.get("opposite_counts_against", False) is True,
        manner=raw.get("manner", False) is True,
        also_unless=str(raw["also_unless"]) if "also_unless" in raw else None,
    )


@cache
def _table() -> tuple[dict[str, str], tuple[Trait, ...]]:
    raw = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    table = tuple(_trait(t) for t in raw["trait"])
    names = {t.name for t in table}
    if unknown := {t.opposite for t in table if t.opposite} - names:
        raise ValueError(f"traits.toml: opposites name no trait: {sorted(unknown)}")
    if unknown := {t.also_unless for t in table if t.also_unless} - names:
        raise ValueError(f"traits.toml: also_unless names no trait: {sorted(unknown)}")
    return dict(raw["topics"]), table


def traits() -> tuple[Trait, ...]:
    return _table()[1]


def trait(name: str) -> Trait:
    return by_name()[name]


@cache
def by_name() -> dict[str, Trait]:
    return {t.name: t for t in traits()}


@cache
def topic_nouns() -> dict[str, str]:
    """The task topics named in other words than their names (``[topic_nouns]``)."""
    return dict(tomllib.loads(TABLE.read_text(encoding="utf-8")).get("topic_nouns", {}))


@cache
def topic_patterns() -> dict[str, re.Pattern[str]]:
    """The task topics the catalog build counts, as case-insensitive patterns."""
    return {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _table()[0].items()}
