"""`/about` and `careerbot about`: each source, what the cards show from it, and the
attribution its licence asks for."""

from __future__ import annotations

from collections.abc import Sequence

from careerbot.careers.catalog import Catalog
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.model import (
    FIGURE_FIELDS,
    RISK_MEASURE_LABELS,
    AiRisk,
    Career,
    Figure,
    Source,
)
from careerbot.render.document import Block, Document, Heading, Para

NOTE = (
    "What a source does not publish is shown as “not published”, never as 0. "
    "LLM exposure measures how much of a job's tasks LLMs can touch; it is not a replacement "
    "risk: it says nothing of jobs or pay lost."
)


def about_document(catalog: Catalog) -> Document:
    blocks: list[Block] = [Heading("Where the figures come from")]
    for source_id, source in catalog.sources.items():
        lines = [named(source)]
        shown = shown_from(catalog.careers, source_id)
        if shown:
            lines.append(f"On cards: {shown}.")
        lines += [source.url or "", f"Licence: {source.licence}" if source.licence else ""]
        lines.append(source.attribution or "")
        blocks.append(Para("\n".join(line for line in lines if line)))
    blocks.append(Para(NOTE, italic=True))
    return Document(tuple(blocks))


def named(source: Source) -> str:
    """The source's name, with its year unless the name already says it."""
    year = source.year
    return source.name if not year or str(year) in source.name else f"{source.name} ({year})"


def shown_from(careers: Sequence[Career], source_id: str) -> str:
    """The figures the cards show from one source, as they name them: "pay, demand";
    "LLM task exposure rated by human annotators, GPT-4's rating beside it"."""
    uses = {
        _what(name, figure): None
        for name in FIGURE_FIELDS  # in the cards' order
        for career in careers
        if (figure := getattr(career, name)) is not None and figure.source == source_id
    }
    return ", ".join(uses)


def _what(name: str, figure: Figure) -> str:
    if not isinstance(figure, AiRisk):
        return BY_NAME[name].noun  # type: ignore[index]
    what = RISK_MEASURE_LABELS[figure.measure]
    if figure.rater:
        what += f" rated by {figure.rater}"
    if figure.other_rater:
        what += f" ({figure.other_rater}'s rating beside it)"
    return what
