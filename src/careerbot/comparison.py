"""The comparison engine: per attribute, both figures and which side is better, if any.

Better means a higher salary ceiling, higher demand, lower AI risk, a shorter learning
curve and a lower entry barrier. Equal figures are a tie. Remote work, coding and
difficulty suit some people and not others, so no side is ever "better" on them. Figures
of different measures (a rated replacement risk vs a measured task exposure) are shown
side by side and never ranked against each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from careerbot.model import Career, Figure
from careerbot.skills import SkillsAnalysis, analyse_skills

Better = Literal["a", "b", "tie"] | None
ATTRIBUTES = (
    "salary",
    "demand",
    "ai_risk",
    "learning_curve",
    "difficulty",
    "entry_barrier",
    "remote",
    "coding",
)
RANKED = ("salary", "demand", "ai_risk", "learning_curve", "entry_barrier")
_BARRIER_ORDER = {"Low": 0, "Medium": 1, "High": 2}


@dataclass(frozen=True, slots=True)
class AttributeComparison:
    name: str
    a: Figure | None
    b: Figure | None
    better: Better
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Career
    b: Career
    attributes: dict[str, AttributeComparison]
    skills: SkillsAnalysis

    def winners(self, side: str) -> list[str]:
        return [n for n, attr in self.attributes.items() if attr.better == side]


def rank_key(career: Career, attribute: str) -> float | None:
    """A number where bigger is better for everyone, or None when there is none to rank."""
    match attribute:
        case "salary":
            return float(career.salary.high) if career.salary and career.salary.high else None
        case "demand":
            return career.demand.score if career.demand else None
        case "ai_risk":
            risk = career.ai_risk
            return -risk.percent if risk and risk.percent is not None else None
        case "learning_curve":
            months = career.learning_curve.months if career.learning_curve else None
            return -float(months) if months is not None else None
        case "entry_barrier":
            barrier = career.entry_barrier
            return -float(_BARRIER_ORDER[barrier.level]) if barrier else None
    return None


def _better(attribute: str, a: Career, b: Career) -> tuple[Better, str | None]:
    if attribute not in RANKED:
        return None, None
    if (
        attribute == "ai_risk"
        and a.ai_risk
        and b.ai_risk
        and a.ai_risk.measure != b.ai_risk.measure
    ):
        return None, "different measures"
    key_a, key_b = rank_key(a, attribute), rank_key(b, attribute)
    if key_a is None or key_b is None:
        return None, "not published"
    if key_a == key_b:
        return "tie", None
    return ("a" if key_a > key_b else "b"), None


def compare(a: Career, b: Career) -> Comparison:
    figures_a, figures_b = a.figures(), b.figures()
    attributes = {}
    for name in ATTRIBUTES:
        better, note = _better(name, a, b)
        attributes[name] = AttributeComparison(name, figures_a[name], figures_b[name], better, note)
    skills = analyse_skills(a.skills, b.skills, a.skill_importance, b.skill_importance)
    return Comparison(a, b, attributes, skills)
