"""Three or four careers compared at once: the card of ``render.many``, the figure asked
about answered first, and buttons to compare any two of them or see one."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from careerbot.careers.catalog import Catalog
from careerbot.careers.criteria import BY_NAME, Attribute, figure_name
from careerbot.careers.demand import openings
from careerbot.careers.formatting import agreeing, hired_when, short_title
from careerbot.careers.model import Career
from careerbot.careers.skills import analyse_skills, skill_head
from careerbot.dialogue.codec import Compare, Profile, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Button, Keyboard, Reply
from careerbot.render.document import Document, Para
from careerbot.render.focus import least_schooled
from careerbot.render.many import LETTERS, leader, many_document, verdict

OVERALL = "overall"


def many_reply(
    catalog: Catalog,
    context: ChatContext,
    careers: list[Career],
    focus: str = OVERALL,
    notes: tuple[str, ...] = (),
) -> Reply:
    document = many_document(careers, catalog.sources, notes)
    if (answer := _answer(careers, focus)) is not None:
        document = Document((Para(answer), *document.blocks))
    slugs = tuple(c.slug for c in careers)
    return Reply(
        kind="compare",
        document=document,
        context=replace(
            context,
            screen="compare",
            shown=",".join(slugs),
            last_a=slugs[0],
            last_b=slugs[1],
            subject=slugs[0],
            asked=focus,
            awaiting_second=None,
            pending=None,
        ),
        buttons=_keyboard(catalog, careers),
        careers=slugs,
        focus=focus,
        title=" vs ".join(short_title(c) for c in careers),
        summary=verdict(careers),
    )


#: the grid's row each figure asked about is judged on
_ROW = {"salary": "Pay", "demand": "Growth", "learning_curve": "Learning", "entry_barrier": "Entry"}
_LEADS = {
    "Pay": "is best paid",
    "Growth": "is projected to grow fastest",
    "Learning": "is quickest to learn",
    "Entry": "is easiest to get into",
}


def _reason(attribute: Attribute, career: Career) -> str:
    """A career's figure; with a time to learn, when work can begin ("learn in 3–5 years,
    hired with no schooling past high school"): what "which can I start soonest" turns on."""
    said = attribute.reason(career)
    if attribute.name == "learning_curve" and (hired := hired_when(career)) is not None:
        return f"{said}, {hired}"
    return said


def _skills_answer(careers: list[Career]) -> str:
    """The skills all of them share (the same O*NET element, important to each; the AI
    careers' page skills by their words), then each one's that none of the others has."""

    def shared(a: Career, b: Career) -> set[str]:
        found = analyse_skills(a.skills, b.skills, a.skill_importance, b.skill_importance)
        return {s.a for s in found.shared}

    first, others = careers[0], careers[1:]
    common = [s for s in first.skills if all(s in shared(first, o) for o in others)]
    own = []
    for career in careers:
        alone = set(career.skills)
        for other in careers:
            if other is not career:
                alone -= shared(career, other)
        mine = [skill_head(s) for s in career.skills if s in alone]
        own.append(f"{short_title(career)}: {', '.join(mine) if mine else 'none of its own'}")
    heads = ", ".join(skill_head(s) for s in common) if common else "none"
    return f"Skills all {len(careers)} share: {heads}. Each one's own: {'; '.join(own)}."


def _answer(careers: list[Career], focus: str) -> str | None:
    """The figure asked about: which career leads on it, by the grid's rule (or that none
    does), then each career's figure, the leader first."""
    if focus == "skills":
        return _skills_answer(careers)
    if focus not in BY_NAME:
        return None
    attribute = BY_NAME[focus]
    if focus == "openings":  # a count, said as one: which has the most, never "leads"
        counted = sorted(careers, key=lambda c: openings(c) or -1.0, reverse=True)
        said = "; ".join(f"{short_title(c)}: {attribute.reason(c)}" for c in counted)
        most = counted[0]
        if openings(most) is None or openings(most) == openings(counted[1]):
            return f"{figure_name(attribute, careers)} — {said}."
        return agreeing(
            f"{short_title(most)} has the most openings a year (BLS 2024–34; larger occupations "
            f"have more). {said}.",
            short_title(most),
        )
    row = _ROW.get(focus)
    best = leader(careers, row) if row else None
    ordered = sorted(careers, key=lambda c: c is not best)
    said = "; ".join(f"{short_title(c)}: {_reason(attribute, c)}" for c in ordered)
    if best is not None and row is not None:
        named = short_title(best)
        return agreeing(f"{named} {_LEADS[row]} of the {len(careers)}. {said}.", named)
    if focus == "entry_barrier" and (fewest := least_schooled(careers)):
        # "which needs less school": by BLS's typical entry education
        names = " and ".join(short_title(c) for c in fewest)
        return f"Less schooling: {names} (BLS typical entry education). {said}."
    if row is not None:
        return f"None of the {len(careers)} clearly leads on {attribute.noun}. {said}."
    return f"{figure_name(attribute, careers)} — {said}."


def _keyboard(catalog: Catalog, careers: list[Career]) -> Keyboard:
    ids = [catalog.id_of(c) for c in careers]
    pairs = [
        Button(f"⚖️ {LETTERS[i]} vs {LETTERS[j]}", encode(Compare(ids[i], ids[j])))
        for i, j in combinations(range(len(careers)), 2)
    ]
    rows = [tuple(pairs[k : k + 3]) for k in range(0, len(pairs), 3)]
    rows.append(
        tuple(Button(f"ℹ️ {LETTERS[i]}", encode(Profile(ids[i]))) for i in range(len(careers)))
    )
    return tuple(rows)
