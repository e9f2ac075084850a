"""The numbers each attribute is compared and ranked on, and the words a figure is given
as a reason; the rows of ``careers.criteria`` point here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from careerbot.careers.formatting import NOT_PUBLISHED, money, months, salary_range
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Direction


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


def pay_ceiling(career: Career) -> float | None:
    return float(career.salary.high) if career.salary and career.salary.high else None


def months_to_learn(career: Career) -> float | None:
    curve = career.learning_curve
    return float(curve.months) if curve and curve.months is not None else None


def longest_months(career: Career) -> float | None:
    """A must-have is held to the longest the learning may take."""
    curve = career.learning_curve
    longest = (
        (curve.months_max if curve.months_max is not None else curve.months) if curve else None
    )
    return float(longest) if longest is not None else None


def flag_value(name: Literal["remote", "coding"]) -> Callable[[Career], float | None]:
    def value(career: Career) -> float | None:
        flag = getattr(career, name)
        return float(flag.value) if flag is not None else None

    return value


def side(want: Direction) -> str:
    return "at least" if want == "high" else "at most"


def pay_reason(career: Career) -> str:
    salary, pay = career.salary, typical_pay(career)
    if salary is None or pay is None:
        return f"pay {NOT_PUBLISHED}"
    if salary.median is not None:
        return f"median {money(int(pay))} (range {salary_range(salary)})"
    return f"{salary_range(salary)} (midpoint {money(int(pay))})"


def demand_reason(career: Career) -> str:
    demand = career.demand
    if demand is None or demand.score is None:
        return f"demand {NOT_PUBLISHED}"
    growth = f", {demand.growth_pct:+g}% to 2034" if demand.growth_pct is not None else ""
    return f"demand {demand.score:.1f}/10{growth}"


def ai_reason(career: Career) -> str:
    risk = career.ai_risk
    if risk is None or risk.percent is None:
        return f"AI risk {NOT_PUBLISHED}"
    return f"{RISK_MEASURE_LABELS[risk.measure]} {risk.percent:g}%"


def learning_reason(career: Career) -> str:
    curve = career.learning_curve
    return f"learn in {months(curve, short=False)}" if curve else f"time to learn {NOT_PUBLISHED}"


def entry_reason(career: Career) -> str:
    barrier = career.entry_barrier
    if barrier is None:
        return f"entry barrier {NOT_PUBLISHED}"
    education = f" ({barrier.raw.split(';')[0]})" if barrier.raw else ""
    return f"{barrier.level.lower()} entry barrier{education}"


def difficulty_reason(career: Career) -> str:
    difficulty = career.difficulty
    return f"difficulty: {difficulty.level}" if difficulty else f"difficulty {NOT_PUBLISHED}"


def flag_reason(name: Literal["remote", "coding"], yes: str, no: str) -> Callable[[Career], str]:
    def reason(career: Career) -> str:
        flag = getattr(career, name)
        if flag is None:
            return f"{name.replace('remote', 'remote work')} {NOT_PUBLISHED}"
        return yes if flag.value else no

    return reason
