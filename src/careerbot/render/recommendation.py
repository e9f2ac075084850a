"""The answer to "which role fits me?": the ranked picks, each with its figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from careerbot.careers.demand import self_employed_note
from careerbot.careers.measures import pay_reason
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Source
from careerbot.recommend.ranking import Ranking, ordering
from careerbot.recommend.reasons import miss_text, must_text, named_measure, reasons, wish_text
from careerbot.recommend.weighing import WEIGHED
from careerbot.render.document import Block, Bullets, Document, Heading, Para
from careerbot.render.notes import MEASURE_NOTES
from careerbot.render.sources import source_line

PAY_NOTE = "Pay is ranked on typical pay: the median where published, else the middle of the range."
#: why a wish weighed nothing: its measure is never ranked
UNRANKED = {
    "ai_risk": "AI risk. No source here rates the risk of being replaced for these "
    "occupations; LLM task exposure is shown beside each career, not ranked (exposure is not "
    "replacement). Ranked on what you asked for besides.",
}
#: how a ranking on one figure places careers: as the cards judge them
TIE_NOTES = {
    "salary": "Careers whose typical pay the cards would call level (a gap under 2%, or the "
    "same once rounded to $1k) share a place.",
    "demand": "Ranked on BLS's projected employment growth 2024–34 as published, to 0.1%; "
    "openings are shown beside it, not blended in.",
    "openings": "Ranked on BLS's annual openings 2024–34, which count jobs to fill from "
    "growth and from workers leaving: larger occupations have more.",
    "learning_curve": "Ranked on the middle of each learning time; times the cards would call "
    "level (middles within 6 months, or said alike) share a place.",
}
HINT = (
    "Refine it in your own words (“and remote too”, “no coding”, “salary matters most”) "
    "or tap /fit."
)


def _group_name(source: str, measure: str, sources: Mapping[str, Source]) -> str:
    label = RISK_MEASURE_LABELS.get(measure, f"a {measure}" if measure else "figures")
    known = sources.get(source)
    return f"{label} from {known.short or known.name if known else source}"


def _tie_note(ranking: Ranking) -> str | None:
    top = ranking.picks[0] if ranking.picks else None
    if top is None or not top.tied_with:
        return None
    shown = sum(1 for p in ranking.picks if p.place == top.place)
    extra = top.tied_with + 1 - shown
    more = f" ({extra} more not shown)" if extra > 0 else ""
    return (
        f"{top.tied_with + 1} careers tie for first place on these figures{more}; "
        "tied careers are listed by openings a year, most first (BLS Projections), not ranked."
    )


def _within(scope: tuple[str, ...]) -> str:
    return f" — {', '.join(scope)}" if scope else ""


def not_judged_para(not_judged: tuple[str, ...]) -> Para:
    return Para(
        f"{', '.join(not_judged)}: no figure in the catalog measures this, so it is not "
        "judged; the ranking stands on what is.",
        bold_prefix="Not judged:",
    )


def _in(label: str) -> str:
    """ "in healthcare"; "outside healthcare" as it is."""
    return label if label.startswith("outside ") else f"in {label}"


def recommendation_document(
    ranking: Ranking,
    sources: Mapping[str, Source],
    single: bool = False,
    scope: tuple[str, ...] = (),
    not_judged: tuple[str, ...] = (),
) -> Document:
    """``scope``: the fields the careers were limited to, as a reader says them."""
    preferences = ranking.preferences
    active = preferences.active
    if single and active:
        first = active[0]
        name = named_measure(first)
        most = "Highest" if first.want == "high" else "Lowest"
        heading = f"{most} {name}" if name else WEIGHED[first.criterion].headings[first.want]
        heading += _within(scope)
    else:
        heading = "Careers that fit what you asked for" + _within(scope)
    asked = [wish_text(p) for p in preferences.items] + [_in(s) for s in scope]
    blocks: list[Block] = [Heading(heading), Para(" · ".join(asked), bold_prefix="You asked for:")]
    if not_judged:
        blocks.append(not_judged_para(not_judged))
    if ranking.relaxed:
        musts = ", ".join(must_text(p) for p in preferences.hard)
        blocks.append(Para(f"No career meets all of your must-haves ({musts}). The closest:"))
    elif not ranking.picks:
        where = f"{', '.join(_in(s) for s in scope)} " if scope else "in the catalog "
        blocks.append(Para(f"No career {where}publishes these figures."))
    for pick in ranking.picks:
        tie = "=" if pick.tied_with else ""
        lines = " · ".join(reasons(pick.career, preferences))
        if pick.misses:
            lines += "\nMisses: " + "; ".join(miss_text(pick.career, m) for m in pick.misses)
        title = f"#{pick.place}{tie} {pick.career.title} —"
        blocks.append(Para(lines, bold_prefix=title))
    for name in ranking.unranked:
        blocks.append(Para(UNRANKED[name], bold_prefix="Not judged:"))
    if any(p.criterion == "salary" for p in ordering(active)):
        blocks.append(Para(PAY_NOTE, italic=True))
        notes = [n for p in ranking.picks if (n := self_employed_note(p.career))]
        if notes:
            blocks.append(Para(" ".join(notes), italic=True))
    if single and active and active[0].criterion in TIE_NOTES:
        blocks.append(Para(TIE_NOTES[active[0].criterion], italic=True))
    if note := _tie_note(ranking):
        blocks.append(Para(note, italic=True))
    if ranking.matching and preferences.hard and not ranking.relaxed:
        blocks.append(Para(f"{ranking.matching} careers meet every must-have.", italic=True))
    if ranking.left_out:
        others = ", ".join(
            f"{n} with {_group_name(source, measure, sources)}"
            for (source, measure), n in ranking.left_out.items()
        )
        note = f"Ranked on one source and measure only; left out: {others}."
        blocks.append(Para(note, italic=True))
    measures = {p.career.ai_risk.measure for p in ranking.picks if p.career.ai_risk}
    if any(p.criterion == "ai_risk" for p in active):
        for measure in sorted(measures):
            blocks.append(Para(MEASURE_NOTES[measure], italic=True))
    careers = [p.career for p in ranking.picks]
    if careers:
        blocks.append(Para(source_line(sources, *careers), italic=True))
    blocks.append(Para(HINT))
    return Document(tuple(blocks))


def groups_document(
    heading: str, groups: Sequence[tuple[str, Sequence[Career]]], sources: Mapping[str, Source]
) -> Document:
    """Careers listed in groups from different sources, each with its pay as its source
    publishes it; the groups are never ranked against each other."""
    blocks: list[Block] = [Heading(heading)]
    for title, careers in groups:
        if careers:
            items = tuple(f"{c.title}: {pay_reason(c)}" for c in careers)
            blocks.append(Bullets(title, items))
    everyone = [c for _, careers in groups for c in careers]
    blocks.append(Para(source_line(sources, *everyone), italic=True))
    blocks.append(Para(HINT))
    return Document(tuple(blocks))
