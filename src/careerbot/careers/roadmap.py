"""A roadmap: how to get from one career (or from no particular career) into another, each
step standing on a named source (docs/catalog-build.md, "Roadmaps").

- What carries over: the skills the two share (O*NET Skills; the pages' skill lists for
  the AI careers).
- What to build: the new career's important skills where the old one's O*NET level is
  lower, biggest weighted gap first, and its common tools the old one does not use.
- Credentials and time: the new career's typical entry education, training and experience
  (BLS Employment Projections) against the old one's, with the switch rule's credit for
  related work; the time is the missing credentials' years at least, and at most that plus
  the spread of the new career's own learning range, never more than starting afresh.
- Stepping stones: when the switch is hard, a route through O*NET's Related Occupations in
  which every hop is easier than the direct switch (a cashier → pharmacy aide → pharmacy
  technician kind of path), each hop with its own difficulty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from careerbot.careers import credentials as cr
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Career, Stage
from careerbot.careers.routes import Hop, route, total_years, training_months
from careerbot.careers.skills import analyse_skills
from careerbot.careers.switching import Switch, credential_gap, skill_gap, switch

#: sources of the parts of a roadmap that are not a figure of their own
SKILLS_SOURCE = "onet-29.3"
PAGES_SOURCE = "ai-career-pages"
LICENCES_SOURCE = "careerbot-licences"
SHOWN_SKILLS = 5
SHOWN_TOOLS = 5


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    #: the source id it stands on (a key of the catalog's sources)
    source: str


@dataclass(frozen=True, slots=True)
class Roadmap:
    target: Career
    source: Career | None
    carries_over: tuple[str, ...]
    to_build: tuple[str, ...]
    tools: tuple[str, ...]
    #: the credentials the target asks for that the source does not bring
    credentials: tuple[Step, ...]
    #: the time it takes in all, in months (low, high; high None: open-ended), the
    #: experience asked for included; None where nothing says
    months: tuple[int, int | None] | None
    #: careers between the two, each with the switch into it; the last hop is into target
    route: tuple[Hop, ...]
    #: the switch from source to target directly
    direct: Switch | None
    steps: tuple[Step, ...]

    @property
    def stepping_stones(self) -> tuple[Career, ...]:
        return tuple(hop.career for hop in self.route[:-1])

    @property
    def route_months(self) -> tuple[int, int] | None:
        """The time in all by the stepping stones, where a route is quicker than ``months``."""
        if len(self.route) < 2:
            return None
        return _with_training(self.target, total_years(self.route))


def _stages(career: Career) -> tuple[Stage, ...]:
    curve = career.learning_curve
    return curve.stages if curve else ()


def _own_credentials(career: Career) -> tuple[Step, ...]:
    """The way in from nothing: the career's own stages."""
    curve, barrier = career.learning_curve, career.entry_barrier
    steps = []
    for stage in _stages(career):
        if stage.kind == "education" and stage.months_max == 0:
            continue  # "no formal credential" is no step
        steps.append(
            Step(
                f"{stage.kind.capitalize()}: {stage.text}",
                stage.source or (curve.source if curve else ""),
            )
        )
    if barrier is not None and barrier.licences:
        steps.extend(Step(f"Licence: {text}", LICENCES_SOURCE) for text in barrier.licences)
    elif barrier is not None and barrier.licence:
        steps.append(Step("A licence or certification to practise", barrier.source))
    return tuple(steps)


def _months_from_nothing(career: Career) -> tuple[int, int | None] | None:
    """The career's learning time, and the experience it asks for after it."""
    curve = career.learning_curve
    if curve is None or curve.months is None:
        return None
    high = curve.months_max if curve.months_max is not None else curve.months
    if curve.label and curve.label.endswith("+ years"):
        return curve.months, None
    experience = cr.stage(career, "experience")
    if experience is None or experience.months_max == 0:
        return curve.months, high
    more = experience.months_max
    return curve.months + experience.months, None if more is None else high + more


def _from_schooling(
    target: Career,
    held: str,
    credentials: tuple[Step, ...],
    months: tuple[int, int | None] | None,
) -> tuple[tuple[Step, ...], tuple[int, int | None] | None]:
    """The way in from nothing less the schooling they hold: its education step says what
    is still to do, and the time in all drops the years it saves (a bachelor's held toward
    a master's: the master's alone)."""
    wanted = cr.stage(target, "education")
    gap = cr.education_gap_held(held, target)
    if wanted is None or gap is None:
        return credentials, months
    left, what = gap
    saved = round((cr.middle_years(wanted) - left) * 12)
    if saved <= 0:
        return credentials, months
    yours = f"{held[:1].lower()}{held[1:]}"
    said = f"{what}; your {yours} counts toward it" if what else f"your {yours} meets it"
    education = f"Education: {wanted.text}"
    steps = tuple(
        Step(f"{education} ({said})", c.source) if c.text == education else c for c in credentials
    )
    if months is None:
        return steps, None
    low, high = months
    return steps, (max(0, low - saved), None if high is None else max(0, high - saved))


def _with_training(target: Career, years: float) -> tuple[int, int]:
    """Missing credentials and experience, then the new career's training after hire."""
    low, high = training_months(target)
    spent = round(years * 12)
    return spent + low, spent + high


def _skills_to_build(source: Career | None, target: Career) -> tuple[str, ...]:
    """The target's important skills where the source's level is lower, by weighted gap."""
    if not target.skill_importance:
        return ()
    mine = source.skill_level if source else {}
    gaps = []
    for name, importance in target.skill_importance.items():
        gap = target.skill_level.get(name, 0.0) - mine.get(name, 0.0)
        if importance >= 3.0 and gap > 0:
            gaps.append(((importance - 1) * gap, name))
    return tuple(name for _, name in sorted(gaps, reverse=True)[:SHOWN_SKILLS])


def roadmap(
    target: Career, source: Career | None, careers: Sequence[Career], held: str | None = None
) -> Roadmap:
    """The way into ``target`` from ``source`` (None: from no particular career, with the
    schooling ``held``, a BLS category, where they said it)."""
    pages = target.soc is None  # a career of the comparison pages
    skills_source = PAGES_SOURCE if pages else SKILLS_SOURCE
    carries: tuple[str, ...] = ()
    fresh = True  # learned from nothing: the career's own learning time is said
    direct: Switch | None = None
    hops: tuple[Hop, ...] = ()
    if source is None:
        credentials = _own_credentials(target)
        months = _months_from_nothing(target)
        if held is not None:
            credentials, months = _from_schooling(target, held, credentials, months)
            fresh = months == _months_from_nothing(target)
        to_build = _skills_to_build(None, target) or target.skills[:SHOWN_SKILLS]
        tools = target.tools[:SHOWN_TOOLS]
    else:
        analysis = analyse_skills(
            source.skills, target.skills, source.skill_importance, target.skill_importance
        )
        gap = credential_gap(source, target)
        if gap is not None and skill_gap(source, target) is not None:
            direct = switch(source, target)
            hops = route(source, target, careers, direct)
        years, reasons = gap if gap is not None else (0.0, ())
        credentials = tuple(Step(r[:1].upper() + r[1:], reason_source(target, r)) for r in reasons)
        if gap is None:
            credentials = _own_credentials(target)
            months = _months_from_nothing(target)
        else:
            months = _with_training(target, years)
        to_build = _skills_to_build(source, target) or analysis.b_only[:SHOWN_SKILLS]
        # a shared skill the new career needs at a higher level is one to build, not one
        # that carries over
        carries = tuple(p.b for p in analysis.shared if p.b not in to_build)[:SHOWN_SKILLS]
        used = {t.casefold() for t in source.tools}
        tools = tuple(t for t in target.tools if t.casefold() not in used)[:SHOWN_TOOLS]
    steps = _steps(
        target,
        source,
        carries=carries,
        to_build=to_build,
        tools=tools,
        credentials=credentials,
        months=months,
        skills_source=skills_source,
        fresh=fresh,
    )
    return Roadmap(
        target, source, carries, to_build, tools, credentials, months, hops, direct, steps
    )


def _time_parts(
    target: Career, source: Career | None, months: tuple[int, int | None], *, fresh: bool = True
) -> str:
    """What the time is made of: learning (from nothing: ``fresh``), the experience asked
    for, training after hire (learning alone, the whole of the time, is not said twice)."""
    parts = []
    curve = target.learning_curve
    if source is None and fresh and curve and curve.label:
        parts.append(f"{curve.label} to learn")
    experience = cr.stage(target, "experience")
    if experience is not None and experience.months_max != 0:
        if source is not None and cr.counts_as_experience(source, target):
            parts.append(
                f"{short_title(source)} counts toward the experience asked for: {experience.text}"
            )
        else:
            parts.append(f"then {experience.text}")
    low, high = training_months(target)
    if source is not None and high:
        parts.append(f"then {months_text((low, high))} of on-the-job training")
    if parts == [f"{months_text(months)} to learn"]:
        return ""
    return f" ({'; '.join(parts)})" if parts else ""


def reason_source(target: Career, reason: str) -> str:
    """The source a credential a switch needs stands on: the licence table for a licence,
    the stage's own source (O*NET's answers, the table) or BLS EP."""
    if any(reason == f"needs {name}" for name in cr.licence_names(target)):
        return LICENCES_SOURCE
    for stage in _stages(target):
        if stage.text and reason.startswith(f"needs {stage.text}"):
            return stage.source or _credential_source(target)
    return _credential_source(target)


def _credential_source(career: Career) -> str:
    curve = career.learning_curve
    return curve.source if curve else ""


def months_text(months: tuple[int, int | None]) -> str:
    low, high = months
    if high is None:
        return f"{round(low / 12)}+ years" if low >= 12 else f"{low}+ months"
    if high <= 1:
        return "under a month"
    if high < 24:
        if low == high:
            return "about a year" if low == 12 else f"about {low} months"
        return f"{low}–{high} months"
    say_low, say_high = round(low / 12), round(high / 12)
    if say_low == say_high:
        return f"about {say_low} year{'s' if say_low != 1 else ''}"
    if low >= 12:
        return f"{say_low}–{say_high} years"
    return f"{low} month{'s' if low != 1 else ''}–{say_high} years"  # "1 month–2 years"


def _steps(
    target: Career,
    source: Career | None,
    *,
    carries: tuple[str, ...],
    to_build: tuple[str, ...],
    tools: tuple[str, ...],
    credentials: tuple[Step, ...],
    months: tuple[int, int | None] | None,
    skills_source: str,
    fresh: bool = True,
) -> tuple[Step, ...]:
    steps: list[Step] = []
    if source is not None and (source.soc is None) != (target.soc is None):
        said = "not estimated: the two careers' skills come from different sources"
        steps.append(Step(f"Carries over: {said}", skills_source))
    elif source is not None:
        said = "; ".join(carries) if carries else "none of the top skills listed for both"
        steps.append(Step(f"Carries over: {said}", skills_source))
    if to_build:
        steps.append(Step(f"Skills to build: {'; '.join(to_build)}", skills_source))
    if tools:
        steps.append(Step(f"Tools to learn: {', '.join(tools)}", SKILLS_SOURCE))
    if credentials:
        steps.extend(credentials)
    elif source is not None and target.soc is not None:
        steps.append(Step("No credential it asks for is missing", _credential_source(target)))
    elif target.soc is None:
        steps.append(Step("Credentials: the pages publish none for this career", skills_source))
    if months is not None:
        curve = target.learning_curve
        steps.append(
            Step(
                f"Time in all: {months_text(months)}"
                f"{_time_parts(target, source, months, fresh=fresh)}",
                curve.source if curve else "",
            )
        )
    return tuple(steps)
