"""A roadmap as a document: the switch, the steps each with its source, the stepping stones."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.advice import switch_text
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Source
from careerbot.careers.roadmap import Roadmap, Step, months_text
from careerbot.careers.switching import Transition
from careerbot.render.document import Block, Bullets, Document, Heading, Para


def note(two: bool) -> str:
    """Where a roadmap's steps come from, said under it (the rules: /about)."""
    rated = "the two occupations" if two else "the occupation"
    return (
        f"Skills and tools: O*NET ratings of {rated}; credentials and time: BLS EP's entry "
        "education, training and experience with O*NET's answers to the same questions, and "
        "a table of licences, each credential taken whole (the rules: /about)."
    )


def _source_name(sources: Mapping[str, Source], sid: str) -> str:
    source = sources.get(sid)
    return (source.short or source.name) if source else sid


def years_text(years: float) -> str:
    """A hop's years: "no time", "about 6 months", "about 4 years"."""
    if years <= 0:
        return "no credential"
    return "about " + months_text((round(years * 12), round(years * 12))).removeprefix("about ")


def step_text(step: Step, sources: Mapping[str, Source]) -> str:
    return f"{step.text} ({_source_name(sources, step.source)})" if step.source else step.text


def roadmap_document(plan: Roadmap, sources: Mapping[str, Source]) -> Document:
    target, source = plan.target, plan.source
    title = f"From {source.title} to {target.title}" if source else f"Becoming: {target.title}"
    blocks: list[Block] = [Heading(f"🗺 {title}")]
    direct = plan.direct
    if direct is not None and direct.difficulty is not Transition.NOT_ESTIMATED:
        blocks.append(Para(switch_text(direct), bold_prefix="Switch:"))
    blocks.append(Bullets("Steps", tuple(step_text(s, sources) for s in plan.steps)))
    if plan.stepping_stones and source is not None and plan.route_months is not None:
        hops = " → ".join(
            f"{short_title(hop.career)} ({hop.switch.difficulty.value}, {years_text(hop.years)})"
            for hop in plan.route
        )
        against = f", against {months_text(plan.months)} directly" if plan.months else ""
        blocks.append(
            Para(
                f"{short_title(source)} → {hops}: {months_text(plan.route_months)} in all"
                f"{against}. "
                "Related occupations as O*NET lists them; each credential is taken whole.",
                bold_prefix="Stepping stones:",
            )
        )
    elif direct is not None and direct.difficulty is Transition.HARD:
        blocks.append(
            Para(
                "no route through related occupations (O*NET) is quicker than the direct way: "
                "each credential is taken whole, in one hop.",
                bold_prefix="Stepping stones:",
            )
        )
    blocks.append(Para(note(plan.source is not None), italic=True))
    return Document(tuple(blocks))
