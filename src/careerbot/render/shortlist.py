"""A person's shortlist as a document: what they said, the careers with their reasons, what
orders them and what was left out; and the answer to "why not nursing?"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from careerbot.careers.criteria import BY_NAME as CRITERIA
from careerbot.careers.demand import borrowed
from careerbot.careers.fields import BY_NAME
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Career, Source
from careerbot.careers.traits import Test, by_name, descriptor_label
from careerbot.recommend.person import AS_HELD, Person
from careerbot.recommend.reasons import must_text, wish_text
from careerbot.recommend.shortlist import Shortlist, Standing
from careerbot.render.document import Block, Bullets, Document, Heading, Para
from careerbot.render.recommendation import UNRANKED, not_judged_para
from careerbot.render.sources import source_line

SALARY = CRITERIA["salary"]

HINT = (
    "Refine it in your own words (“no degree”, “more pay”, “less stress”), compare two, "
    "or ask “why not nursing?”."
)


def said_of(person: Person, current: Career | None, ruled_out: Sequence[Career] = ()) -> list[str]:
    """What the person told us, as a reply repeats it; ``ruled_out``: the careers they ruled
    out ("I don't want to be a farmer")."""
    traits = by_name()
    out = (
        []
        if current is None
        else [f"close to {current.title}" if person.from_shown else f"you work as: {current.title}"]
    )
    if person.schooling_held:  # BLS's category, as people say it
        out.append(f"you hold: {person.schooling_held[0].lower()}{person.schooling_held[1:]}")
    if person.schooling == AS_HELD:  # "no more school"
        out.append("no more schooling")
    elif person.schooling and person.schooling != person.schooling_held:  # "no 4 year degree"
        out.append(f"schooling up to {person.schooling[0].lower()}{person.schooling[1:]}")
    if len(ruled_out) > _RULED_OUT_SAID:  # "take teachers out": every kind of teacher
        named = ", ".join(short_title(c) for c in ruled_out[:_RULED_OUT_SAID])
        out.append(f"not {named} and {len(ruled_out) - _RULED_OUT_SAID} more of their kind")
    else:
        out += [f"not {short_title(c)}" for c in ruled_out]
    out += [_wish(traits[t].label, t) for t in person.likes if t in traits]
    out += [f"you value {traits[t].label}" for t in person.values if t in traits]
    out += [f"not {traits[t].label}" for t in person.dislikes if t in traits]
    if person.same_skills:  # of the career named, where it is not their own job
        out.append("using its skills" if person.from_shown else "using the skills you have")
    return out


#: the careers ruled out that a reply names one by one
_RULED_OUT_SAID = 3


def _wish(label: str, name: str) -> str:
    return f"you want {label}" if by_name()[name].measure.wants_low else f"you like {label}"


def _avoided(result: Shortlist) -> str | None:
    if not result.avoided:
        return None
    # two dislikes judged alike ("bad knees", "not on my feet") are one rule, said once
    counts: dict[str, int] = {}
    for name, count in result.avoided:
        trait = by_name()[name]
        how = " or ".join(_test_text(t) for t in trait.avoided_by)
        counts[how] = counts.get(how, 0) + count
    parts = [
        f"{count} careers {how.removeprefix('the career is ')}"
        if how.startswith("the career is in ") and " or " not in how
        else f"{count} careers where {how}"
        for how, count in counts.items()
        if count
    ]
    return "Left out: " + "; ".join(parts) + "." if parts else None


def _test_text(test: Test) -> str:
    label = descriptor_label(test)
    if test.family == "topic":
        least = int(test.low or 1)
        many = "a task mentions" if least <= 1 else f"{least} or more tasks mention"
        return f"{many} {test.subject} (O*NET)"
    if test.family == "field":  # a field of careerbot's own (docs/catalog-build.md)
        field = BY_NAME.get(test.name)
        return f"the career is in {field.label if field else test.name}"
    if test.low is not None:
        return f"{label} is at least {test.low:g}"
    if test.high is not None:
        return f"{label} is at most {test.high:g}"
    return label


def _none_liked(result: Shortlist) -> str | None:
    """Said where no career shown has any of what the person likes ("I like drawing", then
    "remote only"): the limits leave none, and the list is the nearest, not a match."""
    liked = [by_name()[t].label for t in (*result.person.likes, *result.person.values)]
    having = sum(1 for s in result.suggestions if s.met)
    if not liked or not result.suggestions or having == len(result.suggestions):
        return None
    if having:  # the ones with it come first: the rest have none of it
        first = "the first here has" if having == 1 else f"the first {having} here have"
        return (
            f"Only {first} {' or '.join(liked)} by these sources; the others come nearest on "
            "the rest."
        )
    if result.relaxed or result.considered == 0:
        return None  # none meets the limits: said above, each career with what it misses
    those = (
        "The one career that meets your limits does not have"
        if result.considered == 1
        else f"None of the {result.considered} careers that meet your limits has"
    )
    return f"{those} {' or '.join(liked)} by these sources; these come nearest on the rest."


def _pay_line(career: Career) -> str:
    """Every career of a list says what it pays, where no reason already does: pay is what
    most people weigh first."""
    said = SALARY.reason(career)
    return said + borrowed(career, frozenset({"salary"})) if career.salary else f"pay {said}"


def shortlist_document(
    result: Shortlist,
    sources: Mapping[str, Source],
    current: Career | None,
    scope: tuple[str, ...] = (),
    ruled_out: Sequence[Career] = (),
) -> Document:
    within = f" — {', '.join(scope)}" if scope else ""
    blocks: list[Block] = [Heading(f"Careers that fit you{within}")]
    told = said_of(result.person, current, ruled_out)
    # a wish no figure may rank is said as a wish, never as a must it was not held to
    told += [
        wish_text(replace(p, hard=False, limit=None) if p.criterion in result.unranked else p)
        for p in result.preferences.items
    ]
    if told:
        blocks.append(Para(" · ".join(told), bold_prefix="From what you said:"))
    if result.person.not_judged:
        blocks.append(not_judged_para(result.person.not_judged))
    for name in result.unranked:
        blocks.append(Para(UNRANKED[name], bold_prefix="Not judged:"))
    if result.relaxed:
        # a wish a person's list holds as a limit (remote work) is a must it was held to
        missed = {must_text(m): None for s in result.suggestions for m in s.misses}
        musts = ", ".join([must_text(p) for p in result.preferences.hard] or missed)
        said = f" ({musts})" if musts else ""
        blocks.append(Para(f"No career meets all of your must-haves{said}. The closest:"))
    elif not result.suggestions:
        blocks.append(Para("No career in the catalog fits all of that. Try loosening a limit."))
    if (lacking := _none_liked(result)) is not None:
        blocks.append(Para(lacking))
    for place, suggestion in enumerate(result.suggestions, 1):
        items = [r.text for r in suggestion.reasons]
        if not any("$" in item for item in items):
            items.append(_pay_line(suggestion.career))
        if suggestion.misses:
            items.append("misses: " + "; ".join(must_text(m) for m in suggestion.misses))
        blocks.append(Bullets(f"{place}. {suggestion.career.title}", tuple(items)))
    notes = [f"Order: {result.order}."]
    if result.harder_moves:
        notes.append("Few easy or moderate switches were left, so harder ones are shown too.")
    if avoided := _avoided(result):
        notes.append(avoided)
    if result.capped:
        notes.append("At most two careers of one occupational group are shown.")
    blocks.append(Para(" ".join(notes), italic=True))
    careers = [s.career for s in result.suggestions]
    if careers:
        blocks.append(Para(source_line(sources, *careers), italic=True))
    blocks.append(Para(HINT))
    return Document(tuple(blocks))


def why_not_document(
    career: Career,
    standing: Standing,
    sources: Mapping[str, Source],
    *,
    listed: int | None = None,
) -> Document:
    """ "Why not nursing?": what keeps a career off the list, and what it has; ``listed``:
    its place on the list shown, where it is on it."""
    # on the list, the question was why it is there ("why did you suggest…")
    asked = "Why" if listed is not None else "Why not"
    blocks: list[Block] = [Heading(f"{asked} {career.title}?")]
    if listed is not None:
        blocks.append(Para(f"It is on your list: #{listed} above."))
    elif standing.place is not None:
        blocks.append(
            Para(f"It comes #{standing.place} of the {standing.of} careers that pass your limits.")
        )
    if standing.blocked:
        blocks.append(Bullets("What rules it out", standing.blocked))
    if standing.has:
        blocks.append(Bullets("What it has of what you said", standing.has))
    if standing.lacks:
        blocks.append(Bullets("What it lacks", standing.lacks))
    blocks.append(Para(source_line(sources, career), italic=True))
    return Document(tuple(blocks))


#: the most of what a career has of the person's wishes said for it in "why those?"
WHY_THESE_REASONS = 2


def why_these_document(
    standings: Sequence[tuple[Career, Standing]], sources: Mapping[str, Source]
) -> Document:
    """ "Why those?": each career on the list with what it has of what the person said, and
    what it lacks, first things first."""
    blocks: list[Block] = [Heading("Why these careers")]
    for place, (career, found) in enumerate(standings, 1):
        items = list(found.has[:WHY_THESE_REASONS])
        if found.lacks:
            items.append("but: " + found.lacks[0])
        if not items:
            items.append("nothing of what you said sets it apart: it comes by the list's order")
        blocks.append(Bullets(f"{place}. {career.title}", tuple(items)))
    blocks.append(Para("Ask “why the second one?” for all it has and lacks.", italic=True))
    blocks.append(Para(source_line(sources, *(c for c, _ in standings)), italic=True))
    return Document(tuple(blocks))
