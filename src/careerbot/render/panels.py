"""The small panels of a picture, as data: each draws one figure, on an axis and a scale of its
own, named for what it draws, with its source (and its caveat) beneath.

- growth 2024–34 in percent, zero marked, from BLS Projections (a page's demand rating, out
  of 10, on a panel of its own kind; two different measures never share an axis);
- openings a year, in thousands (BLS publishes them so; "<50" below 0.05 thousand);
- LLM task exposure, percent of tasks, 0–100, with "exposure is not replacement";
- time to learn in years, a range drawn from its low end to its high end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from careerbot.careers.comparison import Comparison, Unranked
from careerbot.careers.criteria import BY_NAME, AttributeName
from careerbot.careers.demand import GROWTH, RATING, openings_cell
from careerbot.careers.formatting import NOT_PUBLISHED, months, value_text
from careerbot.careers.model import RISK_MEASURE_LABELS, Career

PANELS: tuple[AttributeName, ...] = ("demand", "openings", "ai_risk", "learning_curve")


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure of each career on a small scale of its own."""

    #: what the panel draws ("Growth 2024–34")
    label: str
    #: the axis: what the scale counts, with its unit
    axis: str
    #: per career, in the picture's order: (low, high) on the axis, equal for a single
    #: figure, high None for an open-ended one; None where not drawn on this axis
    spans: tuple[tuple[float, float | None] | None, ...]
    texts: tuple[str, ...]
    #: the career marked better (its position), None where the card marks none
    better: int | None
    low: float
    top: float
    #: where the panel's figures come from
    source: str
    #: what the figure is not, where that needs saying beside it
    note: str = ""
    #: the figures are ranges (times to learn): drawn from low end to high end
    ranges: bool = False

    @property
    def values(self) -> tuple[float | None, ...]:
        """The middle of each span (the end drawn for an open-ended one)."""
        return tuple(
            None if s is None else (s[0] + (s[1] if s[1] is not None else s[0])) / 2
            for s in self.spans
        )


def nice_top(highest: float, floor: float) -> float:
    """A round end for a scale, above the highest figure with room to spare, so one career's
    bar never fills its panel: 1, 2 or 5 times a power of ten."""
    target = max(highest * 1.15, floor)
    power = 10 ** math.floor(math.log10(target))
    return float(next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= target))


def _better(cmp: Comparison | None, name: AttributeName) -> int | None:
    if cmp is None:
        return None
    return {"a": 0, "b": 1}.get(cmp.attributes[name].better or "")


def _growth(careers: tuple[Career, ...], cmp: Comparison | None) -> Measure:
    attribute = BY_NAME["demand"]
    measures = [attribute.measure(c) for c in careers]
    kind = GROWTH if GROWTH in measures else RATING
    spans: list[tuple[float, float | None] | None] = []
    texts = []
    for career, measure in zip(careers, measures, strict=True):
        value = attribute.value(career)
        drawn = measure == kind and value is not None
        spans.append((value, value) if drawn and value is not None else None)
        said = attribute.cell_text(career) if value is not None else NOT_PUBLISHED
        texts.append(said if drawn or value is None else f"{said} (a rating: not on this axis)")
    if kind == RATING:
        return Measure(
            "Demand rating",
            "the source's rating, out of 10",
            tuple(spans),
            tuple(texts),
            _better(cmp, "demand"),
            0.0,
            10.0,
            "the career pages' own rating",
        )
    drawn_values = [v for s in spans if s is not None for v in (s[0], s[1] or s[0])]
    high = nice_top(max([*drawn_values, 1.0]), 5.0)
    low = -nice_top(-min(drawn_values), 5.0) if drawn_values and min(drawn_values) < 0 else 0.0
    return Measure(
        "Growth 2024–34",
        "% change in employment",
        tuple(spans),
        tuple(texts),
        _better(cmp, "demand"),
        low,
        high,
        "BLS Projections 2024–34",
    )


def _openings(careers: tuple[Career, ...]) -> Measure:
    spans: list[tuple[float, float | None] | None] = []
    for career in careers:
        count = BY_NAME["openings"].value(career)
        spans.append(None if count is None else (count / 1000, count / 1000))
    highest = max([s[0] for s in spans if s is not None] + [1.0])
    return Measure(
        "Openings a year",
        "thousands of openings, 2024–34 average",
        tuple(spans),
        tuple(openings_cell(c) for c in careers),
        None,
        0.0,
        nice_top(highest, 1.0),
        "BLS Projections 2024–34",
        "† a BLS line shared with other careers"
        if any("†" in openings_cell(c) for c in careers)
        else "",
    )


def _exposure(careers: tuple[Career, ...], cmp: Comparison | None) -> Measure:
    """One measure on one axis; a replacement rating and an exposure share are never drawn
    on the same scale."""
    risks = [c.ai_risk for c in careers]
    measures = sorted({r.measure for r in risks if r})
    one = len(measures) == 1
    spans = tuple(
        (r.percent, r.percent) if one and r and r.percent is not None else None for r in risks
    )
    exposure = measures == ["llm_exposure"]
    said = [
        f"{value_text(r)} ({RISK_MEASURE_LABELS[r.measure]})" if r and not one else value_text(r)
        for r in risks
    ]
    return Measure(
        RISK_MEASURE_LABELS[measures[0]] if one else "AI figures",
        "% of tasks" if exposure else "%" if one else "different measures: no common axis",
        spans,
        tuple(said),
        _better(cmp, "ai_risk"),
        0.0,
        100.0,
        "Eloundou et al. 2024"
        if exposure
        else "the career pages' rating"
        if one
        else "career pages' rating ≠ Eloundou et al.",
        "exposure is not replacement" if "llm_exposure" in measures else "",
    )


def _learning(careers: tuple[Career, ...], cmp: Comparison | None) -> Measure:
    spans: list[tuple[float, float | None] | None] = []
    for career in careers:
        curve = career.learning_curve
        if curve is None or curve.months is None:
            spans.append(None)
            continue
        high = curve.months_max
        open_ended = curve.label is not None and curve.label.endswith("+ years")
        spans.append((curve.months / 12, None if open_ended else (high or curve.months) / 12))
    ends = [v for s in spans if s is not None for v in (s[0], s[1] or s[0])]
    return Measure(
        "Time to learn",
        "years (education and training)",
        tuple(spans),
        tuple(months(c.learning_curve) if c.learning_curve else NOT_PUBLISHED for c in careers),
        _better(cmp, "learning_curve"),
        0.0,
        nice_top(max([*ends, 0.5]), 1.0),
        "BLS EP and O*NET 29.3",
        ranges=True,
    )


def panels(careers: tuple[Career, ...], cmp: Comparison | None) -> tuple[Measure, ...]:
    found = (
        _growth(careers, cmp),
        _openings(careers),
        _exposure(careers, cmp),
        _learning(careers, cmp),
    )
    if cmp is None:
        return found
    return tuple(
        _apart(m, cmp.attributes[name].unranked) for m, name in zip(found, PANELS, strict=True)
    )


def _apart(measure: Measure, unranked: Unranked | None) -> Measure:
    """Figures of different sources are drawn side by side and said to be unranked."""
    if unranked is not Unranked.DIFFERENT_SOURCES:
        return measure
    note = "≠ sources: not ranked" + (f"\n{measure.note}" if measure.note else "")
    return replace(measure, note=note, better=None)
