"""How hard it is to switch from one career to another, and why.

A switch has a direction: a nurse anesthetist can take a cashier's job tomorrow, a cashier
needs years to take theirs. Two things make it hard (docs/catalog-build.md, "Switching"):

- the credentials the new career asks for that the old one does not bring: its entry
  education, an apprenticeship or residency, years of related experience (``credentials``),
  counted in years, each credential whole; the old job counts as related experience where
  O*NET relates the two; the licences it needs, named;
- the skills to build: how far the old career's O*NET skill levels fall short of the new
  one's, weighted by how important each skill is to the new career. The shortfall is
  judged against all 771,762 ordered pairs of occupations O*NET rates: at most its 25th
  percentile is a small gap, from its 90th a large one.

Hard: four or more years of missing credentials, a large skill gap, three or more O*NET
job zones up, or a first-line supervisor of another major group's work (supervisors come up
from the work they oversee). Easy: no missing credential, a small skill gap, at most one job
zone up. Moderate: everything between. Over all ordered pairs the labels split about 17%
easy, 49% moderate, 34% hard (``tests/core/test_switching.py`` measures it on a sample).

The AI careers of the comparison pages publish neither O*NET skill levels nor BLS entry
categories: between two of them the estimate is the pages' own kind, how many of their
listed skills the two share; between one of them and an occupation there is no estimate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from careerbot.careers import credentials as cr
from careerbot.careers.model import Career
from careerbot.careers.skills import SkillsAnalysis


class Transition(Enum):
    EASY = "easy"
    MODERATE = "moderate"
    HARD = "hard"
    #: nothing published on both careers says how hard the switch is
    NOT_ESTIMATED = "not estimated"


#: the skill gap's 25th and 90th percentiles over all ordered pairs of O*NET-rated
#: occupations (O*NET 29.3), in skill-level points (0–7)
SMALL_GAP = 0.184
LARGE_GAP = 1.241
HARD_YEARS = 4.0
HARD_ZONE_STEP = 3
#: a skill counts among "skills to build" from this importance and this level gap
SKILL_TO_BUILD_IMPORTANCE = 3.0
SKILL_TO_BUILD_GAP = 0.5


@dataclass(frozen=True, slots=True)
class Switch:
    difficulty: Transition
    #: what makes it hard, in words ("needs a bachelor's degree (about 4 years)")
    reasons: tuple[str, ...] = ()
    #: years of credentials and experience the new career asks for that the old one does
    #: not bring
    years: float | None = None
    #: the skills with the largest gap, most important first
    skills_to_build: tuple[str, ...] = ()
    #: the skill profile of one side is an estimate from related occupations
    estimated: bool = False
    #: the licences the new career needs that the old one does not hold
    licences: tuple[str, ...] = ()


def credential_gap(a: Career, b: Career) -> tuple[float, tuple[str, ...]] | None:
    """Years of entry credentials and experience a typical worker of ``a`` still lacks for
    ``b``, with reasons; None where either career's preparation is not published."""
    if cr.stage(a, "education") is None or cr.stage(b, "education") is None:
        return None
    years, reasons = 0.0, []
    for gap, reason in (cr.education_gap(a, b), cr.programme_gap(a, b)):
        if reason and gap > 0:
            years += gap
            reasons.append(f"{reason}: about {_say_years(gap)}")
    needed = cr.experience_needed(b)
    experience = cr.stage(b, "experience")
    if needed and experience is not None and not cr.counts_as_experience(a, b):
        years += needed
        reasons.append(f"needs {experience.text}")
    reasons.extend(f"needs {name}" for name in cr.missing_licences(a, b))
    return years, tuple(reasons)


def _say_years(years: float) -> str:
    if years < 1:
        months = round(years * 12)
        return f"{months} month{'s' if months != 1 else ''}"
    whole = round(years * 2) / 2
    return f"{whole:g} year{'s' if whole != 1 else ''}"


def skill_gap(a: Career, b: Career) -> float | None:
    """How far ``a``'s skill levels fall short of ``b``'s, weighted by importance to ``b``
    (importance minus 1: 0 for "not important", 4 for "extremely important")."""
    if not a.skill_level or not b.skill_level or not b.skill_importance:
        return None
    total = short = 0.0
    mine = a.skill_level
    for name, importance in b.skill_importance.items():
        weight = importance - 1
        if weight <= 0:
            continue
        total += weight
        short += weight * max(0.0, b.skill_level.get(name, 0.0) - mine.get(name, 0.0))
    return short / total if total else 0.0


def skills_to_build(a: Career, b: Career, limit: int = 3) -> tuple[str, ...]:
    found = []
    for name, importance in b.skill_importance.items():
        gap = b.skill_level.get(name, 0.0) - a.skill_level.get(name, 0.0)
        if importance >= SKILL_TO_BUILD_IMPORTANCE and gap >= SKILL_TO_BUILD_GAP:
            found.append(((importance - 1) * gap, name))
    return tuple(name for _, name in sorted(found, reverse=True)[:limit])


def switch(a: Career, b: Career) -> Switch:
    """Switching from ``a`` to ``b``."""
    gap, credentials = skill_gap(a, b), credential_gap(a, b)
    if gap is None or credentials is None:
        return Switch(Transition.NOT_ESTIMATED)
    years, reasons = credentials
    licences = tuple(cr.missing_licences(a, b))
    step = (
        (b.difficulty.rank or 0) - (a.difficulty.rank or 0) if a.difficulty and b.difficulty else 0
    )
    building = skills_to_build(a, b)
    said = list(reasons)
    if gap > SMALL_GAP and building:
        said.append("skills to build: " + ", ".join(building))
    if step >= HARD_ZONE_STEP:
        said.append(
            "a big step up in preparation (O*NET job zone "
            f"{a.difficulty.rank if a.difficulty else '?'} → "
            f"{b.difficulty.rank if b.difficulty else '?'})"
        )
    overseen = cr.oversees_other_work(a, b)
    if overseen:
        said.insert(0, f"first-line supervisors come up from the {overseen} work they oversee")
    if years >= HARD_YEARS or gap >= LARGE_GAP or step >= HARD_ZONE_STEP or overseen:
        difficulty = Transition.HARD
    elif years == 0 and gap <= SMALL_GAP and step <= 1 and not licences:
        difficulty = Transition.EASY
    else:
        difficulty = Transition.MODERATE
    return Switch(
        difficulty,
        tuple(said),
        years,
        building,
        estimated=bool(a.skills_estimated_from or b.skills_estimated_from),
        licences=licences,
    )


#: the share of two page careers' listed skills they share, for "easy" and "moderate"
PAGE_EASY_OVERLAP = 0.35
PAGE_MODERATE_OVERLAP = 0.1


def page_switch(skills: SkillsAnalysis) -> Switch:
    """Between two careers of the comparison pages: by the share of listed skills shared."""
    if skills.overlap >= PAGE_EASY_OVERLAP:
        difficulty = Transition.EASY
    elif skills.overlap >= PAGE_MODERATE_OVERLAP:
        difficulty = Transition.MODERATE
    else:
        difficulty = Transition.HARD
    return Switch(difficulty)


def switches(a: Career, b: Career, skills: SkillsAnalysis) -> tuple[Switch, Switch]:
    """From ``a`` to ``b``, and back."""
    if a.skill_level and b.skill_level:
        return switch(a, b), switch(b, a)
    if not a.skill_level and not b.skill_level and a.soc is None and b.soc is None:
        both = page_switch(skills)
        return both, both
    return Switch(Transition.NOT_ESTIMATED), Switch(Transition.NOT_ESTIMATED)


def harder(first: Switch, second: Switch) -> Transition:
    """Switching "between" two careers: the harder direction."""
    order = (Transition.HARD, Transition.MODERATE, Transition.EASY, Transition.NOT_ESTIMATED)
    return min(first.difficulty, second.difficulty, key=order.index)
