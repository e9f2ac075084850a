"""What a figure is and is not, said beside it: the AI figure's measure, the bases of pay and
demand, what remote means, the marks of the grid. A reply says each of these once, however
many of its parts would say it (``said_once``)."""

from __future__ import annotations

from dataclasses import replace

from careerbot.careers.comparison import Comparison
from careerbot.careers.demand import self_employed_note, shared_note
from careerbot.careers.formatting import short_title
from careerbot.careers.model import RISK_MEASURE_LABELS, Career
from careerbot.render.document import Block, Document, Para

#: what LLM exposure measures, and what it does not say (Eloundou et al. 2024)
EXPOSURE_NOTE = (
    "LLM task exposure: the share of a job's tasks whose time LLMs could at least halve, as "
    "human annotators rated them (Eloundou et al.). Exposure is not replacement: it says "
    "nothing of jobs or pay lost."
)
MEASURE_NOTES = {
    "replacement_risk": "AI replacement risk as the source rates it: a rating, not a "
    "measured probability.",
    "llm_exposure": EXPOSURE_NOTE,
    "ai_applicability": "AI applicability: how much of the work AI assistance touches "
    "(Tomlinson et al.). Applicability is not replacement.",
}
REMOTE_NOTE = (
    "“Remote” means the work can be done from home (Dingel & Neiman), not that employers offer it."
)
PARTLY_NOTE = "◐ partly: their task-based and their own manual classification disagree."
BETTER, TIE, APART = "★", "=", "≠"
MISSING = "—"
LEGEND = (
    f"{BETTER} better · {TIE} tied · {APART} different sources or measures, not ranked · "
    f"{MISSING} not published"
)
#: the caveats a reply says once: the first part to say one keeps it
CAVEATS: tuple[str, ...] = (*MEASURE_NOTES.values(), REMOTE_NOTE, PARTLY_NOTE, LEGEND)


def exposure_note(*careers: Career) -> str:
    """What the AI figure measures, with the source's other rater beside the one shown."""
    risks = [(c, c.ai_risk) for c in careers if c.ai_risk]
    measures = {r.measure for _, r in risks}
    if not measures:
        return "AI figure: not published."
    if len(measures) > 1:
        named = "; ".join(f"{c.title}: {RISK_MEASURE_LABELS[r.measure]}" for c, r in risks)
        return f"AI figures: different measures, so neither is ranked ({named})."
    note = MEASURE_NOTES[measures.pop()]
    others = [(c, r) for c, r in risks if r.other_percent is not None]
    if others:
        rated = ", ".join(f"{short_title(c)} {r.other_percent:g}%" for c, r in others)
        note += f" {others[0][1].other_rater} rated the same tasks: {rated}."
    return note


def wider_line_notes(*careers: Career) -> list[str]:
    """Where pay and demand are a wider BLS group's than the career ("Midwives: … figures
    for Healthcare Practitioners and Technical Workers, All Other")."""
    groups: dict[str, list[str]] = {}
    for career in careers:
        if career.bls_group:
            groups.setdefault(career.bls_group, []).append(career.title)
    return [
        f"{' and '.join(titles)}: pay and demand are BLS figures for {group}."
        for group, titles in groups.items()
    ]


def figure_notes(*careers: Career) -> list[str]:
    """Where a figure is not the career's own: a wider BLS group's, a BLS line shared with
    other careers, pay that leaves out a large self-employed share."""
    notes = wider_line_notes(*careers)
    if note := shared_note(*careers):
        notes.append(note)
    notes.extend(note for c in careers if (note := self_employed_note(c)))
    return notes


def remote_notes(*careers: Career) -> list[str]:
    """What remote means, for labour data (the pages' own "remote friendly" needs none)."""
    flags = [c.remote for c in careers if c.remote and c.remote.source != "ai-career-pages"]
    if not flags:
        return []
    return [REMOTE_NOTE + (f" {PARTLY_NOTE}" if any(f.partly for f in flags) else "")]


def card_notes(cmp: Comparison) -> list[str]:
    """A comparison's footnotes above its sources: what the AI figure measures, the bases
    of pay and demand, what remote means, and the legend of its marks."""
    a, b = cmp.a, cmp.b
    return [exposure_note(a, b), *figure_notes(a, b), *remote_notes(a, b), LEGEND]


def _unsaid(text: str, said: set[str]) -> str:
    for caveat in CAVEATS:
        if caveat in text:
            if caveat in said:
                text = text.replace(caveat, "")
            said.add(caveat)
    # what is left of a paragraph that lost a caveat: no doubled spaces or empty lines
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def said_once(document: Document) -> Document:
    """The document with each caveat said where it is first said, and nowhere after: an
    answer that says what exposure is leaves the card's footnote to say the rest."""
    said: set[str] = set()
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Para) and any(c in block.text for c in CAVEATS):
            text = _unsaid(block.text, said)
            if text:
                blocks.append(replace(block, text=text))
            continue
        blocks.append(block)
    return Document(tuple(blocks))
