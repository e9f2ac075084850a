"""The comparison engine: per attribute, both figures and which side is better, if any.

Which side is better, and on which number, is the attribute table's (``careers.criteria``):
a higher salary ceiling, higher demand, lower AI risk, a shorter learning curve and a lower
entry barrier. Equal figures are a tie. Remote work, coding and difficulty suit some people
and not others, so no side is ever "better" on them. Figures of different measures (a rated
replacement risk vs a measured task exposure) are shown side by side and never ranked
against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

from careerbot.careers.criteria import ATTRIBUTES, Attribute, AttributeName
from careerbot.careers.model import Career, Figure
from careerbot.careers.skills import SkillsAnalysis, analyse_skills

Side = Literal["a", "b", "tie"]


class Unranked(Enum):
    """Why a ranked attribute names no better side."""

    DIFFERENT_MEASURES = "different measures"
    NOT_PUBLISHED = "not published"


@dataclass(frozen=True, slots=True)
class AttributeComparison:
    name: AttributeName
    a: Figure | None
    b: Figure | None
    better: Side | None
    unranked: Unranked | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Career
    b: Career
    attributes: dict[AttributeName, AttributeComparison]
    skills: SkillsAnalysis

    def winners(self, side: Side) -> list[AttributeName]:
        return [n for n, attr in self.attributes.items() if attr.better == side]


def _better(attribute: Attribute, a: Career, b: Career) -> tuple[Side | None, Unranked | None]:
    if attribute.better is None:
        return None, None
    if (
        attribute.measure(a)
        and attribute.measure(b)
        and attribute.measure(a) != attribute.measure(b)
    ):
        return None, Unranked.DIFFERENT_MEASURES
    value_a, value_b = attribute.compare_value(a), attribute.compare_value(b)
    if value_a is None or value_b is None:
        return None, Unranked.NOT_PUBLISHED
    if value_a == value_b:
        return "tie", None
    higher: Side = "a" if value_a > value_b else "b"
    lower: Side = "b" if higher == "a" else "a"
    return (higher if attribute.better == "high" else lower), None


def compare(a: Career, b: Career) -> Comparison:
    attributes = {}
    for attribute in ATTRIBUTES:
        better, unranked = _better(attribute, a, b)
        attributes[attribute.name] = AttributeComparison(
            attribute.name, attribute.figure(a), attribute.figure(b), better, unranked
        )
    skills = analyse_skills(a.skills, b.skills, a.skill_importance, b.skill_importance)
    return Comparison(a, b, attributes, skills)
