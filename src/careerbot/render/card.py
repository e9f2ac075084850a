"""The "at a glance" comparison card: the grid, the switch, the verdict, "choose A if you…",
and footnotes that say what each figure is and where it comes from."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.advice import Advice
from careerbot.careers.comparison import Comparison
from careerbot.careers.demand import self_employed_note, shared_note
from careerbot.careers.formatting import short_names, short_title
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Source
from careerbot.careers.switching import Switch, Transition
from careerbot.render.document import (
    TELEGRAM_LIMIT,
    Block,
    Bullets,
    Document,
    Grid,
    Heading,
    Para,
    utf16_units,
)
from careerbot.render.grid import APART, BETTER, MISSING, TIE, comparison_grid
from careerbot.render.sources import source_line

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


def _switch_words(switch: Switch) -> str:
    why = f" — {switch.reasons[0]}" if switch.reasons else ""
    return f"{switch.difficulty.value}{why}"


def switch_line(cmp: Comparison) -> str:
    there, back = cmp.a_to_b, cmp.b_to_a
    if there.difficulty is Transition.NOT_ESTIMATED:
        return "no switch estimate: the two careers' skills come from different sources"
    if there == back:
        return f"switching between them: {_switch_words(there)}"
    short_a, short_b = short_names(cmp.a, cmp.b)
    return f"{short_a} → {short_b}: {_switch_words(there)}. Back: {back.difficulty.value}"


def skills_line(cmp: Comparison) -> str:
    s = cmp.skills
    total = len(s.a_only) + len(s.b_only) + len(s.shared)
    kind = "top skills" if cmp.a.skill_importance and cmp.b.skill_importance else "skills"
    return f"{len(s.shared)} of {total} {kind} in common"


def figure_notes(*careers: Career) -> list[str]:
    """Where a figure is not the career's own: a wider BLS group's, a BLS line shared with
    other careers, pay that leaves out a large self-employed share."""
    groups: dict[str, list[str]] = {}
    for career in careers:
        if career.bls_group:
            groups.setdefault(career.bls_group, []).append(career.title)
    notes = [
        f"{' and '.join(titles)}: pay and demand are BLS figures for {group}."
        for group, titles in groups.items()
    ]
    if note := shared_note(*careers):
        notes.append(note)
    notes.extend(note for c in careers if (note := self_employed_note(c)))
    return notes


def bases_notes(cmp: Comparison) -> list[str]:
    return [*figure_notes(cmp.a, cmp.b), *remote_notes(cmp.a, cmp.b)]


def remote_notes(*careers: Career) -> list[str]:
    """What remote means, for labour data (the pages' own "remote friendly" needs none)."""
    flags = [c.remote for c in careers if c.remote and c.remote.source != "ai-career-pages"]
    if not flags:
        return []
    return [REMOTE_NOTE + (f" {PARTLY_NOTE}" if any(f.partly for f in flags) else "")]


LEGEND = (
    f"{BETTER} better · {TIE} tied · {APART} different sources or measures, not ranked · "
    f"{MISSING} not published"
)


def card_notes(cmp: Comparison) -> list[str]:
    """The card's footnotes above its sources: what the AI figure measures, the bases of
    pay and demand, what remote means, and the legend of its marks."""
    return [exposure_note(cmp.a, cmp.b), *bases_notes(cmp), LEGEND]


def render_card(
    cmp: Comparison, advice: Advice, sources: Mapping[str, Source], *, detailed: bool = True
) -> Document:
    short_a, short_b = short_names(cmp.a, cmp.b)
    blocks: list[Block] = [
        Heading(f"{cmp.a.title} vs {cmp.b.title}"),
        Grid(comparison_grid(cmp)),
        Para(skills_line(cmp), bold_prefix="🧩"),
        Para(switch_line(cmp), bold_prefix="🔀"),
        Para(advice.verdict, bold_prefix="⚖️"),
    ]
    if advice.choose_a:
        blocks.append(Bullets(f"Choose {short_a} if you…", advice.choose_a[:4]))
    if advice.choose_b:
        blocks.append(Bullets(f"Choose {short_b} if you…", advice.choose_b[:4]))
    if advice.both:
        blocks.append(Para(" · ".join(advice.both), bold_prefix="Both:"))
    if detailed:
        blocks.append(Para(advice.conclusion, bold_prefix="Conclusion:"))
    notes = [*card_notes(cmp), source_line(sources, cmp.a, cmp.b)]
    blocks.append(Para("\n".join(notes), italic=True))
    document = Document(tuple(blocks))
    # the notes (what a figure is, its source) are never the part a long card loses: the
    # conclusion, which repeats the card in sentences, goes first
    if detailed and utf16_units(document.html()) > TELEGRAM_LIMIT:
        return render_card(cmp, advice, sources, detailed=False)
    return document
