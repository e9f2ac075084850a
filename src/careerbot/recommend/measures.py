"""A career's number on each criterion, as the ranking and the must-haves read it."""

from __future__ import annotations

from careerbot.model import Career

_BARRIER = {"Low": 0.0, "Medium": 1.0, "High": 2.0}
BARRIER_NAMES = {0: "Low", 1: "Medium", 2: "High"}


def value(career: Career, criterion: str) -> float | None:
    """The figure ranked on: typical pay, the demand score, the AI percentage, the
    months before work starts, the levels, yes = 1."""
    match criterion:
        case "salary":
            return typical_pay(career)
        case "demand":
            return career.demand.score if career.demand else None
        case "ai_risk":
            return career.ai_risk.percent if career.ai_risk else None
        case "learning_curve":
            curve = career.learning_curve
            return float(curve.months) if curve and curve.months is not None else None
        case "entry_barrier":
            return _BARRIER[career.entry_barrier.level] if career.entry_barrier else None
        case "difficulty":
            rank = career.difficulty.rank if career.difficulty else None
            return float(rank) if rank is not None else None
        case "remote":
            return float(career.remote.value) if career.remote else None
        case "coding":
            return float(career.coding.value) if career.coding else None
    return None


def typical_pay(career: Career) -> float | None:
    """The median where published, else the middle of the published range. A ceiling
    would crown the 90th percentile of a field most of whose people earn far less."""
    salary = career.salary
    if salary is None:
        return None
    if salary.median is not None:
        return float(salary.median)
    if salary.low is not None and salary.high is not None:
        return (salary.low + salary.high) / 2
    return None


def checked_value(career: Career, criterion: str) -> float | None:
    """The figure a must-have is held to: as ranked, but the longest the learning may take."""
    if criterion == "learning_curve" and career.learning_curve:
        curve = career.learning_curve
        longest = curve.months_max if curve.months_max is not None else curve.months
        return float(longest) if longest is not None else None
    return value(career, criterion)


def group(career: Career, criterion: str) -> str:
    """Careers are ranked on a criterion only against careers measured the same way."""
    if criterion == "ai_risk" and career.ai_risk:
        return career.ai_risk.measure
    return ""
