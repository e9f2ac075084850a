"""The comparison engine: per attribute, both figures and which side is better, if any.

Which side is better, and on which number, is the attribute table's (``careers.criteria``):
higher typical pay, higher demand, a lower rated replacement risk, a shorter learning curve
and a lower entry barrier. Figures too close for the card to show a difference are a tie.
Remote work, coding and difficulty suit some people and not others, and exposure to LLMs
is not a risk, so no side is ever "better" on them. Figures from different sources (a
career page's rating against a labour statistic) or of different measures are shown side
by side and never ranked against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

from careerbot.careers.criteria import ATTRIBUTES, Attribute, AttributeName
from careerbot.careers.model import Career, Figure
from careerbot.careers.skills import SkillsAnalysis, analyse_skills
from careerbot.careers.switching import Switch, switches

Side = Literal["a", "b", "tie"]


class Unranked(Enum):
    """Why an attribute that can have a better side names none."""

    #: a page's figure against a labour statistic: shown side by side, never ranked
    DIFFERENT_SOURCES = "different sources"
    #: a replacement-risk rating against a task-exposure share; a median against a range
    DIFFERENT_MEASURES = "different measures"
    #: a measure with no better side: more exposure to LLMs is not a worse career
    NOT_RANKED = "not a ranking"
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
    #: switching from a to b, and from b to a
    a_to_b: Switch
    b_to_a: Switch

    def winners(self, side: Side) -> list[AttributeName]:
        return [n for n, attr in self.attributes.items() if attr.better == side]


def _better(attribute: Attribute, a: Career, b: Career) -> tuple[Side | None, Unranked | None]:
    if attribute.better is None:
        return None, None
    if attribute.figure(a) is None or attribute.figure(b) is None:
        return None, Unranked.NOT_PUBLISHED
    (source_a, measure_a), (source_b, measure_b) = attribute.group(a), attribute.group(b)
    if source_a != source_b:
        return None, Unranked.DIFFERENT_SOURCES
    if measure_a != measure_b:
        return None, Unranked.DIFFERENT_MEASURES
    ranked = attribute.ranked_measures
    if ranked is not None and measure_a not in ranked:
        return None, Unranked.NOT_RANKED
    value_a, value_b = attribute.compare_value(a), attribute.compare_value(b)
    if value_a is None or value_b is None:
        return None, Unranked.NOT_PUBLISHED
    if attribute.is_tie(a, b):
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
    a_to_b, b_to_a = switches(a, b, skills)
    return Comparison(a, b, attributes, skills, a_to_b, b_to_a)
