"""Why a career is on the list, and what keeps it off, in the figures behind it."""

from __future__ import annotations

from careerbot.careers.demand import BORROWED, borrowed
from careerbot.careers.measures import side
from careerbot.careers.model import Career
from careerbot.recommend.preferences import (
    KEPT_PAY,
    SIMILAR_PAY,
    TYPICAL_PAY,
    Preference,
    Preferences,
)
from careerbot.recommend.weighing import WEIGHED, Criterion


def figure_text(career: Career, criterion: Criterion) -> str:
    return WEIGHED[criterion].reason(career)


def reasons(career: Career, preferences: Preferences) -> tuple[str, ...]:
    """The figures a career is ranked on; a wider BLS group's figures named as such, once."""
    active = preferences.active
    found = [figure_text(career, p.criterion) for p in active]
    where = [i for i, p in enumerate(active) if p.criterion in BORROWED]
    if where and (basis := borrowed(career)):
        found[where[-1]] += basis
    return tuple(found)


def named_measure(preference: Preference) -> str | None:
    """The name of the measure the wish asked for by name ("LLM task exposure")."""
    return WEIGHED[preference.criterion].named.get(preference.measure or "")


def must_text(preference: Preference) -> str:
    bound = preference.bound()
    if bound is None:
        return WEIGHED[preference.criterion].wishes[preference.want]
    if name := named_measure(preference):
        return f"{name} {side(preference.want)} {bound:g}%"
    return WEIGHED[preference.criterion].must(preference.want, bound)


def miss_text(career: Career, preference: Preference) -> str:
    if WEIGHED[preference.criterion].check_value(career) is None:
        return f"{must_text(preference)}: not published"
    return f"{must_text(preference)}: {figure_text(career, preference.criterion)}"


def wish_text(preference: Preference) -> str:
    attribute = WEIGHED[preference.criterion]
    if preference.measure == TYPICAL_PAY and preference.active:
        return "pay at least the median of all occupations"
    if preference.measure == KEPT_PAY and preference.active:
        return "pay at least what your job pays"
    if preference.measure == SIMILAR_PAY and preference.active:
        return "pay about what your job pays"
    if not preference.active:
        return f"{attribute.noun}: doesn't matter"
    name = named_measure(preference)
    wish = f"{preference.want} {name}" if name else attribute.wishes[preference.want]
    text = must_text(preference) + " (must)" if preference.hard else wish
    if preference.weight >= 3:
        return f"{text}, above all"
    if preference.weight >= 2:
        return f"{text}, strongly"
    if preference.weight < 1:
        return f"{text}, a little"
    return text
