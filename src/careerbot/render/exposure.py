"""Questions about being replaced by AI, answered with what the sources can and cannot say.

No source in the catalog rates the risk that an occupation is replaced. What exists is LLM
task exposure (Eloundou et al. 2024), a share of tasks, not a risk, and BLS's projection of
employment to 2034. So such a question gets the exposure figure with its caveat and the
growth figure beside it, and a ranking "by risk" is never made from exposure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from careerbot.careers.demand import demand_reason
from careerbot.careers.model import Career, Source
from careerbot.render.document import Block, Bullets, Document, Heading, Para
from careerbot.render.notes import EXPOSURE_NOTE

CAN_SAY = (
    "What the sources can say: how much of a job's tasks LLMs could speed up (LLM task "
    "exposure, Eloundou et al. 2024), and how BLS projects the occupation's employment to "
    "2034 (BLS Employment Projections), which reflects BLS's view of technology among other "
    "forces."
)
CANNOT_SAY = (
    "The sources cannot say whether or when a job will be replaced: none here rates that for "
    "these occupations, so careers are not ranked on it, and exposure is never ranked as that "
    "risk. Exposed tasks may be sped up, changed or handed over, and a job may grow anyway."
)
#: the caveat beside an answer of one or two careers' exposure, in brief (the card's own
#: footnote, said here first, is then not said again)
IN_BRIEF = (
    f"{EXPOSURE_NOTE} No source here rates whether or when a job will be replaced, and an "
    "exposed job may still grow."
)
ASK_INSTEAD = (
    "Ask about one career (“will AI replace nurses?”) to see its exposure beside its "
    "projected growth, or ask for the fastest-growing careers."
)


def exposure_and_growth(career: Career) -> str:
    """ "LLM task exposure 4.3%; growth +9.5% 2024–34, 81,000 openings a year"."""
    risk = career.ai_risk
    if risk is None or risk.percent is None or risk.measure != "llm_exposure":
        exposure = "LLM task exposure not published"
    else:
        exposure = f"LLM task exposure {risk.percent:g}%"
    return f"{exposure}; {demand_reason(career)}"


def exposure_answer(career: Career) -> str:
    """One career's answer to "will AI replace it?": the exposure with its caveat, the growth
    beside it, and the limits of both."""
    risk = career.ai_risk
    if risk is None or risk.percent is None:
        exposure = "LLM task exposure: not published."
    elif risk.measure != "llm_exposure":
        return ""
    else:
        exposure = f"LLM task exposure {risk.percent:g}% (Eloundou et al. 2024)."
    growth = demand_reason(career)
    return f"{exposure} Beside it, BLS projects {growth}. {IN_BRIEF}"


def replacement_document(
    scope: tuple[str, ...],
    sources: Mapping[str, Source],
    field: Sequence[Career] = (),
    listed: bool = False,
) -> Document:
    """The answer to "which jobs are least likely to be replaced by AI?"; ``field``: the
    careers of the fields asked about with the most openings, or those of a list on screen
    (``listed``), each with its exposure and growth beside it, in that order and
    not by exposure ("construction jobs least likely to be replaced")."""
    within = f" — {', '.join(scope)}" if scope else ""
    blocks: list[Block] = [
        Heading(f"Being replaced by AI{within}"),
        Para(CANNOT_SAY),
        Para(CAN_SAY),
        Para(EXPOSURE_NOTE, italic=True),
    ]
    if field:
        items = tuple(f"{c.title}: {exposure_and_growth(c)}" for c in field)
        which = (
            f"The {len(field)} on screen"
            if listed
            else f"The {len(field)} of {', '.join(scope)} with the most openings a year (BLS)"
        )
        heading = (
            f"{which}, each with its exposure and growth — in that order, not ranked by exposure"
        )
        blocks.append(Bullets(heading, items))
    blocks.append(Para(ASK_INSTEAD))
    named = [
        s.short or s.name
        for key, s in sources.items()
        if key in ("eloundou-2024", "bls-ep-2024-34")
    ]
    if named:
        blocks.append(Para("Sources: " + "; ".join(named), italic=True))
    return Document(tuple(blocks))
