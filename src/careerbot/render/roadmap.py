"""A roadmap as a document: the switch, the steps each with its source, the stepping stones."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.advice import switch_text
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Source
from careerbot.careers.roadmap import Roadmap, Step
from careerbot.careers.switching import Transition
from careerbot.render.document import Block, Bullets, Document, Heading, Para

NOTE = (
    "Skills and tools: O*NET ratings of the two occupations; credentials and time: BLS "
    "typical entry education, training and experience, with the switch rule's credit for "
    "related work (docs/catalog-build.md, “Roadmaps”)."
)


def _source_name(sources: Mapping[str, Source], sid: str) -> str:
    source = sources.get(sid)
    return (source.short or source.name) if source else sid


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
    if plan.stepping_stones and source is not None:
        hops = " → ".join(
            f"{short_title(hop.career)} ({hop.switch.difficulty.value})" for hop in plan.route
        )
        blocks.append(
            Para(
                f"{short_title(source)} → {hops}. Each hop is easier than the direct switch; "
                "related occupations as O*NET lists them.",
                bold_prefix="Stepping stones:",
            )
        )
    blocks.append(Para(NOTE, italic=True))
    return Document(tuple(blocks))
