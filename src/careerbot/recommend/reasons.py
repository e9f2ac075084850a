"""Why a career is on the list, and what keeps it off, in the figures behind it."""

from __future__ import annotations

from careerbot.formatting import NOT_PUBLISHED, money, months, salary_range
from careerbot.model import RISK_MEASURE_LABELS, Career
from careerbot.recommend.measures import BARRIER_NAMES, checked_value, typical_pay
from careerbot.recommend.preferences import Preference, Preferences


def _pay(career: Career) -> str:
    salary = career.salary
    pay = typical_pay(career)
    if salary is None or pay is None:
        return f"pay {NOT_PUBLISHED}"
    if salary.median is not None:
        return f"median {money(int(pay))} (range {salary_range(salary)})"
    return f"{salary_range(salary)} (midpoint {money(int(pay))})"


def figure_text(career: Career, criterion: str) -> str:
    match criterion:
        case "salary":
            return _pay(career)
        case "demand":
            demand = career.demand
            if demand is None or demand.score is None:
                return f"demand {NOT_PUBLISHED}"
            growth = f", {demand.growth_pct:+g}% to 2034" if demand.growth_pct is not None else ""
            return f"demand {demand.score:.1f}/10{growth}"
        case "ai_risk":
            risk = career.ai_risk
            if risk is None or risk.percent is None:
                return f"AI risk {NOT_PUBLISHED}"
            return f"{RISK_MEASURE_LABELS[risk.measure]} {risk.percent:g}%"
        case "learning_curve":
            curve = career.learning_curve
            return (
                f"learn in {months(curve, short=False)}"
                if curve
                else f"time to learn {NOT_PUBLISHED}"
            )
        case "entry_barrier":
            barrier = career.entry_barrier
            if barrier is None:
                return f"entry barrier {NOT_PUBLISHED}"
            education = f" ({barrier.raw.split(';')[0]})" if barrier.raw else ""
            return f"{barrier.level.lower()} entry barrier{education}"
        case "difficulty":
            difficulty = career.difficulty
            return (
                f"difficulty: {difficulty.level}" if difficulty else f"difficulty {NOT_PUBLISHED}"
            )
        case "remote":
            flag = career.remote
            if flag is None:
                return f"remote work {NOT_PUBLISHED}"
            return "remote-friendly" if flag.value else "not remote-friendly"
        case "coding":
            flag = career.coding
            if flag is None:
                return f"coding {NOT_PUBLISHED}"
            return "involves coding" if flag.value else "no coding"
    return ""


def reasons(career: Career, preferences: Preferences) -> tuple[str, ...]:
    return tuple(figure_text(career, p.criterion) for p in preferences.active)


def _bound_text(preference: Preference, bound: float) -> str:
    side = "at least" if preference.want == "high" else "at most"
    match preference.criterion:
        case "salary":
            return f"{side} {money(int(bound))} typical pay"
        case "learning_curve":
            return f"learnable within {bound:g} months"
        case "ai_risk":
            return f"AI figure {side} {bound:g}%"
        case "demand":
            return f"demand {side} {bound:g}/10"
        case "entry_barrier":
            return f"entry barrier {BARRIER_NAMES.get(int(bound), 'Low')} or lower"
        case "difficulty":
            return f"difficulty level {bound:g} or lower"
        case "remote":
            return "remote-friendly" if preference.want == "high" else "not remote"
        case "coding":
            return "coding" if preference.want == "high" else "no coding"
    return preference.criterion


def must_text(preference: Preference) -> str:
    bound = preference.bound()
    return _bound_text(preference, bound) if bound is not None else preference.criterion


def miss_text(career: Career, preference: Preference) -> str:
    if checked_value(career, preference.criterion) is None:
        return f"{must_text(preference)}: not published"
    return f"{must_text(preference)}: {figure_text(career, preference.criterion)}"


_WISHES = {
    ("salary", "high"): "higher pay",
    ("salary", "low"): "lower pay",
    ("demand", "high"): "high demand",
    ("demand", "low"): "low demand",
    ("ai_risk", "low"): "low AI risk",
    ("ai_risk", "high"): "high AI risk",
    ("learning_curve", "low"): "quick to learn",
    ("learning_curve", "high"): "a long training",
    ("entry_barrier", "low"): "easy to get into",
    ("entry_barrier", "high"): "a high entry barrier",
    ("difficulty", "low"): "not too hard",
    ("difficulty", "high"): "a challenge",
    ("remote", "high"): "remote work",
    ("remote", "low"): "on-site work",
    ("coding", "high"): "coding",
    ("coding", "low"): "no coding",
}
_NAMES = {
    "salary": "pay",
    "demand": "demand",
    "ai_risk": "AI risk",
    "learning_curve": "time to learn",
    "entry_barrier": "entry barrier",
    "difficulty": "difficulty",
    "remote": "remote work",
    "coding": "coding",
}


def wish_text(preference: Preference) -> str:
    if not preference.active:
        return f"{_NAMES[preference.criterion]}: doesn't matter"
    text = (
        must_text(preference) + " (must)"
        if preference.hard
        else _WISHES[(preference.criterion, preference.want)]
    )
    if preference.weight >= 3:
        return f"{text}, above all"
    if preference.weight >= 2:
        return f"{text}, strongly"
    if preference.weight < 1:
        return f"{text}, a little"
    return text
