"""The answer to the question asked, first: "how much do electricians make" opens the profile
with pay, "which is easier to get into?" opens the comparison with the entry barrier. Each
answer is the card's own figure and sentence, with where it comes from."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import cast

from careerbot.careers.advice import attribute_sentence
from careerbot.careers.comparison import Comparison, Unranked
from careerbot.careers.credentials import EDUCATION_ORDER
from careerbot.careers.criteria import BY_NAME, AttributeName
from careerbot.careers.demand import (
    ALL_OCCUPATIONS_GROWTH,
    borrowed,
    demand_reason,
    growth_of,
    openings,
    openings_cell,
    openings_said,
    self_employed_note,
)
from careerbot.careers.formatting import (
    NOT_PUBLISHED,
    PLURAL_VERBS,
    agreeing,
    column_names,
    experience_stage,
    growth_text,
    months,
    short_names,
    short_title,
)
from careerbot.careers.measures import entry_said, pay_reason
from careerbot.careers.model import Career, Source
from careerbot.render.card import skills_line
from careerbot.render.document import Para
from careerbot.render.exposure import IN_BRIEF, exposure_answer
from careerbot.render.grid import COLUMN_NAME_WIDTHS
from careerbot.render.notes import MEASURE_NOTES, REMOTE_NOTE
from careerbot.render.profile import bases, hired_after, stage_said
from careerbot.understanding.cues import Focus

HEADS: dict[Focus, str] = {
    "salary": "💰 Pay",
    "demand": "📈 Job outlook",
    "openings": "🔢 Openings",
    "ai_risk": "🤖 AI",
    "learning_curve": "⏱ Time to learn",
    "entry_barrier": "🚪 Getting in",
    "remote": "🏠 Remote",
    "coding": "💻 Coding",
    "skills": "🧩 Skills",
    "duties": "📋 The work",
}
#: what a comparison says about two careers whose figure has no better side
NO_SIDE = "neither is better: it suits some people and not others"


def _source(career: Career, name: AttributeName, sources: Mapping[str, Source]) -> str:
    figure = BY_NAME[name].figure(career)
    if figure is None:
        return ""
    source = sources.get(figure.source)
    return f" ({source.short or source.name})" if source else ""


def _basis(career: Career, prefix: str) -> str:
    return next((line for line in bases(career) if line.startswith(prefix)), "")


def duties(career: Career) -> str:
    """What the work is, day to day: O*NET's core tasks, else its description (the card
    says the description beside it)."""
    tasks = career.descriptors.tasks if career.descriptors is not None else ()
    if not tasks:
        return career.description or f"description {NOT_PUBLISHED}"
    return "on the job, from O*NET's core tasks:\n" + "\n".join(f"• {t}" for t in tasks)


def career_answer(career: Career, focus: str, sources: Mapping[str, Source]) -> Para | None:
    """One career's answer to the question asked; None for a question about everything."""
    head = HEADS.get(focus)  # type: ignore[call-overload]
    if head is None:
        return None
    if focus == "skills":
        skills = ", ".join(career.skills[:8]) if career.skills else NOT_PUBLISHED
        suits = who_it_suits(career)
        return Para(f"{skills}. {suits}" if suits else skills, bold_prefix=f"{head}:")
    if focus == "duties":
        return Para(duties(career), bold_prefix=f"{head}:")
    name = cast(AttributeName, focus)
    if name == "ai_risk" and (said := exposure_answer(career)):
        return Para(said, bold_prefix=f"{head}:")
    barrier = career.entry_barrier
    if name == "entry_barrier" and barrier is not None and barrier.source.startswith("bls-"):
        # "do you need a degree to be a cop": the level, then what it rests on
        text = f"{barrier.level.lower()} entry barrier: {_experience_cited(career)}"
        return Para(f"{text}{_source(career, name, sources)}.", bold_prefix=f"{head}:")
    text = BY_NAME[name].reason(career) + _source(career, name, sources)
    if name == "learning_curve" and (basis := _basis(career, "Time to learn: ")):
        # "about 4 years (BLS …): a bachelor's degree (O*NET …)", the time said once
        time, _, why = basis.removeprefix("Time to learn: ").partition(": ")
        text = f"{time}{_source(career, name, sources)}" + (f": {why}" if why else "")
        if (hired := hired_after(career)) is not None:
            text += f". {hired}"
        if (experience := experience_stage(career)) is not None:
            # "how long to become a building inspector": the years in the work asked, said
            asked = stage_said(experience)
            text += f". Experience asked before entry, not counted as learning: {asked}"
    text += borrowed(career, frozenset({name}))
    growing = career.demand is not None and career.demand.growth_pct is not None
    median = career.salary.median if career.salary is not None else None
    oews = career.salary is not None and career.salary.source.startswith("bls-oews")
    extra = {
        # "whats the hourly": OEWS makes a year's wage of an hour's by 2,080 hours
        "salary": f"About ${median / YEAR_HOURS:,.2f} an hour (OEWS counts a year as "
        f"{YEAR_HOURS:,} hours)."
        if median is not None and oews
        else "",
        "ai_risk": MEASURE_NOTES[career.ai_risk.measure] if career.ai_risk else "",
        # "is 6% good?": beside the growth of all occupations, the yardstick BLS gives
        "demand": f"All occupations together: {growth_text(ALL_OCCUPATIONS_GROWTH)} (BLS)."
        if growing
        else "",
        "remote": REMOTE_NOTE
        if career.remote and career.remote.source != "ai-career-pages"
        else "",
    }.get(name, "")
    return Para(f"{text}. {extra}".strip(), bold_prefix=f"{head}:")


#: the hours of a year-round, full-time year by which OEWS makes annual wages of hourly ones
YEAR_HOURS = 2080

#: how many of O*NET's work styles and interests say whom the work suits
_STYLES, _INTERESTS = 3, 2


def who_it_suits(career: Career) -> str:
    """Whom the work suits, as O*NET rates it ("what kind of person does well in it"): the
    work styles it rates most important and the interests it suits most."""
    found = career.descriptors
    if found is None or not (found.styles or found.interests):
        return ""
    styles = sorted(found.styles.items(), key=lambda kv: -kv[1])[:_STYLES]
    interests = sorted(found.interests.items(), key=lambda kv: -kv[1])[:_INTERESTS]
    parts = []
    if styles:
        said = ", ".join(f"{name} {value:.1f}/5" for name, value in styles)
        parts.append(f"the work styles O*NET rates most important in it: {said}")
    if interests:
        said = ", ".join(f"{name} {value:.1f}/7" for name, value in interests)
        parts.append(f"the interests it suits most: {said}")
    return f"Who does well in it: {'; '.join(parts)} (O*NET)."


def _experience_cited(career: Career) -> str:
    """What getting in takes, the experience O*NET's respondents name (where more than half
    name one answer it stands for BLS's) said as theirs, with what BLS lists beside it."""
    said = entry_said(career)
    stage = experience_stage(career)
    if stage is None or stage.share is None or not stage.text or stage.text not in said:
        return said
    listed = (career.entry_barrier.raw or "").partition("; ")[2] if career.entry_barrier else ""
    bls = f"; BLS Projections list {listed.lower()}" if listed else ""
    return said.replace(stage.text, f"{stage.text} (O*NET: {stage.share:g}% of respondents{bls})")


def _exposure_pair(cmp: Comparison, named: Mapping[str, str]) -> str | None:
    """Two careers' exposure side by side with their growth, where both are LLM exposure."""
    risks = (cmp.a.ai_risk, cmp.b.ai_risk)
    if not all(r and r.measure == "llm_exposure" for r in risks):
        return None
    growth = "; ".join(f"{named[c.slug]} {demand_reason(c)}" for c in (cmp.a, cmp.b))
    sentence = attribute_sentence(cmp, "ai_risk", names=named) or ""
    return f"{_more_exposed(cmp, named)}{sentence} Beside it, BLS projects: {growth}. {IN_BRIEF}"


def _more_exposed(cmp: Comparison, named: Mapping[str, str]) -> str:
    """ "Which is more exposed to AI?" answered in the measure's own words: the one with more
    of its tasks exposed to LLMs, where the two differ as shown (a fact of the measure, not a
    rank of risk)."""
    a, b = (c.ai_risk.percent if c.ai_risk else None for c in (cmp.a, cmp.b))
    if a is None or b is None or round(a, 1) == round(b, 1):
        return ""
    if abs(a - b) < EXPOSURE_LEVEL:
        # (59.2% beside 58.9%: a gap the averaged ratings of each task do not support)
        return "About as much of each one's tasks is exposed to LLMs. "
    more, less = (cmp.a, cmp.b) if a > b else (cmp.b, cmp.a)
    return (
        f"More of {_whose(named[more.slug])} tasks are exposed to LLMs than "
        f"{_whose(named[less.slug])}. "
    )


#: exposure shares closer than this many percentage points are said to be about level
EXPOSURE_LEVEL = 2.0


def _whose(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _openings_pair(cmp: Comparison, named: Mapping[str, str]) -> str:
    """Which has more jobs to fill a year, as a count: never called the better outlook (a
    larger occupation has more), with the growth beside it that says where each heads."""
    a, b = openings(cmp.a), openings(cmp.b)
    if a is None or b is None or a == b:
        said = "; ".join(f"{named[c.slug]} {openings_said(c)}" for c in (cmp.a, cmp.b))
    else:
        more, fewer = (cmp.a, cmp.b) if a > b else (cmp.b, cmp.a)
        said = agreeing(
            f"{named[more.slug]} has more a year: {openings_cell(more)} vs {openings_cell(fewer)}",
            named[more.slug],
        )
    growth = ", ".join(f"{named[c.slug]} {growth_of(c)}" for c in (cmp.a, cmp.b))
    return (
        f"{said} (BLS 2024–34: jobs to fill from growth and from workers leaving, so larger "
        f"occupations have more). Growth: {growth}."
    )


def least_schooled(careers: Sequence[Career]) -> list[Career]:
    """The careers asking the least schooling by BLS's typical entry education, where they
    differ; none where they do not, or where one's is not published."""
    rank: dict[str, int] = {}
    for career in careers:
        barrier = career.entry_barrier
        education = (barrier.raw or "").partition("; ")[0] if barrier else ""
        if education not in EDUCATION_ORDER:
            return []
        rank[career.slug] = EDUCATION_ORDER.index(education)
    least = min(rank.values(), default=0)
    fewest = [c for c in careers if rank[c.slug] == least]
    return fewest if len(fewest) < len(careers) else []


def _less_schooling(cmp: Comparison, named: dict[str, str]) -> str:
    """Which side asks less schooling by BLS's typical entry education, where they differ
    ("Less schooling: Dental Assistants."; what each needs is said after it); empty where
    they do not."""
    less = least_schooled((cmp.a, cmp.b))
    return f"Less schooling: {named[less[0].slug]}." if less else ""


def _with_time(cmp: Comparison, tie: str, named: dict[str, str]) -> str:
    """A tie on the way in, with the time to learn where that differs: the same schooling is
    not the same time ("which one has less school", physicians and dentists: a residency
    after the degree)."""
    time = attribute_sentence(cmp, "learning_curve", names=named) or ""
    return f"{tie} {time}" if time and not time.startswith("Both") else tie


def _entry_basis(cmp: Comparison) -> str:
    """Where the entry of two occupations is read: BLS, and the licence table for licences
    (the AI pages' own levels say nothing more)."""
    barriers = [c.entry_barrier for c in (cmp.a, cmp.b)]
    if not all(b is not None and b.source.startswith("bls-") for b in barriers):
        return ""
    if any(b is not None and b.licences for b in barriers):
        return " (BLS; licences: each licensing rule's own source)"
    return " (BLS)"


_SKILL_TAIL = re.compile(r"\s+(?:-|–|for|across|using|based on)\s|\s*\(|:")


def _skill_head(skill: str) -> str:
    """A skill by its head words: "Prompt engineering and template management" of the
    pages' long phrases; O*NET's names as they are."""
    return _SKILL_TAIL.split(skill, maxsplit=1)[0].strip()


def comparison_answer(
    cmp: Comparison, focus: str, names: tuple[str, str] | None = None, terse: bool = False
) -> Para | None:
    """A comparison's answer to the question asked, naming the careers by ``names`` (the
    names they go by unless given); ``terse``, without saying why neither side is better
    (the grid beneath shows it). None for a question about everything."""
    head = HEADS.get(focus)  # type: ignore[call-overload]
    if head is None:
        return None
    short_a, short_b = names or short_names(cmp.a, cmp.b)
    named = {cmp.a.slug: short_a, cmp.b.slug: short_b}
    if focus == "skills":
        # "what skills do they share": the count, and the skills by name
        s = cmp.skills
        lines = [skills_line(cmp)]
        for label, skills in (
            ("Both", [k.a for k in s.shared]),
            (f"{short_a} only", list(s.a_only)),
            (f"{short_b} only", list(s.b_only)),
        ):
            if skills:
                lines.append(f"{label}: " + ", ".join(_skill_head(n) for n in skills))
        return Para("\n".join(lines), bold_prefix=f"{head}:")
    if focus == "duties":
        said = [
            f"{short}: {career.description or NOT_PUBLISHED}"
            for short, career in ((short_a, cmp.a), (short_b, cmp.b))
        ]
        return Para("\n".join(said), bold_prefix=f"{head}:")
    name = cast(AttributeName, focus)
    if name == "ai_risk" and (pair := _exposure_pair(cmp, named)):
        return Para(pair, bold_prefix=f"{head}:")
    if name == "openings":
        return Para(_openings_pair(cmp, named), bold_prefix=f"{head}:")
    if name == "entry_barrier" and not terse and _entry_basis(cmp):
        # "what degree do they need": the level, then what it rests on for each
        needs = "; ".join(f"{named[c.slug]}: {entry_said(c)}" for c in (cmp.a, cmp.b))
        level = attribute_sentence(cmp, name, names=named) or ""
        # where the schooling differs, that is said first, in place of a level both share
        less = _less_schooling(cmp, named)
        lead = less if less and level.startswith("Both") else level
        if not less and level.startswith("Both"):
            lead = _with_time(cmp, level, named)
        text = f"{lead} {needs}{_entry_basis(cmp)}.".strip()
        return Para(text, bold_prefix=f"{head}:")
    sentence = attribute_sentence(cmp, name, names=named)
    if sentence is None:
        attribute = BY_NAME[name]
        unpublished = cmp.attributes[name].unranked is Unranked.NOT_PUBLISHED
        why = "not published for both, so not ranked" if unpublished else NO_SIDE
        said_a, said_b = attribute.reason(cmp.a), attribute.reason(cmp.b)
        sentence = (
            f"Both {_plural(said_a)}."  # "Both can be done from home.", "Both involve coding."
            if said_a == said_b and not unpublished
            else f"{short_a}: {said_a}; {short_b}: {said_b}" + ("." if terse else f" ({why}).")
        )
    if name == "entry_barrier" and sentence.startswith("Both"):
        sentence = _with_time(cmp, sentence, named)
    if name == "coding" and not terse and (behind := _programming(cmp, named)):
        # "why does mechanical need coding": the figure the flag stands on
        sentence = f"{sentence.rstrip('.')}. {behind}"
    if name == "salary" and not terse and sentence.startswith("Both"):
        # a tie said with each one's range, which is where they differ
        ranges = "; ".join(f"{named[c.slug]}: {pay_reason(c)}" for c in (cmp.a, cmp.b))
        sentence = f"{sentence.rstrip('.')}. {ranges}."
    if name == "salary" and not terse:
        # pay that leaves out a large self-employed share says so where pay is asked
        sentence += "".join(f" {n}" for c in (cmp.a, cmp.b) if (n := self_employed_note(c)))
    # "💰 Pay: Pay: …" says its head twice
    return Para(sentence.removeprefix(f"{head.split(' ', 1)[1]}: "), bold_prefix=f"{head}:")


def comparison_answers(cmp: Comparison, focus: str) -> tuple[Para, ...]:
    """The answer as the card may say it, fullest first: naming the careers as they go by,
    then as the grid's columns do, then without why neither is better (where a phone's
    screen has room for no more)."""
    columns = column_names(cmp.a, cmp.b, COLUMN_NAME_WIDTHS)
    said = (
        comparison_answer(cmp, focus),
        comparison_answer(cmp, focus, columns),
        comparison_answer(cmp, focus, columns, terse=True),
    )
    return tuple(dict.fromkeys(answer for answer in said if answer is not None))


def _plural(said: str) -> str:
    """ "involves coding" said of both: "involve coding"."""
    first, _, rest = said.partition(" ")
    return f"{PLURAL_VERBS.get(first, first)} {rest}".strip()


def _programming(cmp: Comparison, named: dict[str, str]) -> str:
    """O*NET's Programming importance of each side, which the coding flag stands on (3 or
    more is coding; docs/catalog-build.md, "Coding")."""
    rated = [
        f"{named[c.slug]} {c.skill_importance['Programming']:.1f}/5"
        for c in (cmp.a, cmp.b)
        if "Programming" in c.skill_importance
    ]
    if len(rated) < 2:
        return ""
    return f"O*NET rates how important programming is to the work: {'; '.join(rated)}."


def ages_done(careers: Sequence[Career], age: int) -> str | None:
    """ "is it worth it at my age" with the age said: no source rates careers by age, but
    each way in ends at an age the time to learn sets ("from 40: Pharmacists about 8 years
    to learn, so working in it from about 48"); None where no time is published."""
    parts = []
    for career in careers:
        curve = career.learning_curve
        if curve is None or curve.months is None:
            continue
        high = curve.months_max if curve.months_max is not None else curve.months
        low_age, high_age = age + round(curve.months / 12), age + round(high / 12)
        if curve.label and curve.label.endswith("+ years"):
            at = f"{low_age} or later"
        else:
            at = f"about {low_age}" if low_age == high_age else f"about {low_age}–{high_age}"
        parts.append(
            f"{short_title(career)} {months(curve, short=False)} to learn, so working in it "
            f"from {at}"
        )
    if not parts:
        return None
    return (
        f"No source rates careers by age; from {age}, by the time each takes to learn (BLS, "
        f"O*NET): {'; '.join(parts)}."
    )
