"""What a ranking can weigh: the eight attributes of ``careers.criteria``, and the two figures
demand stands on, growth and annual openings (BLS projections), which the interactive tool
offers as priorities of their own. The two are measures of demand, never rows of a card: a
comparison weighs the demand score they make."""

from __future__ import annotations

from typing import Literal

from careerbot.careers import measures as m
from careerbot.careers.criteria import BY_NAME, Attribute, AttributeName
from careerbot.careers.formatting import NOT_PUBLISHED
from careerbot.careers.model import Career

Criterion = AttributeName | Literal["growth", "openings"]


def _growth(career: Career) -> float | None:
    demand = career.demand
    return demand.growth_pct if demand and demand.growth_pct is not None else None


def _openings(career: Career) -> float | None:
    demand = career.demand
    return float(demand.annual_openings) if demand and demand.annual_openings is not None else None


def _growth_reason(career: Career) -> str:
    growth = _growth(career)
    return f"growth {NOT_PUBLISHED}" if growth is None else f"{growth:+g}% growth 2024–34"


def _openings_reason(career: Career) -> str:
    openings = _openings(career)
    return f"openings {NOT_PUBLISHED}" if openings is None else f"{openings:,.0f} openings a year"


#: both read the career's demand figure, so its source names them; each is its own measure
GROWTH = Attribute(
    name="demand",
    label="Growth",
    noun="growth",
    verdicts={},
    better="high",
    bare="high",
    negated=None,
    wishes={"high": "fast growth", "low": "slow growth"},
    headings={"high": "Fastest growing", "low": "Slowest growing"},
    limits={"high": 5.0},
    value=_growth,
    reason=_growth_reason,
    must=lambda want, bound: f"growth {m.side(want)} {bound:+g}%",
    measure=lambda _: "growth",
)
OPENINGS = Attribute(
    name="demand",
    label="Openings",
    noun="openings",
    verdicts={},
    better="high",
    bare="high",
    negated=None,
    wishes={"high": "many openings", "low": "few openings"},
    headings={"high": "Most openings", "low": "Fewest openings"},
    limits={"high": 10_000},
    value=_openings,
    reason=_openings_reason,
    must=lambda want, bound: f"{m.side(want)} {bound:,.0f} openings a year",
    measure=lambda _: "openings",
)
WEIGHED: dict[Criterion, Attribute] = dict(BY_NAME.items())
WEIGHED |= {"growth": GROWTH, "openings": OPENINGS}
